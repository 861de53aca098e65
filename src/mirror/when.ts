// Times and durations people type for the mirror commands: --since/--until in local time (a date
// is local midnight), --max-age and --days as durations.
import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

type ParseTime = (flag: string, raw: string, zone?: string) => string;

/** "15m", "2h", "30s", "1d", "0": milliseconds. A bare number is minutes. */
export function parseDuration(flag: string, raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(raw);
  if (!m) throw new UsageError(`${flag} "${raw}": expected a duration such as 30s, 15m, 2h or 1d`);
  return Math.round(Number(m[1]) * UNITS[(m[2] || 'm').toLowerCase()]);
}

/**
 * A point in time: YYYY-MM-DD (midnight local time), an ISO 8601 time (local when it names no
 * zone), "now", or a duration ago ("30d", "2w"). Local time is `zone`'s (the command's TZ,
 * ctx.timeZone; the system's when undefined), read as every typed time is (workflows/time.ts): a
 * wall-clock time the clocks skip or show twice (DST) is refused rather than shifted silently.
 */
export async function parseWhen(flag: string, raw: string, now = new Date(), zone?: string): Promise<Date> {
  // The time module is loaded only for dates and times: an age or no filter at all needs none of it.
  const typed = isAge(raw) || raw.trim().toLowerCase() === 'now';
  return whenWith(typed ? undefined : (await import('../workflows/time.js')).parseTime, flag, raw, now, zone);
}

/** Whether text is an age ("30d", "2w"): that long before now. */
export const isAge = (raw: string) => /^\s*\d+\s*[smhdw]\s*$/i.test(raw);

/**
 * parseWhen without waiting for a module: for callers that have workflows/time.js's parseTime at
 * hand already (a batch's rows, read as they come). `parseTime` may be left out only for an age or "now".
 */
export function whenWith(parseTime: ParseTime | undefined, flag: string, raw: string, now = new Date(), zone?: string): Date {
  const s = raw.trim();
  if (s.toLowerCase() === 'now') return now;
  const ago = /^(\d+)\s*([smhdw])$/i.exec(s);
  if (ago) return new Date(now.getTime() - Number(ago[1]) * UNITS[ago[2].toLowerCase()]);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const time = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(s);
  if ((day || time) && parseTime) {
    if (!day) return new Date(parseTime(flag, s, zone));
    try {
      return new Date(parseTime(flag, `${s}T00:00`, zone));
    } catch (e) {
      // Where the clocks skip midnight (they go from 00:00 to 01:00), the day starts at 01:00.
      if (!(e instanceof UsageError) || !/clocks skip/.test(e.message)) throw dateError(flag, raw, e);
      return new Date(parseTime(flag, `${s}T01:00`, zone));
    }
  }
  throw new UsageError(
    `${flag} "${raw}": expected a date (2026-11-01, local), a time (2026-11-01T09:00, local unless it ends in Z or an offset), or an age such as 30d`,
  );
}

/** A date that is not one (2026-02-31) named as typed; a midnight the clocks show twice as parseTime says. */
function dateError(flag: string, raw: string, e: unknown): unknown {
  if (e instanceof UsageError && /is not a valid time/.test(e.message)) return new UsageError(`${flag} "${raw}" is not a valid date`);
  return e;
}

/** "3 minutes ago", for the age of the mirror. */
export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} second${s === 1 ? '' : 's'} ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'} ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'} ago`;
  return `${Math.round(h / 24)} days ago`;
}
