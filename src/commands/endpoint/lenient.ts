// The request checks we make before sending: only what Ashby certainly refuses. A request schema
// is reduced to required fields, JSON types, closed enums (and consts) and the uuid format; a union
// is satisfied when any of its branches fits (Ashby picks the branch; the spec's branches overlap,
// e.g. a plain string for a text, select or date custom field). Lengths, ranges, patterns, item
// counts and closed objects are left to Ashby: our copy of the spec may be older than the server.
// Ashby also accepts booleans and numbers written as strings ("true", "25"), so those pass too.
// Shared by the run-time fallback (validate.ts) and the build (standalone validators, build.mjs).
import type { JsonSchema } from '../../catalog/types.js';

const DROPPED = new Set(['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'default', 'deprecated']);

export function lenientSchema(s: JsonSchema): JsonSchema {
  if (typeof s !== 'object' || s === null) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (DROPPED.has(k)) continue;
    if (k === 'format' && v !== 'uuid') continue;
    if (k === 'additionalProperties') {
      if (v && typeof v === 'object') out[k] = lenientSchema(v as JsonSchema);
      continue; // `false` is not a refusal we can be sure of
    }
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as Record<string, JsonSchema>).map(([n, p]) => [n, lenientSchema(p)]));
    else if (k === 'items') out[k] = lenientSchema(v as JsonSchema);
    else if (k === 'oneOf' || k === 'anyOf') out.anyOf = (v as JsonSchema[]).map(lenientSchema);
    else if (k === 'allOf') out[k] = (v as JsonSchema[]).map(lenientSchema);
    else out[k] = v;
  }
  return asStringToo(out) as JsonSchema;
}

/** How Ashby reads a boolean or a number sent as a string (as the sandbox does: sandbox/schemas.ts). */
const STRING_FORMS: Record<string, string> = { boolean: 'true|false', integer: '-?\\d+', number: '-?\\d+(?:\\.\\d+)?' };

/**
 * A boolean, integer or number field also takes its value as a string ("true", "25"): Ashby reads
 * those as the value. `x-string-of` keeps the declared types for the error message (validate.ts).
 */
function asStringToo(s: Record<string, unknown>): Record<string, unknown> {
  const types = typeof s.type === 'string' ? [s.type] : Array.isArray(s.type) ? (s.type as string[]) : [];
  const forms = types.filter((t) => STRING_FORMS[t]).map((t) => STRING_FORMS[t]);
  if (!forms.length || types.includes('string') || 'enum' in s || 'const' in s) return s;
  return { ...s, type: [...types, 'string'], pattern: `^(?:${forms.join('|')})$`, 'x-string-of': types };
}

/** Ajv's options for request checks, at build time and at run time alike (formats added by each). */
export const AJV_OPTIONS = { strict: false, allErrors: true, verbose: true, logger: false } as const;
