// The one place wizards ask questions. On a terminal it uses @inquirer/prompts on stderr; a caller
// of main() may inject another Prompter instead (the tests script their answers that way).
import { InterruptedError, UsageError } from '../errors.js';
import type { Context } from '../context.js';
import { sanitizeCell } from '../io/sanitize.js';

export interface Choice<T = string> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(message: string, opts?: { default?: string; validate?: (v: string) => true | string }): Promise<string>;
  password(message: string): Promise<string>;
  confirm(message: string, dflt?: boolean): Promise<boolean>;
  select<T>(message: string, choices: Choice<T>[]): Promise<T>;
  /** `required`: what to say when Enter is pressed with nothing ticked (then it asks again). */
  checkbox<T>(message: string, choices: Choice<T>[], opts?: { required?: string }): Promise<T[]>;
}

/** The terminal's prompter, or `injected` in its place (the tests'); either shows only safe text. */
export function createPrompter(ctx: Context, injected?: (ctx: Context) => Prompter): Prompter {
  return safe(ctx, injected ? injected(ctx) : rawPrompter(ctx));
}

/**
 * Questions and choices often quote data (candidate names, job titles): every message, choice name
 * and description is redacted and sanitised before a prompt shows it.
 */
function safe(ctx: Context, p: Prompter): Prompter {
  const m = (s: string) => ctx.forHuman(s);
  const cs = <T>(choices: Choice<T>[]) =>
    choices.map((c) => ({ ...c, name: sanitizeCell(ctx.redact(c.name)), description: c.description === undefined ? undefined : m(c.description) }));
  return {
    input: (message, opts) => p.input(m(message), opts),
    password: (message) => p.password(m(message)),
    confirm: (message, dflt) => p.confirm(m(message), dflt),
    select: (message, choices) => p.select(m(message), cs(choices)),
    checkbox: (message, choices, opts) => p.checkbox(m(message), cs(choices), opts),
  };
}

function rawPrompter(ctx: Context): Prompter {
  if (!ctx.canPrompt) {
    const refuse = (message: string): never => {
      throw new UsageError(`cannot ask "${message}" without a terminal (or with --no-input)`);
    };
    return { input: refuse, password: refuse, confirm: refuse, select: refuse, checkbox: refuse };
  }
  const context = { input: ctx.io.stdin, output: ctx.io.stderr, signal: ctx.signal };
  const load = () => import('@inquirer/prompts');
  // Ctrl-C inside a prompt reaches inquirer as a key, not as SIGINT: it is still an interruption (130).
  // While a question waits no request is in flight, so the writes confirmed so far are all there
  // were: with none, the person is told that stopping left nothing behind. A wizard that did write
  // (an offer's process) says what it left instead.
  const ask = <T>(p: Promise<T>): Promise<T> =>
    p.catch((e: unknown) => {
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'))
        throw new InterruptedError('interrupted', { hint: ctx.applied.length ? undefined : 'nothing was changed' });
      throw e;
    });
  return {
    async input(message, opts = {}) {
      return ask((await load()).input({ message, default: opts.default, validate: opts.validate }, context));
    },
    async password(message) {
      return ask((await load()).password({ message, mask: '*' }, context));
    },
    async confirm(message, dflt = false) {
      return ask((await load()).confirm({ message, default: dflt }, context));
    },
    async select(message, choices) {
      return ask((await load()).select({ message, choices, pageSize: 15 }, context));
    },
    async checkbox(message, choices, opts = {}) {
      const required = opts.required;
      const validate = required ? (picked: readonly unknown[]) => (picked.length ? true : required) : undefined;
      return ask((await load()).checkbox({ message, choices, pageSize: 15, validate }, context));
    },
  };
}
