// CSV is safe to open in a spreadsheet and loses nothing: formula prefix (and --csv-raw), RFC 4180
// line breaks inside quoted cells, every field of every record, --fields choosing columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/output.js';
import { HostileServer, ok } from './server.js';

let srv: HostileServer;
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const records = [
  { id: uuid(1), name: '=HYPERLINK("https://evil.example","click")', score: -5 },
  { id: uuid(2), name: '+1+1', notes: 'line one\nline two, "quoted"' },
  { id: uuid(3), name: '-2+3', extra: { source: '@SUM(A1:A2)' } },
  { id: uuid(4), name: '\tTab', tags: ['a', 'b'] },
  { id: uuid(5), name: '\rCR' },
];

beforeAll(async () => {
  srv = await new HostileServer().on('candidate.list', () => ok(records, { moreDataAvailable: false })).start();
});
afterAll(() => srv.stop());

describe('-o csv', () => {
  it('prefixes formula cells with a quote, keeps numbers, and writes the union of every field', async () => {
    const r = await runCli(['candidate', 'list', '-o', 'csv'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(['id', 'name', 'score', 'notes', 'extra.source', 'tags']);
    const byId = (i: number) => Object.fromEntries(header.map((h, k) => [h, rows[i][k]]));
    expect(byId(0).name).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(byId(0).score).toBe('-5');
    expect(byId(1).name).toBe("'+1+1");
    expect(byId(1).notes).toBe('line one\nline two, "quoted"'); // the line break stays in the cell
    expect(byId(2).name).toBe("'-2+3");
    expect(byId(2)['extra.source']).toBe("'@SUM(A1:A2)");
    expect(byId(3).name).toBe("'\tTab");
    expect(byId(4).name).toBe("'\rCR");
    expect(rows).toHaveLength(5);
  });

  it('--jq results that are not records are a one-column CSV, formula cells guarded', async () => {
    const r = await runCli(['candidate', 'list', '--jq', '.[].name', '-o', 'csv'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(0);
    expect(parseCsv(r.stdout)).toEqual([['value'], ...records.map((x) => [`'${x.name}`])]);
    const mixed = await runCli(['candidate', 'list', '--jq', '.[0] | .name, .score, [.name]', '-o', 'csv'], { env: srv.env() });
    expect(parseCsv(mixed.stdout)).toEqual([['value'], [`'${records[0].name}`], ['-5'], [JSON.stringify([records[0].name])]]);
  });

  it('--csv-raw writes the exact bytes', async () => {
    const r = await runCli(['candidate', 'list', '-o', 'csv', '--csv-raw'], { env: srv.env() });
    const [, ...rows] = parseCsv(r.stdout);
    expect(rows[0][1]).toBe('=HYPERLINK("https://evil.example","click")');
    expect(rows[4][1]).toBe('\rCR');
  });

  it('--fields chooses the columns', async () => {
    const r = await runCli(['candidate', 'list', '-o', 'csv', '--fields', 'name,extra.source'], { env: srv.env() });
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['name', 'extra.source']);
    expect(rows[3]).toEqual(["'-2+3", "'@SUM(A1:A2)"]);
  });

  it('a long --all list keeps every field, including one that only the last record has', async () => {
    const big = new HostileServer();
    big.on('candidate.list', (r) => {
      const page = r.body.cursor ? Number(r.body.cursor) : 0;
      const rows = Array.from({ length: 100 }, (_, i) => ({ id: `c${page * 100 + i}`, name: `=N${page * 100 + i}` }));
      if (page === 59) rows[99] = { ...rows[99], late: '@last' } as never;
      return ok(rows, page < 59 ? { moreDataAvailable: true, nextCursor: String(page + 1) } : { moreDataAvailable: false });
    });
    await big.start();
    try {
      const r = await runCli(['candidate', 'list', '--all', '-o', 'csv'], { env: big.env() });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(6001); // past the in-memory limit: records were spooled to disk and read back
      expect(lines[0]).toBe('id,name,late');
      expect(lines[1]).toBe("c0,'=N0,");
      expect(lines[6000]).toBe("c5999,'=N5999,'@last");
    } finally {
      await big.stop();
    }
  });
});
