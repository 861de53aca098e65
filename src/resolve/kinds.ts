// How each cached kind is listed from the API and reduced to entries. Only organisation metadata
// lives here (jobs, users, stages, reasons, ...): candidates are never cached.
import type { EndpointId } from '../catalog/types.js';
import type { Context } from '../context.js';
import type { Entry } from './entry.js';

export const CACHE_KINDS = [
  'job',
  'user',
  'stage',
  'archiveReason',
  'source',
  'tag',
  'interview',
  'emailTemplate',
  'feedbackForm',
  'location',
  'department',
  'customField',
] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

/** How a kind is named in messages ("no job titled ..."). */
export const KIND_NOUN: Record<CacheKind, string> = {
  job: 'job',
  user: 'user',
  stage: 'interview stage',
  archiveReason: 'archive reason',
  source: 'source',
  tag: 'tag',
  interview: 'interview type',
  emailTemplate: 'email template',
  feedbackForm: 'feedback form',
  location: 'location',
  department: 'department',
  customField: 'custom field',
};

type Rec = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Every record of a list endpoint, following pages when it has them. */
export async function listAll(ctx: Context, endpoint: EndpointId, body: Rec = {}): Promise<Rec[]> {
  const [client, { endpoint: spec }] = await Promise.all([ctx.client(), import('../catalog/catalog.js')]);
  if (spec(endpoint)?.paginated) {
    const out: Rec[] = [];
    for await (const r of client.paginate(endpoint, body, { all: true })) out.push(r as Rec);
    return out;
  }
  const env = await client.call(endpoint, body);
  return Array.isArray(env.results) ? (env.results as Rec[]) : [];
}

export function userEntry(u: Rec): Entry {
  const email = str(u.email);
  const name = `${str(u.firstName)} ${str(u.lastName)}`.trim() || email;
  return { id: str(u.id), name, alt: email ? [email] : [], detail: email || undefined, archived: u.isEnabled === false };
}

export function stageEntry(s: Rec, planTitle?: string): Entry {
  const type = str(s.type);
  return {
    id: str(s.id),
    name: str(s.title),
    detail: [type, planTitle].filter(Boolean).join(', ') || undefined,
    meta: { type, interviewPlanId: str(s.interviewPlanId), order: s.orderInInterviewPlan },
  };
}

/** Stages of one interview plan, in plan order, stamped with when they were read (per-plan freshness). */
export async function fetchPlanStages(ctx: Context, interviewPlanId: string, planTitle?: string): Promise<Entry[]> {
  const rows = await listAll(ctx, 'interviewStage.list', { interviewPlanId });
  const fetchedAt = Date.now();
  return rows
    .map((s) => stageEntry({ interviewPlanId, ...s }, planTitle))
    .map((e): Entry => ({ ...e, meta: { ...e.meta, fetchedAt } }))
    .sort((a, b) => Number(a.meta?.order ?? 0) - Number(b.meta?.order ?? 0));
}

const titled = (r: Rec, detail?: string): Entry => ({ id: str(r.id), name: str(r.title), detail, archived: r.isArchived === true });

export const FETCHERS: Record<CacheKind, (ctx: Context) => Promise<Entry[]>> = {
  async job(ctx) {
    const rows = await listAll(ctx, 'job.list');
    return rows.map((j) => ({
      ...titled(j, str(j.status) || undefined),
      archived: j.status === 'Archived',
      meta: { status: j.status, defaultInterviewPlanId: j.defaultInterviewPlanId, interviewPlanIds: j.interviewPlanIds },
    }));
  },
  async user(ctx) {
    return (await listAll(ctx, 'user.list')).map(userEntry);
  },
  async stage(ctx) {
    // Stage names of every plan (for completion); workflows resolve within one plan instead.
    const plans = await listAll(ctx, 'interviewPlan.list');
    const out: Entry[] = [];
    for (const p of plans) out.push(...(await fetchPlanStages(ctx, str(p.id), str(p.title))));
    return out;
  },
  async archiveReason(ctx) {
    return (await listAll(ctx, 'archiveReason.list')).map((r) => ({
      id: str(r.id),
      name: str(r.text),
      detail: str(r.reasonType) || undefined,
      archived: r.isArchived === true,
    }));
  },
  async source(ctx) {
    return (await listAll(ctx, 'source.list')).map((r) => titled(r));
  },
  async tag(ctx) {
    return (await listAll(ctx, 'candidateTag.list')).map((r) => titled(r));
  },
  async interview(ctx) {
    return (await listAll(ctx, 'interview.list')).map((r) => ({
      ...titled(r),
      meta: { feedbackFormDefinitionId: r.feedbackFormDefinitionId, jobId: r.jobId },
    }));
  },
  async emailTemplate(ctx) {
    return (await listAll(ctx, 'communicationTemplate.list')).map((r) => {
      const types = Array.isArray(r.intendedTypes) ? (r.intendedTypes as string[]) : [];
      return { id: str(r.id), name: str(r.title), detail: types.join(', ') || undefined, meta: { intendedTypes: types } };
    });
  },
  async location(ctx) {
    return (await listAll(ctx, 'location.list')).map((r) => ({ id: str(r.id), name: str(r.name), archived: r.isArchived === true }));
  },
  async department(ctx) {
    return (await listAll(ctx, 'department.list')).map((r) => ({ id: str(r.id), name: str(r.name), archived: r.isArchived === true }));
  },
  async customField(ctx) {
    // What a value is checked and read against (commands/endpoint/field-values.ts): type and options.
    return (await listAll(ctx, 'customField.list')).map((r) => ({
      ...titled(r, [str(r.objectType), str(r.fieldType)].filter(Boolean).join(', ') || undefined),
      meta: { objectType: r.objectType, fieldType: r.fieldType, selectableValues: r.selectableValues },
    }));
  },
  async feedbackForm(ctx) {
    return (await listAll(ctx, 'feedbackFormDefinition.list')).map((r) => ({
      ...titled(r, r.isDefaultForm ? 'default' : undefined),
      meta: { isDefaultForm: r.isDefaultForm === true },
    }));
  },
};
