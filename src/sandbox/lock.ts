// A lock file so that two `--sandbox` commands running at once do not both load the state and then
// save over each other's writes: the second waits for the first. A lock whose owner process is
// gone is taken over.
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

export async function acquireLock(path: string, timeoutMs = 30_000): Promise<() => void> {
  mkdirSync(dirname(path), { recursive: true });
  // The lock appears with its owner's pid already in it (link is atomic), so a waiter never
  // reads a half-made lock and mistakes it for a stale one.
  const mine = `${path}.${process.pid}`;
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
      if (Date.now() > deadline) throw new Error(`the sandbox state is locked by another ashby process (${path}); try again when it has finished`);
      await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    removeQuietly(mine);
  }
}
