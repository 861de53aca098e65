// Pipeline analytics on the local mirror: `ashby pipeline`, `funnel`, `stale`, `time-in-stage`.
// One module for the four top-level groups; each group registers its own command.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { intOption } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { Group } from '../registry.js';
import type { FunnelRow, PipelineRow, StaleRow, TimeInStageRow } from '../../mirror/analytics.js';
import { setMeta } from '../meta.js';
import { readOptions } from './common.js';

interface Common {
  job?: string;
  since?: string;
  until?: string;
  db?: string;
  maxAge?: string;
  offline?: boolean;
}

const FILTERS = `
--since/--until take a date (2026-11-01, local midnight), a local time (2026-11-01T09:00), a
time with a zone, or an age (30d, 2w); they keep applications created in that window. The mirror
is refreshed first when older than --max-age (default 15m); --offline never refreshes.`;

function analyticsCommand(program: Command, name: string, description: string): Command {
  return readOptions(
    program
      .command(name)
      .description(description)
      .option('--job <job>', 'only this job (title or id)')
      .option('--since <when>', 'only applications created at or after this time')
      .option('--until <when>', 'only applications created before this time'),
  );
}

// Every field of each command's rows (analytics.ts), in their order: the CSV header when there are none.
const FIELDS = {
  pipeline: ['job', 'stage', 'stageType', 'position', 'applications', 'jobId', 'stageId'] satisfies Array<keyof PipelineRow>,
  funnel: ['group', 'stage', 'position', 'reached', 'conversion', 'ofFirst', 'groupId'] satisfies Array<keyof FunnelRow>,
  stale: ['candidate', 'job', 'stage', 'days', 'enteredAt', 'applicationId', 'candidateId'] satisfies Array<keyof StaleRow>,
  'time-in-stage': ['stage', 'position', 'visits', 'medianDays', 'p90Days'] satisfies Array<keyof TimeInStageRow>,
};

async function print(ctx: Context, rows: object[], columns: string[], header: string[]): Promise<void> {
  const out = await ctx.renderer({ columns, header });
  await out.list(rows);
}

const COMMANDS: Record<string, (program: Command, ctx: Context) => Command> = {
  pipeline: (program, ctx) =>
    analyticsCommand(program, 'pipeline', 'Open jobs by stage: how many applications are in each stage now')
      .addHelpText(
        'after',
        `${FILTERS}

With --job, that job whatever its status; otherwise every open job.

Examples:
  ashby pipeline
  ashby pipeline --job "Staff Engineer" -o csv
  ashby pipeline --since 30d --offline`,
      )
      .action(async (o: Common) => {
        const { pipeline } = await import('../../mirror/analytics.js');
        await print(ctx, await pipeline(ctx, o), ['job', 'stage', 'stageType', 'applications'], FIELDS.pipeline);
      }),

  funnel: (program, ctx) =>
    analyticsCommand(program, 'funnel', 'Stage-to-stage conversion, by source or by job')
      .requiredOption('--by <group>', 'source or job')
      .addHelpText(
        'after',
        `
For each source (or job): how many applications got at least as far as each stage (the furthest
stage in their history counts; stages in plan order, Archived ones left out), the share of the
previous stage's number that got there (conversion) and the share of the first stage's (ofFirst).
${FILTERS}

Examples:
  ashby funnel --by source
  ashby funnel --by job --since 2026-01-01 -o csv`,
      )
      .action(async (o: Common & { by: string }) => {
        const by = o.by.toLowerCase();
        if (by !== 'source' && by !== 'job') throw new UsageError(`--by "${o.by}": expected source or job`);
        const { funnel } = await import('../../mirror/analytics.js');
        await print(ctx, await funnel(ctx, { ...o, by }), ['group', 'stage', 'reached', 'conversion', 'ofFirst'], FIELDS.funnel);
      }),

  stale: (program, ctx) =>
    analyticsCommand(program, 'stale', 'Active applications that have sat in their stage for N days or more')
      .option('--days <n>', 'days in the current stage', '14')
      .addHelpText(
        'after',
        `${FILTERS}

Examples:
  ashby stale                        # 14 days or more
  ashby stale --days 30 --job "Product Designer"
  ashby stale -o json --jq '.[].applicationId'`,
      )
      .action(async (o: Common & { days: string }) => {
        const days = intOption('--days', o.days, 0, 36_500);
        const { staleEach, staleJsonEach } = await import('../../mirror/analytics.js');
        const out = await ctx.renderer({ columns: ['candidate', 'job', 'stage', 'days', 'enteredAt'], header: FIELDS.stale });
        // JSON with every field (a pipe's default): SQLite writes each row's text, the same bytes
        // for less work on long lists (bench/README.md, run 19).
        const text = out.jsonText;
        if (text) await staleJsonEach(ctx, { ...o, days }, text, (texts) => out.jsonTexts(texts));
        else await staleEach(ctx, { ...o, days }, (rows) => out.list(rows));
      }),

  'time-in-stage': (program, ctx) =>
    analyticsCommand(program, 'time-in-stage', 'How long applications stay in each stage: median and 90th percentile')
      .addHelpText(
        'after',
        `
Days between entering and leaving a stage, over stage visits that ended; stages are grouped by
title across jobs (use --job for one job). The 90th percentile is the nearest-rank one.
${FILTERS}

Examples:
  ashby time-in-stage
  ashby time-in-stage --job "Staff Engineer" --since 90d`,
      )
      .action(async (o: Common) => {
        const { timeInStage } = await import('../../mirror/analytics.js');
        await print(ctx, await timeInStage(ctx, o), ['stage', 'visits', 'medianDays', 'p90Days'], FIELDS['time-in-stage']);
      }),
};

export function register(program: Command, ctx: Context, group: Group): void {
  const make = COMMANDS[group.name];
  if (!make) throw new Error(`no analytics command ${group.name}`);
  setMeta(make(program, ctx), { kind: 'hand', endpoints: [], fileOptions: ['db'], liveOptions: { job: 'job' } });
}
