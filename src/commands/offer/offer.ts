// `ashby offer create`: the offer wizard (see src/workflows/offer.ts); `offer cancel` and
// `offer process show` for an offer or offer process in progress.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { applicationArg, collect, printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const cmd = defineCommand(group, {
    name: 'create',
    description: 'Make an offer: start the offer process, fill in the offer form, optionally start approval',
    endpoints: ['offerProcess.start', 'offer.start', 'offer.create', 'offer.startApprovalProcess', 'application.info', 'candidate.search'],
    fileOptions: ['answers'],
    liveOptions: { application: 'application', job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', "application id, or the candidate's email or name (or --application)")
    .option('--application <app>', "application id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .option('--answers <file>', 'offer form values: JSON or YAML keyed by field title or path (- for stdin)')
    .option('--field <title=value>', 'one offer form value, by field title or path (repeatable)', collect, [])
    .option('--approve', 'start the approval process once the offer is created')
    .option('--no-approve', 'do not start the approval process (and do not ask)')
    .option('--note <text>', 'note for the approvers (with --approve)')
    .option('--offer-process <id>', 'continue this open offer process (found on its own when it was started here or Ashby names it)')
    .addHelpText(
      'after',
      `
Values by field type: text as is; numbers whole; dates YYYY-MM-DD; currency "150000 USD";
selects by option label or value; multi-selects comma-separated; booleans yes/no.
Without a terminal every required field must be given, and --yes confirms. Once the offer form is
known (after the first offer made here), every value is checked and confirmed before anything is
sent. An offer process left open by an earlier attempt is continued, not refused.

Examples:
  ashby offer create                                   # wizard: pick the candidate, fill in the form
  ashby offer create ada@example.com --job "Staff Engineer" \\
      --field "Start date=2030-09-01" --field "Base salary=150000 USD" --yes
  ashby offer create --application 3f0c… --answers offer.yaml --approve --yes`,
    );
  bulkCommand(
    cmd,
    ctx,
    async () => (await import('../../workflows/offer.js')).offerBatch(),
    async (application, o) => {
      const { createOffer } = await import('../../workflows/offer.js');
      const { offer, failure } = await createOffer(ctx, { ...o, application: applicationArg(application, o.application) });
      await printResult(ctx, offer, [
        'id',
        'applicationId',
        'offerStatus',
        'acceptanceStatus',
        'latestVersion.salary',
        'latestVersion.startDate',
        'latestVersion.approvalStatus',
      ]);
      if (failure) throw failure;
    },
  );

  const cancel = defineCommand(group, {
    name: 'cancel',
    description: 'Withdraw the offer in progress for an application (its offer process ends)',
    endpoints: ['application.info', 'offer.list', 'offer.setStatus', 'candidate.search'],
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', "application id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .addHelpText(
      'after',
      `
Sets the offer's acceptance status to Cancelled. An offer process that has no offer yet cannot be
cancelled through Ashby's API: \`ashby offer create\` continues it instead.

Example:
  ashby offer cancel ada@example.com --job "Staff Engineer" --yes`,
    );
  bulkCommand(
    cancel,
    ctx,
    async () => (await import('../../workflows/offer-process.js')).cancelBatch(),
    async (application, o) => {
      const { cancelOffer } = await import('../../workflows/offer-process.js');
      await printResult(ctx, await cancelOffer(ctx, { ...o, application }), OFFER_FIELDS);
    },
  );

  const processGroup = group.command('process').description('Offer processes: what is in progress for an application');
  defineCommand(processGroup, {
    name: 'show',
    description: 'Show the offer process and offers of an application',
    endpoints: ['application.info', 'offer.list', 'candidate.search'],
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', "application id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .addHelpText(
      'after',
      `
Lists the application's offers with their status, and an offer process started here that has no
offer yet (Ashby's API cannot list offer processes), with the command that goes on from there.

Example:
  ashby offer process show ada@example.com`,
    )
    .action(async (application, o) => {
      const { showOfferProcess } = await import('../../workflows/offer-process.js');
      await printResult(ctx, await showOfferProcess(ctx, { ...o, application }), ['applicationId', 'candidate', 'job', 'state', 'offerProcessId', 'next']);
    });
}

const OFFER_FIELDS = ['id', 'applicationId', 'offerStatus', 'acceptanceStatus'];
