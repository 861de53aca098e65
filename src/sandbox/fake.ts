// A deterministic, schema-driven synthesiser: fake(schema, seed) returns a value that conforms to
// the (prose-free) JSON Schema of the catalog. It gives every endpoint without a hand-written
// handler a plausible answer, and fills the fields a stored entity lacks. The walk is the shared
// one (catalog/sample.ts); the leaves here are seeded random words, numbers and times.
import type { JsonSchema } from '../catalog/types.js';
import { sampleValue, type SampleRules } from '../catalog/sample.js';
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
  const value = sampleValue(schema ?? {}, rules(rng, opts), { key: '', depth: 0, ctx: undefined });
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

/** Seeded random leaves; required properties only unless `optional`; arrays of `arrayItems`. */
function rules(rng: Rng, opts: FakeOptions): SampleRules {
  return {
    untyped: 'object',
    string: (s, at) => fakeString(s, rng, at.key),
    number: (s, at) => {
      const key = at.key.toLowerCase();
      const min = s.minimum ?? (key.includes('order') || key.includes('number') ? 1 : 0);
      const max = s.maximum ?? min + 100;
      return rng.int(Math.ceil(min), Math.floor(max));
    },
    boolean: (s) => (typeof s.default === 'boolean' ? s.default : false),
    enum: (values) => {
      const choices = values.filter((e) => e !== null);
      return choices.length ? rng.pick(choices) : null;
    },
    include: (_k, sub, required, at) => at.depth <= 8 && (required || Boolean(opts.optional && !sub.deprecated)),
    items: (s, at) => {
      const n = Math.max(s.minItems ?? 0, at.depth > 6 ? 0 : (opts.arrayItems ?? 1));
      return Math.min(n, s.maxItems ?? n);
    },
  };
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
