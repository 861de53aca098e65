// Candidates and applications as people name them: an application id, or the candidate's email or
// name (plus --job when the candidate has several applications). Looked up live every time:
// candidate data is never cached.
import { ApiError, UsageError } from '../errors.js';
import { quoteName, sanitizeCell } from '../io/sanitize.js';
import { shellQuote } from '../workflows/report.js';
import { idOrText, isUuid, type Entry } from './entry.js';
import { LookupNotFoundError, matchEntries, type Resolver } from './resolver.js';

export interface AppInfo {
  id: string;
  status: string;
  candidate: { id: string; name: string; primaryEmailAddress?: { value: string } };
  job: { id: string; title: string };
  currentInterviewStage: { id: string; title: string; type: string; interviewPlanId: string };
  [k: string]: unknown;
}

type Rec = Record<string, unknown>;

/**
 * "name — job (status, stage)" on one line: a line break in data must not start a line of its own.
 * `email`: "name <email> — …", for the line a confirmation shows, where two namesakes must not look alike.
 */
export function describeApp(a: AppInfo, opts: { email?: boolean } = {}): string {
  const stage = a.currentInterviewStage?.title;
  const who = opts.email ? candidateWithEmail(a) : (a.candidate?.name ?? a.id);
  return sanitizeCell(`${who} — ${a.job?.title ?? '?'} (${[a.status, stage].filter(Boolean).join(', ')})`);
}

/** The candidate's name and, when the record has one, primary email: "Ada Lovelace <ada@example.com>". */
export function candidateWithEmail(a: Pick<AppInfo, 'id' | 'candidate'>): string {
  const name = a.candidate?.name ?? a.id;
  const email = a.candidate?.primaryEmailAddress?.value;
  return sanitizeCell(typeof email === 'string' && email ? `${name} <${email}>` : name);
}

function candidateEntry(c: Rec): Entry {
  const email = (c.primaryEmailAddress as { value?: string } | undefined)?.value;
  const emails = Array.isArray(c.emailAddresses) ? (c.emailAddresses as Array<{ value: string }>).map((e) => e.value) : [];
  return {
    id: String(c.id),
    name: String(c.name ?? ''),
    alt: [...new Set([email, ...emails].filter((x): x is string => Boolean(x)))],
    detail: email,
    meta: { applicationIds: Array.isArray(c.applicationIds) ? c.applicationIds : [] },
  };
}

/** A candidate by id, email or name. */
export async function resolveCandidate(r: Resolver, query: string, flag = '--candidate', strict = false): Promise<Entry> {
  const q = idOrText(query.trim());
  // A search for nothing: Ashby refuses it, so it is bad input here, before anything is sent.
  if (!q) throw new UsageError(`${flag}: empty value`, { hint: "give the candidate's email, name or id" });
  const client = await r.ctx.client();
  if (isUuid(q)) {
    const env = await client.call('candidate.info', { id: q });
    return env.results ? candidateEntry(env.results as Rec) : { id: q, name: q, meta: { applicationIds: [] } };
  }
  const byEmail = q.includes('@');
  const env = await client.call('candidate.search', byEmail ? { email: q } : { name: q });
  if ((env as { dryRun?: boolean }).dryRun) return { id: `<candidate:${q}>`, name: q, meta: { applicationIds: [] } };
  const found = (Array.isArray(env.results) ? (env.results as Rec[]) : []).map(candidateEntry);
  const part = q.split(/\s+/)[0];
  if (!found.length && !byEmail && part !== q) {
    // A name with a slip in it ("Ada Ritchey") finds nobody: a search by part of it finds them.
    // The command shown for copying: what a shell would expand inside "…" is single-quoted instead.
    const arg = /^[^"$`\\!']*$/.test(part) ? `"${part}"` : shellQuote(part);
    const search = r.ctx.suggest(`ashby candidate search ${arg}`, { tool: 'search_candidates', args: { query: part } });
    throw new LookupNotFoundError(`no candidate matches ${quoteName(q)}`, `check the value of ${flag}, or look for part of the name: ${search}`);
  }
  const { matches, exact } = matchEntries(found, q);
  // The API's own search may match more loosely than we do; what it found still counts.
  return r.one('candidate', q, matches.length ? matches : found, exact || byEmail, flag, undefined, strict);
}

export async function applicationInfo(r: Resolver, id: string): Promise<AppInfo> {
  const env = await (await r.ctx.client()).call('application.info', { applicationId: id });
  if (!env.results) return dryApp(id);
  return env.results as AppInfo;
}

/** What a dry run knows about an application it could not read. */
function dryApp(id: string): AppInfo {
  return {
    id,
    status: 'Active',
    candidate: { id: `<candidate of ${id}>`, name: id },
    job: { id: `<job of ${id}>`, title: '?' },
    currentInterviewStage: { id: '<current stage>', title: '?', type: '?', interviewPlanId: `<interviewPlan of ${id}>` },
  };
}

export interface AppQuery {
  /** Job title or id narrowing a candidate's applications. */
  job?: string;
  /** Prefer applications still in process over archived or hired ones. */
  open?: boolean;
  /** How the value was given, for messages: "--application", "APPLICATION", ... */
  flag?: string;
  /** The flag that narrows by job, for hints (default --job; null: the command has none). */
  jobFlag?: string | null;
  /** Act on a candidate name only when it matches exactly (commands that change things). */
  strict?: boolean;
}

/** An application by id, or by its candidate (email or name) and optionally the job. */
export async function resolveApplication(r: Resolver, query: string, q: AppQuery = {}): Promise<AppInfo> {
  const flag = q.flag ?? '--application';
  query = idOrText(query);
  if (!query.trim()) throw new UsageError(`${flag}: empty value`, { hint: "give the application's id, or its candidate's email or name" });
  if (isUuid(query)) {
    let app: AppInfo | undefined;
    try {
      app = await applicationInfo(r, query.trim());
    } catch (err) {
      // An id might be the candidate's rather than the application's: people copy either.
      if (!(err instanceof ApiError) || !err.code.endsWith('not_found')) throw err;
    }
    // A job given beside an application's id must be its job: otherwise one of the two is a slip.
    if (app && q.job && !r.dryRun && !matchEntries([{ id: app.job.id, name: app.job.title }], q.job).matches.length)
      throw new LookupNotFoundError(
        `application ${app.id} (${app.candidate.name}) is for ${app.job.title}, not a job matching "${q.job}"`,
        q.jobFlag === null ? undefined : `drop ${q.jobFlag ?? '--job'}, or give the application for that job`,
      );
    if (app) return app;
  }
  const cand = await resolveCandidate(r, query, flag, q.strict).catch((err: unknown) => {
    if (isUuid(query) && err instanceof ApiError && err.code.endsWith('not_found'))
      throw new LookupNotFoundError(`no application or candidate has the id ${query.trim()}`);
    throw err;
  });
  const ids = (cand.meta?.applicationIds as string[] | undefined) ?? [];
  if (r.dryRun && !ids.length) return dryApp(`<application of ${query}${q.job ? ` for ${q.job}` : ''}>`);
  let apps: AppInfo[] = [];
  for (const id of ids) apps.push(await applicationInfo(r, id));
  if (!apps.length) throw new LookupNotFoundError(`${sanitizeCell(cand.name)} has no applications`);
  if (q.job) {
    const jobs = matchEntries(
      apps.map((a) => ({ id: a.job.id, name: a.job.title })),
      q.job,
    ).matches.map((e) => e.id);
    const forJob = apps.filter((a) => jobs.includes(a.job.id));
    if (!forJob.length) {
      throw new LookupNotFoundError(
        `${sanitizeCell(cand.name)} has no application for a job matching ${quoteName(q.job)}`,
        `their applications: ${apps.map((a) => sanitizeCell(a.job.title)).join(', ')}`,
      );
    }
    apps = forJob;
  }
  if (q.open && apps.length > 1) {
    const open = apps.filter((a) => a.status !== 'Archived' && a.status !== 'Hired');
    if (open.length) apps = open;
  }
  if (apps.length === 1) return apps[0];
  const entries = apps.map((a) => ({
    id: a.id,
    name: `${cand.name} — ${a.job.title}`,
    detail: [a.status, a.currentInterviewStage?.title].filter(Boolean).join(', '),
  }));
  // Applications to one job are told apart only by their ids: --job would match them all again.
  const oneJob = apps.every((a) => a.job?.id === apps[0].job?.id);
  // Jobs of one title (a role posted in two places): their title matches them all again, their ids do not.
  const oneTitle = apps.every((a) => a.job?.title?.toLowerCase() === apps[0].job?.title?.toLowerCase());
  const hint = oneJob
    ? `${apps.length === 2 ? 'both are' : 'all are'} for ${sanitizeCell(apps[0].job?.title ?? 'one job')}: pass the application id`
    : q.jobFlag === null
      ? 'pass the application id'
      : oneTitle
        ? `their jobs share the title "${sanitizeCell(apps[0].job.title)}": pass the application id, or ${q.jobFlag ?? '--job'} with the job's id`
        : `add ${jobWords(q.jobFlag)} to choose one, or pass the application id`;
  const picked = await r.one('application', query, entries, true, flag, hint);
  return apps.find((a) => a.id === picked.id)!;
}

/** The job option as a hint names it: the CLI's flag with its value (`--job JOB`), or a tool's parameter. */
function jobWords(flag = '--job'): string {
  return flag.startsWith('-') ? `${flag} JOB` : `${flag} (the job's title)`;
}
