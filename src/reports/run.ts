// Running a saved report: report.synchronous first (Ashby gives it 30 s); when it is still running,
// poll report.generate with the request id it returned (polls are free of the report limits), or
// start report.generate and poll that. Starting a report is limited per organisation (15 starts a
// minute, 3 at once); when the limit is hit we wait as Ashby asks and say so on stderr.
import { setTimeout as sleep } from 'node:timers/promises';
import { DEADLINE_MARGIN_MS, type AshbyClient } from '../api/client.js';
import type { Context } from '../context.js';
import { ApiError, NetworkError, RateLimitError } from '../errors.js';
import { startSpinner, type Spinner } from '../files/progress.js';
import type { ReportData } from './rows.js';

export interface RunOptions {
  reportId: string;
  /** Give up after this long overall (ms). */
  timeoutMs: number;
  pollMs: number;
  /** Skip report.synchronous and go straight to report.generate. */
  async: boolean;
}

interface ReportResult {
  requestId?: string | null;
  status?: string;
  reportData?: ReportData | null;
  failureReason?: string | null;
}

const LIMIT_CODES = new Set(['rate_limit_exceeded', 'concurrent_limit_exceeded']);

/** The finished report's data; undefined with --dry-run. */
export async function runReport(ctx: Context, o: RunOptions): Promise<ReportData | undefined> {
  const client = await ctx.client();
  const started = Date.now();
  const deadline = started + o.timeoutMs;
  const spinner = await startSpinner(ctx, `Running report ${o.reportId}…`);
  const ticker = setInterval(() => spinner.text(`Running report ${o.reportId}… ${Math.round((Date.now() - started) / 1000)} s`), 1000);
  const run = new Runner(ctx, client, o, deadline, spinner);
  try {
    let res: ReportResult | undefined;
    let fromSync = false;
    if (!o.async) {
      res = await run.start('report.synchronous');
      if (res === undefined) return undefined;
      fromSync = true;
    }
    if (!res || (isRunning(res) && !res.requestId)) {
      res = await run.start('report.generate');
      if (res === undefined) return undefined;
      fromSync = false;
    }
    while (isRunning(res)) {
      if (Date.now() + o.pollMs > deadline) throw run.timedOut(res.requestId ?? undefined);
      await sleep(o.pollMs, undefined, { signal: ctx.signal });
      try {
        res = await run.poll(res.requestId!);
      } catch (err) {
        // Rate limited past what the client could wait before --timeout: the run goes on at Ashby.
        if (err instanceof RateLimitError) err.hint = run.collectLater(res.requestId!);
        // Polling a request id that report.synchronous handed out is not documented; if Ashby does
        // not know it, start the report the documented way instead.
        if (!fromSync || !(err instanceof ApiError) || err instanceof RateLimitError) throw err;
        ctx.debug(`polling the synchronous request failed (${err.code}); starting report.generate`);
        res = await run.start('report.generate');
        if (res === undefined) return undefined;
        fromSync = false;
      }
    }
    if (res.status === 'failed') {
      throw new ApiError({ endpoint: 'report.generate', code: 'report_failed', message: res.failureReason ?? 'the report failed without a reason' });
    }
    return res.reportData ?? { data: [], columnNames: [] };
  } finally {
    clearInterval(ticker);
    spinner.stop();
  }
}

function isRunning(r: ReportResult): boolean {
  return r.status !== 'complete' && r.status !== 'failed';
}

class Runner {
  constructor(
    private ctx: Context,
    private client: AshbyClient,
    private o: RunOptions,
    private deadline: number,
    private spinner: Spinner,
  ) {}

  private remaining(): number {
    return this.deadline - Date.now();
  }

  /**
   * Starts the report. Not retried after a timeout or dropped connection (`read: false`): a start
   * that may have reached Ashby counts against the limits and would start a second run. A rate
   * limit is waited out here, not in the client (`retryRateLimit: false`), and only while the wait
   * ends before --timeout: the command is over by its deadline, with exit 6.
   */
  async start(endpoint: 'report.synchronous' | 'report.generate'): Promise<ReportResult | undefined> {
    for (;;) {
      try {
        // report.synchronous may take up to 30 s by design; leave room for the answer to arrive.
        const env = await this.client.call(
          endpoint,
          { reportId: this.o.reportId, includeHeadersInData: true },
          { read: false, timeoutMs: this.callTimeout(45_000), retryRateLimit: false, deadline: this.deadline },
        );
        if ((env as { dryRun?: boolean }).dryRun) return undefined;
        return (env.results ?? {}) as ReportResult;
      } catch (err) {
        if (!(err instanceof RateLimitError)) throw this.explain(err);
        const waitMs = limitWait(err);
        const secs = Math.max(1, Math.round(waitMs / 1000));
        if (Date.now() + waitMs + DEADLINE_MARGIN_MS > this.deadline) {
          err.hint = `waiting ${secs} s as Ashby asks would pass --timeout (${Math.round(this.o.timeoutMs / 1000)} s); try again later, or allow more time with --timeout`;
          throw err;
        }
        const what = err.code === 'concurrent_limit_exceeded' ? '3 reports at once' : '15 report starts a minute';
        const why = LIMIT_CODES.has(err.code) ? `Ashby's report limit (${what} per organisation) is reached` : 'rate limited';
        this.spinner.stop(); // a notice printed under a live spinner would be drawn over
        this.ctx.warn(`${why}; trying again in ${secs} s`);
        this.spinner.start();
        await sleep(waitMs, undefined, { signal: this.ctx.signal });
      }
    }
  }

  async poll(requestId: string): Promise<ReportResult> {
    const env = await this.client.call(
      'report.generate',
      { reportId: this.o.reportId, requestId, includeHeadersInData: true },
      { read: true, timeoutMs: this.callTimeout(30_000), deadline: this.deadline },
    );
    return (env.results ?? {}) as ReportResult;
  }

  private callTimeout(max: number): number {
    return Math.max(1000, Math.min(max, this.remaining()));
  }

  private explain(err: unknown): unknown {
    if (err instanceof NetworkError && this.remaining() <= 1000) return this.timedOut(undefined);
    return err;
  }

  timedOut(requestId: string | undefined): NetworkError {
    const secs = Math.round(this.o.timeoutMs / 1000);
    return new NetworkError(`report ${this.o.reportId} did not finish within ${secs} s`, {
      hint: requestId ? this.collectLater(requestId) : 'allow more time with --timeout',
    });
  }

  collectLater(requestId: string): string {
    return `it is still being built; collect it later with \`ashby report generate --report-id ${this.o.reportId} --request-id ${requestId}\`, or allow more time with --timeout`;
  }
}

/** The server's Retry-After, else how long Ashby's message says ("Try again in 60 seconds"), else 60 s or 30 s. */
function limitWait(err: RateLimitError): number {
  if (err.retryAfterMs !== undefined) return Math.max(1000, err.retryAfterMs); // "0" would start reports back to back
  const m = /try again in (\d+) seconds?/i.exec(err.info.message ?? '');
  if (m) return Number(m[1]) * 1000;
  return err.code === 'concurrent_limit_exceeded' ? 30_000 : 60_000;
}
