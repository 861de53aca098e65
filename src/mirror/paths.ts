// Where mirrors live by default: <config dir>/mirror/<profile>.db, sandbox.db for --sandbox.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export function defaultMirrorPath(configDir: string, profile: string): string {
  return join(configDir, 'mirror', `${profile}.db`);
}

/** Deletes a mirror file and SQLite's files beside it (write-ahead log, shared memory). */
export function deleteMirror(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
