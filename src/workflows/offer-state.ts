// What this machine knows about offers that the API cannot tell: the offer form last handed out by
// offer.start (so values can be checked before anything is written) and the offer processes started
// here that have no offer yet (Ashby has no call that lists or cancels offer processes), kept in
// <config dir>/cache/<profile>/offer-state.json beside the name cache. Losing the file costs only a
// check before the first write; it never holds candidate data beyond application ids.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { cacheScope } from '../resolve/cache.js';

export interface OpenProcess {
  offerProcessId: string;
  startedAt: string;
}

export interface OfferState {
  origin?: string;
  profile?: string;
  form?: { definition: unknown; fetchedAt: string };
  processes: Record<string, OpenProcess>;
}

async function where(ctx: Context): Promise<{ file: string; dir: string; origin: string; profile?: string }> {
  const { dir, origin, profile } = await cacheScope(ctx);
  return { dir, origin, profile, file: join(dir, 'offer-state.json') };
}

export async function readOfferState(ctx: Context): Promise<OfferState> {
  const { file, origin, profile } = await where(ctx);
  try {
    const s = JSON.parse(await readFile(file, 'utf8')) as OfferState;
    // No profile: written by an earlier version, in what was this profile's folder then too.
    if (s.origin === origin && (s.profile === profile || s.profile === undefined) && s.processes && typeof s.processes === 'object') return s;
  } catch {
    // missing or unreadable: nothing known
  }
  return { origin, profile, processes: {} };
}

/** Applies a change and saves it (never in a dry run); a file that cannot be written is only logged. */
export async function updateOfferState(ctx: Context, change: (s: OfferState) => void): Promise<void> {
  if (ctx.opts.dryRun) return;
  const { file, dir, origin, profile } = await where(ctx);
  const s = await readOfferState(ctx);
  change(s);
  s.origin = origin;
  s.profile = profile;
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const tmp = join(dir, `.offer-state.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(s), { mode: 0o600 });
    await rename(tmp, file);
  } catch (err) {
    ctx.debug(`cannot write ${file}: ${String(err)}`);
  }
}
