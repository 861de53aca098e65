// `ashby candidate add`: create a candidate, upload a resume, apply to a job, tag, add a note, in
// one command. Every name is resolved and the resume file checked before anything is created; then
// each step is reported. A failed step after the candidate exists does not stop the others, and
// nothing is retried: the exit is non-zero and the output says which steps failed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { CliError, ExitCode, UsageError } from '../errors.js';
import { homeDir } from '../config/paths.js';
import { openForUpload } from '../files/local-file.js';
import { Resolver, type CacheKind, type Entry } from '../resolve/index.js';
import { BatchLookups } from '../bulk/lookups.js';
import { NotSentError } from '../bulk/scheduler.js';
import type { HandSpec } from '../bulk/hand.js';
import { confirmStep, requireFlags, validateWith } from './guards.js';
import { done, failed, scriptHint } from './report.js';
import { idFrom, isDry } from './envelope.js';
import { sanitizeCell } from '../io/sanitize.js';

export interface CandidateAddOptions {
  name?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  job?: string;
  source?: string;
  tag: string[];
  note?: string;
  resume?: string;
  allowDuplicate?: boolean;
  refreshCache?: boolean;
}

export interface StepResult {
  step: string;
  ok: boolean;
  error?: string;
}

export interface CandidateAddResult {
  candidate: unknown;
  application: unknown;
  steps: StepResult[];
}

type Rec = Record<string, unknown>;

export async function addCandidate(ctx: Context, o: CandidateAddOptions): Promise<{ result?: CandidateAddResult; failure?: CliError }> {
  requireFlags(ctx, 'candidate add', [['--name', o.name]]);
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const wizard = !o.name;
  if (wizard) o = { ...o, ...(await ask(ctx, r, o)) };
  const plan = await planCandidate(ctx, o, (kind, query, flag) => r.resolve(kind, query, { flag }));
  const { job, source, tags } = plan;
  if (wizard) {
    ctx.info(`\nAbout to create the candidate ${o.name}${o.email ? ` <${o.email}>` : ''}`);
    if (o.resume) ctx.info(`  with the resume ${o.resume}`);
    if (job) ctx.info(`  applying to ${job.name}`);
    if (tags.length) ctx.info(`  tagged ${tags.map((t) => t.name).join(', ')}`);
    if (o.note) ctx.info('  with a note');
    await confirmStep(ctx, 'Create this candidate?', 'candidate add');
  }
  const out = await createCandidate(ctx, plan);
  if (wizard) {
    const args = ['candidate', 'add', '--name', o.name!];
    if (o.email) args.push('--email', o.email);
    if (o.allowDuplicate) args.push('--allow-duplicate');
    if (o.phone) args.push('--phone', o.phone);
    if (job) args.push('--job', await r.forScript('job', job));
    if (source) args.push('--source', await r.forScript('source', source));
    for (const t of tags) args.push('--tag', await r.forScript('tag', t));
    if (o.note) args.push('--note', o.note);
    if (o.resume) args.push('--resume', o.resume);
    scriptHint(ctx, args);
  }
  return out;
}

/** Everything a new candidate names, looked up, and the checks that need no write: only the writes are left. */
interface CandidatePlan {
  o: CandidateAddOptions;
  job?: Entry;
  source?: Entry;
  tags: Entry[];
}

type Lookup = (kind: CacheKind, query: string, flag: string) => Promise<Entry>;

/** The email and resume checked, the job, source and tags looked up, and no candidate with the email yet (reads only). */
async function planCandidate(ctx: Context, o: CandidateAddOptions, resolve: Lookup): Promise<CandidatePlan> {
  // Spaces around an email (a CSV cell, a paste) are not part of it: searched for and stored without them.
  if (o.email !== undefined) o = { ...o, email: o.email.trim() || undefined };
  if (o.email) checkEmail(o.email, '--email ');
  if (o.resume) await (await openForUpload(o.resume)).handle.close();
  const job = o.job ? await resolve('job', o.job, '--job') : undefined;
  const source = o.source ? await resolve('source', o.source, '--source') : undefined;
  const tags: Entry[] = [];
  for (const t of o.tag) tags.push(await resolve('tag', t, '--tag'));
  if (o.email && !o.allowDuplicate) {
    const same = await sameEmail(ctx, o.email);
    if (same.length) {
      throw new UsageError(`a candidate with the email ${o.email} already exists: ${same.map((c) => `${sanitizeCell(String(c.name))} (${c.id})`).join(', ')}`, {
        hint: 'pass --allow-duplicate to create another one anyway',
      });
    }
  }
  return { o, job, source, tags };
}

/** The candidates Ashby has with this email (none in a dry run, which reads nothing). */
async function sameEmail(ctx: Context, email: string): Promise<Rec[]> {
  const env = await (await ctx.client()).call('candidate.search', { email });
  return Array.isArray(env.results) ? (env.results as Rec[]) : [];
}

/** The writes: the candidate, then each further step, reported one by one and never retried. */
async function createCandidate(ctx: Context, { o, job, source, tags }: CandidatePlan): Promise<{ result?: CandidateAddResult; failure?: CliError }> {
  const client = await ctx.client();
  const body: Rec = { name: o.name };
  if (o.email) body.email = o.email;
  if (o.phone) body.phoneNumber = o.phone;
  if (o.linkedin) body.linkedInUrl = o.linkedin;
  if (source) body.sourceId = source.id;
  const created = await client.call('candidate.create', body);
  const candidateId = idFrom(created, 'candidate');
  let candidate = created.results as Rec | null;
  if (!isDry(created)) done(ctx, `created the candidate ${o.name} (${candidateId})`);
  let application: unknown = null;
  const steps: StepResult[] = [{ step: 'create candidate', ok: true }];
  const failures: CliError[] = [];
  const step = async (name: string, fn: () => Promise<string | undefined>) => {
    try {
      const msg = await fn();
      steps.push({ step: name, ok: true });
      if (msg && !ctx.opts.dryRun) done(ctx, msg);
    } catch (err) {
      // A batch stopped (Ctrl-C) leaves this step unsent, not the candidate uncreated: reported as a failed step.
      if (ctx.signal.aborted && !(err instanceof NotSentError)) throw err;
      const e = err as CliError;
      steps.push({ step: name, ok: false, error: e.message });
      failed(ctx, `${name}: ${e.message}`);
      failures.push(e);
    }
  };
  if (o.resume) {
    await step('upload resume', async () => {
      const { uploadFile } = await import('../files/upload.js');
      const up = await uploadFile(ctx, { path: o.resume!, context: 'CandidateResume' });
      const env = await client.call('candidate.uploadResume', { candidateId, resumeHandle: up.handle });
      if (!isDry(env)) candidate = env.results as Rec;
      return `uploaded the resume ${up.filename}`;
    });
  }
  if (job) {
    await step(`apply to ${job.name}`, async () => {
      const env = await client.call('application.create', { candidateId, jobId: job.id, ...(source ? { sourceId: source.id } : {}) });
      application = env.results;
      return `applied to ${job.name} (${idFrom(env, 'application')})`;
    });
  }
  for (const t of tags) {
    await step(`tag ${t.name}`, async () => {
      const env = await client.call('candidate.addTag', { candidateId, tagId: t.id });
      if (!isDry(env)) candidate = env.results as Rec;
      return `tagged ${t.name}`;
    });
  }
  if (o.note) {
    await step('add note', async () => {
      await client.call('candidate.createNote', { candidateId, note: o.note });
      return 'added the note';
    });
  }
  if (isDry(created)) return {};
  const result = { candidate, application, steps };
  if (!failures.length) return { result };
  const codes = new Set(failures.map((e) => e.exitCode ?? ExitCode.other));
  const failure = new CliError(`the candidate was created, but ${failures.length} of ${steps.length} steps failed`, {
    hint: `finish them by hand for candidate ${candidateId}; nothing was retried`,
  });
  failure.exitCode = codes.size === 1 ? [...codes][0] : ExitCode.other;
  return { result, failure };
}

/**
 * `candidate add --from`: every record's email and resume checked and its job, source and tags
 * looked up (each name once per batch), and no candidate with its email (nor an earlier record of
 * the batch with the same one), before the first candidate is created. The creation and its later
 * steps stay the write: a step that fails after the candidate exists is reported as partly applied.
 */
export function addBatch(): HandSpec<CandidatePlan> {
  const look = new BatchLookups();
  const emails = new Set<string>();
  return {
    required: ['name'],
    async prepare(v, io) {
      const o = { ...v, tag: (v.tag as string[] | undefined) ?? [] } as CandidateAddOptions;
      // Before any await, so records claim their email in input order.
      const email = o.email?.trim().toLowerCase();
      if (email && !o.allowDuplicate) {
        if (emails.has(email))
          throw new UsageError(`another record of this batch also adds a candidate with the email ${o.email}`, {
            hint: 'give each email once, or add allow-duplicate to the record',
          });
        emails.add(email);
      }
      look.resolver(io, o.refreshCache);
      return planCandidate(io.ctx, o, (kind, query, flag) => look.resolve(io, kind, query, { flag }));
    },
    async execute(p, io) {
      const { result, failure } = await createCandidate(io.ctx, p);
      // The candidate exists: the batch row says so, with the steps that were done (bulk/engine.ts).
      if (failure) throw Object.assign(failure, { partial: result });
      return result;
    },
    label: (_v, p) => `${p.o.name}${p.o.email ? ` <${p.o.email}>` : ''}${p.job ? `, applying to ${p.job.name}` : ''}`,
  };
}

/** The wizard's questions, for whatever the flags left open. */
async function ask(ctx: Context, r: Resolver, o: CandidateAddOptions): Promise<Partial<CandidateAddOptions>> {
  const p = await ctx.prompter();
  const optional = async (q: string, v: string | undefined, parse: (s: string) => unknown = () => {}) =>
    v ?? ((await p.input(`${q} (optional)`, { validate: validateWith(parse, true) })).trim() || undefined);
  const name = (await p.input('Name', { validate: validateWith(() => {}) })).trim();
  const email = await optional('Email', o.email, checkEmail);
  // Asked now, not after every other question: the answer decides whether to go on at all.
  let allowDuplicate = o.allowDuplicate;
  if (email && !allowDuplicate) {
    const same = await sameEmail(ctx, email.trim());
    if (same.length) {
      ctx.warn(`a candidate with the email ${email.trim()} already exists: ${same.map((c) => `${c.name} (${c.id})`).join(', ')}`);
      if (!(await p.confirm('Add another candidate with this email anyway?', false)))
        throw new UsageError('cancelled: nothing was changed', { hint: `\`ashby candidate view ${email.trim()}\` shows the one there is` });
      allowDuplicate = true;
    }
  }
  const phone = await optional('Phone', o.phone);
  const job = o.job ?? (await r.choose('job', 'Apply to a job?', { none: '(none)' }))?.id;
  const source = o.source ?? (await r.choose('source', 'Source?', { none: '(none)' }))?.id;
  let tag = o.tag;
  if (!tag.length) {
    const tags = (await r.entries('tag')).items.filter((e) => !e.archived);
    if (tags.length)
      tag = await p.checkbox(
        'Tags',
        tags.map((t) => ({ name: t.name, value: t.id })),
        // An organisation's tags run to hundreds, as its users do: found by typing, as interviewers are.
        { search: true },
      );
  }
  const note = await optional('Note', o.note);
  const typed = await optional('Resume file', o.resume, (s) => checkFile(typedPath(ctx, s)));
  const resume = typed === undefined || o.resume ? typed : typedPath(ctx, typed);
  return { name, email, phone, job, source, tag, note, resume, allowDuplicate };
}

function checkEmail(s: string, what = ''): void {
  if (!/^[^@\s]+@[^@\s]+$/.test(s.trim())) throw new UsageError(`${what}"${s}" is not an email address`);
}

/**
 * A path typed at a prompt, read as a shell would have read it on the command line: no shell sees
 * it here, yet people type `~/cv.pdf`, and a file dropped onto a terminal arrives quoted
 * (`'/home/me/My CV.pdf' `) or with its spaces escaped (`/Users/me/My\ CV.pdf`).
 */
function typedPath(ctx: Context, s: string): string {
  let p = s.trim();
  const quoted = /^'([^']*)'$/.exec(p) ?? /^"([^"]*)"$/.exec(p);
  if (quoted) p = quoted[1];
  // Windows paths keep their backslashes: there they separate folders.
  else if (process.platform !== 'win32') p = p.replace(/\\([^A-Za-z0-9])/g, '$1');
  if (p === '~' || p.startsWith('~/')) p = join(homeDir(ctx.env), p.slice(1));
  return p;
}

/** Early, friendly check in the prompt; openForUpload checks again (and better) before the upload. */
function checkFile(path: string): void {
  const st = statSync(path.trim(), { throwIfNoEntry: false });
  if (!st?.isFile()) throw new UsageError(`no such file: ${path.trim()}`);
}
