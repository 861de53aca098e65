// A recruiting-ops analyst's reports from the local mirror (`ashby sql`, the analytics), through
// the CLI and real HTTP against the sandbox: what such reports found broken, each case the fix it
// came with.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptWhen, runBin, runCli, type RunResult } from './helpers/cli.js';
import { listAll, ok } from './helpers/api.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
let db: string;

beforeAll(async () => {
  sb = await startSandbox({ candidates: 40 });
  db = join(mkdtempSync(join(tmpdir(), 'ashby-qa-analyst-')), 'm.db');
  const r = await runCli(['sync', '--db', db], { env: sb.env, timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => sb.close());

// sql never refreshes the mirror; the others are kept from it here.
const cli = (args: string[]): Promise<RunResult> =>
  runCli([...args, '--db', db, ...(args[0] === 'sql' ? [] : ['--offline'])], { env: sb.env, timeoutMs: 60_000 });

describe('a runaway ashby sql query', { timeout: 60_000 }, () => {
  // node:sqlite runs a statement on the main thread: while it runs no JavaScript does, so a signal
  // handled in JavaScript waited for the statement to end (here: never), and only kill -9 stopped
  // it. The query prints 5,000 rows (more than one 32 KB write, so the test sees it under way),
  // then looks for a row that never comes.
  const RUNAWAY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c WHERE x <= 5000 OR x = 0';

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    it(`stops at ${signal} (Ctrl-C, timeout(1)) as a shell reports ${code}`, async () => {
      let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      let seen = '';
      const r = await runBin(['sql', RUNAWAY, '--db', db, '-o', 'ndjson'], {
        env: sb.env,
        timeoutMs: 20_000,
        onSpawn: (c) => {
          c.on('exit', (code, sig) => (ended = { code, signal: sig }));
          interruptWhen(c, () => seen.length > 0, signal);
          c.stdout?.on('data', (d) => (seen += d));
        },
      });
      // Killed by the signal (which a shell reports as 128 + its number), or exited with that code.
      expect(ended?.signal === signal || ended?.code === code, JSON.stringify(ended)).toBe(true);
      // What was written before is whole lines.
      const lines = r.stdout.split('\n');
      expect(lines.at(-1)).toBe('');
      expect(lines.slice(0, -1).every((l) => /^\{"x":\d+\}$/.test(l))).toBe(true);
    });
});

describe('-o csv with nothing to report', { timeout: 60_000 }, () => {
  // A report that finds nothing (no stale applications this week) was an empty file: a spreadsheet
  // or a script (pandas, csvkit) reading it found no columns, and failed or guessed.
  const commands: Array<[string, string[], string[]]> = [
    [
      'sql',
      ['sql', 'SELECT id, name AS candidate FROM candidates ORDER BY id'],
      ['sql', "SELECT id, name AS candidate FROM candidates WHERE name = '' ORDER BY id"],
    ],
    ['funnel', ['funnel', '--by', 'source'], ['funnel', '--by', 'source', '--since', '2099-01-01']],
    ['stale', ['stale', '--days', '0'], ['stale', '--days', '36500']],
    ['time-in-stage', ['time-in-stage'], ['time-in-stage', '--since', '2099-01-01']],
    ['search', ['search', 'a'], ['search', 'zzqqxxnothing']],
  ];
  for (const [name, some, none] of commands)
    it(`${name}: the header alone, the same as when there are rows`, async () => {
      const full = await cli([...some, '-o', 'csv']);
      expect(full.code, full.stderr).toBe(0);
      const header = full.stdout.split('\n')[0];
      expect(full.stdout.split('\n').length).toBeGreaterThan(2);
      const empty = await cli([...none, '-o', 'csv']);
      expect(empty.code, empty.stderr).toBe(0);
      expect(empty.stdout).toBe(`${header}\n`);
      // JSON and NDJSON say "nothing" in their own way.
      expect((await cli([...none, '-o', 'json'])).stdout).toBe('[]\n');
      expect((await cli([...none, '-o', 'ndjson'])).stdout).toBe('');
    });
});

describe('--job naming two jobs of the same title', { timeout: 60_000 }, () => {
  // A role reopened as a new job keeps its title: the full title is what was given, so the hint
  // must not ask for it again.
  it('lists both and asks for the id (exit 2)', async () => {
    const jobs = await listAll(sb, 'job.list', { status: ['Open'] });
    const title = jobs[0].title as string;
    await ok(sb, 'job.create', { title, teamId: sb.world.col('department').idOf(0), locationId: sb.world.col('location').idOf(0) });
    const own = join(mkdtempSync(join(tmpdir(), 'ashby-qa-analyst-')), 'm.db');
    expect((await runCli(['sync', 'jobs', '--db', own], { env: sb.env })).code).toBe(0);
    for (const cmd of [['pipeline'], ['funnel', '--by', 'source'], ['stale'], ['time-in-stage']]) {
      const r = await runCli([...cmd, '--job', title, '--db', own, '--offline'], { env: sb.env });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`"${title}" matches 2 jobs (--job)`);
      expect(r.stderr).toMatch(/hint: they share the title: give the id/);
      expect(r.stderr).not.toContain('give the full title');
    }
  });
});

describe('sync --dry-run after a sync', { timeout: 60_000 }, () => {
  // interview_events is written with interview_schedules and has no sync state of its own: the plan
  // said it had never been synced.
  it('gives every table the time it was last synced', async () => {
    const r = await runCli(['sync', '--dry-run', '--db', db, '-o', 'json'], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as Array<{ table: string; mode: string; lastSynced: string | null }>;
    const byTable = new Map(plan.map((p) => [p.table, p]));
    expect(byTable.get('interview_events')).toEqual({
      table: 'interview_events',
      mode: 'with interview_schedules',
      lastSynced: byTable.get('interview_schedules')?.lastSynced,
    });
    for (const p of plan) expect(p.lastSynced, p.table).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('a mirror whose first sync has not finished', { timeout: 60_000 }, () => {
  // A report run while the first sync fills the mirror (or after one was stopped, or after
  // `ashby sync jobs` alone) counted rows that were not there yet; only a terminal was told.
  it('is said on stderr off a terminal too, naming the tables never synced, by sql and the analytics', async () => {
    const own = join(mkdtempSync(join(tmpdir(), 'ashby-qa-analyst-')), 'm.db');
    expect((await runCli(['sync', 'jobs', '--db', own], { env: sb.env })).code).toBe(0);
    const sql = await runCli(['sql', 'SELECT count(*) AS n FROM applications', '--db', own, '-o', 'csv'], { env: sb.env });
    expect(sql.code, sql.stderr).toBe(0);
    expect(sql.stdout).toBe('n\n0\n');
    expect(sql.stderr).toMatch(
      /^warning: the mirror at .*m\.db is not completely synced: candidates, applications, .* and \d+ more tables have never been synced, so answers may lack them \(run `ashby sync`\)\n$/,
    );
    const offline = await runCli(['stale', '--db', own, '--offline', '-o', 'csv'], { env: sb.env });
    expect(offline.code).toBe(0);
    expect(offline.stderr).toMatch(/^warning: the mirror at .* is not completely synced: candidates/);
    // A sync under way (its lock held by a live process) is named.
    const holder = spawn('sleep', ['60']);
    try {
      writeFileSync(`${own}.sync-lock`, `${holder.pid}\n`);
      const busy = await runCli(['sql', 'SELECT count(*) AS n FROM jobs', '--db', own], { env: sb.env });
      expect(busy.stderr).toContain(`(ashby sync, process ${holder.pid}, is filling it now)`);
    } finally {
      holder.kill();
      rmSync(`${own}.sync-lock`, { force: true });
    }
    // Once synced in full, nothing is said off a terminal.
    expect((await runCli(['sync', '--db', own], { env: sb.env, timeoutMs: 60_000 })).code).toBe(0);
    const done = await runCli(['sql', 'SELECT count(*) AS n FROM applications', '--db', own], { env: sb.env });
    expect(done.stderr).toBe('');
    expect(JSON.parse(done.stdout)[0].n).toBeGreaterThan(0);
  });
});

describe('--since in minutes', { timeout: 60_000 }, () => {
  // "6m" is six minutes, as ages are everywhere; an analyst who meant six months got a nearly empty
  // report with no word why.
  it('an age of several minutes is said on stderr, with what to type for months; days and 1m are not', async () => {
    const six = await cli(['funnel', '--by', 'source', '--since', '6m', '-o', 'json']);
    expect(six.code, six.stderr).toBe(0);
    expect(six.stderr).toContain('note: --since "6m" is 6 minutes ago; for months give days or a date (180d, or YYYY-MM-DD)');
    const until = await cli(['time-in-stage', '--since', '30d', '--until', '90m', '-o', 'json']);
    expect(until.stderr).toContain('--until "90m" is 90 minutes ago');
    expect(until.stderr).not.toContain('--since');
    for (const since of ['180d', '1m']) {
      const r = await cli(['stale', '--since', since, '-o', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, since).not.toContain('minutes ago');
    }
  });
});
