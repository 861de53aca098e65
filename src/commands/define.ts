// A hand-made command, defined in one place with what it calls: its name and summary, every
// endpoint it may reach (test/commands-endpoints.test.ts runs each command against the sandbox and
// fails on any other), and which flags and arguments complete with live values. Options, help
// and the action are added to the returned commander Command as usual.
import type { Command } from 'commander';
import type { EndpointId } from '../catalog/generated/endpoint-id.js';
import { setMeta } from './meta.js';

export interface CommandDefinition {
  name: string;
  description: string;
  /** Every endpoint the command may call, including the look-ups of names (candidate.search, job.list, ...). */
  endpoints: readonly EndpointId[];
  /** Option long names (without --) completed with live values, and of which kind. */
  liveOptions?: Record<string, string>;
  /** Live kind of each positional argument, by index. */
  liveArgs?: string[];
  /** Option long names whose value is a file path. */
  fileOptions?: string[];
}

/**
 * Adds the command to `group` with its declared facts. `make` creates it: `handCommand` for the
 * workflows (replaces a generated command of the same name, adds --refresh-cache), else a plain
 * subcommand.
 */
export function defineCommand(group: Command, def: CommandDefinition, make: (group: Command, name: string) => Command = (g, name) => g.command(name)): Command {
  const cmd = make(group, def.name).description(def.description);
  setMeta(cmd, {
    kind: 'hand',
    endpoints: [...def.endpoints],
    ...(def.liveOptions ? { liveOptions: def.liveOptions } : {}),
    ...(def.liveArgs ? { liveArgs: def.liveArgs } : {}),
    ...(def.fileOptions ? { fileOptions: def.fileOptions } : {}),
  });
  return cmd;
}
