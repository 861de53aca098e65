// Reports: report.generate runs asynchronously (in_progress for a few polls, then complete) and
// report.synchronous answers at once; starts are limited to 15 a minute and 3 at a time per
// organisation (HTTP 429), polls are free. The sandbox config can make report.synchronous answer
// in_progress, as Ashby does for a report that takes more than its 30 s (WorldConfig.reportSync),
// and make every run fail (reportFailure).
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import type { Handler } from '../handler.js';
import type { ApplicationRecord } from '../seed.js';
import type { World } from '../world.js';

const STARTS_PER_MINUTE = 15;
const CONCURRENT = 3;
/** Slots of runs nobody polls to the end are freed after this long. */
const RUN_SLOT_MS = 60_000;
/** Applications a report looks at (keeps huge sandboxes fast). */
const SAMPLE = 5000;

interface Run {
  requestId: string;
  reportId: string;
  headers: boolean;
  pollsLeft: number;
  startedAt: number;
  /** False for a run report.generate does not know (a slow synchronous run in 'slow-unpollable'). */
  pollable: boolean;
  result?: Record<string, unknown>;
}

interface ReportState {
  starts: number[];
  runs: Map<string, Run>;
  next: number;
}

function state(world: World): ReportState {
  let s = world.scratch.get('reports') as ReportState | undefined;
  if (!s) world.scratch.set('reports', (s = { starts: [], runs: new Map(), next: 1 }));
  return s;
}

/** Claims a start under the org limits, or throws the 429 Ashby sends. */
function claimStart(world: World): void {
  const s = state(world);
  const now = world.store.now();
  s.starts = s.starts.filter((t) => now - t < 60_000);
  if (s.starts.length >= STARTS_PER_MINUTE)
    throw new SandboxError('rate_limit_exceeded', 'Rate limit exceeded: at most 15 report requests per minute. Try again in 60 seconds.', 429);
  const running = [...s.runs.values()].filter((r) => r.pollsLeft > 0 && now - r.startedAt < RUN_SLOT_MS).length;
  if (running >= CONCURRENT)
    throw new SandboxError('concurrent_limit_exceeded', 'Concurrent limit exceeded: at most 3 reports at a time. Try again in 30 seconds.', 429);
  s.starts.push(now);
}

function tally(world: World, report: Entity): [string[], Array<Array<string | number>>] {
  const counts = new Map<string, number>();
  let n = 0;
  for (const [, e] of world.col('application').scan()) {
    if (n++ >= SAMPLE) break;
    const a = e as ApplicationRecord;
    const key =
      report.title === 'Pipeline by stage'
        ? String(world.stageSummary(a.stageId).title)
        : report.title === 'Applications by source'
          ? String(world.col('source').get(a.sourceId ?? '')?.title ?? 'Unknown')
          : String(world.col('job').get(a.jobId)?.title ?? 'Unknown');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const first = report.title === 'Pipeline by stage' ? 'Stage' : report.title === 'Applications by source' ? 'Source' : 'Job';
  return [[first, 'Applications'], [...counts].sort((a, b) => b[1] - a[1])];
}

function result(world: World, run: Run): Record<string, unknown> {
  const failure = world.config.reportFailure;
  if (failure) return { requestId: run.requestId, status: 'failed', reportData: null, failureReason: failure };
  const report = world.need('report', run.reportId);
  const [columnNames, rows] = tally(world, report);
  const now = world.store.now();
  return {
    requestId: run.requestId,
    status: 'complete',
    reportData: {
      columnNames,
      data: run.headers ? [columnNames, ...rows] : rows,
      metadata: {
        title: String(report.title),
        updatedAt: new Date(now).toISOString(),
        reportGeneratedAt: new Date(now).toISOString(),
        cacheExpiresAt: new Date(now + 3_600_000).toISOString(),
      },
    },
    failureReason: null,
  };
}

function startRun(world: World, reportId: string, headers: boolean, polls: number, pollable = true): Run {
  world.need('report', reportId);
  claimStart(world);
  const s = state(world);
  const run: Run = {
    requestId: `rep_result:${world.store.params.seed}-${s.next++}`,
    reportId,
    headers,
    pollsLeft: polls,
    startedAt: world.store.now(),
    pollable,
  };
  s.runs.set(run.requestId, run);
  return run;
}

export const reportHandlers: Record<string, Handler> = {
  'report.generate': ({ world, body }) => {
    if (body.requestId === undefined) {
      const run = startRun(world, body.reportId, body.includeHeadersInData !== false, world.config.reportPolls);
      if (run.pollsLeft <= 0) return { results: (run.result = result(world, run)) };
      return { results: { requestId: run.requestId, status: 'in_progress', reportData: null, failureReason: null } };
    }
    const run = state(world).runs.get(String(body.requestId));
    if (!run || run.reportId !== body.reportId || !run.pollable)
      throw new SandboxError('report_request_not_found', `no report run "${body.requestId}" for report ${body.reportId}`);
    if (run.pollsLeft > 0) run.pollsLeft--;
    if (run.pollsLeft > 0) return { results: { requestId: run.requestId, status: 'in_progress', reportData: null, failureReason: null } };
    run.result ??= result(world, run);
    return { results: run.result };
  },

  'report.synchronous': ({ world, body }) => {
    const sync = world.config.reportSync;
    if (sync !== 'fast') {
      // Past the synchronous window: the run goes on, as report.generate's would.
      const run = startRun(world, body.reportId, body.includeHeadersInData !== false, Math.max(1, world.config.reportPolls), sync === 'slow');
      return { results: { requestId: run.requestId, status: 'in_progress', reportData: null, failureReason: null } };
    }
    const run = startRun(world, body.reportId, body.includeHeadersInData !== false, 0);
    return { results: (run.result = result(world, run)) };
  },
};
