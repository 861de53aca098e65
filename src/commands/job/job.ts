// `ashby job pipeline JOB`: how many applications sit in each stage, and who arrived last; `ashby
// job view JOB`: the job on one screen. Both take --web.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { webOnInfo } from '../web.js';

export function extend(group: Command, ctx: Context): void {
  webOnInfo(group, 'job', async (j) => {
    const id = (j as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? (await import('../../workflows/views.js')).jobUrl(id) : undefined;
  });
  defineCommand(group, {
    name: 'pipeline',
    description: "Counts per stage of a job's interview plan, with the newest arrivals in each",
    endpoints: ['job.list', 'job.info', 'interviewStage.list', 'application.list'],
    liveArgs: ['job'],
    hand: true,
  })
    .argument('<job>', 'the job: title, id or a pasted Ashby link')
    .option('--web', 'open the job in Ashby in your browser instead')
    .addHelpText(
      'after',
      `
Reads every application of the job (all pages). -o json gives each stage with its count and
newest applications.

Examples:
  ashby job pipeline "Staff Engineer"
  ashby job pipeline "Staff Engineer" -o json | jq '.[] | {stage, count}'
  ashby job pipeline "Staff Engineer" --web`,
    )
    .action(async (job, o) => {
      const { jobPipeline, jobView, openInBrowser } = await import('../../workflows/views.js');
      if (o.web) {
        const v = await jobView(ctx, job);
        return v && openInBrowser(ctx, v.url);
      }
      const p = await jobPipeline(ctx, job);
      if (!p) return;
      const table = ctx.format === 'table' && !ctx.opts.fields && !ctx.opts.jq;
      if (table) ctx.info(`${p.job.title} (${p.job.status}): ${p.stages.reduce((n, s) => n + s.count, 0)} applications`);
      const rows = table ? p.stages.map((s) => ({ ...s, newest: s.newest.map((a) => a.candidate).join(', ') })) : p.stages;
      await (await ctx.renderer({ columns: ['stage', 'type', 'count', 'newest'] })).list(rows);
    });

  defineCommand(group, {
    name: 'view',
    description: 'A job on one screen: status, location, department, hiring team and its Ashby link',
    endpoints: ['job.list', 'job.info', 'location.list', 'department.list'],
    liveArgs: ['job'],
    hand: true,
  })
    .argument('<job>', 'the job: title, id or a pasted Ashby link')
    .option('--web', 'open the job in Ashby in your browser instead')
    .addHelpText(
      'after',
      `
--web opens the job's page in Ashby on a terminal; piped, or where no browser can be started, it
prints the link instead. BROWSER chooses the program.

Examples:
  ashby job view "Staff Engineer"
  ashby job view "Staff Engineer" --web
  ashby job view "Staff Engineer" -o json | jq .hiringTeam`,
    )
    .action(async (job, o) => {
      const { jobView, openInBrowser } = await import('../../workflows/views.js');
      const v = await jobView(ctx, job);
      if (!v) return;
      if (o.web) return openInBrowser(ctx, v.url);
      await (await ctx.renderer()).object(v);
    });
}
