// `ashby report run` through the built CLI against the sandbox: the synchronous path, polling of
// report.generate, output keyed by column names, the overall timeout and the report start limits.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir, type RunResult } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { ok, ScriptServer } from './helpers/script-server.js';

describe('report run', () => {
  let sb: TestSandbox;
  const reports = new Map<string, string>(); // title -> id

  beforeAll(async () => {
    sb = await startSandbox({ candidates: 600 });
    for (const [, r] of sb.world.col('report').scan()) reports.set(String(r.title), String(r.id));
  });
  afterAll(() => sb.close());

  const byJob = () => reports.get('Applications by job')!;
  const count = async (endpoint: string) => (await stats(sb)).requests.byEndpoint[endpoint] ?? 0;

  it('completes a report with many rows through report.generate polling, rows keyed by column name', async () => {
    sb.configure({ reportPolls: 6 });
    const polls = await count('report.generate');
    const r = await runCli(['report', 'run', byJob(), '--async', '--poll-interval', '0.1', '--json'], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    const rows = json<Array<Record<string, unknown>>>(r);
    // The reference: the same report asked for directly, without headers.
    const direct = await call(sb, 'report.synchronous', { reportId: byJob(), includeHeadersInData: false });
    const expected = direct.body.results.reportData;
    expect(rows.length).toBe(expected.data.length);
    expect(rows.length).toBeGreaterThan(10);
    expect(Object.keys(rows[0])).toEqual(expected.columnNames);
    expect(rows.map((x) => Object.values(x))).toEqual(expected.data); // the header row is not a record
    expect((await count('report.generate')) - polls).toBeGreaterThanOrEqual(7); // one start, six polls
  });

  it("a report's title is remembered for this organisation and profile only", async () => {
    // An id the sandbox does not list (its own titles would win): a title that resolves is sent.
    const id = '00000000-0000-4000-8000-00000000feed';
    const dir = tempConfigDir();
    const env = { ...sb.env, ASHBY_CONFIG_DIR: dir };
    const file = join(dir, 'cache', 'default', 'reports.json');
    mkdirSync(join(dir, 'cache', 'default'), { recursive: true });
    const saved = (origin: string, profile = 'default') => writeFileSync(file, JSON.stringify({ origin, profile, items: [{ id, name: 'Weekly pipeline' }] }));
    const run = async () => {
      const before = await count('report.synchronous');
      const r = await runCli(['report', 'run', 'Weekly pipeline', '-o', 'json'], { env });
      return { r, sent: (await count('report.synchronous')) - before };
    };
    // Written by another organisation, or by another profile sharing the folder: not known here.
    for (const [origin, profile] of [
      ['https://api.elsewhere.example', 'default'],
      [sb.url, 'Default'],
    ]) {
      saved(origin, profile);
      const { r, sent } = await run();
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain('no report known here is titled "Weekly pipeline"');
      expect(sent).toBe(0);
    }
    saved(sb.url);
    const known = await run();
    expect(known.r.stderr).not.toContain('no report known here');
    expect(known.sent).toBe(1);
    // A plain list, as earlier versions wrote the file, is still read.
    writeFileSync(file, JSON.stringify([{ id, name: 'Weekly pipeline' }]));
    const legacy = await run();
    expect(legacy.r.stderr).not.toContain('no report known here');
    expect(legacy.sent).toBe(1);
    // A run remembers in the new form.
    const real = reports.get('Pipeline by stage')!;
    expect((await runCli(['report', 'run', real, '-o', 'json'], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      origin: sb.url,
      profile: 'default',
      items: expect.arrayContaining([{ id: real, name: 'Pipeline by stage' }]),
    });
  });

  it('answers from report.synchronous when the report is fast, without polling', async () => {
    const sync = await count('report.synchronous');
    const gen = await count('report.generate');
    const r = await runCli(['report', 'run', reports.get('Pipeline by stage')!, '-o', 'ndjson'], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(1);
    expect(Object.keys(lines[0])).toEqual(['Stage', 'Applications']);
    expect(await count('report.synchronous')).toBe(sync + 1);
    expect(await count('report.generate')).toBe(gen);
  });

  it('writes CSV with the column names as the header, in report order', async () => {
    const r = await runCli(['report', 'run', reports.get('Applications by source')!, '-o', 'csv'], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('Source,Applications');
    expect(lines.slice(1).every((l) => /,\d+$/.test(l))).toBe(true);
  });

  it('gives up after --timeout with exit 7, naming the request id to collect it later', async () => {
    sb.configure({ reportPolls: 1_000_000 });
    const r = await runCli(['report', 'run', byJob(), '--async', '--poll-interval', '0.2', '--timeout', '1'], { env: sb.env });
    sb.configure({ reportPolls: 2 });
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/did not finish within 1 s/);
    expect(r.stderr).toMatch(/ashby report generate --report-id \S+ --request-id rep_result:\S+/);
    expect(r.stdout).toBe('');
  });

  it('rejects a bad --poll-interval before sending anything, and reports an unknown report as not found', async () => {
    const before = (await stats(sb)).requests.total;
    const bad = await runCli(['report', 'run', byJob(), '--poll-interval', 'soon'], { env: sb.env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--poll-interval/);
    expect((await stats(sb)).requests.total).toBe(before);
    const missing = await runCli(['report', 'run', '00000000-0000-4000-8000-000000000000'], { env: sb.env });
    expect(missing.code).toBe(3);
  });

  describe('when report.synchronous runs past its window', () => {
    const fresh = () => sb.advanceClock(61_000); // a new minute of report starts, stale slots freed
    const expectedRows = async () => {
      const direct = await call(sb, 'report.synchronous', { reportId: byJob(), includeHeadersInData: false });
      return direct.body.results.reportData.data as unknown[][];
    };

    it('polls report.generate with the request id the synchronous call returned', async () => {
      fresh();
      const expected = await expectedRows();
      sb.configure({ reportSync: 'slow', reportPolls: 3 });
      const [sync, gen] = [await count('report.synchronous'), await count('report.generate')];
      const r = await runCli(['report', 'run', byJob(), '--poll-interval', '0.1', '--json'], { env: sb.env });
      sb.configure({ reportSync: 'fast', reportPolls: 2 });
      expect(r.code, r.stderr).toBe(0);
      expect(json<Array<Record<string, unknown>>>(r).map((x) => Object.values(x))).toEqual(expected);
      expect(await count('report.synchronous')).toBe(sync + 1);
      expect(await count('report.generate')).toBe(gen + 3); // three polls, no second start
    });

    it('starts report.generate when Ashby does not know the synchronous request id', async () => {
      fresh();
      const expected = await expectedRows();
      sb.configure({ reportSync: 'slow-unpollable', reportPolls: 3 });
      const gen = await count('report.generate');
      const r = await runCli(['report', 'run', byJob(), '--poll-interval', '0.1', '--json'], { env: sb.env });
      sb.configure({ reportSync: 'fast', reportPolls: 2 });
      expect(r.code, r.stderr).toBe(0);
      expect(json<Array<Record<string, unknown>>>(r).map((x) => Object.values(x))).toEqual(expected);
      expect(await count('report.generate')).toBe(gen + 5); // the refused poll, one start, three polls
    });
  });

  it("exits 5 with Ashby's reason when a report fails, by either path, and prints no rows", async () => {
    sb.advanceClock(61_000);
    sb.configure({ reportFailure: 'the report query timed out' });
    try {
      for (const extra of [[], ['--async', '--poll-interval', '0.1']]) {
        const r = await runCli(['report', 'run', byJob(), ...extra, '--json'], { env: sb.env });
        expect(r.code, extra.join(' ')).toBe(5);
        expect(r.stderr).toMatch(/report_failed/);
        expect(r.stderr).toMatch(/the report query timed out/);
        expect(r.stdout).toBe('');
      }
    } finally {
      sb.configure({ reportFailure: null });
    }
  });

  it('exits 6 when the organisation is over its report start limit and waiting would pass --timeout', async () => {
    // Use up the 15 starts of this minute (each finishes at once, so no concurrency slot is held).
    for (let i = 0; i < 15; i++) {
      const res = await call(sb, 'report.synchronous', { reportId: byJob() });
      if (res.status === 429) break;
    }
    const sent = await count('report.synchronous');
    const r = await runCli(['report', 'run', byJob(), '--timeout', '5'], { env: sb.env });
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/rate_limit_exceeded/);
    expect(r.stderr).toMatch(/waiting 60 s as Ashby asks would pass --timeout \(5 s\)/);
    // One start, refused; no retry was sent (the client's own retries would each have been refused too).
    expect((await count('report.synchronous')) - sent).toBe(1);
    sb.advanceClock(61_000); // let the next tests start reports again
  });

  it('a 429 whose Retry-After would pass --timeout is not retried: exit 6 at once, one request', async () => {
    const sent = await count('report.generate');
    sb.setFaults('429=1,retry-after=3');
    let r: RunResult;
    try {
      r = await runCli(['report', 'run', byJob(), '--async', '--timeout', '2'], { env: sb.env });
    } finally {
      sb.setFaults(undefined);
    }
    expect(r.code, r.stderr).toBe(6);
    expect(r.stderr).toMatch(/rate_limit_exceeded/);
    expect(r.stderr).toMatch(/waiting 3 s as Ashby asks would pass --timeout \(2 s\)/);
    expect((await count('report.generate')) - sent).toBe(1);
  });

  it('a poll answered 429 with a Retry-After past --timeout is not retried: exit 6, naming the request id to collect it later', async () => {
    sb.configure({ reportPolls: 1_000_000 });
    const sent = await count('report.generate');
    let r: RunResult;
    try {
      const run = runCli(['report', 'run', byJob(), '--async', '--poll-interval', '0.5', '--timeout', '3'], { env: sb.env });
      // The start goes through; every poll after it is refused with Retry-After: 5.
      while ((await count('report.generate')) === sent) await new Promise((res) => setTimeout(res, 20));
      sb.setFaults('429=1,retry-after=5');
      r = await run;
    } finally {
      sb.setFaults(undefined);
      sb.configure({ reportPolls: 2 });
    }
    expect(r.code, r.stderr).toBe(6);
    expect(r.stderr).toMatch(/rate_limit_exceeded/);
    expect(r.stderr).toMatch(/collect it later with `ashby report generate --report-id \S+ --request-id \S+`/);
    expect((await count('report.generate')) - sent).toBe(2); // the start and one poll
  });

  it('a 429 whose Retry-After fits within --timeout is waited out, said on stderr, and the report is run', async () => {
    const sent = await count('report.synchronous');
    sb.setFaults('429=1,retry-after=1');
    let r: RunResult;
    try {
      const run = runCli(['report', 'run', byJob(), '--timeout', '10', '--json'], { env: sb.env });
      // The first start is refused; the next one (after the 1 s Retry-After) is let through.
      while ((await count('report.synchronous')) === sent) await new Promise((res) => setTimeout(res, 20));
      sb.setFaults(undefined);
      r = await run;
    } finally {
      sb.setFaults(undefined);
    }
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/trying again in 1 s/);
    expect(json<unknown[]>(r).length).toBeGreaterThan(0);
    expect((await count('report.synchronous')) - sent).toBe(2);
  });
});

describe('report run column names', () => {
  it('every column keeps its own key, even when a repeated name collides with one Ashby sent ("A", "A", "A (2)")', async () => {
    const srv = await new ScriptServer().start();
    try {
      const columnNames = ['Stage', 'Stage', 'Stage (2)'];
      srv.on('report.synchronous', () => ok({ requestId: 'r1', status: 'complete', reportData: { columnNames, data: [columnNames, ['a', 'b', 'c']] } }));
      const env = { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: 'test_key_report_columns_4f2a' };
      const id = '0b7f3a52-6c1e-4d7a-9a55-2f4e8c1d9b10';
      const r = await runCli(['report', 'run', id, '--json'], { env });
      expect(r.code, r.stderr).toBe(0);
      const rows = json<Array<Record<string, unknown>>>(r);
      expect(rows).toHaveLength(1);
      expect(Object.values(rows[0]).sort()).toEqual(['a', 'b', 'c']);
      const csv = await runCli(['report', 'run', id, '-o', 'csv'], { env });
      expect(csv.code, csv.stderr).toBe(0);
      expect(csv.stdout.trim().split('\n')[1]).toBe('a,b,c');
    } finally {
      await srv.stop();
    }
  });
  it('a column whose name holds a dot ("Avg. days") is shown in the table on a terminal, as in every other format', async () => {
    const srv = await new ScriptServer().start();
    try {
      const columnNames = ['Job', 'Avg. days in stage'];
      srv.on('report.synchronous', () =>
        ok({ requestId: 'r1', status: 'complete', reportData: { columnNames, data: [columnNames, ['Staff Engineer', 4.5]] } }),
      );
      const env = { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: 'test_key_report_columns_4f2a' };
      const r = await runCli(['report', 'run', '0b7f3a52-6c1e-4d7a-9a55-2f4e8c1d9b10'], { env, tty: { stdout: true } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Staff Engineer');
      expect(r.stdout).toContain('4.5');
      expect(r.stdout).toMatch(/AVG {1,2}DAYS IN STAGE/);
    } finally {
      await srv.stop();
    }
  });
  it('a report of 200,000 rows is printed whole (no argument-count limit on the way)', async () => {
    const srv = await new ScriptServer().start();
    try {
      const columnNames = ['Candidate', 'Stage'];
      const data = [columnNames, ...Array.from({ length: 200_000 }, (_, i) => [`c${i}`, i % 2 ? 'Onsite' : 'Offer'])];
      const answer = ok({ requestId: 'r1', status: 'complete', reportData: { columnNames, data } });
      srv.on('report.synchronous', () => answer);
      const env = { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: 'test_key_report_columns_4f2a' };
      const r = await runCli(['report', 'run', '0b7f3a52-6c1e-4d7a-9a55-2f4e8c1d9b10', '-o', 'csv'], { env });
      expect(r.code, r.stderr.slice(0, 500)).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(200_001);
      expect(lines[200_000]).toBe('c199999,Onsite');
      // The same as a table on a terminal (column widths are measured over every row).
      const table = await runCli(['report', 'run', '0b7f3a52-6c1e-4d7a-9a55-2f4e8c1d9b10'], { env, tty: { stdout: true } });
      expect(table.code, table.stderr.slice(0, 500)).toBe(0);
      expect(table.stdout).toMatch(/\nc199999 +Onsite\n$/);
    } finally {
      await srv.stop();
    }
  });
});
