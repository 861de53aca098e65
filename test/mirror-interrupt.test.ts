// Ctrl-C during `ashby sync` leaves the mirror consistent: a table interrupted mid-pass is as it
// was (no rows, no token), tables already committed keep their rows and tokens, per-application
// work not yet done stays queued, and the next sync finishes the job.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptWhen, json, runBin, runCli, type RunResult } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

type Rec = Record<string, any>;
let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 400, latencyMs: 15 });
});
afterAll(() => sb.close());

const sql = async (db: string, q: string) => {
  const r = await runCli(['sql', q, '--db', db, '-o', 'json'], { env: sb.env });
  expect(r.code, r.stderr).toBe(0);
  return json<Rec[]>(r);
};

/** Starts `ashby sync`, waits until the sandbox has answered `count` calls of `endpoint`, then sends SIGINT (or `signal`). */
function interruptAfter(db: string, endpoint: string, count: number, signal: NodeJS.Signals = 'SIGINT'): Promise<RunResult> {
  const base = stats(sb).then((s) => s.requests.byEndpoint[endpoint] ?? 0);
  const answered = async () => ((await stats(sb)).requests.byEndpoint[endpoint] ?? 0) >= (await base) + count;
  return runBin(['sync', '--db', db], { env: sb.env, timeoutMs: 60_000, onSpawn: (child) => interruptWhen(child, answered, signal) });
}

/**
 * Applications whose derived row (application_progress) disagrees with the application and the
 * history the mirror holds: none, whenever a sync stopped.
 */
const PROGRESS_OFF = `SELECT a.id FROM applications a LEFT JOIN application_progress p ON p.id = a.id
  WHERE p.id IS NULL OR p.status IS NOT a.status OR p.stage_id IS NOT a.stage_id OR p.job_id IS NOT a.job_id
    OR p.stage_entered_at IS NOT coalesce((SELECT max(h.entered_at) FROM application_history h WHERE h.application_id = a.id AND h.stage_id = a.stage_id), a.updated_at)
    OR p.stages IS NOT (SELECT group_concat(stage_id, ' ') FROM (SELECT DISTINCT stage_id FROM application_history h WHERE h.application_id = a.id AND stage_id IS NOT NULL ORDER BY stage_id))
  UNION ALL SELECT id FROM application_progress WHERE id NOT IN (SELECT id FROM applications)`;

async function total(endpoint: string): Promise<number> {
  let n = 0;
  let cursor: string | undefined;
  for (;;) {
    const r = (await call(sb, endpoint, cursor ? { cursor } : {})).body;
    n += r.results.length;
    if (!r.moreDataAvailable) return n;
    cursor = r.nextCursor;
  }
}

describe('Ctrl-C during ashby sync', { timeout: 180_000 }, () => {
  it('in the middle of a table: that table is left as it was, with no token', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
    const r = await interruptAfter(db, 'candidate.list', 2);
    expect(r.code, r.stderr).toBe(130);
    // It says what it kept: nothing whole, the table it stopped in as it was, the rest not reached.
    expect(r.stderr).toContain('sync interrupted before any table was complete; the mirror is consistent');
    expect(r.stderr).toContain('candidates: left as it was before this sync');
    expect(r.stderr).toMatch(/not reached: applications, application_history, feedback, jobs/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await sql(db, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 0 }]);
    expect(await sql(db, `SELECT count(*) AS n FROM sync_state WHERE resource = 'candidates'`)).toEqual([{ n: 0 }]);
  });

  it('SIGTERM (timeout(1), a cancelled CI job) stops it the same way, exit 143 as shells report it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
    const r = await interruptAfter(db, 'candidate.list', 2, 'SIGTERM');
    expect(r.code, r.stderr).toBe(143);
    expect(r.stderr).toContain('sync interrupted before any table was complete; the mirror is consistent');
    expect(r.stderr).toContain('candidates: left as it was before this sync');
    expect(await sql(db, `SELECT count(*) AS n FROM sync_state WHERE resource = 'candidates'`)).toEqual([{ n: 0 }]);
  });

  it('during per-application history: committed tables stay, the rest stays queued, the next sync finishes', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
    const r = await interruptAfter(db, 'application.listHistory', 250);
    expect(r.code, r.stderr).toBe(130);
    const apps = await total('application.list');
    expect(await sql(db, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 400 }]);
    expect(await sql(db, 'SELECT count(*) AS n FROM applications')).toEqual([{ n: apps }]);
    const tokens = await sql(db, `SELECT resource FROM sync_state WHERE token IS NOT NULL ORDER BY resource`);
    expect(tokens.map((t) => t.resource)).toEqual(['applications', 'candidates']);
    const [{ n: pending }] = await sql(db, `SELECT count(*) AS n FROM sync_pending WHERE resource = 'application_history'`);
    const [{ n: done }] = await sql(db, 'SELECT count(DISTINCT application_id) AS n FROM application_history');
    expect(pending).toBeGreaterThan(0);
    expect(done + pending).toBe(apps); // every application is either done or still queued
    // It says so: the tables kept whole, and how many applications wait for the next sync.
    expect(r.stderr).toContain('sync interrupted; the mirror is consistent. Synced in full and kept: candidates, applications\n');
    expect(r.stderr).toContain(`application_history: what was saved is kept; ${pending.toLocaleString('en-US')} applications still queued for the next sync`);
    expect(r.stderr).toContain('run ashby sync again to finish');
    // doctor says the mirror is unfinished, not just how old it is.
    const doctor = await runCli(['doctor', '--json'], { env: { ...sb.env, ASHBY_DB: db } });
    const line = json<Rec[]>(doctor).find((c) => c.check === 'mirror');
    expect(line).toMatchObject({ status: 'warn', fix: 'ashby sync (finishes it)' });
    expect(line?.detail).toContain(`; ${pending.toLocaleString('en-US')} records queued for the next sync`);
    expect(await sql(db, PROGRESS_OFF)).toEqual([]);
    expect(await sql(db, 'SELECT count(*) AS n FROM application_progress WHERE stages IS NOT NULL')).toEqual([{ n: done }]);
    const before = (await stats(sb)).requests.byEndpoint['application.listHistory'] ?? 0;
    const again = await runCli(['sync', '--db', db, '-o', 'json'], { env: sb.env, timeoutMs: 60_000 });
    expect(again.code, again.stderr).toBe(0);
    const after = (await stats(sb)).requests.byEndpoint['application.listHistory'];
    expect(after - before).toBe(pending);
    expect(await sql(db, `SELECT count(*) AS n FROM sync_pending WHERE resource = 'application_history'`)).toEqual([{ n: 0 }]);
    expect(await sql(db, 'SELECT count(DISTINCT application_id) AS n FROM application_history')).toEqual([{ n: apps }]);
    expect(await sql(db, PROGRESS_OFF)).toEqual([]);
  });

  it('late in per-application history, after some of it was committed: that part stays, the rest is fetched next time', async () => {
    // The history pass commits every 2 s (or 2,000 applications). With 40 ms a request and 8 in
    // flight, the last 60 requests come more than 2 s after the first, so a commit has happened.
    const apps = await total('application.list');
    expect(apps).toBeGreaterThan(460);
    sb.setLatency(40);
    try {
      const db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
      const r = await interruptAfter(db, 'application.listHistory', apps - 60);
      expect(r.code, r.stderr).toBe(130);
      const [{ n: pending }] = await sql(db, `SELECT count(*) AS n FROM sync_pending WHERE resource = 'application_history'`);
      const [{ n: done }] = await sql(db, 'SELECT count(DISTINCT application_id) AS n FROM application_history');
      expect(done).toBeGreaterThan(0);
      expect(pending).toBeGreaterThan(0);
      expect(done + pending).toBe(apps);
      expect(await sql(db, PROGRESS_OFF)).toEqual([]);
      sb.setLatency(15);
      const before = (await stats(sb)).requests.byEndpoint['application.listHistory'] ?? 0;
      const again = await runCli(['sync', '--db', db, '-o', 'json'], { env: sb.env, timeoutMs: 60_000 });
      expect(again.code, again.stderr).toBe(0);
      expect((await stats(sb)).requests.byEndpoint['application.listHistory'] - before).toBe(pending);
      expect(await sql(db, 'SELECT count(DISTINCT application_id) AS n FROM application_history')).toEqual([{ n: apps }]);
      expect(await sql(db, PROGRESS_OFF)).toEqual([]);
    } finally {
      sb.setLatency(15);
    }
  });
});

describe('an error during ashby sync', { timeout: 180_000 }, () => {
  it('after some tables were committed: says what was kept before the error, and the next sync finishes', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
    // Once the applications are being read (the candidates are committed), every request fails.
    const base = (await stats(sb)).requests.byEndpoint['application.list'] ?? 0;
    let broken = false;
    const r = await runBin(['sync', '--db', db, '--max-retries', '0'], {
      env: sb.env,
      timeoutMs: 60_000,
      onSpawn: (child) => {
        const poll = setInterval(async () => {
          if (broken || ((await stats(sb)).requests.byEndpoint['application.list'] ?? 0) < base + 1 || broken) return;
          broken = true;
          clearInterval(poll);
          await call(sb, '_sandbox/faults', { spec: '500=1' });
        }, 10);
        child.on('close', () => clearInterval(poll));
      },
    }).finally(() => call(sb, '_sandbox/faults', { spec: null }));
    expect(r.code, r.stderr).toBe(5);
    // Under load the applications may be committed too before the failures start: at least the candidates are.
    expect(r.stderr).toMatch(/sync stopped by the error below; the mirror is consistent\. Synced in full and kept: candidates(, [a-z_]+)*\n/);
    expect(r.stderr).toMatch(/\n[a-z_]+: (left as it was before this sync|what was saved is kept; .*|saved; .*)\n/);
    expect(r.stderr).toContain('run ashby sync again to finish');
    // The error itself comes after what was kept.
    expect(r.stderr.indexOf('run ashby sync again to finish')).toBeLessThan(r.stderr.lastIndexOf('ashby: '));
    expect(await sql(db, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 400 }]);
    const again = await runCli(['sync', '--db', db, '-o', 'json'], { env: sb.env, timeoutMs: 60_000 });
    expect(again.code, again.stderr).toBe(0);
    expect(await sql(db, 'SELECT count(*) AS n FROM applications')).toEqual([{ n: await total('application.list') }]);
  });
});

describe('Ctrl-C while SQLite works synchronously at the end of a sync', { timeout: 180_000 }, () => {
  // The last table's commit and index building take a moment on a large table; no JavaScript runs
  // meanwhile, so the signal is handled after it. It used to be lost: the summary, exit 0.
  let big: TestSandbox;
  beforeAll(async () => {
    big = await startSandbox({ candidates: 30_000 });
  });
  afterAll(() => big?.close());

  it('still says it was interrupted and what it kept, exit 130', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
    // The signal goes once the last page of candidates was answered: while that page is written,
    // committed and indexed.
    const lastPage = async () => ((await stats(big)).requests.byEndpoint['candidate.list'] ?? 0) >= 300;
    const r = await runBin(['sync', 'candidates', '--db', db, '-o', 'json'], {
      env: { ASHBY_BASE_URL: big.url, ASHBY_API_KEY: big.apiKey },
      timeoutMs: 120_000,
      onSpawn: (child) => interruptWhen(child, lastPage),
    });
    expect(r.code, r.stderr).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ashby: interrupted');
    const [{ n }] = await sql(db, 'SELECT count(*) AS n FROM candidates');
    // What it says matches what the mirror holds: the table whole, or as it was (empty).
    if (n === 30_000) expect(r.stderr).toContain('sync interrupted at its end; the mirror is consistent. Synced in full and kept: candidates\n');
    else {
      expect(n).toBe(0);
      expect(r.stderr).toContain('candidates: left as it was before this sync');
    }
  });
});
