// `ashby search`: full-text search (SQLite FTS5) over candidates (name, emails, company, position,
// school, tags, source), applications (job, stage, source, archive reason, custom fields) and
// notes, best matches first.
import type { Context } from '../context.js';
import { damaged, syncStates, type Db } from './db.js';
import { openToRead, sayAge, type MirrorFlags } from './open.js';

export interface SearchHit {
  kind: 'candidate' | 'application' | 'note';
  /** The matching record's id (candidate, application or note). */
  id: string;
  candidateId: string | null;
  /** The candidate's name (for notes: the author's). */
  name: string;
  /** Where it matched, with the matched words in [brackets]. */
  match: string;
  /** bm25 score: lower is better. */
  rank: number;
}

export interface SearchOptions extends MirrorFlags {
  kinds?: Array<SearchHit['kind']>;
  limit?: number;
}

const KIND: Record<string, SearchHit['kind']> = { candidates: 'candidate', applications: 'application', notes: 'note' };

/**
 * People type words, not FTS5 syntax: each word becomes a quoted term (so `-`, `@`, `"` and
 * operators are plain text), all must match, and the last one also matches as a prefix, as does
 * any word typed with a `*` at its end (`eng*`). `OR` in capitals between two words matches either,
 * as in GitHub's search (`referral OR agency`).
 */
export function ftsQuery(text: string): string | undefined {
  const words = text
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const terms: string[] = [];
  for (const [i, w] of words.entries()) {
    if (w === 'OR' && terms.length && terms.at(-1) !== 'OR' && i < words.length - 1) {
      terms.push('OR');
      continue;
    }
    const star = /[\p{L}\p{N}]\*+$/u.test(w);
    const word = star ? w.replace(/\*+$/, '') : w;
    const prefix = star || (i === words.length - 1 && /[\p{L}\p{N}]$/u.test(word));
    terms.push(`"${word.replace(/"/g, '""')}"${prefix ? '*' : ''}`);
  }
  if (terms.at(-1) === 'OR') terms.pop();
  return terms.length ? terms.join(' ') : undefined;
}

export function searchRows(db: Db, text: string, o: { kinds?: Array<SearchHit['kind']>; limit?: number } = {}): SearchHit[] {
  const q = ftsQuery(text);
  if (!q) return [];
  const tables = Object.entries(KIND)
    .filter(([, k]) => !o.kinds?.length || o.kinds.includes(k))
    .map(([t]) => t);
  const rows = db
    .prepare(
      `SELECT d.kind, d.ref, d.candidate_id, search.name AS name, snippet(search, -1, '[', ']', '…', 12) AS match, bm25(search, 4.0, 1.0) AS rank
       FROM search JOIN search_docs d ON d.rowid = search.rowid
       WHERE search MATCH ? AND d.kind IN (${tables.map(() => '?').join(', ')})
       ORDER BY rank, d.ref LIMIT ?`,
    )
    .all(q, ...tables, o.limit ?? 50) as Array<{ kind: string; ref: string; candidate_id: string | null; name: string; match: string; rank: number }>;
  return rows.map((r) => ({
    kind: KIND[r.kind],
    id: r.ref,
    candidateId: r.candidate_id,
    name: r.name,
    match: r.match,
    rank: Math.round(r.rank * 1000) / 1000,
  }));
}

/** (ctx, options) => hits: opens the mirror (refreshing it when stale, unless offline) and searches. */
export async function search(ctx: Context, text: string, o: SearchOptions = {}): Promise<SearchHit[]> {
  const m = await openToRead(ctx, o, true);
  try {
    await sayAge(ctx, m);
    const hits = searchRows(m.db, text, o);
    // Notes are opt-in (a request per candidate): a search that finds none there may never have looked.
    if ((!o.kinds?.length || o.kinds.includes('note')) && !syncStates(m.db).has('notes'))
      ctx.info(`notes were not searched: they are not in the mirror until synced once (${ctx.suggest('ashby sync notes')})`);
    return hits;
  } catch (e) {
    throw damaged(e, m.loc.path);
  } finally {
    m.db.close();
  }
}
