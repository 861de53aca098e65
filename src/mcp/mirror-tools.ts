// The questions one API call cannot answer (where each job's applications stand, who is stuck,
// how far candidates get, how long stages take, words in notes), answered from the local mirror
// (src/mirror/) by the same functions as `ashby pipeline|funnel|stale|time-in-stage|search`. A
// mirror older than maxAge (default 15 minutes) is brought up to date from Ashby first, unless
// offline. They read Ashby only; the mirror file on this machine is what they write.
import type { ObjectSchema } from './schema.js';
import type { Annotations } from './safety.js';
import type { ToolResult } from './results.js';
import { checkArgs, inCall, page, type ToolDef, type ToolEnv } from './tool.js';
import type { CallContext } from './call-context.js';

/** Rows in one answer; `offset` continues. */
export const MAX_ROWS = 100;

const READ: Annotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

type Args = Record<string, unknown>;

const COMMON = {
  job: { type: 'string', description: 'only this job (title or id)' },
  since: { type: 'string', description: 'only applications created at or after this: a date (YYYY-MM-DD), an ISO time, or an age such as 30d' },
  until: { type: 'string', description: 'only applications created before this (same forms as since)' },
  maxAge: { type: 'string', description: 'bring the mirror up to date first when it is older than this (default 15m; 0s: always)' },
  offline: { type: 'boolean', description: 'answer from the mirror as it is, without asking Ashby' },
  offset: { type: 'integer', minimum: 0, description: 'skip this many rows (to continue a cut answer)' },
} as const;

function schema(
  extra: ObjectSchema['properties'],
  required: string[] = [],
  common: Array<keyof typeof COMMON> = ['job', 'since', 'until', 'maxAge', 'offline', 'offset'],
): ObjectSchema {
  const properties: ObjectSchema['properties'] = { ...extra };
  for (const k of common) properties[k] = { ...COMMON[k] } as ObjectSchema['properties'][string];
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

/**
 * The calls of this server that may sync the mirror first take turns. Side by side, the second
 * would meet the sync lock of the first (held by this very process) and fail, or answer from a
 * mirror half-synced; in turn, it finds the mirror fresh and answers from it.
 */
let turn: Promise<unknown> = Promise.resolve();

function answer(env: ToolEnv, name: string, args: Args, s: ObjectSchema, rows: (ctx: CallContext) => Promise<unknown[]>): Promise<ToolResult> {
  return inCall(env, { confirmed: false }, async (ctx) => {
    checkArgs(args, s, name);
    let read: Promise<unknown[]>;
    if (args.offline === true) read = rows(ctx);
    else {
      read = turn.then(() => rows(ctx));
      turn = read.catch(() => {});
    }
    return page(await read, (args.offset as number | undefined) ?? 0, MAX_ROWS, 'rows');
  });
}

/** Shared checks name these parameters in their messages, not the CLI's flags (--since, --max-age). */
const NAMES = { job: 'job', since: 'since', until: 'until', maxAge: 'maxAge', offline: 'offline' };

const filters = (a: Args) => ({
  job: a.job as string | undefined,
  since: a.since as string | undefined,
  until: a.until as string | undefined,
  maxAge: a.maxAge as string | undefined,
  offline: a.offline as boolean | undefined,
  names: NAMES,
});

const MIRROR_NOTE = 'From the local mirror of Ashby (synced first when older than maxAge).';

export function mirrorTools(): ToolDef[] {
  const pipeline = schema({});
  const stale = schema({ days: { type: 'integer', minimum: 0, description: 'in the current stage at least this many days (default 14)' } });
  const funnel = schema({ by: { type: 'string', enum: ['source', 'job'], description: 'one funnel per source (default) or per job' } });
  const timeInStage = schema({});
  const search = schema(
    {
      text: { type: 'string', description: 'words to find; all must match, the last also as the start of a word' },
      kinds: { type: 'array', items: { type: 'string', enum: ['candidate', 'application', 'note'] }, description: 'only these kinds of record (default: all)' },
    },
    ['text'],
    ['maxAge', 'offline', 'offset'],
  );
  const tool = (name: string, title: string, description: string, s: ObjectSchema, rows: (ctx: CallContext, a: Args) => Promise<unknown[]>): ToolDef => ({
    name,
    description: `${description} ${MIRROR_NOTE} Read-only.`,
    inputSchema: s,
    annotations: { ...READ, title },
    write: false,
    run: (args, env) => answer(env, name, args, s, (ctx) => rows(ctx, args)),
  });
  return [
    tool(
      'pipeline',
      'Pipeline',
      "Open jobs and the stages of each job's interview plan, with how many applications are in each stage now.",
      pipeline,
      async (ctx, a) => {
        const m = await import('../mirror/analytics.js');
        return m.pipeline(ctx, filters(a));
      },
    ),
    tool(
      'stale_applications',
      'Stale applications',
      'Active applications that entered their current stage at least `days` days ago (default 14), longest waiting first.',
      stale,
      async (ctx, a) => {
        const m = await import('../mirror/analytics.js');
        return m.stale(ctx, { ...filters(a), days: (a.days as number | undefined) ?? 14 });
      },
    ),
    tool(
      'funnel',
      'Funnel',
      "Per source (or job): how many applications got at least as far as each stage, and the share of the previous stage's that did.",
      funnel,
      async (ctx, a) => {
        const m = await import('../mirror/analytics.js');
        return m.funnel(ctx, { ...filters(a), by: (a.by as 'source' | 'job' | undefined) ?? 'source' });
      },
    ),
    tool(
      'time_in_stage',
      'Time in stage',
      'Per stage: how many days applications spent in it (median and 90th percentile) over completed visits.',
      timeInStage,
      async (ctx, a) => {
        const m = await import('../mirror/analytics.js');
        return m.timeInStage(ctx, filters(a));
      },
    ),
    tool(
      'search_mirror',
      'Full-text search',
      'Full-text search over candidates, applications and notes (notes only once synced into the mirror; the answer says when they were not searched), best matches first, with the matched words in [brackets].',
      search,
      async (ctx, a) => {
        const m = await import('../mirror/search.js');
        return m.search(ctx, a.text as string, {
          maxAge: a.maxAge as string | undefined,
          offline: a.offline as boolean | undefined,
          names: NAMES,
          kinds: a.kinds as Array<'candidate' | 'application' | 'note'> | undefined,
          limit: 500,
        });
      },
    ),
  ];
}
