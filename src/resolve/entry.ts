// The normalised shape every resolvable thing (job, user, stage, tag, ...) is reduced to, so that
// matching, pickers, error listings and the on-disk cache treat them all alike.
import { sanitizeCell } from '../io/sanitize.js';

export interface Entry {
  id: string;
  /** What people call it: a job's title, a user's full name, an archive reason's text. */
  name: string;
  /** Other names that identify it exactly (a user's email). */
  alt?: string[];
  /** Shown beside the name in pickers and listings (status, type, email). */
  detail?: string;
  archived?: boolean;
  /** Kind-specific facts a workflow needs (a stage's type and plan, a job's interview plans). */
  meta?: Record<string, unknown>;
}

/** An Ashby id, exactly (the request check uses it as the uuid format). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return UUID.test(s.trim());
}

const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The id in a pasted Ashby link (`https://app.ashbyhq.com/candidates/<id>/…`): the last id in its
 * path, or undefined when the text is not such a link.
 */
export function idFromUrl(s: string): string | undefined {
  const t = s.trim();
  if (!/^https?:\/\//i.test(t)) return undefined;
  let path: string;
  try {
    const u = new URL(t);
    path = `${u.pathname}${u.hash}`;
  } catch {
    return undefined;
  }
  const ids = path.match(UUID_IN);
  return ids ? ids[ids.length - 1] : undefined;
}

/** An id as typed or pasted: a link to a record gives its id; anything else is returned as is. */
export function idOrText(s: string): string {
  return idFromUrl(s) ?? s;
}

/** "name (detail)" on one line: a line break in data must not start a line of its own (a fake hint). */
export function label(e: Entry): string {
  return sanitizeCell(`${e.name}${e.detail ? ` (${e.detail})` : ''}`);
}

/** "name (detail) id", one per line: what an ambiguity error lists. */
export function listing(entries: Entry[]): string {
  return entries.map((e) => `  ${label(e)}  ${e.id}`).join('\n');
}
