// Read-only views that gather what a recruiter looks at: `ashby candidate view WHO` (one screen:
// the candidate, each application, upcoming interviews, latest feedback, notes, files, tags),
// `ashby app view`, `ashby job view` and `ashby job pipeline JOB` (counts per stage with the newest
// movers). `--web` opens the record in Ashby instead. Everything from Ashby is sanitised before it
// reaches the terminal.
import { spawn } from 'node:child_process';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { sanitizeCell } from '../io/sanitize.js';
import { readable } from '../io/output.js';
import { Resolver, resolveApplication, resolveCandidate } from '../resolve/index.js';
import { listAll } from '../resolve/kinds.js';
import { showTime } from './time.js';

type Rec = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const DAY = 86_400_000;

export interface Dossier {
  candidate: Rec;
  applications: Rec[];
  upcomingInterviews: Rec[];
  latestFeedback: Rec[];
  notes: Rec[];
  files: Rec[];
  tags: string[];
}

/** `name`: what the caller calls the candidate in messages (an MCP tool: its parameter). */
export async function candidateDossier(ctx: Context, who: string, name = 'CANDIDATE'): Promise<Dossier | undefined> {
  const r = new Resolver(ctx);
  const entry = await resolveCandidate(r, who, name);
  const client = await ctx.client();
  const info = await client.call('candidate.info', { id: entry.id });
  if (ctx.opts.dryRun) return undefined;
  const c = info.results as Rec;
  const applications: Rec[] = [];
  const upcoming: Rec[] = [];
  const feedback: Rec[] = [];
  const now = Date.now();
  for (const id of (c.applicationIds ?? []) as string[]) {
    const a = (await client.call('application.info', { applicationId: id })).results as Rec;
    const job = (a.job ?? {}) as Rec;
    applications.push(await applicationRow(ctx, a, now));
    const schedules = (await listAll(ctx, 'interviewSchedule.list', { applicationId: id })) as Rec[];
    for (const s of schedules) {
      if (s.status === 'Cancelled') continue;
      for (const ev of (s.interviewEvents ?? []) as Rec[]) {
        if (Date.parse(str(ev.startTime)) < now) continue;
        const people = ((ev.interviewers ?? []) as Rec[]).map((u) => `${str(u.firstName)} ${str(u.lastName)}`.trim() || str(u.email));
        upcoming.push({
          startTime: ev.startTime,
          interview: ((ev.interview ?? {}) as Rec).title ?? null,
          job: job.title,
          interviewers: people,
          applicationId: id,
        });
      }
    }
    const fbs = (await listAll(ctx, 'applicationFeedback.list', { applicationId: id })) as Rec[];
    const last = fbs.sort((x, y) => Date.parse(str(y.submittedAt)) - Date.parse(str(x.submittedAt)))[0];
    if (last) {
      const by = (last.submittedByUser ?? {}) as Rec;
      const values = (last.submittedValues ?? {}) as Rec;
      const score = Object.values(values).find((v) => v && typeof v === 'object' && 'score' in (v as Rec)) as Rec | undefined;
      feedback.push({
        submittedAt: last.submittedAt,
        by: `${str(by.firstName)} ${str(by.lastName)}`.trim() || null,
        job: job.title,
        score: score?.score ?? null,
        applicationId: id,
      });
    }
  }
  upcoming.sort((x, y) => Date.parse(str(x.startTime)) - Date.parse(str(y.startTime)));
  const notesEnv = await client.call('candidate.listNotes', { candidateId: c.id, limit: 100 });
  const notes = ((notesEnv.results ?? []) as Rec[])
    .sort((x, y) => Date.parse(str(y.createdAt)) - Date.parse(str(x.createdAt)))
    .slice(0, 5)
    .map((n) => ({
      createdAt: n.createdAt,
      author: `${str((n.author as Rec | undefined)?.firstName)} ${str((n.author as Rec | undefined)?.lastName)}`.trim() || null,
      content: n.content ?? null,
    }));
  const files = [...(c.resumeFileHandle ? [{ ...(c.resumeFileHandle as Rec), resume: true }] : []), ...((c.fileHandles ?? []) as Rec[])];
  const seen = new Set<string>();
  const uniqueFiles = files.filter((f) => !seen.has(str(f.handle)) && seen.add(str(f.handle)));
  return {
    candidate: c,
    applications,
    upcomingInterviews: upcoming,
    latestFeedback: feedback,
    notes,
    files: uniqueFiles.map((f) => ({ name: f.name ?? null, handle: f.handle ?? null, resume: f.resume === true })),
    tags: ((c.tags ?? []) as Rec[]).map((t) => str(t.title)),
  };
}

/** A candidate's Ashby link (`candidate view --web`), without gathering the whole dossier. */
export async function candidateLink(ctx: Context, who: string): Promise<unknown> {
  const entry = await resolveCandidate(new Resolver(ctx), who, 'CANDIDATE');
  const info = await (await ctx.client()).call('candidate.info', { id: entry.id });
  return ctx.opts.dryRun ? undefined : (info.results as Rec).profileUrl;
}

/** One application as the views show it: job, stage, status, days in its stage, source. */
async function applicationRow(ctx: Context, a: Rec, now: number): Promise<Rec> {
  const client = await ctx.client();
  const stage = (a.currentInterviewStage ?? {}) as Rec;
  const history = (await client.call('application.listHistory', { applicationId: a.id })).results as Rec[] | undefined;
  const entered = [...(history ?? [])].reverse().find((h) => h.stageId === stage.id)?.enteredStageAt ?? a.updatedAt;
  return {
    id: a.id,
    job: ((a.job ?? {}) as Rec).title,
    stage: stage.title,
    status: a.status,
    daysInStage: entered ? Math.max(0, Math.floor((now - Date.parse(str(entered))) / DAY)) : null,
    source: ((a.source ?? {}) as Rec).title ?? null,
    enteredStageAt: entered ?? null,
  };
}

/**
 * `ashby app view WHO`: one application (job, stage, status, days in stage, source, archive
 * reason) with its candidate and the candidate's Ashby link, where Ashby shows the application.
 */
export async function applicationView(ctx: Context, who: string, job?: string): Promise<Rec | undefined> {
  const app = await resolveApplication(new Resolver(ctx), who, { job, flag: 'APPLICATION' });
  const client = await ctx.client();
  const a = (await client.call('application.info', { applicationId: app.id })).results as Rec;
  const cand = (a.candidate ?? {}) as Rec;
  const c = (await client.call('candidate.info', { id: cand.id })).results as Rec;
  if (ctx.opts.dryRun) return undefined;
  return {
    ...(await applicationRow(ctx, a, Date.now())),
    candidate: { id: c.id, name: c.name, email: ((c.primaryEmailAddress ?? {}) as Rec).value ?? null },
    jobId: ((a.job ?? {}) as Rec).id ?? null,
    archiveReason: ((a.archiveReason ?? {}) as Rec).text ?? null,
    createdAt: a.createdAt ?? null,
    profileUrl: c.profileUrl ?? null,
  };
}

/** `ashby job view JOB`: the job with its hiring team, location and department by name, and its link. */
export async function jobView(ctx: Context, query: string): Promise<Rec | undefined> {
  const r = new Resolver(ctx);
  const job = await r.resolve('job', query, { flag: 'JOB' });
  const info = await (await ctx.client()).call('job.info', { id: job.id });
  if (ctx.opts.dryRun) return undefined;
  const j = info.results as Rec;
  const named = async (kind: 'location' | 'department', id: unknown) => (id ? ((await r.entries(kind)).items.find((e) => e.id === id)?.name ?? null) : null);
  return {
    id: j.id,
    title: j.title,
    status: j.status,
    employmentType: j.employmentType ?? null,
    location: await named('location', j.locationId),
    department: await named('department', j.departmentId),
    hiringTeam: ((j.hiringTeam ?? []) as Rec[]).map(
      (m) => `${`${str(m.firstName)} ${str(m.lastName)}`.trim() || str(m.email)}${m.role ? ` (${str(m.role)})` : ''}`,
    ),
    openedAt: j.openedAt ?? null,
    createdAt: j.createdAt ?? null,
    url: jobUrl(str(j.id)),
  };
}

/** The dossier as one screen of text (every value from Ashby made safe for the terminal); times in `zone` (ctx.timeZone) and UTC. */
export function dossierText(d: Dossier, width = 100, zone?: string): string {
  const s = (v: unknown, w = 0) => sanitizeCell(str(v), w);
  const c = d.candidate;
  const email = str((c.primaryEmailAddress as Rec | undefined)?.value);
  const lines: string[] = [];
  lines.push(`${s(c.name)}${email ? ` <${s(email)}>` : ''}  ${s(c.id)}`);
  const about = [
    c.position && c.company ? `${s(c.position)} at ${s(c.company)}` : s(c.position || c.company),
    s(((c.location ?? {}) as Rec).locationSummary),
    s(((c.source ?? {}) as Rec).title),
  ].filter(Boolean);
  if (about.length) lines.push(about.join(' · '));
  if (d.tags.length) lines.push(`Tags: ${d.tags.map((t) => s(t)).join(', ')}`);
  if (c.profileUrl) lines.push(`Profile: ${s(c.profileUrl)}`);
  const section = (title: string, rows: string[], empty: string) => {
    lines.push('', title);
    lines.push(...(rows.length ? rows.map((r) => `  ${r}`) : [`  ${empty}`]));
  };
  section(
    'Applications',
    d.applications.map(
      (a) =>
        `${s(a.job, 30)} — ${s(a.stage, 30)} (${s(a.status)}${a.daysInStage === null ? '' : `, ${a.daysInStage} d in stage`})${a.source ? `  source: ${s(a.source, 30)}` : ''}  ${s(a.id)}`,
    ),
    'none',
  );
  section(
    'Upcoming interviews',
    d.upcomingInterviews.map(
      (i) => `${showTime(str(i.startTime), zone)}  ${s(i.interview, 30)} (${s(i.job, 30)}) with ${(i.interviewers as string[]).map((x) => s(x)).join(', ')}`,
    ),
    'none',
  );
  section(
    'Latest feedback',
    d.latestFeedback.map((f) => `${s(readable(f.submittedAt))}  ${s(f.job, 30)}  by ${s(f.by)}${f.score === null ? '' : `  score ${s(f.score)}`}`),
    'none',
  );
  section(
    'Notes',
    d.notes.map((n) => `${s(readable(n.createdAt))}  ${s(n.author)}: ${s(n.content, Math.max(20, width - 40))}`),
    'none',
  );
  section(
    'Files',
    d.files.map((f) => `${s(f.name)}${f.resume ? ' (resume)' : ''}  ${s(f.handle, 40)}`),
    'none',
  );
  return `${lines.join('\n')}\n`;
}

export interface PipelineRow {
  stageId: string;
  stage: string;
  type: string;
  count: number;
  newest: Array<{ applicationId: string; candidate: string; since: string | null }>;
}

/** Counts per stage of the job's interview plan, in plan order, with the three newest arrivals. */
export async function jobPipeline(ctx: Context, query: string): Promise<{ job: Rec; stages: PipelineRow[] } | undefined> {
  const r = new Resolver(ctx);
  const job = await r.resolve('job', query, { flag: 'JOB' });
  const client = await ctx.client();
  const info = await client.call('job.info', { id: job.id });
  if (ctx.opts.dryRun) return undefined;
  const j = info.results as Rec;
  const planId = str(j.defaultInterviewPlanId ?? ((j.interviewPlanIds ?? []) as string[])[0]);
  const stages = planId ? await r.planStages(planId) : [];
  const apps = (await listAll(ctx, 'application.list', { jobId: job.id })) as Rec[];
  const rows = new Map<string, PipelineRow>(stages.map((st) => [st.id, { stageId: st.id, stage: st.name, type: str(st.meta?.type), count: 0, newest: [] }]));
  const movers = new Map<string, Rec[]>();
  for (const a of apps) {
    const st = (a.currentInterviewStage ?? {}) as Rec;
    const id = str(st.id);
    if (!rows.has(id)) rows.set(id, { stageId: id, stage: str(st.title), type: str(st.type), count: 0, newest: [] });
    rows.get(id)!.count++;
    movers.set(id, [...(movers.get(id) ?? []), a]);
  }
  for (const [id, list] of movers) {
    rows.get(id)!.newest = list
      .sort((x, y) => Date.parse(str(y.updatedAt)) - Date.parse(str(x.updatedAt)))
      .slice(0, 3)
      .map((a) => ({ applicationId: str(a.id), candidate: str(((a.candidate ?? {}) as Rec).name), since: (a.updatedAt as string | undefined) ?? null }));
  }
  return { job: { id: j.id, title: j.title, status: j.status }, stages: [...rows.values()] };
}

/** Where Ashby's own web app lives: a record's link is opened only when it points there. */
const APP_HOST = 'app.ashbyhq.com';

/** A job's page in Ashby (the API gives jobs no link of their own). */
export function jobUrl(id: string): string {
  return `https://${APP_HOST}/jobs/${encodeURIComponent(id)}`;
}

/**
 * A record's Ashby link, checked: https, on Ashby's app host (or another *.ashbyhq.com host), no
 * user or password. The link comes from Ashby's data, so anything else is refused rather than
 * handed to a browser; the sandbox's records carry links of the same form.
 */
export function ashbyLink(url: unknown): URL {
  let u: URL | undefined;
  try {
    u = new URL(str(url));
  } catch {
    u = undefined;
  }
  if (!u) throw new UsageError('this record has no Ashby link to open');
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:' || u.username || u.password || !(host === APP_HOST || host.endsWith('.ashbyhq.com'))) {
    throw new UsageError(`not opening ${sanitizeCell(u.href, 100)}: a record's link must be https on ${APP_HOST}`);
  }
  return u;
}

/** The program that opens links: $BROWSER, else the system's; undefined where there is none (a
 *  Linux session without a display, e.g. over ssh). */
function opener(ctx: Context): string | undefined {
  if (ctx.env.BROWSER) return ctx.env.BROWSER;
  if (process.platform === 'darwin') return 'open';
  if (process.platform === 'win32') return 'explorer';
  return ctx.env.DISPLAY || ctx.env.WAYLAND_DISPLAY ? 'xdg-open' : undefined;
}

/**
 * `--web`: opens a record's Ashby page in the browser on a terminal, as gh does; off a terminal, or
 * where no program can open it, prints the link on stdout instead (for a script, or to click). The
 * link is checked first (ashbyLink) and the opener is started without a shell.
 */
export async function openInBrowser(ctx: Context, url: unknown): Promise<void> {
  const link = ashbyLink(url).href;
  const printLink = async () => {
    const { writeAll } = await import('../io/streams.js');
    await writeAll(ctx.io.stdout, `${link}\n`);
  };
  const program = ctx.io.stdout.isTTY ? opener(ctx) : undefined;
  if (!program) {
    if (ctx.io.stdout.isTTY) ctx.info('No browser to open it with (set BROWSER to choose a program); the link:');
    return printLink();
  }
  const child = spawn(program, [link], { stdio: 'ignore', detached: true, shell: false });
  const started = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) {
    ctx.warn(`could not start ${program} (set BROWSER to choose a program); the link:`);
    return printLink();
  }
  ctx.info(`Opening ${link} in your browser`);
  child.unref();
}
