// Times a person types.
import { UsageError } from '../errors.js';

/** An ISO 8601 date-time, or "now". A time without a zone is taken as UTC, as Ashby does. */
export function parseTime(flag: string, raw: string): string {
  const s = raw.trim();
  if (s.toLowerCase() === 'now') return new Date().toISOString();
  const m = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) throw new UsageError(`${flag} "${raw}": expected an ISO 8601 time such as 2030-05-01T09:30:00Z (or "now")`);
  const d = new Date(m[3] ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}Z`);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${flag} "${raw}" is not a valid time`);
  return d.toISOString();
}
