// --sync-state FILE: where an incremental sync keeps its token between runs. The new token is
// written only after a complete pass, atomically (temp file + rename), so an interrupted run leaves
// the previous token in place and the next run repeats the same window instead of skipping it.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';

interface SyncState {
  endpoint: string;
  syncToken: string;
  savedAt: string;
}

/** The stored token, or undefined when the file does not exist yet (first run: full sync). */
export function readSyncState(file: string, endpoint: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read --sync-state ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let state: Partial<SyncState>;
  try {
    state = JSON.parse(text) as Partial<SyncState>;
  } catch {
    throw new UsageError(`--sync-state ${file} is not a sync state file written by ashby`);
  }
  if (state.endpoint && state.endpoint !== endpoint) {
    throw new UsageError(`--sync-state ${file} holds a token for ${state.endpoint}, not ${endpoint}`, { hint: 'use one state file per list command' });
  }
  if (typeof state.syncToken !== 'string' || !state.syncToken) throw new UsageError(`--sync-state ${file} has no syncToken`);
  return state.syncToken;
}

export function writeSyncState(file: string, endpoint: string, syncToken: string): void {
  const state: SyncState = { endpoint, syncToken, savedAt: new Date().toISOString() };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}
