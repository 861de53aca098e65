// Turns an endpoint's parameters into command-line flags and back into a request body. Loaded to
// build a resource's commands (help included), so it stays small and imports nothing heavy.
import { InvalidArgumentError, Option } from 'commander';
import { PARAM_HELP, PARAM_HELP_BY_ENDPOINT } from '../../catalog/params.js';
import type { EndpointSpec, ParamShape, ParamSpec } from '../../catalog/types.js';
import { whenWith } from '../../mirror/when.js';
import { paramKind } from '../../resolve/param-kinds.js';
import { parseTime } from '../../workflows/time.js';

/** Parameters that the list machinery owns (--limit, --all, --cursor, --sync-token). */
export const PAGING_PARAMS = new Set(['cursor', 'syncToken', 'limit']);

export interface FlagDef {
  /** The endpoint's id (`candidate.update`), for the flag's words in catalog/params.ts. */
  endpoint: string;
  /** Where the value goes in the body. */
  path: string[];
  /** Long flag name without the dashes: kebab segments joined by dots (`location.city`). */
  flag: string;
  shape: ParamShape;
  /** Required at its level (a nested flag is needed only when its parent object is sent). */
  required: boolean;
  /** Required here and in every parent object: the request is incomplete without it. */
  needed: boolean;
  hidden: boolean;
}

/** `sourceId` → `source-id`, `utm_source` → `utm-source`. */
export function flagSegment(name: string): string {
  return name
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** The flags of an endpoint, nested objects flattened into dotted flags. Multipart-only file params are left out. */
export function flagDefs(ep: EndpointSpec): FlagDef[] {
  const out: FlagDef[] = [];
  const visit = (params: ParamSpec[], prefix: string[], hidden: boolean, parentsNeeded: boolean) => {
    for (const p of params) {
      if (prefix.length === 0 && ep.paginated && PAGING_PARAMS.has(p.name)) continue;
      if (p.type === 'file') continue;
      const path = [...prefix, p.name];
      const hide = hidden || Boolean(p.deprecated);
      const needed = parentsNeeded && p.required;
      if (p.type === 'object' && p.params?.length && !p.oneOf) visit(p.params, path, hide, needed);
      else out.push({ endpoint: ep.id, path, flag: flagName(ep, path), shape: p, required: p.required, needed, hidden: hide });
    }
  };
  visit(ep.params, [], false, true);
  return out;
}

/** `--from FILE` is every write command's batch input: a body field named `from` is `--from-address`. */
function flagName(ep: EndpointSpec, path: string[]): string {
  const flag = path.map(flagSegment).join('.');
  return ep.write && flag === 'from' ? 'from-address' : flag;
}

export type ValueKind = 'boolean' | 'scalar' | 'list' | 'json';

export function valueKind(s: ParamShape): ValueKind {
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'array') return s.items && isScalar(s.items) ? 'list' : 'json';
  return isScalar(s) ? 'scalar' : 'json';
}

function isScalar(s: ParamShape): boolean {
  return !s.oneOf && ['string', 'number', 'integer', 'boolean'].includes(s.type);
}

/** A date-like value accepted for epoch-millisecond parameters (`createdAfter`, `timestamp`). */
const isEpochMs = (s: ParamShape) => s.type === 'integer' && s.format === 'int64';

const BOOL_WORDS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

export function parseBoolean(raw: string): boolean | undefined {
  return BOOL_WORDS[raw.trim().toLowerCase()];
}

/** Parses one scalar flag value by the parameter's type; throws InvalidArgumentError naming what it expects. */
export function parseScalar(raw: string, s: ParamShape): unknown {
  if (s.enum?.length) {
    const hit = s.enum.find((v) => String(v) === raw) ?? s.enum.find((v) => String(v).toLowerCase() === raw.toLowerCase());
    if (hit === undefined) throw new InvalidArgumentError(`expected one of: ${s.enum.map(String).join(', ')}`);
    return hit;
  }
  switch (s.type) {
    case 'number':
    case 'integer': {
      const n = raw.trim() === '' ? NaN : Number(raw);
      if (Number.isFinite(n) && (s.type === 'number' || Number.isInteger(n))) return n;
      if (isEpochMs(s)) {
        // A date or a time typed without a zone is local time, as everywhere else.
        let ms: number;
        try {
          ms = Date.parse(flagTime(raw));
        } catch {
          ms = Date.parse(raw);
        }
        if (Number.isFinite(ms)) return ms;
        throw new InvalidArgumentError('expected a time: milliseconds since 1970 or a date such as 2024-05-31 or 2024-05-31T09:00:00Z');
      }
      throw new InvalidArgumentError(s.type === 'integer' ? 'expected a whole number' : 'expected a number');
    }
    case 'boolean': {
      const b = parseBoolean(raw);
      if (b === undefined) throw new InvalidArgumentError('expected true or false');
      return b;
    }
    default:
      return s.format === 'date-time' ? flagTime(raw) : raw;
  }
}

/**
 * A time in a batch's row (a flag's own is a TypedTime, read at run time): what --since takes, read
 * by the same parser (mirror/when.ts): a date (its local midnight), a local time, ISO 8601, "now" or
 * an age; sent as UTC ISO 8601.
 */
function flagTime(raw: string): string {
  try {
    return whenWith(parseTime, '', raw).toISOString();
  } catch {
    throw new InvalidArgumentError('expected a date, a time such as "2024-05-31 09:00" (local time), 2024-05-31T09:00:00Z (UTC), "now" or an age such as 7d');
  }
}

/** JSON for complex values; for unions, JSON when it parses to one of the union's types, else the text. */
export function parseJsonValue(raw: string, s: ParamShape): unknown {
  const types = s.type.split('|');
  let v: unknown;
  let parsed = false;
  try {
    v = JSON.parse(raw);
    parsed = true;
  } catch {
    /* not JSON */
  }
  if (types.includes('any')) return parsed ? v : raw;
  if (parsed && jsonTypes(v).some((t) => types.includes(t))) return v;
  if (types.includes('string')) return raw;
  if (!parsed) throw new InvalidArgumentError(`expected JSON (${types.join(' or ')})`);
  throw new InvalidArgumentError(`expected JSON ${types.join(' or ')}, got ${jsonTypes(v)[0]}`);
}

function jsonTypes(v: unknown): string[] {
  if (Array.isArray(v)) return ['array'];
  if (v === null) return ['null'];
  if (typeof v === 'number') return Number.isInteger(v) ? ['integer', 'number'] : ['number'];
  return [typeof v];
}

/** What a value placeholder is called in help: <id>, <n>, <time>, <json>, ... */
function placeholder(d: FlagDef): string {
  const s = d.shape;
  const name = d.path[d.path.length - 1];
  if (valueKind(s) === 'json') return 'json';
  const item = s.type === 'array' && s.items ? s.items : s;
  if (item.enum) return 'value';
  if (isEpochMs(item)) return 'time';
  if (item.type === 'number' || item.type === 'integer') return 'n';
  if (/Ids?$|Handle$/.test(name) || name === 'id') return 'id';
  if (item.format === 'date-time') return 'time';
  if (item.format === 'uri' || /Url$/.test(name)) return 'url';
  return 'text';
}

/**
 * The key of catalog/params.ts that gives a flag its words: `endpoint:a.b.c` in PARAM_HELP_BY_ENDPOINT,
 * else the longest tail of the path (`a.b.c`, `b.c`, `c`) in PARAM_HELP; undefined when none has one.
 */
export function helpKey(endpoint: string, path: string[]): string | undefined {
  const own = `${endpoint}:${path.join('.')}`;
  if (Object.hasOwn(PARAM_HELP_BY_ENDPOINT, own)) return own;
  for (let i = 0; i < path.length; i++) {
    const tail = path.slice(i).join('.');
    if (Object.hasOwn(PARAM_HELP, tail)) return tail;
  }
  return undefined;
}

/** A flag's words from catalog/params.ts; undefined when it has none. */
export function paramWords(endpoint: string, path: string[]): string | undefined {
  const key = helpKey(endpoint, path);
  if (key === undefined) return undefined;
  return key.includes(':') ? PARAM_HELP_BY_ENDPOINT[key] : PARAM_HELP[key];
}

/** What an id flag takes: a name too where one is looked up (commands/endpoint/names.ts). */
function idWords(path: string[]): string {
  if (path.length !== 1) return 'an id';
  if (path[0] === 'objectId') return 'an id (or a name, for a candidate, application or job)';
  return paramKind(path[0]) ? 'an id or a name' : 'an id';
}

/** What a flag means (from catalog/params.ts), then its facts: `the source to credit (...); an id`. */
export function describe(d: FlagDef): string {
  const s = d.shape;
  const item = s.type === 'array' && s.items ? s.items : s;
  const words = paramWords(d.endpoint, d.path);
  const bits: string[] = words === undefined ? [] : [words];
  if (d.required) bits.push(d.path.length > 1 ? `required with ${d.path.slice(0, -1).join('.')}` : 'required');
  const kind = valueKind(s);
  if (kind === 'list') bits.push('repeatable');
  if (kind === 'json') bits.push(s.type === 'array' ? 'JSON array, or one JSON object per use (repeatable)' : `JSON ${s.type.replace(/\|/g, ' or ')}`);
  if (item.format === 'uuid' || (/Ids?$/.test(d.path[d.path.length - 1]) && item.type === 'string')) bits.push(s.type === 'array' ? 'ids' : idWords(d.path));
  // An age only where one means something: not on a time something is to happen at (isAhead).
  const age = isAhead(d.path) ? undefined : 'an age such as 7d (that long ago)';
  if (isEpochMs(item)) bits.push(`a date, a local time, ${age ? `${age}, ` : ''}or ms since 1970`);
  else if (item.format === 'date-time')
    bits.push(`a date, a local time ("2024-05-31 09:00")${age ? `, ISO 8601 with a zone, or ${age}` : ' or ISO 8601 with a zone'}`);
  if (s.type === 'boolean') bits.push(s.default === true ? `on unless --no-${d.flag}` : `--no-${d.flag} or --${d.flag}=false to send false`);
  if (s.deprecated) bits.push('deprecated');
  return bits.join('; ');
}

/** A value of an enumeration flag that our catalog does not know: refused unless --no-validate (run.ts). */
export class UnknownChoice {
  constructor(
    readonly flag: string,
    readonly raw: string,
    readonly expected: string,
  ) {}
}

/**
 * A time typed for a date-time or epoch-millisecond flag, read when the command runs (run.ts) by the
 * one parser of typed times, mirror/when.ts parseWhen: a date, a local time, ISO 8601, "now" or an
 * age (7d), by the command's clock and zone, as the analytics' --since reads them.
 */
export class TypedTime {
  constructor(
    readonly flag: string,
    readonly raw: string,
    /** Sent as milliseconds since 1970 (createdAfter), else as ISO 8601 in UTC. */
    readonly epochMs: boolean,
    /** When something is to happen (isAhead): an age, which counts back from now, is refused. */
    readonly ahead = false,
  ) {}
}

/**
 * A time field that says when something is to happen (an email sent, an interviewer's pause), not
 * a filter: an age there ("2w", two weeks ago) is a slip for a time ahead.
 */
export const isAhead = (path: string[]) => ['sendAt', 'startsAt', 'endsAt'].includes(path[path.length - 1]);

/** Whether a scalar flag takes a time, read as a TypedTime. */
const isTime = (s: ParamShape) => !s.enum && (isEpochMs(s) || (s.type === 'string' && s.format === 'date-time'));

/** parseScalar, but an unknown value of an enumeration is kept for run time to refuse or send. */
function scalarOrChoice(raw: string, s: ParamShape, flag: string): unknown {
  try {
    return parseScalar(raw, s);
  } catch (e) {
    if (s.enum?.length && e instanceof InvalidArgumentError) return new UnknownChoice(flag, raw, e.message);
    throw e;
  }
}

/** The commander options for one flag definition (a boolean gets a hidden --no- twin). */
export function optionsFor(d: FlagDef): Option[] {
  const s = d.shape;
  const kind = valueKind(s);
  if (kind === 'boolean') {
    const on = new Option(`--${d.flag}`, describe(d));
    const off = new Option(`--no-${d.flag}`).hideHelp();
    if (d.hidden) on.hideHelp();
    return [on, off];
  }
  const o = new Option(`--${d.flag} <${placeholder(d)}>`, describe(d));
  const item = s.type === 'array' && s.items ? s.items : s;
  if (kind === 'list') {
    if (item.enum) o.choices(item.enum.map(String));
    o.argParser((raw: string, prev: unknown) => [...(Array.isArray(prev) ? prev : []), scalarOrChoice(raw, item, d.flag)]);
  } else if (kind === 'json') {
    if (s.type === 'array') {
      o.argParser((raw: string, prev: unknown) => {
        const v = parseJsonValue(raw, { type: 'array|object' });
        return [...(Array.isArray(prev) ? prev : []), ...(Array.isArray(v) ? v : [v])];
      });
    } else o.argParser((raw: string) => parseJsonValue(raw, s));
  } else if (isTime(s)) {
    // Milliseconds are a number as typed; anything else is a time, read at run time.
    o.argParser((raw: string) => (isEpochMs(s) && /^\s*\d+\s*$/.test(raw) ? Number(raw) : new TypedTime(d.flag, raw, isEpochMs(s), isAhead(d.path))));
  } else {
    if (s.enum) o.choices(s.enum.map(String));
    o.argParser((raw: string) => scalarOrChoice(raw, s, d.flag));
  }
  if (d.hidden) o.hideHelp();
  return [o];
}
