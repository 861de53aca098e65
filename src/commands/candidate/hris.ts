// `ashby candidate push-hris`: a hire sent to an HR system, once.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const cmd = defineCommand(group, {
    name: 'push-hris',
    description: 'Send a hired candidate to an HR system (once: a repeat creates a second employee)',
    endpoints: ['application.info', 'candidate.pushToHris'],
    hand: true,
    liveOptions: { job: 'job' },
    liveArgs: ['application'],
  })
    .alias('push-to-hris')
    .argument('[application]', "the hired application: its id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .option('--system <name>', 'the HR system, e.g. BambooHR, Personio, Workday')
    .option('--integration-partner-id <id>', 'which connection to that system, when there are several')
    .addHelpText(
      'after',
      `
Never retried on its own. If no answer comes back, or Ashby answers with a server error, the push
may or may not have happened: the command says so and exits 9; check the HR system before trying
again. Asks for confirmation on a terminal; pass --yes in scripts.

Examples:
  ashby candidate push-hris ada@example.com --system BambooHR
  ashby candidate push-hris 3f0c… --system Personio --yes
  ashby candidate push-hris --from hires.ndjson --system BambooHR --yes   # --journal to keep track`,
    );
  const run = async (c: Context, v: Record<string, unknown>) => (await import('../../workflows/additions.js')).pushToHris(c, v);
  const batch = async () => (await import('../../workflows/additions.js')).pushHrisBatch();
  bulkCommand(cmd, ctx, batch, async (application, o) => {
    await printResult(ctx, await run(ctx, { ...o, application }), ['applicationId', 'externalSystem']);
  });
}
