// The flags every write command gets for batches. Cheap to load: it is imported when commands are
// registered; the engine itself is imported only when --from is given.
import { Option, type Command } from 'commander';
import { intOption } from '../context.js';
import { UsageError } from '../errors.js';

export interface BulkOptions {
  from: string;
  concurrency: number;
  journal?: string;
  resume?: boolean;
  retryUnknown?: boolean;
  max?: number;
  /** How --resume is spelled on this command (--resume-batch where --resume is taken). */
  resumeFlag?: string;
}

export const DEFAULT_CONCURRENCY = 8;

/** The options addBulkOptions added (a command's own options may share a name, e.g. --resume). */
export const BATCH_OPTIONS = new WeakSet<Option>();

/**
 * Adds --from and its companions to a write command. A command whose own --resume means something
 * else (`candidate add --resume FILE`, the CV) gets --resume-batch instead.
 */
export function addBulkOptions(cmd: Command): Command {
  const group = 'Batch (--from):';
  const resume = cmd.options.some((o) => o.long === '--resume') ? '--resume-batch' : '--resume';
  const opts = [
    new Option('--from <file>', 'run once per record of FILE (- for stdin): NDJSON, a JSON array, YAML, or CSV with a header'),
    new Option('--concurrency <n>', `with --from: requests in flight at once (default ${DEFAULT_CONCURRENCY})`),
    new Option('--journal <file>', `with --from: record each outcome in FILE as it happens, for ${resume}`),
    new Option(resume, 'with --journal: skip records already applied, report those whose outcome is unknown'),
    new Option('--retry-unknown', `with ${resume}: send again the records whose outcome is unknown`),
    new Option('--max <n>', 'with --from: refuse an input of more than N records'),
  ];
  for (const o of opts) {
    BATCH_OPTIONS.add(o);
    cmd.addOption(o.helpGroup(group));
  }
  return cmd;
}

/** The batch options of a command's parsed flags; undefined when --from is not given. */
export function bulkOptions(o: Record<string, unknown>, cmd?: Command): BulkOptions | undefined {
  const resumeKey = cmd?.options.some((x) => x.long === '--resume-batch') ? 'resumeBatch' : 'resume';
  const resumeFlag = resumeKey === 'resume' ? '--resume' : '--resume-batch';
  const only: Array<[string, string]> = [
    ['concurrency', '--concurrency'],
    ['journal', '--journal'],
    [resumeKey, resumeFlag],
    ['retryUnknown', '--retry-unknown'],
    ['max', '--max'],
  ];
  if (o.from === undefined) {
    const stray = only.find(([k]) => o[k] !== undefined);
    if (stray) throw new UsageError(`${stray[1]} works only with --from FILE`);
    return undefined;
  }
  const resume = Boolean(o[resumeKey]);
  if (o.retryUnknown && !resume) throw new UsageError(`--retry-unknown works only with ${resumeFlag}`);
  if (resume && !o.journal) throw new UsageError(`${resumeFlag} needs --journal FILE (the journal of the batch to continue)`);
  return {
    from: String(o.from),
    concurrency: o.concurrency === undefined ? DEFAULT_CONCURRENCY : intOption('--concurrency', String(o.concurrency), 1, 64),
    journal: o.journal as string | undefined,
    resume,
    retryUnknown: Boolean(o.retryUnknown),
    max: o.max === undefined ? undefined : intOption('--max', String(o.max), 1, Number.MAX_SAFE_INTEGER),
    resumeFlag,
  };
}
