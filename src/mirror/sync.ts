// `ashby sync`: brings the mirror up to date with Ashby.
//
// Each list table is one pass of its list endpoint: incremental from the stored sync token when
// Ashby gives one, else (first time, --full, no token support, or a token Ashby refuses) a full
// pass that also deletes the rows Ashby no longer lists. A table's rows and its new token are
// committed in one transaction, so an interrupted sync leaves the mirror as it was for that table
// and the token is only ever saved for a complete pass.
//
// Per-parent tables (application history, notes, plan stages) are fetched only for parents that
// were added or changed: changing a parent queues it in sync_pending (in the parent's
// transaction), and the queue is worked off with bounded concurrency, so an interrupted sync
// resumes where it stopped.
import type { AshbyClient } from '../api/client.js';
import { AuthError, NotFoundError } from '../errors.js';
import { syncStates, type Db, type TableState } from './db.js';
import { Rows, zero, type Counts } from './rows.js';
import { TABLES, children, table as tableDef, type TableDef } from './schema.js';
import { API_KEYS_PAGE } from '../api/key-page.js';

type Rec = Record<string, unknown>;

export interface SyncOptions {
  /** Table names to sync (their parents come along); default: every table except opt-in ones not synced before. */
  tables?: string[];
  full?: boolean;
  /** Parallel requests for per-parent tables. */
  concurrency?: number;
  /** Progress of a table (rows seen so far); `done` once it is committed. */
  progress?: (e: { table: string; rows: number; done?: boolean; mode?: string }) => void;
  warn?: (m: string) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface TableSummary extends Counts {
  table: string;
  /** full, incremental, full (token refused), or changed parents. */
  mode: string;
  rows: number;
  requests: number;
  seconds: number;
}

/** Resolves table names and aliases (`history`, `application-history`) to table names. */
export function tableNames(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const k = w.toLowerCase().replace(/-/g, '_');
    const t = TABLES.find((x) => x.name === k || x.name === `${k}s` || ALIASES[k] === x.name);
    if (!t) throw new Error(k);
    if (!out.includes(t.name)) out.push(t.name);
  }
  return out;
}

const ALIASES: Record<string, string> = {
  history: 'application_history',
  stages: 'interview_stages',
  plans: 'interview_plans',
  schedules: 'interview_schedules',
  events: 'interview_events',
  postings: 'job_postings',
  reasons: 'archive_reasons',
  fields: 'custom_fields',
  candidate_tags: 'tags',
  application_feedback: 'feedback',
};

/** The tables a sync covers, parents first, in TABLES order. */
export function plan(db: Db, requested?: string[]): TableDef[] {
  return planFor(syncStates(db), requested);
}

function planFor(states: Map<string, TableState>, requested?: string[]): TableDef[] {
  const want = new Set(requested?.length ? requested : TABLES.filter((t) => !t.optIn || states.has(t.name)).map((t) => t.name));
  // A per-parent or embedded table needs its parent's changes.
  for (const name of [...want]) {
    const s = tableDef(name).source;
    if (s.kind !== 'list') want.add(s.parent);
  }
  return TABLES.filter((t) => want.has(t.name));
}

export async function sync(db: Db, client: AshbyClient, opts: SyncOptions = {}): Promise<TableSummary[]> {
  const rows = new Rows(db);
  const states = syncStates(db);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY) WITHOUT ROWID');
  const out: TableSummary[] = [];
  const tables = plan(db, opts.tables);
  const names = new Set(tables.map((t) => t.name));
  // Applications found deleted while syncing candidates are counted with applications.
  const spill = new Map<string, Counts>([['applications', zero()]]);
  // Per-parent tables with parents still queued from an interrupted sync: resumed, not started over.
  // Read before the parent passes, which queue the parents they change.
  const resumed = new Set((db.prepare('SELECT DISTINCT resource FROM sync_pending').all() as Array<{ resource: string }>).map((r) => r.resource));
  try {
    for (const def of tables) {
      if (def.source.kind === 'embedded') continue; // written with its parent
      const started = Date.now();
      const before = client.requests;
      let s: ListResult;
      try {
        s =
          def.source.kind === 'list'
            ? await syncList(db, client, rows, def, states.get(def.name)?.token ?? null, opts, names, spill)
            : await syncEach(db, client, rows, def, opts, !states.has(def.name), resumed.has(def.name));
      } catch (e) {
        if (!deniedTable(e, def.name)) throw e;
        // A key may lack a permission (offers, interviews) on purpose: the rest is synced, and the
        // table counts as synced (nothing to read), so reads do not refresh for it every time.
        opts.warn?.(
          `${def.name}: skipped: ${(e as AuthError).info.message ?? 'this API key lacks a permission it needs'}; the mirror keeps what it had of it (grant the permission in Ashby, ${API_KEYS_PAGE}, to sync it)`,
        );
        saveState(db, def.name, null, now(opts), false);
        const mode = 'skipped (no permission)';
        out.push(summaryRow(def.name, mode, 0, zero(), client.requests - before, (Date.now() - started) / 1000));
        opts.progress?.({ table: def.name, rows: 0, done: true, mode });
        continue;
      }
      if (def.name === 'applications') {
        const again = await refetchApplications(db, client, rows, opts);
        s.updated += again.updated;
        s.deleted += again.deleted;
      }
      const extra = spill.get(def.name);
      if (extra) s.deleted += extra.deleted;
      out.push(summaryRow(def.name, s.mode, s.rows, s, client.requests - before, (Date.now() - started) / 1000));
      opts.progress?.({ table: def.name, rows: s.rows, done: true, mode: s.mode });
      for (const child of children(def.name)) {
        if (child.source.kind === 'embedded' && names.has(child.name)) {
          out.push(summaryRow(child.name, `with ${def.name}`, s.embedded.added + s.embedded.updated, s.embedded, 0, 0));
        }
      }
    }
  } catch (e) {
    // Indexes an interrupted pass left to a later one are built before giving up (best effort:
    // the failure is what gets reported).
    try {
      rows.ensureIndexes();
    } catch {}
    throw e;
  }
  // A first pass leaves some indexes to a later pass (application_progress's to the history
  // pass); when that pass was not part of this sync they are built here.
  rows.ensureIndexes();
  // Fresh statistics for the query planner (sampled, so this stays quick on a large mirror):
  // without them SQLite can pick a poor index for the analytics' joins.
  db.exec('PRAGMA analysis_limit = 1000; ANALYZE');
  return out;
}

/** Ashby refused the table's endpoint for want of a permission; candidates and applications are the mirror itself, never skipped. */
function deniedTable(e: unknown, table: string): boolean {
  return (
    e instanceof AuthError && e.code === 'missing_endpoint_permission' && table !== 'candidates' && table !== 'applications' && table !== 'application_history'
  );
}

function summaryRow(table: string, mode: string, rows: number, c: Counts, requests: number, seconds: number): TableSummary {
  return { table, mode, rows, added: c.added, updated: c.updated, deleted: c.deleted, requests, seconds };
}

const now = (opts: SyncOptions) => (opts.now?.() ?? new Date()).toISOString();

function saveState(db: Db, table: string, token: string | null, at: string, full: boolean): void {
  db.prepare(
    `INSERT INTO sync_state (resource, token, synced_at, full_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(resource) DO UPDATE SET token = excluded.token, synced_at = excluded.synced_at, full_at = COALESCE(excluded.full_at, sync_state.full_at)`,
  ).run(table, token, at, full ? at : null);
}

interface ListResult extends Counts {
  mode: string;
  rows: number;
  embedded: Counts;
}

async function syncList(
  db: Db,
  client: AshbyClient,
  rows: Rows,
  def: TableDef,
  token: string | null,
  opts: SyncOptions,
  names: Set<string>,
  spill: Map<string, Counts>,
): Promise<ListResult> {
  const src = def.source as Extract<TableDef['source'], { kind: 'list' }>;
  const incremental = src.sync && !opts.full && token !== null;
  const counts = zero();
  const embedded = zero();
  const pager = client.paginate(src.endpoint, { ...(src.body ?? {}) }, { all: true, syncToken: incremental ? token : undefined, repeat: true, prefetch: true });
  const kids = children(def.name);
  // Per-parent tables keep a queue of changed parents, except opt-in ones never synced (notes):
  // their first sync queues every parent.
  const states = syncStates(db);
  const queued = new Set(kids.filter((k) => !k.optIn || names.has(k.name) || states.has(k.name)).map((k) => k.name));
  const queue = db.prepare('INSERT OR IGNORE INTO sync_pending (resource, parent_id) VALUES (?, ?)');
  const markSeen = db.prepare('INSERT OR IGNORE INTO seen (id) VALUES (?)');
  const unqueue = db.prepare('DELETE FROM sync_pending WHERE resource = ? AND parent_id = ?');
  const queueApps = db.prepare(`INSERT OR IGNORE INTO sync_pending (resource, parent_id) SELECT 'applications', id FROM applications WHERE candidate_id = ?`);
  // What only matters when there is something to compare with: with no applications in the
  // mirror (a first sync) a candidate has none to drop or to read again, and with none queued for
  // a second look no application needs taking off that queue. Per record these cost a statement each.
  const exists = (sql: string) => Boolean((db.prepare(`SELECT EXISTS (${sql}) AS yes`).get() as { yes: number }).yes);
  const haveApps = def.name === 'candidates' && exists('SELECT 1 FROM applications');
  const appsQueued = def.name === 'applications' && exists(`SELECT 1 FROM sync_pending WHERE resource = 'applications'`);
  let n = 0;
  db.exec('BEGIN');
  try {
    db.exec('DELETE FROM seen');
    // An empty table (first sync) has nothing to sweep: no need to remember what was seen.
    const empty = rows.beginPass(def.name);
    for (const k of kids) if (k.source.kind === 'embedded' && names.has(k.name)) rows.beginPass(k.name);
    let sweeping = !incremental && !empty;
    for await (const item of pager) {
      if (!sweeping && pager.fellBack && !empty) sweeping = true;
      const rec = item as Rec;
      if (!rec || typeof rec.id !== 'string') continue;
      n++;
      if (sweeping) markSeen.run(rec.id);
      const shown = haveApps ? rows.shownOnApplications(rec.id) : undefined;
      const r = rows.put(def.name, rec, counts);
      if (appsQueued) unqueue.run('applications', rec.id);
      if (r !== 'same') {
        for (const k of kids) {
          if (k.source.kind === 'each' && queued.has(k.name)) queue.run(k.name, rec.id);
          else if (k.source.kind === 'embedded' && names.has(k.name)) {
            const list = rec[k.source.field];
            rows.replaceChildren(k.name, rec.id, Array.isArray(list) ? (list as Rec[]) : [], embedded);
          }
        }
        if (haveApps) {
          rows.dropUnlistedApplications(rec, spill.get('applications')!);
          // Applications show their candidate's name, email and phone: read them again when those changed.
          if (r === 'updated' && shown !== rows.shownOnApplications(rec.id)) queueApps.run(rec.id);
        }
      }
      if (n % 1000 === 0) opts.progress?.({ table: def.name, rows: n });
    }
    // A refused token replaced by a full pass that listed nothing: the table is empty in Ashby too.
    if (!sweeping && pager.fellBack && !empty) sweeping = true;
    if (sweeping) {
      const gone = db.prepare(`SELECT id FROM ${def.name} WHERE id NOT IN (SELECT id FROM seen)`).all() as Array<{ id: string }>;
      for (const { id } of gone) rows.remove(def.name, id, counts);
      db.exec('DELETE FROM seen');
    }
    rows.finishPass(def.name);
    saveState(db, def.name, src.sync ? (pager.syncToken ?? null) : null, now(opts), sweeping || empty);
    db.exec('COMMIT');
  } catch (e) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    rows.endPass(def.name);
    for (const k of kids) if (k.source.kind === 'embedded' && names.has(k.name)) rows.endPass(k.name);
  }
  if (pager.fellBack) opts.warn?.(`${def.name}: Ashby refused the saved sync token; a full pass replaced it`);
  const mode = !src.sync ? 'full (no sync token)' : pager.fellBack ? 'full (token refused)' : incremental ? 'incremental' : 'full';
  return { ...counts, mode, rows: n, embedded };
}

async function syncEach(db: Db, client: AshbyClient, rows: Rows, def: TableDef, opts: SyncOptions, firstTime: boolean, resumed: boolean): Promise<ListResult> {
  const src = def.source as Extract<TableDef['source'], { kind: 'each' }>;
  const counts = zero();
  // Parent passes queue every parent they add or change (on a first sync: all of them), so only
  // --full, or the first sync of an opt-in table, queues the rest; an interrupted first sync thus
  // resumes instead of starting over (`resumed`: parents were queued before this sync began; the
  // ones this sync's parent pass just queued do not count, or only they would be fetched).
  if (opts.full || (firstTime && def.optIn && !resumed)) {
    // Every parent, and no rows whose parent is gone.
    db.exec('BEGIN');
    try {
      db.prepare(`INSERT OR IGNORE INTO sync_pending (resource, parent_id) SELECT ?, id FROM ${src.parent}`).run(def.name);
      const orphans = db.prepare(`SELECT id FROM ${def.name} WHERE ${src.parentColumn} NOT IN (SELECT id FROM ${src.parent})`).all() as Array<{ id: string }>;
      for (const { id } of orphans) rows.remove(def.name, id, counts);
      db.exec('COMMIT');
    } catch (e) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw e;
    }
  }
  rows.beginPass(def.name);
  try {
    return await workQueue(db, client, rows, def, opts, counts, firstTime);
  } finally {
    rows.endPass(def.name);
  }
}

/** A per-parent pass commits after this many parents, or this long, whichever comes first. */
const COMMIT_PARENTS = 2000;
const COMMIT_MS = 2000;

/**
 * Works off a per-parent table's queue: `concurrency` requests in flight at all times, each
 * answer written as it arrives (while the other requests are out), into a transaction committed
 * every COMMIT_PARENTS parents or COMMIT_MS. A parent's rows and its removal from the queue are in
 * the same transaction, so an interrupted pass loses at most the uncommitted parents (they stay
 * queued). Few large transactions matter on a first sync: each commit writes every page it
 * touched, and history ids are random, so a commit of a few hundred parents rewrote most of the
 * id index's pages.
 */
async function workQueue(db: Db, client: AshbyClient, rows: Rows, def: TableDef, opts: SyncOptions, counts: Counts, firstTime: boolean): Promise<ListResult> {
  const src = def.source as Extract<TableDef['source'], { kind: 'each' }>;
  // The queue is read in key order, a page at a time: parents written meanwhile leave it, and
  // those in flight are not read again.
  const page = db.prepare('SELECT parent_id FROM sync_pending WHERE resource = ? AND parent_id > ? ORDER BY parent_id LIMIT 500');
  const done = db.prepare('DELETE FROM sync_pending WHERE resource = ? AND parent_id = ?');
  const left = db.prepare('SELECT EXISTS (SELECT 1 FROM sync_pending WHERE resource = ?) AS any');
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  let n = 0;
  let parents = 0;
  let open = false;
  let since = 0;
  let began = 0;
  const commit = () => {
    if (!open) return;
    db.exec('COMMIT');
    open = false;
    opts.progress?.({ table: def.name, rows: n });
  };
  const write = (r: { parentId: string; items: Rec[] } | { parentId: string; gone: true }) => {
    if (!open) {
      db.exec('BEGIN');
      open = true;
      since = 0;
      began = Date.now();
    }
    if ('gone' in r) rows.remove(src.parent, r.parentId, counts);
    else {
      rows.replaceChildren(def.name, r.parentId, r.items, counts);
      n += r.items.length;
    }
    done.run(def.name, r.parentId);
    parents++;
    if (++since >= COMMIT_PARENTS || Date.now() - began >= COMMIT_MS) commit();
  };
  const fetchOne = async (parentId: string) => {
    try {
      const items: Rec[] = [];
      for await (const it of client.paginate(src.endpoint, { [src.param]: parentId }, { all: true, repeat: true })) items.push(it as Rec);
      // A restarted pass repeats records: keep the last of each id.
      return { parentId, items: [...new Map(items.map((x) => [String(x?.id), x])).values()] };
    } catch (e) {
      if (e instanceof NotFoundError) return { parentId, gone: true as const };
      throw e;
    }
  };
  try {
    do {
      let after = '';
      let ids: string[] = [];
      let at = 0;
      const next = (): string | undefined => {
        if (at >= ids.length) {
          ids = (page.all(def.name, after) as Array<{ parent_id: string }>).map((r) => r.parent_id);
          at = 0;
          if (!ids.length) return undefined;
          after = ids[ids.length - 1];
        }
        return ids[at++];
      };
      await pool(next, concurrency, fetchOne, write, opts.signal);
      commit();
    } while ((left.get(def.name) as { any: number }).any);
  } catch (e) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw e;
  }
  saveState(db, def.name, null, now(opts), Boolean(opts.full || firstTime));
  return { ...counts, mode: opts.full || firstTime ? `full (${parents} ${src.parent})` : `${parents} changed ${src.parent}`, rows: n, embedded: zero() };
}

/**
 * Applications queued for a second look (their candidate's name, email or phone changed, which
 * does not make Ashby list the application as changed): read one by one with application.info.
 */
async function refetchApplications(db: Db, client: AshbyClient, rows: Rows, opts: SyncOptions): Promise<Counts> {
  const counts = zero();
  const next = db.prepare(`SELECT parent_id FROM sync_pending WHERE resource = 'applications' LIMIT 200`);
  const done = db.prepare(`DELETE FROM sync_pending WHERE resource = 'applications' AND parent_id = ?`);
  const queue = db.prepare('INSERT OR IGNORE INTO sync_pending (resource, parent_id) VALUES (?, ?)');
  for (;;) {
    const batch = (next.all() as Array<{ parent_id: string }>).map((r) => r.parent_id);
    if (!batch.length) return counts;
    const results: Array<{ id: string; rec: Rec | undefined }> = [];
    let i = 0;
    await pool(
      () => batch[i++],
      Math.max(1, opts.concurrency ?? 8),
      async (id) => {
        try {
          return { id, rec: (await client.call('application.info', { applicationId: id }, { read: true })).results as Rec };
        } catch (e) {
          if (e instanceof NotFoundError) return { id, rec: undefined };
          throw e;
        }
      },
      (r) => results.push(r),
      opts.signal,
    );
    db.exec('BEGIN');
    try {
      for (const { id, rec } of results) {
        if (!rec) rows.remove('applications', id, counts);
        else if (rows.put('applications', rec, counts) !== 'same')
          for (const k of children('applications')) if (k.source.kind === 'each') queue.run(k.name, id);
        done.run(id);
      }
      db.exec('COMMIT');
    } catch (e) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw e;
    }
  }
}

/**
 * Runs `fn` over the items `next` hands out (until it gives undefined), at most `limit` at once,
 * passing each result to `take` as it comes. The first failure (of `fn` or `take`) stops new work
 * and is thrown once the running calls have settled; results that come after it are dropped.
 */
async function pool<T, R>(next: () => T | undefined, limit: number, fn: (x: T) => Promise<R>, take: (r: R) => void, signal?: AbortSignal): Promise<void> {
  let failed: unknown;
  let more = true;
  const worker = async () => {
    while (more && failed === undefined && !signal?.aborted) {
      let x: T | undefined;
      try {
        x = next();
      } catch (e) {
        failed ??= e;
        return;
      }
      if (x === undefined) {
        more = false;
        return;
      }
      try {
        const r = await fn(x);
        if (failed === undefined && !signal?.aborted) take(r);
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  if (failed !== undefined) throw failed;
  if (signal?.aborted) throw signal.reason;
}

export interface PlannedTable {
  table: string;
  /** How a sync would pass over it: as the summary's mode says it, without the counts. */
  mode: string;
  lastSynced: string | null;
}

/**
 * What `ashby sync --dry-run` shows: the tables a sync would pass over and how, from the mirror's
 * saved state alone (`states` empty when there is no mirror yet, `queued` the parents already
 * waiting per table). No request: what changed in Ashby is only known by asking.
 */
export function dryPlan(states: Map<string, TableState>, queued: Map<string, number>, requested: string[] | undefined, full: boolean): PlannedTable[] {
  return planFor(states, requested).map((def) => {
    const state = states.get(def.name);
    const src = def.source;
    const mode =
      src.kind === 'embedded'
        ? `with ${src.parent}`
        : src.kind === 'each'
          ? full || !state
            ? `full (every one of ${src.parent})`
            : `changed ${src.parent}${queued.get(def.name) ? ` (${queued.get(def.name)} queued)` : ''}`
          : !src.sync
            ? 'full (no sync token)'
            : full || !state?.token
              ? 'full'
              : 'incremental';
    // A table written with its parent (interview events in their schedules) has no state of its own.
    const synced = src.kind === 'embedded' ? states.get(src.parent) : state;
    return { table: def.name, mode, lastSynced: synced?.synced_at ?? null };
  });
}
