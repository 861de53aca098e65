// `ashby app archive`: many applications at once (arguments or stdin), one archive reason, an
// optional candidate email from a template; spelled out and confirmed, then each application is
// moved to its own plan's Archived stage. Every input is resolved before anything is changed; the
// changes are then made one by one, reported one by one, and never retried.
import type { Context } from '../context.js';
import { CliError, ExitCode, UnknownOutcomeError, UsageError } from '../errors.js';
import { readStdin } from '../commands/run-helpers.js';
import { Resolver, describeApp, resolveApplication, type AppInfo, type Entry } from '../resolve/index.js';
import { askCandidate } from './pick.js';
import { confirmStep, requireConfirmable, requireFlags, validateWith } from './guards.js';
import { done, failed, scriptHint, unknown, type Outcome } from './report.js';
import { inputLines } from './input.js';
import { checkNotPast, inZone, showTime, typedTime } from './time.js';
import type { HandSpec } from '../bulk/hand.js';
import { BatchLookups, appTarget } from '../bulk/lookups.js';

export interface ArchiveOptions {
  applications: string[];
  job?: string;
  reason?: string;
  emailTemplate?: string;
  sendAt?: string;
  refreshCache?: boolean;
  /** What the caller calls these options in messages (an MCP tool: its parameters); the CLI's flags when absent. */
  names?: Partial<Record<'applications' | 'job' | 'reason' | 'emailTemplate' | 'sendAt', string>>;
}

const canEmail = (e: Entry) => ((e.meta?.intendedTypes as string[] | undefined) ?? ['email']).includes('email');

/** The applications named by arguments, or one per line on stdin (with `-`, or when stdin is not a terminal and nobody can be asked). */
export async function archiveQueries(ctx: Context, applications: string[]): Promise<{ queries: string[]; stdin: boolean }> {
  const queries = applications.filter((a) => a !== '-');
  const stdin = applications.includes('-') || (!queries.length && !ctx.io.stdin.isTTY && !ctx.canPrompt);
  if (stdin) queries.push(...inputLines(await readStdin(ctx)));
  return { queries, stdin };
}

/** "-" where there is no stdin to read (an MCP tool call, whose server's stdin is the protocol): refused, naming the argument. */
function noStdinHere(ctx: Context, applications: string[], name: string): void {
  if (!ctx.hasStdin && applications.includes('-'))
    throw new UsageError(`${name}: "-" reads the list from stdin, which a tool call does not have: give the applications themselves (ids, emails or names)`);
}

interface ArchivePlan {
  app: AppInfo;
  reason: Entry;
  template?: Entry;
  sendAt?: string;
  /** The Archived stage of the application's plan; none when it is archived already. */
  stage?: Entry;
}

/**
 * `app archive` over a batch (several applications, stdin, or --from): every application, reason
 * and template looked up first (each name once), one confirmation naming the email, then the moves.
 */
export function archiveBatch(): HandSpec<ArchivePlan> {
  const look = new BatchLookups();
  return {
    required: ['application', 'reason'],
    destructive: true,
    async prepare(v, io) {
      look.resolver(io, v.refreshCache);
      const reason = await look.resolve(io, 'archiveReason', String(v.reason), { flag: '--reason' });
      const template = v.emailTemplate
        ? await look.resolve(io, 'emailTemplate', String(v.emailTemplate), { filter: canEmail, flag: '--email-template' })
        : undefined;
      const sendAt = v.sendAt ? typedTime(io.ctx, '--send-at', String(v.sendAt)) : undefined;
      if (sendAt && !template) throw new UsageError('--send-at needs --email-template');
      const app = await look.recordApplication(io, v, { open: true });
      const planId = app.currentInterviewStage.interviewPlanId;
      const stage = app.status === 'Archived' ? undefined : await look.stageOfType(io, planId, 'Archived');
      return { app, reason, template, sendAt, stage };
    },
    async execute(p, io) {
      if (!p.stage) return p.app; // archived already: nothing to send
      const body: Record<string, unknown> = { applicationId: p.app.id, interviewStageId: p.stage.id, archiveReasonId: p.reason.id };
      if (p.template) body.archiveEmail = { communicationTemplateId: p.template.id, ...(p.sendAt ? { sendAt: p.sendAt } : {}) };
      return (await io.call('application.changeStage', body)).results;
    },
    label: (_v, p) => `${describeApp(p.app)}${p.stage ? '' : ' (archived already: left as it is)'}`,
    target: appTarget,
    effects(plans, ctx) {
      const zone = ctx.timeZone;
      const reasons = [...new Set(plans.map((p) => p.reason.name))];
      const lines = [`Archive reason${reasons.length === 1 ? '' : 's'}: ${reasons.map((x) => `"${x}"`).join(', ')}.`];
      const emailed = plans.filter((p) => p.template && p.stage);
      const templates = [...new Set(emailed.map((p) => p.template!.name))];
      const at = emailed[0]?.sendAt;
      if (emailed.length) {
        lines.push(
          `${emailed.length} candidate${emailed.length === 1 ? '' : 's'} will be emailed the template ${templates.map((x) => `"${x}"`).join(', ')} ${at ? `at ${showTime(at, zone)}` : "the next morning at 9:32 (the organisation's time zone)"}.`,
        );
        // As checkNotPast says for one application (a batch needs --yes off a terminal, so it only warns).
        const past = emailed.find((p) => p.sendAt && Date.parse(p.sendAt) < ctx.now().getTime() - 60_000)?.sendAt;
        if (past) lines.push(`--send-at ${showTime(past, zone)} is in the past: the email will be sent at once.`);
      } else lines.push('No email will be sent to the candidates.');
      return lines;
    },
  };
}

export async function archiveApplications(ctx: Context, o: ArchiveOptions): Promise<Outcome[]> {
  const name = { applications: 'APPLICATION', job: '--job', reason: '--reason', emailTemplate: '--email-template', sendAt: '--send-at', ...o.names };
  let sendAt = o.sendAt ? typedTime(ctx, name.sendAt, o.sendAt) : undefined;
  if (sendAt && !o.emailTemplate) throw new UsageError(`${name.sendAt} needs ${name.emailTemplate}`, { hint: 'the send time is for the candidate email' });
  if (sendAt) checkNotPast(ctx, name.sendAt, sendAt, 'the email would be sent at once');
  noStdinHere(ctx, o.applications, name.applications);
  let queries = o.applications.filter((a) => a !== '-');
  if (o.applications.includes('-') || (!queries.length && !ctx.io.stdin.isTTY && !ctx.canPrompt)) queries.push(...inputLines(await readStdin(ctx)));
  requireFlags(ctx, 'app archive', [
    ['APPLICATION... (or ids/emails on stdin)', queries],
    ['--reason', o.reason],
  ]);
  requireConfirmable(ctx, 'app archive');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  // Names given as flags are checked first: a typo in --reason should not wait for N lookups.
  let reason = o.reason ? await r.resolve('archiveReason', o.reason, { flag: name.reason }) : undefined;
  let template = o.emailTemplate ? await r.resolve('emailTemplate', o.emailTemplate, { filter: canEmail, flag: name.emailTemplate }) : undefined;
  let wizard = false;
  if (!queries.length) {
    wizard = true;
    queries = [await askCandidate(ctx, 'Candidate to archive (email or name, or an application id)')];
  }
  const apps = await resolveAll(ctx, r, queries, o.job, name);
  if (!reason) {
    wizard = true;
    reason = (await r.choose('archiveReason', 'Archive reason'))!;
  }
  if (!o.emailTemplate && wizard) {
    template = await r.choose('emailTemplate', 'Email the candidate?', { filter: canEmail, none: 'No email' });
    if (template && !sendAt) {
      const when = await (await ctx.prompter()).input(
        `Send at (local time${inZone(ctx)}, e.g. 2030-05-01 09:30; Enter for Ashby's default, 9:32 next morning)`,
        {
          validate: validateWith((s) => typedTime(ctx, 'send time', s), true),
        },
      );
      if (when.trim()) {
        sendAt = typedTime(ctx, 'send time', when);
        checkNotPast(ctx, 'send time', sendAt, 'the email would be sent at once');
      }
    }
  }

  const todo = apps.filter((a) => a.status !== 'Archived');
  const outcomes: Outcome[] = apps.filter((a) => a.status === 'Archived').map((a) => outcome(a, 'already archived'));
  for (const a of apps) if (a.status === 'Archived') ctx.info(`skipping ${describeApp(a)}: already archived`);
  if (todo.length) {
    ctx.info(`\nAbout to archive ${todo.length} application${todo.length === 1 ? '' : 's'} with the reason "${reason.name}":`);
    for (const a of todo) ctx.info(`  ${describeApp(a, { email: true })}`);
    ctx.info(
      template
        ? `Each candidate will be emailed the template "${template.name}" ${sendAt ? `at ${showTime(sendAt, ctx.timeZone)}` : "the next morning at 9:32 (the organisation's time zone)"}.`
        : 'No email will be sent to the candidates.',
    );
    await confirmStep(ctx, `Archive ${todo.length === 1 ? 'this application' : `these ${todo.length} applications`}?`, 'app archive');
    const client = await ctx.client();
    for (const a of todo) {
      try {
        const stage = await r.stageOfType(a.currentInterviewStage.interviewPlanId, 'Archived');
        const body: Record<string, unknown> = { applicationId: a.id, interviewStageId: stage.id, archiveReasonId: reason.id };
        if (template) body.archiveEmail = { communicationTemplateId: template.id, ...(sendAt ? { sendAt } : {}) };
        const env = await client.call('application.changeStage', body);
        if (ctx.opts.dryRun) continue;
        done(ctx, `archived ${describeApp({ ...a, ...(env.results as object) } as AppInfo)}`);
        outcomes.push(outcome(a, 'archived'));
      } catch (err) {
        if (ctx.signal.aborted) throw err;
        const e = err as CliError;
        // A server error while handling the write (api/client.ts) may have archived it too, as the batches count it.
        const serverFailed = (err as { writeMayBeApplied?: string }).writeMayBeApplied !== undefined;
        if (err instanceof UnknownOutcomeError || serverFailed) {
          // Sent, no answer: it may have been archived. Reported as unknown, never as failed.
          const message = serverFailed ? `${e.message}: the server failed while handling it, so it may have been applied` : e.message;
          unknown(ctx, `${describeApp(a)}: ${message}`);
          outcomes.push({ ...outcome(a, 'unknown'), error: message, exitCode: ExitCode.unknown });
          continue;
        }
        failed(ctx, `${describeApp(a)}: ${e.message}`);
        outcomes.push({ ...outcome(a, 'failed'), error: e.message, exitCode: e.exitCode ?? ExitCode.other });
      }
    }
  }
  if (wizard) {
    const args = ['app', 'archive', ...apps.map((a) => a.id), '--reason', await r.forScript('archiveReason', reason)];
    if (template) args.push('--email-template', await r.forScript('emailTemplate', template), ...(sendAt ? ['--send-at', sendAt] : []));
    scriptHint(ctx, [...args, '--yes']);
  }
  return outcomes;
}

function outcome(a: AppInfo, result: string): Outcome {
  return { applicationId: a.id, candidate: a.candidate?.name, job: a.job?.title, result };
}

/** Every input resolved, or each problem reported and nothing changed. */
async function resolveAll(
  ctx: Context,
  r: Resolver,
  queries: string[],
  job?: string,
  name = { applications: 'APPLICATION', job: '--job' },
): Promise<AppInfo[]> {
  const apps = new Map<string, AppInfo>();
  const problems: CliError[] = [];
  for (const q of queries) {
    try {
      const a = await resolveApplication(r, q, { job, open: true, flag: name.applications, jobFlag: name.job, strict: true });
      apps.set(a.id, a);
    } catch (err) {
      if (ctx.signal.aborted || !(err instanceof CliError) || queries.length === 1) throw err;
      failed(ctx, `${q}: ${err.message}`);
      problems.push(err);
    }
  }
  if (problems.length) {
    const codes = new Set(problems.map((e) => e.exitCode));
    const err = new CliError(`${problems.length} of ${queries.length} applications could not be identified; nothing was archived`);
    err.exitCode = codes.size === 1 ? [...codes][0] : ExitCode.usage;
    throw err;
  }
  return [...apps.values()];
}
