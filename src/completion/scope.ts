// Where the name cache of the organisation on the line lives, worked out without a Context: the
// completion process must not load conf, the API client, or even child_process and fs/promises
// (each costs ~10 ms at start-up). It mirrors configDir() in src/config/config.ts (whose module
// loads the keychain, hence child_process) and scope() and readCache() in src/resolve/cache.ts;
// test/completion-scope.test.ts and test/completion-engine.test.ts check that they agree.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../resolve/entry.js';

/** NAME=VALUE words from the line: profile, base-url, sandbox, and kinds such as job=... */
export type Pairs = Record<string, string>;

/** The same default as src/api/client.ts, which is too heavy to import here. */
const DEFAULT_BASE_URL = 'https://api.ashbyhq.com';
const DEFAULT_TTL_SECONDS = 3600;

export interface Scope {
  dir: string;
  origin: string;
  ttlSeconds: number;
}

export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.ASHBY_CONFIG_DIR) return env.ASHBY_CONFIG_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'ashby');
  if (process.platform === 'darwin') return join(env.HOME || homedir(), 'Library', 'Application Support', 'ashby');
  return join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'ashby');
}

interface Settings {
  currentProfile?: string;
  profiles?: Record<string, { baseUrl?: string }>;
}

export function readSettings(env: NodeJS.ProcessEnv): Settings {
  try {
    return JSON.parse(readFileSync(join(configDir(env), 'config.json'), 'utf8')) as Settings;
  } catch {
    return {};
  }
}

export function cacheScope(pairs: Pairs, env: NodeJS.ProcessEnv): Scope {
  const root = join(configDir(env), 'cache');
  const raw = env.ASHBY_CACHE_TTL;
  const n = raw === undefined || raw === '' ? DEFAULT_TTL_SECONDS : Number(raw);
  const ttlSeconds = Number.isFinite(n) && n >= 0 ? n : DEFAULT_TTL_SECONDS;
  if (pairs.sandbox || env.ASHBY_SANDBOX === '1') return { dir: join(root, 'sandbox'), origin: 'sandbox', ttlSeconds };
  const settings = readSettings(env);
  const profile = pairs.profile ?? env.ASHBY_PROFILE ?? settings.currentProfile ?? 'default';
  const baseUrl = pairs['base-url'] ?? env.ASHBY_BASE_URL ?? settings.profiles?.[profile]?.baseUrl ?? DEFAULT_BASE_URL;
  const safe = profile.replace(/[^A-Za-z0-9._-]/g, '_') || 'default';
  return { dir: join(root, safe), origin: baseUrl.replace(/\/+$/, ''), ttlSeconds };
}

export interface Cached {
  items: Entry[];
  stale: boolean;
}

/** The cache file of a kind, fresh or stale; undefined when missing, corrupt or of another origin. */
export function readCached(scope: Scope, kind: string): Cached | undefined {
  try {
    const file = JSON.parse(readFileSync(join(scope.dir, `${kind}.json`), 'utf8')) as { origin?: string; fetchedAt?: string; items?: Entry[] };
    if (file.origin !== scope.origin || !Array.isArray(file.items)) return undefined;
    const age = (Date.now() - Date.parse(String(file.fetchedAt))) / 1000;
    return { items: file.items, stale: !(age >= 0 && age < scope.ttlSeconds) };
  } catch {
    return undefined;
  }
}
