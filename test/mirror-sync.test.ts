// `ashby sync` and `ashby sql` against a real sandbox server: the first sync equals the API, a
// refresh after writes converges to it again, refused sync tokens fall back to full passes without
// losing or duplicating rows, and `ashby sql` cannot change the mirror.
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runBin, runCli, type RunResult } from './helpers/cli.js';
import { listAll as apiListAll, ok as apiOk, moveToStageOfType, type Rec } from './helpers/api.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { ALL_SCOPES } from '../src/sandbox/server.js';
import { staleJsonSql, staleSql, titlesHeldSql } from '../src/mirror/analytics.js';
import { PROGRESS, SCHEMA_VERSION, TABLES, indexes } from '../src/mirror/schema.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 120 });
});
afterAll(() => sb.close());

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'mirror.db');

function cli(args: string[], db: string): Promise<RunResult> {
  return runCli([...args, '--db', db], { env: sb.env, timeoutMs: 60_000 });
}

const ok = (endpoint: string, body: Rec = {}) => apiOk(sb, endpoint, body);
const listAll = (endpoint: string, body: Rec = {}) => apiListAll(sb, endpoint, body);

/** What the mirror should hold, table by table, computed from the API directly. */
async function apiState(): Promise<Record<string, Rec[]>> {
  const s: Record<string, Rec[]> = {
    candidates: await listAll('candidate.list'),
    applications: await listAll('application.list'),
    feedback: await listAll('applicationFeedback.list'),
    jobs: await listAll('job.list', { status: ['Draft', 'Open', 'Closed', 'Archived'] }),
    job_postings: await listAll('jobPosting.list'),
    openings: await listAll('opening.list'),
    users: await listAll('user.list', { includeDeactivated: true }),
    departments: await listAll('department.list', { includeArchived: true }),
    locations: await listAll('location.list', { includeArchived: true }),
    sources: await listAll('source.list', { includeArchived: true }),
    tags: await listAll('candidateTag.list', { includeArchived: true }),
    archive_reasons: await listAll('archiveReason.list', { includeArchived: true }),
    interview_plans: await listAll('interviewPlan.list', { includeArchived: true }),
    interview_schedules: await listAll('interviewSchedule.list'),
    offers: await listAll('offer.list'),
    projects: await listAll('project.list'),
    custom_fields: await listAll('customField.list', { includeArchived: true }),
  };
  s.application_history = [];
  for (const a of s.applications) s.application_history.push(...(await listAll('application.listHistory', { applicationId: a.id })));
  s.interview_stages = [];
  for (const p of s.interview_plans) s.interview_stages.push(...(await listAll('interviewStage.list', { interviewPlanId: p.id })));
  s.interview_events = s.interview_schedules.flatMap((x) => x.interviewEvents ?? []);
  return s;
}

/** Every record of these tables in the mirror, by table, in one query. */
async function mirrorTables(db: string, tables: string[]): Promise<Record<string, Rec[]>> {
  const q = tables.map((t) => `SELECT '${t}' AS t, id, data FROM ${t}`).join(' UNION ALL ');
  const r = await cli(['sql', `${q} ORDER BY t, id`, '-o', 'json'], db);
  expect(r.code, r.stderr).toBe(0);
  const out: Record<string, Rec[]> = Object.fromEntries(tables.map((t) => [t, []]));
  for (const x of json<Array<{ t: string; data: string }>>(r)) out[x.t].push(JSON.parse(x.data));
  return out;
}

const byId = (rows: Rec[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every table of the mirror holds exactly the API's records (ids, and the records themselves). */
async function expectMirrorEqualsApi(db: string): Promise<void> {
  const api = await apiState();
  const mirror = await mirrorTables(db, Object.keys(api));
  for (const [table, records] of Object.entries(api)) {
    const mirrored = mirror[table];
    expect(
      mirrored.map((r) => r.id),
      `${table}: ids`,
    ).toEqual(byId(records).map((r) => r.id));
    expect(mirrored, `${table}: records`).toEqual(byId(records));
  }
  await expectDerivedEqualsApi(db);
}

/**
 * What the sync derives (application_progress, history durations) equals the same computed here
 * from the API: one row per application with its current stage, when it entered it, and the
 * stages in its history.
 */
async function expectDerivedEqualsApi(db: string): Promise<void> {
  const expected: Rec[] = [];
  const durations: Rec[] = [];
  for (const a of await listAll('application.list')) {
    const history = await listAll('application.listHistory', { applicationId: a.id });
    const inStage = history
      .filter((h) => h.stageId === a.currentInterviewStage?.id)
      .map((h) => h.enteredStageAt)
      .sort();
    expected.push({
      id: a.id,
      status: a.status,
      job_id: a.job.id,
      stage_id: a.currentInterviewStage?.id ?? null,
      source_id: a.source?.id ?? null,
      candidate_name: a.candidate.name,
      stage_entered_at: inStage.length ? inStage[inStage.length - 1] : a.updatedAt,
      stage_entered_ms: Date.parse(inStage.length ? inStage[inStage.length - 1] : a.updatedAt),
      stages: [...new Set(history.map((h) => h.stageId as string))].sort().join(' ') || null,
    });
    for (const h of history) durations.push({ id: h.id, duration_ms: h.leftStageAt ? Date.parse(h.leftStageAt) - Date.parse(h.enteredStageAt) : null });
  }
  const got = await cli(
    [
      'sql',
      'SELECT id, status, job_id, stage_id, source_id, candidate_name, stage_entered_at, stage_entered_ms, stages FROM application_progress ORDER BY id',
      '-o',
      'json',
    ],
    db,
  );
  expect(got.code, got.stderr).toBe(0);
  expect(json<Rec[]>(got), 'application_progress').toEqual(byId(expected));
  const d = await cli(['sql', 'SELECT id, duration_ms FROM application_history ORDER BY id', '-o', 'json'], db);
  expect(json<Rec[]>(d), 'application_history.duration_ms').toEqual(byId(durations));
}

function summary(r: RunResult): Record<string, Rec> {
  expect(r.code, r.stderr).toBe(0);
  return Object.fromEntries(json<Rec[]>(r).map((row) => [row.table, row]));
}

describe('ashby sync', { timeout: 180_000 }, () => {
  it('first sync equals the API, every table and every id; the file is 0600', async () => {
    const db = freshDb();
    const s = summary(await cli(['sync'], db));
    expect(s.candidates).toMatchObject({ mode: 'full', added: 120, deleted: 0 });
    expect(s.application_history.requests).toBe(s.applications.added);
    await expectMirrorEqualsApi(db);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    // A first sync builds the secondary indexes once its rows are in: every one exists at the end,
    // and the queries the commands run use them.
    const raw = new DatabaseSync(db, { readOnly: true });
    try {
      const have = (raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`).all() as Rec[]).map((r) => r.name);
      const want = [...TABLES.map((t) => t.name), PROGRESS.name].flatMap((t) => indexes(t).map((ix) => ix.name)).sort();
      expect(have).toEqual(want);
      const plan = (q: string) => (raw.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as Rec[]).map((r) => r.detail).join('; ');
      expect(plan(`SELECT id FROM applications WHERE candidate_id = 'x'`)).toMatch(/USING (COVERING )?INDEX applications_candidate_id/);
      expect(plan(`SELECT stage_id, duration_ms FROM application_history WHERE application_id = 'x'`)).toMatch(
        /USING COVERING INDEX application_history_visits/,
      );
      expect(plan(`SELECT job_id, stage_id, count(*) FROM application_progress GROUP BY job_id, stage_id`)).toMatch(
        /USING COVERING INDEX application_progress_job_stage/,
      );
      // stale reads its partial index in order: no table, no sort.
      expect(plan(staleSql('1'))).toMatch(/^SEARCH a USING COVERING INDEX application_progress_stale \(stage_entered_ms<\?\)$/);
      expect(plan(staleSql(`a.created_at >= '2026-01-01'`))).toMatch(/^SEARCH a USING COVERING INDEX application_progress_stale \(stage_entered_ms<\?\)$/);
      // The same with each row's JSON made in SQL, with the job titles in the index or (a job
      // renamed) the jobs copied once and each title found by an index; the check between the two
      // seeks.
      for (const pretty of [true, false]) {
        expect(plan(staleJsonSql(`a.created_at >= '2026-01-01'`, pretty, true))).toBe(
          'SEARCH a USING COVERING INDEX application_progress_stale (stage_entered_ms<?)',
        );
        expect(plan(staleJsonSql(`a.created_at >= '2026-01-01'`, pretty, false))).toBe(
          'SEARCH a USING COVERING INDEX application_progress_stale (stage_entered_ms<?); CORRELATED SCALAR SUBQUERY 2; MATERIALIZE job_titles; SCAN jobs; SEARCH t USING AUTOMATIC COVERING INDEX (id=?)',
        );
      }
      expect(plan(titlesHeldSql).match(/SEARCH a USING COVERING INDEX application_progress_job_stages \(job_id=\? AND job_title[<>=]\?\)/g)).toHaveLength(3);
      expect(plan(titlesHeldSql)).not.toMatch(/SCAN a/);
    } finally {
      raw.close();
    }
  });

  it('a first sync of applications alone leaves every index of the derived table in place', async () => {
    const db = freshDb();
    const s = summary(await cli(['sync', 'applications'], db));
    expect(s.applications.mode).toBe('full');
    expect(s.application_history).toBeUndefined();
    const raw = new DatabaseSync(db, { readOnly: true });
    try {
      const have = (raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name`).all(PROGRESS.name) as Rec[]).map(
        (r) => r.name,
      );
      expect(have).toEqual(
        indexes(PROGRESS.name)
          .map((ix) => ix.name)
          .sort(),
      );
    } finally {
      raw.close();
    }
  });

  it('a refresh after writes converges to the API and fetches history only for changed applications', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    const [c1, c2, c3] = (await ok('candidate.list', { limit: 3 })).results as Rec[];
    const apps = (await listAll('application.list')).filter((a) => a.status === 'Active');
    const jobs = await listAll('job.list');
    // created: a candidate with an application
    const created = (await ok('candidate.create', { name: 'Mirror Newcomer', email: 'newcomer@example.com' })).results;
    await ok('application.create', { candidateId: created.id, jobId: jobs[0].id });
    // updated
    await ok('candidate.update', { candidateId: c1.id, name: 'Renamed Person', company: 'Elsewhere Ltd' });
    // moved and archived
    const moveTo = (app: Rec, type: string) => moveToStageOfType(sb, app.id, type);
    await moveTo(apps[0], 'Active');
    await moveTo(apps[1], 'Archived');
    // deleted: an application removed in Ashby (the candidate no longer lists it), and a candidate's personal data deleted (anonymized)
    const gone = apps[2];
    sb.world.col('application').delete(gone.id, sb.world.store.bump());
    sb.world.edit('candidate', gone.candidate.id, (d) => void (d.applicationIds = (d.applicationIds as string[]).filter((x) => x !== gone.id)));
    const toAnonymize = ((await listAll('candidate.list')) as Rec[]).find(
      (c) => c.id !== c2.id && c.id !== c3.id && c.id !== c1.id && c.id !== gone.candidate.id,
    )!;
    for (const a of (await listAll('application.list')).filter((x) => x.candidate.id === toAnonymize.id && x.status !== 'Archived' && x.status !== 'Hired'))
      await moveTo(a, 'Archived');
    await ok('candidate.anonymize', { candidateId: toAnonymize.id });

    const before = await stats(sb);
    const s = summary(await cli(['sync'], db));
    const after = await stats(sb);
    expect(s.candidates.mode).toBe('incremental');
    expect(s.candidates.added).toBe(1);
    expect(s.applications.deleted).toBe(1); // noticed through its candidate's list of applications
    expect(s.candidates.deleted).toBe(0);
    const historyCalls = (after.requests.byEndpoint['application.listHistory'] ?? 0) - (before.requests.byEndpoint['application.listHistory'] ?? 0);
    expect(historyCalls).toBe(s.application_history.requests);
    expect(historyCalls).toBeLessThanOrEqual(s.applications.added + s.applications.updated);
    await expectMirrorEqualsApi(db);
    const anon = await cli(['sql', `SELECT name, email FROM candidates WHERE id = '${toAnonymize.id}'`, '-o', 'json'], db);
    expect(json<Rec[]>(anon)[0]).toEqual({ name: 'Anonymized Candidate', email: null });
  });

  it('a candidate deleted outside the API disappears with --full, taking its applications and history', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    const victim = ((await ok('candidate.list', { limit: 10 })).results as Rec[])[7];
    sb.world.col('candidate').delete(victim.id, sb.world.store.bump());
    for (const id of victim.applicationIds) sb.world.col('application').delete(id, sb.world.store.bump());
    const s = summary(await cli(['sync', '--full'], db));
    expect(s.candidates).toMatchObject({ mode: 'full', deleted: 1 });
    await expectMirrorEqualsApi(db);
    const left = await cli(
      [
        'sql',
        `SELECT count(*) AS n FROM application_history WHERE application_id IN (${victim.applicationIds.map((x: string) => `'${x}'`).join(',')})`,
        '-o',
        'json',
      ],
      db,
    );
    expect(json<Rec[]>(left)[0].n).toBe(0);
  });

  it('an expired sync token falls back to a full pass with no lost or duplicated row', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    const [c] = (await ok('candidate.list', { limit: 1 })).results as Rec[];
    await ok('candidate.update', { candidateId: c.id, name: 'After Expiry' });
    await ok('candidate.create', { name: 'Born After Expiry' });
    sb.advanceClock(8 * 24 * 60 * 60_000);
    const r = await cli(['sync'], db);
    const s = summary(r);
    expect(s.candidates.mode).toBe('full (token refused)');
    expect(s.candidates.added).toBe(1);
    expect(r.stderr).toMatch(/sync_token_expired/);
    await expectMirrorEqualsApi(db);
    // and the new token works again
    const again = summary(await cli(['sync', 'candidates'], db));
    expect(again.candidates).toMatchObject({ mode: 'incremental', rows: 0 });
  });

  it('incremental_sync_too_large falls back to a full pass with no lost or duplicated row', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    for (const c of ((await ok('candidate.list', { limit: 30 })).results as Rec[]).slice(0, 25))
      await ok('candidate.update', { candidateId: c.id, company: 'Big Change Inc' });
    sb.configure({ syncPageCap: 0 });
    try {
      const r = await cli(['sync', 'candidates', 'applications'], db);
      const s = summary(r);
      expect(s.candidates.mode).toBe('full (token refused)');
      expect(s.candidates.updated).toBe(25);
      expect(r.stderr).toMatch(/incremental_sync_too_large/);
    } finally {
      sb.configure({ syncPageCap: 100 });
    }
    await expectMirrorEqualsApi(db);
  });
});

describe('a refused token over a list that is now empty', { timeout: 180_000 }, () => {
  it('the full pass that replaces it empties the table, as it would remove any record no longer listed', async () => {
    const own = await startSandbox({ candidates: 10 });
    try {
      const db = freshDb();
      const run = (args: string[]) => runCli([...args, '--db', db], { env: own.env, timeoutMs: 60_000 });
      const first = summary(await run(['sync', 'projects']));
      expect(first.projects.rows).toBeGreaterThan(0);
      const projects = own.world.col('project');
      for (const [, e] of [...projects.scan()]) projects.delete(e.id, own.world.store.bump());
      own.advanceClock(8 * 24 * 60 * 60_000);
      const r = await run(['sync', 'projects']);
      const s = summary(r);
      expect(s.projects.mode).toBe('full (token refused)');
      expect(s.projects.deleted).toBe(first.projects.rows);
      const left = await run(['sql', 'SELECT count(*) AS n FROM projects', '-o', 'json']);
      expect(json<Rec[]>(left)).toEqual([{ n: 0 }]);
    } finally {
      await own.close();
    }
  });
});

describe('what sync sends', { timeout: 180_000 }, () => {
  it('a limit only to the lists that page: the others take no such field', async () => {
    const db = freshDb();
    const r = await cli(['sync', 'sources', 'archive-reasons', 'job-postings', 'interview-stages', '--debug'], db);
    expect(r.code, r.stderr).toBe(0);
    // The --debug trace of each request: its URL, then its headers, then its JSON body.
    const bodies = new Map<string, Rec[]>();
    let endpoint = '';
    for (const line of r.stderr.split('\n')) {
      const post = /^\[debug\] > POST \S+\/([\w.]+)$/.exec(line);
      if (post) endpoint = post[1];
      else if (line.startsWith('[debug] > {')) bodies.set(endpoint, [...(bodies.get(endpoint) ?? []), JSON.parse(line.slice('[debug] > '.length))]);
    }
    for (const ep of ['source.list', 'archiveReason.list', 'jobPosting.list', 'interviewStage.list']) {
      expect(bodies.get(ep)?.length, ep).toBeGreaterThan(0);
      for (const b of bodies.get(ep) ?? []) expect(b, ep).not.toHaveProperty('limit');
    }
    // interview_stages comes with its parent table, whose list does page.
    for (const b of bodies.get('interviewPlan.list') ?? []) expect(b).toHaveProperty('limit', 100);
    expect(bodies.get('interviewPlan.list')?.length).toBeGreaterThan(0);
  });
});

describe('sync as a person runs it', { timeout: 180_000 }, () => {
  it('shows progress on a terminal and none off it; the summary goes to stdout either way', async () => {
    const db = freshDb();
    const tty = await runCli(['sync', 'jobs', 'sources', '--db', db, '-o', 'table'], { env: sb.env, timeoutMs: 60_000, tty: true });
    expect(tty.code, tty.stderr).toBe(0);
    expect(tty.stderr).toMatch(/jobs: \d+ rows, full\n/);
    expect(tty.stderr).toContain(`mirror: ${db}`);
    expect(tty.stdout).toMatch(/^TABLE +MODE +ROWS/);
    const piped = await runCli(['sync', 'jobs', 'sources', '--db', db], { env: sb.env, timeoutMs: 60_000 });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toBe('');
    expect(json<Rec[]>(piped).map((r) => [r.table, r.mode])).toEqual([
      ['jobs', 'incremental'],
      ['sources', 'full (no sync token)'],
    ]);
  });

  it('unknown table names: every one named, with the nearest tables, exit 2, nothing sent or made', async () => {
    const db = freshDb();
    const before = (await stats(sb)).requests.total;
    const r = await cli(['sync', 'candidatez', 'foo', 'jbos'], db);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown tables "candidatez" (did you mean candidates?), "foo", "jbos" (did you mean jobs?)');
    expect(r.stderr).toMatch(/hint: tables: candidates, applications, .*notes/);
    expect((await stats(sb)).requests.total).toBe(before);
    expect(existsSync(db)).toBe(false);
  });

  it('a --db whose folder cannot be made is said plainly (no raw error), with nothing sent; never a hang', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const before = (await stats(sb)).requests.total;
    for (const args of [['sync', 'jobs'], ['pipeline']]) {
      const r = await cli([...args], join(file, 'sub', 'm.db'));
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`cannot sync the mirror at ${join(file, 'sub', 'm.db')}: ${join(file, 'sub')}, or a folder above it, is a file, not a folder`);
      expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|--debug/);
    }
    expect((await stats(sb)).requests.total).toBe(before);
    // Where mkdir says ENOENT under a folder that exists, Node's own recursive mkdir spins forever.
    if (process.platform === 'linux') {
      const r = await runBin(['sync', 'jobs', '--db', '/proc/ashby-no-such/m.db'], { env: sb.env, timeoutMs: 20_000 });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('cannot sync the mirror at /proc/ashby-no-such/m.db: its folder cannot be created (ENOENT)');
    }
  });
});

describe('a key without every permission', { timeout: 180_000 }, () => {
  it('syncs what it may read, skips the rest with a warning (exit 0), and reads do not keep refreshing for it', async () => {
    sb.addKey(
      'no-offers',
      ALL_SCOPES.filter((s) => s !== 'offersRead' && s !== 'offersWrite'),
    );
    const env = { ...sb.env, ASHBY_API_KEY: 'no-offers' };
    const db = freshDb();
    const r = await runCli(['sync', '--db', db], { env, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: offers: skipped: this API key lacks the offersRead permission .*grant the permission in Ashby, Admin > Integrations > API Keys, to sync it/m,
    );
    const s = summary(r);
    expect(s.offers).toMatchObject({ mode: 'skipped (no permission)', rows: 0 });
    expect(s.candidates.rows).toBeGreaterThan(0);
    expect(s.projects.mode).toBe('full'); // the tables after it too
    const before = (await stats(sb)).requests.total;
    const p = await runCli(['pipeline', '--db', db, '-o', 'json'], { env, timeoutMs: 60_000 });
    expect(p.code, p.stderr).toBe(0);
    expect((await stats(sb)).requests.total).toBe(before);
    // Candidates are the mirror itself: without them the sync fails.
    sb.addKey(
      'no-candidates',
      ALL_SCOPES.filter((x) => x !== 'candidatesRead' && x !== 'candidatesWrite'),
    );
    const none = await runCli(['sync', '--db', freshDb()], { env: { ...sb.env, ASHBY_API_KEY: 'no-candidates' }, timeoutMs: 60_000 });
    expect(none.code).toBe(4);
  });
});

describe('ashby doctor', { timeout: 180_000 }, () => {
  it('says where the mirror is, how old, and whether others can read it; a file that is not one fails', async () => {
    const doctor = async (mirror: string) => {
      const r = await runCli(['doctor', '--json'], { env: { ...sb.env, ASHBY_DB: mirror } });
      return { code: r.code, check: json<Array<{ check: string; status: string; detail: string; fix?: string }>>(r).find((c) => c.check === 'mirror') };
    };
    const path = freshDb();
    expect((await doctor(path)).check).toMatchObject({ status: 'ok', detail: `no local mirror yet (ashby sync creates one at ${path})` });
    expect((await cli(['sync', 'jobs'], path)).code).toBe(0);
    // Only one table synced: the rest are named as never synced, and a sync finishes it.
    const partial = await doctor(path);
    expect(partial.check).toMatchObject({ status: 'warn', fix: 'ashby sync (finishes it)' });
    expect(partial.check?.detail).toMatch(
      /; oldest table synced \d+ seconds? ago; 18 tables never synced \(candidates, applications, application_history, …\)$/,
    );
    expect((await cli(['sync'], path)).code).toBe(0);
    const synced = await doctor(path);
    expect(synced.check?.status).toBe('ok');
    expect(synced.check?.detail).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(ASHBY_DB\\), [\\d.]+ MB; oldest table synced \\d+ seconds? ago$`),
    );
    chmodSync(path, 0o644);
    const loose = await doctor(path);
    expect(loose.check).toMatchObject({ status: 'warn', fix: `chmod 600 '${path}' (ashby sync also does this)` });
    expect(statSync(path).mode & 0o777).toBe(0o644); // doctor only looks
    const text = join(mkdtempSync(join(tmpdir(), 'ashby-doctor-')), 'notes.db');
    writeFileSync(text, 'not a database');
    const bad = await doctor(text);
    expect(bad.code).toBe(1);
    expect(bad.check).toMatchObject({ status: 'fail', fix: 'point ASHBY_DB at a mirror file (or at one that does not exist yet)' });
  });
});

describe('--dry-run', { timeout: 180_000 }, () => {
  it('sync --dry-run lists the tables and how they would be synced, sending nothing and writing nothing', async () => {
    const path = freshDb();
    const before = (await stats(sb)).requests.total;
    const first = await cli(['sync', '--dry-run', '-o', 'json'], path);
    expect(first.code, first.stderr).toBe(0);
    const plan = json<Array<{ table: string; mode: string; lastSynced: string | null }>>(first);
    expect(plan.map((p) => p.table)).toEqual(TABLES.filter((t) => !t.optIn).map((t) => t.name));
    expect(plan.find((p) => p.table === 'candidates')).toEqual({ table: 'candidates', mode: 'full', lastSynced: null });
    expect(plan.find((p) => p.table === 'application_history')?.mode).toBe('full (every one of applications)');
    expect(first.stderr).toMatch(/--dry-run: nothing was sent/);
    expect(existsSync(path)).toBe(false);
    expect((await stats(sb)).requests.total).toBe(before);

    expect((await cli(['sync', 'jobs'], path)).code).toBe(0);
    const states = () => {
      const d = new DatabaseSync(path, { readOnly: true });
      try {
        return d.prepare('SELECT * FROM sync_state ORDER BY resource').all();
      } finally {
        d.close();
      }
    };
    const saved = states();
    const mid = (await stats(sb)).requests.total;
    const again = json<Array<{ table: string; mode: string; lastSynced: string | null }>>(
      await cli(['sync', 'jobs', 'notes', '--dry-run', '-o', 'json'], path),
    );
    expect(again.map((p) => [p.table, p.mode])).toEqual([
      ['candidates', 'full'],
      ['jobs', 'incremental'],
      ['notes', 'full (every one of candidates)'],
    ]);
    expect(again.find((p) => p.table === 'jobs')?.lastSynced).toBe((saved.find((r) => r.resource === 'jobs') as Rec).synced_at);
    // An analytics command that would refresh first answers from the mirror as it is.
    const read = await cli(['pipeline', '--max-age', '0', '--dry-run', '-o', 'json'], path);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stderr).toMatch(/--dry-run: not refreshing the mirror/);
    expect((await stats(sb)).requests.total).toBe(mid);
    expect(states()).toEqual(saved);
    // With no mirror there is nothing to answer from, and --dry-run creates none.
    const none = await cli(['pipeline', '--dry-run'], freshDb());
    expect(none.code).toBe(3);
    expect((await stats(sb)).requests.total).toBe(mid);
  });
});

describe('one sync at a time', { timeout: 180_000 }, () => {
  it("a second sync is refused while one runs; reads answer from the mirror as it is; a dead sync's lock is taken over", async () => {
    const path = freshDb();
    expect((await cli(['sync', 'jobs'], path)).code).toBe(0);
    expect(existsSync(`${path}.sync-lock`)).toBe(false);
    // A live process holds the lock, as a sync in another terminal (or a cron job) would.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(`${path}.sync-lock`, `${other.pid}\n`);
      const before = (await stats(sb)).requests.total;
      const second = await cli(['sync', 'jobs'], path);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`another ashby sync (process ${other.pid}) is updating the mirror at ${path}`);
      // --max-age 0 would refresh first: with a sync under way it answers from the mirror instead.
      const read = await runCli(['pipeline', '--db', path, '--max-age', '0', '-o', 'json'], { env: sb.env });
      expect(read.code, read.stderr).toBe(0);
      expect(read.stderr).toMatch(/another ashby sync .* answering from it as it is/);
      expect((await stats(sb)).requests.total).toBe(before);
    } finally {
      other.kill();
      await new Promise((r) => other.once('exit', r));
    }
    // Its process is gone (killed, crashed): the next sync takes the lock over and removes it at the end.
    const after = await cli(['sync', 'jobs'], path);
    expect(after.code, after.stderr).toBe(0);
    expect(existsSync(`${path}.sync-lock`)).toBe(false);
  });
});

describe('schema upgrade', { timeout: 180_000 }, () => {
  it('a mirror of layout version 1 is brought up to date in place, without requests, and stays incremental', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    // Turn it back into version 1: no derived table, no durations, the old indexes; and history
    // of an application the mirror no longer has, which version 1 could keep.
    const raw = new DatabaseSync(db);
    raw.exec(`DROP TABLE application_progress;
      DROP INDEX application_history_visits; DROP INDEX application_history_stage;
      ALTER TABLE application_history DROP COLUMN duration_ms;
      CREATE INDEX application_history_application_id ON application_history(application_id);
      CREATE INDEX application_history_stage_id ON application_history(stage_id);
      INSERT INTO application_history (id, application_id, stage_id, stage, entered_at, data) VALUES ('orphan-visit', 'no-such-application', 's', 'Lost', '2026-01-01T00:00:00.000Z', '{}');
      UPDATE mirror_meta SET value = '1' WHERE key = 'schema_version';`);
    raw.close();
    const before = await stats(sb);
    const r = await runCli(['pipeline', '--offline', '-o', 'json', '--db', db], { env: sb.env, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(json<Rec[]>(r).length).toBeGreaterThan(0);
    expect((await stats(sb)).requests.total).toBe(before.requests.total);
    const version = await cli(['sql', "SELECT value FROM mirror_meta WHERE key = 'schema_version'", '-o', 'json'], db);
    expect(json<Rec[]>(version)[0].value).toBe(String(SCHEMA_VERSION));
    await expectMirrorEqualsApi(db);
    const again = summary(await cli(['sync'], db));
    expect(again.candidates.mode).toBe('incremental');
    expect(again.application_history.requests).toBe(0);
  });

  it('a mirror of layout version 2 gets the stage entry times as numbers, in place, without requests', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    const raw = new DatabaseSync(db);
    raw.exec(`DROP INDEX application_progress_stale; ALTER TABLE application_progress DROP COLUMN stage_entered_ms;
      UPDATE mirror_meta SET value = '2' WHERE key = 'schema_version';`);
    raw.close();
    const before = await stats(sb);
    const r = await runCli(['stale', '--days', '0', '--offline', '-o', 'json', '--db', db], { env: sb.env, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(json<Rec[]>(r).length).toBeGreaterThan(0);
    expect((await stats(sb)).requests.total).toBe(before.requests.total);
    await expectDerivedEqualsApi(db);
  });

  it('a mirror of layout version 3 gets the index stale reads, in place, without requests; stale gives the same rows', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    const staleJson = async () => {
      const r = await runCli(['stale', '--days', '0', '--offline', '-o', 'json', '--db', db], { env: sb.env, timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    const expected = await staleJson();
    const raw = new DatabaseSync(db);
    raw.exec(`DROP INDEX application_progress_stale; UPDATE mirror_meta SET value = '3' WHERE key = 'schema_version';`);
    raw.close();
    const before = await stats(sb);
    expect(await staleJson()).toBe(expected);
    expect((await stats(sb)).requests.total).toBe(before.requests.total);
    const check = new DatabaseSync(db, { readOnly: true });
    try {
      expect(check.prepare(`SELECT value FROM mirror_meta WHERE key = 'schema_version'`).get()).toEqual({ value: String(SCHEMA_VERSION) });
      expect(check.prepare(`SELECT sql FROM sqlite_master WHERE name = 'application_progress_stale'`).get()).toEqual({
        sql: indexes(PROGRESS.name)
          .find((ix) => ix.name === 'application_progress_stale')!
          .sql.replace('IF NOT EXISTS ', ''),
      });
    } finally {
      check.close();
    }
  });
});

describe('a mirror of a newer ashby', { timeout: 180_000 }, () => {
  it('is neither read nor rebuilt: sync, sync --dry-run and the reading commands refuse it and leave it as it is', async () => {
    const db = freshDb();
    summary(await cli(['sync', 'jobs', 'candidates'], db));
    const raw = new DatabaseSync(db);
    raw.exec(`UPDATE mirror_meta SET value = '${SCHEMA_VERSION + 1}' WHERE key = 'schema_version'`);
    const count = () => (raw.prepare('SELECT count(*) AS n FROM candidates').get() as { n: number }).n;
    const rows = count();
    expect(rows).toBeGreaterThan(0);
    const before = (await stats(sb)).requests.total;
    for (const args of [
      ['sync'],
      ['sync', '--dry-run'],
      ['sql', 'SELECT count(*) FROM candidates'],
      ['pipeline', '--offline'],
      ['stale', '--days', '1', '--max-age', '0'],
    ]) {
      const r = await runCli([...args, '--db', db, '-o', 'json'], { env: sb.env, timeoutMs: 60_000 });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `the mirror at ${db} was written by a newer version of ashby (layout ${SCHEMA_VERSION + 1}; this one knows ${SCHEMA_VERSION})`,
      );
      expect(r.stderr).toContain('--db PATH');
    }
    expect((await stats(sb)).requests.total).toBe(before);
    // doctor says so too, with the same way out (not "move that file away").
    const doctor = await runCli(['doctor', '--json'], { env: { ...sb.env, ASHBY_DB: db } });
    expect(json<Rec[]>(doctor).find((c) => c.check === 'mirror')).toMatchObject({
      status: 'fail',
      fix: 'run the ashby that wrote it (or a later one), or use --db PATH (or ASHBY_DB) for a separate mirror',
    });
    expect(count()).toBe(rows);
    expect(raw.prepare(`SELECT value FROM mirror_meta WHERE key = 'schema_version'`).get()).toEqual({ value: String(SCHEMA_VERSION + 1) });
    raw.close();
  });
});

describe('notes (opt-in)', { timeout: 180_000 }, () => {
  it('are synced once named, for every candidate, and then with every sync for changed candidates', async () => {
    const db = freshDb();
    const first = summary(await cli(['sync'], db));
    expect(first.notes).toBeUndefined();
    const named = summary(await cli(['sync', 'notes'], db));
    const candidates = await listAll('candidate.list');
    expect(named.notes.requests).toBe(candidates.length);
    const expected = async () => {
      const all: Rec[] = [];
      for (const c of await listAll('candidate.list')) all.push(...(await listAll('candidate.listNotes', { candidateId: c.id })));
      return byId(all).map((n) => n.id);
    };
    const ids = async () => json<Rec[]>(await cli(['sql', 'SELECT id FROM notes ORDER BY id', '-o', 'json'], db)).map((r) => r.id);
    expect(await ids()).toEqual(await expected());
    const c = candidates[3];
    await ok('candidate.createNote', { candidateId: c.id, note: 'Met at the meetup' });
    await ok('candidate.update', { candidateId: c.id, name: 'Noted Person' });
    const again = summary(await cli(['sync'], db));
    expect(again.notes).toMatchObject({ added: 1, requests: 1 });
    expect(await ids()).toEqual(await expected());
  });

  it('named for the first time after candidates changed: still fetched for every candidate', async () => {
    const db = freshDb();
    summary(await cli(['sync'], db));
    // A candidate changed since the last sync: the candidates pass queues it for notes first.
    const c = (await listAll('candidate.list'))[5];
    await ok('candidate.update', { candidateId: c.id, name: 'Changed Before Notes' });
    const named = summary(await cli(['sync', 'notes'], db));
    const candidates = await listAll('candidate.list');
    expect(named.notes.mode).toBe(`full (${candidates.length} candidates)`);
    expect(named.notes.requests).toBe(candidates.length);
    const all: Rec[] = [];
    for (const x of candidates) all.push(...(await listAll('candidate.listNotes', { candidateId: x.id })));
    const got = json<Rec[]>(await cli(['sql', 'SELECT id FROM notes ORDER BY id', '-o', 'json'], db)).map((r) => r.id);
    expect(got).toEqual(byId(all).map((n) => n.id));
  });
});

describe('ashby sql', { timeout: 180_000 }, () => {
  let db: string;
  beforeAll(async () => {
    db = freshDb();
    summary(await cli(['sync', 'jobs'], db));
  }, 180_000);

  it('answers queries in every format', async () => {
    const r = await cli(['sql', 'SELECT status, count(*) AS n FROM jobs GROUP BY status ORDER BY status', '-o', 'csv'], db);
    expect(r.code, r.stderr).toBe(0);
    const jobs = await listAll('job.list', { status: ['Draft', 'Open', 'Closed', 'Archived'] });
    const counts = new Map<string, number>();
    for (const j of jobs) counts.set(j.status, (counts.get(j.status) ?? 0) + 1);
    const expected = ['status,n', ...[...counts].sort().map(([k, v]) => `${k},${v}`)].join('\n');
    expect(r.stdout.trim()).toBe(expected);
  });

  it('a computed integer past 2^53 and a BLOB come out as values JSON and CSV hold, not an error or an object of bytes', async () => {
    const q = "SELECT x'00ff41' AS b, 9007199254740993 AS big, 9007199254740991 AS safe, count(*) AS n, 2.5 AS r FROM jobs";
    const r = await cli(['sql', q, '-o', 'json'], db);
    expect(r.code, r.stderr).toBe(0);
    const [row] = json<Rec[]>(r);
    expect(row).toEqual({ b: '\\x00ff41', big: '9007199254740993', safe: 9007199254740991, n: expect.any(Number), r: 2.5 });
    const csv = await cli(['sql', q, '-o', 'csv'], db);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')[1]).toMatch(/^\\x00ff41,9007199254740993,9007199254740991,\d+,2\.5$/);
  });

  it('refuses to change the mirror (exit 2), whatever the statement', async () => {
    for (const q of ['DELETE FROM jobs', 'DELETE FROM jobs RETURNING id', 'DROP TABLE jobs', "ATTACH 'x.db' AS x", 'PRAGMA journal_mode = DELETE']) {
      const r = await cli(['sql', q], db);
      expect(r.code, `${q}: ${r.stderr}`).toBe(2);
    }
    const pragma = await cli(['sql', '/* settings */ PRAGMA journal_mode = DELETE'], db);
    expect(pragma.stderr).toMatch(/read-only/);
    const n = await cli(['sql', 'SELECT count(*) AS n FROM jobs', '-o', 'json'], db);
    expect(json<Rec[]>(n)[0].n).toBeGreaterThan(0);
  });

  it('runs one statement: a second one is bad input, not silently dropped', async () => {
    // SQLite compiles the first statement of a text and leaves the rest: that rest must not vanish.
    for (const q of ['SELECT 1 AS a; SELECT 2 AS b', 'SELECT 1; DELETE FROM jobs', "SELECT ';' AS s; -- note\n SELECT 3"]) {
      const r = await cli(['sql', q, '-o', 'json'], db);
      expect(r.code, `${q}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^ashby: one statement at a time; another follows the first: (SELECT 2 AS b|DELETE FROM jobs|SELECT 3)/);
    }
    // Semicolons, blanks and comments after the one statement are fine; so is a comment before it.
    for (const q of ['SELECT 1 AS a;', 'SELECT 1 AS a ;; -- why\n', '/* count */ SELECT 1 AS a; /* done */']) {
      const r = await cli(['sql', q, '-o', 'json'], db);
      expect(r.code, `${q}: ${r.stderr}`).toBe(0);
      expect(json<Rec[]>(r)).toEqual([{ a: 1 }]);
    }
    const comments = await cli(['sql', '/* nothing */ ; -- at all'], db);
    expect(comments.code).toBe(2);
    expect(comments.stderr).toMatch(/no SQL given/);
  });

  it('two result columns with one name (a join of two ids) are bad input, not one silently dropped', async () => {
    const q = 'SELECT j.id, k.id, j.title, k.title FROM jobs j JOIN jobs k ON k.id = j.id LIMIT 2';
    for (const o of ['json', 'csv', 'table']) {
      const r = await cli(['sql', q, '-o', o], db);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('more than one column named "id", "title"');
      expect(r.stderr).toContain('AS');
    }
    const named = await cli(['sql', q.replace('j.id, k.id, j.title, k.title', 'j.id AS a, k.id AS b'), '-o', 'json'], db);
    expect(named.code, named.stderr).toBe(0);
    expect(json<Rec[]>(named).length).toBeGreaterThan(0);
    for (const r of json<Rec[]>(named)) expect(r.a).toBe(r.b);
  });

  it('explains SQL mistakes as bad input, and a missing mirror as not found', async () => {
    const bad = await cli(['sql', 'SELEC 1'], db);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/SQL/);
    const none = await cli(['sql', 'SELECT 1'], freshDb());
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/ashby sync/);
  });

  it('a damaged mirror is named as such, with what to do, by every mirror command and doctor', async () => {
    const path = freshDb();
    expect((await cli(['sync', 'jobs', 'candidates'], path)).code).toBe(0);
    // Bytes overwritten inside the first page (the table of tables), as a failing disk might.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(100_000, 0xab), 0, 100_000, 4096);
    closeSync(fd);
    const said = `the mirror at ${path} is damaged (database disk image is malformed)\nhint: if it is your mirror, delete it with the files beside it (rm '${path}'*) and run ashby sync for a new copy\n`;
    for (const args of [
      ['sql', 'SELECT count(*) FROM candidates'],
      ['pipeline', '--offline'],
      ['search', 'ada', '--offline'],
      ['sync', 'jobs'],
    ]) {
      const r = await cli(args, path);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toBe(`ashby: ${said}`);
    }
    const doctor = await runCli(['doctor', '--json'], { env: { ...sb.env, ASHBY_DB: path } });
    expect(json<Rec[]>(doctor).find((c) => c.check === 'mirror')).toMatchObject({
      status: 'fail',
      detail: `the mirror at ${path} is damaged (database disk image is malformed)`,
      fix: `if it is your mirror, delete it with the files beside it (rm '${path}'*) and run ashby sync for a new copy`,
    });
  });

  it('a path that is not a mirror is refused (exit 2) by every mirror command and left as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-not-mirror-'));
    // Someone's own SQLite database: a sync would have replaced its tables.
    const own = join(dir, 'own.sqlite');
    const o = new DatabaseSync(own);
    o.exec('CREATE TABLE precious (x); INSERT INTO precious VALUES (42); CREATE TABLE candidates (id, name)');
    o.close();
    chmodSync(own, 0o644);
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'not a database\n');
    for (const [path, why] of [
      [own, /is an SQLite database but not an ashby mirror; it was left as it is/],
      [text, /is not an SQLite database, so not a mirror/],
      [dir, /is a directory, not a mirror file/],
    ] as const) {
      for (const args of [['sync', 'jobs'], ['sql', 'SELECT 1'], ['pipeline'], ['search', 'ada']]) {
        const r = await cli(args, path);
        expect(r.code, `${args[0]} ${path}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toMatch(why);
      }
    }
    const after = new DatabaseSync(own, { readOnly: true });
    expect(after.prepare('SELECT x FROM precious').all()).toEqual([{ x: 42 }]);
    after.close();
    expect(statSync(own).mode & 0o777).toBe(0o644);
    expect(readFileSync(text, 'utf8')).toBe('not a database\n');
    // An empty file is where a mirror may be created (as `touch` then `ashby sync` would).
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect((await cli(['sync', 'jobs'], empty)).code).toBe(0);
    expect(json<Rec[]>(await cli(['sql', 'SELECT count(*) AS n FROM jobs', '-o', 'json'], empty))[0].n).toBeGreaterThan(0);
  });

  it('--schema lists every table with its columns', async () => {
    const r = await cli(['sql', '--schema', '-o', 'json'], db);
    const rows = json<Rec[]>(r);
    for (const t of ['candidates', 'applications', 'application_history', 'feedback', 'jobs', 'interview_stages', 'notes'])
      expect(rows.some((x) => x.table === t && x.column === 'data')).toBe(true);
    for (const c of ['stage_entered_at', 'stages']) expect(rows.some((x) => x.table === 'application_progress' && x.column === c)).toBe(true);
  });
});

describe('the --sandbox mirror', { timeout: 180_000 }, () => {
  it('lives in the config dir, and `ashby sandbox reset` deletes it with the organisation it copied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-cfg-'));
    const env = { ASHBY_CONFIG_DIR: dir, ASHBY_SANDBOX: '1' };
    const s = await runCli(['sync', 'jobs', '-o', 'json'], { env, timeoutMs: 60_000 });
    expect(s.code, s.stderr).toBe(0);
    const path = join(dir, 'mirror', 'sandbox.db');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const reset = await runCli(['sandbox', 'reset'], { env: { ASHBY_CONFIG_DIR: dir } });
    expect(reset.code, reset.stderr).toBe(0);
    expect(() => statSync(path)).toThrow();
  });
});
