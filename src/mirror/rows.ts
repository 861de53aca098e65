// Writing rows: an upsert that tells added from changed from unchanged, deletes that take a record's
// dependent rows with it, and the full-text documents of candidates, applications and notes.
import type { StatementSync } from 'node:sqlite';
import type { Db } from './db.js';
import { Progress, type Visit } from './progress.js';
import { PROGRESS, TABLES, children, indexes, type TableDef } from './schema.js';

type Rec = Record<string, unknown>;
export type PutResult = 'added' | 'updated' | 'same';

export interface Counts {
  added: number;
  updated: number;
  deleted: number;
}

export const zero = (): Counts => ({ added: 0, updated: 0, deleted: 0 });

/** Text for the search index, per table that has one: [name, body]. */
const DOCS: Record<string, (r: Rec, row: Record<string, unknown>) => { name: string; body: string; candidateId: string | null }> = {
  candidates: (r, row) => ({
    name: String(row.name ?? ''),
    body: [row.emails, row.company, row.position, row.school, row.tags, row.source].filter(Boolean).join(' \n '),
    candidateId: String(r.id),
  }),
  applications: (r, row) => ({
    name: String(row.candidate_name ?? ''),
    body: [row.job_title, row.stage, row.source, row.archive_reason, customFieldText(r.customFields)].filter(Boolean).join(' \n '),
    candidateId: (row.candidate_id as string | null) ?? null,
  }),
  notes: (_r, row) => ({ name: String(row.author ?? ''), body: String(row.content ?? ''), candidateId: (row.candidate_id as string | null) ?? null }),
};

function customFieldText(v: unknown): string {
  if (!Array.isArray(v)) return '';
  return v
    .map((f) => (f && typeof f === 'object' ? (f as Rec) : {}))
    .map((f) => {
      const val = f.valueLabel ?? f.value;
      const text = Array.isArray(val)
        ? val.filter((x) => typeof x === 'string').join(' ')
        : typeof val === 'string' || typeof val === 'number'
          ? String(val)
          : '';
      return text ? `${String(f.title ?? '')}: ${text}` : '';
    })
    .filter(Boolean)
    .join(' \n ');
}

interface Prepared {
  def: TableDef;
  select: StatementSync;
  insert: StatementSync;
  insertNew: StatementSync;
  update: StatementSync;
  remove: StatementSync;
  byParent?: StatementSync;
  exists: StatementSync;
}

/** Prepared statements for every table, and the operations the sync engine needs. */
export class Rows {
  private prepared = new Map<string, Prepared>();
  /** Tables that were empty when their current pass began. */
  private fresh = new Set<string>();
  private docFind: StatementSync;
  private docInsert: StatementSync;
  private docRemove: StatementSync;
  private ftsInsert: StatementSync;
  private ftsRemove: StatementSync;
  private appsOfCandidate: StatementSync;
  private candidateShown: StatementSync;
  private progress: Progress;

  constructor(private db: Db) {
    for (const def of TABLES) {
      const names = def.columns.map((c) => c.name);
      const parentColumn = def.source.kind === 'list' ? undefined : def.source.parentColumn;
      this.prepared.set(def.name, {
        def,
        select: db.prepare(`SELECT data FROM ${def.name} WHERE id = ?`),
        insert: db.prepare(`INSERT INTO ${def.name} (id, ${names.join(', ')}, data) VALUES (?, ${names.map(() => '?').join(', ')}, ?)`),
        insertNew: db.prepare(`INSERT OR IGNORE INTO ${def.name} (id, ${names.join(', ')}, data) VALUES (?, ${names.map(() => '?').join(', ')}, ?)`),
        update: db.prepare(`UPDATE ${def.name} SET ${names.map((n) => `${n} = ?`).join(', ')}, data = ? WHERE id = ?`),
        remove: db.prepare(`DELETE FROM ${def.name} WHERE id = ?`),
        byParent: parentColumn ? db.prepare(`SELECT id FROM ${def.name} WHERE ${parentColumn} = ?`) : undefined,
        exists: db.prepare(`SELECT 1 FROM ${def.name} WHERE id = ?`),
      });
    }
    this.progress = new Progress(db);
    this.docFind = db.prepare('SELECT rowid FROM search_docs WHERE ref = ?');
    this.docInsert = db.prepare('INSERT INTO search_docs (kind, ref, candidate_id) VALUES (?, ?, ?)');
    this.docRemove = db.prepare('DELETE FROM search_docs WHERE rowid = ?');
    this.ftsInsert = db.prepare('INSERT INTO search (rowid, name, body) VALUES (?, ?, ?)');
    this.ftsRemove = db.prepare('DELETE FROM search WHERE rowid = ?');
    this.appsOfCandidate = db.prepare('SELECT id FROM applications WHERE candidate_id = ?');
    this.candidateShown = db.prepare('SELECT name, email, phone FROM candidates WHERE id = ?');
  }

  /**
   * Starts a pass over a table; returns whether it is empty. An empty table (a first sync) takes
   * plain inserts, and its secondary indexes are dropped until endPass: building an index once
   * over all rows costs a fraction of keeping it up to date row by row.
   */
  beginPass(table: string): boolean {
    const empty = this.isEmpty(table);
    if (empty) {
      this.fresh.add(table);
      for (const ix of this.indexesOf(table)) this.db.exec(`DROP INDEX IF EXISTS ${ix.name}`);
    } else this.fresh.delete(table);
    return empty;
  }

  /**
   * Completes a pass inside its transaction: applications added to an empty table get their
   * application_progress rows in one statement, in key order (no history yet: none is kept
   * without its application).
   */
  finishPass(table: string): void {
    if (table === 'applications' && this.fresh.has(table)) boundedSort(this.db, () => this.progress.addAll());
  }

  /** Ends a pass: the table's indexes exist again (also after an interrupted pass). */
  endPass(table: string): void {
    this.fresh.delete(table);
    // On a first sync application_progress gets its indexes after the history pass, which
    // rewrites every row of it (they are built at the end of any history pass).
    const later = table === 'applications' && this.isEmpty('application_history');
    buildIndexes(this.db, later ? indexes(table) : this.indexesOf(table));
  }

  /** Builds every index of the schema that is missing. */
  ensureIndexes(): void {
    buildIndexes(this.db, [...TABLES.flatMap((t) => indexes(t.name)), ...indexes(PROGRESS.name)]);
  }

  private isEmpty(table: string): boolean {
    return Boolean((this.db.prepare(`SELECT NOT EXISTS (SELECT 1 FROM ${table}) AS empty`).get() as { empty: number }).empty);
  }

  /** A table's indexes, and those of what is derived from it row by row. */
  private indexesOf(table: string): Array<{ name: string; sql: string }> {
    return table === 'applications' || table === 'application_history' ? [...indexes(table), ...indexes(PROGRESS.name)] : indexes(table);
  }

  private p(table: string): Prepared {
    return this.prepared.get(table)!;
  }

  /** Inserts or updates one record; `parentId` fills the parent column of per-parent tables. */
  put(table: string, rec: Rec, counts: Counts, parentId?: string): PutResult {
    const p = this.p(table);
    const id = rec.id;
    if (typeof id !== 'string' || !id) return 'same';
    const data = JSON.stringify(rec);
    const parentColumn = p.def.source.kind === 'list' ? undefined : p.def.source.parentColumn;
    const row: Record<string, unknown> = {};
    const fill = () => {
      for (const c of p.def.columns) row[c.name] = c.name === parentColumn ? (parentId ?? null) : normalise(c.get(rec));
      return p.def.columns.map((c) => row[c.name] as string | number | null);
    };
    // A table that was empty when this pass began (a first sync) takes inserts without the look-up;
    // an id seen twice (a restarted pass) falls through to the comparison below.
    if (this.fresh.has(table) && p.insertNew.run(id, ...fill(), data).changes === 1) {
      this.index(table, rec, row, true);
      // Applications added to an empty table get their application_progress rows at the end of the pass.
      counts.added++;
      return 'added';
    }
    const existing = p.select.get(id) as { data: string } | undefined;
    if (existing && existing.data === data) return 'same';
    const values = fill();
    if (existing) p.update.run(...values, data, id);
    else p.insert.run(id, ...values, data);
    this.index(table, rec, row, false);
    if (table === 'applications') this.progress.application(id, row);
    if (existing) counts.updated++;
    else counts.added++;
    return existing ? 'updated' : 'added';
  }

  /** Deletes a record and everything that hangs off it (history, notes, stages, events). */
  remove(table: string, id: string, counts: Counts): void {
    const p = this.p(table);
    if (p.remove.run(id).changes === 0) return;
    counts.deleted++;
    this.unindex(id);
    if (table === 'applications') this.progress.removed(id);
    for (const child of children(table))
      for (const { id: cid } of this.p(child.name).byParent!.all(id) as Array<{ id: string }>) this.remove(child.name, cid, zero());
    if (table === 'candidates') for (const { id: aid } of this.appsOfCandidate.all(id) as Array<{ id: string }>) this.remove('applications', aid, zero());
  }

  /** Replaces the rows of one parent in a per-parent table with `items`. */
  replaceChildren(table: string, parentId: string, items: Rec[], counts: Counts): void {
    const p = this.p(table);
    const parent = p.def.source.kind === 'list' ? undefined : p.def.source.parent;
    // Rows hang off a parent the mirror has: one deleted meanwhile (say, with its candidate) gets none.
    if (parent && !this.p(parent).exists.get(parentId)) items = [];
    const keep = new Set<string>();
    for (const it of items) {
      if (typeof it?.id !== 'string' || !it.id) continue;
      keep.add(it.id);
      this.put(table, it, counts, parentId);
    }
    if (table === 'application_history') {
      const cols = p.def.columns;
      const stage = cols.find((c) => c.name === 'stage_id')!.get;
      const entered = cols.find((c) => c.name === 'entered_at')!.get;
      const visits: Visit[] = items
        .filter((it) => typeof it?.id === 'string' && it.id)
        .map((it) => ({ stage_id: normalise(stage(it)), entered_at: normalise(entered(it)) }));
      this.progress.history(parentId, visits);
    }
    // In a table that was empty when the pass began no parent has old rows (and the parent
    // column's index is only built at the end of the pass).
    if (this.fresh.has(table)) return;
    for (const { id } of p.byParent!.all(parentId) as Array<{ id: string }>) if (!keep.has(id)) this.remove(table, id, counts);
  }

  /** What applications show of a candidate (name, email, phone), as one string to compare. */
  shownOnApplications(candidateId: string): string | undefined {
    const r = this.candidateShown.get(candidateId) as { name: string | null; email: string | null; phone: string | null } | undefined;
    return r ? JSON.stringify([r.name, r.email, r.phone]) : undefined;
  }

  /** Applications the mirror has for a candidate that the candidate no longer lists (deleted in Ashby). */
  dropUnlistedApplications(candidate: Rec, counts: Counts): void {
    const listed = candidate.applicationIds;
    if (!Array.isArray(listed) || typeof candidate.id !== 'string') return;
    const keep = new Set(listed);
    for (const { id } of this.appsOfCandidate.all(candidate.id) as Array<{ id: string }>) if (!keep.has(id)) this.remove('applications', id, counts);
  }

  private index(table: string, rec: Rec, row: Record<string, unknown>, isNew: boolean): void {
    const doc = DOCS[table];
    if (!doc) return;
    const id = String(rec.id);
    if (!isNew) this.unindex(id);
    const d = doc(rec, row);
    const rowid = Number(this.docInsert.run(table, id, d.candidateId).lastInsertRowid);
    this.ftsInsert.run(rowid, d.name, d.body);
  }

  private unindex(id: string): void {
    const found = this.docFind.get(id) as { rowid: number } | undefined;
    if (!found) return;
    this.ftsRemove.run(found.rowid);
    this.docRemove.run(found.rowid);
  }
}

/** Creates indexes that may be missing, each sorting its content with bounded memory. */
export function buildIndexes(db: Db, list: Array<{ name: string; sql: string }>): void {
  const missing = list.filter((ix) => !db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).get(ix.name));
  if (!missing.length) return;
  boundedSort(db, () => {
    for (const ix of missing) db.exec(ix.sql);
  });
}

/** Memory for one large sort (an index build, a table filled in key order). */
const SORT_KIB = 8000;

/**
 * Runs `fn`, whose statements sort a whole table (building an index, filling one in key order),
 * with SQLite's page cache lowered to SORT_KIB: SQLite sizes its sorter after the page cache,
 * keeping that much in memory and the rest in temporary files (temp_store = FILE, db.ts). With
 * the full page cache for the sorter too, a first sync's peak memory grew with the organisation
 * (tens of MB more at 100,000 applications); this way it stays where a small one's is.
 */
export function boundedSort(db: Db, fn: () => void): void {
  const { cache_size: cache } = db.prepare('PRAGMA cache_size').get() as { cache_size: number };
  db.exec(`PRAGMA cache_size = -${SORT_KIB}`);
  try {
    fn();
  } finally {
    db.exec(`PRAGMA cache_size = ${cache}`);
  }
}

function normalise(v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return JSON.stringify(v);
}
