// `ashby feedback submit`: the feedback form (by name, by the interview type that uses it, or the
// organisation's default) rendered field by field, then applicationFeedback.submit. Unlike offer
// forms, feedback forms can be read before anything is written, so every value is checked first.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { Resolver, describeApp, isUuid, type AppInfo, type Entry } from '../resolve/index.js';
import { BatchLookups } from '../bulk/lookups.js';
import type { HandSpec } from '../bulk/hand.js';
import { confirmStep, requireFlags } from './guards.js';
import { done, scriptHint } from './report.js';
import { isDry } from './envelope.js';
import { collectValues, fieldFlagsFor, parseFieldFlags, rawSubmissions, readAnswersFile, submissions, summaryLines } from './form-answers.js';
import { formFields, type FormField } from './form-fields.js';
import { pickApplication } from './pick.js';
import { sanitizeCell } from '../io/sanitize.js';

export interface FeedbackOptions {
  application?: string;
  job?: string;
  form?: string;
  interview?: string;
  answers?: string;
  field: string[];
  user?: string;
  interviewEvent?: string;
  refreshCache?: boolean;
}

type Rec = Record<string, unknown>;

export async function submitFeedback(ctx: Context, o: FeedbackOptions): Promise<unknown> {
  const fieldFlags = parseFieldFlags(o.field);
  const answers = o.answers ? await readAnswersFile(ctx, o.answers) : undefined;
  requireFlags(ctx, 'feedback submit', [['--application', o.application]]);
  if (o.form && o.interview) throw new UsageError('give --form or --interview, not both');
  if (o.interviewEvent && !o.user) throw new UsageError('--interview-event needs --user: the interviewer the feedback is from');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = await pickApplication(ctx, r, o.application, { job: o.job, open: false, flag: '--application' });
  let wizard = prompted;
  const form = await feedbackForm(ctx, r, o, () => (wizard = true));
  const user = o.user ? await r.resolve('user', o.user, { flag: '--user' }) : undefined;

  const client = await ctx.client();
  const def = await client.call('feedbackFormDefinition.info', { feedbackFormDefinitionId: form.id });
  let fields: FormField[] = [];
  let values = new Map<string, unknown>();
  let fieldSubmissions: Array<{ path: string; value: unknown }>;
  if (isDry(def)) {
    fieldSubmissions = rawSubmissions(answers, fieldFlags);
  } else {
    const d = def.results as Rec;
    fields = formFields(d.formDefinition);
    ctx.info(`Feedback on ${describeApp(app)} with the form "${String(d.title ?? form.name)}"`);
    const got = await collectValues(ctx, fields, { answers, fieldFlags, what: 'feedback form' });
    wizard ||= got.prompted;
    values = got.values;
    fieldSubmissions = submissions(fields, values);
    if (wizard) {
      ctx.info('\nAbout to submit:');
      for (const line of summaryLines(fields, values)) ctx.info(line);
      await confirmStep(ctx, 'Submit this feedback?', 'feedback submit', 'cancelled: no feedback was submitted');
    }
  }
  const sent = await sendFeedback(ctx, { app, form, user, interviewEvent: o.interviewEvent, fieldSubmissions });
  if (sent.dry) return undefined;
  if (wizard) {
    const args = ['feedback', 'submit', '--application', app.id, '--form', form.id, ...fieldFlagsFor(fields, values)];
    if (user) args.push('--user', user.alt?.[0] ?? user.id);
    if (o.interviewEvent) args.push('--interview-event', o.interviewEvent);
    scriptHint(ctx, args);
  }
  return sent.results;
}

/** A submission with everything looked up and every value checked: only the write is left. */
interface FeedbackPlan {
  app: AppInfo;
  form: Entry;
  user?: Entry;
  interviewEvent?: string;
  fieldSubmissions: Array<{ path: string; value: unknown }>;
}

/** applicationFeedback.submit: the write. */
async function sendFeedback(ctx: Context, p: FeedbackPlan): Promise<{ dry: boolean; results?: unknown }> {
  const body: Rec = { applicationId: p.app.id, formDefinitionId: p.form.id, feedbackForm: { fieldSubmissions: p.fieldSubmissions } };
  if (p.user) body.userId = p.user.id;
  if (p.interviewEvent) body.interviewEventId = p.interviewEvent;
  const env = await (await ctx.client()).call('applicationFeedback.submit', body);
  if (isDry(env)) return { dry: true };
  done(ctx, `submitted feedback for ${p.app.candidate.name} (${p.app.job.title})`);
  return { dry: false, results: env.results };
}

/**
 * `feedback submit --from`: every record's application, form, user and values looked up and checked
 * against the form (each form read once per batch) before the first feedback is submitted, so a
 * name that matches nothing, or a value the form does not take, stops the batch with nothing sent.
 */
export function feedbackBatch(): HandSpec<FeedbackPlan> {
  const look = new BatchLookups();
  return {
    required: ['application'],
    id: 'application',
    async prepare(v, io) {
      const ctx = io.ctx;
      const o = { ...v, field: (v.field as string[] | undefined) ?? [] } as FeedbackOptions;
      const fieldFlags = parseFieldFlags(o.field);
      const answers = o.answers ? await look.once(`answers\0${o.answers}`, () => readAnswersFile(ctx, o.answers!)) : undefined;
      if (o.form && o.interview) throw new UsageError('give --form or --interview, not both');
      if (o.interviewEvent && !o.user) throw new UsageError('--interview-event needs --user: the interviewer the feedback is from');
      const app = await look.recordApplication(io, v, { open: false });
      const r = look.resolver(io);
      const form = await look.once(`form\0${o.form ?? ''}\0${o.interview ?? ''}`, () => feedbackForm(ctx, r, o, () => {}));
      const user = o.user ? await look.resolve(io, 'user', o.user, { flag: '--user' }) : undefined;
      const def = await look.once(`definition\0${form.id}`, () => io.call('feedbackFormDefinition.info', { feedbackFormDefinitionId: form.id }));
      let fieldSubmissions = rawSubmissions(answers, fieldFlags);
      if (!isDry(def)) {
        const fields = formFields((def.results as Rec).formDefinition);
        fieldSubmissions = submissions(fields, (await collectValues(ctx, fields, { answers, fieldFlags, what: 'feedback form' })).values);
      }
      return { app, form, user, interviewEvent: o.interviewEvent, fieldSubmissions };
    },
    execute: async (p, io) => (await sendFeedback(io.ctx, p)).results,
    label: (_v, p) => `${describeApp(p.app)}: form "${p.form.name}"`,
  };
}

/** The form: --form, the form of --interview's type, or the default form (asked on a terminal). */
async function feedbackForm(ctx: Context, r: Resolver, o: FeedbackOptions, asked: () => void): Promise<Entry> {
  if (o.form) return r.resolve('feedbackForm', o.form, { flag: '--form' });
  if (o.interview) {
    const it = await r.resolve('interview', o.interview, { flag: '--interview' });
    let formId = it.meta?.feedbackFormDefinitionId as string | undefined;
    if (!formId && isUuid(it.id)) {
      const env = await (await ctx.client()).call('interview.info', { id: it.id });
      formId = isDry(env) ? `<feedbackForm of interview ${it.id}>` : ((env.results as Rec)?.feedbackFormDefinitionId as string | undefined);
    }
    if (!formId) throw new UsageError(`the interview type "${sanitizeCell(it.name)}" has no feedback form`, { hint: 'name one with --form' });
    return { id: formId, name: `form of ${it.name}` };
  }
  const forms = (await r.entries('feedbackForm')).items.filter((f) => !f.archived);
  const defaults = forms.filter((f) => f.meta?.isDefaultForm);
  if (ctx.canPrompt && forms.length > 1) {
    asked();
    return r.pick('Which feedback form?', [...defaults, ...forms.filter((f) => !f.meta?.isDefaultForm)]);
  }
  const only = forms.length === 1 ? forms : defaults;
  if (only.length === 1) {
    ctx.info(`using the feedback form "${only[0].name}" (choose another with --form or --interview)`);
    return only[0];
  }
  if (ctx.opts.dryRun) return { id: '<default feedback form>', name: 'default' };
  throw new UsageError('feedback submit: missing --form or --interview', { hint: 'name the feedback form, or the interview type whose form to use' });
}
