// The careers-page flow: jobPosting.info with its application form, then applicationForm.submit,
// which finds or creates the candidate, files the application and fires applicationSubmit.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import { checkSubmissions, formFields } from '../forms.js';
import { checkReferences, present } from '../generic.js';
import type { Call, Handler } from '../handler.js';
import { formDefinition } from '../seed-forms.js';
import { newCandidate, statusOfStageType, type ApplicationRecord, type CandidateRecord } from '../seed.js';
import type { World } from '../world.js';

/** Submitting this email fails validation on purpose, as Ashby documents for testing. */
const FAIL_VALIDATION_EMAIL = 'testing-fail-validation@example.com';

function applicationForm(world: World) {
  const id = (i: number) => world.store.ids.make('applicationFormField', i);
  return formDefinition([
    [
      'Your application',
      [
        { id: id(0), type: 'String', path: '_systemfield_name', title: 'Name', isRequired: true },
        { id: id(1), type: 'Email', path: '_systemfield_email', title: 'Email', isRequired: true },
        { id: id(2), type: 'Phone', path: '_systemfield_phone', title: 'Phone', isRequired: false },
        { id: id(3), type: 'File', path: '_systemfield_resume', title: 'Resume', isRequired: false },
        { id: id(4), type: 'LongText', path: 'why_us', title: 'Why do you want to join?', isRequired: false },
      ],
    ],
  ]);
}

function posting(world: World, id: unknown): Entity {
  return world.need('jobPosting', id, 'job_posting');
}

function candidateByEmail(world: World, email: string): CandidateRecord | undefined {
  const want = email.toLowerCase();
  for (const [, c] of world.col('candidate').scan())
    if ((c as CandidateRecord).emailAddresses.some((e) => e.value.toLowerCase() === want)) return c as CandidateRecord;
  return undefined;
}

/** A File field's value: a handle from file.createFileUploadHandle (JSON), or a part name (multipart). */
function resumeOf(call: Call, value: unknown) {
  if (typeof value !== 'string' || !value) return undefined;
  const part = call.uploads.find((u) => u.name === value);
  const store = call.world.store;
  if (part) {
    const handle = `sbx-form-file-${store.files.size + 1}`;
    store.files.set(handle, {
      handle,
      name: part.filename || value,
      contentType: part.contentType ?? 'application/octet-stream',
      context: 'ApplicationForm',
      contentLength: part.data.length,
      data: part.data.toString('base64'),
      createdAt: store.now(),
    });
    return { id: handle, name: part.filename || value, handle };
  }
  const f = store.files.get(value);
  if (!f || f.data === undefined || f.context !== 'ApplicationForm')
    throw SandboxError.invalid(
      '_systemfield_resume',
      `the resume value "${value}" is neither an uploaded ApplicationForm handle nor a file part of this request`,
    );
  return { id: f.handle, name: f.name, handle: f.handle };
}

export const careerHandlers: Record<string, Handler> = {
  // Listed and unlisted postings unless listedOnly; location and department are exact names.
  'jobPosting.list': (call) => {
    const { world, body, endpoint } = call;
    checkReferences(call);
    const results = [...world.col('jobPosting').scan()]
      .map(([, p]) => p)
      .filter(
        (p) =>
          (body.listedOnly !== true || p.isListed === true) &&
          (body.location === undefined || p.locationName === body.location) &&
          (body.department === undefined || p.departmentName === body.department),
      )
      .map((p) => present(endpoint, p));
    return { results };
  },

  'jobPosting.info': ({ world, body, endpoint }) => {
    const p = posting(world, body.jobPostingId);
    const job = world.col('job').get(String(p.jobId));
    const loc = job ? world.col('location').get(String(job.locationId)) : undefined;
    const description = `Join us as ${p.title}. This posting lives in the Ashby sandbox.`;
    return {
      results: present(endpoint, {
        ...p,
        descriptionPlain: description,
        descriptionHtml: `<p>${description}</p>`,
        descriptionParts: { descriptionBody: { html: `<p>${description}</p>`, plain: description } },
        linkedData: { '@context': 'https://schema.org/', '@type': 'JobPosting', title: p.title, description, datePosted: p.publishedDate },
        ...(loc?.address ? { address: loc.address } : {}),
        applicationFormDefinition: applicationForm(world),
        surveyFormDefinitions: [...world.col('surveyFormDefinition').scan()].map(([, s]) => s),
        compensation: { compensationTiers: [], summaryComponents: [] },
        ...(Array.isArray(body.expand) && body.expand.includes('job') && job ? { job } : {}),
      }),
    };
  },

  'applicationForm.submit': (call) => {
    const { world, body } = call;
    const p = posting(world, body.jobPostingId);
    const job = world.need('job', p.jobId);
    if (job.status !== 'Open' && body.allowSubmissionForUnpublishedJobPosting === false)
      throw new SandboxError('job_posting_not_published', `job posting ${p.id} is not published`);
    for (const t of body.tagIds ?? []) world.need('candidateTag', t, 'tag');
    const form = applicationForm(world);
    const fileFields = new Set(
      formFields(form)
        .filter((f) => f.field.type === 'File')
        .map((f) => f.field.path),
    );
    const submissions = (body.applicationForm.fieldSubmissions as Array<{ path: string; value: unknown }>).filter((s) => !fileFields.has(s.path));
    const values = checkSubmissions(form, submissions, 'applicationForm.fieldSubmissions');
    const email = String(values._systemfield_email);
    if (email.toLowerCase() === FAIL_VALIDATION_EMAIL)
      throw SandboxError.invalid('_systemfield_email', `submissions from ${FAIL_VALIDATION_EMAIL} fail validation on purpose`);
    const resume = resumeOf(
      call,
      (body.applicationForm.fieldSubmissions as Array<{ path: string; value: unknown }>).find((s) => fileFields.has(s.path))?.value,
    );

    const seq = world.store.bump();
    const now = world.store.nowIso();
    const source = [...world.col('source').scan()].find(([, s]) => s.title === 'Company website')?.[1];
    let cand = candidateByEmail(world, email);
    if (!cand) {
      cand = world.col('candidate').create(
        (id) => ({
          ...newCandidate(id, String(values._systemfield_name), now, [{ value: email, type: 'Personal', isPrimary: true }]),
          ...(source ? { sourceId: source.id } : {}),
        }),
        seq,
      ) as CandidateRecord;
    }
    const stage = world.stagesOfPlan(String(job.defaultInterviewPlanId)).find((s) => s.type === 'PreInterviewScreen')!;
    const instanceId = world.col('submittedFormInstance').allocate();
    const app = world.col('application').create(
      (id) =>
        ({
          id,
          candidateId: cand.id,
          jobId: job.id,
          interviewPlanId: String(job.defaultInterviewPlanId),
          stageId: stage.id,
          status: statusOfStageType(String(stage.type)),
          createdAt: now,
          updatedAt: now,
          ...(source ? { sourceId: source.id } : {}),
          history: [{ id: world.col('applicationHistory').allocate(), stageId: stage.id, enteredStageAt: now }],
          customFields: [],
          formInstanceId: instanceId,
          appliedViaJobPostingId: p.id,
        }) as ApplicationRecord,
      seq,
    );
    world.col('candidate').update(cand.id, seq, (d) => {
      const c = d as CandidateRecord;
      c.applicationIds.push(app.id);
      c.tagIds = [...new Set([...c.tagIds, ...(body.tagIds ?? [])])];
      if (values._systemfield_phone && !c.phoneNumbers.length)
        c.phoneNumbers = [{ value: String(values._systemfield_phone), type: 'Personal', isPrimary: true }];
      if (resume) c.resumeFileHandle = resume;
      c.updatedAt = now;
    });
    world.emit([['applicationSubmit', { application: world.renderApplication(app) }]]);
    return {
      results: {
        submittedFormInstance: { id: instanceId, formDefinition: form, submittedValues: { ...values, ...(resume ? { _systemfield_resume: resume } : {}) } },
        formMessages: { blocked: false },
      },
    };
  },
};

/** application.info by submittedFormInstanceId. */
export function applicationByFormInstance(world: World, instanceId: unknown): Entity | undefined {
  const apps = world.col('application');
  for (const [, a] of apps.scan(apps.baseCount)) if (a.formInstanceId === instanceId) return a;
  return undefined;
}
