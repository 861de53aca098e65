// `ashby app delete`: deleting an application for good, always confirmed.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const cmd = defineCommand(group, {
    name: 'delete',
    description: 'Delete an application for good (Ashby cannot undo it; the candidate stays)',
    endpoints: ['application.info', 'application.delete'],
    hand: true,
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
  })
    .argument('[application]', "application id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .addHelpText(
      'after',
      `
Irreversible. Shows the application and asks on a terminal; without one, --yes is required.
To take a candidate out of the process and keep the record, use \`ashby app archive\`.

Examples:
  ashby app delete ada@example.com --job "Staff Engineer"
  ashby app delete 3f0c… --yes
  ashby app list --job "Finance Intern" --status Archived -o ndjson | ashby app delete --from - --yes`,
    );
  const run = async (c: Context, v: Record<string, unknown>) => (await import('../../workflows/additions.js')).deleteApplication(c, v);
  const batch = async () => (await import('../../workflows/additions.js')).deleteBatch();
  bulkCommand(cmd, ctx, batch, async (application, o) => {
    await printResult(ctx, await run(ctx, { ...o, application }), ['applicationId']);
  });
}
