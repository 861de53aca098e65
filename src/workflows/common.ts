// Small rules every workflow follows: fail at once (exit 2) when a value is missing and nobody can
// be asked, check confirmability before any request, report steps on stderr, and end a wizard with
// the command that would repeat it without prompts.
import type { Envelope } from '../api/client.js';
import type { Context } from '../context.js';
import { CliError, UsageError } from '../errors.js';

/** Throws one usage error naming every flag that is missing, when prompts are not possible. */
export function requireFlags(ctx: Context, command: string, missing: Array<[flag: string, given: unknown]>): void {
  if (ctx.canPrompt) return;
  const absent = missing.filter(([, v]) => v === undefined || v === '' || (Array.isArray(v) && !v.length)).map(([f]) => f);
  if (absent.length) {
    throw new UsageError(`${command}: missing ${absent.join(', ')}`, { hint: 'pass the flags, or run on a terminal to be asked' });
  }
}

/** A step that will need confirmation must be confirmable before anything is sent. */
export function requireConfirmable(ctx: Context, what: string): void {
  if (ctx.opts.yes || ctx.opts.dryRun || ctx.canPrompt) return;
  throw new UsageError(`${what}: pass --yes to confirm without a terminal`);
}

export function isDry(env: Envelope): boolean {
  return (env as { dryRun?: boolean }).dryRun === true;
}

/** A value from a response, or a readable placeholder when the response is a dry run's. */
export function idFrom(env: Envelope, name: string, key = 'id'): string {
  if (isDry(env)) return `<${name}.${key}>`;
  return String((env.results as Record<string, unknown> | null)?.[key] ?? '');
}

export function done(ctx: Context, msg: string): void {
  ctx.info(`${ctx.stderrColor ? '\u001b[32m✓\u001b[39m' : '✓'} ${msg}`);
}

export function failed(ctx: Context, msg: string): void {
  ctx.info(`${ctx.stderrColor ? '\u001b[31m✗\u001b[39m' : '✗'} ${msg}`);
}

export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Prints the non-interactive equivalent of a wizard run (never a key: only flags we built). */
export function scriptHint(ctx: Context, args: string[]): void {
  const globals: string[] = [];
  if (ctx.opts.sandbox) globals.push('--sandbox');
  if (ctx.opts.profile) globals.push('--profile', ctx.opts.profile);
  ctx.info(`# to script this: ashby ${[...globals, ...args].map(shellQuote).join(' ')}`);
}

/** A prompt validator from a parser that throws: its message is shown under the prompt. */
export function validateWith(parse: (s: string) => unknown, optional = false): (s: string) => true | string {
  return (s) => {
    if (!s.trim()) return optional ? true : 'required';
    try {
      parse(s);
      return true;
    } catch (e) {
      return (e as Error).message;
    }
  };
}

/** An ISO 8601 date-time, or "now". A time without a zone is taken as UTC, as Ashby does. */
export function parseTime(flag: string, raw: string): string {
  const s = raw.trim();
  if (s.toLowerCase() === 'now') return new Date().toISOString();
  const m = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) throw new UsageError(`${flag} "${raw}": expected an ISO 8601 time such as 2030-05-01T09:30:00Z (or "now")`);
  const d = new Date(m[3] ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}Z`);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${flag} "${raw}" is not a valid time`);
  return d.toISOString();
}

/**
 * The final question before a write. --yes and --dry-run skip it; without a terminal it must have
 * been checked with requireConfirmable already, so this never hangs.
 */
export async function confirmStep(ctx: Context, question: string, what: string, cancelled = 'cancelled: nothing was changed'): Promise<void> {
  if (ctx.opts.yes || ctx.opts.dryRun) return;
  requireConfirmable(ctx, what);
  if (!(await (await ctx.prompter()).confirm(question, false))) throw new UsageError(cancelled);
}

export interface Outcome {
  applicationId: string;
  candidate?: string;
  job?: string;
  result: string;
  error?: string;
  exitCode?: number;
}

/** After per-item reporting: a non-zero exit when any item failed (their shared code, else 1). */
export function failIfAny(outcomes: Outcome[], verb: string): void {
  const bad = outcomes.filter((x) => x.result === 'failed');
  if (!bad.length) return;
  const codes = new Set(bad.map((x) => x.exitCode ?? 1));
  const err = new CliError(`${bad.length} of ${outcomes.length} applications were not ${verb}`, {
    hint: 'the others were changed and are not retried; run again with only the failed ones',
  });
  err.exitCode = codes.size === 1 ? [...codes][0] : 1;
  throw err;
}

/** Lines of input: ids or emails, one per line; blank lines and # comments are skipped. */
export function inputLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
