// Fault injection for reliability tests. A spec such as
//   429=0.1,429-no-retry-after=0.05,500=0.05,reset=0.05,500-after=0.02,retry-after=0
// gives each kind the chance that a request is hit by it. Plain kinds strike before the call is
// handled (nothing is applied); "-after" kinds apply the call and then fail, which is what a client
// must never answer by blindly sending a write again. Draws come from a seeded PRNG, so a given
// seed and request order give the same faults.
import { mulberry32 } from './prng.js';

export const FAULT_KINDS = ['429', '429-no-retry-after', '500', '502', '503', 'reset', '500-after', 'reset-after'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Kinds that let the call be applied and then fail the response. */
const APPLY_THEN_FAIL = new Set<FaultKind>(['500-after', 'reset-after']);
export function appliesFirst(kind: FaultKind): boolean {
  return APPLY_THEN_FAIL.has(kind);
}

export interface FaultPlan {
  rates: Array<[FaultKind, number]>;
  /** Retry-After seconds sent with injected 429s (default 1). */
  retryAfterSeconds: number;
}

export function parseFaults(spec: string | undefined): FaultPlan {
  const plan: FaultPlan = { rates: [], retryAfterSeconds: 1 };
  if (!spec?.trim()) return plan;
  let total = 0;
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z0-9-]+)=([0-9.]+)$/.exec(part);
    if (!m) throw new Error(`invalid fault "${part}": expected KIND=RATE, e.g. 500=0.05`);
    const [, kind, raw] = m;
    const value = Number(raw);
    if (kind === 'retry-after') {
      plan.retryAfterSeconds = value;
      continue;
    }
    if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown fault kind "${kind}" (known: ${FAULT_KINDS.join(', ')}, retry-after)`);
    if (!(value >= 0 && value <= 1)) throw new Error(`fault rate for ${kind} must be between 0 and 1 (got ${raw})`);
    total += value;
    plan.rates.push([kind as FaultKind, value]);
  }
  if (total > 1 + 1e-9) throw new Error(`fault rates add up to ${total.toFixed(2)}, more than 1`);
  return plan;
}

export class FaultInjector {
  private draw: () => number;
  constructor(
    public plan: FaultPlan,
    seed: number,
  ) {
    this.draw = mulberry32(seed ^ 0x9e3779b9);
  }

  /** The fault for the next request, if any. */
  next(): FaultKind | undefined {
    if (!this.plan.rates.length) return undefined;
    let r = this.draw();
    for (const [kind, rate] of this.plan.rates) {
      if (r < rate) return kind;
      r -= rate;
    }
    return undefined;
  }
}

/** Requests per second per key, over a one-second sliding window. */
export class RateLimiter {
  private hits = new Map<string, number[]>();
  constructor(public perSecond: number) {}

  /** Seconds to wait, or 0 when the request may pass (and is counted). */
  take(key: string, now = Date.now()): number {
    if (!this.perSecond) return 0;
    const list = (this.hits.get(key) ?? []).filter((t) => now - t < 1000);
    if (list.length >= this.perSecond) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((1000 - (now - list[0])) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    return 0;
  }
}
