// What a batch prints: one result row per record on stdout, in input order, as soon as every row
// before it is done (NDJSON unless -o says otherwise; table and CSV render the same rows); on a
// terminal a progress bar on stderr; at the end a summary line on stderr.
import type { Context } from '../context.js';
import { parseFields } from '../io/output.js';
import { redrawable } from '../files/progress.js';
import type { Scheduler } from './scheduler.js';

export type Outcome = 'failed' | 'unknown' | 'skipped';

export interface Row {
  row: number;
  ok: boolean;
  result?: unknown;
  outcome?: Outcome;
  exit?: number;
  error?: { code: string; message: string };
  /** Ashby's warnings on an applied record (`endpoint: code`): it went through, but a part of it did not. */
  warnings?: string[];
  /** Taken from the journal of an earlier run, not sent now. */
  resumed?: boolean;
}

export interface Tally {
  total: number;
  applied: number;
  failed: number;
  unknown: number;
  skipped: number;
}

const COLUMNS = ['row', 'ok', 'outcome', 'exit', 'error.code', 'error.message', 'result.id'];

async function* mapIter<T, U>(it: AsyncIterable<T>, f: (x: T) => U): AsyncGenerator<U> {
  for await (const x of it) yield f(x);
}

/** A row with every column of the table, empty where it has nothing. */
function flatRow(r: Row): Record<string, unknown> {
  const id = r.result && typeof r.result === 'object' ? (r.result as { id?: unknown }).id : undefined;
  return {
    row: r.row,
    ok: r.ok,
    outcome: r.outcome ?? '',
    exit: r.exit ?? '',
    error: { code: r.error?.code ?? '', message: r.error?.message ?? '' },
    result: { id: id ?? '' },
  };
}

/**
 * Rows arrive in any order and leave in input order. A row is let go once printed (only the tally
 * and its number are kept), so a long batch holds only the rows waiting for an earlier one, not
 * every result it has had.
 */
export class ResultRows {
  private rows = new Map<number, Row>();
  private seen = new Set<number>();
  private counts: Tally = { total: 0, applied: 0, failed: 0, unknown: 0, skipped: 0 };
  private next = 0;
  private wake?: () => void;
  private ended = false;
  private printing: Promise<void>;
  /** Why stdout could not be written (a full disk), once it failed: the batch stops (engine.ts). */
  outputError?: Error;

  constructor(
    ctx: Context,
    private total: number,
    onOutputFailed?: (e: Error) => void,
  ) {
    const explicit = ctx.opts.output !== undefined || ctx.opts.json;
    // A table and CSV show the same columns for every row (not every field of every result; --fields
    // and --jq see the whole rows).
    const flat = explicit && (ctx.format === 'csv' || ctx.format === 'table') && !ctx.opts.fields && !ctx.opts.jq;
    const rows = flat ? mapIter(this.stream(), flatRow) : this.stream();
    // A row's own keys (outcome, exit, error.code) are absent from rows that were applied, and the
    // engine has checked them against a row's keys before the first write: none is a typo, even
    // when every record was applied. Only paths in a result are checked once the rows come, and
    // only by rows that have a result: when every record failed, none can tell.
    const typedFields = parseFields(ctx.opts.fields)?.filter((f) => f.split('.')[0] === 'result');
    const fieldsJudged = (r: unknown) => Boolean((r as Row | undefined)?.result);
    // A list laid out once complete (--jq, a table, YAML) would count its rows with a spinner of its
    // own: the batch's progress bar (below) says more, and two would draw over each other.
    this.printing = ctx
      .renderer({ columns: COLUMNS, typedFields, fieldsJudged, gathering: undefined, ...(explicit ? {} : { format: 'ndjson' as const }) })
      .then((r) => r.list(rows).then(() => undefined))
      .catch((e: NodeJS.ErrnoException) => {
        // The reader went away (`| head`): the batch stops (engine.ts) and its summary is on stderr.
        if (e?.code === 'EPIPE') return;
        // Any other failure (a full disk) stops the batch too, rather than applying records whose
        // rows cannot be shown; engine.ts reports it after the records in flight have finished.
        this.outputError = e;
        onOutputFailed?.(e);
      });
  }

  has(row: number): boolean {
    return this.seen.has(row);
  }

  set(row: number, r: Row): void {
    this.rows.set(row, r);
    this.seen.add(row);
    this.counts.total++;
    if (r.ok) this.counts.applied++;
    else this.counts[r.outcome ?? 'failed']++;
    this.wake?.();
  }

  private async *stream(): AsyncGenerator<Row> {
    // Records are numbered from 1 in input order, but a batch may hold only some numbers (bad
    // rows are refused before it starts), so once all are in, what is left goes in the order of its numbers.
    let sorted: number[] | undefined;
    let i = 0;
    for (;;) {
      if (!sorted && (this.seen.size === this.total || this.ended)) sorted = [...this.rows.keys()].sort((a, b) => a - b);
      const expect = sorted ? sorted[i] : this.next + 1;
      if (expect === undefined) return;
      const r = this.rows.get(expect);
      if (r) {
        this.rows.delete(expect);
        if (sorted) i++;
        else this.next++;
        yield r;
        continue;
      }
      if (sorted) {
        i++;
        continue;
      }
      await new Promise<void>((res) => (this.wake = res));
      this.wake = undefined;
    }
  }

  async end(): Promise<void> {
    this.ended = true;
    this.wake?.();
    await this.printing;
  }

  tally(): Tally {
    return { ...this.counts };
  }
}

export function summaryLine(t: Tally, elapsedMs: number, requests: number): string {
  const secs = elapsedMs / 1000;
  const rate = secs > 0 ? requests / secs : 0;
  return `${t.total} record${t.total === 1 ? '' : 's'}: ${t.applied} applied, ${t.failed} failed, ${t.unknown} unknown, ${t.skipped} skipped in ${secs.toFixed(1)} s (${requests} request${requests === 1 ? '' : 's'}, ${rate.toFixed(0)} requests/s)`;
}

/** A one-line bar on stderr, redrawn at most ten times a second; only on a terminal. */
export class Progress {
  private done = 0;
  private bad = 0;
  private last = 0;
  private started = Date.now();
  private shown = false;
  private readonly on: boolean;

  constructor(
    private ctx: Context,
    private total: number,
    private scheduler: Scheduler,
  ) {
    // Rows streaming to the same terminal would be written after the bar, on its line: there the
    // rows themselves show the progress. What is printed only at the end (a table, YAML, whatever
    // --jq makes of the rows: jq reads them as one list) keeps the bar, else nothing would show the
    // batch running. Not under CI or on TERM=dumb, as every spinner.
    const explicit = ctx.opts.output !== undefined || Boolean(ctx.opts.json);
    const atEnd = Boolean(ctx.opts.jq) || (explicit && (ctx.format === 'table' || ctx.format === 'yaml'));
    this.on = redrawable(ctx) && total > 1 && (!ctx.io.stdout.isTTY || atEnd);
  }

  tick(r: Row): void {
    this.done++;
    if (!r.ok) this.bad++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.scheduler.requests / secs : 0;
    this.ctx.io.stderr.write(
      `\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total}  ${this.bad} not applied  ${rate.toFixed(0)} req/s`,
    );
    this.shown = true;
  }

  end(): void {
    if (this.shown) this.ctx.io.stderr.write('\r\u001b[2K');
  }
}
