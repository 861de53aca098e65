// Opening the mirror: where it lives, its 0600 file, its schema (created, or rebuilt when the
// schema version changed), and the bookkeeping tables beside the resource tables.
//
// node:sqlite is Node's own SQLite (no native module). This module is only imported by the mirror
// commands, so nothing else pays for loading it.
import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { redactText } from '../api/redact.js';
import { legacyProfileFolder, profileFolder } from '../config/paths.js';
import type { Context } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { quoteName } from '../io/sanitize.js';
import { syncUnderWay, takeSyncLock } from './lock.js';
import { defaultMirrorPath } from './paths.js';
import { msOf, rebuildProgress } from './progress.js';
import { PROGRESS, SCHEMA_VERSION, ddl, durationMs, indexes, progressDdl } from './schema.js';

export type Db = DatabaseSync;

export interface MirrorLocation {
  path: string;
  /** Which organisation the mirror is of: the API base URL, or "sandbox". */
  origin: string;
  /** Where the path came from: --db, ASHBY_DB, or the profile. */
  source: string;
  /** The profile whose own mirror this is (its default path; not --db, ASHBY_DB or the sandbox). */
  profile?: string;
  /** Renders a hint that names --db for where the mirror was located (Context.mirrorHint). */
  hint?: (cli: string) => string;
}

/** A hint naming --db, as the context that located the mirror gives it. */
export const mirrorHint = (loc: Pick<MirrorLocation, 'hint'>, cli: string): string => loc.hint?.(cli) ?? cli;

/** --db PATH > ASHBY_DB > <config dir>/mirror/<profile folder>.db (sandbox.db for --sandbox).
 *  `move: false` (doctor) finds a mirror under its old name without moving it (adoptLegacy). */
export async function locate(ctx: Context, dbFlag?: string, opts: { move?: boolean } = {}): Promise<MirrorLocation> {
  const cfg = await ctx.loadConfig();
  let origin = 'sandbox';
  let profile: string | undefined;
  if (!ctx.sandbox) {
    const auth = await ctx.resolveAuth();
    // Said in messages and kept in the mirror: without a password the base URL may carry.
    origin = ctx.redact(auth.baseUrl.replace(/\/+$/, ''));
    profile = auth.profile;
  }
  if (dbFlag !== undefined && dbFlag.trim() === '') throw new UsageError('--db needs a file path');
  const hint = (cli: string) => ctx.mirrorHint(cli);
  if (dbFlag) return { path: dbFlag, origin, source: '--db', hint };
  if (ctx.env.ASHBY_DB) return { path: ctx.env.ASHBY_DB, origin, source: 'ASHBY_DB', hint };
  if (profile === undefined) return { path: defaultMirrorPath(cfg.dir, 'sandbox'), origin, source: 'sandbox', hint };
  const folder = profileFolder(profile);
  const path = defaultMirrorPath(cfg.dir, folder);
  const legacy = legacyProfileFolder(profile);
  const found =
    legacy === folder || existsSync(path)
      ? path
      : adoptLegacy({
          path,
          legacyPath: defaultMirrorPath(cfg.dir, legacy),
          profile,
          origin,
          legacy,
          stored: Object.keys(await cfg.profiles()),
          ctx,
          move: opts.move !== false && !ctx.opts.dryRun,
        });
  return { path: found, origin, source: `profile ${profile}`, profile, hint };
}

interface Legacy {
  /** The profile's own path, and the old one. */
  path: string;
  legacyPath: string;
  profile: string;
  origin: string;
  /** The old folder name, and the stored profiles' names. */
  legacy: string;
  stored: string[];
  ctx: Context;
  /** False under --dry-run and for doctor: read it where it is. */
  move: boolean;
}

/**
 * A mirror made before profileFolder, under the profile's old folder name (other characters as
 * `_`, so `acme corp` and `acme_corp` shared `acme_corp.db`), is moved to the profile's own path,
 * so a re-sync is not needed: only when nothing else can claim it (no stored profile has that very
 * name or the same old name, unless the mirror already says it is this profile's), it holds this
 * profile's organisation (API URL), and no sync is writing it (its sync lock is held while it
 * moves, see lockForMove). Under --dry-run (and for doctor) it is read where it is, as it is when
 * it cannot be moved (a read-only folder); anything unexpected leaves it where it is.
 */
function adoptLegacy(l: Legacy): string {
  // Not movable (a read-only folder, say): still this profile's, so read where it is.
  return tryAdopt(l) ?? tryAdopt({ ...l, move: false }) ?? l.path;
}

/** adoptLegacy's one attempt: the path to use, or undefined when a move failed (never when only reading). */
function tryAdopt({ path, legacyPath, profile, origin, legacy, stored, ctx, move }: Legacy): string | undefined {
  // Another stored profile of that very name has it as its own mirror; a name that was plain then (a
  // reserved or very long one) had it as its own.
  if (!existsSync(legacyPath) || legacy === 'sandbox' || (legacy !== profile && stored.includes(legacy))) return path;
  if (!move && syncUnderWay(legacyPath) !== undefined) return path;
  const shared = stored.some((p) => p !== profile && legacyProfileFolder(p) === legacy);
  let db: Db | undefined;
  let lock: { release(): void } | undefined;
  try {
    if (move) {
      lock = lockForMove(legacyPath, path, ctx);
      if (!lock || existsSync(path) || !existsSync(legacyPath)) return path; // a sync of it under way, or moved meanwhile
    }
    if (!checkMirrorFile({ path: legacyPath, origin: '', source: '' })) return path;
    db = new DatabaseSync(legacyPath, { readOnly: !move, timeout: 5000 });
    if (!hasTable(db, 'mirror_meta')) return path;
    const owner = metaOf(db, 'profile');
    if (owner === undefined ? shared : owner !== profile) return path;
    // Another organisation's (a profile of that old name, since removed, on another API URL).
    const was = originOf(db);
    if (was !== undefined && was !== origin) return path;
    if (!move) return legacyPath;
    setMeta(db, 'profile', profile);
    // Everything into the file itself before it moves without its write-ahead log. A reader
    // elsewhere can keep the log from emptying (busy), or write to it once we let go: then the
    // log still holds data, and the mirror stays where it is.
    const done = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number; log: number; checkpointed: number };
    if (done.busy !== 0 || done.log !== done.checkpointed) throw new Error('in use by another process: its write-ahead log could not be emptied');
    db.close();
    if (statSync(`${legacyPath}-wal`, { throwIfNoEntry: false })?.size) throw new Error('written by another process meanwhile');
    renameSync(legacyPath, path);
    for (const suffix of ['-wal', '-shm']) rmSync(`${legacyPath}${suffix}`, { force: true });
    ctx.info(`moved this profile's mirror from ${legacyPath} to ${path}`);
    return path;
  } catch (e) {
    ctx.debug(`left the mirror at ${legacyPath} where it is: ${String(e)}`);
    return move ? undefined : path;
  } finally {
    if (db?.isOpen) db.close();
    lock?.release();
  }
}

/**
 * The old mirror's sync lock, held while it moves: two processes starting at once never both move
 * it (one would delete the write-ahead log the other still writes to). One that finds it held waits
 * a moment for the other's move; undefined when the mirror has moved meanwhile, or the lock stays
 * held (a sync of it by an earlier version, or by this process).
 */
function lockForMove(legacyPath: string, path: string, ctx: Context): { release(): void } | undefined {
  for (let waited = 0; ; waited += 50) {
    const lock = takeSyncLock(legacyPath);
    if ('release' in lock) return lock;
    if (lock.heldBy === process.pid || waited >= 5000) return undefined;
    if (waited === 0) ctx.debug(`process ${lock.heldBy} is moving or syncing the mirror at ${legacyPath}: waiting for it`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    if (existsSync(path)) return undefined;
  }
}

const BOOKKEEPING = [
  `CREATE TABLE mirror_meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID`,
  // One row per table: its sync token (kept only after a complete pass) and when it was synced.
  `CREATE TABLE sync_state (resource TEXT PRIMARY KEY, token TEXT, synced_at TEXT, full_at TEXT) WITHOUT ROWID`,
  // Parents (applications, candidates, plans) whose per-parent rows must be fetched again.
  `CREATE TABLE sync_pending (resource TEXT NOT NULL, parent_id TEXT NOT NULL, PRIMARY KEY (resource, parent_id)) WITHOUT ROWID`,
  // Full-text search: one document per candidate, application and note.
  `CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL UNIQUE, candidate_id TEXT)`,
  `CREATE VIRTUAL TABLE search USING fts5(name, body, tokenize = 'unicode61 remove_diacritics 2')`,
];

/** Creates the file 0600 (and its directory 0700) before SQLite opens it; SQLite gives its
 *  journal files the same mode. An existing file with looser permissions is tightened. */
function secureFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  else if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
}

/**
 * The path must name a mirror, an empty file or nothing yet. Anything else is a mistake in --db or
 * ASHBY_DB (a directory, a spreadsheet, someone's own SQLite database), and a sync would replace
 * its tables: refused (exit 2) before the file is touched. True when the file holds an SQLite
 * database, whose tables `checkMirrorDb` then looks at.
 */
export function checkMirrorFile(loc: MirrorLocation): boolean {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(loc.path);
  } catch {
    return false; // absent (sync creates it), or SQLite says what is wrong
  }
  const where = `${loc.path} (${loc.source})`;
  if (st.isDirectory()) throw new UsageError(`${where} is a directory, not a mirror file`, { hint: NOT_A_MIRROR });
  if (!st.isFile()) throw new UsageError(`${where} is not a regular file, so not a mirror`, { hint: NOT_A_MIRROR });
  if (st.size === 0) return false;
  const head = Buffer.alloc(16);
  const fd = openSync(loc.path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== 'SQLite format 3\0')
    throw new UsageError(`${where} is not an SQLite database, so not a mirror; it was left as it is`, { hint: NOT_A_MIRROR });
  return true;
}

const NOT_A_MIRROR = 'give the path of a mirror file, or of one that does not exist yet (ashby sync creates it)';

/** An SQLite database with tables but no mirror bookkeeping is not ours: closed, and refused. */
function checkMirrorDb(db: Db, loc: MirrorLocation): void {
  const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
  if (objects === 0 || hasTable(db, 'mirror_meta')) return;
  db.close();
  throw new UsageError(`${loc.path} (${loc.source}) is an SQLite database but not an ashby mirror; it was left as it is`, { hint: NOT_A_MIRROR });
}

/** Opens (creating if needed) the mirror for writing: sync uses this. `existing`: checkMirrorFile's answer, when the caller has it. */
export function openForWrite(loc: MirrorLocation, warn: (m: string) => void, existing = checkMirrorFile(loc)): Db {
  if (!existing) secureFile(loc.path);
  const db = new DatabaseSync(loc.path, { timeout: 5000 });
  if (existing) {
    checkMirrorDb(db, loc);
    secureFile(loc.path);
  }
  // Records are JSON of a few KB: larger pages keep most of them out of overflow chains. Takes
  // effect only on a new, empty file.
  db.exec('PRAGMA page_size = 16384');
  // Temporary storage in files: with it in memory, SQLite sorts a whole table in memory when it
  // builds an index (rows.ts, boundedSort), and a first sync's memory grows with the organisation.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = FILE; PRAGMA cache_size = -32000; PRAGMA journal_size_limit = 67108864');
  checkNotNewer(db, loc);
  const version = metaOf(db, 'schema_version');
  if (version !== String(SCHEMA_VERSION) && !migrate(db, version)) {
    if (version !== undefined) warn(`the mirror's layout changed (version ${version} → ${SCHEMA_VERSION}): rebuilding it with a full sync`);
    rebuild(db);
  }
  const origin = originOf(db);
  if (origin !== loc.origin) {
    if (origin !== undefined) {
      db.close();
      throw otherOrganisation(loc, origin);
    }
    setMeta(db, 'origin', loc.origin);
  } else if (metaOf(db, 'origin') !== origin) setMeta(db, 'origin', origin); // no password kept in the file
  if (loc.profile !== undefined) {
    if (metaOf(db, 'profile') === undefined) setMeta(db, 'profile', loc.profile);
    checkOwner(db, loc);
  }
  return db;
}

/** A profile's own mirror that says it is another profile's (`Acme` and `acme` share a file where
 *  the file system ignores case): closed, and refused. */
function checkOwner(db: Db, loc: MirrorLocation): void {
  if (loc.profile === undefined) return;
  const owner = metaOf(db, 'profile');
  if (owner === undefined || owner === loc.profile) return;
  db.close();
  throw new OtherMirrorError(`the mirror at ${loc.path} is profile ${quoteName(owner)}'s, not ${quoteName(loc.profile)}'s`, {
    hint: mirrorHint(loc, 'names that differ only in case share a file where the file system ignores case: use --db PATH (or ASHBY_DB) for one of them'),
  });
}

/** A mirror that is another profile's or another organisation's: its hint says what to do. */
export class OtherMirrorError extends UsageError {}

/** A mirror laid out by a newer ashby (checkNotNewer): its hint says what to do. */
export class NewerMirrorError extends CliError {}

const otherOrganisation = (loc: MirrorLocation, origin: string) =>
  new OtherMirrorError(`the mirror at ${loc.path} holds data of another organisation (${origin}), not ${loc.origin}`, {
    hint: mirrorHint(loc, 'use --db PATH (or ASHBY_DB) for a separate mirror, or delete that file to start over'),
  });

/**
 * A mirror laid out by a newer ashby: this one can neither read it nor, by rebuilding it, throw
 * away what a long first sync made. Closed, and refused; the file is left as it is.
 */
function checkNotNewer(db: Db, loc: MirrorLocation): void {
  const version = Number(metaOf(db, 'schema_version'));
  if (!Number.isInteger(version) || version <= SCHEMA_VERSION) return;
  db.close();
  throw new NewerMirrorError(
    `the mirror at ${loc.path} was written by a newer version of ashby (layout ${version}; this one knows ${SCHEMA_VERSION}); it was left as it is`,
    {
      hint: mirrorHint(loc, 'run the ashby that wrote it (or a later one), or use --db PATH (or ASHBY_DB) for a separate mirror'),
    },
  );
}

/** What a mirror has saved of its syncs, read without changing anything (not even a migration): for --dry-run. */
export function savedState(loc: MirrorLocation): { states: Map<string, TableState>; queued: Map<string, number>; layout?: 'migrate' | 'rebuild' } {
  const none = { states: new Map<string, TableState>(), queued: new Map<string, number>() };
  if (!checkMirrorFile(loc)) return none;
  const db = openToReadFile(loc.path);
  try {
    checkMirrorDb(db, loc);
    const origin = originOf(db);
    if (origin !== undefined && origin !== loc.origin) throw otherOrganisation(loc, origin);
    checkOwner(db, loc);
    checkNotNewer(db, loc);
    const version = metaOf(db, 'schema_version');
    if (version === undefined) return none; // created, never synced
    // A layout no migration reaches is rebuilt by a sync: every table starts over.
    if (version !== String(SCHEMA_VERSION) && !canMigrate(version)) return { ...none, layout: 'rebuild' };
    const queued = db.prepare('SELECT resource, count(*) AS n FROM sync_pending GROUP BY resource').all() as Array<{ resource: string; n: number }>;
    return {
      states: syncStates(db),
      queued: new Map(queued.map((r) => [r.resource, r.n])),
      layout: version === String(SCHEMA_VERSION) ? undefined : 'migrate',
    };
  } finally {
    if (db.isOpen) db.close();
  }
}

/** SQLite's "unable to open database file". */
const SQLITE_CANTOPEN = 14;

/** SQLite's "database disk image is malformed" and "file is not a database". */
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

/** Whether SQLite found the file damaged. */
export function isDamaged(e: unknown): boolean {
  const code = (e as { errcode?: unknown } | undefined)?.errcode;
  return typeof code === 'number' && ((code & 0xff) === SQLITE_CORRUPT || (code & 0xff) === SQLITE_NOTADB);
}

/** A damaged file, said with its path and what to do, rather than SQLite's bare message; anything else as it is. */
export function damaged(e: unknown, path: string): unknown {
  if (!isDamaged(e)) return e;
  return new CliError(`the mirror at ${path} is damaged (${(e as Error).message})`, {
    hint: `if it is your mirror, delete it with the files beside it (rm '${path.replace(/'/g, "'\\''")}'*) and run ashby sync for a new copy`,
  });
}

/**
 * Opens a mirror file to read. SQLite reads a WAL-mode file through a -shm file beside it, which it
 * must be able to create: in a folder that cannot be written (a mirror shared on a read-only mount)
 * the open fails when there is none. Such a file is then read as immutable (no -shm, no locks) when
 * everything is in the file itself, as a finished sync leaves it (its -wal absent or empty); with
 * changes still in its -wal, reading the file alone would miss them, so that is refused.
 */
function openToReadFile(path: string): Db {
  const db = new DatabaseSync(path, { readOnly: true, timeout: 5000 });
  try {
    // SQLite opens the -shm at the first read.
    db.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    return db;
  } catch (e) {
    db.close();
    if ((e as { errcode?: number }).errcode !== SQLITE_CANTOPEN || !existsSync(path) || canWrite(dirname(path))) throw e;
    if ((statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0)
      throw new CliError(`the mirror at ${path} is in a folder that cannot be written, with changes still in its -wal file: SQLite cannot read it there`, {
        hint: 'let the sync that is writing it finish (a finished sync leaves nothing in the -wal), or copy the file and its -wal to a folder that can be written',
      });
    const url = pathToFileURL(path);
    url.search = 'immutable=1';
    return new DatabaseSync(url, { readOnly: true });
  }
}

/** Whether files can be made in this folder (not a read-only mount, not someone else's folder). */
export function canWrite(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an existing mirror read-only (`ashby sql`, search, analytics): nothing can change it. A
 * mirror of an older layout that a migration can bring up to date (no requests) is migrated first.
 */
export function openReadOnly(loc: MirrorLocation, say?: (m: string) => void): Db | undefined {
  if (!checkMirrorFile(loc) && !existsSync(loc.path)) return undefined; // an empty file goes on to SQLite, as before
  let db = openToReadFile(loc.path);
  checkMirrorDb(db, loc);
  checkOwner(db, loc);
  checkNotNewer(db, loc);
  // A profile's own mirror (or the sandbox's) of another organisation: its profile now points at
  // another API URL. A file named by --db or ASHBY_DB is read as it is: whoever named it chose it.
  const origin = originOf(db);
  if (loc.source !== '--db' && loc.source !== 'ASHBY_DB' && origin !== undefined && origin !== loc.origin) {
    db.close();
    throw otherOrganisation(loc, origin);
  }
  const version = metaOf(db, 'schema_version');
  if (version !== String(SCHEMA_VERSION)) {
    db.close();
    if (!version || !canMigrate(version)) return undefined;
    say?.(`updating the mirror's layout (version ${version} → ${SCHEMA_VERSION}) from the data it holds; this happens once`);
    const rw = new DatabaseSync(loc.path, { timeout: 5000 });
    try {
      rw.exec('PRAGMA cache_size = -32000');
      migrate(rw, metaOf(rw, 'schema_version'));
    } finally {
      rw.close();
    }
    db = openToReadFile(loc.path);
    if (metaOf(db, 'schema_version') !== String(SCHEMA_VERSION)) {
      db.close();
      return undefined;
    }
  }
  return db;
}

/**
 * Migrations between layouts, by the version they start from: each brings the data to the next
 * version from what the mirror already holds, without requests. A gap means a rebuild.
 */
const MIGRATIONS: Record<number, (db: Db) => void> = {
  // 1 → 2: history rows carry their duration and a covering index; application_progress appears.
  1: (db) => {
    db.exec('ALTER TABLE application_history ADD COLUMN duration_ms INTEGER');
    const set = db.prepare('UPDATE application_history SET duration_ms = ? WHERE id = ?');
    for (const r of db.prepare('SELECT id, entered_at, left_at FROM application_history WHERE left_at IS NOT NULL').all() as Array<{
      id: string;
      entered_at: string | null;
      left_at: string | null;
    }>) {
      const ms = durationMs(r.entered_at, r.left_at);
      if (ms !== null) set.run(ms, r.id);
    }
    // History of applications the mirror no longer has (version 1 could keep some).
    db.exec('DELETE FROM application_history WHERE application_id NOT IN (SELECT id FROM applications)');
    db.exec('DROP INDEX IF EXISTS application_history_application_id; DROP INDEX IF EXISTS application_history_stage_id');
    for (const ix of indexes('application_history')) db.exec(ix.sql);
    for (const s of progressDdl()) db.exec(s);
    rebuildProgress(db);
  },
  // 2 → 3: application_progress.stage_entered_ms (stale filters and sorts by it). A mirror
  // migrated from version 1 has it already (that step builds the current table).
  2: (db) => {
    const cols = db.prepare(`SELECT name FROM pragma_table_info('application_progress')`).all() as Array<{ name: string }>;
    if (!cols.some((c) => c.name === 'stage_entered_ms')) {
      db.exec('ALTER TABLE application_progress ADD COLUMN stage_entered_ms INTEGER');
      const set = db.prepare('UPDATE application_progress SET stage_entered_ms = ? WHERE id = ?');
      for (const r of db.prepare('SELECT id, stage_entered_at FROM application_progress').all() as Array<{ id: string; stage_entered_at: string | null }>)
        set.run(msOf(r.stage_entered_at), r.id);
    }
  },
  // 3 → 4: the partial index that `stale` reads in order (schema.ts, STALE_INDEX).
  3: (db) => {
    for (const ix of indexes(PROGRESS.name)) db.exec(ix.sql);
  },
};

function canMigrate(version: string | undefined): boolean {
  const from = Number(version);
  if (!Number.isInteger(from) || from < 1 || from >= SCHEMA_VERSION) return false;
  for (let v = from; v < SCHEMA_VERSION; v++) if (!MIGRATIONS[v]) return false;
  return true;
}

/** Brings an older layout up to date in one transaction; false when there is no way but a rebuild. */
function migrate(db: Db, version: string | undefined): boolean {
  if (!canMigrate(version)) return false;
  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have migrated it while this one waited for the lock.
    const now = metaOf(db, 'schema_version');
    if (now !== String(SCHEMA_VERSION)) {
      if (!canMigrate(now)) {
        db.exec('ROLLBACK');
        return false;
      }
      for (let v = Number(now); v < SCHEMA_VERSION; v++) MIGRATIONS[v](db);
    }
    setMeta(db, 'schema_version', String(SCHEMA_VERSION));
    db.exec('COMMIT');
  } catch (e) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw e;
  }
  db.exec('PRAGMA analysis_limit = 1000; ANALYZE');
  return true;
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

export function metaOf(db: Db, key: string): string | undefined {
  if (!hasTable(db, 'mirror_meta')) return undefined;
  const row = db.prepare('SELECT value FROM mirror_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/**
 * The organisation a mirror holds, in the form it is kept in now: redacted of the credentials a
 * base URL may carry (locate). A mirror made before they were redacted keeps its organisation.
 */
function originOf(db: Db): string | undefined {
  const origin = metaOf(db, 'origin');
  return origin === undefined ? undefined : redactText(origin, []);
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO mirror_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Drops everything and creates the current schema: tokens go too, so the next sync is full. */
function rebuild(db: Db): void {
  const origin = originOf(db);
  const profile = metaOf(db, 'profile');
  const objects = db
    .prepare(`SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'`)
    .all() as Array<{ type: string; name: string }>;
  db.exec('BEGIN');
  try {
    for (const o of objects) db.exec(`DROP ${o.type === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS "${o.name.replace(/"/g, '""')}"`);
    db.exec('DROP TABLE IF EXISTS search_docs');
    for (const s of [...ddl(), ...BOOKKEEPING]) db.exec(s);
    setMeta(db, 'schema_version', String(SCHEMA_VERSION));
    if (origin) setMeta(db, 'origin', origin);
    if (profile) setMeta(db, 'profile', profile);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}

export interface TableState {
  resource: string;
  token: string | null;
  synced_at: string | null;
  full_at: string | null;
}

export function syncStates(db: Db): Map<string, TableState> {
  const rows = db.prepare('SELECT resource, token, synced_at, full_at FROM sync_state').all() as unknown as TableState[];
  return new Map(rows.map((r) => [r.resource, r]));
}

/** When the mirror was last brought up to date as a whole (the oldest table's sync), if ever. */
export function lastSynced(db: Db): Date | undefined {
  const v = metaOf(db, 'synced_at');
  return v ? new Date(v) : undefined;
}
