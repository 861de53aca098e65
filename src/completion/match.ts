// From cached or fetched entries to the candidates a shell shows: matched against what is typed
// (a name may select an id: `--job-id Sta<TAB>` offers the id of "Staff Engineer"), one per value.
import type { Entry } from '../resolve/entry.js';
import { isUnsafeText, sanitizeCell } from '../io/sanitize.js';

export interface Candidate {
  value: string;
  description?: string;
}

/** At most this many lines: a list longer than a screen helps nobody. */
export const MAX_CANDIDATES = 200;

const fold = (s: string) => s.toLowerCase();

/** Candidates and applications are offered by email: unique, and typed without quotes. */
function byEmail(kind: string): boolean {
  return kind === 'candidate' || kind === 'application';
}

export function toCandidate(e: Entry, kind: string, wantId: boolean): Candidate {
  const detail = e.detail ? ` (${e.detail})` : '';
  if (wantId) return { value: e.id, description: `${e.name}${detail}` };
  const email = byEmail(kind) ? e.alt?.[0] : undefined;
  return email ? { value: email, description: e.name } : { value: e.name, ...(e.detail ? { description: e.detail } : {}) };
}

/** Entries whose id, name or other names start with `cur`; failing that, whose name has a word that does. */
export function matching(entries: Entry[], cur: string): Entry[] {
  const q = fold(cur.trim());
  if (!q) return entries;
  const starts = entries.filter((e) => [e.id, e.name, ...(e.alt ?? [])].some((s) => fold(s).startsWith(q)));
  if (starts.length) return starts;
  return entries.filter((e) =>
    fold(e.name)
      .split(/[\s\-/(),]+/)
      .some((w) => w.startsWith(q)),
  );
}

export function candidates(entries: Entry[], kind: string, wantId: boolean, cur: string): Candidate[] {
  const found = matching(entries, cur);
  // Archived things only when nothing current matches, as the resolver does.
  const current = found.filter((e) => !e.archived);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const e of current.length ? current : found) {
    const c = toCandidate(e, kind, wantId);
    if (!c.value || seen.has(c.value)) continue;
    seen.add(c.value);
    out.push(c);
    if (out.length === MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * The wire format: one candidate per line, `value<TAB>description`. Values are data and go into the
 * user's command line: one holding a control character (a line break, ESC, ...) or a bidi override
 * cannot be inserted safely, or even shown as what it is, so it is left out; the scripts escape the
 * rest for the quoting at the cursor. Descriptions are only shown: they are sanitised.
 */
export function format(cs: Candidate[]): string {
  return cs
    .filter((c) => !isUnsafeText(c.value))
    .map((c) => (c.description ? `${c.value}\t${sanitizeCell(c.description)}\n` : `${c.value}\n`))
    .join('');
}
