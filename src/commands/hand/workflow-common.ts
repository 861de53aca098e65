// Shared by the hand-made workflow commands: taking over a generated leaf of the same name, and
// the options every one of them has.
import type { Command } from 'commander';

/** A new subcommand `name` of a group, replacing the generated one of that name if there is one. */
export function handCommand(group: Command, name: string): Command {
  const leaves = group.commands as Command[];
  const i = leaves.findIndex((c) => c.name() === name);
  if (i >= 0) leaves.splice(i, 1);
  return group
    .command(name)
    .option('--refresh-cache', 'look names up in the API again instead of the local cache');
}

export function collect(v: string, prev: string[] = []): string[] {
  return [...prev, v];
}
