// Times a person types: a time without a zone is local time (the TZ of this machine, or the TZ
// environment variable), as a person means it. Shown back in local time and UTC; a time in the past
// is refused without --yes when nobody can be asked, and warned about otherwise.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

/** An ISO 8601 date-time, or "now". A time without a zone is local time. */
export function parseTime(flag: string, raw: string): string {
  const s = raw.trim();
  if (s.toLowerCase() === 'now') return new Date().toISOString();
  const m = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) throw new UsageError(`${flag} "${raw}": expected a time such as "2030-05-01 09:30" (local time), 2030-05-01T09:30:00Z (UTC) or "now"`);
  // ECMAScript reads a date-time without an offset as local time, which is what we want.
  const d = new Date(s.replace(' ', 'T'));
  if (Number.isNaN(d.getTime())) throw new UsageError(`${flag} "${raw}" is not a valid time`);
  return d.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2030-05-01 09:00 EDT (13:00 UTC)", or "… UTC" alone where local time is UTC. */
export function showTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const utc = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  if (d.getTimezoneOffset() === 0 && /^(UTC|Etc\/UTC|GMT|Etc\/GMT)?$/i.test(zoneId())) return utc;
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const zone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return `${local} ${zone} (${utc})`.replace(/\s+\(/, ' (');
}

function zoneId(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
}

/**
 * A time in the past (more than a minute ago) is refused without --yes when nobody can be asked
 * (a script's typo should not email a candidate at once), and warned about otherwise.
 */
export function checkNotPast(ctx: Context, flag: string, iso: string, what: string): void {
  if (Date.parse(iso) >= Date.now() - 60_000) return;
  const msg = `${flag} ${showTime(iso)} is in the past: ${what}`;
  if (!ctx.opts.yes && !ctx.opts.dryRun && !ctx.canPrompt) throw new UsageError(msg, { hint: 'give a future time, or pass --yes to use this one' });
  ctx.warn(msg);
}
