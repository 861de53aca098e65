// The normalised shape every resolvable thing (job, user, stage, tag, ...) is reduced to, so that
// matching, pickers, error listings and the on-disk cache treat them all alike.

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

export function label(e: Entry): string {
  return `${e.name}${e.detail ? ` (${e.detail})` : ''}`;
}

/** "name (detail) id", one per line: what an ambiguity error lists. */
export function listing(entries: Entry[]): string {
  return entries.map((e) => `  ${label(e)}  ${e.id}`).join('\n');
}
