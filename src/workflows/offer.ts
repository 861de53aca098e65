// `ashby offer create`: application → an open offer process (continued, or offerProcess.start) →
// offer.start (which returns the offer form) → every field filled from --answers/--field or
// prompts, checked by type → confirmation → offer.create → optionally offer.startApprovalProcess.
//
// Ashby hands out the offer form only from offer.start, itself a write. The form seen last is kept
// (offer-state.ts), so values are checked, asked for and confirmed before the first write whenever
// it is known; after offer.start they are checked again against the form Ashby returned. An offer
// process left open (Ctrl-C, a bad value) is continued by the next `offer create` rather than
// blocking the application: Ashby allows one process per application and has no call to list or
// cancel processes.
import type { AshbyClient as Client, Envelope } from '../api/client.js';
import type { Context } from '../context.js';
import { ApiError, CliError, UsageError } from '../errors.js';
import { Resolver, candidateWithEmail, describeApp, type AppInfo } from '../resolve/index.js';
import { BatchLookups, appTarget } from '../bulk/lookups.js';
import type { HandSpec } from '../bulk/hand.js';
import { offerInProgress } from './offer-process.js';
import { confirmStep, requireConfirmable, requireFlags } from './guards.js';
import { done, failed, scriptHint } from './report.js';
import { idFrom, isDry } from './envelope.js';
import { collectValues, fieldFlagsFor, parseFieldFlags, rawSubmissions, readAnswersFile, submissions, summaryLines } from './form-answers.js';
import { formFields, type FormField } from './form-fields.js';
import { readOfferState, updateOfferState, type OfferState } from './offer-state.js';
import { pickApplication } from './pick.js';

export interface OfferCreateOptions {
  application?: string;
  job?: string;
  answers?: string;
  /** Answers already parsed (title or path → value), e.g. from an MCP tool call, instead of a file. */
  answerValues?: Record<string, unknown>;
  field: string[];
  approve?: boolean;
  note?: string;
  refreshCache?: boolean;
  /** --offer-process: continue this open offer process. */
  offerProcess?: string;
  /** What the caller calls these options in messages (an MCP tool: its parameters); the CLI's flags when absent. */
  names?: Partial<Record<'application' | 'job' | 'note' | 'approve' | 'answers' | 'offerProcess', string>>;
}

type Rec = Record<string, unknown>;

interface Filled {
  fieldSubmissions: Array<{ path: string; value: unknown }>;
  scriptFields: string[];
  approve?: boolean;
  prompted: boolean;
}

/** Values for the form, checked, asked for where missing, summarised and confirmed. */
async function fill(
  ctx: Context,
  app: AppInfo,
  fields: FormField[],
  o: OfferCreateOptions,
  given: { answers?: Record<string, unknown>; fieldFlags: Array<[string, string]>; wizard: boolean },
  afterwards: string,
): Promise<Filled> {
  const got = await collectValues(ctx, fields, {
    answers: given.answers,
    fieldFlags: given.fieldFlags,
    what: 'offer form',
    answersName: o.names?.answers,
  }).catch((e: unknown) => {
    // What the check said to do (the form's fields) stays, with what became of the offer.
    if (e instanceof UsageError) e.hint = e.hint ? `${e.hint}; ${afterwards}` : afterwards;
    throw e;
  });
  const wizard = given.wizard || got.prompted;
  let approve = o.approve;
  if (approve === undefined && wizard) approve = await (await ctx.prompter()).confirm('Start the approval process once the offer is created?', false);
  ctx.info(`\nAbout to create this offer for ${candidateWithEmail(app)} (${app.job.title}):`);
  for (const line of summaryLines(fields, got.values)) ctx.info(line);
  if (approve) ctx.info('and then start its approval process.');
  await confirmStep(ctx, 'Create this offer?', 'offer create', `cancelled: ${afterwards}`);
  return { fieldSubmissions: submissions(fields, got.values), scriptFields: fieldFlagsFor(fields, got.values), approve, prompted: wizard };
}

/** What identifies a form's fields for checking: paths, types, required, options. */
const shape = (fields: FormField[]) => JSON.stringify(fields.map((f) => [f.path, f.type, f.required, f.options.map((x) => x.value)]));

const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The offer process to fill and its form: one given with --offer-process, one this machine started
 * and left open, one Ashby names as in progress, or a new one.
 */
async function openProcess(
  ctx: Context,
  client: Client,
  app: AppInfo,
  given: string | undefined,
  state: OfferState,
  /** The option that continues a process by its id (the CLI's --offer-process, a tool's offerProcess). */
  continueFlag: string,
): Promise<{ offerProcessId: string; started: Envelope }> {
  const forget = () => updateOfferState(ctx, (s) => void delete s.processes[app.id]);
  const remember = (id: string) => updateOfferState(ctx, (s) => void (s.processes[app.id] = { offerProcessId: id, startedAt: new Date().toISOString() }));
  const continueWith = async (id: string) => {
    const started = await client.call('offer.start', { offerProcessId: id });
    ctx.info(`continuing the open offer process ${id}`);
    await remember(id);
    return { offerProcessId: id, started };
  };
  if (given) return continueWith(given);
  const known = state.processes[app.id]?.offerProcessId;
  if (known) {
    try {
      return await continueWith(known);
    } catch (err) {
      // Gone, or it holds an offer by now: fall through to asking Ashby.
      if (!(err instanceof ApiError)) throw err;
      await forget();
    }
  }
  let proc: Envelope;
  try {
    proc = await client.call('offerProcess.start', { applicationId: app.id });
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'invalid_input' || !/offer process/i.test(err.message)) throw err;
    const open = UUID_IN.exec(err.message)?.[0];
    if (open && open !== known) {
      try {
        return await continueWith(open);
      } catch (again) {
        if (!(again instanceof ApiError)) throw again;
      }
    }
    const show = ctx.suggest(`ashby offer process show ${app.id}`, { tool: 'offer_list', args: { applicationId: app.id } });
    const update = ctx.suggest('ashby offer update', { tool: 'offer_update' });
    const cancel = ctx.suggest(`ashby offer cancel ${app.id}`);
    const continued = open ? '' : ` (an open process without an offer can be continued with ${continueFlag} ID)`;
    err.hint = `the application already has an offer in progress: ${show} shows it; change it with ${update}, or withdraw it with ${cancel}${continued}`;
    throw err;
  }
  const offerProcessId = idFrom(proc, 'offerProcess');
  if (!isDry(proc)) await remember(offerProcessId);
  return { offerProcessId, started: await client.call('offer.start', { offerProcessId }) };
}

/** The offer made (undefined in a dry run), and the failure of the approval step if it failed after. */
export async function createOffer(ctx: Context, o: OfferCreateOptions, resolved?: AppInfo): Promise<{ offer?: unknown; failure?: CliError }> {
  const fieldFlags = parseFieldFlags(o.field);
  const answers = o.answerValues ?? (o.answers ? await readAnswersFile(ctx, o.answers) : undefined);
  const name = { application: '--application', job: '--job', offerProcess: '--offer-process', ...o.names };
  checkNote(ctx, o);
  requireFlags(ctx, 'offer create', [['--application', o.application]]);
  requireConfirmable(ctx, 'offer create prepares an offer for a candidate');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = resolved
    ? { app: resolved, prompted: false }
    : await pickApplication(ctx, r, o.application, { job: o.job, flag: name.application, jobFlag: name.job });
  ctx.info(`Offer for ${describeApp(app)}`);
  const given = { answers, fieldFlags, wizard: prompted };

  // The form seen last: everything is checked and confirmed before the first write (and in a dry
  // run, which then shows the values as they would be sent).
  const state = await readOfferState(ctx);
  const knownFields = state.form ? formFields(state.form.definition) : [];
  let filled = knownFields.length ? await fill(ctx, app, knownFields, o, given, 'nothing was sent') : undefined;

  const client = await ctx.client();
  const { offerProcessId, started } = await openProcess(ctx, client, app, o.offerProcess, state, name.offerProcess);
  const offerFormId = idFrom(started, 'offer.start');
  const again = ctx.suggest(`ashby offer create --application ${app.id}`, { tool: 'create_offer', args: { application: app.id } });
  const stillOpen = `no offer was created; the offer process ${offerProcessId} stays open and ${again} continues it`;

  try {
    if (isDry(started)) {
      filled ??= { fieldSubmissions: rawSubmissions(answers, fieldFlags), scriptFields: [], approve: o.approve, prompted: false };
    } else {
      const definition = (started.results as Rec).formDefinition;
      const fields = formFields(definition);
      await updateOfferState(ctx, (s) => void (s.form = { definition, fetchedAt: new Date().toISOString() }));
      if (!filled || shape(fields) !== shape(knownFields)) {
        if (filled) ctx.warn('the offer form changed since it was last used here: checking the values against the new one');
        filled = await fill(ctx, app, fields, o, given, stillOpen);
      }
    }
  } catch (err) {
    // Ctrl-C or a value that does not fit: say how to go on from the open process.
    if (err instanceof CliError && !err.hint) err.hint = stillOpen;
    throw err;
  }
  o = { ...o, approve: filled.approve };
  const { fieldSubmissions, scriptFields } = filled;
  const wizard = filled.prompted;

  // The form definition is long and already known: leave it out of the answers.
  const created = await client
    .call('offer.create', { offerProcessId, offerFormId, offerForm: { fieldSubmissions }, excludeFormDefinition: true })
    .catch((err: unknown) => {
      if (err instanceof ApiError && err.code === 'invalid_input') err.hint ??= stillOpen;
      throw err;
    });
  let offer = created.results as Rec | null;
  if (!isDry(created)) {
    await updateOfferState(ctx, (st) => void delete st.processes[app.id]);
    done(ctx, `created offer ${offer?.id}`);
  }
  let failure: CliError | undefined;
  if (o.approve) {
    const versionId = isDry(created) ? '<offer.latestVersion.id>' : String((offer?.latestVersion as Rec | undefined)?.id ?? '');
    try {
      const approval = await client.call('offer.startApprovalProcess', {
        offerVersionId: versionId,
        ...(o.note ? { note: o.note } : {}),
        excludeFormDefinition: true,
      });
      if (!isDry(approval)) {
        offer = approval.results as Rec;
        done(ctx, `started the approval process (${offer?.offerStatus ?? 'started'})`);
      }
    } catch (err) {
      // The offer exists: say so, show it, and let the exit code tell the approval failed.
      if (ctx.signal.aborted || !(err instanceof CliError)) throw err;
      failed(ctx, `starting the approval process: ${err.message}`);
      failure = err;
      const approve = ctx.suggest(`ashby offer start-approval-process ${versionId}`, {
        tool: 'offer_startApprovalProcess',
        args: { offerVersionId: versionId },
      });
      failure.hint ??= `the offer ${offer?.id} was created; start its approval with ${approve}`;
    }
  } else if (o.note) ctx.warn('--note goes to the approvers, and no approval process was started: it was not sent');
  if (wizard) {
    scriptHint(ctx, ['offer', 'create', '--application', app.id, ...scriptFields, ...(o.approve ? ['--approve'] : []), '--yes']);
  }
  return { offer: isDry(created) ? undefined : offer, failure };
}

/**
 * A note goes to the approvers: without an approval process it would be dropped after the offer
 * was made. Bad input up front, unless a person will still be asked whether to start one.
 */
function checkNote(ctx: Context, o: Pick<OfferCreateOptions, 'note' | 'approve' | 'names'>): void {
  if (!o.note || o.approve || (o.approve === undefined && ctx.canPrompt)) return;
  const name = { note: '--note', approve: '--approve', ...o.names };
  throw new UsageError(`${name.note} is for the approvers, and ${name.approve} is not given: no approval process would start and the note would not be sent`, {
    hint: `add ${name.approve}, or leave out ${name.note}`,
  });
}

/**
 * `offer create --from`: before the first offer process is started, every record's application is
 * looked up, checked to have no offer in progress, and its values checked against the offer form
 * when this machine knows it (offer-state.ts). Ashby hands the form out only from offer.start, a
 * write: when it is not known yet, the values are checked per record after that step, as on their own.
 */
export function offerBatch(): HandSpec<{ app: AppInfo; o: OfferCreateOptions }> {
  const look = new BatchLookups();
  return {
    required: ['application'],
    id: 'application',
    destructive: true,
    async prepare(v, io) {
      const ctx = io.ctx;
      // A batch asks nobody whether to start approval.
      checkNote(ctx, { note: v.note as string | undefined, approve: v.approve === true });
      const fieldFlags = parseFieldFlags((v.field as string[] | undefined) ?? []);
      const answers = v.answers ? await look.once(`answers\0${v.answers}`, () => readAnswersFile(ctx, String(v.answers))) : undefined;
      const app = await look.recordApplication(io, v, { open: true });
      const active = await offerInProgress(ctx, app);
      if (active) {
        throw new UsageError(`${describeApp(app)} already has an offer in progress (${active.id}, ${active.offerStatus})`, {
          hint: `change it with \`ashby offer update\`, or withdraw it with \`ashby offer cancel ${app.id}\``,
        });
      }
      const state = await look.once('offer-state', () => readOfferState(ctx));
      const known = state.form ? formFields(state.form.definition) : [];
      if (known.length) await collectValues(ctx, known, { answers, fieldFlags, what: 'offer form' });
      return { app, o: { ...v, field: (v.field as string[] | undefined) ?? [] } as OfferCreateOptions };
    },
    async execute({ app, o }, io) {
      const { offer, failure } = await createOffer(io.ctx, o, app);
      // The offer exists when only its approval failed: partly applied, not failed (bulk/engine.ts).
      if (failure) throw Object.assign(failure, { partial: offer });
      return offer;
    },
    label: (_v, p) => describeApp(p.app),
    // Two offers for one application would race: one made, the other failed after it.
    target: appTarget,
    effects: () => ['Each record creates an offer for a candidate (sent to them only from Ashby).'],
  };
}
