// The local name cache: <config dir>/cache/<profile or "sandbox">/<kind>.json. It keeps
// organisation metadata (job titles, users, stages, reasons, sources, tags, interview types,
// templates, feedback forms), and one file of candidate data: people.json, the names, emails and
// application ids of the candidates that completion searches found most recently (at most
// PEOPLE_MAX), so that TAB can offer them while a new search is slow; only completion reads it, and
// only while it is fresh. A file is fresh for ASHBY_CACHE_TTL seconds (default 3600; 0 turns the
// cache off, people.json included) and is tied to the API base URL it was read from and the profile
// that read it.
//
// Completion reads it with readCache(ctx, kind) (never a request) and may call refresh(ctx, kind).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheScope, cacheTtlSeconds } from '../config/paths.js';
import type { Context } from '../context.js';
import type { Entry } from './entry.js';
import { CACHE_KINDS, FETCHERS, type CacheKind } from './kinds.js';

/** The completion's recent people (see above): not a kind the resolver knows. */
export const PEOPLE = 'people';
/** How many people it keeps, newest first. */
export const PEOPLE_MAX = 200;
type FileKind = CacheKind | typeof PEOPLE;

export interface CacheFile {
  kind: FileKind;
  /** Which organisation: the API base URL, or "sandbox". */
  origin: string;
  /** Which profile wrote it (none for the sandbox): see cacheScope in config/paths.ts. */
  profile?: string;
  fetchedAt: string;
  items: Entry[];
  /** Set by readCache: older than the TTL (still fine for completion, not for resolution). */
  stale?: boolean;
}

export function ttlSeconds(ctx: Context): number {
  return cacheTtlSeconds(ctx.env);
}

async function scope(ctx: Context): Promise<{ dir: string; origin: string; profile?: string }> {
  const cfg = await ctx.loadConfig();
  if (ctx.sandbox) return cacheScope(cfg.dir, { sandbox: true });
  const auth = await ctx.resolveAuth();
  return cacheScope(cfg.dir, { profile: auth.profile, baseUrl: auth.baseUrl });
}

function assertKind(kind: string): asserts kind is CacheKind {
  if (!(CACHE_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown cache kind ${kind}`);
}

/** What is on disk for this profile and kind, fresh or stale; undefined when there is nothing usable. */
export async function readCache(ctx: Context, kind: FileKind): Promise<CacheFile | undefined> {
  if (kind !== PEOPLE) assertKind(kind);
  const { dir, origin, profile } = await scope(ctx);
  let file: CacheFile;
  try {
    file = JSON.parse(await readFile(join(dir, `${kind}.json`), 'utf8')) as CacheFile;
  } catch {
    return undefined; // missing or corrupt: treated as empty, the next refresh rewrites it
  }
  if (file.origin !== origin || file.profile !== profile || !Array.isArray(file.items)) return undefined;
  const age = (Date.now() - Date.parse(file.fetchedAt)) / 1000;
  return { ...file, stale: !(age >= 0 && age < ttlSeconds(ctx)) };
}

export async function writeCache(ctx: Context, kind: FileKind, items: Entry[]): Promise<void> {
  // A dry run reads nothing real; an empty answer must not overwrite what we know.
  if (ctx.opts.dryRun || ttlSeconds(ctx) === 0) return;
  const { dir, origin, profile } = await scope(ctx);
  const file: CacheFile = { kind, origin, profile, fetchedAt: new Date().toISOString(), items };
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const tmp = join(dir, `.${kind}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(file), { mode: 0o600 });
    await rename(tmp, join(dir, `${kind}.json`));
  } catch (err) {
    ctx.debug(`cannot write the ${kind} cache: ${String(err)}`); // a cache is an optimisation, never a failure
  }
}

/** Lists the kind from the API now and stores it. */
export async function refresh(ctx: Context, kind: CacheKind): Promise<Entry[]> {
  assertKind(kind);
  const items = await FETCHERS[kind](ctx);
  await writeCache(ctx, kind, items);
  return items;
}

/** Where this organisation's cache files live, and which organisation it is (for other local state). */
export { scope as cacheScope };
