// The command tree without running anything: the program's global options, and the whole tree
// with every group registered (`ashby commands`, completion scripts). Below cli.ts, so that what
// describes the tree never imports the entry point that runs it.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Context } from '../context.js';
import { FORMATS, formatOf } from '../io/formats.js';
import { groups } from './registry.js';

/** -o in any letter case (`-o JSON`), one of the formats. */
function outputFormat(v: string): string {
  const f = formatOf(v);
  if (!f) throw new InvalidArgumentError(`Allowed choices are ${FORMATS.join(', ')}.`);
  return f;
}

export function addGlobalOptions(cmd: Command): Command {
  return cmd
    .option('--profile <name>', 'use this stored profile (env: ASHBY_PROFILE)')
    .option('--base-url <url>', 'API base URL (env: ASHBY_BASE_URL; default https://api.ashbyhq.com)')
    .addOption(new Option('-o, --output <format>', 'output format').choices(FORMATS).argParser(outputFormat))
    .option('--json', 'shorthand for --output json')
    .option('--fields <paths>', 'only these fields, comma-separated dot paths (e.g. id,name,primaryEmailAddress.value)')
    .option('--jq <expr>', 'filter the JSON output with a jq expression (built in; no jq needed)')
    .option('--csv-raw', "CSV cells exactly as sent: no ' before a cell starting with = + - @ (spreadsheet formula guard)")
    .option('-y, --yes', 'skip confirmations (needed for destructive actions without a terminal)')
    .option('--no-input', 'never prompt; fail if a value is missing')
    .option('--dry-run', 'print the requests that would be sent and send nothing')
    .option('--debug', 'trace HTTP requests and responses to stderr, secrets redacted (env: ASHBY_DEBUG=1)')
    .addOption(new Option('--color <when>', 'colour: auto, always or never (NO_COLOR is honoured)').choices(['auto', 'always', 'never']))
    .option('--sandbox', 'run against the offline sandbox organisation kept in the config dir (env: ASHBY_SANDBOX=1)')
    .option('--raw', 'print the whole API response envelope')
    .option('--max-retries <n>', 'retries of a request for rate limits and failed reads, in --from batches too (default 3)')
    .option('--timeout <seconds>', 'per-request timeout in seconds (default 60)')
    .option('--on-behalf-of <user>', 'act as this Ashby user: an id, email or name (env: ASHBY_ON_BEHALF_OF; the key needs that setting)');
}

/** Registers every group on a fresh program (loads every command module). */
export async function fullTree(ctx: Context): Promise<Command> {
  const root = addGlobalOptions(new Command('ashby'));
  for (const g of groups()) {
    const mod = await g.load();
    await mod.register(root, ctx, g);
  }
  return root;
}
