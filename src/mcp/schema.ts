// An endpoint's request schema as an MCP tool's input schema: the catalog's prose-free facts, with
// each parameter described in our own words (catalog/params.ts, reworded for an assistant rather
// than a shell), and always an object at the top, as MCP clients require. Top-level unions are
// flattened into one set of properties (several clients reject oneOf at the top); the original
// schema still checks every call.
import type { EndpointSpec, JsonSchema } from '../catalog/types.js';
import { paramWords } from '../commands/endpoint/flags.js';
import { setsFieldValues } from '../resolve/param-kinds.js';

export type ObjectSchema = { type: 'object'; properties: Record<string, JsonSchema & { description?: string }>; required?: string[]; [k: string]: unknown };

/**
 * Words written for the command line, made fit for a tool: "(see `ashby application list`)"
 * names the tool instead, and "--email" the parameter.
 */
export function toolWords(text: string): string {
  return text
    .replace(/[,;]\s*--(all|limit|sync-state|yes)\b[^,;.]*/g, '') // the CLI's own paging and confirmation flags
    .replace(/`ashby ([a-z-]+) ([a-z-]+)`/g, (_, r: string, a: string) => `the ${camel(r)}_${camel(a)} tool`)
    .replace(/--([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)/g, (_, f: string) => f.split('.').map(camel).join('.'));
}

const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function describeTree(endpoint: string, schema: JsonSchema, path: string[]): JsonSchema {
  const out: JsonSchema & { description?: string } = { ...schema };
  if (path.length) {
    const words = paramWords(endpoint, path);
    if (words) out.description = toolWords(words);
    // The CLI takes a date for these and converts it; a tool takes the number Ashby reads, whose unit
    // the words do not say (Unix time in seconds, the usual guess, reads as January 1970: everything).
    if (schema.type === 'integer' && schema.format === 'int64')
      out.description = `${out.description ? `${out.description}: ` : ''}a time in milliseconds since 1970 (UTC), e.g. ${Date.UTC(2026, 0, 1)} for 2026-01-01`;
    // The CLI looks many ids up by name (`--candidate-id "Ada Lovelace"`); a tool takes the id, which
    // its words ("the candidate (see the candidate_search tool)") do not say. A custom field's
    // fieldId is looked up by title here too (catalog-tools.ts, readFieldValues).
    const item = schema.type === 'array' && schema.items ? schema.items : schema;
    const key = path[path.length - 1];
    if (item.type === 'string' && (item.format === 'uuid' || /(^id|Id)s?$/.test(key)) && !/\bids?\b/.test(out.description ?? '')) {
      const what =
        key === 'fieldId' && setsFieldValues({ id: endpoint })
          ? "an id, or the field's title"
          : schema.type === 'array'
            ? 'ids, not names'
            : 'an id, not a name';
      out.description = `${out.description ? `${out.description}; ` : ''}${what}`;
    }
  }
  if (schema.properties) {
    const props: Record<string, JsonSchema> = {};
    for (const [k, v] of Object.entries(schema.properties)) {
      if (v.deprecated) continue; // accepted when sent, not offered (as the CLI hides them)
      props[k] = describeTree(endpoint, v, [...path, k]);
    }
    out.properties = props;
  }
  return out;
}

/** The union branches' properties merged; required only what every branch requires. */
function flatten(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: string[]; alternatives: string[][] } {
  const properties: Record<string, JsonSchema> = { ...(schema.properties ?? {}) };
  const required = new Set(schema.required ?? []);
  const branches = schema.oneOf ?? schema.anyOf ?? [];
  const alternatives: string[][] = [];
  let common: string[] | undefined;
  for (const b of branches) {
    const merged = b.allOf
      ? b.allOf.reduce<JsonSchema>(
          (acc, x) => ({ properties: { ...acc.properties, ...x.properties }, required: [...(acc.required ?? []), ...(x.required ?? [])] }),
          {},
        )
      : b;
    Object.assign(properties, merged.properties ?? {});
    const req = merged.required ?? [];
    alternatives.push(req);
    common = common ? common.filter((x) => req.includes(x)) : [...req];
  }
  for (const r of common ?? []) required.add(r);
  return { properties, required: [...required], alternatives: alternatives.map((a) => a.filter((x) => !(common ?? []).includes(x))).filter((a) => a.length) };
}

export interface InputSchemaResult {
  schema: ObjectSchema;
  /** For a top-level union: the parameters that tell its alternatives apart, per alternative. */
  alternatives: string[][];
}

export function inputSchema(ep: EndpointSpec): InputSchemaResult {
  const req = ep.request ?? { type: 'object', properties: {} };
  const { properties, required, alternatives } =
    req.oneOf || req.anyOf ? flatten(req) : { properties: req.properties ?? {}, required: req.required ?? [], alternatives: [] };
  const described = describeTree(ep.id, { type: 'object', properties }, []);
  const schema: ObjectSchema = { type: 'object', properties: (described.properties ?? {}) as ObjectSchema['properties'] };
  if (required.length) schema.required = required;
  return { schema, alternatives };
}
