// A hand-made command, defined in one place with what it calls: its name and summary, every
// endpoint it may reach (test/commands-endpoints.test.ts runs each command against the sandbox and
// fails on any other), and which flags and arguments complete with live values.
//
// The returned command is typed (commander's extra typings): each `.argument(...)` and
// `.option(...)` chained onto it adds to the types its action receives, so a handler's options
// object is checked against the flags actually declared (a renamed flag is a type error, not an
// `undefined` at run time). Help text and the action are added as usual.
import type { Command } from 'commander';
import type { Command as TypedCommand } from '@commander-js/extra-typings';
import type { EndpointId } from '../catalog/generated/endpoint-id.js';
import { setMeta } from './meta.js';
import { handCommand } from './hand-command.js';

export interface CommandDefinition {
  name: string;
  description: string;
  /** Every endpoint the command may call, including the look-ups of names (candidate.search, job.list, ...). */
  endpoints: readonly EndpointId[];
  /**
   * A workflow that resolves names: it replaces a generated command of the same name and takes
   * --refresh-cache (see handCommand).
   */
  hand?: boolean;
  /** Option long names (without --) completed with live values, and of which kind. */
  liveOptions?: Record<string, string>;
  /** Live kind of each positional argument, by index. */
  liveArgs?: string[];
  /** Option long names whose value is a file path. */
  fileOptions?: string[];
}

/** The options every `hand: true` command has before its own. */
export type HandOptions = {
  refreshCache?: true;
};

/** Adds the command to `group` with its declared facts. */
export function defineCommand(group: Command, def: CommandDefinition & { hand: true }): TypedCommand<[], HandOptions>;
export function defineCommand(group: Command, def: CommandDefinition): TypedCommand;
export function defineCommand(group: Command, def: CommandDefinition): TypedCommand<[], HandOptions> | TypedCommand {
  const cmd = (def.hand ? handCommand(group, def.name) : group.command(def.name)).description(def.description);
  setMeta(cmd, {
    kind: 'hand',
    endpoints: [...def.endpoints],
    ...(def.liveOptions ? { liveOptions: def.liveOptions } : {}),
    ...(def.liveArgs ? { liveArgs: def.liveArgs } : {}),
    ...(def.fileOptions ? { fileOptions: def.fileOptions } : {}),
  });
  // The same object: the typings only describe what the chained calls add.
  return cmd as unknown as TypedCommand<[], HandOptions>;
}
