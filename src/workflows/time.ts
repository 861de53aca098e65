// Times a person types: a time without a zone is local time (the TZ environment variable of the
// command, ctx.timeZone, else this machine's zone), as a person means it. Shown back in local time and UTC; a time in the past
// is refused without --yes when nobody can be asked, and warned about otherwise.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

/**
 * An ISO 8601 date-time, or "now" (`now`: the command's clock, ctx.now()). A time without a zone is
 * local time in `zone` (the command's TZ, ctx.timeZone; the system's when undefined).
 */
/** A time the person running this command typed: in its zone (ctx.timeZone), "now" by its clock (ctx.now()). */
export function typedTime(ctx: Pick<Context, 'timeZone' | 'now'>, flag: string, raw: string): string {
  return parseTime(flag, raw, ctx.timeZone, () => ctx.now());
}

export function parseTime(flag: string, raw: string, zone?: string, now: () => Date = () => new Date()): string {
  const s = raw.trim();
  if (s.toLowerCase() === 'now') return now().toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) throw new UsageError(`${flag} "${raw}": expected a time such as "2030-05-01 09:30" (local time), 2030-05-01T09:30:00Z (UTC) or "now"`);
  // ECMAScript's parser rolls a day past the month's end (2030-02-31T10:00Z) into the next month:
  // with a zone as without one, a date or time that does not exist is refused.
  if (!m[8] && !knownZone(zone)) {
    // Node reads a TZ it does not know as UTC: a local time would silently be taken as UTC.
    const typed = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
    throw new UsageError(`TZ "${zone}" is not a time zone ashby knows, so ${flag} "${raw}" cannot be read as local time`, {
      hint: `set TZ to a zone name such as America/New_York (or unset it), or give the time with its UTC offset, e.g. "${typed}+02:00" or "${typed}Z"`,
    });
  }
  const d = !fieldsExist(m) ? new Date(NaN) : m[8] ? new Date(s.replace(' ', 'T')) : fromLocal(m, zone, flag, raw);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${flag} "${raw}" is not a valid time`);
  return d.toISOString();
}

const DAY = 86_400_000;

/** Whether the typed date, time and offset name a real calendar day and clock reading (no 2030-02-31, 24:00 or +25:00). */
function fieldsExist(m: RegExpExecArray): boolean {
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || sec > 59) return false;
  const off = /^[+-](\d{2}):?(\d{2})$/.exec(m[8] ?? '');
  return !off || (Number(off[1]) <= 23 && Number(off[2]) <= 59);
}

/**
 * The instant a wall-clock time names in `zone`. Near a change of offset (DST) a wall-clock time may
 * be skipped (the clocks go forward) or shown twice (they go back): either is refused, naming the
 * readings with their offsets, rather than taking one of them silently.
 */
function fromLocal(m: RegExpExecArray, zone: string | undefined, flag: string, raw: string): Date {
  const [y, mo, d, h, mi, sec = '0'] = m.slice(1, 7).map((x) => x ?? '0');
  const ms = Math.round(Number(m[7] ?? 0) * 1000);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  const offsets = [...new Set([offsetMs(zone, wall - DAY), offsetMs(zone, wall + DAY)])];
  const fits = offsets.filter((off) => offsetMs(zone, wall - off) === off);
  if (fits.length === 1) return new Date(wall - fits[0]);
  const where = zoneId(zone) || 'local time';
  const typed = `${y}-${mo}-${d}T${h}:${mi}${m[6] ? `:${m[6]}${m[7] ?? ''}` : ''}`;
  const reading = (off: number) => `"${typed}${offsetText(off)}" (${showTime(new Date(wall - off).toISOString(), 'UTC')})`;
  if (!fits.length) {
    // The same moment as the clocks show it once they have moved on, e.g. 03:30-04:00 for 02:30.
    const [before, after] = [offsetMs(zone, wall - DAY), offsetMs(zone, wall + DAY)];
    const l = new Date(wall + after - before);
    const shown = `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}T${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}${offsetText(after)}`;
    throw new UsageError(`${flag} "${raw}" does not exist in ${where}: the clocks skip it`, {
      hint: `give a time the clocks show, e.g. "${shown}" (${showTime(new Date(wall - before).toISOString(), 'UTC')})`,
    });
  }
  throw new UsageError(`${flag} "${raw}" happens twice in ${where} (the clocks go back): ${fits.map(reading).join(' or ')}`, {
    hint: 'say which with its UTC offset',
  });
}

/** An offset as ISO 8601 writes it: -04:00, +05:30. */
function offsetText(off: number): string {
  const mins = Math.round(Math.abs(off) / 60_000);
  return `${off < 0 ? '-' : '+'}${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;
}

/** How far `zone`'s wall clock is ahead of UTC at instant `t`, in ms. */
function offsetMs(zone: string | undefined, t: number): number {
  const parts = Object.fromEntries(
    formatter(zone, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
      .formatToParts(new Date(t))
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/** Whether `zone` (a TZ value; absent: the system's) names a zone Intl knows. POSIX allows a leading ":". */
function knownZone(zone: string | undefined): boolean {
  if (!zone) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone.replace(/^:/, '') });
    return true;
  } catch {
    return false;
  }
}

/** A formatter in `zone`, or in the system's zone when `zone` is absent or unknown. */
function formatter(zone: string | undefined, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', { ...opts, timeZone: zone?.replace(/^:/, '') });
  } catch {
    return new Intl.DateTimeFormat('en-US', opts);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2030-05-01 09:00 EDT (13:00 UTC)", or "… UTC" alone where local time (in `zone`) is UTC. */
export function showTime(iso: string, zone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const utc = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  const offset = offsetMs(zone, d.getTime());
  if (offset === 0 && /^(UTC|Etc\/UTC|GMT|Etc\/GMT)?$/i.test(zoneId(zone))) return utc;
  const l = new Date(d.getTime() + offset);
  const local = `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())} ${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}`;
  const name =
    formatter(zone, { timeZoneName: 'short' })
      .formatToParts(d)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return `${local} ${name} (${utc})`.replace(/\s+\(/, ' (');
}

/** " in America/New_York": the zone a typed time is read in, for a question asking for one ("" when unnamed). */
export function inZone(ctx: Pick<Context, 'timeZone'>): string {
  if (!knownZone(ctx.timeZone)) return '';
  // As the person set it: ICU would name some zones by an older alias (Asia/Kolkata as Asia/Calcutta).
  const id = ctx.timeZone?.replace(/^:/, '') || zoneId(undefined);
  return id ? ` in ${id}` : '';
}

function zoneId(zone: string | undefined): string {
  return formatter(zone, {}).resolvedOptions().timeZone ?? '';
}

/**
 * A time in the past (more than a minute ago) is refused without --yes when nobody can be asked
 * (a script's typo should not email a candidate at once), and warned about otherwise.
 */
export function checkNotPast(ctx: Context, flag: string, iso: string, what: string): void {
  if (Date.parse(iso) >= ctx.now().getTime() - 60_000) return;
  const msg = `${flag} ${showTime(iso, ctx.timeZone)} is in the past: ${what}`;
  if (!ctx.opts.yes && !ctx.opts.dryRun && !ctx.canPrompt) throw new UsageError(msg, { hint: 'give a future time, or pass --yes to use this one' });
  ctx.warn(msg);
}

/**
 * --since and --until swapped (or equal): a slip, not a question with an empty answer. Exit 2.
 * `names`: what the caller calls the two (an MCP tool's parameters); the CLI's flags by default.
 */
export function checkSpan(since: Date | string, until: Date | string, zone?: string, names = { since: '--since', until: '--until' }): void {
  const [from, to] = [new Date(since), new Date(until)];
  if (to.getTime() > from.getTime()) return;
  throw new UsageError(
    `${names.until} (${showTime(to.toISOString(), zone)}) is not after ${names.since} (${showTime(from.toISOString(), zone)}): nothing can match`,
  );
}
