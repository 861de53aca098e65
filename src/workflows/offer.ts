// `ashby offer create`: application → offerProcess.start → offer.start (which returns the offer
// form) → every field filled from --answers/--field or prompts, checked by type → confirmation →
// offer.create → optionally offer.startApprovalProcess.
//
// The form is only known once offer.start has run, and offer.start is itself a write: values are
// therefore checked against the form after the offer process exists. When they do not fit, no offer
// is created and the message says so.
import type { Context } from '../context.js';
import { ApiError, CliError, UsageError } from '../errors.js';
import { Resolver, describeApp } from '../resolve/index.js';
import { confirmStep, requireConfirmable, requireFlags } from './guards.js';
import { done, failed, scriptHint } from './report.js';
import { idFrom, isDry } from './envelope.js';
import { collectValues, fieldFlagsFor, parseFieldFlags, rawSubmissions, readAnswersFile, submissions, summaryLines } from './form-answers.js';
import { formFields } from './form-fields.js';
import { pickApplication } from './pick.js';

export interface OfferCreateOptions {
  application?: string;
  job?: string;
  answers?: string;
  field: string[];
  approve?: boolean;
  note?: string;
  refreshCache?: boolean;
}

type Rec = Record<string, unknown>;

/** The offer made (undefined in a dry run), and the failure of the approval step if it failed after. */
export async function createOffer(ctx: Context, o: OfferCreateOptions): Promise<{ offer?: unknown; failure?: CliError }> {
  const fieldFlags = parseFieldFlags(o.field);
  const answers = o.answers ? await readAnswersFile(ctx, o.answers) : undefined;
  requireFlags(ctx, 'offer create', [['--application', o.application]]);
  requireConfirmable(ctx, 'offer create prepares an offer for a candidate');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = await pickApplication(ctx, r, o.application, { job: o.job });
  let wizard = prompted;
  ctx.info(`Offer for ${describeApp(app)}`);

  const client = await ctx.client();
  const proc = await client.call('offerProcess.start', { applicationId: app.id }).catch((e: unknown) => {
    if (e instanceof ApiError && e.code === 'invalid_input') {
      e.hint ??= `an application can have one offer process at a time: see \`ashby offer list --application-id ${app.id}\`, and change an existing offer with \`ashby offer update\``;
    }
    throw e;
  });
  const offerProcessId = idFrom(proc, 'offerProcess');
  const started = await client.call('offer.start', { offerProcessId });
  const offerFormId = idFrom(started, 'offer.start');

  let fieldSubmissions: Array<{ path: string; value: unknown }>;
  let scriptFields: string[] = [];
  if (isDry(started)) {
    fieldSubmissions = rawSubmissions(answers, fieldFlags);
  } else {
    const fields = formFields((started.results as Rec).formDefinition);
    const got = await collectValues(ctx, fields, { answers, fieldFlags, what: 'offer form' }).catch((e: unknown) => {
      if (e instanceof UsageError) e.hint = `no offer was created (the offer process ${offerProcessId} was started and stays open)`;
      throw e;
    });
    wizard ||= got.prompted;
    fieldSubmissions = submissions(fields, got.values);
    scriptFields = fieldFlagsFor(fields, got.values);
    let approve = o.approve;
    if (approve === undefined && wizard) approve = await (await ctx.prompter()).confirm('Start the approval process once the offer is created?', false);
    o = { ...o, approve };
    ctx.info(`\nAbout to create this offer for ${app.candidate.name} (${app.job.title}):`);
    for (const line of summaryLines(fields, got.values)) ctx.info(line);
    if (approve) ctx.info('and then start its approval process.');
    await confirmStep(ctx, 'Create this offer?', 'offer create', `cancelled: no offer was created (the offer process ${offerProcessId} stays open)`);
  }

  // The form definition is long and already known: leave it out of the answers.
  const created = await client.call('offer.create', { offerProcessId, offerFormId, offerForm: { fieldSubmissions }, excludeFormDefinition: true });
  let offer = created.results as Rec | null;
  if (!isDry(created)) done(ctx, `created offer ${offer?.id}`);
  let failure: CliError | undefined;
  if (o.approve) {
    const versionId = isDry(created) ? '<offer.latestVersion.id>' : String((offer?.latestVersion as Rec | undefined)?.id ?? '');
    try {
      const approval = await client.call('offer.startApprovalProcess', { offerVersionId: versionId, ...(o.note ? { note: o.note } : {}), excludeFormDefinition: true });
      if (!isDry(approval)) {
        offer = approval.results as Rec;
        done(ctx, `started the approval process (${offer?.offerStatus ?? 'started'})`);
      }
    } catch (err) {
      // The offer exists: say so, show it, and let the exit code tell the approval failed.
      if (ctx.signal.aborted || !(err instanceof CliError)) throw err;
      failed(ctx, `starting the approval process: ${err.message}`);
      failure = err;
      failure.hint ??= `the offer ${offer?.id} was created; start its approval with \`ashby offer start-approval-process ${versionId}\``;
    }
  } else if (o.note) ctx.warn('--note goes to the approvers, and no approval process was started: it was not sent');
  if (wizard) {
    scriptHint(ctx, ['offer', 'create', '--application', app.id, ...scriptFields, ...(o.approve ? ['--approve'] : []), '--yes']);
  }
  return { offer: isDry(created) ? undefined : offer, failure };
}
