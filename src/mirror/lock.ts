// One sync at a time per mirror. SQLite lets one writer in at a time, but a sync commits table by
// table, so two syncs (a cron job and a person's refresh) would wait on each other's locks and the
// second would fail after SQLite's busy timeout with "database is locked". A lock file beside the
// mirror, holding the syncing process's id, says up front that a sync is under way; a lock whose
// process is gone (killed, crashed), or that names this process without being held by it (a
// container's next run with the same pid; see io/lock.ts), is taken over.
import { existsSync, linkSync, mkdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, UsageError } from '../errors.js';
import { heldByLive, lockHolder as holder, markHeld } from '../io/lock.js';

export type SyncLock = { release(): void } | { heldBy: number };

const lockPath = (db: string) => resolve(`${db}.sync-lock`);

/**
 * Takes the mirror's sync lock, or says which live process holds it. The lock appears whole: its
 * text is written to a file of this process's own and linked into place, which fails if a lock
 * is there already. Two processes taking over the same stale lock at the same instant could both
 * win; that needs a crashed sync and two new ones starting within microseconds of each other.
 */
export function takeSyncLock(db: string, hint: (cli: string) => string = (cli) => cli): SyncLock {
  const path = lockPath(db);
  const mine = `${path}.${process.pid}`;
  ensureFolder(db, hint);
  try {
    writeFileSync(mine, `${process.pid}\n`, { mode: 0o600 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EROFS' && code !== 'EACCES' && code !== 'EPERM') throw e;
    // A mirror shared on a read-only mount, or a folder of someone else's: it can be read, not synced.
    throw new CliError(`cannot sync the mirror at ${db}: its folder cannot be written (${code})`, {
      hint: hint('sync a mirror of your own with --db PATH (or ASHBY_DB); sql, search and the analytics read this one as it is'),
    });
  }
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(mine, path);
        markHeld(path, true);
        return {
          release() {
            markHeld(path, false);
            if (holder(path) === process.pid) unlinkSync(path);
          },
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const pid = holder(path);
      if (heldByLive(path, pid)) return { heldBy: pid };
      // Left by a process that is gone (killed, crashed), or by an earlier one with this id: take it over.
      rmSync(path, { force: true });
    }
    return { heldBy: holder(path) ?? 0 };
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Makes the mirror's folder (0700) if need be; a path it cannot be made at is said plainly. */
function ensureFolder(db: string, hint: (cli: string) => string): void {
  const dir = dirname(db);
  try {
    makeFolder(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOTDIR' || code === 'EEXIST')
      throw new UsageError(`cannot sync the mirror at ${db}: ${dir}, or a folder above it, is a file, not a folder`, {
        hint: hint('give --db (or ASHBY_DB) a path in a folder'),
      });
    throw new CliError(`cannot sync the mirror at ${db}: its folder cannot be created (${code})`, {
      hint: hint('give --db (or ASHBY_DB) a path in a folder you can write'),
    });
  }
}

/** mkdir -p by hand: Node's recursive mkdirSync never returns where mkdir says ENOENT under a folder that exists (/proc). */
function makeFolder(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
    return;
  }
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    // Made meanwhile by another process: fine.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw e;
  }
}

/** The live process (this one too: the MCP server runs tools side by side) syncing the mirror at `db`, if any. */
export function syncUnderWay(db: string): number | undefined {
  const path = lockPath(db);
  const pid = holder(path);
  return heldByLive(path, pid) ? pid : undefined;
}
