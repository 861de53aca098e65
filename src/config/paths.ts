// Where things are and which organisation a command talks to, decided once for everyone: the CLI
// (context.ts), `auth`, the name cache (resolve/cache.ts) and shell completion (completion/scope.ts),
// which must agree file for file. Kept free of heavy imports: completion loads it on every TAB.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_BASE_URL = 'https://api.ashbyhq.com';
const DEFAULT_TTL_SECONDS = 3600;

/** ASHBY_CONFIG_DIR, else the platform's config location. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.ASHBY_CONFIG_DIR) return env.ASHBY_CONFIG_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'ashby');
  if (process.platform === 'darwin') return join(env.HOME || homedir(), 'Library', 'Application Support', 'ashby');
  return join(env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config'), 'ashby');
}

/** The profile: --profile, else ASHBY_PROFILE, else the active one (`current`), else "default". */
export function chooseProfile(flag: string | undefined, env: NodeJS.ProcessEnv, current: string | undefined): string {
  return flag || env.ASHBY_PROFILE || current || 'default';
}

/** Whether the profile was named (by flag or environment) rather than taken as the active one. */
export function profileNamed(flag: string | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(flag || env.ASHBY_PROFILE);
}

/** The API base URL and where it came from: --base-url, ASHBY_BASE_URL, the profile's, the default. */
export function chooseBaseUrl(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  profile: { name: string; baseUrl?: string } | undefined,
): { baseUrl: string; source: string } {
  if (flag) return { baseUrl: flag, source: '--base-url' };
  if (env.ASHBY_BASE_URL) return { baseUrl: env.ASHBY_BASE_URL, source: 'ASHBY_BASE_URL' };
  if (profile?.baseUrl) return { baseUrl: profile.baseUrl, source: `profile ${profile.name}` };
  return { baseUrl: DEFAULT_BASE_URL, source: 'default' };
}

/** Seconds a name cache file stays fresh: ASHBY_CACHE_TTL (0 turns the cache off), default an hour. */
export function cacheTtlSeconds(env: NodeJS.ProcessEnv): number {
  const raw = env.ASHBY_CACHE_TTL;
  const n = raw === undefined || raw === '' ? DEFAULT_TTL_SECONDS : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_TTL_SECONDS;
}

/** The name cache of one organisation: its folder, and the origin its files must name. */
export function cacheScope(configDirPath: string, org: { sandbox: true } | { profile: string; baseUrl: string }): { dir: string; origin: string } {
  const root = join(configDirPath, 'cache');
  if ('sandbox' in org) return { dir: join(root, 'sandbox'), origin: 'sandbox' };
  const safe = org.profile.replace(/[^A-Za-z0-9._-]/g, '_') || 'default';
  return { dir: join(root, safe), origin: org.baseUrl.replace(/\/+$/, '') };
}
