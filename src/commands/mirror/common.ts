// Flags every mirror command shares.
import type { Command } from 'commander';

export function dbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'the mirror database file (env ASHBY_DB; default: one per profile in the config dir)');
}

/** Analytics and search read the mirror, refreshing it first when older than --max-age. */
export function readOptions(cmd: Command): Command {
  return dbOption(cmd)
    .option('--max-age <duration>', 'refresh the mirror first when it is older than this (e.g. 15m, 2h)', undefined)
    .option('--offline', 'never refresh: answer from the mirror as it is');
}
