// A lock file, so that two ashby processes never both read a file and then write over each other's
// changes: the --sandbox state, and the config and credentials files (auth login/logout/switch).
// The second waits for the first, for a bounded time; a lock whose owner process is gone, or that
// names this process without being held by it (see `held`), is taken over.
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../errors.js';

/**
 * The lock files this process holds (these and the mirror's sync lock, mirror/lock.ts), by full
 * path. A lock naming this process's own id that it does not hold was left by an earlier process
 * that had the same id: in a container, a command killed (docker stop, a cancelled CI job) leaves
 * its lock, and the next run gets the same small pid (often 1); it would otherwise wait for itself.
 */
const held = new Set<string>();

/** Records that this process now holds (or no longer holds) the lock at `path`. */
export function markHeld(path: string, holds: boolean): void {
  if (holds) held.add(resolve(path));
  else held.delete(resolve(path));
}

/** The process id a lock file names; undefined when the file is gone or names none. */
export function lockHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The lock at `path` names a live process other than this one, or this one, which holds it. */
export function heldByLive(path: string, pid: number | undefined): pid is number {
  return pid !== undefined && alive(pid) && (pid !== process.pid || held.has(resolve(path)));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, but another user's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** ASHBY_LOCK_TIMEOUT: seconds a command waits for another one holding the same files (default 30). */
export function lockWaitMs(env: NodeJS.ProcessEnv): number {
  const s = Number(env.ASHBY_LOCK_TIMEOUT);
  return env.ASHBY_LOCK_TIMEOUT !== undefined && env.ASHBY_LOCK_TIMEOUT !== '' && Number.isFinite(s) && s >= 0 ? s * 1000 : 30_000;
}

export interface LockOptions {
  /** How long to wait for another process (default 30 s). */
  timeoutMs?: number;
  /** What is locked, for the message when the wait runs out ("the sandbox state"). */
  what?: string;
}

/** Tells apart two waiters in one process (commands run in-process, as the tests run them). */
let waiters = 0;

export async function acquireLock(path: string, opts: LockOptions = {}): Promise<() => void> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  mkdirSync(dirname(path), { recursive: true });
  // The lock appears with its owner's pid already in it (link is atomic), so a waiter never
  // reads a half-made lock and mistakes it for a stale one.
  const mine = `${path}.${process.pid}.${++waiters}`;
  writeFileSync(mine, String(process.pid));
  const deadline = Date.now() + timeoutMs;
  try {
    for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
      try {
        linkSync(mine, path);
        markHeld(path, true);
        return () => {
          markHeld(path, false);
          removeQuietly(path);
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const pid = lockHolder(path);
      if (pid === undefined && !existsSync(path)) continue; // released meanwhile: try again
      if (!heldByLive(path, pid)) {
        // Left by a process that is gone (killed, crashed), or by an earlier one with this id: take it over.
        removeQuietly(path);
        continue;
      }
      if (Date.now() > deadline) {
        throw new CliError(`${opts.what ?? path} is locked by another ashby process (pid ${pid}); waited ${Math.round(timeoutMs / 1000)} s`, {
          hint: `try again when it has finished; if no ashby command is running, delete ${path}`,
        });
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    removeQuietly(mine);
  }
}
