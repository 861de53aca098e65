// `--sandbox` on any command: the organisation kept in <config dir>/sandbox/state.json, served on a
// loopback port for the duration of the command, with writes saved at the end so the next command
// sees them. The first use creates it from the default seed.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const EMBEDDED_SEED = 1;
export const EMBEDDED_CANDIDATES = 50;

export function embeddedStatePath(configDir: string): string {
  return join(configDir, 'sandbox', 'state.json');
}

export async function startEmbeddedSandbox(opts: {
  dir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<{ baseUrl: string; apiKey: string; close(): Promise<void> }> {
  const { startSandboxServer } = await import('./server.js');
  const { acquireLock, lockWaitMs } = await import('../io/lock.js');
  const stateFile = embeddedStatePath(opts.dir);
  const release = await acquireLock(`${stateFile}.lock`, { what: 'the sandbox state', timeoutMs: lockWaitMs(opts.env ?? {}) });
  try {
    // A fresh key per run: nothing else on this machine can use the port meanwhile.
    const apiKey = `sbx_${randomBytes(12).toString('hex')}`;
    const h = await startSandboxServer({ stateFile, seed: EMBEDDED_SEED, candidates: EMBEDDED_CANDIDATES, apiKey, saveOnlyChanges: true });
    return {
      baseUrl: h.url,
      apiKey,
      close: async () => {
        try {
          await h.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
