// Pipeline analytics over the mirror. Each is a plain function of an open database and filters
// (`…Rows(db, filter)`), and a `(ctx, options) => rows` wrapper that opens the mirror (refreshing
// it when older than --max-age, unless offline) and resolves --job: what the commands and the MCP
// server call.
//
// Definitions (also in the README):
// - pipeline: open jobs × the stages of each job's interview plan, with the number of
//   applications currently in each stage.
// - funnel: per group (source or job), how many applications got at least as far as each stage
//   (stages by title, in plan order, Archived stages left out; how far an application got is the
//   furthest stage in its history), and the share of the previous stage's that did.
// - stale: Active applications whose current stage was entered at least N days ago.
// - time-in-stage: per stage title, median and 90th percentile (nearest rank) of the days between
//   entering and leaving it, over completed stage visits.
// --job and --since/--until (application created in [since, until)) narrow every one of them.
import type { Context } from '../context.js';
import type { Db } from './db.js';
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
  const jobs = (f.jobIds?.length
    ? db.prepare(`SELECT id, title, interview_plan_id FROM jobs WHERE id IN (${f.jobIds.map(() => '?').join(', ')}) ORDER BY title, id`).all(...f.jobIds)
    : db.prepare(`SELECT id, title, interview_plan_id FROM jobs WHERE status = 'Open' ORDER BY title, id`).all()) as Array<{ id: string; title: string; interview_plan_id: string | null }>;
  const stagesOf = db.prepare('SELECT id, title, type, position FROM interview_stages WHERE interview_plan_id = ? ORDER BY position, id');
  const counts = db.prepare(`SELECT a.stage_id, max(a.stage) AS stage, max(a.stage_type) AS stage_type, count(*) AS n FROM applications a WHERE a.job_id = ? AND ${w.sql} GROUP BY a.stage_id`);
  const out: PipelineRow[] = [];
  for (const job of jobs) {
    const n = new Map((counts.all(job.id, ...w.params) as Array<{ stage_id: string; stage: string; stage_type: string; n: number }>).map((r) => [r.stage_id, r]));
    const stages = job.interview_plan_id ? (stagesOf.all(job.interview_plan_id) as Array<{ id: string; title: string; type: string; position: number }>) : [];
    for (const s of stages) {
      out.push({ job: job.title, stage: s.title, stageType: s.type, position: s.position, applications: n.get(s.id)?.n ?? 0, jobId: job.id, stageId: s.id });
      n.delete(s.id);
    }
    // Applications in a stage of another plan (moved between plans) still count, after the plan's stages.
    for (const [id, r] of n) out.push({ job: job.title, stage: r.stage, stageType: r.stage_type, position: null, applications: r.n, jobId: job.id, stageId: id });
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
  const groupId = by === 'source' ? 'a.source_id' : 'a.job_id';
  const groupName = by === 'source' ? `coalesce(a.source, '(no source)')` : 'coalesce(j.title, a.job_title)';
  // Every stage each application entered (Archived stages aside), with its group.
  const rows = db
    .prepare(
      `SELECT h.application_id AS app, ${groupId} AS gid, ${groupName} AS gname, coalesce(s.title, h.stage) AS stage, s.position AS position
       FROM application_history h
       JOIN applications a ON a.id = h.application_id
       LEFT JOIN interview_stages s ON s.id = h.stage_id
       ${by === 'job' ? 'LEFT JOIN jobs j ON j.id = a.job_id' : ''}
       WHERE ${w.sql} AND coalesce(s.type, '') <> 'Archived'`,
    )
    .all(...w.params) as Array<{ app: string; gid: string | null; gname: string; stage: string; position: number | null }>;
  // Stage order: the smallest position a stage title has in any plan.
  const LAST = 1e9;
  const order = new Map<string, number>();
  for (const r of rows) order.set(r.stage, Math.min(order.get(r.stage) ?? LAST, r.position ?? LAST));
  const byOrder = (a: string, b: string) => order.get(a)! - order.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  // Per group: the stages seen, and how far each application got (its furthest stage).
  const groups = new Map<string, { name: string; id: string | null; stages: Set<string>; furthest: Map<string, string> }>();
  for (const r of rows) {
    const key = `${r.gname}\u0000${r.gid ?? ''}`;
    const g = groups.get(key) ?? { name: r.gname, id: r.gid, stages: new Set<string>(), furthest: new Map<string, string>() };
    g.stages.add(r.stage);
    const cur = g.furthest.get(r.app);
    if (cur === undefined || byOrder(r.stage, cur) > 0) g.furthest.set(r.app, r.stage);
    groups.set(key, g);
  }
  const out: FunnelRow[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    const stages = [...g.stages].sort(byOrder);
    const furthest = [...g.furthest.values()];
    const reached = stages.map((st) => furthest.filter((x) => byOrder(x, st) >= 0).length);
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

export function staleRows(db: Db, days: number, f: Filter = {}): StaleRow[] {
  const w = appWhere(f);
  const now = (f.now ?? new Date()).getTime();
  const rows = db
    .prepare(
      `SELECT a.id, a.candidate_id, a.candidate_name, coalesce(j.title, a.job_title) AS job, a.stage,
              coalesce(max(h.entered_at), a.updated_at) AS entered
       FROM applications a
       LEFT JOIN application_history h ON h.application_id = a.id AND +h.stage_id = a.stage_id
       LEFT JOIN jobs j ON j.id = a.job_id
       WHERE a.status = 'Active' AND ${w.sql}
       GROUP BY a.id`,
    )
    .all(...w.params) as Array<{ id: string; candidate_id: string; candidate_name: string; job: string; stage: string; entered: string | null }>;
  const out: StaleRow[] = [];
  for (const r of rows) {
    if (!r.entered) continue;
    const d = Math.floor((now - Date.parse(r.entered)) / DAY);
    if (d >= days) out.push({ candidate: r.candidate_name, job: r.job, stage: r.stage, days: d, enteredAt: r.entered, applicationId: r.id, candidateId: r.candidate_id });
  }
  return out.sort((a, b) => b.days - a.days || (a.applicationId < b.applicationId ? -1 : 1));
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
export function median(sorted: number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const days2 = (ms: number) => Math.round((ms / DAY) * 100) / 100;

export function timeInStageRows(db: Db, f: Filter = {}): TimeInStageRow[] {
  const w = appWhere(f);
  const rows = db
    .prepare(
      `SELECT coalesce(s.title, h.stage) AS stage, s.position AS position, h.entered_at, h.left_at
       FROM application_history h JOIN applications a ON a.id = h.application_id
       LEFT JOIN interview_stages s ON s.id = h.stage_id
       WHERE h.left_at IS NOT NULL AND ${w.sql}`,
    )
    .all(...w.params) as Array<{ stage: string; position: number | null; entered_at: string; left_at: string }>;
  const by = new Map<string, { position: number; ms: number[] }>();
  for (const r of rows) {
    const ms = Date.parse(r.left_at) - Date.parse(r.entered_at);
    if (!Number.isFinite(ms) || ms < 0) continue;
    const g = by.get(r.stage) ?? { position: Infinity, ms: [] };
    g.position = Math.min(g.position, r.position ?? Infinity);
    g.ms.push(ms);
    by.set(r.stage, g);
  }
  return [...by]
    .map(([stage, g]) => {
      const sorted = g.ms.sort((a, b) => a - b);
      return { stage, position: Number.isFinite(g.position) ? g.position : null, visits: sorted.length, medianDays: days2(median(sorted)), p90Days: days2(percentile(sorted, 90)) };
    })
    .sort((a, b) => (a.position ?? 1e9) - (b.position ?? 1e9) || (a.stage < b.stage ? -1 : 1));
}

// ---- (ctx, options) => rows -------------------------------------------------------------------

/** Opens the mirror for an analytics question and turns typed options into a Filter. */
async function withMirror<T>(ctx: Context, o: AnalyticsOptions, run: (db: Db, f: Filter) => T): Promise<T> {
  const since = o.since instanceof Date ? o.since : o.since !== undefined ? parseWhen('--since', o.since) : undefined;
  const until = o.until instanceof Date ? o.until : o.until !== undefined ? parseWhen('--until', o.until) : undefined;
  const m = await openToRead(ctx, o, true);
  try {
    sayAge(ctx, m);
    const jobIds = o.job !== undefined ? [await resolveJob(ctx, m.db, o.job)] : undefined;
    return run(m.db, { jobIds, since: since?.toISOString(), until: until?.toISOString() });
  } finally {
    m.db.close();
  }
}

/** --job: a title or id, matched against the mirror's jobs the way every --job is matched. */
async function resolveJob(ctx: Context, db: Db, query: string): Promise<string> {
  const { Resolver, matchEntries } = await import('../resolve/index.js');
  const jobs = (db.prepare('SELECT id, title, status FROM jobs').all() as Array<{ id: string; title: string; status: string }>).map((j) => ({ id: j.id, name: j.title, detail: j.status, archived: j.status === 'Archived' }));
  const found = matchEntries(jobs, query);
  return (await new Resolver(ctx).one('job', query.trim(), found.matches, found.exact, '--job', 'give the full title or the id (ashby sql "SELECT id, title FROM jobs")')).id;
}

export const pipeline = (ctx: Context, o: AnalyticsOptions = {}) => withMirror(ctx, o, (db, f) => pipelineRows(db, f));
export const funnel = (ctx: Context, o: AnalyticsOptions & { by: 'source' | 'job' }) => withMirror(ctx, o, (db, f) => funnelRows(db, o.by, f));
export const stale = (ctx: Context, o: AnalyticsOptions & { days: number }) => withMirror(ctx, o, (db, f) => staleRows(db, o.days, f));
export const timeInStage = (ctx: Context, o: AnalyticsOptions = {}) => withMirror(ctx, o, (db, f) => timeInStageRows(db, f));
