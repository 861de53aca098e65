// Every callable endpoint, called with valid input, answers success with a body that validates
// against the endpoint's response schema (the spec's oneOfs read as anyOf, since its branches
// overlap); called with invalid input, it answers Ashby's error envelope naming the parameter.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callableEndpoints, endpointSpec, responsesOf } from '../src/catalog/catalog.js';
import type { JsonSchema } from '../src/catalog/types.js';
import { firstBranch, sampleValue, withBranch } from '../src/catalog/sample.js';
import { anyOfSchema } from '../src/sandbox/schemas.js';
import { goldenCallable } from './helpers/golden.js';
import { call, startSandbox, uploadFile, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
const ajv = new Ajv2020({
  strict: false,
  allErrors: true,
  logger: false,
  formats: { uuid: /^[0-9a-f-]{36}$/i, 'date-time': (s: string) => !Number.isNaN(Date.parse(s)) },
});

beforeAll(async () => {
  sb = await startSandbox({ candidates: 200 });
  for (const e of callableEndpoints().filter((x) => x.action === 'list')) {
    const r = await call(sb, e.id, {});
    const id = r.body?.results?.[0]?.id;
    if (typeof id === 'string') listed[e.resource] = id;
  }
});
afterAll(() => sb.close());

const first = (kind: string) => sb.world.col(kind).idOf(0);
const ok = async (endpoint: string, body: unknown) => {
  const r = await call(sb, endpoint, body);
  if (r.body?.success !== true) throw new Error(`${endpoint} setup failed: ${JSON.stringify(r.body)}`);
  return r.body.results;
};

/** Ids of the seeded organisation for `…Id` parameters, by the collection they point into. */
const PARAM_KIND: Record<string, string> = {
  teamId: 'department',
  tagId: 'candidateTag',
  userId: 'user',
  creditedToUserId: 'user',
  fieldId: 'customField',
  customFieldId: 'customField',
  formDefinitionId: 'feedbackFormDefinition',
  defaultInterviewPlanId: 'interviewPlan',
  parentLocationId: 'location',
  parentId: 'department',
  reportId: 'report',
  offerFormId: 'offerForm',
  interviewPlanId: 'interviewPlan',
  interviewStageId: 'interviewStage',
};

/** The first id of each resource's list endpoint, fetched over HTTP before the tests. */
const listed: Record<string, string> = {};

function idFor(name: string, endpoint: string): string | undefined {
  const resource = endpoint.split('.')[0];
  const kind = name === 'id' ? resource : (PARAM_KIND[name] ?? (name.endsWith('Id') ? name.slice(0, -2) : undefined));
  if (!kind) return undefined;
  return listed[kind] ?? (sb.world.store.has(kind) ? first(kind) : undefined);
}

function merged(s: JsonSchema): JsonSchema {
  const union = s.oneOf ?? s.anyOf;
  return union ? withBranch(s, firstBranch(union)) : s;
}

/** A valid value for a schema (the shared walk): seeded ids for id parameters, the first enum value, and so on. */
function example(s: JsonSchema, name: string, endpoint: string): unknown {
  return sampleValue(
    s,
    {
      itemKey: (key) => key.replace(/s$/, ''),
      number: (x) => x.minimum ?? 1,
      boolean: () => false,
      string: (x, at) => {
        const id = idFor(at.key, endpoint);
        if (id) return id;
        if (x.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
        if (x.format === 'date-time') return new Date().toISOString();
        if (at.key.toLowerCase().includes('email')) return 'someone@example.com';
        if (/url$/i.test(at.key)) return 'https://example.com/hook';
        return 'Example';
      },
    },
    { key: name, depth: 0, ctx: undefined },
  );
}

function exampleBody(endpoint: string): Record<string, unknown> {
  const req = endpointSpec(endpoint)!.request;
  return req ? (example(req, 'body', endpoint) as Record<string, unknown>) : {};
}

/** Endpoints whose valid input depends on state: built from real objects, created as needed. */
async function activeApplication(): Promise<{ id: string; planId: string }> {
  const cand = await ok('candidate.create', { name: 'Conformance Candidate' });
  const app = await ok('application.create', { candidateId: cand.id, jobId: first('job') });
  return { id: app.id, planId: app.currentInterviewStage.interviewPlanId };
}
const submissions = (fields: Array<[string, string]>) => ({ fieldSubmissions: fields.map(([path, value]) => ({ path, value })) });
const OFFER_FORM = submissions([
  ['salary', '150000'],
  ['startDate', '2026-03-01'],
  ['employmentType', 'full_time'],
]);
async function offerProcess() {
  const app = await activeApplication();
  return ok('offerProcess.start', { applicationId: app.id });
}
async function createdOffer() {
  const p = await offerProcess();
  const started = await ok('offer.start', { offerProcessId: p.id });
  return ok('offer.create', { offerProcessId: p.id, offerFormId: started.id, offerForm: OFFER_FORM });
}
async function uploaded(context: string): Promise<string> {
  const h = await uploadFile(sb, context, 'resume.pdf', Buffer.from('%PDF-1.4 sandbox resume'));
  if (h.status !== 204) throw new Error(`upload: HTTP ${h.status}`);
  return h.handle;
}
async function schedule() {
  const app = await activeApplication();
  const user = sb.world.col('user').at(2)!;
  return ok('interviewSchedule.create', {
    applicationId: app.id,
    interviewEvents: [{ startTime: '2026-01-10T10:00:00Z', endTime: '2026-01-10T11:00:00Z', interviewers: [{ email: user.email }] }],
  });
}
async function draftSequence() {
  const template = sb.world.col('sequenceTemplate').at(0)!;
  const candidate = (await ok('candidate.create', { name: 'Sequence Draft' })).id;
  return (await ok('sequence.add', { sequenceTemplateId: template.id, candidateId: candidate, start: false })).sequence;
}
function hiredApplication(): string {
  for (const [, a] of sb.world.col('application').scan()) if (a.status === 'Hired') return a.id;
  throw new Error('no hired application in the seed');
}
async function webhook() {
  return ok('webhook.create', { webhookType: 'applicationSubmit', requestUrl: 'https://example.com/hook', secretToken: 'conformance-secret' });
}
const SCORECARD = submissions([
  ['overall_score', '3'],
  ['summary', 'Solid'],
]);

const SETUP: Record<string, () => Promise<Record<string, unknown>>> = {
  // Irreversible: an application of its own, so the others keep theirs.
  'application.delete': async () => {
    const candidateId = (await ok('candidate.create', { name: 'To Be Deleted' })).id;
    return { applicationId: (await ok('application.create', { candidateId, jobId: first('job') })).id };
  },
  'candidate.pushToHris': async () => ({ applicationId: hiredApplication(), externalSystem: 'BambooHR' }),
  'sequence.discard': async () => ({ sequenceId: (await draftSequence()).id }),
  'sequence.start': async () => ({ sequenceId: (await draftSequence()).id }),
  'sequence.updateStage': async () => {
    const seq = await draftSequence();
    const stage = seq.stages.find((x: { type: string }) => x.type === 'Email');
    return { sequenceId: seq.id, stageId: stage.id, subject: 'A new subject' };
  },
  'application.changeStage': async () => {
    const app = await activeApplication();
    const stages = await ok('interviewStage.list', { interviewPlanId: app.planId });
    return { applicationId: app.id, interviewStageId: stages.find((s: { type: string }) => s.type === 'Active').id };
  },
  'application.transfer': async () => {
    const app = await activeApplication();
    const job = sb.world.col('job').at(1)!;
    const stages = await ok('interviewStage.list', { interviewPlanId: job.defaultInterviewPlanId });
    return { applicationId: app.id, jobId: job.id, interviewPlanId: job.defaultInterviewPlanId, interviewStageId: stages[1].id };
  },
  'applicationForm.submit': async () => ({
    jobPostingId: first('jobPosting'),
    applicationForm: submissions([
      ['_systemfield_name', 'Form Applicant'],
      ['_systemfield_email', 'form.applicant@example.com'],
    ]),
  }),
  'application.updateHistory': async () => {
    const app = await activeApplication();
    const stages = await ok('interviewStage.list', { interviewPlanId: app.planId });
    return {
      applicationId: app.id,
      applicationHistory: [
        { stageId: stages[1].id, stageNumber: 1, enteredStageAt: '2025-05-01T10:00:00Z' },
        { stageId: stages[2].id, stageNumber: 2, enteredStageAt: '2025-05-03T10:00:00Z' },
      ],
    };
  },
  'candidate.anonymize': async () => ({ candidateId: (await ok('candidate.create', { name: 'To Be Forgotten' })).id }),
  'candidate.search': async () => ({ name: 'a' }),
  'candidate.uploadResume': async () => ({ candidateId: first('candidate'), resumeHandle: await uploaded('CandidateResume') }),
  'candidate.uploadFile': async () => ({ candidateId: first('candidate'), fileHandle: await uploaded('CandidateFiles') }),
  'file.info': async () => ({ fileHandle: await uploaded('CandidateFiles') }),
  'customField.setValue': async () => ({ objectType: 'Candidate', objectId: first('candidate'), fieldId: first('customField'), fieldValue: true }),
  'customField.setValues': async () => ({
    objectType: 'Candidate',
    objectId: first('candidate'),
    values: [{ fieldId: first('customField'), fieldValue: true }],
  }),
  'offerProcess.start': async () => ({ applicationId: (await activeApplication()).id }),
  'offer.start': async () => ({ offerProcessId: (await offerProcess()).id }),
  'offer.create': async () => {
    const p = await offerProcess();
    const started = await ok('offer.start', { offerProcessId: p.id });
    return { offerProcessId: p.id, offerFormId: started.id, offerForm: OFFER_FORM };
  },
  'offer.update': async () => ({ offerId: (await createdOffer()).id, offerForm: OFFER_FORM }),
  'offer.info': async () => ({ offerId: (await createdOffer()).id }),
  'offer.startApprovalProcess': async () => ({ offerVersionId: (await createdOffer()).latestVersion.id }),
  'offer.approve': async () => {
    const offer = await createdOffer();
    await ok('offer.startApprovalProcess', { offerVersionId: offer.latestVersion.id });
    return { offerVersionId: offer.latestVersion.id };
  },
  'applicationFeedback.submit': async () => ({
    applicationId: (await activeApplication()).id,
    formDefinitionId: first('feedbackFormDefinition'),
    feedbackForm: SCORECARD,
  }),
  'interviewSchedule.create': async () => {
    const app = await activeApplication();
    return {
      applicationId: app.id,
      interviewEvents: [{ startTime: '2026-01-10T10:00:00Z', endTime: '2026-01-10T11:00:00Z', interviewers: [{ email: sb.world.col('user').at(2)!.email }] }],
    };
  },
  'interviewSchedule.cancel': async () => ({ id: (await schedule()).id }),
  'interviewSchedule.update': async () => {
    const s = await schedule();
    return { interviewScheduleId: s.id, interviewEventIdToCancel: s.interviewEvents[0].id };
  },
  'interviewEvent.list': async () => ({ interviewScheduleId: (await schedule()).id }),
  'customField.info': async () => ({ customFieldId: first('customField') }),
  'interviewBriefing.info': async () => ({ interviewEventId: (await schedule()).interviewEvents[0].id }),
  'job.setStatus': async () => ({ jobId: sb.world.col('job').at(8)!.id, status: 'Open' }),
  'webhook.create': async () => ({ webhookType: 'applicationSubmit', requestUrl: 'https://example.com/hook', secretToken: 'conformance-secret' }),
  'webhook.update': async () => ({ webhookId: (await webhook()).id, enabled: false }),
  'webhook.info': async () => ({ webhookId: (await webhook()).id }),
  'webhook.delete': async () => ({ webhookId: (await webhook()).id }),
  'report.generate': async () => ({ reportId: first('report') }),
};

const endpoints = callableEndpoints().map((e) => e.id);

describe('every callable endpoint', () => {
  it('covers every callable endpoint of the reviewed list (test/golden/endpoints.txt)', () => {
    expect(endpoints).toEqual(goldenCallable());
  });

  it.each(endpoints)('%s answers valid input with a conformant success', async (id) => {
    const body = SETUP[id] ? await SETUP[id]() : exampleBody(id);
    const r = await call(sb, id, body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.success, `${id} ${JSON.stringify(body)} -> ${JSON.stringify(r.body)}`).toBe(true);
    // A few endpoints declare no response body; success is all there is to check.
    const validate = ajv.compile(anyOfSchema(responsesOf(id)!.response ?? { type: 'object' }));
    const valid = validate(r.body);
    expect(valid, `${id}: ${ajv.errorsText(validate.errors?.slice(0, 5))}\n${JSON.stringify(r.body).slice(0, 1500)}`).toBe(true);
  });

  /** Endpoints whose request schema has something to get wrong (a required or typed parameter). */
  const breakable = endpoints.filter((id) => {
    const req = endpointSpec(id)!.request;
    return req && (merged(req).required?.length || Object.values(merged(req).properties ?? {}).some((p) => p.type !== undefined && !p.oneOf && !p.anyOf));
  });

  it.each(breakable)('%s answers invalid input with the error envelope naming the parameter', async (id) => {
    const spec = endpointSpec(id)!;
    const body = exampleBody(id);
    const req = merged(spec.request!);
    const required = req.required ?? [];
    let param: string;
    if (required.length) {
      param = required[0];
      delete body[param];
    } else {
      param =
        Object.keys(req.properties ?? {}).find((k) => !(req.properties![k].oneOf || req.properties![k].anyOf) && req.properties![k].type !== undefined) ?? '';
      body[param] = req.properties![param].type === 'array' ? 'not-a-list' : { wrong: 'type' };
    }
    const r = await call(sb, id, body);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ success: false, errors: ['invalid_input'], errorInfo: { code: 'invalid_input' } });
    expect(r.body.errorInfo.message).toContain(param);
  });
});
