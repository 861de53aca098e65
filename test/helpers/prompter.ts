// A Prompter with its answers given in advance, one per question in order, for the in-process
// runner (run.ts). Each question and answer is echoed to stderr, so a failing test shows the dialogue.
import type { Context } from '../../src/context.js';
import { UsageError } from '../../src/errors.js';
import type { Choice, Prompter } from '../../src/prompts/prompter.js';

/** Answers from a list, in order; each question and answer is echoed to stderr. */
export function scriptedPrompter(ctx: Context, answers: unknown[]): Prompter {
  let i = 0;
  const next = (message: string): unknown => {
    if (i >= answers.length) throw new UsageError(`no scripted answer for prompt "${message}"`);
    const a = answers[i++];
    ctx.errLine(`? ${message} ${typeof a === 'string' ? a : JSON.stringify(a)}`);
    return a;
  };
  const pick = <T>(message: string, choices: Choice<T>[], a: unknown): T => {
    const found = choices.find((c) => c.value === a || c.name === a || String(c.value) === String(a));
    if (!found) throw new UsageError(`scripted answer ${JSON.stringify(a)} is not a choice of "${message}": ${choices.map((c) => c.name).join(', ')}`);
    return found.value;
  };
  return {
    async input(message, opts = {}) {
      const a = next(message);
      const v = a === null || a === undefined || a === '' ? (opts.default ?? '') : String(a);
      const ok = opts.validate?.(v) ?? true;
      if (ok !== true) throw new UsageError(`scripted answer for "${message}" is invalid: ${ok}`);
      return v;
    },
    async password(message) {
      const a = answers[i++];
      ctx.errLine(`? ${message} ********`);
      return String(a ?? '');
    },
    async confirm(message, dflt = false) {
      const a = next(message);
      return a === null || a === undefined ? dflt : a === true || a === 'y' || a === 'yes';
    },
    async select(message, choices) {
      return pick(message, choices, next(message));
    },
    async checkbox(message, choices) {
      const a = next(message);
      return (Array.isArray(a) ? a : [a]).map((x) => pick(message, choices, x));
    },
  };
}
