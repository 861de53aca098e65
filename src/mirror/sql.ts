// `ashby sql`: read-only SQL over the mirror, and the documented schema.
import { isDamaged, type Db } from './db.js';
import { UsageError } from '../errors.js';
import { suggest } from '../io/suggest.js';
import { PROGRESS, TABLES, isIndexed } from './schema.js';

export interface QueryResult {
  columns: string[];
  rows: Iterable<Record<string, unknown>>;
}

/** Prepares and runs one statement; SQL mistakes are bad input (exit 2), never an internal error. */
export function query(db: Db, sql: string, params: Array<string | number | null> = []): QueryResult {
  const text = sql.trim();
  if (!fromFirstStatement(text)) throw new UsageError('no SQL given', { hint: 'e.g. ashby sql "SELECT status, count(*) FROM applications GROUP BY status"' });
  try {
    const stmt = db.prepare(text);
    const rest = afterFirst(text, stmt.sourceSQL);
    if (rest)
      throw new UsageError(`one statement at a time; another follows the first: ${rest.length > 60 ? `${rest.slice(0, 60)}…` : rest}`, {
        hint: 'run each statement on its own, or join them into one query (WITH …, UNION ALL, a subquery)',
      });
    const described = stmt.columns();
    const columns = described.map((c) => c.name);
    if (!columns.length) throw new UsageError('only queries that return rows (SELECT, WITH …) run here: the mirror is read-only');
    // A row is an object: of two columns with one name (a join's two ids) SQLite keeps the last, silently.
    const twice = [...new Set(columns.filter((c, i) => columns.indexOf(c) !== i))];
    if (twice.length)
      throw new UsageError(`the result has more than one column named ${twice.map((c) => `"${c}"`).join(', ')}, and a row keeps only one of each`, {
        hint: 'name them apart with AS, e.g. SELECT a.id AS application_id, c.id AS candidate_id …',
      });
    // A value a query computes can be what no mirror column holds: an integer past 2^53 (which
    // node:sqlite refuses to read as a number) or a BLOB (a Uint8Array, which JSON would spell as
    // an object of bytes). Columns read straight from a mirror table hold neither, so only a
    // statement with a computed column pays for looking at each value.
    if (described.some((c) => c.table === null)) {
      stmt.setReadBigInts(true);
      return { columns, rows: plainValues(stmt.iterate(...params) as Iterable<Record<string, unknown>>) };
    }
    return { columns, rows: stmt.iterate(...params) as Iterable<Record<string, unknown>> };
  } catch (e) {
    throw sqlError(e, text);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Rows with every value one JSON can hold as it is: an integer as a number when a number holds it
 * exactly, else as its digits (a string); a BLOB as `\x` and its bytes in hex, as psql shows bytea.
 */
function* plainValues(rows: Iterable<Record<string, unknown>>): Iterable<Record<string, unknown>> {
  for (const r of rows) {
    for (const k in r) {
      const v = r[k];
      if (typeof v === 'bigint') r[k] = v <= MAX_SAFE && v >= -MAX_SAFE ? Number(v) : v.toString();
      else if (v instanceof Uint8Array) r[k] = `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`;
    }
    yield r;
  }
}

/** The text from its first statement on: blanks, semicolons and comments before it dropped. */
const fromFirstStatement = (s: string) => s.replace(/^(?:\s|;|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*/, '');

/** What follows the statement SQLite compiled (`prepare` takes the first and ignores the rest):
 *  empty when the text held one statement. */
function afterFirst(text: string, first: string): string {
  return text.startsWith(first) ? fromFirstStatement(text.slice(first.length)).trim() : '';
}

/** An error from SQLite as the user's mistake (exit 2) where it is one; `sql` is the statement. */
export function sqlError(e: unknown, sql = ''): unknown {
  if (e instanceof UsageError || isDamaged(e)) return e;
  const msg = (e as Error)?.message ?? String(e);
  // A PRAGMA that would change the file (journal_mode = …) fails on a read-only connection as an I/O error.
  if (/readonly|read-only|attempt to write/i.test(msg) || (/^PRAGMA\b/i.test(fromFirstStatement(sql)) && /disk I\/O error/i.test(msg)))
    return new UsageError('the mirror is read-only in ashby sql: only queries are allowed', { hint: 'ashby sync updates it' });
  if ((e as { code?: string })?.code === 'ERR_SQLITE_ERROR' || /SQL|syntax|no such/i.test(msg))
    return new UsageError(`SQL: ${msg}${didYouMean(msg)}`, { hint: 'ashby sql --schema lists the tables and columns' });
  return e;
}

/** For SQLite's "no such table: X" or "no such column: t.X", the documented names closest to X. */
function didYouMean(msg: string): string {
  const m = /^no such (table|column): (?:[\w$]+\.)?([\w$]+)$/.exec(msg.trim());
  if (!m) return '';
  const rows = schemaRows();
  const names = [...new Set(m[1] === 'table' ? rows.map((r) => r.table) : rows.flatMap((r) => r.column.split(', ')))];
  const near = suggest(m[2], names).filter((n) => n !== m[2]);
  return near.length ? ` (did you mean ${near.join(' or ')}?)` : '';
}

/** One row per column of every table, plus the shared `data` column. */
export function schemaRows(): Array<{ table: string; column: string; type: string; indexed: boolean; description: string }> {
  const out: Array<{ table: string; column: string; type: string; indexed: boolean; description: string }> = [];
  for (const t of TABLES) {
    out.push({ table: t.name, column: 'id', type: 'TEXT', indexed: true, description: `${t.doc}: Ashby id (primary key)` });
    for (const c of t.columns) out.push({ table: t.name, column: c.name, type: c.type, indexed: isIndexed(t, c.name), description: c.doc });
    out.push({ table: t.name, column: 'data', type: 'TEXT', indexed: false, description: 'the whole record as Ashby returned it (JSON; use json_extract)' });
  }
  out.push({ table: PROGRESS.name, column: 'id', type: 'TEXT', indexed: true, description: `${PROGRESS.doc}: the application id (primary key)` });
  for (const c of PROGRESS.columns) out.push({ table: PROGRESS.name, column: c.name, type: c.type, indexed: isIndexed(PROGRESS, c.name), description: c.doc });
  out.push({
    table: 'sync_state',
    column: 'resource, token, synced_at, full_at',
    type: 'TEXT',
    indexed: true,
    description: 'per table: sync token, last sync, last full pass',
  });
  out.push({
    table: 'search',
    column: 'name, body',
    type: 'FTS5',
    indexed: true,
    description: 'full-text index (search_docs maps its rowid to kind, ref, candidate_id)',
  });
  return out;
}
