// Where the name cache of the organisation on the line lives, worked out without a Context: the
// completion process must not load conf, the API client, or even child_process and fs/promises
// (each costs ~10 ms at start-up). The rules themselves (config dir, profile and base URL
// precedence, cache folder and origin, TTL) are src/config/paths.ts, shared with the CLI;
// readCached mirrors readCache() in src/resolve/cache.ts, which reads through a Context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheScope as scopeOf, cacheTtlSeconds, chooseBaseUrl, chooseProfile, configDir } from '../config/paths.js';
import type { Entry } from '../resolve/entry.js';

/** NAME=VALUE words from the line: profile, base-url, sandbox, and kinds such as job=... */
export type Pairs = Record<string, string>;

export interface Scope {
  dir: string;
  origin: string;
  profile?: string;
  ttlSeconds: number;
}

export { configDir };

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
  const ttlSeconds = cacheTtlSeconds(env);
  if (pairs.sandbox || env.ASHBY_SANDBOX === '1') return { ...scopeOf(configDir(env), { sandbox: true }), ttlSeconds };
  const settings = readSettings(env);
  const profile = chooseProfile(pairs.profile, env, settings.currentProfile);
  const { baseUrl } = chooseBaseUrl(pairs['base-url'], env, { name: profile, baseUrl: settings.profiles?.[profile]?.baseUrl });
  return { ...scopeOf(configDir(env), { profile, baseUrl }), ttlSeconds };
}

export interface Cached {
  items: Entry[];
  stale: boolean;
}

/** The cache file of a kind, fresh or stale; undefined when missing, corrupt, or of another origin or profile. */
export function readCached(scope: Scope, kind: string): Cached | undefined {
  try {
    const file = JSON.parse(readFileSync(join(scope.dir, `${kind}.json`), 'utf8')) as {
      origin?: string;
      profile?: string;
      fetchedAt?: string;
      items?: Entry[];
    };
    if (file.origin !== scope.origin || file.profile !== scope.profile || !Array.isArray(file.items)) return undefined;
    const age = (Date.now() - Date.parse(String(file.fetchedAt))) / 1000;
    return { items: file.items, stale: !(age >= 0 && age < scope.ttlSeconds) };
  } catch {
    return undefined;
  }
}
