// Where things are and which organisation a command talks to, decided once for everyone: the CLI
// (context.ts), `auth`, the name cache (resolve/cache.ts) and shell completion (completion/scope.ts),
// which must agree file for file. Kept free of heavy imports: completion loads it on every TAB.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { quoteName, sanitizeText } from '../io/sanitize.js';

export const DEFAULT_BASE_URL = 'https://api.ashbyhq.com';
const DEFAULT_TTL_SECONDS = 3600;

/**
 * HOME, else the user's home in the system's user list. A container run as a user id that list
 * does not have, with HOME unset, has neither: Node's own error for that says nothing useful.
 */
export function homeDir(env: NodeJS.ProcessEnv): string {
  if (env.HOME) return env.HOME;
  try {
    return homedir();
  } catch {
    throw new UsageError('cannot tell where your home folder is: HOME is not set, and this user has none in the system', {
      hint: 'set HOME, or ASHBY_CONFIG_DIR to the folder ashby keeps its files in',
    });
  }
}

/** ASHBY_CONFIG_DIR, else the platform's config location. */
export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.ASHBY_CONFIG_DIR) return env.ASHBY_CONFIG_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'ashby');
  if (process.platform === 'darwin') return join(homeDir(env), 'Library', 'Application Support', 'ashby');
  return join(env.XDG_CONFIG_HOME || join(homeDir(env), '.config'), 'ashby');
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

/** What a profile's folders were called before profileFolder: other characters became `_`, so
 *  `a b` and `a_b` shared one. Only for finding a mirror made then (mirror/db.ts). */
export function legacyProfileFolder(profile: string): string {
  return profile.replace(/[^A-Za-z0-9._-]/g, '_') || 'default';
}

// Not starting with a dot (hidden, or `..`), nor ending in one: Windows drops dots at the end of a
// name, so `acme.` would be `acme`'s folder there.
const PLAIN = /^[A-Za-z0-9_-]([A-Za-z0-9._-]*[A-Za-z0-9_-])?$/;
// The sandbox's own folder, and the names Windows keeps for devices (with any extension).
const RESERVED = /^(sandbox|con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.|$)/i;
const MAX_FOLDER = 120;

/**
 * The folder (and mirror file) name of a profile: one per name, never a path. A plain name is
 * itself, as it always was. Anything else is escaped, `%XX` for each UTF-8 byte of a character
 * outside letters, digits, `_`, `-` and `.` (a leading or trailing dot too), and for the first
 * letter of a reserved name ("sandbox", Windows' "con", "nul", ...): `%` never appears in a plain name, so two
 * names never share a folder. A very long name is cut and ends in a hash of the whole.
 * Names differing only in case still share a folder where the file system ignores case (macOS,
 * Windows): `auth login` refuses a new profile that would (caseTwin), `doctor` warns of two stored
 * ones that do, and the mirror and the cache record their profile and refuse or ignore another's.
 */
export function profileFolder(profile: string): string {
  if (PLAIN.test(profile) && !RESERVED.test(profile) && profile.length <= MAX_FOLDER) return profile;
  let out = '';
  const chars = [...profile];
  for (const [i, ch] of chars.entries()) {
    const plain = /[A-Za-z0-9_-]/.test(ch) || (ch === '.' && i > 0 && i < chars.length - 1);
    out += plain && !(i === 0 && RESERVED.test(profile)) ? ch : escapeChar(ch);
  }
  if (!out) return '%'; // no profile is called "" (the default is "default"), but never the folder itself
  if (out.length <= MAX_FOLDER) return out;
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `${out.slice(0, MAX_FOLDER - 20)}~${createHash('sha256').update(profile).digest('hex').slice(0, 16)}`;
}

/**
 * The first of `names` (stored profiles) other than `profile` whose folder is `profile`'s where
 * the file system ignores letter case (macOS, Windows): `Acme` and `acme`, which would share one
 * name cache, mirror, offer state and remembered reports there.
 */
export function caseTwin(profile: string, names: Iterable<string>): string | undefined {
  const folded = profileFolder(profile).toLowerCase();
  for (const n of names) if (n !== profile && profileFolder(n).toLowerCase() === folded) return n;
  return undefined;
}

/**
 * A profile named by `--profile` or ASHBY_PROFILE that is not stored while a stored one differs from
 * it only in letter case (`Prod` for `prod`): bad input, as a profile that does not exist is for
 * the AWS CLI, never quietly a profile of its own. With ASHBY_API_KEY set it would otherwise run as
 * `Prod`, whose folder on macOS and Windows is `prod`'s (its mirror, offer state and reports).
 */
export function refuseUnstoredCaseTwin(profile: string, stored: Iterable<string>, via: 'flag' | 'env' | 'switch'): void {
  const twin = caseTwin(profile, stored);
  if (twin === undefined) return;
  const use = { flag: `--profile ${quoteName(twin)}`, env: `ASHBY_PROFILE=${quoteName(twin)}`, switch: `ashby auth switch ${quoteName(twin)}` }[via];
  throw new UsageError(`no profile named ${quoteName(profile)}; the stored profile ${quoteName(twin)} differs from it only in letter case`, {
    hint: `profile names are case-sensitive: use ${use}`,
  });
}

/**
 * A profile that is not stored may not be used, as the AWS CLI refuses a profile it does not have:
 * its name would still choose a folder (the mirror, cached names, offer state, reports) of its own.
 * `--profile NAME` must name a stored profile, ASHBY_API_KEY or not: a typed name that is not there
 * is most likely a typo. ASHBY_PROFILE may name one that is not stored when ASHBY_API_KEY is set:
 * a CI job keeps its key only in the environment and names it so, to give each organisation its
 * own mirror and caches. "default", used when nothing names a profile, needs no stored profile.
 */
export function refuseUnstoredProfile(profile: string, stored: Iterable<string>, via: 'flag' | 'env', envKey: boolean): void {
  const names = [...stored].sort();
  refuseUnstoredCaseTwin(profile, names, via);
  if (via === 'env' && envKey) return;
  const list = names.length ? `stored profiles: ${names.map((n) => sanitizeText(n)).join(', ')}` : 'no profile is stored';
  const login = 'run `ashby auth login --profile NAME` to store one';
  throw new UsageError(`no profile named ${quoteName(profile)} (${via === 'flag' ? '--profile' : 'ASHBY_PROFILE'}); ${list}`, {
    hint:
      via === 'env'
        ? `${login}, or unset ASHBY_PROFILE (with ASHBY_API_KEY set, ASHBY_PROFILE may name a profile that is not stored)`
        : envKey
          ? `${login}; to run ASHBY_API_KEY under a name that is not stored (a mirror and caches of its own), set ASHBY_PROFILE instead of --profile`
          : login,
  });
}

/**
 * The active profile (config.json's currentProfile) is not stored: config.json was edited by hand,
 * or an older ashby's `auth logout` left it behind. Never another profile in its place (it may be
 * another organisation's): the error says how to choose, or how to store it again.
 */
export function activeProfileGone(active: string, stored: Iterable<string>, configFile: string): UsageError {
  const names = [...stored].sort();
  const fixes = [
    ...(names.length ? [`\`ashby auth switch NAME\` makes a stored one active (${names.map((n) => sanitizeText(n)).join(', ')})`] : []),
    `\`ashby auth login\` stores ${quoteName(active)} again`,
    '`ashby auth logout` stops naming it active',
  ];
  return new UsageError(`the active profile ${quoteName(active)} is not stored: ${configFile} names it, but it was logged out or removed`, {
    hint: fixes.join('; '),
  });
}

// A lone surrogate is written as U+FFFD's bytes, as in any UTF-8 text.
const escapeChar = (ch: string) => [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** The name cache of one organisation: its folder, the origin its files must name, and (for a
 *  profile) the profile they must name: on a file system that ignores case, `Acme` and `acme`
 *  share a folder, and neither reads the other's names. */
export function cacheScope(
  configDirPath: string,
  org: { sandbox: true } | { profile: string; baseUrl: string },
): { dir: string; origin: string; profile?: string } {
  const root = join(configDirPath, 'cache');
  if ('sandbox' in org) return { dir: join(root, 'sandbox'), origin: 'sandbox' };
  return { dir: join(root, profileFolder(org.profile)), origin: org.baseUrl.replace(/\/+$/, ''), profile: org.profile };
}
