// `ashby app archive | stage | hire | transfer`: moving applications by name (src/workflows/).
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { getMeta, setMeta } from '../meta.js';
import { defineCommand } from '../define.js';
import { APPLICATION_FIELDS, printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';
import { DEFAULT_CONCURRENCY } from '../../bulk/options.js';
import { webOnInfo } from '../web.js';

const APP_ARG = "application id, or the candidate's email or name";

export function extend(group: Command, ctx: Context): void {
  // Ashby shows an application on its candidate's profile (the API gives applications no link).
  webOnInfo(group, 'application', async (a) => {
    const id = (a as { candidate?: { id?: unknown } } | undefined)?.candidate?.id;
    return id ? ((await (await ctx.client()).call('candidate.info', { id })).results as { profileUrl?: unknown }).profileUrl : undefined;
  });
  const print = (v: unknown) => printResult(ctx, v, APPLICATION_FIELDS);

  const archive = defineCommand(group, {
    name: 'archive',
    description: 'Archive applications with a reason, optionally emailing the candidates',
    endpoints: ['application.info', 'candidate.search', 'archiveReason.list', 'communicationTemplate.list', 'interviewStage.list', 'application.changeStage'],
    liveOptions: { reason: 'archiveReason', 'email-template': 'emailTemplate', job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[applications...]', `${APP_ARG}; several at once, or one per line on stdin (or -)`)
    .option('--reason <reason>', 'archive reason, by its text or id')
    .option('--email-template <template>', 'email the candidate this communication template (by title or id)')
    .option('--send-at <time>', 'when to send the email: local time ("2030-05-01 09:00") unless a zone is given (default: Ashby\'s, 9:32 next morning)')
    .option('--job <job>', 'the job, for candidates with several applications')
    .addHelpText(
      'after',
      `
Every application is looked up first; if any cannot be, nothing is archived. Then each is moved
to its interview plan's Archived stage, one by one: failures are reported per application and
give a non-zero exit, and the archived ones are not retried.

Examples:
  ashby app archive                                    # wizard
  ashby app archive ada@example.com --job "Staff Engineer" --reason "Not a fit" --yes
  ashby app list --jq '.[].id' ... | ashby app archive --reason "Position filled" \\
      --email-template "Rejection" --send-at "2030-05-01 09:00" --yes`,
    );
  bulkCommand(
    archive,
    ctx,
    async () => (await import('../../workflows/archive.js')).archiveBatch(),
    async (applications, o, self) => {
      const { archiveApplications, archiveQueries, archiveBatch } = await import('../../workflows/archive.js');
      const { queries, stdin } = await archiveQueries(ctx, applications);
      if (queries.length > 1 || stdin) {
        // Several applications are a batch: the same engine as --from, one result row each.
        const { runHandBulk } = await import('../../bulk/hand.js');
        const records = queries.map((q, i) => ({ row: i + 1, line: i + 1, values: { application: q }, text: true }));
        return runHandBulk(ctx, self, await archiveBatch(), { from: stdin ? '-' : 'arguments', concurrency: DEFAULT_CONCURRENCY }, [], records);
      }
      const { failIfAny } = await import('../../workflows/report.js');
      const outcomes = await archiveApplications(ctx, { ...o, applications: queries });
      if (!ctx.opts.dryRun)
        await (await ctx.renderer({ columns: ['applicationId', 'candidate', 'job', 'result', 'error'] })).list(outcomes.map(({ exitCode: _, ...x }) => x));
      failIfAny(outcomes, 'archived');
    },
  );

  const stage = defineCommand(group, {
    name: 'stage',
    description: 'Move an application to a stage of its interview plan, by stage name',
    endpoints: ['application.info', 'interviewStage.list', 'application.changeStage', 'candidate.search'],
    liveOptions: { stage: 'stage', job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', APP_ARG)
    .option('--stage <stage>', "stage name (or id) within the application's interview plan")
    .option('--job <job>', 'the job, for candidates with several applications')
    .addHelpText(
      'after',
      `
Examples:
  ashby app stage ada@example.com --job "Staff Engineer" --stage Onsite
  ashby app stage 3f0c… --stage "Hiring manager screen"`,
    );
  bulkCommand(
    stage,
    ctx,
    async () => (await import('../../workflows/move.js')).stageBatch(),
    async (application, o) => {
      const { moveToStage } = await import('../../workflows/move.js');
      await print(await moveToStage(ctx, { ...o, application }));
    },
  );

  const hire = defineCommand(group, {
    name: 'hire',
    description: "Mark an application as hired (moves it to its plan's Hired stage)",
    endpoints: ['application.info', 'interviewStage.list', 'application.changeStage', 'candidate.search'],
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', APP_ARG)
    .option('--job <job>', 'the job, for candidates with several applications')
    .addHelpText(
      'after',
      `
Example:
  ashby app hire ada@example.com --job "Staff Engineer" --yes`,
    );
  bulkCommand(
    hire,
    ctx,
    async () => (await import('../../workflows/move.js')).hireBatch(),
    async (application, o) => {
      const { hire: run } = await import('../../workflows/move.js');
      await print(await run(ctx, { ...o, application }));
    },
  );

  const transfer = defineCommand(group, {
    name: 'transfer',
    description: "Move an application to another job (into a stage of that job's plan)",
    endpoints: ['application.info', 'job.list', 'job.info', 'interviewStage.list', 'application.transfer', 'candidate.search'],
    liveOptions: { job: 'job', stage: 'stage', 'from-job': 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', APP_ARG)
    .option('--job <job>', 'the job to transfer to (title or id)')
    .option('--stage <stage>', "stage of the new job's plan (default: its first stage)")
    .option('--from-job <job>', 'the job the application is on now, for candidates with several applications')
    .option('--start-automatic-activities', "run the new stage's automatic activities (emails, ...)")
    .addHelpText(
      'after',
      `
Example:
  ashby app transfer ada@example.com --job "Principal Engineer" --stage "Phone screen"`,
    );
  bulkCommand(
    transfer,
    ctx,
    async () => (await import('../../workflows/move.js')).transferBatch(),
    async (application, o) => {
      const { transfer: run } = await import('../../workflows/move.js');
      await print(await run(ctx, { ...o, from: o.fromJob, application }));
    },
  );

  // `app view WHO`: one application on one screen, or in Ashby with --web.
  defineCommand(group, {
    name: 'view',
    description: 'One application on one screen: candidate, job, stage, days in stage, source, Ashby link',
    endpoints: ['application.info', 'candidate.search', 'candidate.info', 'application.listHistory'],
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('<application>', `${APP_ARG}, or a pasted Ashby link`)
    .option('--job <job>', 'the job, for candidates with several applications')
    .option('--web', "open the application in Ashby (on the candidate's profile) in your browser instead")
    .addHelpText(
      'after',
      `
--web opens the candidate's profile in Ashby, where the application is, on a terminal; piped, or
where no browser can be started, it prints the link instead. BROWSER chooses the program.

Examples:
  ashby app view ada@example.com --job "Staff Engineer"
  ashby app view ada@example.com --web
  ashby app view ada@example.com -o json | jq .daysInStage`,
    )
    .action(async (application, o) => {
      const { applicationView, openInBrowser } = await import('../../workflows/views.js');
      const v = await applicationView(ctx, application, o.job);
      if (!v) return;
      if (o.web) return openInBrowser(ctx, v.profileUrl);
      await (await ctx.renderer()).object(v);
    });

  // `app list --job NAME --stage NAME --source NAME`: names on the generated list; Ashby filters by
  // job and status, the rest is filtered here over every page.
  const list = (group.commands as Command[]).find((c) => c.name() === 'list' && getMeta(c)?.kind === 'generated');
  if (list) {
    list
      .option('--job <job>', "only this job's applications (title or id; the same as --job-id)")
      .option('--stage <stage>', 'only applications in a stage of this name (filtered here, over every page)')
      .option('--source <source>', 'only applications from this source (name or id; filtered here, over every page)')
      .addHelpText(
        'after',
        `
Filters by name:
  ashby app list --job "Staff Engineer" --stage Onsite --status Active
  ashby app list --source Referral --limit 20`,
      );
    setMeta(list, {
      kind: 'generated',
      liveOptions: { ...getMeta(list)?.liveOptions, job: 'job', stage: 'stage', source: 'source' },
      prepareList: async (o, body) => {
        const { appListFilter } = await import('../../workflows/app-list.js');
        return appListFilter(ctx, o, body);
      },
    });
  }
}
