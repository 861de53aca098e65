// CSV holds records back until a list ends (its header is the union of every record's fields):
// a few thousand in memory, the rest in a temporary file read back afterwards (src/io/csv.ts,
// RecordSpool). These lists are long enough to take the file path.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSpool } from '../src/io/csv.js';
import { Renderer } from '../src/io/output.js';
import type { IOStreams } from '../src/io/streams.js';
import { memoryIO, parseCsv } from './helpers/output.js';

let dir: string;
let saved: string | undefined;
beforeAll(() => {
  // The spool's temporary files go to os.tmpdir(), which reads TMPDIR: a folder of our own shows
  // whether they are removed.
  saved = process.env.TMPDIR;
  dir = mkdtempSync(join(tmpdir(), 'ashby-spool-test-'));
  process.env.TMPDIR = dir;
});
afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** Text whose UTF-8 has 1 to 4 bytes per character, long enough to straddle read chunks. */
const mixedText = (i: number) => `${'Zoë 名前 👩‍💻 "q", \\ '.repeat(1 + (i % 40))}#${i}\nline two`;

describe('CSV of lists longer than the in-memory hold', () => {
  it('the spool gives back every record in order, and removes its file', async () => {
    const records = Array.from({ length: 12_000 }, (_, i) =>
      i % 9 === 0 ? `plain ${i}` : { id: i, name: mixedText(i), tags: [i, { t: mixedText(i) }], none: null },
    );
    const spool = new RecordSpool();
    for (const r of records) await spool.push(r);
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toHaveLength(1);
    const back: unknown[] = [];
    for await (const r of spool.replay()) back.push(r);
    expect(back).toEqual(records);
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });

  it('a spool discarded part-way leaves no file', async () => {
    const spool = new RecordSpool();
    for (let i = 0; i < 6_000; i++) await spool.push({ id: i });
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toHaveLength(1);
    await spool.discard();
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });

  it('-o csv: the header has a field only a spooled record has, and every row is whole', async () => {
    const records = Array.from({ length: 7_000 }, (_, i) => ({
      id: `app-${i}`,
      name: i % 3 ? mixedText(i) : `=HYPERLINK("x")`,
      n: i,
      nested: { a: -i },
      ...(i === 6_500 ? { late: 'here' } : {}),
    }));
    const { io, text } = memoryIO();
    expect(await new Renderer(io, { format: 'csv', color: false }).list(records)).toBe(records.length);
    const rows = parseCsv(text());
    expect(rows[0]).toEqual(['id', 'name', 'n', 'nested.a', 'late']);
    expect(rows).toHaveLength(records.length + 1);
    for (const [i, r] of records.entries()) {
      const formula = r.name.startsWith('=');
      expect(rows[i + 1]).toEqual([r.id, formula ? `'${r.name}` : r.name, String(i), String(-i), i === 6_500 ? 'here' : '']);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });

  it('-o csv from a source that fails after the hold spilled: its error, nothing printed, no file left', async () => {
    const { io, text } = memoryIO();
    const failing = function* () {
      for (let i = 0; i < 6_000; i++) yield { id: i };
      throw new Error('the mirror went away');
    };
    await expect(new Renderer(io, { format: 'csv', color: false }).list(failing())).rejects.toThrow('the mirror went away');
    expect(text()).toBe('');
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });

  it('-o csv whose output fails while the spilled records are written: that failure, and no file left', async () => {
    let written = 0;
    const full = new Writable({
      write(chunk, _enc, done) {
        written += chunk.length;
        done(written > 100_000 ? Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }) : undefined);
      },
    });
    full.on('error', () => {});
    const io = { stdout: full, stderr: full, env: {} } as unknown as IOStreams;
    const records = Array.from({ length: 9_000 }, (_, i) => ({ id: `app-${i}`, name: mixedText(i) }));
    await expect(new Renderer(io, { format: 'csv', color: false }).list(records)).rejects.toThrow(/no space left/);
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });
});

describe('CSV with --fields', () => {
  const csvOf = (fields: string[]) => {
    const { io, text } = memoryIO();
    return { r: new Renderer(io, { format: 'csv', color: false, fields, typedFields: fields }), text };
  };

  it('streams: rows come as the records do, so those before a failing source are written, with no file', async () => {
    const { r, text } = csvOf(['id', 'n']);
    const failing = function* () {
      for (let i = 0; i < 7_000; i++) yield { id: `app-${i}`, n: i, other: 'x' };
      throw new Error('the mirror went away');
    };
    await expect(r.list(failing())).rejects.toThrow('the mirror went away');
    const rows = parseCsv(text());
    expect(rows[0]).toEqual(['id', 'n']);
    expect(rows).toHaveLength(7_001);
    expect(rows[7_000]).toEqual(['app-6999', '6999']);
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });

  it('an empty list is the header alone; a field only a later record has (among the first 100) is no typo; a typo prints nothing', async () => {
    const empty = csvOf(['id', 'name']);
    expect(await empty.r.list([])).toBe(0);
    expect(empty.text()).toBe('id,name\n');
    const records = Array.from({ length: 300 }, (_, i) => ({ id: i, ...(i === 60 ? { late: 'here' } : {}) }));
    const sparse = csvOf(['id', 'late']);
    expect(await sparse.r.list(records)).toBe(300);
    expect(parseCsv(sparse.text())[61]).toEqual(['60', 'here']);
    for (const source of [
      records,
      (async function* () {
        yield* records;
      })(),
    ]) {
      const typo = csvOf(['id', 'lat']);
      await expect(typo.r.list(source)).rejects.toThrow(/--fields: "lat" matches no field/);
      expect(typo.text()).toBe('');
    }
  });
});
