// A json list whose items are at hand (a synchronous source, as the mirror's answers are) is made a
// group at a time (src/io/output.ts, jsonGroups); one that arrives over time item by item. Both
// must write the same bytes, also when the source fails part-way or an item cannot be made JSON.
import { describe, expect, it } from 'vitest';
import { Renderer } from '../src/io/output.js';
import { memoryIO } from './helpers/output.js';

/** A small seeded generator, so that a failure can be run again. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function renderer(fields?: string[], format: 'json' | 'ndjson' = 'json'): { r: Renderer; out: () => string } {
  const { io, text } = memoryIO();
  return { r: new Renderer(io, { format, color: false, fields, typedFields: fields }), out: text };
}

/** The list as the json format writes it, from a synchronous source and from an asynchronous one. */
async function both(
  items: () => Iterable<unknown>,
  fields?: string[],
  format: 'json' | 'ndjson' = 'json',
): Promise<Array<{ text: string; n?: number; error?: unknown }>> {
  const results = [];
  for (const source of [
    () => items(),
    async function* () {
      yield* items();
    },
  ]) {
    const { r, out } = renderer(fields, format);
    try {
      const n = await r.list(source());
      results.push({ text: out(), n });
    } catch (error) {
      results.push({ text: out(), error });
    }
  }
  return results;
}

// Records of very different sizes, so the groups change size as the list goes on (a few items of
// 40 KB, then hundreds of small ones), with what JSON escapes and what it does not.
function records(count: number, seed: number): unknown[] {
  const next = rng(seed);
  const words = ['Ada', 'Zoë', '名前', '👩‍💻', '"quoted"', 'back\\slash', 'line\nbreak', '\u0000\u001b[31m', '=1+2', ''];
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const big = i % 97 < 3;
    const text = Array.from({ length: big ? 4000 : 1 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(' ');
    const kind = Math.floor(next() * 10);
    if (kind === 0) out.push(text);
    else if (kind === 1) out.push(i);
    else if (kind === 2) out.push(null);
    else out.push({ id: `app-${i}`, name: text, days: i, nested: { list: [1, 'two', { three: 3 }], empty: {} }, none: null, gone: undefined });
  }
  return out;
}

describe('json lists of items at hand', () => {
  it('are written byte for byte as item by item, for items of every size and kind', async () => {
    for (const seed of [1, 2, 3]) {
      const items = records(1500, seed);
      const [sync, async] = await both(() => items);
      expect(sync.n).toBe(items.length);
      expect(sync.text).toBe(async.text);
      expect(JSON.parse(sync.text)).toEqual(JSON.parse(JSON.stringify(items)));
    }
  });

  it('an empty list is [], one item is an array of one', async () => {
    const [empty, emptyAsync] = await both(() => []);
    expect(empty.text).toBe('[]\n');
    expect(emptyAsync.text).toBe('[]\n');
    const [one, oneAsync] = await both(() => [{ a: 1 }]);
    expect(one.text).toBe('[\n  {\n    "a": 1\n  }\n]\n');
    expect(oneAsync.text).toBe(one.text);
  });

  it('a source that fails part-way: the items before it, the array closed, the error passed on', async () => {
    const items = records(700, 4);
    const failing = function* () {
      yield* items.slice(0, 613);
      throw new Error('the mirror went away');
    };
    const [sync, async] = await both(failing);
    expect((sync.error as Error).message).toBe('the mirror went away');
    expect((async.error as Error).message).toBe('the mirror went away');
    expect(sync.text).toBe(async.text);
    expect(JSON.parse(sync.text)).toEqual(JSON.parse(JSON.stringify(items.slice(0, 613))));
    // Failing before the first item prints nothing, so stdout never claims an empty answer.
    const [none] = await both(function* () {
      yield* [];
      throw new Error('no mirror');
    });
    expect(none.text).toBe('');
  });

  it('an item that cannot be JSON: the items before it are written, then the error', async () => {
    const items: unknown[] = [...records(300, 5).slice(0, 250), { id: 'bad', n: 10n }, { id: 'after' }];
    const [sync, async] = await both(() => items);
    expect(String(sync.error)).toMatch(/BigInt/);
    expect(String(async.error)).toMatch(/BigInt/);
    expect(sync.text).toBe(async.text);
    expect(JSON.parse(sync.text)).toHaveLength(250);
  });

  it('--fields: the same bytes both ways; a field only a later record has (among the first 100) is no typo; a typo prints nothing', async () => {
    const items = records(400, 6).map((it, i) => (it && typeof it === 'object' ? { ...it, late: i === 60 ? 'here' : undefined } : { id: `plain-${i}` }));
    const [sync, async] = await both(() => items, ['id', 'days', 'late']);
    expect(sync.error).toBeUndefined();
    expect(sync.text).toBe(async.text);
    expect(JSON.parse(sync.text)[60]).toEqual({ id: 'app-60', days: 60, late: 'here' });
    const typo = await both(() => items, ['id', 'dayz']);
    for (const r of typo) {
      expect(String(r.error)).toMatch(/--fields: "dayz" matches no field/);
      expect(r.text).toBe('');
    }
  });

  it('--fields: a source is closed when its list stops at an item that cannot be JSON', async () => {
    for (const format of ['json', 'ndjson'] as const) {
      let closed = false;
      const source = function* () {
        try {
          for (let i = 0; i < 300; i++) {
            yield i === 200 ? { id: 'bad', days: 10n } : { id: `app-${i}`, days: i };
          }
        } finally {
          closed = true;
        }
      };
      const { r, out } = renderer(['id', 'days'], format);
      await expect(r.list(source())).rejects.toThrow(/BigInt/);
      expect(closed).toBe(true);
      const text = out();
      const written =
        format === 'json'
          ? JSON.parse(text)
          : text
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l));
      expect(written[0]).toEqual({ id: 'app-0', days: 0 });
      expect(written).toHaveLength(200);
    }
  });

  it('ndjson: the same lines both ways, and the lines before a failing source or item', async () => {
    const items = records(1500, 7);
    const [sync, async] = await both(() => items, undefined, 'ndjson');
    expect(sync.n).toBe(items.length);
    expect(sync.text).toBe(async.text);
    expect(sync.text).toBe(items.map((it) => `${JSON.stringify(it)}\n`).join(''));
    const failing = function* () {
      yield* items.slice(0, 777);
      throw new Error('the mirror went away');
    };
    for (const r of await both(failing, undefined, 'ndjson')) {
      expect((r.error as Error).message).toBe('the mirror went away');
      expect(r.text).toBe(
        items
          .slice(0, 777)
          .map((it) => `${JSON.stringify(it)}\n`)
          .join(''),
      );
    }
    const bad = [...items.slice(0, 500), { n: 1n }];
    for (const r of await both(() => bad, undefined, 'ndjson')) {
      expect(String(r.error)).toMatch(/BigInt/);
      expect(r.text.split('\n')).toHaveLength(501);
    }
  });
});
