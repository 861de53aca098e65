// `ashby app archive | stage | hire | transfer`: moving applications by name (src/workflows/).
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { setMeta } from '../meta.js';
import { APPLICATION_FIELDS, handCommand, printResult } from '../hand-command.js';

const APP_ARG = 'application id, or the candidate\'s email or name';

export function extend(group: Command, ctx: Context): void {
  const print = (v: unknown) => printResult(ctx, v, APPLICATION_FIELDS);

  const archive = handCommand(group, 'archive')
    .description('Archive applications with a reason, optionally emailing the candidates')
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
    )
    .action(async (applications: string[], o) => {
      const { archiveApplications } = await import('../../workflows/archive.js');
      const { failIfAny } = await import('../../workflows/report.js');
      const outcomes = await archiveApplications(ctx, { ...o, applications });
      if (!ctx.opts.dryRun) await (await ctx.renderer({ columns: ['applicationId', 'candidate', 'job', 'result', 'error'] })).list(outcomes.map(({ exitCode: _, ...x }) => x));
      failIfAny(outcomes, 'archived');
    });
  setMeta(archive, {
    kind: 'hand',
    endpoints: ['application.info', 'candidate.search', 'archiveReason.list', 'communicationTemplate.list', 'interviewStage.list', 'application.changeStage'],
    liveOptions: { reason: 'archiveReason', 'email-template': 'emailTemplate', job: 'job' },
    liveArgs: ['application'],
  });

  const stage = handCommand(group, 'stage')
    .description('Move an application to a stage of its interview plan, by stage name')
    .argument('[application]', APP_ARG)
    .option('--stage <stage>', 'stage name (or id) within the application\'s interview plan')
    .option('--job <job>', 'the job, for candidates with several applications')
    .addHelpText('after', `
Examples:
  ashby app stage ada@example.com --job "Staff Engineer" --stage Onsite
  ashby app stage 3f0c… --stage "Hiring manager screen"`)
    .action(async (application: string | undefined, o) => {
      const { moveToStage } = await import('../../workflows/move.js');
      await print(await moveToStage(ctx, { ...o, application }));
    });
  setMeta(stage, {
    kind: 'hand',
    endpoints: ['application.info', 'interviewStage.list', 'application.changeStage'],
    liveOptions: { stage: 'stage', job: 'job' },
    liveArgs: ['application'],
  });

  const hire = handCommand(group, 'hire')
    .description('Mark an application as hired (moves it to its plan\'s Hired stage)')
    .argument('[application]', APP_ARG)
    .option('--job <job>', 'the job, for candidates with several applications')
    .addHelpText('after', `
Example:
  ashby app hire ada@example.com --job "Staff Engineer" --yes`)
    .action(async (application: string | undefined, o) => {
      const { hire: run } = await import('../../workflows/move.js');
      await print(await run(ctx, { ...o, application }));
    });
  setMeta(hire, {
    kind: 'hand',
    endpoints: ['application.info', 'interviewStage.list', 'application.changeStage'],
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
  });

  const transfer = handCommand(group, 'transfer')
    .description('Move an application to another job (into a stage of that job\'s plan)')
    .argument('[application]', APP_ARG)
    .option('--job <job>', 'the job to transfer to (title or id)')
    .option('--stage <stage>', 'stage of the new job\'s plan (default: its first stage)')
    .option('--from <job>', 'the job the application is on now, for candidates with several applications')
    .option('--start-automatic-activities', 'run the new stage\'s automatic activities (emails, ...)')
    .addHelpText('after', `
Example:
  ashby app transfer ada@example.com --job "Principal Engineer" --stage "Phone screen"`)
    .action(async (application: string | undefined, o) => {
      const { transfer: run } = await import('../../workflows/move.js');
      await print(await run(ctx, { ...o, application }));
    });
  setMeta(transfer, {
    kind: 'hand',
    endpoints: ['application.info', 'job.list', 'job.info', 'interviewStage.list', 'application.transfer'],
    liveOptions: { job: 'job', stage: 'stage', from: 'job' },
    liveArgs: ['application'],
  });
}
