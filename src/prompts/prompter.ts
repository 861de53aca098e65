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
  /**
   * `required`: what to say when Enter is pressed with nothing ticked (then it asks again).
   * `search`: for long lists (users): type to narrow the list, Enter adds or removes one at a time.
   */
  checkbox<T>(message: string, choices: Choice<T>[], opts?: { required?: string; search?: boolean }): Promise<T[]>;
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
  // A question and a choice are one line each: a name in one ("Move Ada … to which stage?") must not
  // start a line that passes for another question or for one of ours.
  const m = (s: string) => ctx.redact(sanitizeCell(s));
  const cs = <T>(choices: Choice<T>[]) =>
    choices.map((c) => ({ ...c, name: m(c.name), description: c.description === undefined ? undefined : ctx.forHuman(c.description) }));
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
  const load = () => import('@inquirer/prompts');
  type PromptContext = { input: typeof ctx.io.stdin; output: typeof ctx.io.stderr; signal: AbortSignal };
  // Ctrl-C inside a prompt reaches inquirer as a key, not as SIGINT: it is still an interruption
  // (130), and so is Esc, which inquirer leaves alone but people press to back out.
  // While a question waits no request is in flight, so the writes confirmed so far are all there
  // were: with none, the person is told that stopping left nothing behind. A wizard that did write
  // (an offer's process) says what it left instead.
  const ask = async <T>(run: (context: PromptContext) => Promise<T>): Promise<T> => {
    const esc = new AbortController();
    const onKey = (_: unknown, key?: { name?: string }) => {
      if (key?.name === 'escape') esc.abort();
    };
    const input = ctx.io.stdin;
    input.on('keypress', onKey);
    try {
      return await run({ input, output: ctx.io.stderr, signal: AbortSignal.any([ctx.signal, esc.signal]) });
    } catch (e: unknown) {
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'))
        throw new InterruptedError('interrupted', { hint: ctx.applied.length ? undefined : 'nothing was changed' });
      throw e;
    } finally {
      input.off('keypress', onKey);
    }
  };
  return {
    async input(message, opts = {}) {
      return ask(async (c) => (await load()).input({ message, default: opts.default, validate: opts.validate }, c));
    },
    async password(message) {
      return ask(async (c) => (await load()).password({ message, mask: '*' }, c));
    },
    async confirm(message, dflt = false) {
      return ask(async (c) => (await load()).confirm({ message, default: dflt }, c));
    },
    async select(message, choices) {
      return ask(async (c) => (await load()).select({ message, choices, pageSize: 15 }, c));
    },
    async checkbox(message, choices, opts = {}) {
      if (opts.search) return searchMany(message, choices, opts.required, (config) => ask(async (c) => (await load()).search(config, c)));
      const required = opts.required;
      const validate = required ? (picked: readonly unknown[]) => (picked.length ? true : required) : undefined;
      return ask(async (c) => (await load()).checkbox({ message, choices, pageSize: 15, validate }, c));
    },
  };
}

const DONE = -1;

/**
 * A checkbox for lists too long to scroll (hundreds of users): a search prompt asked again after
 * each pick. Typing narrows the list, Enter adds the highlighted one (or removes it when it is
 * already chosen, shown with ✓), and the first line of the unfiltered list ends the question. As in
 * every prompt here, Enter alone never answers: that first line is "(choose one)" (or, when none
 * is needed, "(skip)") until one is chosen, and with `required` it asks again rather than ending
 * with nobody.
 */
async function searchMany<T>(
  message: string,
  choices: Choice<T>[],
  required: string | undefined,
  search: (config: {
    message: string;
    source: (term: string | undefined) => Array<{ name: string; value: number; short: string; description?: string }>;
    pageSize: number;
  }) => Promise<number>,
): Promise<T[]> {
  const chosen = new Set<number>();
  let refused = false;
  const order = () => [...chosen].sort((a, b) => a - b);
  for (;;) {
    const ask = chosen.size
      ? `${message} (${chosen.size} chosen; type to search, Enter adds or removes one)`
      : `${message}${refused && required ? `: ${required}` : ` (type to search, Enter adds one${required ? '' : ', or skip'})`}`;
    const line = (i: number) => ({
      name: `${chosen.has(i) ? '✓' : ' '} ${choices[i].name}`,
      value: i,
      short: `${chosen.has(i) ? '−' : '+'} ${choices[i].name}`,
      description: choices[i].description,
    });
    const picked = await search({
      message: ask,
      pageSize: 15,
      source: (term) => {
        const t = (term ?? '').trim().toLowerCase();
        if (t) return choices.flatMap((c, i) => (c.name.toLowerCase().includes(t) ? [line(i)] : []));
        // Unfiltered: the way out first, then who is chosen (to remove one), then everyone else.
        const end = chosen.size
          ? {
              name: `(done: ${chosen.size} chosen)`,
              value: DONE,
              short: order()
                .map((i) => choices[i].name)
                .join(', '),
            }
          : required
            ? { name: '(choose one)', value: DONE, short: '(none yet)' }
            : { name: '(skip)', value: DONE, short: '(none)' };
        return [end, ...order().map(line), ...choices.flatMap((_, i) => (chosen.has(i) ? [] : [line(i)]))];
      },
    });
    if (picked !== DONE) {
      if (chosen.has(picked)) chosen.delete(picked);
      else chosen.add(picked);
      continue;
    }
    if (chosen.size || !required) break;
    refused = true;
  }
  return order().map((i) => choices[i].value);
}
