// Workflows over endpoints newer than the base spec: an offer's decision, deleting an application,
// pushing a hire to an HR system, enrolling a candidate in a sourcing sequence by template name.
import type { Envelope } from '../api/client.js';
import type { Context } from '../context.js';
import { ApiError, isNotFoundCode, UnknownOutcomeError, UsageError } from '../errors.js';
import {
  LookupNotFoundError,
  Resolver,
  candidateWithEmail,
  describeApp,
  isUuid,
  matchEntries,
  resolveCandidate,
  type AppInfo,
  type Entry,
} from '../resolve/index.js';
import { isDry } from './envelope.js';
import { confirmStep, requireConfirmable, requireFlags } from './guards.js';
import { pickApplication } from './pick.js';
import { done } from './report.js';
import { checkSpan, parseTime, showTime, typedTime } from './time.js';
import type { HandSpec } from '../bulk/hand.js';
import { BatchLookups, appTarget } from '../bulk/lookups.js';

type Rec = Record<string, unknown>;

// ---- offer set-status ----------------------------------------------------------------------------

const DECISIONS: Record<string, string> = { accepted: 'Accepted', declined: 'Declined' };

export interface OfferDecisionOptions {
  offer?: string;
  status?: string;
  decidedAt?: string;
}

/** The decision as given, checked without the network: an offer id, accepted or declined, a time. */
export interface OfferDecision {
  offer: string;
  status: string;
  decidedAt: string;
}

function offerDecision(ctx: Context, o: OfferDecisionOptions): OfferDecision {
  if (!o.offer || !isUuid(o.offer))
    throw new UsageError(`offer set-status: <offer-id> must be an offer id${o.offer ? `, not "${o.offer}"` : ''}`, {
      hint: 'see `ashby offer list --application-id <id>`',
    });
  const status = DECISIONS[String(o.status ?? '').toLowerCase()];
  if (!status)
    throw new UsageError(`offer set-status: --status must be accepted or declined${o.status ? `, not "${o.status}"` : ''}`, {
      hint: 'to withdraw an offer, use `ashby offer cancel`',
    });
  // A time a person types is local time; the default is now.
  return { offer: o.offer, status, decidedAt: typedTime(ctx, '--decided-at', o.decidedAt ?? 'now') };
}

/** offer.setStatus, then offer.setDecidedAt: the candidate's answer and when they gave it. */
export async function setOfferStatus(ctx: Context, o: OfferDecisionOptions): Promise<unknown> {
  const d = offerDecision(ctx, o);
  requireConfirmable(ctx, "offer set-status records the candidate's decision");
  ctx.info(`About to record offer ${d.offer} as ${d.status}, decided ${showTime(d.decidedAt, ctx.timeZone)}.`);
  await confirmStep(ctx, `Record the offer as ${d.status}?`, 'offer set-status');
  return recordDecision(ctx, d);
}

async function recordDecision(ctx: Context, { offer, status, decidedAt }: OfferDecision): Promise<unknown> {
  const client = await ctx.client();
  const env = await client.call('offer.setStatus', { offerId: offer, acceptanceStatus: status, excludeFormDefinition: true });
  if (isDry(env)) {
    await client.call('offer.setDecidedAt', { offerId: offer, decidedAt, excludeFormDefinition: true });
    return undefined;
  }
  done(ctx, `offer ${offer} is ${status}`);
  try {
    const dated = await client.call('offer.setDecidedAt', { offerId: offer, decidedAt, excludeFormDefinition: true });
    done(ctx, `decision date ${showTime(decidedAt, ctx.timeZone)}`);
    return dated.results;
  } catch (err) {
    ctx.warn(`the status is recorded but the decision date is not; set it with: ashby offer set-decided-at ${offer} --decided-at ${decidedAt}`);
    // In a batch the row is partly applied (unknown, with the offer), not failed: --resume must not send the status again.
    throw Object.assign(err as Error, { partial: env.results });
  }
}

/**
 * `offer set-status --from`: every record checked and its offer read (offer.info) before the first
 * decision is recorded, so an id that names no offer stops the batch with nothing sent.
 */
export function offerDecisionBatch(): HandSpec<OfferDecision> {
  return {
    required: ['offer-id', 'status'],
    destructive: true,
    async prepare(v, io) {
      const d = offerDecision(io.ctx, {
        offer: v['offer-id'] as string | undefined,
        status: v.status as string | undefined,
        decidedAt: v.decidedAt as string | undefined,
      });
      await io.call('offer.info', { offerId: d.offer, excludeFormDefinition: true }).catch((err: unknown) => {
        if (err instanceof ApiError && isNotFoundCode(err.code))
          throw new LookupNotFoundError(`no offer has the id ${d.offer}`, 'see `ashby offer list --application-id <id>`');
        throw err;
      });
      return d;
    },
    execute: (d, io) => recordDecision(io.ctx, d),
    // Two decisions for one offer would race: the faster recorded, the other refused.
    target: (d) => ({ what: 'offer', key: d.offer.toLowerCase() }),
    label: (_v, d, ctx) => `offer ${d.offer}: ${d.status}, decided ${showTime(d.decidedAt, ctx.timeZone)}`,
  };
}

// ---- app delete ----------------------------------------------------------------------------------

export interface AppDeleteOptions {
  application?: string;
  job?: string;
  refreshCache?: boolean;
}

/** application.delete: irreversible, so always confirmed (a terminal, or --yes). */
export async function deleteApplication(ctx: Context, o: AppDeleteOptions): Promise<unknown> {
  requireFlags(ctx, 'app delete', [['APPLICATION', o.application]]);
  requireConfirmable(ctx, 'app delete cannot be undone');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app } = await pickApplication(ctx, r, o.application, { job: o.job, flag: 'APPLICATION', open: false });
  ctx.info(`About to delete the application ${describeApp(app, { email: true })} [${app.id}]. Ashby cannot undo this; the candidate stays.`);
  await confirmStep(ctx, 'Delete this application for good?', 'app delete');
  return sendDelete(ctx, app);
}

async function sendDelete(ctx: Context, app: AppInfo): Promise<unknown> {
  const env = await (await ctx.client()).call('application.delete', { applicationId: app.id });
  if (isDry(env)) return undefined;
  done(ctx, `deleted the application of ${app.candidate.name} to ${app.job.title}`);
  return env.results ?? { applicationId: app.id };
}

/** `app delete --from`: every record's application looked up before the first deletion. */
export function deleteBatch(): HandSpec<{ app: AppInfo }> {
  const look = new BatchLookups();
  return {
    required: ['application'],
    destructive: true,
    async prepare(v, io) {
      return { app: await look.recordApplication(io, v, { open: false }) };
    },
    execute: (p, io) => sendDelete(io.ctx, p.app),
    label: (_v, p) => `${describeApp(p.app)} [${p.app.id}]`,
    target: appTarget,
    effects: () => ['Each application is deleted for good; Ashby cannot undo it (the candidates stay).'],
  };
}

// ---- candidate push-hris -------------------------------------------------------------------------

export interface PushHrisOptions {
  application?: string;
  job?: string;
  system?: string;
  integrationPartnerId?: string;
  refreshCache?: boolean;
}

/**
 * candidate.pushToHris, sent once and never again on its own: every push creates an employee in
 * the HR system, so a second one is a duplicate. An answer that never came (or a server error) is
 * reported as an unknown outcome, with what to check.
 */
export async function pushToHris(ctx: Context, o: PushHrisOptions): Promise<unknown> {
  requireFlags(ctx, 'candidate push-hris', [
    ['APPLICATION', o.application],
    ['--system', o.system],
  ]);
  const systems = await hrisSystems();
  let system = o.system;
  if (system === undefined)
    system = String(
      await (await ctx.prompter()).select(
        'HR system',
        systems.map((s) => ({ name: s, value: s })),
      ),
    );
  const known = knownSystem(systems, system);
  requireConfirmable(ctx, 'candidate push-hris creates an employee in the HR system');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app } = await pickApplication(ctx, r, o.application, { job: o.job, flag: 'APPLICATION', open: false });
  if (app.status !== 'Hired') ctx.warn(`${describeApp(app)} is not Hired; Ashby may refuse the push`);
  ctx.info(`About to push ${candidateWithEmail(app)} (${app.job.title}) to ${known}. Each push creates an employee there: do not repeat it.`);
  await confirmStep(ctx, `Push to ${known}?`, 'candidate push-hris');
  return sendPush(ctx, app, known, o.integrationPartnerId);
}

/** The HR systems Ashby can push to (from the catalog). */
async function hrisSystems(): Promise<string[]> {
  const { endpointSpec } = await import('../catalog/catalog.js');
  return (endpointSpec('candidate.pushToHris')?.params.find((p) => p.name === 'externalSystem')?.enum ?? []) as string[];
}

function knownSystem(systems: string[], system: string): string {
  const known = systems.find((s) => s.toLowerCase() === system.toLowerCase());
  if (!known) throw new UsageError(`candidate push-hris: --system must be one of: ${systems.join(', ')}; not "${system}"`);
  return known;
}

/** The push, sent once: a server error or no answer is an unknown outcome, never retried. */
async function sendPush(ctx: Context, app: AppInfo, known: string, integrationPartnerId?: string): Promise<unknown> {
  const body: Rec = { applicationId: app.id, externalSystem: known, ...(integrationPartnerId ? { integrationPartnerId } : {}) };
  let env: Envelope;
  try {
    env = await (await ctx.client()).call('candidate.pushToHris', body, { read: false });
  } catch (err) {
    if (err instanceof ApiError && (err.info.status ?? 0) >= 500) {
      throw new UnknownOutcomeError(
        `candidate.pushToHris: ${known} may or may not have received ${app.candidate.name}: Ashby answered ${err.info.status} (${err.code})`,
        'candidate.pushToHris',
        {
          cause: err,
          requestId: err.info.requestId,
          hint: `not retried: a second push would create a second employee. Check ${known} (and the candidate's activity in Ashby) before pushing again`,
        },
      );
    }
    if (err instanceof UnknownOutcomeError) {
      throw new UnknownOutcomeError(err.message, err.endpoint, {
        cause: err,
        requestId: err.requestId,
        hint: `not retried: a second push would create a second employee. Check ${known} before pushing again`,
      });
    }
    throw err;
  }
  if (isDry(env)) return undefined;
  done(ctx, `pushed ${app.candidate.name} to ${known}`);
  return env.results ?? { applicationId: app.id, externalSystem: known };
}

interface PushPlan {
  app: AppInfo;
  system: string;
  integrationPartnerId?: string;
}

/** `candidate push-hris --from`: every record's system checked and application looked up before the first push. */
export function pushHrisBatch(): HandSpec<PushPlan> {
  const look = new BatchLookups();
  return {
    required: ['application'],
    destructive: true,
    async prepare(v, io) {
      if (v.system === undefined || v.system === '') throw new UsageError('candidate push-hris: missing --system (or a "system" column)');
      const system = knownSystem(await look.once('systems', hrisSystems), String(v.system));
      const app = await look.recordApplication(io, v, { open: false });
      return { app, system, integrationPartnerId: v.integrationPartnerId as string | undefined };
    },
    execute: (p, io) => sendPush(io.ctx, p.app, p.system, p.integrationPartnerId),
    label: (_v, p) => `${describeApp(p.app)} → ${p.system}`,
    // A second push creates a second employee; the same application to another system is another push.
    target: (p) => ({ what: 'application and HR system', key: `${p.app.id}\0${p.system}` }),
    effects(plans) {
      const lines = ['Each candidate is sent to the HR system once; sending one again creates a second employee there.'];
      const notHired = plans.filter((p) => p.app.status !== 'Hired').length;
      if (notHired)
        lines.push(`${notHired} of these applications ${notHired === 1 ? 'is' : 'are'} not Hired; Ashby may refuse ${notHired === 1 ? 'it' : 'them'}.`);
      return lines;
    },
  };
}

// ---- sequence add / start ------------------------------------------------------------------------

export interface SequenceOptions {
  candidate?: string;
  template?: string;
  application?: string;
  from?: string;
  start?: boolean;
  refreshCache?: boolean;
}

/** A sequence template by id or title (exact, else a unique partial match); archived ones are not offered. */
async function templateByName(ctx: Context, query: string): Promise<Entry> {
  const client = await ctx.client();
  const entries: Entry[] = [];
  for await (const t of client.paginate('sequenceTemplate.list', {}, { all: true })) {
    const x = t as Rec;
    entries.push({ id: String(x.id), name: String(x.title ?? x.id), archived: x.isArchived === true });
  }
  if (isUuid(query)) {
    const hit = entries.find((e) => e.id === query.trim());
    if (hit) return hit;
  }
  const { matches, exact } = matchEntries(entries, query);
  return new Resolver(ctx).one(
    'sequence template',
    query,
    matches,
    exact,
    '--template',
    'give the full title or the id (see `ashby sequence-template list`)',
    true,
  );
}

/** sequence.add by template name; with start, a draft that already exists is started instead. */
export async function addToSequence(ctx: Context, o: SequenceOptions, verb: 'add' | 'start'): Promise<unknown> {
  requireFlags(ctx, `sequence ${verb}`, [
    ['CANDIDATE', o.candidate],
    ['--template', o.template],
  ]);
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const candidate = await resolveCandidate(r, o.candidate ?? '', 'CANDIDATE', true);
  const template = await templateByName(ctx, o.template ?? '');
  const start = verb === 'start' || o.start === true;
  const body: Rec = {
    sequenceTemplateId: template.id,
    candidateId: candidate.id,
    start,
    ...(o.application ? { applicationId: o.application } : {}),
    ...(o.from ? { from: { email: o.from } } : {}),
  };
  const client = await ctx.client();
  try {
    const env = await client.call('sequence.add', body);
    if (isDry(env)) return undefined;
    done(ctx, `${start ? 'started' : 'added (as a draft)'} "${template.name}" for ${candidate.name}`);
    return env.results;
  } catch (err) {
    const existing =
      err instanceof ApiError && err.code === 'sequence_draft_already_exists' ? (err.info.meta as Rec | undefined)?.existingSequenceId : undefined;
    if (!start || typeof existing !== 'string') throw err;
    ctx.info(`${candidate.name} already has a draft of "${template.name}" (${existing}); starting it`);
    const env = await client.call('sequence.start', { sequenceId: existing });
    done(ctx, `started "${template.name}" for ${candidate.name}`);
    return env.results;
  }
}

// ---- audit-log list ------------------------------------------------------------------------------

export interface AuditOptions {
  since?: string;
  until?: string;
  actor?: string[];
  target?: string[];
  targetType?: string[];
  category?: string[];
  limit?: string;
  all?: boolean;
}

/** A time a person types (local), or a span back from now: 30m, 24h, 7d. */
export function sinceTime(flag: string, raw: string, zone?: string, now = Date.now()): string {
  const m = /^(\d+)\s*(m|h|d|w)$/i.exec(raw.trim());
  if (m) return new Date(now - Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2].toLowerCase() as 'm']).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return parseTime(flag, `${raw.trim()} 00:00`, zone);
  return parseTime(flag, raw, zone);
}

/** The request body of auditLog.list from the flags; actors by email or name as well as by id. */
export async function auditBody(ctx: Context, o: AuditOptions): Promise<Rec> {
  const body: Rec = {};
  const now = Date.now(); // both ages ("24h") from the same instant
  if (o.since) body.startDate = sinceTime('--since', o.since, ctx.timeZone, now);
  if (o.until) body.endDate = sinceTime('--until', o.until, ctx.timeZone, now);
  if (body.startDate && body.endDate) checkSpan(body.startDate as string, body.endDate as string, ctx.timeZone);
  if (o.actor?.length) {
    const r = new Resolver(ctx);
    body.actorIds = await Promise.all(o.actor.map(async (a) => (isUuid(a) ? a.trim() : (await r.resolve('user', a, { flag: '--actor' })).id)));
  }
  if (o.target?.length) body.targetIds = o.target;
  if (o.targetType?.length) body.targetTypes = o.targetType;
  if (o.category?.length) body.categories = o.category;
  return body;
}

/** An entry as a person reads it in a table: when (local), who, what, on which record. */
export function readableEntry(e: Rec, zone?: string): Rec {
  const actor = (e.actor ?? {}) as Rec;
  const target = (e.target ?? {}) as Rec;
  return {
    when: typeof e.timestamp === 'string' ? showTime(e.timestamp, zone) : '',
    who: actor.name ?? actor.email ?? actor.id ?? actor.type,
    actorType: actor.type,
    category: e.category,
    what: e.description,
    target: [target.type, target.id].filter(Boolean).join(' '),
  };
}
