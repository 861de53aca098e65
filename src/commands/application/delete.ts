// `ashby app delete`: deleting an application for good, always confirmed.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { setMeta } from '../meta.js';
import { handCommand, printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const cmd = handCommand(group, 'delete')
    .description('Delete an application for good (Ashby cannot undo it; the candidate stays)')
    .argument('[application]', 'application id, or the candidate\'s email or name')
    .option('--job <job>', 'the job, when the candidate has several applications')
    .addHelpText('after', `
Irreversible. Shows the application and asks on a terminal; without one, --yes is required.
To take a candidate out of the process and keep the record, use \`ashby app archive\`.

Examples:
  ashby app delete ada@example.com --job "Staff Engineer"
  ashby app delete 3f0c… --yes
  ashby app list --job "Finance Intern" --status Archived -o ndjson | ashby app delete --from - --yes`);
  const run = async (c: Context, v: Record<string, unknown>) => (await import('../../workflows/additions.js')).deleteApplication(c, v);
  const effects = () => ['Each application is deleted for good; Ashby cannot undo it (the candidates stay).'];
  bulkCommand(cmd, ctx, { run, required: ['application'], destructive: true, effects }, async (application: string | undefined, o: { job?: string; refreshCache?: boolean }) => {
    await printResult(ctx, await run(ctx, { ...o, application }), ['applicationId']);
  });
  setMeta(cmd, { kind: 'hand', endpoints: ['application.info', 'application.delete'], liveOptions: { job: 'job' }, liveArgs: ['application'] });
}
