// How a workflow reports on stderr: a line per step, per-item outcomes, and the command that would
// repeat a wizard run without prompts.
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';

export function done(ctx: Context, msg: string): void {
  ctx.info(msg, ctx.stderrColor ? '\u001b[32m✓\u001b[39m' : '✓');
}

export function failed(ctx: Context, msg: string): void {
  ctx.info(msg, ctx.stderrColor ? '\u001b[31m✗\u001b[39m' : '✗');
}

/** An item whose write was sent but not answered: it may or may not have been applied. */
export function unknown(ctx: Context, msg: string): void {
  ctx.info(msg, ctx.stderrColor ? '\u001b[33m?\u001b[39m' : '?');
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
  const unsure = outcomes.filter((x) => x.result === 'unknown');
  if (unsure.length) {
    // Outcome unknown wins: a person must check these before anything is run again.
    const err = new CliError(
      `${unsure.length} of ${outcomes.length} applications may or may not have been ${verb} (outcome unknown)${bad.length ? `, and ${bad.length} were not ${verb}` : ''}`,
      { hint: 'check the ones marked unknown before running again; nothing was retried' },
    );
    err.exitCode = ExitCode.unknown;
    throw err;
  }
  if (!bad.length) return;
  const codes = new Set(bad.map((x) => x.exitCode ?? 1));
  const err = new CliError(`${bad.length} of ${outcomes.length} applications were not ${verb}`, {
    hint: 'the others were changed and are not retried; run again with only the failed ones',
  });
  err.exitCode = codes.size === 1 ? [...codes][0] : 1;
  throw err;
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
