// Moving an application: to a stage of its plan by name (`app stage`), to the plan's Hired stage
// (`app hire`), or to another job (`app transfer`).
import type { Context } from '../context.js';
import { ApiError, UsageError } from '../errors.js';
import { isUnsafeText, sanitizeCell } from '../io/sanitize.js';
import { Resolver, describeApp, isPlaceholder, type AppInfo, type Entry } from '../resolve/index.js';
import { confirmStep, requireConfirmable, requireFlags } from './guards.js';
import { done, scriptHint } from './report.js';
import { isDry } from './envelope.js';
import { pickApplication } from './pick.js';
import type { HandSpec } from '../bulk/hand.js';
import { BatchLookups, appTarget } from '../bulk/lookups.js';

export interface MoveOptions {
  application?: string;
  job?: string;
  stage?: string;
  refreshCache?: boolean;
  /** What the caller calls these options in messages (an MCP tool: its parameters); the CLI's flags when absent. */
  names?: Partial<Record<'application' | 'job' | 'stage', string>>;
  /** Told the application and the stage just before the move is sent (an MCP tool's dryRun names them). */
  beforeMove?: (app: AppInfo, stage: Entry) => void;
}

type Rec = Record<string, unknown>;
const typeOf = (s: Entry) => String(s.meta?.type ?? '');
const HIRE_NOTE = 'Hiring fills an opening and ends the process for this application; it is not easily undone.';

export async function moveToStage(ctx: Context, o: MoveOptions): Promise<unknown> {
  const name = { application: 'APPLICATION', job: '--job', stage: '--stage', ...o.names };
  requireFlags(ctx, 'app stage', [
    ['APPLICATION', o.application],
    ['--stage', o.stage],
  ]);
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = await pickApplication(ctx, r, o.application, { job: o.job, flag: name.application, jobFlag: name.job });
  const planId = app.currentInterviewStage.interviewPlanId;
  let stage: Entry;
  if (o.stage) stage = await r.stage(planId, o.stage, name.stage);
  else {
    const stages = (await r.planStages(planId)).filter((s) => typeOf(s) !== 'Archived');
    stage = await r.pick(`Move ${app.candidate.name} to which stage? (now: ${app.currentInterviewStage.title})`, stages);
  }
  notTheArchive(ctx, app, stage);
  if (stage.id === app.currentInterviewStage.id) {
    ctx.info(`${describeApp(app)} is already in "${stage.name}"`);
    return app;
  }
  const leaving = leavingNote(app);
  if (leaving && typeOf(stage) !== 'Hired') {
    requireConfirmable(ctx, `moving an application out of ${app.status}`);
    ctx.info(`About to move ${describeApp(app, { email: true })} to "${stage.name}". ${leaving}`);
    await confirmStep(ctx, `Move it out of ${app.status}?`, `moving an application out of ${app.status}`);
  }
  if (typeOf(stage) === 'Hired') {
    requireConfirmable(ctx, 'moving to a Hired stage');
    ctx.info(`About to move ${describeApp(app, { email: true })} to "${stage.name}". ${hireNote(app)}`);
    await confirmStep(ctx, 'Mark as hired?', 'moving to a Hired stage');
  }
  o.beforeMove?.(app, stage);
  const result = await changeStage(ctx, app, stage);
  if (prompted || !o.stage) scriptHint(ctx, ['app', 'stage', app.id, '--stage', stageArg(stage), ...(typeOf(stage) === 'Hired' || leaving ? ['--yes'] : [])]);
  return result;
}

/** A stage as a script hint names it: by its name, or by its id when the hint cannot show the name as it is (see Resolver.forScript). */
const stageArg = (s: Entry) => (isUnsafeText(s.name) ? s.id : s.name);

function notTheArchive(ctx: Context, app: AppInfo, stage: Entry): void {
  if (typeOf(stage) === 'Archived') {
    const archive = ctx.suggest(`ashby app archive ${app.id} --reason REASON`, {
      tool: 'archive_applications',
      args: { applications: [app.id], reason: 'REASON' },
    });
    throw new UsageError(`"${sanitizeCell(stage.name)}" is the archive stage`, { hint: `archiving needs a reason: ${archive}` });
  }
}

/** What leaving Hired or Archived undoes, or undefined for an application in process. */
function leavingNote(app: AppInfo): string | undefined {
  const status = app.status || app.currentInterviewStage?.type;
  if (status === 'Hired') return 'This reverses the hire: the application is active again and no longer counts as a hire.';
  if (status === 'Archived') return 'This reopens the archived application: it becomes active again and its archive reason is cleared.';
  return undefined;
}

/** What a hire means, and for an archived application that it leaves the archive (as app stage out of it says). */
function hireNote(app: AppInfo): string {
  const status = app.status || app.currentInterviewStage?.type;
  if (status !== 'Archived') return HIRE_NOTE;
  const text = (app.archiveReason as { text?: unknown } | undefined)?.text;
  const reason = typeof text === 'string' && text ? ` (reason: "${sanitizeCell(text)}")` : '';
  return `${HIRE_NOTE} It is archived now${reason}: hiring takes it out of the archive and clears that reason.`;
}

export async function hire(ctx: Context, o: MoveOptions): Promise<unknown> {
  const name = { application: 'APPLICATION', job: '--job', ...o.names };
  requireFlags(ctx, 'app hire', [['APPLICATION', o.application]]);
  requireConfirmable(ctx, 'app hire');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = await pickApplication(ctx, r, o.application, { job: o.job, flag: name.application, jobFlag: name.job });
  if (app.status === 'Hired') {
    ctx.info(`${describeApp(app)} is already hired`);
    return app;
  }
  const stage = await r.stageOfType(app.currentInterviewStage.interviewPlanId, 'Hired');
  ctx.info(`About to mark ${describeApp(app, { email: true })} as hired (stage "${stage.name}"). ${hireNote(app)}`);
  await confirmStep(ctx, 'Mark as hired?', 'app hire');
  const result = await changeStage(ctx, app, stage);
  if (prompted) scriptHint(ctx, ['app', 'hire', app.id, '--yes']);
  return result;
}

async function changeStage(ctx: Context, app: AppInfo, stage: Entry): Promise<unknown> {
  const client = await ctx.client();
  try {
    const env = await client.call('application.changeStage', { applicationId: app.id, interviewStageId: stage.id });
    if (isDry(env)) return undefined;
    done(ctx, `moved ${app.candidate.name} (${app.job.title}) from "${app.currentInterviewStage.title}" to "${stage.name}"`);
    return env.results;
  } catch (err) {
    if (err instanceof ApiError && typeOf(stage) === 'Hired') err.hint ??= HIRE_HINTS[err.code];
    throw err;
  }
}

/** What to do about the refusals a move to a Hired stage can meet. */
const HIRE_HINTS: Record<string, string> = {
  opening_in_use: 'the opening is already taken by another application: free it or attach another opening to the job',
  opening_state_invalid: 'the opening is not open: reopen it or attach an open one to the job',
  invalid_input: 'a move to Hired can need an approved offer or an open opening to fill; nothing was changed',
};

export interface TransferOptions extends MoveOptions {
  /** The job the application is on now, when the candidate has several (--job is the target). */
  from?: string;
  startAutomaticActivities?: boolean;
}

/** `app transfer`: to another job's interview plan, at a stage by name or the plan's first stage. */
export async function transfer(ctx: Context, o: TransferOptions): Promise<unknown> {
  requireFlags(ctx, 'app transfer', [
    ['APPLICATION', o.application],
    ['--job', o.job],
  ]);
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = await pickApplication(ctx, r, o.application, { job: o.from, flag: 'APPLICATION', jobFlag: '--from-job' });
  let wizard = prompted;
  let job: Entry;
  if (o.job) job = await r.resolve('job', o.job, { flag: '--job' });
  else {
    wizard = true;
    job = (await r.choose('job', `Transfer ${app.candidate.name} to which job?`, { filter: (j) => j.id !== app.job.id }))!;
  }
  notOnJob(app, job);
  const planId = await interviewPlanOf(ctx, job);
  const all = await r.planStages(planId);
  const stages = all.filter(canEnter);
  let stage: Entry;
  if (o.stage) stage = await r.stage(planId, o.stage);
  else if (wizard && stages.length) stage = await r.pick('Into which stage?', stages);
  else {
    stage = firstStage(job, planId, all);
    if (!isPlaceholder(stage.id)) ctx.info(`into the first stage of its plan, "${stage.name}" (choose another with --stage)`);
  }
  // A transfer takes a hired or archived application back into process, as app stage out of them does.
  const leaving = leavingNote(app);
  if (leaving) {
    requireConfirmable(ctx, `transferring an application out of ${app.status}`);
    ctx.info(`About to transfer ${describeApp(app, { email: true })} to ${job.name} ("${stage.name}"). ${leaving}`);
    await confirmStep(ctx, `Transfer it out of ${app.status}?`, `transferring an application out of ${app.status}`);
  }
  const env = await (await ctx.client()).call('application.transfer', transferBody(app, job, planId, stage, o.startAutomaticActivities));
  if (isDry(env)) return undefined;
  done(ctx, `transferred ${app.candidate.name} from ${app.job.title} to ${job.name} ("${stage.name}")`);
  if (wizard) scriptHint(ctx, ['app', 'transfer', app.id, '--job', await r.forScript('job', job), '--stage', stageArg(stage), ...(leaving ? ['--yes'] : [])]);
  return env.results;
}

const canEnter = (s: Entry) => !['Archived', 'Hired'].includes(typeOf(s));

function notOnJob(app: AppInfo, job: Entry): void {
  if (job.id === app.job.id) throw new UsageError(`${describeApp(app)} is already on that job`, { hint: 'to change its stage: ashby app stage' });
}

/** The first stage of the plan a transfer can go into; a placeholder in a dry run that could not read the plan. */
function firstStage(job: Entry, planId: string, stages: Entry[]): Entry {
  const open = stages.filter(canEnter);
  if (open.length) return open[0];
  if (isPlaceholder(planId)) return { id: '<first stage of the plan>', name: 'first stage' };
  throw new UsageError(`the interview plan of ${sanitizeCell(job.name)} has no stage to transfer into`);
}

function transferBody(app: AppInfo, job: Entry, planId: string, stage: Entry, startAutomaticActivities?: boolean): Rec {
  const body: Rec = { applicationId: app.id, jobId: job.id, interviewPlanId: planId, interviewStageId: stage.id };
  if (startAutomaticActivities !== undefined) body.startAutomaticActivities = startAutomaticActivities;
  return body;
}

/** A job's interview plan: from the cached job list when it has it, else job.info. */
async function interviewPlanOf(ctx: Context, job: Entry): Promise<string> {
  const known = (job.meta?.defaultInterviewPlanId ?? (job.meta?.interviewPlanIds as string[] | undefined)?.[0]) as string | undefined;
  if (known) return known;
  const env = await (await ctx.client()).call('job.info', { id: job.id });
  if (isDry(env)) return `<interviewPlan of ${job.name}>`;
  const j = env.results as Rec;
  const plan = (j.defaultInterviewPlanId ?? (j.interviewPlanIds as string[] | undefined)?.[0]) as string | undefined;
  if (!plan) throw new UsageError(`the job ${sanitizeCell(job.name)} has no interview plan to transfer into`);
  return plan;
}

// ---- batches (--from): every record's look-ups first, then the moves ---------------------------

interface MovePlan {
  app: AppInfo;
  /** Where it goes; none when it is there already. */
  stage?: Entry;
  /** What the move undoes (leaving Hired or Archived). */
  leaving?: string;
}

const moveLabel = (p: MovePlan) => `${describeApp(p.app)} → ${p.stage ? `"${p.stage.name}"` : '(already there: left as it is)'}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `app stage --from`: each application and its stage (within its own plan) looked up before any move. */
export function stageBatch(): HandSpec<MovePlan> {
  const look = new BatchLookups();
  return {
    required: ['application', 'stage'],
    async prepare(v, io) {
      const app = await look.recordApplication(io, v, { open: true });
      const stage = await look.stage(io, app.currentInterviewStage.interviewPlanId, String(v.stage), '--stage');
      notTheArchive(io.ctx, app, stage);
      if (stage.id === app.currentInterviewStage.id) return { app };
      return { app, stage, leaving: typeOf(stage) === 'Hired' ? undefined : leavingNote(app) };
    },
    execute: async (p, io) => (p.stage ? changeStage(io.ctx, p.app, p.stage) : p.app),
    label: (_v, p) => moveLabel(p),
    target: appTarget,
    // As app stage asks alone before these moves (and app hire --from needs --yes).
    needsYes(plans) {
      if (plans.some((p) => p.stage && typeOf(p.stage) === 'Hired')) return 'a batch moving applications to a Hired stage';
      if (plans.some((p) => p.leaving)) return 'a batch moving applications out of Hired or Archived';
      return undefined;
    },
    effects(plans) {
      const lines: string[] = [];
      const hired = plans.filter((p) => p.stage && typeOf(p.stage) === 'Hired').length;
      if (hired) lines.push(`${plural(hired, 'application goes', 'applications go')} to a Hired stage: a hire fills an opening and is not easily undone.`);
      const back = plans.filter((p) => p.leaving).length;
      if (back) lines.push(`${plural(back, 'application leaves', 'applications leave')} Hired or Archived: a hire is reversed, an archived one reopened.`);
      return lines;
    },
  };
}

/** `app hire --from`: each application and its plan's Hired stage looked up before any move. */
export function hireBatch(): HandSpec<MovePlan> {
  const look = new BatchLookups();
  return {
    required: ['application'],
    destructive: true,
    async prepare(v, io) {
      const app = await look.recordApplication(io, v, { open: true });
      if (app.status === 'Hired') return { app };
      return { app, stage: await look.stageOfType(io, app.currentInterviewStage.interviewPlanId, 'Hired') };
    },
    execute: async (p, io) => (p.stage ? changeStage(io.ctx, p.app, p.stage) : p.app),
    label: (_v, p) => moveLabel(p),
    target: appTarget,
    effects: () => ['Hiring fills an opening and ends the process for each application; it is not easily undone.'],
  };
}

interface TransferPlan {
  app: AppInfo;
  job: Entry;
  planId: string;
  stage: Entry;
  startAutomaticActivities?: boolean;
  /** What the transfer undoes (leaving Hired or Archived). */
  leaving?: string;
}

/** `app transfer --from`: each application, target job, its plan and stage looked up before any transfer. */
export function transferBatch(): HandSpec<TransferPlan> {
  const look = new BatchLookups();
  return {
    required: ['application', 'job'],
    async prepare(v, io) {
      const app = await look.recordApplication(io, v, { open: true, jobKey: 'fromJob', jobFlag: '--from-job' });
      const job = await look.resolve(io, 'job', String(v.job), { flag: '--job' });
      notOnJob(app, job);
      const planId = await look.once(`job plan\0${job.id}`, () => interviewPlanOf(io.ctx, job));
      const stage = v.stage ? await look.stage(io, planId, String(v.stage), '--stage') : firstStage(job, planId, await look.stages(io, planId));
      return { app, job, planId, stage, startAutomaticActivities: v.startAutomaticActivities as boolean | undefined, leaving: leavingNote(app) };
    },
    async execute(p, io) {
      return (await io.call('application.transfer', transferBody(p.app, p.job, p.planId, p.stage, p.startAutomaticActivities))).results;
    },
    label: (_v, p) => `${describeApp(p.app)} → ${p.job.name} ("${p.stage.name}")`,
    target: appTarget,
    // As app transfer asks alone before these transfers.
    needsYes: (plans) => (plans.some((p) => p.leaving) ? 'a batch transferring applications out of Hired or Archived' : undefined),
    effects(plans) {
      const lines = plans.some((p) => p.startAutomaticActivities) ? ["The new stages' automatic activities run (they may email candidates)."] : [];
      const back = plans.filter((p) => p.leaving).length;
      if (back) lines.push(`${plural(back, 'application leaves', 'applications leave')} Hired or Archived: a hire is reversed, an archived one reopened.`);
      return lines;
    },
  };
}
