// Analytics and search on the mirror, checked against the same numbers computed here straight
// from the sandbox API; and --max-age / --offline deciding whether the mirror is refreshed first.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, type RunResult } from './helpers/cli.js';
import { listAll as apiListAll, ok as apiOk, moveToStageOfType, type Rec } from './helpers/api.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';
import { titlesHeldSql } from '../src/mirror/analytics.js';

const DAY = 86_400_000;

let sb: TestSandbox;
let db: string;
let api: { jobs: Rec[]; apps: Rec[]; history: Map<string, Rec[]>; stages: Map<string, Rec> };

beforeAll(async () => {
  sb = await startSandbox({ candidates: 150 });
  db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-')), 'm.db');
  const r = await cli(['sync']);
  expect(r.code, r.stderr).toBe(0);
  api = await fromApi();
}, 180_000);
afterAll(() => sb.close());

function cli(args: string[], extra: string[] = ['--offline']): Promise<RunResult> {
  const isSync = args[0] === 'sync';
  return runCli([...args, '--db', db, ...(isSync ? [] : extra)], { env: sb.env, timeoutMs: 60_000 });
}

const ok = (endpoint: string, body: Rec = {}) => apiOk(sb, endpoint, body);
const listAll = (endpoint: string, body: Rec = {}) => apiListAll(sb, endpoint, body);

async function fromApi() {
  const jobs = await listAll('job.list', { status: ['Draft', 'Open', 'Closed', 'Archived'] });
  const apps = await listAll('application.list');
  const history = new Map<string, Rec[]>();
  for (const a of apps) history.set(a.id, await listAll('application.listHistory', { applicationId: a.id }));
  const stages = new Map<string, Rec>();
  for (const p of await listAll('interviewPlan.list', { includeArchived: true }))
    for (const s of await listAll('interviewStage.list', { interviewPlanId: p.id })) stages.set(s.id, s);
  return { jobs, apps, history, stages };
}

function rows(r: RunResult): Rec[] {
  expect(r.code, r.stderr).toBe(0);
  return json<Rec[]>(r);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

function pipeline(): Rec[] {
  const expected: Rec[] = [];
  for (const job of api.jobs.filter((j) => j.status === 'Open').sort((a, b) => cmp(a.title, b.title) || cmp(a.id, b.id))) {
    const plan = [...api.stages.values()]
      .filter((s) => s.interviewPlanId === job.defaultInterviewPlanId)
      .sort((a, b) => a.orderInInterviewPlan - b.orderInInterviewPlan || cmp(a.id, b.id));
    for (const s of plan)
      expected.push({ jobId: job.id, stageId: s.id, applications: api.apps.filter((a) => a.job.id === job.id && a.currentInterviewStage.id === s.id).length });
  }
  return expected;
}

/** stale's rows as the API has them: active applications in their stage for `days` or more at `now`,
 *  longest waiting first (the earliest entry into the stage, then the application id). */
function staleFromApi(days: number, now = Date.now()): Rec[] {
  return api.apps
    .filter((a) => a.status === 'Active')
    .map((a) => {
      const inStage = api.history
        .get(a.id)!
        .filter((h) => h.stageId === a.currentInterviewStage.id)
        .map((h) => h.enteredStageAt)
        .sort();
      const entered = inStage.length ? inStage[inStage.length - 1] : a.updatedAt;
      return {
        candidate: a.candidate.name,
        job: api.jobs.find((j) => j.id === a.job.id)?.title ?? a.job.title,
        stage: a.currentInterviewStage.title,
        days: Math.floor((now - Date.parse(entered)) / DAY),
        enteredAt: entered,
        applicationId: a.id,
        candidateId: a.candidate.id,
      };
    })
    .filter((x) => x.days >= days)
    .sort((a, b) => Date.parse(a.enteredAt) - Date.parse(b.enteredAt) || cmp(a.applicationId, b.applicationId));
}

const stale = (days: number): Rec[] => staleFromApi(days).map((r) => ({ applicationId: r.applicationId, days: r.days }));

function timeInStage(keep: (a: Rec) => boolean = () => true): Rec[] {
  const by = new Map<string, { pos: number; d: number[] }>();
  for (const a of api.apps.filter(keep)) {
    for (const h of api.history.get(a.id)!) {
      if (!h.leftStageAt) continue;
      const s = api.stages.get(h.stageId);
      const title = s?.title ?? h.title;
      const g = by.get(title) ?? { pos: 1e9, d: [] };
      g.pos = Math.min(g.pos, s?.orderInInterviewPlan ?? 1e9);
      g.d.push((Date.parse(h.leftStageAt) - Date.parse(h.enteredStageAt)) / DAY);
      by.set(title, g);
    }
  }
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [...by]
    .sort((a, b) => a[1].pos - b[1].pos || cmp(a[0], b[0]))
    .map(([stage, g]) => {
      const d = g.d.sort((x, y) => x - y);
      const n = d.length;
      const med = n % 2 ? d[(n - 1) / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
      return { stage, visits: n, medianDays: r2(med), p90Days: r2(d[Math.ceil(0.9 * n) - 1]) };
    });
}

function funnel(by: 'source' | 'job', keep: (a: Rec) => boolean = () => true): Rec[] {
  const order = new Map<string, number>();
  const entries: Array<{ app: string; key: string; stage: string }> = [];
  const groupName = new Map<string, string>();
  // Every stage of the plans of a group's jobs is listed, reached or not.
  const planned = new Map<string, Set<string>>();
  for (const a of api.apps.filter(keep)) {
    const gid = by === 'source' ? (a.source?.id ?? null) : a.job.id;
    const gname = by === 'source' ? (a.source?.title ?? '(no source)') : (api.jobs.find((j) => j.id === a.job.id)?.title ?? a.job.title);
    const key = `${gname}\u0000${gid ?? ''}`;
    groupName.set(key, gname);
    for (const h of api.history.get(a.id)!) {
      const s = api.stages.get(h.stageId);
      if (s?.type === 'Archived') continue;
      const title = s?.title ?? h.title;
      order.set(title, Math.min(order.get(title) ?? 1e9, s?.orderInInterviewPlan ?? 1e9));
      entries.push({ app: a.id, key, stage: title });
    }
    if (!entries.some((e) => e.app === a.id)) continue;
    const plan = api.jobs.find((j) => j.id === a.job.id)?.defaultInterviewPlanId;
    for (const s of api.stages.values()) {
      if (s.interviewPlanId !== plan || s.type === 'Archived') continue;
      order.set(s.title, Math.min(order.get(s.title) ?? 1e9, s.orderInInterviewPlan));
      planned.set(key, (planned.get(key) ?? new Set()).add(s.title));
    }
  }
  const by2 = (x: string, y: string) => order.get(x)! - order.get(y)! || cmp(x, y);
  const out: Rec[] = [];
  for (const key of [...new Set(entries.map((e) => e.key))].sort()) {
    const mine = entries.filter((e) => e.key === key);
    const stages = [...new Set([...mine.map((e) => e.stage), ...(planned.get(key) ?? [])])].sort(by2);
    const furthest = new Map<string, string>();
    for (const e of mine) if (!furthest.has(e.app) || by2(e.stage, furthest.get(e.app)!) > 0) furthest.set(e.app, e.stage);
    const reached = stages.map((st) => [...furthest.values()].filter((x) => by2(x, st) >= 0).length);
    for (const [i, st] of stages.entries())
      out.push({
        group: groupName.get(key),
        stage: st,
        reached: reached[i],
        conversion: i ? ratio(reached[i], reached[i - 1]) : null,
        ofFirst: ratio(reached[i], reached[0]),
      });
  }
  return out;
}

const pickFunnel = (r: Rec) => ({ group: r.group, stage: r.stage, reached: r.reached, conversion: r.conversion, ofFirst: r.ofFirst });
const pickTime = (r: Rec) => ({ stage: r.stage, visits: r.visits, medianDays: r.medianDays, p90Days: r.p90Days });

describe('analytics equal the same numbers computed from the API', { timeout: 180_000 }, () => {
  it('pipeline: applications per stage of every open job', async () => {
    const expected = pipeline();
    const got = rows(await cli(['pipeline', '-o', 'json']));
    expect(got.map((r) => ({ jobId: r.jobId, stageId: r.stageId, applications: r.applications }))).toEqual(expected);
    expect(expected.reduce((n, r) => n + (r.applications as number), 0)).toBeGreaterThan(0);
  });

  it('pipeline --job narrows to one job, found by title', async () => {
    const job = api.jobs.find((j) => j.status === 'Open')!;
    const got = rows(await cli(['pipeline', '--job', job.title, '-o', 'json']));
    expect(new Set(got.map((r) => r.jobId))).toEqual(new Set([job.id]));
    expect(got.reduce((n, r) => n + r.applications, 0)).toBe(api.apps.filter((a) => a.job.id === job.id).length);
  });

  it('funnel --by source', async () => {
    const got = rows(await cli(['funnel', '--by', 'source', '-o', 'json']));
    const expected = funnel('source');
    // A stage of a plan that some group's applications never got to is there, with 0.
    expect(expected.some((r) => r.reached === 0)).toBe(true);
    expect(got.map(pickFunnel)).toEqual(expected);
    expect(expected.some((r) => r.conversion !== null && r.conversion < 1)).toBe(true);
  });

  it('funnel --by job --since keeps applications created in the window', async () => {
    const created = api.apps.map((a) => a.createdAt).sort();
    const since = created[Math.floor(created.length / 2)];
    const got = rows(await cli(['funnel', '--by', 'job', '--since', since, '-o', 'json']));
    expect(got.map(pickFunnel)).toEqual(funnel('job', (a) => a.createdAt >= since));
  });

  it('stale --days 30: active applications entered their stage at least 30 days ago', async () => {
    const expected = stale(30);
    const got = rows(await cli(['stale', '--days', '30', '-o', 'json']));
    expect(got.map((r) => ({ applicationId: r.applicationId, days: r.days }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('stale -o json and ndjson: every field as the API has it, the same bytes as through --fields', async () => {
    // One clock for every run, so that no two runs straddle a day boundary.
    const now = new Date();
    const at = (args: string[]) => runCli([...args, '--db', db, '--offline'], { env: sb.env, timeoutMs: 60_000, now: () => now });
    expect(rows(await at(['stale', '--days', '30', '-o', 'json']))).toEqual(staleFromApi(30, now.getTime()));
    for (const fmt of ['json', 'ndjson']) {
      const streamed = await at(['stale', '--days', '30', '-o', fmt]);
      const picked = await at(['stale', '--days', '30', '-o', fmt, '--fields', 'candidate,job,stage,days,enteredAt,applicationId,candidateId']);
      expect(streamed.code, streamed.stderr).toBe(0);
      expect(streamed.stdout).toBe(picked.stdout);
    }
  });

  it('time-in-stage: median and nearest-rank p90 per stage', async () => {
    const got = rows(await cli(['time-in-stage', '-o', 'json']));
    expect(got.map(pickTime)).toEqual(timeInStage());
  });

  it('time-in-stage --job keeps only the applications of that job', async () => {
    const job = api.jobs.find((j) => j.status === 'Open')!;
    const got = rows(await cli(['time-in-stage', '--job', job.id, '-o', 'json']));
    const expected = timeInStage((a) => a.job.id === job.id);
    expect(got.map(pickTime)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('bad filters are bad input (exit 2), an unknown job is not found (exit 3)', async () => {
    expect((await cli(['funnel', '--by', 'colour'])).code).toBe(2);
    expect((await cli(['stale', '--since', 'last tuesday'])).code).toBe(2);
    expect((await cli(['pipeline', '--max-age', 'soon'])).code).toBe(2);
    // --until before (or at) --since: the two swapped, not an empty answer; checked before the mirror is opened.
    for (const cmd of [['pipeline'], ['funnel', '--by', 'job'], ['stale'], ['time-in-stage']]) {
      const swapped = await runCli([...cmd, '--since', '2026-02-01', '--until', '2026-01-01', '--db', '/nonexistent/mirror.db'], { env: sb.env });
      expect(swapped.code, swapped.stderr).toBe(2);
      expect(swapped.stdout).toBe('');
      expect(swapped.stderr).toMatch(/--until \(2026-01-01 00:00 .*\) is not after --since \(2026-02-01 00:00 .*\): nothing can match/);
    }
    expect((await cli(['stale', '--since', '30d', '--until', '30d'])).code).toBe(2);
    const none = await cli(['pipeline', '--job', 'No Such Job Title']);
    expect(none.code).toBe(3);
  });

  it("--since/--until are local time in the command's TZ; a local time the clocks skip or show twice is refused", async () => {
    // A summer day in Los Angeles (UTC-7) on which applications were created at 00:00 UTC: --until
    // that day (local midnight, 07:00 UTC) keeps them; midnight UTC would not.
    const day = api.apps
      .map((a) => a.createdAt as string)
      .filter((t) => t.endsWith('T00:00:00.000Z') && /-0[6-8]-/.test(t))
      .sort()[0]
      .slice(0, 10);
    const la = await runCli(['funnel', '--by', 'job', '--until', day, '--db', db, '--offline', '-o', 'json'], {
      env: { ...sb.env, TZ: 'America/Los_Angeles' },
    });
    const expected = funnel('job', (a) => a.createdAt < `${day}T07:00:00.000Z`);
    expect(expected).not.toEqual(funnel('job', (a) => a.createdAt < `${day}T00:00:00.000Z`));
    expect(rows(la).map(pickFunnel)).toEqual(expected);
    // In New York 2026-03-08 02:30 never happens and 2025-11-02 01:30 happens twice: exit 2 naming
    // the flag, before the mirror is read (there is none at this path).
    const ny = { ...sb.env, TZ: 'America/New_York' };
    const skipped = await runCli(['stale', '--since', '2026-03-08T02:30', '--db', '/nonexistent/mirror.db'], { env: ny });
    expect(skipped.code, skipped.stderr).toBe(2);
    expect(skipped.stderr).toContain('--since "2026-03-08T02:30" does not exist in America/New_York: the clocks skip it');
    const twice = await runCli(['time-in-stage', '--until', '2025-11-02 01:30', '--db', '/nonexistent/mirror.db'], { env: ny });
    expect(twice.code, twice.stderr).toBe(2);
    expect(twice.stderr).toMatch(/--until "2025-11-02 01:30" happens twice in America\/New_York .*-04:00.* or .*-05:00/);
    // On a terminal, how old the mirror is: in local time (that TZ) and UTC.
    const age = await runCli(['time-in-stage', '--db', db, '--offline', '-o', 'json'], { env: ny, tty: { stderr: true } });
    expect(age.code, age.stderr).toBe(0);
    expect(age.stderr).toMatch(/^mirror synced .* ago, at \d{4}-\d\d-\d\d \d\d:\d\d E[SD]T \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)\n/);
    const bad = await runCli(['pipeline', '--since', '2026-02-30', '--db', '/nonexistent/mirror.db'], { env: ny });
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('--since "2026-02-30" is not a valid date');
  });
});

describe('search and freshness', { timeout: 180_000 }, () => {
  it('finds candidates by name, tag and email, ranked; -o json gives ids; tables are sanitised', async () => {
    const evil = (await ok('candidate.create', { name: 'Zebulon \u001b]52;c;ZXZpbA==\u0007Quixote', email: 'zq@quixotic.example' })).results;
    const tag = (await ok('candidateTag.create', { title: 'Windmill Tilting' })).results;
    await ok('candidate.addTag', { candidateId: evil.id, tagId: tag.id });
    expect((await cli(['sync', 'candidates'])).code).toBe(0);
    const byName = rows(await cli(['search', 'zebulon', '-o', 'json']));
    expect(byName[0]).toMatchObject({ kind: 'candidate', id: evil.id });
    expect(rows(await cli(['search', 'windmill', 'tilt', '--kind', 'candidate', '-o', 'json'])).map((h) => h.id)).toEqual([evil.id]);
    expect(rows(await cli(['search', 'zq@quixotic.example', '-o', 'json'])).map((h) => h.id)).toContain(evil.id);
    const table = await cli(['search', 'zebulon', '-o', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Zebulon');
    expect(table.stdout).not.toContain('\u001b');
    expect(table.stdout).not.toContain('\u0007');
  });

  it('--offline answers from the mirror as it is; --max-age 0 refreshes it first', async () => {
    const job = api.jobs.find((j) => j.status === 'Open')!;
    const cand = (await ok('candidate.create', { name: 'Fresh Applicant' })).results;
    await ok('application.create', { candidateId: cand.id, jobId: job.id });
    const total = (rs: Rec[]) => rs.reduce((n, r) => n + r.applications, 0);
    const before = total(rows(await cli(['pipeline', '--job', job.id, '-o', 'json'])));
    const stillOffline = total(rows(await cli(['pipeline', '--job', job.id, '-o', 'json'], ['--offline', '--max-age', '0'])));
    expect(stillOffline).toBe(before);
    const fresh = total(rows(await cli(['pipeline', '--job', job.id, '-o', 'json'], ['--max-age', '0'])));
    expect(fresh).toBe(before + 1);
  });
});

/** Whether the mirror's application_progress holds every job's title (stale's JSON then reads it there). */
function titlesHeld(): boolean {
  const raw = new DatabaseSync(db, { readOnly: true });
  try {
    return Boolean((raw.prepare(titlesHeldSql).get() as { held: number }).held);
  } finally {
    raw.close();
  }
}

describe('stale: every field, every format, hostile names', { timeout: 180_000 }, () => {
  // A name that is a formula in a spreadsheet and carries a colour, a link, a clipboard write, a
  // bell and a bidi override: JSON keeps it exactly, CSV defuses it, a table shows none of it.
  const hostile =
    '=HYPERLINK("http://evil.example","x") \u001b[31mRed\u001b[0m \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001b]52;c;ZXZpbA==\u0007 \u202eevil "q" \\ \u0000';
  const hostileJob = '@SUM(1+1) Staff \u001b[2J\u009b31m Engineer';
  // One clock for every run (set once the data is in), so two runs cannot straddle a day boundary.
  let now: Date;
  const at = (args: string[]) => runCli([...args, '--db', db, '--offline'], { env: sb.env, timeoutMs: 60_000, now: () => now });
  const ALL = 'candidate,job,stage,days,enteredAt,applicationId,candidateId';
  let appId: string;

  beforeAll(async () => {
    // An active application's candidate takes the name (a new application would be a lead).
    const app = api.apps.find((a) => a.status === 'Active')!;
    appId = app.id;
    await ok('candidate.update', { candidateId: app.candidate.id, name: hostile });
    expect((await cli(['sync'])).code).toBe(0);
    expect(titlesHeld()).toBe(true);
    // Its job renamed: stale names jobs as the jobs table does, not as application records last did
    // (and with -o json looks each title up, as the mirror's rows still hold the old one).
    await ok('job.update', { jobId: app.job.id, title: hostileJob });
    expect((await cli(['sync'])).code).toBe(0);
    expect(titlesHeld()).toBe(false);
    api = await fromApi();
    now = new Date();
  });

  it('-o json: each row as the API has it (candidate, job, stage, days, entered), longest waiting first', async () => {
    const got = rows(await at(['stale', '--days', '0', '-o', 'json']));
    const expected = staleFromApi(0, now.getTime());
    expect(got).toEqual(expected);
    expect(got.find((r) => r.applicationId === appId)).toMatchObject({ candidate: hostile, job: hostileJob });
  });

  it('json and ndjson: the list streamed as is (no --fields) is byte for byte the list through the --fields path', async () => {
    for (const fmt of ['json', 'ndjson']) {
      const streamed = await at(['stale', '--days', '0', '-o', fmt]);
      const picked = await at(['stale', '--days', '0', '-o', fmt, '--fields', ALL]);
      expect(streamed.code, streamed.stderr).toBe(0);
      expect(picked.code, picked.stderr).toBe(0);
      expect(streamed.stdout).toBe(picked.stdout);
      expect(streamed.stdout).toContain(JSON.stringify(hostile));
    }
  });

  it('csv defuses the formula and keeps the text; a table shows no control sequence', async () => {
    const csv = await at(['stale', '--days', '0', '-o', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(ALL);
    expect(csv.stdout).toContain(`"'${hostile.replace(/"/g, '""')}",'${hostileJob},`);
    const table = await at(['stale', '--days', '0', '-o', 'table']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Red');
    expect(table.stdout).toMatch(/^CANDIDATE +JOB +STAGE +DAYS +ENTERED AT$/m);
    expect(table.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('after writes and a refresh, analytics equal the API again', { timeout: 180_000 }, () => {
  it('moved, archived, created and deleted applications: pipeline, funnel, stale and time-in-stage', async () => {
    const active = api.apps.filter((a) => a.status === 'Active');
    const moveTo = (app: Rec, type: string) => moveToStageOfType(sb, app.id, type);
    await moveTo(active[0], 'Active');
    await moveTo(active[1], 'Archived');
    await moveTo(active[2], 'Offer');
    const job = api.jobs.find((j) => j.status === 'Open')!;
    const cand = (await ok('candidate.create', { name: 'Late Applicant' })).results;
    await ok('application.create', { candidateId: cand.id, jobId: job.id });
    // deleted in Ashby: the candidate no longer lists it
    const gone = active[3];
    sb.world.col('application').delete(gone.id, sb.world.store.bump());
    sb.world.edit('candidate', gone.candidate.id, (d) => void (d.applicationIds = (d.applicationIds as string[]).filter((x) => x !== gone.id)));
    expect((await cli(['sync'])).code).toBe(0);
    api = await fromApi();
    expect(api.apps.some((a) => a.id === gone.id)).toBe(false);

    const pipe = rows(await cli(['pipeline', '-o', 'json']));
    expect(pipe.map((r) => ({ jobId: r.jobId, stageId: r.stageId, applications: r.applications }))).toEqual(pipeline());
    for (const by of ['source', 'job'] as const) expect(rows(await cli(['funnel', '--by', by, '-o', 'json'])).map(pickFunnel)).toEqual(funnel(by));
    const staleNow = rows(await cli(['stale', '--days', '0', '-o', 'json']));
    expect(staleNow.map((r) => ({ applicationId: r.applicationId, days: r.days }))).toEqual(stale(0));
    expect(staleNow.map((r) => r.applicationId)).toContain(active[0].id);
    expect(staleNow.map((r) => r.applicationId)).not.toContain(active[1].id);
    expect(rows(await cli(['time-in-stage', '-o', 'json'])).map(pickTime)).toEqual(timeInStage());
  });
});
