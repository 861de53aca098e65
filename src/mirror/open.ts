// The mirror as the commands use it: syncing with progress, and opening it to read, refreshed
// first when it is older than --max-age (never with --offline).
import { dirname } from 'node:path';
import type { Context } from '../context.js';
import { CliError, ExitCode, UsageError } from '../errors.js';
import { canWrite, checkMirrorFile, damaged, locate, openForWrite, openReadOnly, savedState, syncStates, type Db, type MirrorLocation } from './db.js';
import { syncUnderWay, takeSyncLock } from './lock.js';
import { dryPlan, plan, sync, tableNames, type PlannedTable, type TableSummary } from './sync.js';
import { ago, parseDuration } from './when.js';

export interface MirrorFlags {
  db?: string;
  maxAge?: string;
  offline?: boolean;
  /** How the caller names its options in messages (an MCP tool: its parameters); the CLI's flags when absent. */
  names?: OptionNames;
}

/** Names of the mirror options for messages, by option; each defaults to the CLI's flag (--max-age, …). */
export type OptionNames = Partial<Record<'maxAge' | 'offline' | 'job' | 'since' | 'until', string>>;

export interface SyncRequest {
  resources?: string[];
  full?: boolean;
  concurrency?: number;
  db?: string;
  /** A refresh of a mirror before a read: its progress on a terminal is one line, cleared at the end. */
  transient?: boolean;
}

export const DEFAULT_MAX_AGE = '15m';

/** There is no mirror to read (exit 3, like anything else that is not there). */
export class NoMirrorError extends CliError {
  override exitCode: number = ExitCode.notFound;
}

async function requestedTables(req: SyncRequest): Promise<string[] | undefined> {
  if (!req.resources?.length) return undefined;
  const unknown = req.resources.filter((w) => {
    try {
      tableNames([w]);
      return false;
    } catch {
      return true;
    }
  });
  if (!unknown.length) return tableNames(req.resources);
  // Every unknown name at once, each with the tables it is closest to.
  const { TABLES } = await import('./schema.js');
  const { suggest } = await import('../io/suggest.js');
  const names = TABLES.map((t) => t.name);
  const said = unknown.map((w) => {
    const near = suggest(w.replace(/-/g, '_'), names);
    return `"${w}"${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}`;
  });
  throw new UsageError(`unknown table${unknown.length > 1 ? 's' : ''} ${said.join(', ')}`, { hint: `tables: ${names.join(', ')}` });
}

/** `ashby sync --dry-run`: the tables a sync would pass over and how; nothing sent, nothing written. */
export async function planSync(ctx: Context, req: SyncRequest): Promise<{ planned: PlannedTable[]; loc: MirrorLocation; layout?: 'migrate' | 'rebuild' }> {
  const tables = await requestedTables(req);
  const loc = await locate(ctx, req.db);
  const saved = savedState(loc);
  return { planned: dryPlan(saved.states, saved.queued, tables, Boolean(req.full)), loc, layout: saved.layout };
}

/** Runs a sync with progress on a terminal; returns a summary row per table. */
export async function runSync(ctx: Context, req: SyncRequest): Promise<{ summary: TableSummary[]; requests: number; seconds: number; loc: MirrorLocation }> {
  const tables = await requestedTables(req);
  const loc = await locate(ctx, req.db);
  // Before the lock, which would be made beside whatever the path names.
  const existing = checkMirrorFile(loc);
  const lock = takeSyncLock(loc.path, loc.hint);
  if ('heldBy' in lock)
    throw new CliError(`another ashby sync (process ${lock.heldBy}) is updating the mirror at ${loc.path}`, {
      hint: `wait for it to finish, then run this again; search, sql and the analytics can read the mirror meanwhile. If no ashby sync is running (process ${lock.heldBy} is something else now), delete ${loc.path}.sync-lock`,
    });
  try {
    return await syncLocked(ctx, req, loc, tables, existing);
  } catch (e) {
    throw damaged(e, loc.path);
  } finally {
    lock.release();
  }
}

async function syncLocked(ctx: Context, req: SyncRequest, loc: MirrorLocation, tables: string[] | undefined, existing: boolean) {
  const client = await ctx.client();
  const db = openForWrite(loc, (m) => ctx.warn(m), existing);
  const started = Date.now();
  const before = client.requests;
  const tty = Boolean(ctx.io.stderr.isTTY);
  // Tables committed whole, for what an interrupted sync says it kept.
  const committed: string[] = [];
  try {
    const summary = await sync(db, client, {
      tables,
      full: req.full,
      concurrency: req.concurrency,
      signal: ctx.signal,
      warn: (m) => ctx.warn(m),
      progress: (e) => {
        if (e.done) committed.push(e.table);
        if (!tty) return;
        const line = e.done ? `${e.table}: ${e.rows.toLocaleString('en-US')} rows, ${e.mode}` : `${e.table}: ${e.rows.toLocaleString('en-US')} rows…`;
        // Within the terminal's width: a line that wrapped would not be cleared by the next one.
        const width = ctx.io.stderr.columns;
        const fit = width && line.length >= width ? `${line.slice(0, Math.max(1, width - 2))}…` : line;
        ctx.io.stderr.write(`\r\u001b[K${fit}${e.done && !req.transient ? '\n' : ''}`);
      },
    });
    if (tty && req.transient) ctx.io.stderr.write('\r\u001b[K');
    // A Ctrl-C while SQLite worked synchronously (the last table's commit, its indexes, ANALYZE)
    // reaches JavaScript only when the event loop turns: let it, so that it is said, not lost.
    await eventLoopTurned();
    ctx.signal.throwIfAborted();
    return { summary, requests: client.requests - before, seconds: (Date.now() - started) / 1000, loc };
  } catch (e) {
    // Interrupted, or stopped by an error (Ashby failing, the network gone) after some tables were
    // committed: what the mirror kept, before the error itself is said.
    const aborted = ctx.signal.aborted;
    if (aborted || committed.length) {
      if (tty) ctx.io.stderr.write('\r\u001b[K');
      try {
        for (const line of keptReport(db, tables, committed, aborted ? 'sync interrupted' : 'sync stopped by the error below')) ctx.info(line);
      } catch {
        // What was kept is a courtesy; the interruption or the error is what gets reported.
      }
    }
    throw e;
  } finally {
    db.close();
  }
}

/**
 * What a sync that stopped part-way kept, in a few lines after `stopped` ("sync interrupted"): the
 * tables it committed whole, the one it stopped in (a list table is as it was before; a per-parent
 * one keeps what it saved, the rest queued), and those it did not reach.
 */
function keptReport(db: Db, tables: string[] | undefined, committed: string[], stopped: string): string[] {
  const planned = plan(db, tables).filter((t) => t.source.kind !== 'embedded');
  const rest = planned.filter((t) => !committed.includes(t.name));
  const queued = new Map(
    (db.prepare('SELECT resource, count(*) AS n FROM sync_pending GROUP BY resource').all() as Array<{ resource: string; n: number }>).map((r) => [
      r.resource,
      r.n,
    ]),
  );
  const out = [
    committed.length
      ? `${stopped}; the mirror is consistent. Synced in full and kept: ${committed.join(', ')}`
      : `${stopped} before any table was complete; the mirror is consistent`,
  ];
  // Stopped after the last table was committed (while SQLite built its indexes): nothing is left to do.
  if (!rest.length) return [`${stopped} at its end; the mirror is consistent. Synced in full and kept: ${committed.join(', ')}`];
  const [at, ...later] = rest;
  if (at) {
    const s = at.source;
    const n = queued.get(at.name) ?? 0;
    out.push(
      s.kind === 'each' && n
        ? `${at.name}: what was saved is kept; ${n.toLocaleString('en-US')} ${s.parent} still queued for the next sync`
        : s.kind === 'list' && n
          ? `${at.name}: saved; ${n.toLocaleString('en-US')} of them still queued to be read again at the next sync`
          : `${at.name}: left as it was before this sync`,
    );
  }
  if (later.length) out.push(`not reached: ${later.map((t) => t.name).join(', ')}`);
  out.push('run ashby sync again to finish');
  return out;
}

/** Resolves after a poll phase of the event loop, in which a signal that arrived meanwhile is handled. */
const eventLoopTurned = () => new Promise<void>((done) => setImmediate(() => setImmediate(done)));

/** When the default tables were all last synced (the oldest of them), or undefined if one never was. */
export function syncedAt(db: Db): Date | undefined {
  const states = syncStates(db);
  let oldest: string | undefined;
  for (const t of plan(db)) {
    if (t.source.kind === 'embedded') continue;
    const at = states.get(t.name)?.synced_at;
    if (!at) return undefined;
    if (!oldest || at < oldest) oldest = at;
  }
  return oldest ? new Date(oldest) : undefined;
}

export interface OpenedMirror {
  db: Db;
  loc: MirrorLocation;
  syncedAt?: Date;
  /** A warning has said already that the mirror is not completely synced. */
  partialSaid?: boolean;
}

/**
 * Opens the mirror read-only. With `refresh`, a mirror older than --max-age (default 15 minutes)
 * is synced first, unless --offline.
 */
export async function openToRead(ctx: Context, flags: MirrorFlags, refresh: boolean): Promise<OpenedMirror> {
  const loc = await locate(ctx, flags.db);
  const maxAgeMs = parseDuration(flags.names?.maxAge ?? '--max-age', flags.maxAge ?? DEFAULT_MAX_AGE);
  const say = ctx.io.stderr.isTTY ? (m: string) => ctx.info(m) : undefined;
  let db = readOnly(loc, say);
  let at = db ? syncedAt(db) : undefined;
  let partialSaid = false;
  const age = () => (at ? ago(Date.now() - at.getTime()) : undefined);
  if (refresh && !flags.offline && (!at || Date.now() - at.getTime() > maxAgeMs)) {
    const busy = db ? syncUnderWay(loc.path) : undefined;
    if (busy !== undefined) {
      // Waiting for another sync could take minutes; its tables commit one by one, each whole.
      ctx.warn(
        `another ashby sync (process ${busy}) is updating the mirror: answering from it as it is${at ? `, from ${age()}` : ' (its first sync has not finished: some tables may be empty)'}`,
      );
      partialSaid = !at;
    } else if (db && !canWrite(dirname(loc.path))) {
      // A mirror shared on a read-only mount: read as it is, older than asked.
      ctx.warn(
        `the mirror's folder cannot be written, so it is not refreshed: answering from it as it is${at ? `, from ${age()}` : ' (its first sync never finished: some tables may be empty)'}`,
      );
      partialSaid = !at;
    } else if (ctx.opts.dryRun) {
      // --dry-run sends nothing and writes nothing: the mirror is read as it is.
      if (db) ctx.info(`--dry-run: not refreshing the mirror${at ? ` (from ${age()})` : ''}; answering from it as it is`);
    } else {
      db?.close();
      if (ctx.io.stderr.isTTY)
        ctx.info(at ? `the mirror is from ${age()}; refreshing it (--offline skips this)` : 'no mirror yet: syncing from Ashby first (this can take a while)');
      await runSync(ctx, { db: flags.db, transient: Boolean(at) }).catch((err: unknown) => {
        // Ashby failed the refresh; the mirror there is still whole, and can answer as it is.
        if (at && err instanceof CliError && !err.hint && !ctx.signal.aborted)
          err.hint = `the mirror was not refreshed; ${flags.names?.offline ? `${flags.names.offline}: true` : '--offline'} answers from it as it is, from ${age()}`;
        throw err;
      });
      db = readOnly(loc, say);
      at = db ? syncedAt(db) : undefined;
    }
  }
  if (!db) {
    throw new NoMirrorError(`no mirror at ${loc.path}`, {
      hint: flags.offline
        ? `run ${ctx.suggest('ashby sync')} first (or drop ${flags.names?.offline ?? '--offline'}: the mirror is then synced from Ashby first)`
        : ctx.opts.dryRun
          ? 'run `ashby sync` first (--dry-run creates none)'
          : 'run `ashby sync` first',
    });
  }
  return { db, loc, syncedAt: at, partialSaid };
}

/** openReadOnly, with a damaged file named as such. */
function readOnly(loc: MirrorLocation, say?: (m: string) => void): Db | undefined {
  try {
    return openReadOnly(loc, say);
  } catch (e) {
    throw damaged(e, loc.path);
  }
}

/** On a terminal, says how old the data is (stderr), in local time (the command's TZ) and UTC. */
export async function sayAge(ctx: Context, m: OpenedMirror): Promise<void> {
  if (!m.syncedAt) {
    // Said off a terminal too: a report written while the first sync runs (or after one that was
    // stopped, or `ashby sync jobs` alone) would otherwise count rows that are not there yet.
    if (!m.partialSaid) {
      const states = syncStates(m.db);
      const never = plan(m.db)
        .filter((t) => t.source.kind !== 'embedded' && !states.get(t.name)?.synced_at)
        .map((t) => t.name);
      const named = never.length > 5 ? `${never.slice(0, 4).join(', ')} and ${never.length - 4} more tables` : never.join(', ');
      const busy = syncUnderWay(m.loc.path);
      ctx.warn(
        `the mirror at ${m.loc.path} is not completely synced: ${named} ${never.length === 1 ? 'has' : 'have'} never been synced, so answers may lack ${never.length === 1 ? 'it' : 'them'}${busy !== undefined ? ` (ashby sync, process ${busy}, is filling it now)` : ` (run ${ctx.suggest('ashby sync')})`}`,
      );
    }
    return;
  }
  if (!ctx.io.stderr.isTTY) return;
  // Loaded only on a terminal: scripts start without it.
  const { showTime } = await import('../workflows/time.js');
  ctx.info(`mirror synced ${ago(Date.now() - m.syncedAt.getTime())}, at ${showTime(m.syncedAt.toISOString(), ctx.timeZone)}`);
}
