// Every generated command, run through the CLI against the sandbox with valid flags built from the
// catalog's parameters and real seeded ids (fetched through list endpoints, as a user would).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstBranch, mergeAllOf, sampleValue, withBranch } from '../src/catalog/sample.js';
import type { EndpointSpec, JsonSchema, ParamSpec, ResourceFile } from '../src/catalog/types.js';
import { setsFieldValues } from '../src/commands/endpoint/names.js';
import { json, runCli } from './helpers/cli.js';
import { goldenCallable } from './helpers/golden.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

const ROOT = resolve(import.meta.dirname, '..');
const RES = join(ROOT, 'src/catalog/generated/resources');
const specs: EndpointSpec[] = readdirSync(RES)
  .flatMap((f) => (JSON.parse(readFileSync(join(RES, f), 'utf8')) as ResourceFile).endpoints)
  .filter((e) => !e.partner);

interface Entry {
  path: string;
  endpoint?: string;
  kind: string;
  arguments: Array<{ name: string }>;
  options: Array<{ long?: string }>;
}

let sb: TestSandbox;
let commands: Map<string, Entry>;
/** Real ids by kind, fetched from the sandbox's list endpoints (or made through its API). */
const ids: Record<string, string> = {};
/** Extra flags per endpoint where the catalog alone cannot tell a valid value (a function: looked up when it runs). */
const extra: Record<string, string[] | (() => Promise<string[]>)> = {};

/** Requests this test made itself, directly (not through the CLI), by endpoint. */
const direct: Record<string, number> = {};

async function api(endpoint: string, body: object = {}): Promise<any> {
  direct[endpoint] = (direct[endpoint] ?? 0) + 1;
  const r = await call(sb, endpoint, body);
  expect(r.body.success, `${endpoint}: ${JSON.stringify(r.body)}`).toBe(true);
  return r.body.results;
}

async function firstId(endpoint: string, body: object = {}): Promise<string> {
  const results = await api(endpoint, { limit: 5, ...body });
  const first = Array.isArray(results) ? results[0] : results;
  expect(first?.id, `${endpoint} returned no records`).toBeTruthy();
  return first.id as string;
}

beforeAll(async () => {
  sb = await startSandbox({ candidates: 50 });
  const r = await runCli(['commands', '--json']);
  commands = new Map(
    json<Entry[]>(r)
      .filter((e) => e.kind === 'generated')
      .map((e) => [e.endpoint!, e]),
  );
  const app = (await api('application.list', { status: 'Active', limit: 5 }))[0];
  ids.application = app.id;
  ids.candidate = app.candidate.id;
  ids.job = app.job.id;
  ids.interviewPlan = app.currentInterviewStage.interviewPlanId;
  ids.interviewStage = await firstId('interviewStage.list', { interviewPlanId: ids.interviewPlan });
  for (const [kind, endpoint] of Object.entries({
    user: 'user.list',
    source: 'source.list',
    tag: 'candidateTag.list',
    archiveReason: 'archiveReason.list',
    department: 'department.list',
    location: 'location.list',
    project: 'project.list',
    interview: 'interview.list',
    interviewerPool: 'interviewerPool.list',
    jobPosting: 'jobPosting.list',
    opening: 'opening.list',
    customField: 'customField.list',
    feedbackFormDefinition: 'feedbackFormDefinition.list',
    surveyFormDefinition: 'surveyFormDefinition.list',
    sequence: 'sequence.list',
    sequenceTemplate: 'sequenceTemplate.list',
    takeHomeAssignment: 'takeHomeAssignment.list',
  })) {
    ids[kind] = await firstId(endpoint);
  }
  const user = (await api('user.list', { limit: 1 }))[0];
  const active = await api('application.list', { status: 'Active', limit: 20 });
  // Offer chain: one finished offer for info/update/approval, one process left at its form for create.
  const withOffer = (await api('offerProcess.start', { applicationId: active[1].id })).id;
  const form = await api('offer.start', { offerProcessId: withOffer });
  const submissions = [
    { path: 'salary', value: '100000' },
    { path: 'startDate', value: '2026-06-01' },
    { path: 'employmentType', value: 'full_time' },
  ];
  const offer = await api('offer.create', { offerProcessId: withOffer, offerFormId: form.id, offerForm: { fieldSubmissions: submissions } });
  ids.offer = offer.id;
  ids.offerVersion = offer.latestVersion.id;
  // A second offer for the status writes, which would close the first one to updates and approval.
  const decided = (await api('offerProcess.start', { applicationId: active[5].id })).id;
  const decidedForm = await api('offer.start', { offerProcessId: decided });
  const decidedOffer = (await api('offer.create', { offerProcessId: decided, offerFormId: decidedForm.id, offerForm: { fieldSubmissions: submissions } }))
    .id as string;
  extra['offer.setStatus'] = ['--offer-id', decidedOffer];
  extra['offer.setDecidedAt'] = ['--offer-id', decidedOffer];
  ids.offerProcess = (await api('offerProcess.start', { applicationId: active[2].id })).id;
  const form2 = await api('offer.start', { offerProcessId: ids.offerProcess });
  extra['offer.create'] = ['--offer-process-id', ids.offerProcess, '--offer-form-id', form2.id, '--offer-form.field-submissions', JSON.stringify(submissions)];
  extra['offer.update'] = ['--offer-form.field-submissions', JSON.stringify(submissions)];
  // Each offer.* write makes a new version: take the latest one when the command runs.
  const latestVersion = async () => ['--offer-version-id', (await api('offer.info', { offerId: ids.offer })).latestVersion.id as string];
  extra['offer.startApprovalProcess'] = latestVersion;
  extra['offer.approve'] = latestVersion;
  extra['offerProcess.start'] = ['--application-id', active[3].id];
  extra['offer.start'] = ['--offer-process-id', (await api('offerProcess.start', { applicationId: active[4].id })).id];

  ids.webhook = (
    await api('webhook.create', { webhookType: 'candidateHire', requestUrl: 'https://example.com/hook', secretToken: 'a-secret-of-enough-length' })
  ).id;
  const events = [{ startTime: '2026-03-02T10:00:00Z', endTime: '2026-03-02T11:00:00Z', interviewers: [{ email: user.email }] }];
  ids.interviewSchedule = (await api('interviewSchedule.create', { applicationId: ids.application, interviewEvents: events })).id;
  ids.interviewEvent = await firstId('interviewEvent.list', { interviewScheduleId: ids.interviewSchedule });
  extra['interviewSchedule.create'] = ['--interview-events', JSON.stringify(events)];
  extra['interviewSchedule.update'] = ['--interview-event', JSON.stringify(events[0])];
  extra['candidate.search'] = ['--name', 'a'];
  extra['project.search'] = ['--title', 'a'];
  extra['applicationForm.submit'] = [
    '--application-form.field-submissions',
    JSON.stringify([
      { path: '_systemfield_name', value: 'Form Applicant' },
      { path: '_systemfield_email', value: 'form.applicant@example.com' },
    ]),
  ];
  extra['webhook.update'] = ['--no-enabled'];
  extra['job.setStatus'] = ['--status', 'Closed'];
  extra['user.search'] = ['--email', user.email];
  extra['customField.info'] = ['--custom-field-id', ids.customField];
  extra['customField.setValue'] = ['--object-type', 'Candidate', '--object-id', ids.candidate, '--field-value', 'true'];
  extra['customField.setValues'] = [
    '--object-type',
    'Candidate',
    '--object-id',
    ids.candidate,
    '--values',
    JSON.stringify([{ fieldId: ids.customField, fieldValue: true }]),
  ];
  // The newer endpoints' state: a hire to push, drafts to start, discard and edit, an application to delete.
  const hired = [...sb.world.col('application').scan()].map(([, a]) => a).find((a) => a.status === 'Hired')!;
  extra['candidate.pushToHris'] = ['--application-id', hired.id];
  const template = (await api('sequenceTemplate.list', {}))[0].id as string;
  const draft = async (name: string) =>
    (await api('sequence.add', { sequenceTemplateId: template, candidateId: (await api('candidate.create', { name })).id, start: false })).sequence;
  extra['sequence.start'] = ['--sequence-id', (await draft('Draft To Start')).id];
  extra['sequence.discard'] = ['--sequence-id', (await draft('Draft To Discard')).id];
  const edited = await draft('Draft To Edit');
  extra['sequence.updateStage'] = ['--sequence-id', edited.id, '--stage-id', edited.stages[0].id];
  const doomed = await api('application.create', { candidateId: (await api('candidate.create', { name: 'Doomed Application' })).id, jobId: ids.job });
  extra['application.delete'] = ['--application-id', doomed.id];
  // The seeded field is a Boolean: its value is read as one (commands/endpoint/field-values.ts).
  extra['jobPosting.setCustomFieldValues'] = ['--values', JSON.stringify([{ fieldId: ids.customField, value: 'yes' }])];
  extra['jobPosting.setCustomFieldValue'] = ['--value', 'yes'];
  extra['project.setCustomFieldValues'] = ['--values', JSON.stringify([{ fieldId: ids.customField, value: true }])];
  extra['project.setCustomFieldValue'] = ['--value', 'no'];
  extra['application.updateHistory'] = [
    '--application-history',
    JSON.stringify([{ stageId: ids.interviewStage, stageNumber: 0, enteredStageAt: '2026-01-05T10:00:00Z' }]),
  ];
  // Anonymizing needs a candidate with no open application: a new one.
  extra['candidate.anonymize'] = ['--candidate-id', (await api('candidate.create', { name: 'To Be Forgotten' })).id];
  ids.report = sb.world.col('report').idOf(0); // no list endpoint for reports
}, 60_000);
afterAll(() => sb?.close());

/** Which kind of seeded id a parameter takes, by its name. */
const ID_OF: Record<string, string> = {
  candidateId: 'candidate',
  applicationId: 'application',
  jobId: 'job',
  userId: 'user',
  creditedToUserId: 'user',
  interviewerUserId: 'user',
  teamMemberId: 'user',
  sourceId: 'source',
  tagId: 'tag',
  archiveReasonId: 'archiveReason',
  departmentId: 'department',
  parentId: 'department',
  teamId: 'department',
  locationId: 'location',
  fieldId: 'customField',
  offerVersionId: 'offerVersion',
  interviewEventId: 'interviewEvent',
  formDefinitionId: 'feedbackFormDefinition',
};

function idFor(ep: EndpointSpec, name: string): string {
  const kind = ID_OF[name] ?? (name === 'id' || name === `${ep.resource}Id` ? ep.resource : name.replace(/Id$/, ''));
  return ids[kind] ?? '11111111-1111-4111-8111-111111111111';
}

/** The request schema of a (possibly nested) parameter, by its path of names. */
function schemaAt(ep: EndpointSpec, path: string[]): JsonSchema {
  let s: JsonSchema = ep.request ?? {};
  for (const name of path) {
    const union = s.oneOf ?? s.anyOf;
    const merged = mergeAllOf(union ? withBranch(s, firstBranch(union)) : s);
    s = merged.properties?.[name] ?? union?.map((b) => mergeAllOf(b).properties?.[name]).find(Boolean) ?? {};
  }
  return s;
}

/** A valid value for a parameter (the shared walk): seeded ids for id parameters, the first enum value, and so on. */
function sample(ep: EndpointSpec, path: string[]): unknown {
  return sampleValue(
    schemaAt(ep, path),
    {
      itemKey: (key) => key.replace(/s$/, ''),
      number: (x, _at, integer) => (integer && x.format === 'int64' ? 1_700_000_000_000 : 2),
      boolean: () => true,
      string: (x, at) => {
        if (x.format === 'uuid' || /Ids?$/.test(at.key) || at.key === 'id') return idFor(ep, at.key);
        if (x.format === 'date-time') return '2026-03-02T10:00:00Z';
        if (x.format === 'uri' || /url$/i.test(at.key)) return 'https://example.com/hook';
        if (/email/i.test(at.key)) return 'sample@example.com';
        return 'Sample value';
      },
    },
    { key: path[path.length - 1], depth: 0, ctx: undefined },
  );
}

const kebab = (s: string) =>
  s
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** Flags for every required parameter (nested ones as dotted flags when they are scalars). */
async function flagsFor(ep: EndpointSpec, entry: Entry): Promise<string[]> {
  const args: string[] = [];
  const given = extra[ep.id] ?? [];
  const override = typeof given === 'function' ? await given() : given;
  const positional = entry.arguments[0]?.name;
  const push = (p: ParamSpec, prefix: string[], names: string[] = []) => {
    // A write's body field `from` is --from-address: --from is the batch input of every write.
    const flag = prefix.length === 0 && ep.write && p.name === 'from' ? 'from-address' : [...prefix, kebab(p.name)].join('.');
    if (override.includes(`--${flag}`)) return;
    const value = sample(ep, [...names, p.name]);
    if (prefix.length === 0 && positional && flag === positional) return void args.unshift(String(value));
    if (prefix.length === 0 && positional === `${kebab(ep.resource)}-id` && p.name === 'id') return void args.unshift(String(value));
    if (p.type === 'object' && p.params?.length && !p.oneOf) {
      const required = p.params.filter((c) => c.required);
      for (const c of required.length ? required : p.params.slice(0, 1)) push(c, [...prefix, kebab(p.name)], [...names, p.name]);
      return;
    }
    if (p.type === 'boolean') args.push(`--${flag}`);
    else if (p.type === 'array' && p.items && ['string', 'number', 'integer'].includes(p.items.type))
      for (const v of value as unknown[]) args.push(`--${flag}`, String(v));
    else if (typeof value === 'object' || p.oneOf || p.type.includes('|')) args.push(`--${flag}`, JSON.stringify(value));
    else args.push(`--${flag}`, String(value));
  };
  for (const p of ep.params.filter((p) => p.required && p.type !== 'file')) push(p, []);
  // A union request: give the first alternative's parameters.
  const first = ep.request?.oneOf?.[0] ?? ep.request?.anyOf?.[0];
  if (first?.required) {
    for (const name of first.required) {
      const p = ep.params.find((x) => x.name === name)!;
      if (!p.required) push(p, []);
    }
  }
  return [...args, ...override];
}

/**
 * Endpoints whose sandbox answer is an API error even with well-formed flags, because a valid call
 * needs state this test does not build (a real uploaded file, a form filled field by field, an
 * approval under way). The request must still reach the endpoint and fail with an API error
 * (exit 3 or 5), not a usage error.
 */
const API_ERROR_OK: Record<string, string> = {
  'candidate.uploadFile': 'needs a file really uploaded to the handle',
  'candidate.uploadResume': 'needs a file really uploaded to the handle',
  'file.info': 'needs a stored file handle',
  'applicationFeedback.submit': 'needs the feedback form filled field by field',
  'offer.approve': 'runs before start-approval-process (alphabetical order): nothing to approve yet',
};

async function runOne(ep: EndpointSpec, failures: string[]): Promise<void> {
  const entry = commands.get(ep.id)!;
  const argv = [...entry.path.split(' '), ...(await flagsFor(ep, entry)), '--json', '--yes'];
  const r = await runCli(argv, { env: sb.env });
  const ok = r.code === 0 || (API_ERROR_OK[ep.id] && (r.code === 3 || r.code === 5));
  if (!ok) failures.push(`ashby ${argv.join(' ')}\n  exit ${r.code}: ${r.stderr.trim()}`);
  else if (r.code === 0 && !r.stdout.trim()) failures.push(`ashby ${argv.join(' ')}: printed nothing`);
}

describe('every generated command against the sandbox', () => {
  it('runs each generated command with valid flags, and each sends exactly one request to its endpoint', async () => {
    expect(specs.map((e) => e.id).sort()).toEqual(goldenCallable().sort());
    const failures: string[] = [];
    const before = (await stats(sb)).requests.byEndpoint;
    const directBefore = { ...direct };
    // Reads and ordinary writes four at a time; destructive ones and the offer chain (each write
    // makes a new version) last, one by one, so that they do not pull state from under the others.
    const serial = (e: EndpointSpec) => e.destructive || e.irreversible || e.resource === 'offer';
    const queue = specs.filter((e) => !serial(e));
    const worker = async () => {
      for (let ep = queue.shift(); ep; ep = queue.shift()) await runOne(ep, failures);
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    for (const ep of specs.filter(serial)) await runOne(ep, failures);
    expect(failures, failures.join('\n')).toEqual([]);
    const after = (await stats(sb)).requests.byEndpoint;
    const mine = (id: string) => (direct[id] ?? 0) - (directBefore[id] ?? 0);
    // Besides: each command that sets a custom field reads the field list once, for the field's
    // type (every run here starts with an empty cache).
    const lookups = (id: string) => (id === 'customField.list' ? specs.filter(setsFieldValues).length : 0);
    for (const ep of specs) expect((after[ep.id] ?? 0) - (before[ep.id] ?? 0) - mine(ep.id) - lookups(ep.id), ep.id).toBe(1);
  }, 900_000);
});
