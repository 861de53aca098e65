// `ashby job pipeline JOB`: how many applications sit in each stage, and who arrived last.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';

export function extend(group: Command, ctx: Context): void {
  defineCommand(group, { name: 'pipeline', description: 'Counts per stage of a job\'s interview plan, with the newest arrivals in each', endpoints: ['job.list', 'job.info', 'interviewStage.list', 'application.list'], liveArgs: ['job'], hand: true })
    .argument('<job>', 'the job: title, id or a pasted Ashby link')
    .addHelpText('after', `
Reads every application of the job (all pages). -o json gives each stage with its count and
newest applications.

Examples:
  ashby job pipeline "Staff Engineer"
  ashby job pipeline "Staff Engineer" -o json | jq '.[] | {stage, count}'`)
    .action(async (job) => {
      const { jobPipeline } = await import('../../workflows/views.js');
      const p = await jobPipeline(ctx, job);
      if (!p) return;
      const table = ctx.format === 'table' && !ctx.opts.fields && !ctx.opts.jq;
      if (table) ctx.info(`${p.job.title} (${p.job.status}): ${p.stages.reduce((n, s) => n + s.count, 0)} applications`);
      const rows = table ? p.stages.map((s) => ({ ...s, newest: s.newest.map((a) => a.candidate).join(', ') })) : p.stages;
      await (await ctx.renderer({ columns: ['stage', 'type', 'count', 'newest'] })).list(rows);
    });
}
