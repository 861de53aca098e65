// `--fields` values: the field paths of the records a command prints, read from the catalog's
// response schema of its endpoint. Offered one level at a time (`primaryEmailAddress.` lists that
// object's fields), after whatever comma-separated paths are typed already.
import { responsesOf } from '../catalog/catalog.js';
import type { JsonSchema } from '../catalog/types.js';
import type { Candidate } from './match.js';

const branches = (s: JsonSchema): JsonSchema[] => [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])];

/** The schema of one record: `results` of the success envelope, or its items for a list. */
export function recordSchema(endpoint: string): JsonSchema | undefined {
  const response = responsesOf(endpoint)?.response;
  if (!response) return undefined;
  for (const b of [response, ...branches(response)]) {
    const results = b.properties?.success && b.properties.results;
    if (results) return results;
  }
  return undefined;
}

/** A schema's fields, seeing through arrays and unions (a field of any branch counts). */
export function fieldsOf(s: JsonSchema | undefined): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  if (!s) return out;
  const visit = (x: JsonSchema) => {
    if (x.items) visit(x.items);
    for (const [k, v] of Object.entries(x.properties ?? {})) if (!out.has(k)) out.set(k, v);
    branches(x).forEach(visit);
  };
  visit(s);
  return out;
}

function describe(s: JsonSchema): string {
  const type = (x: JsonSchema): string => {
    if (x.items) return `array of ${type(x.items)}`;
    if (x.enum) return x.enum.map(String).join('|');
    if (x.properties || branches(x).some((b) => b.properties)) return 'object';
    const t = Array.isArray(x.type) ? x.type.join('|') : x.type;
    return t ?? branches(x).map(type).join('|');
  };
  return type(s);
}

export function fieldCandidates(endpoint: string, cur: string): Candidate[] {
  const comma = cur.lastIndexOf(',');
  const before = cur.slice(0, comma + 1);
  const path = cur.slice(comma + 1).split('.');
  const partial = path.pop()!.toLowerCase();
  let schema = recordSchema(endpoint);
  for (const p of path) schema = fieldsOf(schema).get(p);
  const parent = path.length ? `${path.join('.')}.` : '';
  return [...fieldsOf(schema)]
    .filter(([name]) => name.toLowerCase().startsWith(partial))
    .map(([name, s]) => ({ value: `${before}${parent}${name}`, description: describe(s) }));
}
