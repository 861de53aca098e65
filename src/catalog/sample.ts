// One walk from a (prose-free) JSON Schema of the catalog to a value that fits it, shared by all
// that need one: the sandbox's synthesiser (seeded random leaves, src/sandbox/fake.ts), webhook
// sample payloads (plausible leaves chosen by field name, src/webhooks/samples.ts) and the tests
// that build valid requests. The structure is decided here once: allOf merged, the first non-null
// branch of a union (over its parent's keywords), the effective type, which properties an object
// gets and how many items an array has. Each user gives only its leaves and those choices.
import type { JsonSchema } from './types.js';

/** Where in the value the walk is. */
export interface SampleAt<C = undefined> {
  /** The property name (an array's items get `itemKey` of it). */
  key: string;
  /** Key of the enclosing object. */
  parent?: string;
  depth: number;
  /** What `enter` decided for the enclosing object (e.g. whose record this is). */
  ctx: C;
}

export interface SampleRules<C = undefined> {
  string(s: JsonSchema, at: SampleAt<C>): unknown;
  /** integer and number (`integer` tells which). */
  number(s: JsonSchema, at: SampleAt<C>, integer: boolean): unknown;
  boolean(s: JsonSchema, at: SampleAt<C>): unknown;
  /** Default: the first value that is not null. */
  enum?(values: unknown[], at: SampleAt<C>): unknown;
  /** Which properties an object gets. Default: the required ones. */
  include?(key: string, s: JsonSchema, required: boolean, at: SampleAt<C>): boolean;
  /** A property's value decided by name, or undefined to walk its schema. */
  property?(key: string, s: JsonSchema, at: SampleAt<C>): unknown;
  /** How many items an array gets. Default: one (at least minItems, at most maxItems). */
  items?(s: JsonSchema, at: SampleAt<C>): number;
  /** The key an array's items are named by. Default: the array's own. */
  itemKey?(key: string): string;
  /** The context for an object's properties, from the object's place. Default: the enclosing one. */
  enter?(at: SampleAt<C>): C;
  /** A map (additionalProperties, no properties) gets one entry under this key. Default: none. */
  mapKey?: string;
  /** Deeper than this gives null. */
  maxDepth?: number;
  /** The type of a schema that names none (and has neither properties nor items). Default: string. */
  untyped?: 'string' | 'object';
}

/** Flattens allOf into one object schema (properties and required merged). */
export function mergeAllOf(schema: JsonSchema): JsonSchema {
  if (!schema.allOf) return schema;
  const out: JsonSchema = { ...schema, allOf: undefined, type: 'object', properties: { ...schema.properties }, required: [...(schema.required ?? [])] };
  for (const part of schema.allOf.map(mergeAllOf)) {
    Object.assign(out.properties!, part.properties);
    out.required!.push(...(part.required ?? []));
  }
  return out;
}

/** The branch a value is made from for a union: the first one that is not just null. */
export function firstBranch(branches: JsonSchema[]): JsonSchema {
  return branches.find((b) => b.type !== 'null' && !(Array.isArray(b.enum) && b.enum.length === 1 && b.enum[0] === null)) ?? branches[0];
}

/** A union's branch over its parent's keywords: both apply, so properties and required add up. */
export function withBranch(parent: JsonSchema, branch: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...parent, oneOf: undefined, anyOf: undefined, ...branch };
  if (parent.properties && branch.properties) out.properties = { ...parent.properties, ...branch.properties };
  if (parent.required && branch.required) out.required = [...parent.required, ...branch.required];
  return out;
}

/** The type a value of `s` takes: the first non-null of a list, else what its keywords imply. */
export function effectiveType(s: JsonSchema, untyped: 'string' | 'object' = 'string'): string {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? 'null';
  return s.type ?? (s.properties ? 'object' : s.items ? 'array' : untyped);
}

export function sampleValue<C>(schema: JsonSchema | null | undefined, rules: SampleRules<C>, at: SampleAt<C>): unknown {
  if (!schema || (rules.maxDepth !== undefined && at.depth > rules.maxDepth)) return null;
  const s = mergeAllOf(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return rules.enum ? rules.enum(s.enum, at) : (s.enum.find((v) => v !== null) ?? null);
  const union = s.oneOf ?? s.anyOf;
  if (union) return sampleValue(withBranch(s, firstBranch(union)), rules, at);
  switch (effectiveType(s, rules.untyped)) {
    case 'object': {
      const ctx = rules.enter ? rules.enter(at) : at.ctx;
      const required = new Set(s.required ?? []);
      const out: Record<string, unknown> = {};
      for (const [k, sub] of Object.entries(s.properties ?? {})) {
        const child: SampleAt<C> = { key: k, parent: at.key, depth: at.depth + 1, ctx };
        if (!(rules.include ? rules.include(k, sub, required.has(k), at) : required.has(k))) continue;
        out[k] = rules.property?.(k, sub, child) ?? sampleValue(sub, rules, child);
      }
      if (rules.mapKey && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') {
        out[rules.mapKey] = sampleValue(s.additionalProperties, rules, { key: rules.mapKey, parent: at.key, depth: at.depth + 1, ctx });
      }
      return out;
    }
    case 'array': {
      const n = rules.items ? rules.items(s, at) : Math.min(Math.max(s.minItems ?? 0, 1), s.maxItems ?? 1);
      const item: SampleAt<C> = { ...at, key: rules.itemKey ? rules.itemKey(at.key) : at.key, depth: at.depth + 1 };
      return Array.from({ length: n }, () => sampleValue(s.items ?? { type: 'string' }, rules, item));
    }
    case 'integer':
      return rules.number(s, at, true);
    case 'number':
      return rules.number(s, at, false);
    case 'boolean':
      return rules.boolean(s, at);
    case 'null':
      return null;
    case 'string':
      return rules.string(s, at);
    default:
      return {};
  }
}
