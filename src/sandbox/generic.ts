// Answers for endpoints without a hand-written handler: lists and infos read seeded or synthesised
// collections, writes validate the ids they reference and echo a synthesised object merged with
// the input (creates and updates are stored, so later reads see them). Everything conforms to the
// endpoint's response schema because it is laid over a schema-synthesised base.
import { endpoint as endpointSummary } from '../catalog/catalog.js';
import type { Collection, Entity } from './collection.js';
import { fake, isPlainObject, overlay } from './fake.js';
import type { Call, Result } from './handler.js';
import { hash } from './prng.js';
import { itemSchema, resultsSchema, spec, successSchema } from './schemas.js';
import type { World } from './world.js';

/** Which collection an `…Id` parameter points into, where the name alone does not say. */
const PARAM_KINDS: Record<string, string> = {
  teamId: 'department',
  tagId: 'candidateTag',
  creditedToUserId: 'user',
  userId: 'user',
  authorId: 'user',
  fieldId: 'customField',
  customFieldId: 'customField',
  formDefinitionId: 'feedbackFormDefinition',
  parentLocationId: 'location',
  defaultInterviewPlanId: 'interviewPlan',
  resumeHandle: '',
  fileHandle: '',
  objectId: '',
  requestId: '',
  interviewerPoolId: 'interviewerPool',
  surveyFormDefinitionId: 'surveyFormDefinition',
};

/** The collection kind of an id parameter, when the sandbox keeps (or can synthesise) one. */
export function kindOfParam(world: World, name: string): string | undefined {
  const kind = name in PARAM_KINDS ? PARAM_KINDS[name] : name.endsWith('Id') ? name.slice(0, -2) : undefined;
  return kind && genericCollection(world, kind) ? kind : undefined;
}

/** Kinds whose stored records are not API objects: shown through the world's renderers only. */
const RENDERED: Record<string, (w: World, e: Entity) => unknown> = {
  candidate: (w, e) => w.renderCandidate(e),
  application: (w, e) => w.renderApplication(e),
  note: (w, e) => w.renderNote(e),
};

/** Checks every `…Id` parameter (top level and one level down) that names a known collection. */
export function checkReferences(call: Call, skip: string[] = []): void {
  const visit = (obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) {
      if (skip.includes(k)) continue;
      if (typeof v === 'string') {
        const kind = kindOfParam(call.world, k);
        if (kind) call.world.need(kind, v);
      } else if (Array.isArray(v) && k.endsWith('Ids')) {
        const kind = kindOfParam(call.world, k.slice(0, -1));
        if (kind) for (const x of v) call.world.need(kind, x);
      }
    }
  };
  visit(call.body);
}

const bases = new Map<string, unknown>();
/** A schema-conformant base for an endpoint's results (or list items): required fields only. */
export function baseOf(endpoint: string): unknown {
  let b = bases.get(endpoint);
  if (b === undefined) {
    const schema = itemSchema(endpoint) ?? resultsSchema(endpoint);
    b = schema ? fake(schema, `base:${endpoint}`) : null;
    bases.set(endpoint, b);
  }
  return b;
}

/** A stored entity shown through an endpoint: its fields over the endpoint's synthesised base. */
export function present(endpoint: string, e: unknown): unknown {
  const base = baseOf(endpoint);
  return base === null ? e : overlay(base, e);
}

/** Envelope fields the success schema requires besides results (e.g. moreDataAvailable). */
export function envelopeBase(endpoint: string): Record<string, unknown> {
  const s = successSchema(endpoint);
  const out: Record<string, unknown> = {};
  for (const k of s.required ?? []) {
    if (k === 'success' || k === 'results') continue;
    out[k] = fake(s.properties?.[k], `env:${endpoint}:${k}`);
  }
  return out;
}

const GENERIC_COUNT = 3;

/** The collection behind a resource, synthesised (deterministically) on first use if not seeded. */
export function genericCollection(world: World, resource: string): Collection | undefined {
  const existing = world.store.maybeCol(resource);
  if (existing) return existing;
  const lister = [`${resource}.list`, `${resource}.search`].find((id) => endpointSummary(id) && itemSchema(id));
  return lister ? synthCollection(world, resource, lister) : undefined;
}

/** A small collection of synthesised items of a list endpoint's item schema. */
function synthCollection(world: World, kind: string, lister: string): Collection | undefined {
  const existing = world.store.maybeCol(kind);
  if (existing) return existing;
  const schema = itemSchema(lister);
  if (!schema) return undefined;
  const seed = world.store.params.seed;
  return world.store.define(kind, GENERIC_COUNT, (o, id) => {
    const item = fake(schema, `${kind}:${seed}:${o}`, undefined, { optional: true });
    return (isPlainObject(item) ? { ...item, id } : { id, value: item }) as Entity;
  });
}

const ID_PARAMS = (resource: string) => ['id', `${resource}Id`];

export function genericHandler(call: Call): Result {
  const { world, endpoint, body } = call;
  const summary = spec(endpoint);
  const resource = summary.resource;
  const results = resultsSchema(endpoint);
  const isList = results?.type === 'array';
  const col = genericCollection(world, resource);
  const idParam = ID_PARAMS(resource).find((p) => typeof body[p] === 'string');
  const rendered = RENDERED[resource];

  if (!summary.write) {
    if (isList && !/^(list|search)$/.test(summary.action)) {
      // A list of something other than the resource itself (criteria evaluations, fraud checks…).
      checkReferences(call);
      const items = synthCollection(world, endpoint, endpoint)!;
      if (summary.paginated) return world.page(endpoint, body, items, { render: (e) => present(endpoint, e), sync: summary.sync });
      return { results: [...items.scan()].map(([, e]) => present(endpoint, e)), moreDataAvailable: false };
    }
    if (isList && col) {
      const filter = archivedFilter(body);
      if (summary.paginated)
        return world.page(endpoint, body, col, { filter: matchFilter(body, filter), render: (e) => present(endpoint, e), sync: summary.sync });
      return {
        results: [...col.scan()]
          .map(([, e]) => e)
          .filter(matchFilter(body, filter))
          .map((e) => present(endpoint, e)),
        moreDataAvailable: false,
      };
    }
    checkReferences(call, idParam ? [idParam] : []);
    if (col && idParam) {
      const e = world.need(resource, body[idParam]);
      return { results: present(endpoint, rendered ? rendered(world, e) : e) };
    }
    return { results: synth(endpoint, body) };
  }

  if (rendered) {
    // Writes on people records without a handler of their own: checked, answered, not stored.
    checkReferences(call);
    const e = idParam ? world.need(resource, body[idParam]) : undefined;
    return { results: e ? present(endpoint, rendered(world, e)) : synth(endpoint, body) };
  }
  if (col && idParam) {
    checkReferences(call, [idParam]);
    const current = world.need(resource, body[idParam]);
    const updated = col.update(current.id, world.store.bump(), (draft) => {
      Object.assign(draft, inputFields(endpoint, body, [idParam]));
      if (/^(archive|setArchived)$/.test(summary.action)) draft.isArchived = body.isArchived ?? true;
      if (summary.action === 'restore') draft.isArchived = false;
    })!;
    return { results: results?.type === 'object' && results.properties?.id ? present(endpoint, updated) : synth(endpoint, body) };
  }
  checkReferences(call);
  if (col && summary.action === 'create') {
    const created = col.create(
      (id) =>
        ({
          ...(fake(itemSchema(`${resource}.list`) ?? results, `${endpoint}:${world.store.seq}`, undefined, { optional: true }) as object),
          ...inputFields(endpoint, body, []),
          id,
        }) as Entity,
      world.store.bump(),
    );
    return { results: present(endpoint, created) };
  }
  return { results: synth(endpoint, body) };
}

/** A synthesised result with the request's matching fields echoed into it. */
function synth(endpoint: string, body: Record<string, unknown>): unknown {
  const schema = resultsSchema(endpoint);
  if (!schema) return undefined;
  const v = fake(schema, hash(endpoint, JSON.stringify(body)), undefined, { optional: true });
  return isPlainObject(v) ? overlay(v, inputFields(endpoint, body, [])) : v;
}

/** Request fields that the result object also has, with the same JSON type (and enum value). */
function inputFields(endpoint: string, body: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  const props = (itemSchema(endpoint) ?? resultsSchema(endpoint))?.properties ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (skip.includes(k) || !(k in props) || v === null || v === undefined) continue;
    // Nested input rarely has the output's shape (ids, summaries): echo scalars and lists of them.
    if (typeof v === 'object' && !(Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'))) continue;
    if (props[k].enum && !props[k].enum.includes(v)) continue;
    const t = props[k].type;
    const types = Array.isArray(t) ? t : t ? [t] : [];
    const jt = Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;
    if (!types.length || types.includes(jt) || (jt === 'integer' && types.includes('number'))) out[k] = v;
  }
  return out;
}

function archivedFilter(body: Record<string, unknown>): (e: Entity) => boolean {
  return body.includeArchived === true ? () => true : (e) => e.isArchived !== true;
}

/** Text filters of search-like reads (name, title, email) matched case-insensitively. */
function matchFilter(body: Record<string, unknown>, base: (e: Entity) => boolean): (e: Entity) => boolean {
  const terms = Object.entries(body).filter(([k, v]) => typeof v === 'string' && /^(name|title|term|query|email)$/.test(k)) as Array<[string, string]>;
  return (e) =>
    base(e) &&
    terms.every(([k, v]) =>
      String(e[k === 'term' || k === 'query' ? 'title' : k] ?? e.name ?? e.title ?? '')
        .toLowerCase()
        .includes(v.toLowerCase()),
    );
}
