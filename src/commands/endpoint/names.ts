// Names for ids in the generated commands: `--tag-id "Strong referral"`, `candidate info ada@…`,
// `--job-id "Staff Engineer"`, or a pasted Ashby link, resolved as the hand-made commands resolve
// them (same cache, same matching, same ambiguity rules) before the request is checked and sent.
// Only lookups (reads) happen here; an id is used as is.
import type { EndpointSpec } from '../../catalog/types.js';
import type { Context } from '../../context.js';
import { CACHE_KINDS, Resolver, applicationInfo, resolveApplication, resolveCandidate, type CacheKind } from '../../resolve/index.js';
import { type Entry, idFromUrl, isUuid } from '../../resolve/entry.js';
import type { FlagDef } from './flags.js';
import { paramKind, type ParamKind } from '../../resolve/param-kinds.js';
export { setsFieldValues } from '../../resolve/param-kinds.js';

type Kind = ParamKind;

/** What `objectId` names, by the request's `objectType` (customField.setValue and setValues). */
const OBJECT_KINDS: Record<string, Kind> = { Candidate: 'candidate', Application: 'application', Job: 'job' };

/** The kind of a top-level parameter; a bare `id` is the resource's own, an `objectId` its `objectType`'s. */
export function idKind(ep: EndpointSpec, param: string, body?: Record<string, unknown>): Kind | undefined {
  if (param === 'objectId')
    return typeof body?.objectType === 'string' && Object.hasOwn(OBJECT_KINDS, body.objectType) ? OBJECT_KINDS[body.objectType] : undefined;
  return paramKind(param === 'id' ? `${ep.resource}Id` : param);
}

/**
 * Replaces, in place, every top-level id parameter of the body that holds a name, an email or a
 * link with the id it names. `how(param)` says how the value was given, for messages.
 */
export async function resolveNames(ctx: Context, ep: EndpointSpec, body: Record<string, unknown>, how: (param: string) => string): Promise<void> {
  const todo = Object.entries(body).filter(([k, v]) => typeof v === 'string' && idKind(ep, k, body) && !isUuid(v));
  if (!todo.length) return;
  const r = new Resolver(ctx);
  // Applications first: a stage is looked up within the application's interview plan.
  todo.sort(([a], [b]) => Number(idKind(ep, b, body) === 'application') - Number(idKind(ep, a, body) === 'application'));
  let planId: string | undefined;
  for (const [param, raw] of todo) {
    const value = raw as string;
    const link = idFromUrl(value);
    if (link) {
      body[param] = link;
      continue;
    }
    const kind = idKind(ep, param, body)!;
    const flag = how(param);
    // Something that changes data acts on a candidate's name only when it is the whole name.
    const strict = ep.write;
    if (kind === 'candidate') body[param] = (await resolveCandidate(r, value, flag, strict)).id;
    else if (kind === 'application') {
      const app = await resolveApplication(r, value, { flag, strict, jobFlag: null, open: true });
      body[param] = app.id;
      planId = app.currentInterviewStage?.interviewPlanId;
    } else if (kind === 'stage' && (planId || (typeof body.applicationId === 'string' && isUuid(body.applicationId)))) {
      planId ??= (await applicationInfo(r, body.applicationId as string)).currentInterviewStage?.interviewPlanId;
      body[param] = (await r.stage(planId, value, flag)).id;
    } else if (kind === 'customField' && ep.resource === 'customField' && typeof body.objectType === 'string') {
      // A field's title may be used on several kinds of record: the one --object-type names. The
      // field a value is written to is taken by its whole title only ("x" is in many titles).
      const type = body.objectType;
      const filter = (e: Entry) => e.meta?.objectType === undefined || e.meta.objectType === type;
      body[param] = (await r.resolve('customField', value, { flag, filter, strict })).id;
    } else if ((CACHE_KINDS as readonly string[]).includes(kind)) body[param] = (await r.resolve(kind as CacheKind, value, { flag })).id;
  }
}

/** How a parameter was given: `<candidate-id>` for the positional, else its flag. */
export function howGiven(defs: FlagDef[], positional: FlagDef | undefined, positionalLabel: string | undefined, positionalUsed: boolean) {
  return (param: string): string => {
    if (positional && positionalUsed && positional.path[0] === param) return `<${positionalLabel}>`;
    const d = defs.find((x) => x.path.length === 1 && x.path[0] === param);
    return d ? `--${d.flag}` : param;
  };
}
