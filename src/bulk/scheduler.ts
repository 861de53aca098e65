// The requests of a batch share one budget: at most `concurrency` in flight, and one request rate
// for the whole batch. A 429 slows the batch, not one record: everyone waits out the server's
// Retry-After, the rate drops to a share of what the server just let through (multiplicative
// decrease), then grows back a little with every success (additive increase). A request refused
// with 429 was not applied, so it is sent again, up to the client's --max-retries times; then it
// fails with the 429 (exit 6 in its row). Nothing else is retried here (the client retries reads,
// and writes only when provably unsent).
import type { AshbyClient, CallOptions, Envelope, EndpointName } from '../api/client.js';
import { RateLimitError } from '../errors.js';

/** Thrown instead of a request when the batch is stopping (Ctrl-C): the request was not sent. */
export class NotSentError extends Error {
  constructor() {
    super('not sent: the batch was stopped');
    this.name = 'NotSentError';
  }
}

export interface SchedulerOptions {
  concurrency: number;
  /** Wait when a 429 comes without Retry-After (ms). */
  defaultPauseMs?: number;
  /** 429s one request may meet before it counts as failed (default: the client's --max-retries). */
  maxRateLimited?: number;
  now?: () => number;
}

const DECREASE = 0.93;

export class Scheduler {
  /** Requests sent (every attempt, 429s included). */
  requests = 0;
  rateLimited = 0;
  /** Requests per second allowed; Infinity until the first 429. */
  rate = Number.POSITIVE_INFINITY;
  /** What the server let through when it last said 429. */
  private limit = Number.POSITIVE_INFINITY;
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  private pausedUntil = 0;
  private nextSlot = 0;
  private lastDecrease = 0;
  private okTimes: number[] = [];
  /** When each request of the last second was sent (kept once a 429 has named a limit). */
  private sent: number[] = [];
  private stopped = false;
  private stopWaiters = new Set<() => void>();
  readonly stopSignal: AbortSignal;
  private stopController = new AbortController();

  constructor(private opts: SchedulerOptions) {
    this.stopSignal = this.stopController.signal;
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  get stopping(): boolean {
    return this.stopped;
  }

  /** No new request starts; those waiting for their turn give up (NotSentError). */
  stop(): void {
    this.stopped = true;
    for (const w of this.stopWaiters) w();
    this.stopWaiters.clear();
    for (const w of this.waiting.splice(0)) w();
  }

  /** Calls an endpoint within the batch's budget; a 429 waits and sends again. */
  async call(client: AshbyClient, endpoint: EndpointName, body: object, opts: CallOptions = {}): Promise<Envelope> {
    const max = this.opts.maxRateLimited ?? client.maxRetries;
    for (let attempt = 0; ; attempt++) {
      await this.acquire();
      const sentAt = this.now();
      this.requests++;
      try {
        const env = await client.call(endpoint, body, { ...opts, retryRateLimit: false });
        this.succeeded();
        return env;
      } catch (err) {
        if (!(err instanceof RateLimitError) || attempt >= max) throw err;
        this.rateLimited++;
        this.slowDown(sentAt, err.retryAfterMs);
      } finally {
        this.release();
      }
    }
  }

  private async acquire(): Promise<void> {
    for (;;) {
      if (this.stopped) throw new NotSentError();
      if (this.inFlight >= this.opts.concurrency) {
        await new Promise<void>((r) => this.waiting.push(r));
        continue;
      }
      const now = this.now();
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now);
        continue;
      }
      // Past a 429 the server's window is known: never more than a share of it in any second,
      // however the timers bunch up on a busy machine.
      if (Number.isFinite(this.limit)) {
        while (this.sent.length && now - this.sent[0] >= 1000) this.sent.shift();
        const cap = Math.max(1, Math.floor(this.limit * 0.95));
        if (this.sent.length >= cap) {
          await this.sleep(this.sent[0] + 1000 - now);
          continue;
        }
      }
      if (Number.isFinite(this.rate)) {
        const at = Math.max(now, this.nextSlot);
        this.nextSlot = at + 1000 / this.rate;
        if (at > now) {
          this.inFlight++; // the slot is ours while we wait for its time
          try {
            await this.sleep(at - now);
          } finally {
            this.inFlight--;
          }
          if (this.stopped) {
            this.wake();
            throw new NotSentError();
          }
          if (this.now() < this.pausedUntil) continue;
        }
      }
      this.inFlight++;
      if (Number.isFinite(this.limit)) this.sent.push(this.now());
      return;
    }
  }

  private release() {
    this.inFlight--;
    this.wake();
  }

  private wake() {
    this.waiting.shift()?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.stopWaiters.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      this.stopWaiters.add(done);
    });
  }

  private succeeded() {
    const now = this.now();
    this.okTimes.push(now);
    while (this.okTimes.length && now - this.okTimes[0] > 1000) this.okTimes.shift();
    // +1 request/s for every second at this rate up to just below the rate that met the 429, then
    // a twentieth of that: a 429 costs the whole batch its Retry-After, so the known limit is approached
    // quickly and passed slowly.
    if (Number.isFinite(this.rate)) this.rate += (this.rate < this.limit * 0.97 ? 1 : 0.05) / this.rate;
  }

  /**
   * Once per burst of 429s (those sent before the last decrease do not count twice). The new rate is
   * a share of what the server let through in the last second. "Retry-After: 0" asks for no pause
   * and is not a sign of a limit: the request is sent again at once and the rate stays.
   */
  private slowDown(sentAt: number, retryAfterMs: number | undefined) {
    const now = this.now();
    const pause = retryAfterMs ?? this.opts.defaultPauseMs ?? 1000;
    this.pausedUntil = Math.max(this.pausedUntil, now + pause);
    this.nextSlot = Math.max(this.nextSlot, this.pausedUntil);
    if (pause === 0 || sentAt < this.lastDecrease) return;
    this.lastDecrease = now;
    while (this.okTimes.length && now - this.okTimes[0] > 1000) this.okTimes.shift();
    const seen = Math.max(1, this.okTimes.length);
    this.limit = Math.min(this.rate, seen);
    this.rate = Math.max(0.5, this.limit * DECREASE);
  }
}
