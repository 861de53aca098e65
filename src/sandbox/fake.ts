// A deterministic, schema-driven synthesiser: fake(schema, seed) returns a value that conforms to
// the (prose-free) JSON Schema of the catalog. It gives every endpoint without a hand-written
// handler a plausible answer, and fills the fields a stored entity lacks.
import type { JsonSchema } from '../catalog/types.js';
import { Rng } from './prng.js';

export interface FakeOptions {
  /** Generate optional properties too (default: only required ones). */
  optional?: boolean;
  /** Items per array when the schema sets no minimum (default 1). */
  arrayItems?: number;
}

const WORDS = ['alpha', 'bravo', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'iris', 'juniper', 'kestrel', 'lumen'];
const BASE_TIME = Date.UTC(2025, 0, 15, 9, 30);

export function fake(schema: JsonSchema | null | undefined, seed: number | string = 0, overrides?: unknown, opts: FakeOptions = {}): unknown {
  const rng = typeof seed === 'number' ? new Rng(seed) : Rng.of(seed);
  const value = gen(schema ?? {}, rng, opts, '', 0);
  return overrides === undefined ? value : overlay(value, overrides);
}

/** Merges `top` over `base`: objects merge key by key, anything else (arrays included) is replaced. */
export function overlay(base: unknown, top: unknown): unknown {
  if (top === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(top)) return top;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(top)) out[k] = overlay(base[k], v);
  return out;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** The branch a synthesiser should use for a union: the first one that is not just null. */
export function firstBranch(branches: JsonSchema[]): JsonSchema {
  return branches.find((b) => b.type !== 'null' && !(Array.isArray(b.enum) && b.enum.length === 1 && b.enum[0] === null)) ?? branches[0];
}

function gen(s: JsonSchema, rng: Rng, opts: FakeOptions, key: string, depth: number): unknown {
  if (s.allOf) s = mergeAllOf(s);
  if (s.const !== undefined) return s.const;
  if (s.enum) {
    const choices = s.enum.filter((e) => e !== null);
    return choices.length ? rng.pick(choices) : null;
  }
  const union = s.oneOf ?? s.anyOf;
  if (union) return gen(firstBranch(union), rng, opts, key, depth);
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? 'null') : s.type ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 8) return out;
      const required = new Set(s.required ?? []);
      for (const [k, sub] of Object.entries(s.properties ?? {})) {
        if (required.has(k) || (opts.optional && !sub.deprecated)) out[k] = gen(sub, rng, opts, k, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.max(s.minItems ?? 0, depth > 6 ? 0 : (opts.arrayItems ?? 1));
      return Array.from({ length: Math.min(n, s.maxItems ?? n) }, () => gen(s.items ?? { type: 'string' }, rng, opts, key, depth + 1));
    }
    case 'string':
      return fakeString(s, rng, key);
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (key.toLowerCase().includes('order') || key.toLowerCase().includes('number') ? 1 : 0);
      const max = s.maximum ?? min + 100;
      return rng.int(Math.ceil(min), Math.floor(max));
    }
    case 'boolean':
      return typeof s.default === 'boolean' ? s.default : false;
    case 'null':
      return null;
    default:
      return {};
  }
}

function fakeString(s: JsonSchema, rng: Rng, key: string): string {
  const k = key.toLowerCase();
  switch (s.format) {
    case 'uuid':
      return uuidFrom(rng);
    case 'date-time':
      return new Date(BASE_TIME + rng.int(0, 200) * 86_400_000).toISOString();
    case 'date':
      return new Date(BASE_TIME + rng.int(0, 200) * 86_400_000).toISOString().slice(0, 10);
    case 'email':
      return `${rng.pick(WORDS)}@example.com`;
    case 'uri':
    case 'url':
      return `https://example.com/${rng.pick(WORDS)}`;
  }
  if (k.endsWith('email')) return `${rng.pick(WORDS)}@example.com`;
  if (k.endsWith('url') || k.endsWith('link')) return `https://example.com/${rng.pick(WORDS)}`;
  if (k.endsWith('at') && k.length > 2) return new Date(BASE_TIME + rng.int(0, 200) * 86_400_000).toISOString();
  if (k === 'currencycode') return 'USD';
  if (k.endsWith('id')) return uuidFrom(rng);
  const word = rng.pick(WORDS);
  const text = `${word[0].toUpperCase()}${word.slice(1)} ${rng.pick(WORDS)}`;
  if (s.minLength && text.length < s.minLength) return text.padEnd(s.minLength, 'x');
  return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
}

function uuidFrom(rng: Rng): string {
  const h = rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
