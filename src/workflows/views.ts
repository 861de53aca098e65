// Read-only views that gather what a recruiter looks at: `ashby candidate view WHO` (one screen:
// the candidate, each application, upcoming interviews, latest feedback, notes, files, tags) and
// `ashby job pipeline JOB` (counts per stage with the newest movers). `--web` opens the record in
// Ashby instead. Everything from Ashby is sanitised before it reaches the terminal.
import { spawn } from 'node:child_process';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { sanitizeCell } from '../io/sanitize.js';
import { readable } from '../io/output.js';
import { Resolver, resolveCandidate } from '../resolve/index.js';
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

export async function candidateDossier(ctx: Context, who: string): Promise<Dossier | undefined> {
  const r = new Resolver(ctx);
  const entry = await resolveCandidate(r, who, 'CANDIDATE');
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
    const stage = (a.currentInterviewStage ?? {}) as Rec;
    const history = (await client.call('application.listHistory', { applicationId: id })).results as Rec[] | undefined;
    const entered = [...(history ?? [])].reverse().find((h) => h.stageId === stage.id)?.enteredStageAt ?? a.updatedAt;
    const job = (a.job ?? {}) as Rec;
    applications.push({
      id: a.id,
      job: job.title,
      stage: stage.title,
      status: a.status,
      daysInStage: entered ? Math.max(0, Math.floor((now - Date.parse(str(entered))) / DAY)) : null,
      source: ((a.source ?? {}) as Rec).title ?? null,
      enteredStageAt: entered ?? null,
    });
    const schedules = (await listAll(ctx, 'interviewSchedule.list', { applicationId: id })) as Rec[];
    for (const s of schedules) {
      if (s.status === 'Cancelled') continue;
      for (const ev of (s.interviewEvents ?? []) as Rec[]) {
        if (Date.parse(str(ev.startTime)) < now) continue;
        const people = ((ev.interviewers ?? []) as Rec[]).map((u) => `${str(u.firstName)} ${str(u.lastName)}`.trim() || str(u.email));
        upcoming.push({ startTime: ev.startTime, interview: ((ev.interview ?? {}) as Rec).title ?? null, job: job.title, interviewers: people, applicationId: id });
      }
    }
    const fbs = (await listAll(ctx, 'applicationFeedback.list', { applicationId: id })) as Rec[];
    const last = fbs.sort((x, y) => Date.parse(str(y.submittedAt)) - Date.parse(str(x.submittedAt)))[0];
    if (last) {
      const by = (last.submittedByUser ?? {}) as Rec;
      const values = (last.submittedValues ?? {}) as Rec;
      const score = Object.values(values).find((v) => v && typeof v === 'object' && 'score' in (v as Rec)) as Rec | undefined;
      feedback.push({ submittedAt: last.submittedAt, by: `${str(by.firstName)} ${str(by.lastName)}`.trim() || null, job: job.title, score: score?.score ?? null, applicationId: id });
    }
  }
  upcoming.sort((x, y) => Date.parse(str(x.startTime)) - Date.parse(str(y.startTime)));
  const notesEnv = await client.call('candidate.listNotes', { candidateId: c.id, limit: 100 });
  const notes = ((notesEnv.results ?? []) as Rec[])
    .sort((x, y) => Date.parse(str(y.createdAt)) - Date.parse(str(x.createdAt)))
    .slice(0, 5)
    .map((n) => ({ createdAt: n.createdAt, author: `${str((n.author as Rec | undefined)?.firstName)} ${str((n.author as Rec | undefined)?.lastName)}`.trim() || null, content: n.content ?? null }));
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

/** The dossier as one screen of text (every value from Ashby made safe for the terminal). */
export function dossierText(d: Dossier, width = 100): string {
  const s = (v: unknown, w = 0) => sanitizeCell(str(v), w);
  const c = d.candidate;
  const email = str((c.primaryEmailAddress as Rec | undefined)?.value);
  const lines: string[] = [];
  lines.push(`${s(c.name)}${email ? ` <${s(email)}>` : ''}  ${s(c.id)}`);
  const about = [c.position && c.company ? `${s(c.position)} at ${s(c.company)}` : s(c.position || c.company), s(((c.location ?? {}) as Rec).locationSummary), s(((c.source ?? {}) as Rec).title)].filter(Boolean);
  if (about.length) lines.push(about.join(' · '));
  if (d.tags.length) lines.push(`Tags: ${d.tags.map((t) => s(t)).join(', ')}`);
  if (c.profileUrl) lines.push(`Profile: ${s(c.profileUrl)}`);
  const section = (title: string, rows: string[], empty: string) => {
    lines.push('', title);
    lines.push(...(rows.length ? rows.map((r) => `  ${r}`) : [`  ${empty}`]));
  };
  section(
    'Applications',
    d.applications.map((a) => `${s(a.job, 30)} — ${s(a.stage, 30)} (${s(a.status)}${a.daysInStage === null ? '' : `, ${a.daysInStage} d in stage`})${a.source ? `  source: ${s(a.source, 30)}` : ''}  ${s(a.id)}`),
    'none',
  );
  section(
    'Upcoming interviews',
    d.upcomingInterviews.map((i) => `${showTime(str(i.startTime))}  ${s(i.interview, 30)} (${s(i.job, 30)}) with ${(i.interviewers as string[]).map((x) => s(x)).join(', ')}`),
    'none',
  );
  section('Latest feedback', d.latestFeedback.map((f) => `${s(readable(f.submittedAt))}  ${s(f.job, 30)}  by ${s(f.by)}${f.score === null ? '' : `  score ${s(f.score)}`}`), 'none');
  section('Notes', d.notes.map((n) => `${s(readable(n.createdAt))}  ${s(n.author)}: ${s(n.content, Math.max(20, width - 40))}`), 'none');
  section('Files', d.files.map((f) => `${s(f.name)}${f.resume ? ' (resume)' : ''}  ${s(f.handle, 40)}`), 'none');
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

/** Opens a record's Ashby page in the browser ($BROWSER, else the system's opener), never via a shell. */
export function openInBrowser(ctx: Context, url: unknown): void {
  const u = str(url);
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new UsageError('this record has no Ashby link to open');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UsageError('this record has no Ashby link to open');
  const opener = ctx.env.BROWSER || (process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open');
  ctx.info(`Opening ${parsed.href} in your browser`);
  const child = spawn(opener, [parsed.href], { stdio: 'ignore', detached: true, shell: false });
  child.on('error', () => ctx.warn(`could not start ${opener}; open ${parsed.href} yourself (set BROWSER to choose a program)`));
  child.unref();
}
