// Facts about a command that commander does not keep: which endpoint(s) it calls and its kind.
// `ashby commands --json`, completion and the coverage tests read them.
import type { Command } from 'commander';

export interface CommandMeta {
  kind: 'generated' | 'hand' | 'builtin' | 'topic';
  endpoint?: string;
  endpoints?: string[];
  /** Option long names (without --) whose value is a file path. */
  fileOptions?: string[];
  /** Option long names completed with live values, and of what kind (job, user, stage, tag, ...). */
  liveOptions?: Record<string, string>;
  /** Live kind for positional arguments, by index. */
  liveArgs?: string[];
  /**
   * A generated list's extra flags (added by a hand-made extension): may change the request body
   * (a name resolved to an id) and return a filter applied to the records on this side.
   */
  prepareList?: (opts: Record<string, unknown>, body: Record<string, unknown>) => Promise<((record: unknown) => boolean) | undefined>;
  /** A generated command's --web (added by an extension, see web.ts): the Ashby link of the record it got. */
  webLink?: (record: unknown) => unknown;
}

const metas = new WeakMap<Command, CommandMeta>();

export function setMeta(cmd: Command, meta: CommandMeta): Command {
  metas.set(cmd, { ...metas.get(cmd), ...meta });
  return cmd;
}

export function getMeta(cmd: Command): CommandMeta | undefined {
  return metas.get(cmd);
}
