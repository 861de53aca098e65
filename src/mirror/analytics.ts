// Pipeline analytics over the mirror. Each is a plain function of an open database and filters
// (`…Rows(db, filter)`), and a `(ctx, options) => rows` wrapper that opens the mirror (refreshing
// it when older than --max-age, unless offline) and resolves --job: what the commands and the MCP
// server call.
//
// Definitions (also in the README):
// - pipeline: open jobs × the stages of each job's interview plan, with the number of
//   applications currently in each stage.
// - funnel: per group (source or job), how many applications got at least as far as each stage
//   (stages by title, in plan order, Archived stages left out; every stage of the group's jobs'
//   plans, 0 where nobody got that far; how far an application got is the furthest stage in its
//   history), and the share of the previous stage's that did.
// - stale: Active applications whose current stage was entered at least N days ago.
// - time-in-stage: per stage title, median and 90th percentile (nearest rank) of the days between
//   entering and leaving it, over completed stage visits.
// --job and --since/--until (application created in [since, until)) narrow every one of them.
import type { Context } from '../context.js';
import { damaged, type Db } from './db.js';
import { openToRead, sayAge, type MirrorFlags } from './open.js';
import { parseWhen } from './when.js';

const DAY = 86_400_000;

export interface Filter {
  /** Job ids (already resolved). */
  jobIds?: string[];
  /** Applications created at or after / before (ISO 8601). */
  since?: string;
  until?: string;
  now?: Date;
}

export interface AnalyticsOptions extends MirrorFlags {
  /** A job title or id (matched like every --job). */
  job?: string;
  /** A date, time or age as people type them (see when.ts), or a Date. */
  since?: string | Date;
  until?: string | Date;
}

/** SQL condition and parameters narrowing `applications` (aliased a) by the filter. */
function appWhere(f: Filter): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.jobIds?.length) {
    parts.push(`a.job_id IN (${f.jobIds.map(() => '?').join(', ')})`);
    params.push(...f.jobIds);
  }
  if (f.since) {
    parts.push('a.created_at >= ?');
    params.push(f.since);
  }
  if (f.until) {
    parts.push('a.created_at < ?');
    params.push(f.until);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

// Every question reads application_progress (one narrow row per application, derived at sync
// time) and the small tables (jobs, interview_stages); time-in-stage reads a covering index of the
// history. Rows come back as arrays, which node:sqlite makes much faster than objects.

/** Runs a query and returns its rows as arrays. */
function arrays(db: Db, sql: string, params: Array<string | number> = []): unknown[][] {
  const stmt = db.prepare(sql);
  stmt.setReturnArrays(true);
  return stmt.all(...params) as unknown as unknown[][];
}

/**
 * SQL for a record's JSON text, byte for byte what JSON.stringify makes of `{key: value, …}` with the
 * keys in this order: pretty, as an item of a json list (indented by two more spaces, the first
 * line not at all, as Renderer.jsonTexts takes it); else compact. For values that are text,
 * integers or NULL: SQLite's json_quote and json_object write those as JSON.stringify does
 * (test/mirror-json-sql.test.ts checks every character). Keys are plain words.
 */
export function jsonRecordSql(fields: Array<[key: string, expr: string]>, pretty: boolean): string {
  for (const [k] of fields) if (!/^\w+$/.test(k)) throw new Error(`jsonRecordSql: key "${k}" is not a plain word`);
  if (!pretty) return `json_object(${fields.map(([k, e]) => `'${k}', ${e}`).join(', ')})`;
  return `${fields.map(([k, e], i) => `'${i ? ',' : '{'}\n    "${k}": ' || json_quote(${e})`).join(' || ')} || '\n  }'`;
}

interface StageInfo {
  title: string | null;
  type: string | null;
  position: number | null;
}

function stageInfo(db: Db): Map<string, StageInfo> {
  return new Map(
    arrays(db, 'SELECT id, title, type, position FROM interview_stages').map((r) => [
      r[0] as string,
      { title: r[1] as string | null, type: r[2] as string | null, position: r[3] as number | null },
    ]),
  );
}

function jobTitles(db: Db): Map<string, string | null> {
  return new Map(arrays(db, 'SELECT id, title FROM jobs').map((r) => [r[0] as string, r[1] as string | null]));
}

// ---- pipeline ---------------------------------------------------------------------------------

export interface PipelineRow {
  job: string;
  stage: string;
  stageType: string | null;
  position: number | null;
  applications: number;
  jobId: string;
  stageId: string;
}

export function pipelineRows(db: Db, f: Filter = {}): PipelineRow[] {
  const w = appWhere(f);
  const jobs = (
    f.jobIds?.length
      ? db.prepare(`SELECT id, title, interview_plan_id FROM jobs WHERE id IN (${f.jobIds.map(() => '?').join(', ')}) ORDER BY title, id`).all(...f.jobIds)
      : db.prepare(`SELECT id, title, interview_plan_id FROM jobs WHERE status = 'Open' ORDER BY title, id`).all()
  ) as Array<{ id: string; title: string; interview_plan_id: string | null }>;
  const stagesOf = db.prepare('SELECT id, title, type, position FROM interview_stages WHERE interview_plan_id = ? ORDER BY position, id');
  const counts = db.prepare(`SELECT a.stage_id, count(*) AS n FROM application_progress a WHERE a.job_id = ? AND ${w.sql} GROUP BY a.stage_id`);
  counts.setReturnArrays(true);
  const named = db.prepare(
    `SELECT max(a.stage) AS stage, max(a.stage_type) AS stage_type FROM application_progress a WHERE a.job_id = ? AND a.stage_id IS ? AND ${w.sql}`,
  );
  const out: PipelineRow[] = [];
  for (const job of jobs) {
    const n = new Map((counts.all(job.id, ...w.params) as unknown as Array<[string, number]>).map(([id, k]) => [id, k]));
    const stages = job.interview_plan_id ? (stagesOf.all(job.interview_plan_id) as Array<{ id: string; title: string; type: string; position: number }>) : [];
    for (const s of stages) {
      out.push({ job: job.title, stage: s.title, stageType: s.type, position: s.position, applications: n.get(s.id) ?? 0, jobId: job.id, stageId: s.id });
      n.delete(s.id);
    }
    // Applications in a stage of another plan (moved between plans) still count, after the plan's stages.
    for (const [id, k] of n) {
      const r = named.get(job.id, id, ...w.params) as { stage: string; stage_type: string };
      out.push({ job: job.title, stage: r.stage, stageType: r.stage_type, position: null, applications: k, jobId: job.id, stageId: id });
    }
  }
  return out;
}

// ---- funnel -----------------------------------------------------------------------------------

export interface FunnelRow {
  /** The source's title or the job's title. */
  group: string;
  stage: string;
  position: number | null;
  /** Applications that got at least as far as this stage. */
  reached: number;
  /** reached / reached at the previous stage (null for the first, or after none). */
  conversion: number | null;
  /** reached / reached at the first stage. */
  ofFirst: number | null;
  groupId: string | null;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

export function funnelRows(db: Db, by: 'source' | 'job', f: Filter = {}): FunnelRow[] {
  const w = appWhere(f);
  // Applications counted by group and by the set of stages in their history: a few hundred rows.
  // The job comes last, so a group can list the stages of its jobs' plans. Each GROUP BY is the
  // order of its covering index (schema.ts), so SQLite sorts nothing: by job, the job is the group
  // already, and grouping by it twice would make SQLite sort every row (90 ms on 100k).
  const sets = arrays(
    db,
    by === 'source'
      ? `SELECT a.source_id, a.source, a.stages, a.job_id, count(*)
         FROM application_progress a WHERE a.stages IS NOT NULL AND ${w.sql} GROUP BY 1, 2, 3, 4`
      : `SELECT a.job_id, a.job_title, a.stages, a.job_id, count(*)
         FROM application_progress a WHERE a.stages IS NOT NULL AND ${w.sql} GROUP BY 1, 2, 3`,
    w.params,
  ) as Array<[string | null, string | null, string, string | null, number]>;
  const info = stageInfo(db);
  const titles = by === 'job' ? jobTitles(db) : undefined;
  // Each job's plan as stage titles and positions (Archived stages left out), so that a stage
  // nobody in a group reached still shows, with 0.
  const planOf = db.prepare(
    `SELECT s.title, s.position FROM jobs j JOIN interview_stages s ON s.interview_plan_id = j.interview_plan_id
     WHERE j.id = ? AND s.title IS NOT NULL AND s.type IS NOT 'Archived'`,
  );
  planOf.setReturnArrays(true);
  const plans = new Map<string, Array<[string, number | null]>>();
  const plan = (jobId: string | null): Array<[string, number | null]> => {
    if (jobId === null) return [];
    if (!plans.has(jobId)) plans.set(jobId, planOf.all(jobId) as unknown as Array<[string, number | null]>);
    return plans.get(jobId)!;
  };
  // A stage no longer in any plan (or without a title) is named as the history names it: its latest entry.
  const historyTitle = db.prepare('SELECT stage FROM application_history WHERE stage_id = ? ORDER BY entered_at DESC LIMIT 1');
  const lost = new Map<string, string>();
  const stageOf = (id: string): { title: string; position: number | null } | undefined => {
    const s = info.get(id);
    if (s?.type === 'Archived') return undefined;
    if (s?.title != null) return { title: s.title, position: s.position };
    if (!lost.has(id)) lost.set(id, ((historyTitle.get(id) as { stage: string | null } | undefined)?.stage ?? '') as string);
    return { title: lost.get(id)!, position: s?.position ?? null };
  };
  // Stage order: the smallest position a stage title has in any plan.
  const LAST = 1e9;
  const order = new Map<string, number>();
  const entries: Array<{ key: string; name: string; id: string | null; stages: string[]; plan: string[]; n: number }> = [];
  for (const [gid, gname, ids, jobId, n] of sets) {
    const name = by === 'source' ? (gname ?? '(no source)') : (((gid !== null ? titles!.get(gid) : undefined) ?? gname) as string);
    const stages = new Set<string>();
    for (const id of ids.split(' ')) {
      const s = stageOf(id);
      if (!s) continue;
      stages.add(s.title);
      order.set(s.title, Math.min(order.get(s.title) ?? LAST, s.position ?? LAST));
    }
    if (!stages.size) continue;
    const planned = plan(jobId).map(([title, position]) => {
      order.set(title, Math.min(order.get(title) ?? LAST, position ?? LAST));
      return title;
    });
    entries.push({ key: `${name}\u0000${gid ?? ''}`, name, id: gid, stages: [...stages], plan: planned, n });
  }
  const byOrder = (a: string, b: string) => order.get(a)! - order.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  // Per group: the stages seen or in its jobs' plans, and how many applications got no further than each.
  const groups = new Map<string, { name: string; id: string | null; stages: Set<string>; furthest: Map<string, number> }>();
  for (const e of entries) {
    const g = groups.get(e.key) ?? { name: e.name, id: e.id, stages: new Set<string>(), furthest: new Map<string, number>() };
    let far = e.stages[0];
    for (const st of e.stages) {
      g.stages.add(st);
      if (byOrder(st, far) > 0) far = st;
    }
    g.furthest.set(far, (g.furthest.get(far) ?? 0) + e.n);
    for (const st of e.plan) g.stages.add(st);
    groups.set(e.key, g);
  }
  const out: FunnelRow[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    const stages = [...g.stages].sort(byOrder);
    const reached = stages.map((st) => {
      let k = 0;
      for (const [x, n] of g.furthest) if (byOrder(x, st) >= 0) k += n;
      return k;
    });
    stages.forEach((st, i) => {
      out.push({
        group: g.name,
        stage: st,
        position: order.get(st)! < LAST ? order.get(st)! : null,
        reached: reached[i],
        conversion: i === 0 ? null : ratio(reached[i], reached[i - 1]),
        ofFirst: ratio(reached[i], reached[0]),
        groupId: g.id,
      });
    });
  }
  return out;
}

// ---- stale ------------------------------------------------------------------------------------

export interface StaleRow {
  candidate: string;
  job: string;
  stage: string;
  /** Whole days since the current stage was entered. */
  days: number;
  enteredAt: string;
  applicationId: string;
  candidateId: string;
}

/**
 * stale's query, narrowed by `where` (appWhere). The partial index STALE_INDEX (schema.ts) holds
 * the active applications in this order, with every column read here: SQLite walks it, reading
 * no table and sorting nothing.
 */
export const staleSql = (where: string) =>
  `SELECT a.candidate_name, a.job_id, a.job_title, a.stage, a.stage_entered_ms, a.stage_entered_at, a.id, a.candidate_id ${staleFrom(where)}`;

const staleFrom = (where: string) =>
  `FROM application_progress a WHERE a.status = 'Active' AND a.stage_entered_ms <= ? AND ${where}
   ORDER BY a.stage_entered_ms, a.id`;

/**
 * stale's query with each row made into its JSON text by SQLite (jsonRecordSql): the StaleRow that
 * staleQuery makes, as JSON.stringify writes it, key for key. Job titles are as jobTitles has them:
 * read from the index when `titlesHeld` (titlesHeld()), else looked up in a copy of the jobs table
 * that SQLite indexes for itself. Parameters: now (in whole milliseconds), then staleSql's. Days are
 * whole because stage_entered_ms is (Date.parse at sync time), and counted as Math.floor counts
 * them because the query only takes entry times up to now.
 */
export const staleJsonSql = (where: string, pretty: boolean, titlesHeld: boolean) =>
  `${titlesHeld ? '' : 'WITH job_titles(id, title) AS MATERIALIZED (SELECT id, title FROM jobs)'}
   SELECT ${jsonRecordSql(
     [
       ['candidate', 'a.candidate_name'],
       ['job', titlesHeld ? 'a.job_title' : 'coalesce((SELECT t.title FROM job_titles t WHERE t.id = a.job_id), a.job_title)'],
       ['stage', 'a.stage'],
       ['days', `(CAST(? AS INTEGER) - a.stage_entered_ms) / ${DAY}`],
       ['enteredAt', 'a.stage_entered_at'],
       ['applicationId', 'a.id'],
       ['candidateId', 'a.candidate_id'],
     ] satisfies Array<[keyof StaleRow, string]>,
     pretty,
   )} ${staleFrom(where)}`;

/**
 * Whether application_progress holds every job's title as the jobs table has it (no job renamed
 * since its applications were last synced): then a job title the analytics show is the one in the
 * row. A few index seeks per job (application_progress_job_stages leads with job and title).
 */
export const titlesHeldSql = `SELECT NOT EXISTS (SELECT 1 FROM jobs j WHERE j.title IS NOT NULL AND (
    EXISTS (SELECT 1 FROM application_progress a WHERE a.job_id = j.id AND a.job_title < j.title)
    OR EXISTS (SELECT 1 FROM application_progress a WHERE a.job_id = j.id AND a.job_title > j.title)
    OR EXISTS (SELECT 1 FROM application_progress a WHERE a.job_id = j.id AND a.job_title IS NULL))) AS held`;

/**
 * Stale applications, longest waiting first (the earliest entry into the current stage; then by
 * application id): streamed, so a list of tens of thousands never sits in memory twice. Entry
 * times are read with JavaScript's own Date.parse (at sync time: stage_entered_ms), and days
 * counted as Math.floor counts them.
 */
export function staleQuery(db: Db, days: number, f: Filter = {}): Iterable<StaleRow> {
  const w = appWhere(f);
  const now = (f.now ?? new Date()).getTime();
  const titles = jobTitles(db);
  const stmt = db.prepare(staleSql(w.sql));
  // Arrays, made into objects here: node:sqlite's row objects are slow to read and to stringify.
  stmt.setReturnArrays(true);
  const rows = stmt.iterate(now - days * DAY, ...w.params) as Iterable<[string, string | null, string, string, number, string, string, string]>;
  return (function* () {
    for (const r of rows)
      yield {
        candidate: r[0],
        job: ((r[1] !== null ? titles.get(r[1]) : undefined) ?? r[2]) as string,
        stage: r[3],
        days: Math.floor((now - r[4]) / DAY),
        enteredAt: r[5],
        applicationId: r[6],
        candidateId: r[7],
      };
  })();
}

export function staleRows(db: Db, days: number, f: Filter = {}): StaleRow[] {
  return [...staleQuery(db, days, f)];
}

/**
 * staleQuery's rows as their JSON text (Renderer.jsonText): for json, each as an item of the list
 * is indented; for ndjson, compact. The same rows in the same order, without making the objects.
 */
export function staleJsonQuery(db: Db, days: number, format: 'json' | 'ndjson', f: Filter = {}): Iterable<string> {
  const w = appWhere(f);
  const now = (f.now ?? new Date()).getTime();
  const held = Boolean((db.prepare(titlesHeldSql).get() as { held: number }).held);
  const stmt = db.prepare(staleJsonSql(w.sql, format === 'json', held));
  stmt.setReturnArrays(true);
  const rows = stmt.iterate(now, now - days * DAY, ...w.params) as Iterable<[string]>;
  return (function* () {
    for (const r of rows) yield r[0];
  })();
}

// ---- time in stage ----------------------------------------------------------------------------

export interface TimeInStageRow {
  stage: string;
  position: number | null;
  /** Completed visits (entered and left). */
  visits: number;
  medianDays: number;
  p90Days: number;
}

/** Median (mean of the middle two for an even count) of sorted numbers. */
export function median(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The numbers in comma-separated lists of non-negative integers (group_concat), read without splitting. */
export function parseInts(lists: string[]): Float64Array {
  let n = 0;
  for (const s of lists) if (s) n += 1 + countOf(s, 44);
  const out = new Float64Array(n);
  let k = 0;
  for (const s of lists) {
    if (!s) continue;
    let v = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 44) {
        out[k++] = v;
        v = 0;
      } else v = v * 10 + (c - 48);
    }
    out[k++] = v;
  }
  return out;
}

function countOf(s: string, code: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++;
  return n;
}

const days2 = (ms: number) => Math.round((ms / DAY) * 100) / 100;

export function timeInStageRows(db: Db, f: Filter = {}): TimeInStageRow[] {
  const w = appWhere(f);
  // Completed visits, per stage id and history title, from a covering index of the history (in
  // duration order without filters); without filters no application is read (every history row
  // has its application: the sync keeps none for applications it lacks).
  const rows = arrays(
    db,
    w.params.length
      ? `SELECT h.stage_id, h.stage, group_concat(h.duration_ms) FROM application_progress a JOIN application_history h ON h.application_id = a.id
         WHERE h.duration_ms >= 0 AND ${w.sql} GROUP BY h.stage_id, h.stage`
      : 'SELECT h.stage_id, h.stage, group_concat(h.duration_ms) FROM application_history h WHERE h.duration_ms >= 0 GROUP BY h.stage_id, h.stage',
    w.params,
  ) as Array<[string | null, string | null, string]>;
  const info = stageInfo(db);
  const by = new Map<string, { position: number; ms: string[] }>();
  for (const [stageId, title, list] of rows) {
    const s = stageId !== null ? info.get(stageId) : undefined;
    const stage = (s?.title ?? title) as string;
    let g = by.get(stage);
    if (!g) by.set(stage, (g = { position: Infinity, ms: [] }));
    g.position = Math.min(g.position, s?.position ?? Infinity);
    g.ms.push(list);
  }
  return [...by]
    .map(([stage, g]) => {
      const sorted = parseInts(g.ms).sort();
      return {
        stage,
        position: Number.isFinite(g.position) ? g.position : null,
        visits: sorted.length,
        medianDays: days2(median(sorted)),
        p90Days: days2(percentile(sorted, 90)),
      };
    })
    .sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9) || (a.stage < b.stage ? -1 : 1));
}

// ---- (ctx, options) => rows -------------------------------------------------------------------

/** Opens the mirror for an analytics question and turns typed options into a Filter. */
async function withMirror<T>(ctx: Context, o: AnalyticsOptions, run: (db: Db, f: Filter) => T | Promise<T>): Promise<T> {
  // Both ages ("30d") from the same instant, so that equal ones are equal.
  const typed = ctx.now();
  const names = { since: o.names?.since ?? '--since', until: o.names?.until ?? '--until' };
  const since = o.since instanceof Date ? o.since : o.since !== undefined ? await parseWhen(names.since, o.since, typed, ctx.timeZone) : undefined;
  const until = o.until instanceof Date ? o.until : o.until !== undefined ? await parseWhen(names.until, o.until, typed, ctx.timeZone) : undefined;
  // "6m" is six minutes, as everywhere ages are typed; an analyst may mean six months and would
  // get a nearly empty answer with no word why. Said once, with what to type for months.
  for (const [name, raw] of [
    [names.since, o.since],
    [names.until, o.until],
  ] as const) {
    const minutes = typeof raw === 'string' ? /^\s*(\d+)\s*m\s*$/i.exec(raw)?.[1] : undefined;
    if (minutes !== undefined && Number(minutes) > 1)
      ctx.info(`note: ${name} "${raw}" is ${minutes} minutes ago; for months give days or a date (${Number(minutes) * 30}d, or YYYY-MM-DD)`);
  }
  // Loaded only when both are given: stale and the others start without the time module.
  if (since && until) (await import('../workflows/time.js')).checkSpan(since, until, ctx.timeZone, names);
  const m = await openToRead(ctx, o, true);
  try {
    // Each analytics query reads its covering index once, in order (schema.ts), and no page twice:
    // SQLite's default page cache (2 MB) would only be fresh memory to fill, which is time on a
    // machine where touching new memory is slow (bench/README.md, run 16). `ashby sql`, whose
    // joins read pages again, keeps the default.
    m.db.exec('PRAGMA cache_size = -128');
    await sayAge(ctx, m);
    const jobIds = o.job !== undefined ? [await resolveJob(ctx, m.db, o.job, o.names?.job)] : undefined;
    return await run(m.db, { jobIds, since: since?.toISOString(), until: until?.toISOString(), now: ctx.now() });
  } catch (e) {
    throw damaged(e, m.loc.path);
  } finally {
    m.db.close();
  }
}

/** --job: a title or id, matched against the mirror's jobs the way every --job is matched. */
async function resolveJob(ctx: Context, db: Db, query: string, name = '--job'): Promise<string> {
  const { Resolver, matchEntries } = await import('../resolve/index.js');
  const jobs = (db.prepare('SELECT id, title, status FROM jobs').all() as Array<{ id: string; title: string; status: string }>).map((j) => ({
    id: j.id,
    name: j.title,
    detail: j.status,
    archived: j.status === 'Archived',
  }));
  const found = matchEntries(jobs, query);
  // The matches are listed with their ids; the query that lists every job is the command line's.
  // Jobs of one title (a role reopened as a new job): the full title is what was given.
  const namesakes = new Set(found.matches.map((m) => m.name.toLowerCase())).size === 1;
  const hint = `${namesakes ? 'they share the title: give the id' : 'give the full title or the id'}${name.startsWith('-') ? ' (ashby sql "SELECT id, title FROM jobs")' : ''}`;
  return (await new Resolver(ctx).one('job', query.trim(), found.matches, found.exact, name, hint)).id;
}

export const pipeline = (ctx: Context, o: AnalyticsOptions = {}) => withMirror(ctx, o, (db, f) => pipelineRows(db, f));
export const funnel = (ctx: Context, o: AnalyticsOptions & { by: 'source' | 'job' }) => withMirror(ctx, o, (db, f) => funnelRows(db, o.by, f));
export const stale = (ctx: Context, o: AnalyticsOptions & { days: number }) => withMirror(ctx, o, (db, f) => staleRows(db, o.days, f));
/** stale, handing the rows to `render` as they come (the mirror stays open until it is done). */
export const staleEach = <T>(ctx: Context, o: AnalyticsOptions & { days: number }, render: (rows: Iterable<StaleRow>) => Promise<T>) =>
  withMirror(ctx, o, (db, f) => render(staleQuery(db, o.days, f)));
/** staleEach with the rows as their JSON text (staleJsonQuery). */
export const staleJsonEach = <T>(
  ctx: Context,
  o: AnalyticsOptions & { days: number },
  format: 'json' | 'ndjson',
  render: (texts: Iterable<string>) => Promise<T>,
) => withMirror(ctx, o, (db, f) => render(staleJsonQuery(db, o.days, format, f)));
export const timeInStage = (ctx: Context, o: AnalyticsOptions = {}) => withMirror(ctx, o, (db, f) => timeInStageRows(db, f));
