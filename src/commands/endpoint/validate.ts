// Checks a request body against the endpoint's request schema before anything is sent, and says
// what is wrong in terms of flags (`missing --candidate-id`), not JSON paths. Only what Ashby
// certainly refuses is checked (see lenient.ts). The checks come compiled from the build
// (dist/validators/<resource>.js); Ajv itself is loaded only where they are missing (tests from src/).
import type { Ajv2020 as Ajv, ErrorObject } from 'ajv/dist/2020.js';
import type { EndpointSpec, JsonSchema, ParamSpec } from '../../catalog/types.js';
import { UsageError } from '../../errors.js';
import { UUID } from '../../resolve/entry.js';
import { PAGING_PARAMS, flagSegment, type FlagDef } from './flags.js';
import { loosenFormValues } from '../../catalog/form-values.js';
import { AJV_OPTIONS, lenientSchema } from './lenient.js';

const PAGING_FLAGS: Record<string, string> = { cursor: '--cursor', syncToken: '--sync-token', limit: '--limit' };

export interface Naming {
  defs: FlagDef[];
  positional?: FlagDef;
  positionalLabel?: string;
  /** An MCP tool's arguments: no flags at all, so the paging parameters are named as they are, not as --cursor. */
  tool?: boolean;
}

/** The flag (or positional argument) that sets a body path, with the rest of the path inside its value. */
export function flagFor(path: string[], n: Naming): string {
  if (!path.length) return 'the request';
  if (path.length === 1 && PAGING_FLAGS[path[0]] && !n.tool) return PAGING_FLAGS[path[0]];
  let best: FlagDef | undefined;
  for (const d of n.defs) {
    if (d.path.length <= path.length && d.path.every((p, i) => p === path[i]) && (!best || d.path.length > best.path.length)) best = d;
  }
  if (!best) {
    const prefix = n.defs.filter((d) => path.every((p, i) => d.path[i] === p)).map((d) => `--${d.flag}`);
    if (prefix.length) return prefix.length === 1 ? prefix[0] : `${path.join('.')} (--${path.map(flagSegment).join('.')}.*)`;
    return `"${path.join('.')}" in the request body`;
  }
  const name = best === n.positional && n.positionalLabel ? `<${n.positionalLabel}> (or --${best.flag})` : `--${best.flag}`;
  const rest = path.slice(best.path.length);
  if (!rest.length) return name;
  return `${name} (at ${rest.map((p) => (/^\d+$/.test(p) ? `item ${Number(p) + 1}` : `"${p}"`)).join(', ')})`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a JSON object',
  null: 'null',
};

function pathOf(e: ErrorObject): string[] {
  const parts = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') parts.push(String((e.params as { missingProperty: string }).missingProperty));
  return parts;
}

function message(e: ErrorObject, n: Naming): string {
  const name = flagFor(pathOf(e), n);
  // A boolean or number that may also come as a string (lenient.ts): named by its declared type.
  const declared = (e.parentSchema as { 'x-string-of'?: string[] } | undefined)?.['x-string-of'];
  if (declared && (e.keyword === 'type' || e.keyword === 'pattern')) return `${name} must be ${declared.map((x) => TYPE_WORDS[x] ?? x).join(' or ')}`;
  switch (e.keyword) {
    case 'required':
      return `missing ${name}`;
    case 'type': {
      const t = String((e.params as { type: string | string[] }).type).split(',');
      return `${name} must be ${t.map((x) => TYPE_WORDS[x] ?? x).join(' or ')}`;
    }
    case 'enum':
      return `${name} must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ')}`;
    case 'const':
      return `${name} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case 'format':
      return `${name} must be an id (a UUID like 3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f), not ${JSON.stringify(e.data)}`;
    default:
      return `${name} ${e.message ?? 'is invalid'}`;
  }
}

/** The parameters that tell a union's alternatives apart, per branch (`id` | `externalMappingId`). */
function alternatives(u: ErrorObject, n: Naming): string[] {
  const branches = ((u.parentSchema as { oneOf?: JsonSchema[]; anyOf?: JsonSchema[] } | undefined)?.[u.keyword as 'oneOf'] ?? []).map((b) => b.required ?? []);
  const common = branches.reduce<string[]>((acc, r) => acc.filter((x) => r.includes(x)), branches[0] ?? []);
  const base = pathOf(u);
  return branches
    .map((r) =>
      r
        .filter((x) => !common.includes(x))
        .map((x) => flagFor([...base, x], n))
        .join(' and '),
    )
    .filter(Boolean);
}

/** Turns Ajv's errors into one line per problem; a failed union is explained by its alternatives. */
export function explain(errors: ErrorObject[], n: Naming): string[] {
  const out: string[] = [];
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const inUnion = (e: ErrorObject) => unions.some((u) => e !== u && e.schemaPath.startsWith(`${u.schemaPath}/`));
  for (const u of unions) {
    if (inUnion(u)) continue;
    const alts = alternatives(u, n);
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      const m = e.schemaPath.startsWith(`${u.schemaPath}/`) ? /^\/(\d+)/.exec(e.schemaPath.slice(u.schemaPath.length)) : null;
      if (m) branches.set(m[1], [...(branches.get(m[1]) ?? []), e]);
    }
    const all = [...branches.values()];
    if (all.length > 1 && all.every((bs) => bs.every((e) => e.keyword === 'required'))) {
      const key = (e: ErrorObject) => pathOf(e).join('.');
      const everywhere = all[0].filter((e) => all.every((bs) => bs.some((x) => key(x) === key(e))));
      for (const e of everywhere) out.push(message(e, n));
      if (all.some((bs) => bs.length > everywhere.length)) out.push(`needs one of: ${alts.join(' | ')}`);
    } else {
      // Not just something missing: report the alternative that came closest.
      const base = pathOf(u).join('.');
      const wrongType = (bs: ErrorObject[]) => (bs.some((e) => e.keyword === 'type' && pathOf(e).join('.') === base) ? 1 : 0);
      const best = all.sort((a, b) => wrongType(a) - wrongType(b) || a.length - b.length)[0] ?? [];
      for (const e of best) if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') out.push(message(e, n));
    }
  }
  for (const e of errors) if (!unions.includes(e) && !inUnion(e)) out.push(message(e, n));
  return [...new Set(out)];
}

type Check = ((body: unknown) => boolean) & { errors?: ErrorObject[] | null };

const compiled = new Map<string, Promise<Record<string, Check> | undefined>>();

/** The build's compiled checks of a resource, or undefined where there are none (running from src/). */
function buildChecks(resource: string): Promise<Record<string, Check> | undefined> {
  let p = compiled.get(resource);
  if (!p) {
    const url = new URL(`validators/${resource}.js`, import.meta.url).href;
    p = import(url).then(
      (m: { byId: Record<string, Check> }) => m.byId,
      () => undefined,
    );
    compiled.set(resource, p);
  }
  return p;
}

async function checkFor(ep: EndpointSpec): Promise<Check> {
  const built = (await buildChecks(ep.resource))?.[ep.id];
  if (built) return built;
  const mod = (await import('ajv/dist/2020.js')) as unknown as { Ajv2020?: typeof Ajv; default?: { Ajv2020?: typeof Ajv } };
  const Ajv2020 = (mod.Ajv2020 ?? mod.default?.Ajv2020)!; // CommonJS: named export from source, default from the bundle
  // Of the formats only uuid is checked: Ashby refuses a malformed id, and a typo is better caught
  // here than as an API error. Other formats (date-time, uri, email) are left to Ashby.
  return new Ajv2020({ ...AJV_OPTIONS, formats: { uuid: UUID } }).compile(lenientSchema(loosenFormValues(ep.request!))) as Check;
}

/** What a message is about: the command without the "ashby " that every error line starts with already. */
export const subject = (where: string) => where.replace(/^ashby /, '');

/** Exits 2 (UsageError) with every problem when the body does not fit the request schema. */
export async function validateRequest(ep: EndpointSpec, body: Record<string, unknown>, n: Naming, where: string): Promise<void> {
  if (!ep.request || trivially(ep.request, body)) return;
  const problems = (await requestChecker(ep, n))(body);
  if (!problems.length) return;
  const hint = `see \`${where} --help\`; --no-validate sends the body as it is (if Ashby accepts more than our copy of its schema)`;
  if (problems.length === 1) throw new UsageError(`${subject(where)}: ${problems[0]}`, { hint });
  throw new UsageError(`${subject(where)}: invalid input:\n${problems.map((p) => `  - ${p}`).join('\n')}`, { hint });
}

/**
 * A search for nothing (no term, or only blank ones) means nothing: exits 2 naming what to give,
 * before anything is sent. Other shapes of a term (a number) are left to the schema check.
 */
export function requireSearchTerm(body: Record<string, unknown>, params: string[], n: Naming, where: string, examples: string[] = []): void {
  const given = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && !v.trim());
  if (params.some((p) => given(body[p]))) return;
  // A tool names its parameters as they are.
  const names = params.map((p) => (n.tool ? p : flagFor([p], n)));
  const what = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  const example = examples.length ? `for example: ${examples.join(', or ')}; ` : '';
  throw new UsageError(`${subject(where)}: nothing to search for: give ${what}`, {
    hint: `${example}--no-validate sends the request as it is`,
  });
}

/** The request schema compiled once, for checking many bodies (a batch): each body's problems, [] when it fits. */
export async function requestChecker(ep: EndpointSpec, n: Naming): Promise<(body: Record<string, unknown>) => string[]> {
  if (!ep.request) return () => [];
  const validate = await checkFor(ep);
  return (body) => (validate(body) ? [] : explain(validate.errors ?? [], n));
}

/** An empty body for a schema that requires nothing fits without loading Ajv (a plain `list`). */
function trivially(schema: JsonSchema, body: Record<string, unknown>): boolean {
  return Object.keys(body).length === 0 && !schema.required?.length && !schema.oneOf && !schema.anyOf && !schema.allOf;
}

/** Top-level body keys the catalog does not know (sent anyway: Ashby may be newer than our catalog). */
export function unknownKeys(ep: EndpointSpec, body: Record<string, unknown>): string[] {
  const known = new Set([...ep.params.map((p: ParamSpec) => p.name), ...PAGING_PARAMS]);
  return Object.keys(body).filter((k) => !known.has(k));
}
