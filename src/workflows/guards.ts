// What a workflow may ask: missing values fail at once (exit 2) when nobody can be asked, and a
// step that needs confirmation is checked for it before any request.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

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

/**
 * The final question before a write. --yes and --dry-run skip it; without a terminal it must have
 * been checked with requireConfirmable already, so this never hangs.
 */
export async function confirmStep(ctx: Context, question: string, what: string, cancelled = 'cancelled: nothing was changed'): Promise<void> {
  if (ctx.opts.yes || ctx.opts.dryRun) return;
  requireConfirmable(ctx, what);
  if (!(await (await ctx.prompter()).confirm(question, false))) throw new UsageError(cancelled);
}

/** A prompt validator from a parser that throws: its message is shown under the prompt. */
export function validateWith(parse: (s: string) => unknown, optional = false): (s: string) => true | string {
  return (s) => {
    if (!s.trim()) return optional ? true : 'required';
    try {
      parse(s);
      return true;
    } catch (e) {
      // The hint says what to type instead (a time the clocks show, the offset to add).
      const hint = (e as { hint?: unknown }).hint;
      return typeof hint === 'string' && hint ? `${(e as Error).message}\n  hint: ${hint}` : (e as Error).message;
    }
  };
}
