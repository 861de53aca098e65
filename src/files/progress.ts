// Progress on stderr for long operations (uploads, downloads, report runs). Only on a terminal: when
// stderr is piped or a file, nothing is drawn, so logs stay clean.
import type { Context } from '../context.js';
import { sanitizeCell } from '../io/sanitize.js';

export interface Spinner {
  /** Replaces the text shown beside the spinner. */
  text(s: string): void;
  /** Removes the spinner; the line is cleared so later stderr output starts on a fresh line. */
  stop(): void;
  /** Shows it again after a stop (e.g. once a notice has been printed). */
  start(): void;
}

const NOOP: Spinner = { text: () => {}, stop: () => {}, start: () => {} };

/**
 * A terminal we can draw on: some pseudo-terminals report 0 columns, which sends ora into a loop,
 * and ora moves the cursor with a tty stream's cursorTo, which a stream that only says isTTY lacks.
 * Not under CI (a job's log keeps every frame) nor on TERM=dumb, which cannot move the cursor.
 * The decision is ours alone: left to itself, ora writes "- text" as a line that stays, which is
 * what it did under CI on a terminal.
 */
function drawable(ctx: Context): boolean {
  const err = ctx.io.stderr as typeof ctx.io.stderr & { cursorTo?: unknown };
  return redrawable(ctx) && (err.columns ?? 0) > 0 && typeof err.cursorTo === 'function';
}

/** stderr is a terminal that keeps one line redrawn (a batch's bar, drawn with \r): not under CI, nor on TERM=dumb. */
export function redrawable(ctx: Context): boolean {
  const ci = ctx.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') return false;
  if (ctx.env.TERM === 'dumb') return false;
  return Boolean(ctx.io.stderr.isTTY);
}

export async function startSpinner(ctx: Context, text: string): Promise<Spinner> {
  if (!drawable(ctx)) return NOOP;
  const { default: ora } = await import('ora');
  // The text quotes data (a file's name, which its sender chose): one safe line, as any other.
  const safe = (t: string) => ctx.redact(sanitizeCell(t));
  // discardStdin would put stdin in raw mode and take Ctrl-C away from the CLI's own handler.
  const s = ora({
    text: safe(text),
    stream: ctx.io.stderr,
    isEnabled: true,
    discardStdin: false,
    color: ctx.stderrColor ? 'cyan' : false,
  }).start();
  return {
    text: (t) => {
      s.text = safe(t);
    },
    stop: () => s.stop(),
    start: () => s.start(),
  };
}

export interface ByteProgress {
  add(n: number): void;
  stop(): void;
}

/** Files under this size finish too fast for a bar to help. */
const MIN_BYTES = 1024 * 1024;

/** A byte counter drawn as a bar with percentage: `label [#####-----] 52% 2.1/4.0 MB`. */
export async function byteProgress(ctx: Context, label: string, total: number | undefined): Promise<ByteProgress> {
  if (!drawable(ctx) || (total !== undefined && total < MIN_BYTES)) return { add: () => {}, stop: () => {} };
  let done = 0;
  let last = 0;
  const spinner = await startSpinner(ctx, line(label, 0, total));
  return {
    add(n) {
      done += n;
      const now = Date.now();
      if (now - last < 100) return; // redrawing on every chunk would cost more than the copy
      last = now;
      spinner.text(line(label, done, total));
    },
    stop: () => spinner.stop(),
  };
}

function line(label: string, done: number, total: number | undefined): string {
  if (!total) return `${label} ${formatBytes(done)}`;
  const ratio = Math.min(1, done / total);
  const width = 24;
  const filled = Math.round(ratio * width);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${formatBytes(done)}/${formatBytes(total)}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}
