// Small pieces shared by commands: printing an API result, reading stdin.
import type { Envelope } from '../api/client.js';
import type { Context } from '../context.js';
import { InterruptedError, UsageError } from '../errors.js';
import type { OutputOptions } from '../io/output.js';

/** Prints an endpoint's result: the results (array or object), or the whole envelope with --raw. */
export async function emitResult(ctx: Context, env: Envelope, extra: Partial<OutputOptions> = {}): Promise<void> {
  if ((env as { dryRun?: boolean }).dryRun) return;
  const out = await ctx.renderer(extra);
  if (ctx.opts.raw) return out.object(env);
  if (Array.isArray(env.results)) {
    await out.list(env.results);
    if (env.moreDataAvailable && ctx.io.stderr.isTTY) ctx.info('more results available: use --all or --limit N');
    return;
  }
  return out.object(env.results ?? null);
}

/** Stdin can be read only once: every later reader (each record of a batch given `--answers -`) gets the same text. */
const stdinText = new WeakMap<object, Promise<string>>();

export function readStdin(ctx: Context): Promise<string> {
  // A caller that takes "-" names its own argument first (archive.ts); this is the guard behind it.
  if (!ctx.hasStdin) return Promise.reject(new UsageError('"-" reads stdin, which a tool call does not have: give the values themselves'));
  const stdin = ctx.io.stdin;
  let text = stdinText.get(stdin);
  if (!text) {
    text = readAll(ctx);
    stdinText.set(stdin, text);
  }
  return text;
}

async function readAll(ctx: Context): Promise<string> {
  if (ctx.io.stdin.isTTY) ctx.info('reading from stdin (end with Ctrl-D)…');
  const chunks: Buffer[] = [];
  // Ctrl-C or SIGTERM while the input has not ended (a producer still at work, a terminal waiting
  // for Ctrl-D) stops the command now: nothing has been sent, and the input's end may never come.
  let stop = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(new InterruptedError('interrupted'));
    ctx.signal.addEventListener('abort', stop, { once: true });
    if (ctx.signal.aborted) stop();
  });
  stopped.catch(() => {});
  const input = ctx.io.stdin[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([input.next(), stopped]);
      if (next.done) break;
      const c = next.value as unknown;
      chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    }
  } catch (e) {
    // stdin is closed, or it would keep the process waiting on it.
    void input.return?.();
    (ctx.io.stdin as { destroy?: () => void }).destroy?.();
    throw e;
  } finally {
    ctx.signal.removeEventListener('abort', stop);
  }
  return Buffer.concat(chunks).toString('utf8');
}
