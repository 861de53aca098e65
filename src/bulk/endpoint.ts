// Generated commands over a batch: `ashby candidate add-tag --from tags.csv --tag-id …`. A record's
// keys are the command's flags (or the request's fields); the command line's flags, --data and
// --input apply to every record, and the record's own values win. Ids given as names (a tag's title,
// a candidate's email, a job's title) are looked up once per distinct name.
import type { EndpointSpec } from '../catalog/types.js';
import type { Context } from '../context.js';
import { type FlagDef, isAhead, parseBoolean, parseJsonValue, parseScalar, valueKind } from '../commands/endpoint/flags.js';
import { isAge } from '../mirror/when.js';
import { requestChecker, type Naming } from '../commands/endpoint/validate.js';
import type { RunSpec } from '../commands/endpoint/run.js';
import { isPlaceholder, isUuid } from '../resolve/index.js';
import { idKind, resolveNames, setsFieldValues } from '../commands/endpoint/names.js';
import { runBulk, type BulkCommand, type BulkIO } from './engine.js';
import { kebabKey, type BulkParam, type BulkShape } from './mapping.js';
import type { BulkOptions } from './options.js';

const SOME_UUID = '00000000-0000-4000-8000-000000000000';

type Body = Record<string, unknown>;
const isPlain = (v: unknown): v is Body => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

const camel = (path: string[]) => path.map((p, i) => (i ? p[0].toUpperCase() + p.slice(1) : p)).join('');

/** Reads a record's value for one flag: text from CSV as the flag would, JSON values as given. */
function parser(d: FlagDef): (v: unknown, fromText: boolean) => unknown {
  const s = d.shape;
  const kind = valueKind(s);
  const item = s.type === 'array' && s.items ? s.items : s;
  return (v, fromText) => {
    if (kind === 'json') return typeof v === 'string' && (fromText || s.type !== 'string') ? parseJsonValue(v, s) : v;
    if (kind === 'list') {
      if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? parseScalar(x, item) : x));
      if (typeof v !== 'string') return [v];
      const t = v.trim();
      const parts = t.startsWith('[')
        ? (parseJsonValue(t, { type: 'array' }) as unknown[])
        : t
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
      return parts.map((x) => (typeof x === 'string' ? parseScalar(x, item) : x));
    }
    if (typeof v !== 'string') return v;
    // As on the command line: on a time something is to happen at, an age ("2w") counts back from now.
    if (isAhead(d.path) && isAge(v)) throw new Error(`"${v}" would be that long ago: an age counts back from now; give the time itself`);
    if (kind === 'boolean') {
      const b = parseBoolean(v);
      if (b === undefined) throw new Error('expected true or false');
      return b;
    }
    // Text is sent as it is, but a time typed in a CSV cell is read as the flag reads it (a local
    // date or time, an age); a JSON record's string is data, kept exactly.
    if (s.type === 'string' && !s.enum) return s.format === 'date-time' && fromText ? parseScalar(v, s) : v;
    return parseScalar(v, s);
  };
}

export function endpointShape(ep: EndpointSpec, spec: RunSpec): BulkShape {
  const params: BulkParam[] = [];
  const groups = new Set<string>();
  for (const d of spec.defs) {
    const names = [d.flag, camel(d.path), d.path.join('.'), d.path.map(kebabKey).join('.')];
    if (d === spec.positional && spec.positionalLabel) names.push(spec.positionalLabel);
    params.push({ key: d.path.join('.'), label: d === spec.positional && spec.positionalLabel ? spec.positionalLabel : d.flag, names, parse: parser(d) });
    for (let i = 1; i < d.path.length; i++) groups.add(d.path.slice(0, i).join('.'));
  }
  for (const g of groups) params.push({ key: g, label: g.split('.').map(kebabKey).join('.'), names: [], group: true });
  const pos = spec.positional;
  const idParam = pos?.path.join('.');
  const base = pos && pos.path[0] !== 'id' ? pos.path[0].replace(/Id$/, '') : ep.resource;
  return { params, idParam, idFields: idParam ? [`${base}Id`, `${base}.id`] : undefined };
}

/** A body flattened to the flags' paths (`location.city`), so a record's value replaces one field, not the object. */
function flatten(body: Body, spec: RunSpec): Body {
  const leaves = new Set(spec.defs.map((d) => d.path.join('.')));
  const out: Body = {};
  const walk = (o: Body, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (!leaves.has(path) && isPlain(v) && spec.defs.some((d) => d.path.join('.').startsWith(`${path}.`))) walk(v, path);
      else out[path] = v;
    }
  };
  walk(body, '');
  return out;
}

function unflatten(values: Body): Body {
  const body: Body = {};
  for (const [k, v] of Object.entries(values)) {
    const path = k.split('.');
    let node = body;
    for (const p of path.slice(0, -1)) node = (isPlain(node[p]) ? node[p] : (node[p] = {})) as Body;
    node[path[path.length - 1]] = v;
  }
  return body;
}

interface Plan {
  body: Body;
}

/** Candidate-facing consequences of a batch of requests to this endpoint, for the confirmation. */
function effects(ep: EndpointSpec, plans: Plan[]): string[] {
  const lines: string[] = [];
  const count = (f: (b: Body) => boolean) => plans.filter((p) => f(p.body)).length;
  const emails = count((b) => isPlain(b.archiveEmail));
  if (emails) lines.push(`${emails} candidate${emails === 1 ? '' : 's'} will be emailed (archiveEmail).`);
  const notify = count((b) => b.sendNotifications === true || b.startAutomaticActivities === true);
  if (notify) lines.push(`${notify} request${notify === 1 ? '' : 's'} may send emails or notifications (automatic activities).`);
  if (ep.resource === 'offer' || ep.resource === 'offerProcess') lines.push('These change offers, which candidates may see.');
  if (ep.resource === 'interviewSchedule') lines.push('Interviewers and candidates may get calendar invitations.');
  return lines;
}

export async function runEndpointBulk(
  ctx: Context,
  ep: EndpointSpec,
  spec: RunSpec,
  baseBody: Body,
  o: BulkOptions,
  where: string,
  strict = true,
): Promise<void> {
  const naming: Naming = { defs: spec.defs, positional: spec.positional, positionalLabel: spec.positionalLabel };
  const check = await requestChecker(ep, naming);
  // Names, emails and links in id fields, each looked up once for the whole batch (a stage within
  // its application's plan), the way a single command looks them up (commands/endpoint/names.ts).
  const lookups = new Map<string, Promise<unknown>>();
  const named = (body: Body) => Object.keys(body).filter((k) => typeof body[k] === 'string' && idKind(ep, k, body) && !isUuid(body[k] as string));
  const how = (k: string) => (k === spec.positional?.path[0] && spec.positionalLabel ? spec.positionalLabel : kebabKey(k));
  const lookUp = (io: BulkIO, body: Body, param: string): Promise<unknown> => {
    const stage = idKind(ep, param, body) === 'stage';
    // What the lookup depends on besides the name: a stage's application, an object's or field's type.
    const one: Body = {
      [param]: body[param],
      ...(stage && body.applicationId !== undefined ? { applicationId: body.applicationId } : {}),
      ...((param === 'objectId' || param === 'fieldId') && body.objectType !== undefined ? { objectType: body.objectType } : {}),
    };
    const memo = JSON.stringify([param, one]);
    let p = lookups.get(memo);
    if (!p) {
      p = resolveNames(io.ctx, ep, one, how).then(() => one[param]);
      lookups.set(memo, p);
    }
    return p;
  };

  const cmd: BulkCommand<Plan> = {
    command: where.replace(/^ashby /, ''),
    shape: endpointShape(ep, spec),
    base: flatten(baseBody, spec),
    destructive: ep.destructive || ep.irreversible,
    irreversible: ep.irreversible,
    check(values) {
      const probe = { ...values };
      for (const k of named(probe)) probe[k] = SOME_UUID;
      const problems = check(unflatten(probe));
      if (problems.length) throw new Error(problems.join('; '));
    },
    async prepare(values, io) {
      const body = unflatten(values);
      // A dry run keeps a placeholder for a name of the command line it could not read
      // (`<tag:Relocating>`): that name was looked up once already; again, it would be wrapped twice.
      for (const k of named(body)) if (!(io.ctx.opts.dryRun && isPlaceholder(body[k] as string))) body[k] = await lookUp(io, body, k);
      if (setsFieldValues(ep)) await (await import('../commands/endpoint/field-values.js')).readFieldValues(io.ctx, ep, body, how, strict);
      return { body };
    },
    async execute(plan, io) {
      const env = await io.call(ep.id, plan.body);
      return env.results;
    },
    label(plan, mapped) {
      const ids = Object.entries(plan.body)
        .filter(([k, v]) => typeof v === 'string' && (k === 'id' || /Id$/.test(k)))
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      return mapped.name ? `${mapped.name} (${ids})` : ids || JSON.stringify(plan.body).slice(0, 100);
    },
    effects: (plans) => effects(ep, plans),
  };
  await runBulk(ctx, cmd, o);
}
