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
const text = (i: number) => `${'Zoë 名前 👩‍💻 "q", \\ '.repeat(1 + (i % 40))}#${i}\nline two`;

describe('CSV of lists longer than the in-memory hold', () => {
  it('the spool gives back every record in order, and removes its file', async () => {
    const records = Array.from({ length: 12_000 }, (_, i) => (i % 9 === 0 ? `plain ${i}` : { id: i, name: text(i), tags: [i, { t: text(i) }], none: null }));
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
      name: i % 3 ? text(i) : `=HYPERLINK("x")`,
      n: i,
      nested: { a: -i },
      ...(i === 6_500 ? { late: 'here' } : {}),
    }));
    let csv = '';
    const stdout = new Writable({
      write(chunk, _enc, done) {
        csv += chunk.toString();
        done();
      },
    });
    const io = { stdout, stderr: stdout, env: {} } as unknown as IOStreams;
    expect(await new Renderer(io, { format: 'csv', color: false }).list(records)).toBe(records.length);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['id', 'name', 'n', 'nested.a', 'late']);
    expect(rows).toHaveLength(records.length + 1);
    for (const [i, r] of records.entries()) {
      const formula = r.name.startsWith('=');
      expect(rows[i + 1]).toEqual([r.id, formula ? `'${r.name}` : r.name, String(i), String(-i), i === 6_500 ? 'here' : '']);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });

  it('-o csv from a source that fails after the hold spilled: its error, nothing printed, no file left', async () => {
    let csv = '';
    const stdout = new Writable({
      write(chunk, _enc, done) {
        csv += chunk.toString();
        done();
      },
    });
    const io = { stdout, stderr: stdout, env: {} } as unknown as IOStreams;
    const failing = function* () {
      for (let i = 0; i < 6_000; i++) yield { id: i };
      throw new Error('the mirror went away');
    };
    await expect(new Renderer(io, { format: 'csv', color: false }).list(failing())).rejects.toThrow('the mirror went away');
    expect(csv).toBe('');
    expect(readdirSync(dir).filter((f) => f.startsWith('ashby-csv-'))).toEqual([]);
  });
});

/** RFC 4180, as the CLI writes it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}
