// Live values for completion. Served from the name cache on disk when it has them (a stale file
// is served too, and refreshed by a detached child for the next TAB). Anything the cache cannot
// answer (a cold cache, candidates, the stages of a named application) is asked of a child
// `ashby __complete fetch:<kind>` that talks to the API; the answer is used only if it comes
// within the budget, and the child finishes in the background otherwise (filling the cache).
// Candidates and applications are searched by what is typed; the people earlier searches found
// (the recent people file) are offered with the search's answer, and alone when it is late, so a
// slow network or a loaded machine still completes names after the first TAB.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactText } from '../api/redact.js';
import type { Entry } from '../resolve/entry.js';
import { CACHE_KINDS } from '../resolve/kinds.js';
import { candidates, type Candidate } from './match.js';
import { cacheScope, readCached, readSettings, type Cached, type Pairs, type Scope } from './scope.js';

/** How long TAB may wait for the API, in ms ("well under a second"). ASHBY_COMPLETE_BUDGET_MS overrides. */
export const DEFAULT_BUDGET_MS = 500;
/** People are searched by name, so only from this many typed characters (not the whole organisation). */
const MIN_SEARCH = 2;
/** A kind is refreshed in the background at most this often. */
const REFRESH_EVERY_MS = 60_000;

const isCachedKind = (kind: string) => (CACHE_KINDS as readonly string[]).includes(kind);
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The job a value on the line names, as the workflows' matchEntries finds it (by id or name
 * exactly, else a unique part of a name); not imported, as it would load fs/promises.
 */
function namedJob(jobs: Entry[], value: string): Entry | undefined {
  const q = norm(value);
  const names = (e: Entry) => [e.name, ...(e.alt ?? [])].map(norm);
  const exact = jobs.filter((e) => e.id === value.trim() || names(e).includes(q));
  const found = exact.length ? exact : jobs.filter((e) => names(e).some((n) => n.includes(q)));
  return found.length === 1 ? found[0] : undefined;
}

/** The interview plans of a job entry (from the job cache). */
export function planIds(job: Entry): string[] {
  const m = job.meta ?? {};
  return [m.defaultInterviewPlanId, ...(Array.isArray(m.interviewPlanIds) ? m.interviewPlanIds : [])].filter((x): x is string => typeof x === 'string');
}

/** What the cache alone can answer; undefined when it takes the API. */
function fromCache(scope: Scope, kind: string, pairs: Pairs): Cached | undefined {
  if (!isCachedKind(kind) || (kind === 'stage' && pairs.application)) return undefined;
  const all = readCached(scope, kind);
  if (!all || kind !== 'stage' || !pairs.job) return all;
  const jobs = readCached(scope, 'job');
  const job = jobs && namedJob(jobs.items, pairs.job);
  if (!job) return undefined;
  const plans = planIds(job);
  const items = all.items.filter((s) => plans.includes(String(s.meta?.interviewPlanId)));
  return items.length ? { items, stale: all.stale || Boolean(jobs?.stale) } : undefined;
}

function childArgs(kind: string, cur: string, pairs: Pairs): string[] {
  return [process.argv[1], '__complete', `fetch:${kind}`, cur, ...Object.entries(pairs).map(([k, v]) => `${k}=${v}`)];
}

/** Starts a detached refresh unless one started recently. */
async function refreshInBackground(scope: Scope, kind: string, pairs: Pairs, env: NodeJS.ProcessEnv): Promise<void> {
  const lock = join(scope.dir, `.${kind}.refreshing`);
  try {
    if (Date.now() - statSync(lock).mtimeMs < REFRESH_EVERY_MS) return;
  } catch {
    /* no refresh under way */
  }
  try {
    mkdirSync(scope.dir, { recursive: true, mode: 0o700 });
    writeFileSync(lock, String(process.pid));
    const { spawn } = await import('node:child_process'); // only now: it costs start-up time
    spawn(process.execPath, childArgs(kind, '', pairs), { detached: true, stdio: 'ignore', env }).unref();
  } catch {
    /* a refresh is an optimisation */
  }
}

/** Entries from a fetch child, or undefined when it fails or misses the budget (it then finishes alone). */
async function fetchWithin(budgetMs: number, kind: string, cur: string, pairs: Pairs, env: NodeJS.ProcessEnv): Promise<Entry[] | undefined> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, childArgs(kind, cur, pairs), { detached: true, stdio: ['ignore', 'pipe', 'ignore'], env });
    const give = (v: Entry[] | undefined) => {
      clearTimeout(timer);
      child.stdout.removeAllListeners();
      child.stdout.destroy();
      child.unref();
      resolve(v);
    };
    const timer = setTimeout(() => give(undefined), budgetMs);
    child.on('error', () => give(undefined));
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('close', (code) => {
      try {
        give(code === 0 ? (JSON.parse(out) as Entry[]) : undefined);
      } catch {
        give(undefined);
      }
    });
  });
}

function budget(env: NodeJS.ProcessEnv): number {
  const n = Number(env.ASHBY_COMPLETE_BUDGET_MS);
  return env.ASHBY_COMPLETE_BUDGET_MS && Number.isFinite(n) && n >= 0 ? n : DEFAULT_BUDGET_MS;
}

function profiles(env: NodeJS.ProcessEnv): Entry[] {
  // A base URL may carry a password (a proxy's): shown as every message shows it, redacted.
  return Object.entries(readSettings(env).profiles ?? {}).map(([name, p]) => ({ id: name, name, ...(p.baseUrl ? { detail: redactText(p.baseUrl, []) } : {}) }));
}

/** The recent people file's name (PEOPLE in src/resolve/cache.ts, not imported: it loads fs/promises). */
const PEOPLE = 'people';
const isPeople = (kind: string) => kind === 'candidate' || kind === 'application';

/** People (candidate entries with their applicationIds) as entries of `kind`: themselves, or one per application. */
export function peopleAs(kind: string, people: Entry[]): Entry[] {
  if (kind === 'candidate') return people.map(({ meta: _, ...p }) => p);
  return people.flatMap(({ meta, ...p }) => (Array.isArray(meta?.applicationIds) ? (meta.applicationIds as string[]) : []).map((id) => ({ ...p, id })));
}

/** Candidates or applications: the search's answer if it comes in time, with the recent people. */
async function peopleCandidates(scope: Scope, kind: string, wantId: boolean, cur: string, pairs: Pairs, env: NodeJS.ProcessEnv): Promise<Candidate[]> {
  const recent = readCached(scope, PEOPLE);
  const known = recent && !recent.stale && scope.ttlSeconds > 0 ? peopleAs(kind, recent.items) : [];
  const found = cur.trim().length >= MIN_SEARCH ? await fetchWithin(budget(env), kind, cur, pairs, env) : undefined;
  return candidates([...(found ?? []), ...known], kind, wantId, cur);
}

/** Candidates for a live value of `kind`; `wantId` when the flag takes ids. */
export async function liveCandidates(kind: string, wantId: boolean, cur: string, pairs: Pairs, env: NodeJS.ProcessEnv): Promise<Candidate[]> {
  if (kind === 'profile') return candidates(profiles(env), kind, false, cur);
  const scope = cacheScope(pairs, env);
  if (isPeople(kind)) return peopleCandidates(scope, kind, wantId, cur, pairs, env);
  const cached = fromCache(scope, kind, pairs);
  let items: Entry[] | undefined;
  if (cached) {
    items = cached.items;
    if (cached.stale) await refreshInBackground(scope, kind, pairs, env);
  } else if (isCachedKind(kind)) {
    items = await fetchWithin(budget(env), kind, cur, pairs, env);
    // Out of time for the stages of one job or application: every stage name is better than none.
    if (!items && kind === 'stage') items = readCached(scope, 'stage')?.items;
  }
  return candidates(items ?? [], kind, wantId, cur);
}
