// Shared by the hand-made workflow commands: taking over a generated leaf of the same name, and
// the options every one of them has.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

/** A new subcommand `name` of a group, replacing the generated one of that name if there is one. */
export function handCommand(group: Command, name: string): Command {
  const leaves = group.commands as Command[];
  const i = leaves.findIndex((c) => c.name() === name);
  if (i >= 0) leaves.splice(i, 1);
  return group.command(name).option('--refresh-cache', 'look names up in the API again instead of the local cache');
}

export function collect(v: string, prev: string[] = []): string[] {
  return [...prev, v];
}

/**
 * Prints a workflow's result: as asked with -o/--json/--fields/--jq; in a terminal table, only the
 * fields a person wants to see (a whole application or offer is hundreds of rows).
 */
export async function printResult(ctx: Context, value: unknown, tableFields: string[]): Promise<void> {
  if (value === undefined) return;
  const explicit = ctx.opts.fields || ctx.opts.jq || ctx.opts.output || ctx.opts.json;
  const out = await ctx.renderer(!explicit && ctx.format === 'table' ? { fields: tableFields } : {});
  await out.object(value);
}

export const APPLICATION_FIELDS = ['id', 'status', 'candidate.name', 'job.title', 'currentInterviewStage.title'];

/**
 * The application of a wizard that takes it as its argument or as --application (`ashby offer create
 * ada@example.com`, as `ashby app stage ada@example.com` reads): either, or both when they agree.
 */
export function applicationArg(arg: string | undefined, flag: string | undefined): string | undefined {
  if (arg !== undefined && flag !== undefined && arg !== flag)
    throw new UsageError(`the application is given twice, as "${arg}" and --application "${flag}": give it once`);
  return arg ?? flag;
}
