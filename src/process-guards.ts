// What a run of ashby sets on the process, and how a failure becomes a message and an exit code,
// for the CLI (cli.ts) and for `ashby mcp`'s direct path (mcp/main.ts), which starts without
// commander: a reader that went away is not an error, whatever escapes every handler is one line,
// and Ctrl-C interrupts the command's context.
import type { Context } from './context.js';
import { CliError, ExitCode } from './errors.js';
import type { IOStreams } from './io/streams.js';

/** What runs instead of the quiet exit when stdout's reader goes away (set by a batch of writes, bulk/engine.ts). */
let readerGone: (() => void) | undefined;

/** A batch of writes stops starting records and reports what it did, rather than ending mid-write. */
export function whenReaderGone(fn: (() => void) | undefined): void {
  readerGone = fn;
}

/** EPIPE on stdout ends quietly; an uncaught error is one line and the --debug hint, never Node's stack dump. */
export function guardProcess(argv: string[]): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' && readerGone) return readerGone();
    if (e.code === 'EPIPE') process.exit(0); // the reader went away (e.g. `| head`): not an error (lint-allow-exit: cli.ts's, shared with mcp/main.ts)
    // Any other failure (a full disk under `> file`) is said once, as writeAll's OutputError is: not a bug.
    process.stderr.write(`ashby: cannot write to stdout: ${String(e.message).split('\n')[0]}\n`);
    process.exit(ExitCode.other); // lint-allow-exit: cli.ts's, shared with mcp/main.ts
  });
  // Whatever escapes every handler (an error emitted by a stream after the command ended) is still
  // one line and the --debug hint, never Node's stack dump.
  const last = (err: unknown) => {
    const e = err as Error;
    process.stderr.write(`ashby: ${String(e?.message ?? err).split('\n')[0]}\n`);
    if (argv.includes('--debug') && e?.stack) process.stderr.write(`${e.stack}\n`);
    else process.stderr.write('hint: run again with --debug for details\n');
    process.exit(ExitCode.other); // lint-allow-exit: cli.ts's last resort, shared with mcp/main.ts
  };
  process.on('uncaughtException', last);
  process.on('unhandledRejection', last);
}

class InterruptSignal extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super('interrupted');
    this.name = 'InterruptSignal';
  }
}

/** The exit code of a signal, as shells report it: 130 for Ctrl-C (SIGINT), 143 for SIGTERM. */
function signalExit(signal: NodeJS.Signals | undefined): number {
  return signal === 'SIGTERM' ? ExitCode.terminated : ExitCode.interrupted;
}

/** The exit code of a command stopped through its context: 143 when SIGTERM stopped it, else 130. */
export function stoppedExit(signal: AbortSignal): number {
  return signalExit(signal.reason instanceof InterruptSignal ? signal.reason.signal : undefined);
}

/**
 * The first Ctrl-C aborts the context (the command stops and says so), a second exits at once.
 * `signals` may add SIGTERM (timeout(1), a CI job cancelled, a service manager), handled the same
 * but for the exit code (143, not 130). Returns the remover.
 */
export function onInterrupt(ctx: Context, signals: NodeJS.Signals[] = ['SIGINT']): () => void {
  const onSigint = (signal: NodeJS.Signals) => {
    if (ctx.signal.aborted) process.exit(signalExit(signal)); // lint-allow-exit: a second Ctrl-C
    ctx.controller.abort(new InterruptSignal(signal));
  };
  for (const s of signals) process.on(s, onSigint);
  return () => {
    for (const s of signals) process.off(s, onSigint);
  };
}

/**
 * Rows pulled from a statement of node:sqlite, which runs on this thread: while SQLite works on
 * one (a runaway `ashby sql` join or recursive query) no JavaScript runs, so a Ctrl-C or SIGTERM
 * handled in JavaScript would wait for it, maybe forever. While rows are being pulled, SIGINT and
 * SIGTERM take their default action (the process ends; a shell reports 130 or 143); at the next
 * turn of the event loop (rows being written out) the handlers are back, so a Ctrl-C then still
 * closes a JSON array as elsewhere.
 */
export function* killableRows<T>(rows: Iterable<T>): Generator<T> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  let held: Array<[NodeJS.Signals, Array<(...a: unknown[]) => void>]> | undefined;
  const restore = () => {
    if (!held) return;
    for (const [s, listeners] of held) for (const l of listeners) process.on(s, l);
    held = undefined;
  };
  const it = rows[Symbol.iterator]();
  try {
    for (;;) {
      if (!held) {
        // Without a listener, Node leaves the signal to its default action.
        held = signals.map((s) => [s, process.listeners(s) as Array<(...a: unknown[]) => void>]);
        for (const s of signals) process.removeAllListeners(s);
        setImmediate(restore);
      }
      const next = it.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    restore();
    it.return?.();
  }
}

/** A command's failure on stderr (redacted and sanitised, with its hint), and its exit code. */
export function reportFailure(err: unknown, ctx: Context, io: IOStreams): number {
  if (ctx.signal.aborted) {
    io.stderr.write('ashby: interrupted\n');
    return stoppedExit(ctx.signal);
  }
  // Messages often carry server text (errorInfo.message, storage and HTML error bodies): every line
  // is redacted and sanitised on its way out (ctx.errLine).
  if (err instanceof CliError) {
    ctx.errLine(`ashby: ${err.message}`);
    const check = (err as { writeMayBeApplied?: string }).writeMayBeApplied;
    if (check !== undefined)
      ctx.errLine(
        `note: the server failed while handling this write, so it may have been applied; it was not retried: check before trying again${check ? `: ${check}` : ''}`,
      );
    // Output failed after the command did its work: say that the work was done.
    if ((err as { outputFailed?: boolean }).outputFailed)
      for (const w of ctx.applied) ctx.errLine(`note: ${w.endpoint} was applied${w.id ? ` (id ${w.id})` : ''}; only the output failed`);
    if (err.hint) ctx.errLine(`hint: ${err.hint}`);
    // Exit 2 says that nothing was changed: not so once a write was applied.
    if ((err as { outputFailed?: boolean }).outputFailed && ctx.applied.length && err.exitCode === ExitCode.usage) return ExitCode.other;
    return err.exitCode;
  }
  // Anything else is a bug or an unforeseen failure: one line, never a stack trace unless asked for.
  const e = err as Error;
  const first = String(e?.message ?? err).split('\n')[0] || String(e?.name ?? 'error');
  ctx.errLine(`ashby: ${first}`);
  if (ctx.opts.debug && e?.stack) ctx.errLine(e.stack);
  else ctx.errLine('hint: run again with --debug for details');
  return ExitCode.other;
}
