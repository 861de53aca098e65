// A lock file, so that two ashby processes never both read a file and then write over each other's
// changes: the --sandbox state, and the config and credentials files (auth login/logout/switch).
// The second waits for the first, for a bounded time; a lock whose owner process is gone is taken
// over.
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from '../errors.js';

function owner(path: string): string {
  try {
    return `pid ${readFileSync(path, 'utf8').trim()}`;
  } catch {
    return 'released meanwhile';
  }
}

function ownerAlive(path: string): boolean {
  try {
    process.kill(Number(readFileSync(path, 'utf8')), 0);
    return true;
  } catch (e) {
    // EPERM: alive but not ours; ENOENT: released meanwhile (try again); anything else: stale.
    return ['EPERM', 'ENOENT'].includes((e as NodeJS.ErrnoException).code ?? '');
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
        return () => removeQuietly(path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      if (!ownerAlive(path)) {
        removeQuietly(path);
        continue;
      }
      if (Date.now() > deadline) {
        throw new CliError(`${opts.what ?? path} is locked by another ashby process (${owner(path)}); waited ${Math.round(timeoutMs / 1000)} s`, {
          hint: `try again when it has finished; if no ashby command is running, delete ${path}`,
        });
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    removeQuietly(mine);
  }
}
