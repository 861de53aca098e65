// Times and durations people type for the mirror commands: --since/--until in local time (a date
// is local midnight), --max-age and --days as durations.
import { UsageError } from '../errors.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "15m", "2h", "30s", "1d", "0": milliseconds. A bare number is minutes. */
export function parseDuration(flag: string, raw: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(raw);
  if (!m) throw new UsageError(`${flag} "${raw}": expected a duration such as 30s, 15m, 2h or 1d`);
  return Math.round(Number(m[1]) * UNITS[(m[2] || 'm').toLowerCase()]);
}

/**
 * A point in time: YYYY-MM-DD (local midnight), an ISO 8601 time (local when it names no zone),
 * "now", or a duration ago ("30d", "2w").
 */
export function parseWhen(flag: string, raw: string, now = new Date()): Date {
  const s = raw.trim();
  if (s.toLowerCase() === 'now') return now;
  const ago = /^(\d+)\s*([smhdw])$/i.exec(s);
  if (ago) return new Date(now.getTime() - Number(ago[1]) * UNITS[ago[2].toLowerCase()]);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (day) {
    const d = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    if (d.getMonth() === Number(day[2]) - 1) return d;
  }
  const time = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (time) {
    const d = new Date(s.replace(' ', 'T')); // without a zone, JavaScript reads it as local time
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new UsageError(
    `${flag} "${raw}": expected a date (2026-11-01, local), a time (2026-11-01T09:00, local unless it ends in Z or an offset), or an age such as 30d`,
  );
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
