// The slow half of live completion, run in a child process with the whole CLI (see live.ts): asks
// the API for the entries of a kind and prints them as JSON. Cached kinds go through the name
// cache of src/resolve (so the next TAB is served from disk); people are searched, and the ones
// found are kept a while in its recent people file (people.json) for the next TAB.
import type { Context } from '../context.js';
import type { Entry } from '../resolve/entry.js';
import { peopleAs, planIds } from './live.js';
import type { Pairs } from './scope.js';

type Rec = Record<string, unknown>;

function applyScope(ctx: Context, pairs: Pairs): void {
  if (pairs.profile) ctx.opts.profile = pairs.profile;
  if (pairs['base-url']) ctx.opts.baseUrl = pairs['base-url'];
  if (pairs.sandbox) ctx.opts.sandbox = true;
  ctx.opts.input = false; // a picker in a background child would wait forever
}

/**
 * Candidates whose name (or email, with an @) matches, as candidates or as their applications. The
 * people found are also kept in the recent people file (src/resolve/cache.ts), newest first, so
 * that the next TAB has them at once when the search is slow.
 */
async function searchPeople(ctx: Context, kind: string, cur: string): Promise<Entry[]> {
  const q = cur.trim();
  const env = await (await ctx.client()).call('candidate.search', q.includes('@') ? { email: q } : { name: q });
  const found = (Array.isArray(env.results) ? (env.results as Rec[]) : []).map((c): Entry => {
    const emails = Array.isArray(c.emailAddresses) ? (c.emailAddresses as Array<{ value?: string }>).map((e) => e.value) : [];
    const primary = (c.primaryEmailAddress as { value?: string } | undefined)?.value;
    const alt = [...new Set([primary, ...emails].filter((e): e is string => Boolean(e)))];
    const apps = Array.isArray(c.applicationIds) ? (c.applicationIds as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    return { id: String(c.id), name: String(c.name ?? ''), alt, ...(alt[0] ? { detail: alt[0] } : {}), meta: { applicationIds: apps } };
  });
  const { readCache, writeCache, PEOPLE, PEOPLE_MAX } = await import('../resolve/cache.js');
  const before = (await readCache(ctx, PEOPLE))?.items ?? [];
  const ids = new Set(found.map((p) => p.id));
  await writeCache(ctx, PEOPLE, [...found, ...before.filter((p) => !ids.has(p.id))].slice(0, PEOPLE_MAX));
  return peopleAs(kind, found);
}

export async function fetchEntries(ctx: Context, kind: string, cur: string, pairs: Pairs): Promise<Entry[]> {
  applyScope(ctx, pairs);
  const { CACHE_KINDS, Resolver, refresh, resolveApplication } = await import('../resolve/index.js');
  if (kind === 'candidate' || kind === 'application') return searchPeople(ctx, kind, cur);
  if (!(CACHE_KINDS as readonly string[]).includes(kind)) return [];
  const r = new Resolver(ctx);
  if (kind === 'stage' && (pairs.application || pairs.job)) {
    let plans: string[];
    if (pairs.application) {
      plans = [(await resolveApplication(r, pairs.application, { job: pairs.job, open: true })).currentInterviewStage.interviewPlanId];
    } else {
      await r.entries('job'); // so that a job given by id comes with its plans
      plans = planIds(await r.resolve('job', pairs.job));
    }
    const stages: Entry[] = [];
    for (const p of plans) stages.push(...(await r.planStages(p))); // one at a time: each rewrites the cache file
    return stages;
  }
  return refresh(ctx, kind as (typeof CACHE_KINDS)[number]);
}
