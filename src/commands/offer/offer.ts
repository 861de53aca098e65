// `ashby offer create`: the offer wizard (see src/workflows/offer.ts).
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { setMeta } from '../meta.js';
import { collect, handCommand, printResult } from '../hand-command.js';

export function extend(group: Command, ctx: Context): void {
  const cmd = handCommand(group, 'create')
    .description('Make an offer: start the offer process, fill in the offer form, optionally start approval')
    .option('--application <app>', 'application id, or the candidate\'s email or name')
    .option('--job <job>', 'the job, when the candidate has several applications')
    .option('--answers <file>', 'offer form values: JSON or YAML keyed by field title or path (- for stdin)')
    .option('--field <title=value>', 'one offer form value, by field title or path (repeatable)', collect, [])
    .option('--approve', 'start the approval process once the offer is created')
    .option('--no-approve', 'do not start the approval process (and do not ask)')
    .option('--note <text>', 'note for the approvers (with --approve)')
    .addHelpText(
      'after',
      `
Values by field type: text as is; numbers whole; dates YYYY-MM-DD; currency "150000 USD";
selects by option label or value; multi-selects comma-separated; booleans yes/no.
Without a terminal every required field must be given, and --yes confirms.

Examples:
  ashby offer create                                   # wizard: pick the candidate, fill in the form
  ashby offer create --application ada@example.com --job "Staff Engineer" \\
      --field "Start date=2030-09-01" --field "Base salary=150000 USD" --yes
  ashby offer create --application 3f0c… --answers offer.yaml --approve --yes`,
    )
    .action(async (o) => {
      const { createOffer } = await import('../../workflows/offer.js');
      const { offer, failure } = await createOffer(ctx, o);
      await printResult(ctx, offer, ['id', 'applicationId', 'offerStatus', 'acceptanceStatus', 'latestVersion.salary', 'latestVersion.startDate', 'latestVersion.approvalStatus']);
      if (failure) throw failure;
    });
  setMeta(cmd, {
    kind: 'hand',
    endpoints: ['offerProcess.start', 'offer.start', 'offer.create', 'offer.startApprovalProcess'],
    fileOptions: ['answers'],
    liveOptions: { application: 'application', job: 'job' },
  });
}
