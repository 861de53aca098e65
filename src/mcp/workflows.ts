// The hand-made workflows as tools: they take what a person says (a candidate's email or name, a
// job title, a stage or archive reason by name) and look the ids up with the same Resolver as the
// CLI's commands. Those that archive, hire or make offers need `confirm: true`; without it they run
// up to the first change, send nothing, and describe what they would do.
import { describeApp, type AppInfo } from '../resolve/index.js';
import { sanitizeCell } from '../io/sanitize.js';
import { NeedsConfirmation, PreviewStop, type CallContext } from './call-context.js';
import { MAX_LIST } from './catalog-tools.js';
import { errorResult, textResult, type ToolResult } from './results.js';
import type { Annotations } from './safety.js';
import type { ObjectSchema } from './schema.js';
import { checkArgs, confirmParam, DRY_RUN_PARAM, inCall, page, previewResult, type ToolDef, type ToolEnv } from './tool.js';

type Args = Record<string, unknown>;

/** A batch in which some items failed: answered with every item's outcome, as a tool error. */
class PartialResult {
  constructor(
    readonly message: string,
    readonly outcomes: unknown[],
  ) {}
}
type Rec = Record<string, unknown>;

const APPLICATION = { type: 'string', description: "the application: its id, or the candidate's email address or name" };
const JOB = { type: 'string', description: 'the job title (or id), when the candidate has applications for several jobs' };

/** Shared checks name these parameters in their messages, not the CLI's flags (--stage, --send-at). */
const NAMES = {
  application: 'application',
  applications: 'applications',
  job: 'job',
  stage: 'stage',
  reason: 'reason',
  emailTemplate: 'emailTemplate',
  sendAt: 'sendAt',
  note: 'note',
  approve: 'approve',
  answers: 'answers',
  offerProcess: 'offerProcess',
};

const READ: Annotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const GATED: Annotations = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false };

/**
 * Runs a workflow in a call context. `gated`: always needs confirm (without it: a preview that stops
 * at the first write); 'ask': confirm only when the workflow itself asks (a move into Hired), and
 * `dryRun: true` previews as an unconfirmed gated call does.
 */
function run(
  env: ToolEnv,
  tool: string,
  args: Args,
  gated: boolean | 'ask',
  effect: string | undefined,
  fn: (ctx: CallContext) => Promise<unknown>,
): Promise<ToolResult> {
  const confirmed = args.confirm === true;
  const dryRun = gated === 'ask' && args.dryRun === true;
  return inCall(
    env,
    { confirmed, preview: (gated === true && !confirmed) || dryRun, dryRun },
    async (ctx) => {
      const value = await fn(ctx);
      if (value instanceof PartialResult)
        return textResult({ error: { code: 'partial', message: value.message }, outcomes: value.outcomes, notes: ctx.flushNotes() }, ctx.redact, true);
      return { result: value };
    },
    (err, ctx) => {
      const stop = err instanceof PreviewStop ? err : ctx.signal.reason instanceof PreviewStop ? (ctx.signal.reason as PreviewStop) : undefined;
      if (!stop && !(err instanceof NeedsConfirmation)) return undefined;
      // The question a terminal would ask ("Mark as hired?") is not for the assistant to answer: toProceed says what to do.
      const said = [...ctx.flushNotes(), ...(effect ? [effect] : [])];
      // A dry run that met a confirmation stops there: the next step is confirm: true.
      return previewResult(ctx, tool, said, stop ? { endpoint: stop.endpoint, body: stop.body } : undefined, dryRun && Boolean(stop));
    },
  );
}

/** An application as an assistant needs it: who, which job, where it stands. */
function appSummary(a: AppInfo): Rec {
  return {
    id: a.id,
    status: a.status,
    candidate: { id: a.candidate?.id, name: a.candidate?.name },
    job: { id: a.job?.id, title: a.job?.title },
    stage: a.currentInterviewStage ? { id: a.currentInterviewStage.id, title: a.currentInterviewStage.title, type: a.currentInterviewStage.type } : undefined,
    archiveReason: (a.archiveReason as Rec | undefined)?.text,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function candidateSummary(c: Rec): Rec {
  return {
    id: c.id,
    name: c.name,
    email: (c.primaryEmailAddress as Rec | undefined)?.value,
    phone: (c.primaryPhoneNumber as Rec | undefined)?.value,
    position: c.position,
    company: c.company,
    applicationIds: c.applicationIds,
  };
}

function tool(def: Omit<ToolDef, 'run' | 'annotations'> & { annotations: Annotations; run: (args: Args, env: ToolEnv) => Promise<ToolResult> }): ToolDef {
  return {
    ...def,
    run: async (args, env) => {
      try {
        checkArgs(args, def.inputSchema, def.name);
      } catch (err) {
        return errorResult(err, (s) => s);
      }
      return def.run(args, env);
    },
  };
}

export function workflowTools(): ToolDef[] {
  const searchSchema: ObjectSchema = {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'an email address, or a name or part of one' },
      offset: { type: 'integer', minimum: 0, description: 'skip this many candidates (to continue a cut answer)' },
    },
    required: ['query'],
  };
  const viewSchema: ObjectSchema = {
    type: 'object',
    properties: { candidate: { type: 'string', description: "the candidate's email address, name or id" } },
    required: ['candidate'],
  };
  const moveSchema: ObjectSchema = {
    type: 'object',
    properties: {
      application: APPLICATION,
      job: JOB,
      stage: { type: 'string', description: "the stage's name (or id) within the application's interview plan" },
      confirm: confirmParam('needed only to move into a Hired stage, which hires the candidate, or out of Hired or Archived, which reopens the application'),
      dryRun: DRY_RUN_PARAM,
    },
    required: ['application', 'stage'],
  };
  const archiveSchema: ObjectSchema = {
    type: 'object',
    properties: {
      applications: { type: 'array', items: { type: 'string' }, minItems: 1, description: "applications: ids, or candidates' emails or names" },
      reason: { type: 'string', description: 'the archive reason, by its text or id' },
      job: JOB,
      emailTemplate: { type: 'string', description: 'email the candidates this communication template (title or id); no email without it' },
      sendAt: { type: 'string', description: "when to send that email, ISO 8601 (default: Ashby's, the next morning)" },
      confirm: confirmParam('archiving takes the candidates out of the process and can email them'),
    },
    required: ['applications', 'reason'],
  };
  const hireSchema: ObjectSchema = {
    type: 'object',
    properties: { application: APPLICATION, job: JOB, confirm: confirmParam('hiring fills an opening and ends the process; it is not easily undone') },
    required: ['application'],
  };
  const offerSchema: ObjectSchema = {
    type: 'object',
    properties: {
      application: APPLICATION,
      job: JOB,
      answers: {
        type: 'object',
        additionalProperties: true,
        description:
          'offer form values by field title or path, e.g. {"Base salary": "150000 USD", "Start date": "2030-09-01"}; text as is, numbers, dates YYYY-MM-DD, currency "AMOUNT CODE", selects by label, yes/no',
      },
      approve: { type: 'boolean', description: 'start the approval process once the offer is created (default false)' },
      note: { type: 'string', description: 'a note for the approvers (with approve)' },
      offerProcess: {
        type: 'string',
        description: 'the id of an open offer process to continue (one started here is found on its own; an error names it when Ashby does)',
      },
      confirm: confirmParam('this prepares an offer for the candidate'),
    },
    required: ['application', 'answers'],
  };

  return [
    tool({
      name: 'search_candidates',
      description: `Find candidates by email address or name (part of a name works). Answers at most ${MAX_LIST}, each with id, name, email and application ids; \`offset\` continues. Read-only.`,
      inputSchema: searchSchema,
      annotations: { ...READ, title: 'Search candidates' },
      write: false,
      run: (args, env) =>
        run(env, 'search_candidates', args, false, undefined, async (ctx) => {
          const q = String(args.query).trim();
          const envl = await (await ctx.client()).call('candidate.search', q.includes('@') ? { email: q } : { name: q });
          const found = (Array.isArray(envl.results) ? (envl.results as Rec[]) : []).map(candidateSummary);
          return page(found, (args.offset as number | undefined) ?? 0, MAX_LIST, 'candidates');
        }),
    }),
    tool({
      name: 'view_candidate',
      description:
        'Everything about one candidate, by email address, name or id: the record, each application (job, stage, status, days in stage, source), upcoming interviews, the latest feedback per application, the five newest notes, files and tags. Read-only.',
      inputSchema: viewSchema,
      annotations: { ...READ, title: 'View a candidate' },
      write: false,
      run: (args, env) =>
        run(env, 'view_candidate', args, false, undefined, async (ctx) => {
          const { candidateDossier } = await import('../workflows/views.js');
          return candidateDossier(ctx, String(args.candidate), 'candidate');
        }),
    }),
    tool({
      name: 'move_application_to_stage',
      description:
        "Move an application to a stage of its interview plan, by stage name. The application is found by id or by the candidate's email or name (add job when they have several). A move into a Hired stage, or out of Hired or Archived, needs confirm: true; any other move acts at once (as the CLI's app stage does), so show the person the move first, or call with dryRun: true to name the candidate, job and stage without moving. Not for archiving: use archive_applications.",
      inputSchema: moveSchema,
      annotations: { ...GATED, idempotentHint: true, title: 'Move an application to a stage' },
      write: true,
      confirm: 'only for a Hired stage',
      run: (args, env) =>
        run(env, 'move_application_to_stage', args, 'ask', undefined, async (ctx) => {
          const { moveToStage } = await import('../workflows/move.js');
          const app = await moveToStage(ctx, {
            application: args.application as string,
            job: args.job as string | undefined,
            stage: args.stage as string,
            names: NAMES,
            beforeMove: (a, stage) => {
              if (args.dryRun === true) ctx.info(`would move ${describeApp(a as AppInfo, { email: true })} to "${sanitizeCell(stage.name)}"`);
            },
          });
          return appSummary(app as AppInfo);
        }),
    }),
    tool({
      name: 'archive_applications',
      description:
        'Archive applications with a reason (by its text), optionally emailing each candidate a template. Every application is looked up first; if any cannot be, nothing is archived. Needs confirm: true; without it, lists what would be archived and sends nothing.',
      inputSchema: archiveSchema,
      // emailTemplate emails each candidate.
      annotations: { ...GATED, idempotentHint: true, openWorldHint: true, title: 'Archive applications' },
      write: true,
      confirm: 'archiving takes the candidates out of the process and can email them',
      run: (args, env) =>
        run(env, 'archive_applications', args, true, undefined, async (ctx) => {
          const { archiveApplications } = await import('../workflows/archive.js');
          const outcomes = await archiveApplications(ctx, {
            applications: args.applications as string[],
            reason: args.reason as string,
            job: args.job as string | undefined,
            emailTemplate: args.emailTemplate as string | undefined,
            sendAt: args.sendAt as string | undefined,
            names: NAMES,
          });
          const failed = outcomes.filter((x) => x.result === 'failed').length;
          const unknown = outcomes.filter((x) => x.result === 'unknown').length;
          const list = outcomes.map(({ exitCode: _, ...x }) => x);
          if (failed || unknown) {
            const parts = [
              failed ? `${failed} failed` : '',
              unknown ? `${unknown} sent without an answer (they may or may not be archived: check them before trying again)` : '',
            ].filter(Boolean);
            return new PartialResult(`of ${outcomes.length} applications, ${parts.join(' and ')}; the others were archived, and nothing is retried`, list);
          }
          return list;
        }),
    }),
    tool({
      name: 'hire_application',
      description:
        "Mark an application as hired (moves it to its plan's Hired stage). Needs confirm: true; without it, says what would happen and changes nothing.",
      inputSchema: hireSchema,
      annotations: { ...GATED, title: 'Hire' },
      write: true,
      confirm: 'hiring fills an opening and ends the process',
      run: (args, env) =>
        run(env, 'hire_application', args, true, undefined, async (ctx) => {
          const { hire } = await import('../workflows/move.js');
          return appSummary((await hire(ctx, { application: args.application as string, job: args.job as string | undefined, names: NAMES })) as AppInfo);
        }),
    }),
    tool({
      name: 'create_offer',
      description:
        'Make an offer for an application: start its offer process, fill in the offer form from answers (by field title), create the offer, and optionally start approval. Needs confirm: true; without it, names the application and changes nothing. The answers are checked against the form once the offer process has started; when they do not fit, no offer is created and the error names the fields.',
      inputSchema: offerSchema,
      annotations: { ...GATED, title: 'Create an offer' },
      write: true,
      confirm: 'this prepares an offer for the candidate',
      run: (args, env) =>
        run(
          env,
          'create_offer',
          args,
          true,
          `would open (or continue) the offer process for this application, fill in the offer form with the answers, create the offer${args.approve ? ' and start its approval process' : ''}`,
          async (ctx) => {
            const { createOffer } = await import('../workflows/offer.js');
            const { offer, failure } = await createOffer(ctx, {
              application: args.application as string,
              job: args.job as string | undefined,
              answerValues: args.answers as Rec,
              field: [],
              approve: args.approve === true,
              note: args.note as string | undefined,
              offerProcess: args.offerProcess as string | undefined,
              names: NAMES,
            });
            if (failure) throw failure;
            return offer;
          },
        ),
    }),
  ];
}
