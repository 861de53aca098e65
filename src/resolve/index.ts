// Name resolution for hand-made commands, and the name cache completion reads.
//
//   const r = new Resolver(ctx, { refreshCache });
//   const job = await r.resolve('job', 'Staff Engineer', { flag: '--job' });   // Entry {id, name, ...}
//   const stage = await r.stage(app.currentInterviewStage.interviewPlanId, 'Onsite');
//   const app = await resolveApplication(r, 'ada@example.com', { job: 'Staff Engineer' });
//
// For completion (no request unless asked):
//   readCache(ctx, kind)  -> {items: Entry[], fetchedAt, stale} | undefined   (kind: one of CACHE_KINDS)
//   refresh(ctx, kind)    -> Entry[]   lists the kind from the API and rewrites the cache file
// Entry.name is what to offer (job title, user name, stage title, reason text, ...); users also have
// their email in Entry.alt. Stage entries carry meta.interviewPlanId and meta.type.
export { CACHE_KINDS, KIND_NOUN, type CacheKind } from './kinds.js';
export { readCache, refresh, ttlSeconds, type CacheFile } from './cache.js';
export { isUuid, label, type Entry } from './entry.js';
export { Resolver, LookupNotFoundError, matchEntries, isPlaceholder, type ResolverOptions } from './resolver.js';
export { resolveApplication, resolveCandidate, applicationInfo, candidateWithEmail, describeApp, type AppInfo, type AppQuery } from './application.js';
