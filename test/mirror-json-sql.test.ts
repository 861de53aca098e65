// `ashby stale -o json|ndjson` has SQLite write each row's JSON text (src/mirror/analytics.ts,
// jsonRecordSql) and the renderer write those texts as its list (src/io/output.ts, jsonTexts).
// Both must give exactly the bytes JSON.stringify and list() give for the same records, for every
// character a hostile name can hold.
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { Renderer } from '../src/io/output.js';
import { jsonRecordSql } from '../src/mirror/analytics.js';
import { memoryIO } from './helpers/output.js';

type Value = string | number | null;

/** Every UTF-16 code unit (lone surrogates too), NUL, an emoji, joined and one by one. */
function hostileStrings(): string[] {
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
  const chunks: string[] = [];
  for (let i = 0; i < units.length; i += 512) chunks.push(units.slice(i, i + 512).join(''));
  return [...units, ...chunks, 'a\u0000b', '👩‍💻 Zoë', '=HYPERLINK("x")', '\u001b[31mRed\u001b]8;;https://e.example\u0007', ''];
}

describe('jsonRecordSql: SQLite writes a record as JSON.stringify does', () => {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE t (n INTEGER, a TEXT, b INTEGER, c TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
  const values: Value[] = [...hostileStrings(), 0, -1, 913, 2 ** 53 - 1, -(2 ** 53 - 1), null];
  db.exec('BEGIN');
  for (const [i, v] of values.entries())
    insert.run(i, v, i % 2 ? i * 7 - 1000 : (2 ** 53 - 1) * (i % 4 ? 1 : -1), typeof v === 'string' ? v.slice(0, 3) : null);
  db.exec('COMMIT');
  // What the query reads back is what JavaScript would have (a lone surrogate is stored as U+FFFD).
  const back = db.prepare('SELECT a, b, c FROM t ORDER BY n').all() as Array<{ a: Value; b: Value; c: Value }>;
  const fields: Array<[string, string]> = [
    ['candidate', 'a'],
    ['days', 'b'],
    ['stage', 'c'],
  ];

  for (const pretty of [true, false]) {
    it(pretty ? 'pretty, as an item of a json list' : 'compact, as an ndjson line', () => {
      const got = db.prepare(`SELECT ${jsonRecordSql(fields, pretty)} AS j FROM t ORDER BY n`).all() as Array<{ j: string }>;
      expect(got).toHaveLength(values.length);
      let bad = 0;
      got.forEach(({ j }, i) => {
        const r = back[i];
        const record = { candidate: r.a, days: r.b, stage: r.c };
        const want = pretty ? JSON.stringify([record], null, 2).slice(4, -2) : JSON.stringify(record);
        if (j !== want && bad++ < 3) expect(j).toBe(want);
      });
      expect(bad).toBe(0);
    });
  }

  it('refuses a key that would need escaping', () => {
    expect(() => jsonRecordSql([['a"b', 'a']], true)).toThrow(/plain word/);
  });
});

describe('Renderer.jsonTexts: the list list() writes, from the items’ text', () => {
  const records = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ candidate: `Zoë "${i}"\n\u001b[31m`, days: i, enteredAt: null, applicationId: `app-${i}` }));
  const text = (r: unknown, format: 'json' | 'ndjson') => (format === 'json' ? JSON.stringify([r], null, 2).slice(4, -2) : JSON.stringify(r));

  async function render(format: 'json' | 'ndjson', go: (r: Renderer) => Promise<number>): Promise<{ out: string; n?: number; error?: unknown }> {
    const { io, text: out } = memoryIO();
    const r = new Renderer(io, { format, color: false });
    try {
      const n = await go(r);
      return { out: out(), n };
    } catch (error) {
      return { out: out(), error };
    }
  }

  for (const format of ['json', 'ndjson'] as const)
    for (const count of [0, 1, 2, 3000]) {
      it(`${format}, ${count} items`, async () => {
        const items = records(count);
        const fromObjects = await render(format, (r) => r.list(items));
        const fromText = await render(format, (r) => r.jsonTexts(items.map((x) => text(x, format))));
        expect(fromText).toEqual(fromObjects);
        if (format === 'json') expect(JSON.parse(fromText.out)).toEqual(items);
      });
    }

  it('a source failing part-way: the items before it, the array closed; failing first: nothing', async () => {
    const failing = (before: number) =>
      function* () {
        const items = records(before);
        for (const it of items) yield it;
        throw new Error('disk gone');
      };
    for (const before of [0, 5, 2000]) {
      const fromObjects = await render('json', (r) => r.list(failing(before)()));
      const fromText = await render('json', (r) =>
        r.jsonTexts(
          (function* () {
            for (const it of failing(before)()) yield text(it, 'json');
          })(),
        ),
      );
      expect(fromText.out).toBe(fromObjects.out);
      expect((fromText.error as Error).message).toBe('disk gone');
      if (before) expect(JSON.parse(fromText.out)).toHaveLength(before);
      else expect(fromText.out).toBe('');
    }
  });

  it('only json and ndjson with no --fields and no --jq take text', () => {
    const { io } = memoryIO();
    const with_ = (o: Partial<ConstructorParameters<typeof Renderer>[1]>) => new Renderer(io, { format: 'json', color: false, ...o }).jsonText;
    expect(with_({})).toBe('json');
    expect(with_({ format: 'ndjson' })).toBe('ndjson');
    expect(with_({ fields: ['days'] })).toBeUndefined();
    expect(with_({ jq: '.[]' })).toBeUndefined();
    for (const format of ['csv', 'yaml', 'table'] as const) expect(with_({ format })).toBeUndefined();
  });
});
