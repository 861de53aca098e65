// Stateful flows people script against the sandbox: the offer chain, archive with a reason, hire,
// anonymize, report polling and limits, uploads, signed webhook deliveries and saved state.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { call, startSandbox, stats, uploadFile, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 500 });
});
afterAll(() => sb.close());

async function ok(endpoint: string, body: unknown) {
  const r = await call(sb, endpoint, body);
  expect(r.body.success, `${endpoint}: ${JSON.stringify(r.body)}`).toBe(true);
  return r.body.results;
}

async function newApplication(jobIndex = 0) {
  const cand = await ok('candidate.create', { name: 'Flow Candidate', email: `flow-${randomBytes(4).toString('hex')}@example.com` });
  const job = sb.world.col('job').at(jobIndex)!;
  const app = await ok('application.create', { candidateId: cand.id, jobId: job.id });
  const stages = await ok('interviewStage.list', { interviewPlanId: job.defaultInterviewPlanId });
  const stage = (type: string) => stages.find((s: { type: string }) => s.type === type).id as string;
  return { cand, app, stage };
}

describe('offer chain', () => {
  it('runs offerProcess.start → offer.start → offer.create → approval through the CLI, and reads see it', async () => {
    const { app } = await newApplication();
    const cli = async (...args: string[]) => {
      const r = await runCli(['api', ...args], { env: sb.env });
      expect(r.code, r.stderr).toBe(0);
      return json<any>(r);
    };
    const process = await cli('offerProcess.start', '-f', `applicationId=${app.id}`);
    expect(process.status).toBe('WaitingOnOfferCreation');
    const started = await cli('offer.start', '-f', `offerProcessId=${process.id}`);
    const types = started.formDefinition.sections.flatMap((s: any) => s.fields.map((f: any) => f.field.type));
    expect(types).toEqual(expect.arrayContaining(['String', 'Number', 'Date', 'Currency', 'ValueSelect', 'MultiValueSelect', 'Boolean']));

    const wrongForm = await call(sb, 'offer.create', { offerProcessId: process.id, offerFormId: process.id, offerForm: { fieldSubmissions: [] } });
    expect(wrongForm.body.errorInfo.code).toBe('offer_form_not_found');
    const missing = await runCli(
      [
        'api',
        'offer.create',
        '-f',
        `offerProcessId=${process.id}`,
        '-f',
        `offerFormId=${started.id}`,
        '-F',
        'offerForm={"fieldSubmissions":[{"path":"salary","value":"150000"}]}',
      ],
      { env: sb.env },
    );
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain('startDate');

    const subs = JSON.stringify({
      fieldSubmissions: [
        { path: 'salary', value: '150000' },
        { path: 'startDate', value: '2026-03-01' },
        { path: 'employmentType', value: 'full_time' },
        { path: 'benefits', value: '["health","pension"]' },
      ],
    });
    const offer = await cli('offer.create', '-f', `offerProcessId=${process.id}`, '-f', `offerFormId=${started.id}`, '-F', `offerForm=${subs}`);
    expect(offer).toMatchObject({ applicationId: app.id, offerStatus: 'WaitingOnApprovalStart', latestVersion: { salary: { value: 150000 } } });
    await cli('offer.startApprovalProcess', '-f', `offerVersionId=${offer.latestVersion.id}`);
    // A step is approved for one of its approvers: approvalStepId and userId go together, and one
    // alone is refused rather than read as approving the whole process.
    const user = sb.world.col('user').idOf(0);
    for (const half of [
      ['--approval-step-id', '3f0c8f5e-1111-4222-8333-444455556666'],
      ['--user-id', user],
    ]) {
      const r = await runCli(['offer', 'approve', '--offer-version-id', offer.latestVersion.id, ...half], { env: sb.env });
      expect(r.code, half[0]).toBe(5);
      expect(r.stderr).toMatch(/invalid_input: .*approvalStepId.*userId/);
    }
    expect((await ok('offer.info', { offerId: offer.id })).offerStatus).toBe('WaitingOnOfferApproval');
    const approved = await cli('offer.approve', '-f', `offerVersionId=${offer.latestVersion.id}`);
    expect(approved).toMatchObject({ offerStatus: 'WaitingOnCandidateResponse', latestVersion: { approvalStatus: 'Approved' } });
    expect((await ok('offer.info', { offerId: offer.id })).offerStatus).toBe('WaitingOnCandidateResponse');
    expect((await ok('offer.list', { applicationId: app.id })).map((o: { id: string }) => o.id)).toEqual([offer.id]);
    const again = await call(sb, 'offer.approve', { offerVersionId: offer.latestVersion.id });
    expect(again.body.errorInfo.code).toBe('invalid_input');
  });
});

describe('stage changes', () => {
  it('archives only with a reason, and only to an Archived stage', async () => {
    const { app, stage } = await newApplication();
    const reason = (await ok('archiveReason.list', {}))[0];
    const noReason = await call(sb, 'application.changeStage', { applicationId: app.id, interviewStageId: stage('Archived') });
    expect(noReason.body.errorInfo).toMatchObject({ code: 'invalid_input' });
    expect(noReason.body.errorInfo.message).toContain('archiveReasonId');
    const reasonElsewhere = await call(sb, 'application.changeStage', { applicationId: app.id, interviewStageId: stage('Active'), archiveReasonId: reason.id });
    expect(reasonElsewhere.body.errorInfo.code).toBe('invalid_input');
    const badReason = await call(sb, 'application.changeStage', {
      applicationId: app.id,
      interviewStageId: stage('Archived'),
      archiveReasonId: sb.world.col('job').idOf(0),
    });
    expect(badReason.body.errorInfo.code).toBe('archive_reason_not_found');

    const archived = await ok('application.changeStage', { applicationId: app.id, interviewStageId: stage('Archived'), archiveReasonId: reason.id });
    expect(archived).toMatchObject({ status: 'Archived', archiveReason: { id: reason.id }, currentInterviewStage: { type: 'Archived' } });
    expect((await ok('application.info', { applicationId: app.id })).status).toBe('Archived');
    const history = await ok('application.listHistory', { applicationId: app.id });
    expect(history.at(-1).stageId).toBe(stage('Archived'));
  });

  it('refuses a stage of another interview plan', async () => {
    const { app } = await newApplication(0);
    const other = sb.world.col('job').at(1)!;
    const stages = await ok('interviewStage.list', { interviewPlanId: other.defaultInterviewPlanId });
    const r = await call(sb, 'application.changeStage', { applicationId: app.id, interviewStageId: stages[2].id });
    expect(r.body.errorInfo.code).toBe('interview_stage_not_found');
  });

  it('hires by moving to the Hired stage, then allows anonymizing', async () => {
    const { cand, app, stage } = await newApplication();
    const refused = await call(sb, 'candidate.anonymize', { candidateId: cand.id });
    expect(refused.body.errorInfo.code).toBe('invalid_input');
    expect((await ok('application.changeStage', { applicationId: app.id, interviewStageId: stage('Hired') })).status).toBe('Hired');
    const anon = await ok('candidate.anonymize', { candidateId: cand.id });
    expect(anon.emailAddresses).toEqual([]);
    expect((await ok('candidate.info', { id: cand.id })).name).not.toBe('Flow Candidate');
  });

  it('job.setStatus allows only the documented transitions', async () => {
    const job = await ok('job.create', { title: 'Sandbox Role', teamId: sb.world.col('department').idOf(0), locationId: sb.world.col('location').idOf(0) });
    expect(job.status).toBe('Draft');
    expect((await call(sb, 'job.setStatus', { jobId: job.id, status: 'Closed' })).body.errorInfo.code).toBe('invalid_input');
    expect((await ok('job.setStatus', { jobId: job.id, status: 'Open' })).status).toBe('Open');
    expect((await ok('job.setStatus', { jobId: job.id, status: 'Closed' })).status).toBe('Closed');
    const stages = await ok('interviewStage.list', { interviewPlanId: job.defaultInterviewPlanId });
    expect(stages).toHaveLength(8);
  });
});

describe('reports', () => {
  it('report.generate is in progress for a few polls, then complete', async () => {
    const reportId = sb.world.col('report').idOf(0);
    const start = await ok('report.generate', { reportId });
    expect(start).toMatchObject({ status: 'in_progress', reportData: null });
    const statuses: string[] = [];
    let last: any;
    for (let i = 0; i < 5 && last?.status !== 'complete'; i++) {
      last = await ok('report.generate', { reportId, requestId: start.requestId });
      statuses.push(last.status);
    }
    expect(statuses).toEqual(['in_progress', 'complete']);
    expect(last.reportData.columnNames).toEqual(['Stage', 'Applications']);
    expect(last.reportData.data[0]).toEqual(['Stage', 'Applications']);
    const total = last.reportData.data.slice(1).reduce((n: number, row: [string, number]) => n + row[1], 0);
    expect(total).toBeGreaterThan(500);
  });

  it('limits concurrent and per-minute starts with HTTP 429, and lets polls through', async () => {
    const reportId = sb.world.col('report').idOf(1);
    sb.advanceClock(120_000); // a fresh minute and no running reports from other tests
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await ok('report.generate', { reportId }));
    const fourth = await call(sb, 'report.generate', { reportId });
    expect(fourth.status).toBe(429);
    expect(fourth.body.errorInfo.code).toBe('concurrent_limit_exceeded');
    expect((await call(sb, 'report.generate', { reportId, requestId: runs[0].requestId })).status).toBe(200);
    sb.configure({ reportPolls: 0 });
    try {
      sb.advanceClock(120_000);
      const codes: string[] = [];
      for (let i = 0; i < 16; i++) codes.push((await call(sb, 'report.synchronous', { reportId })).body.results?.status ?? '');
      const over = await call(sb, 'report.synchronous', { reportId });
      expect(codes.slice(0, 15).every((c) => c === 'complete')).toBe(true);
      expect(over.status).toBe(429);
      expect(over.body.errorInfo.code).toBe('rate_limit_exceeded');
    } finally {
      sb.configure({ reportPolls: 2 });
      sb.advanceClock(120_000);
    }
  });
});

describe('files', () => {
  it('uploads a multi-megabyte resume through the handle URL and serves the same bytes back', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const h = await uploadFile(sb, 'CandidateResume', 'cv.pdf', bytes);
    expect(h.url.startsWith(`${sb.url}/_sandbox/upload/`)).toBe(true);
    expect(h.status).toBe(204);

    const cand = sb.world.col('candidate').idOf(3);
    const updated = await ok('candidate.uploadResume', { candidateId: cand, resumeHandle: h.handle });
    expect(updated.resumeFileHandle).toMatchObject({ handle: h.handle, name: 'cv.pdf' });
    const { url } = await ok('file.info', { fileHandle: h.handle });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const got = Buffer.from(await res.arrayBuffer());
    expect(createHash('sha256').update(got).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('serves a file with a non-ASCII name', async () => {
    const h = await uploadFile(sb, 'CandidateFiles', 'Lebenslauf Jürgen.pdf', Buffer.from('Lebenslauf'));
    expect(h.status).toBe(204);
    const res = await fetch((await ok('file.info', { fileHandle: h.handle })).url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Lebenslauf Jürgen.pdf')}`);
  });

  it('refuses an upload whose fields were tampered with, and a handle never uploaded', async () => {
    const h = await uploadFile(sb, 'CandidateFiles', 'a.txt', Buffer.from('abc'), 'text/plain', (k, v) => (k === 'x-sandbox-signature' ? 'forged' : v));
    expect(h.status).toBe(403);
    const r = await call(sb, 'candidate.uploadFile', { candidateId: sb.world.col('candidate').idOf(0), fileHandle: h.handle });
    expect(r.body.errorInfo.code).toBe('invalid_input');
    expect(r.body.errorInfo.message).toContain('fileHandle');
  });
});

describe('careers page', () => {
  it('applies through a job posting form with a resume, and application.info finds it by form instance', async () => {
    const postings = await ok('jobPosting.list', {});
    const posting = await ok('jobPosting.info', { jobPostingId: postings[0].id });
    const paths = posting.applicationFormDefinition.sections.flatMap((s: any) => s.fields.map((f: any) => f.field.path));
    expect(paths).toEqual(expect.arrayContaining(['_systemfield_name', '_systemfield_email', '_systemfield_resume']));

    const h = await uploadFile(sb, 'ApplicationForm', 'me.pdf', Buffer.from('resume for the careers page'));
    expect(h.status).toBe(204);

    const fieldSubmissions = [
      { path: '_systemfield_name', value: 'Careers Applicant' },
      { path: '_systemfield_email', value: 'careers.applicant@example.com' },
      { path: '_systemfield_resume', value: h.handle },
    ];
    const submitted = await ok('applicationForm.submit', { jobPostingId: posting.id, applicationForm: { fieldSubmissions } });
    expect(submitted.formMessages.blocked).toBe(false);
    const app = await ok('application.info', { submittedFormInstanceId: submitted.submittedFormInstance.id });
    expect(app).toMatchObject({
      job: { id: posting.jobId },
      candidate: { name: 'Careers Applicant' },
      appliedViaJobPostingId: posting.id,
      currentInterviewStage: { type: 'PreInterviewScreen' },
    });
    expect((await ok('candidate.info', { id: app.candidate.id })).resumeFileHandle.handle).toBe(h.handle);

    const again = await ok('applicationForm.submit', { jobPostingId: postings[1].id, applicationForm: { fieldSubmissions: fieldSubmissions.slice(0, 2) } });
    const second = await ok('application.info', { submittedFormInstanceId: again.submittedFormInstance.id });
    expect(second.candidate.id).toBe(app.candidate.id);

    const failing = await call(sb, 'applicationForm.submit', {
      jobPostingId: posting.id,
      applicationForm: {
        fieldSubmissions: [
          { path: '_systemfield_name', value: 'X' },
          { path: '_systemfield_email', value: 'testing-fail-validation@example.com' },
        ],
      },
    });
    expect(failing.body.errorInfo.code).toBe('invalid_input');
    const noEmail = await call(sb, 'applicationForm.submit', {
      jobPostingId: posting.id,
      applicationForm: { fieldSubmissions: [{ path: '_systemfield_name', value: 'X' }] },
    });
    expect(noEmail.body.errorInfo.message).toContain('_systemfield_email');
  });
});

describe('job postings', () => {
  it('job-posting list: every posting, or only the listed ones, or those of one location or department, as Ashby filters them', async () => {
    const run = async (...flags: string[]) => {
      const r = await runCli(['job-posting', 'list', ...flags, '--json'], { env: sb.env });
      expect(r.code, r.stderr).toBe(0);
      return json<Array<{ id: string; isListed: boolean; locationName: string; departmentName: string }>>(r);
    };
    const all = await run();
    expect(all.some((p) => !p.isListed)).toBe(true); // unlisted ones come too unless asked otherwise
    const listed = await run('--listed-only');
    expect(listed.map((p) => p.id)).toEqual(all.filter((p) => p.isListed).map((p) => p.id));
    const where = all[0].locationName;
    expect((await run('--location', where)).map((p) => p.id)).toEqual(all.filter((p) => p.locationName === where).map((p) => p.id));
    expect(await run('--location', where.toUpperCase())).toEqual([]); // the name is matched exactly
    const dept = all[0].departmentName;
    expect((await run('--department', dept)).map((p) => p.id)).toEqual(all.filter((p) => p.departmentName === dept).map((p) => p.id));
  });
});

describe('direct multipart uploads (deprecated by Ashby, still accepted)', () => {
  const post = (endpoint: string, form: FormData) =>
    fetch(`${sb.url}/${endpoint}`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from(`${sb.apiKey}:`).toString('base64')}` }, body: form }).then(
      (r) => r.json() as Promise<any>,
    );

  it('attaches a resume part and refuses a body without it', async () => {
    const candidateId = sb.world.col('candidate').idOf(5);
    const form = new FormData();
    form.append('candidateId', candidateId);
    form.append('resume', new Blob(['resume bytes']), 'direct.pdf');
    const r = await post('candidate.uploadResume', form);
    expect(r.success).toBe(true);
    expect(r.results.resumeFileHandle.name).toBe('direct.pdf');
    const missing = new FormData();
    missing.append('candidateId', candidateId);
    const bad = await post('candidate.uploadResume', missing);
    expect(bad.errorInfo).toMatchObject({ code: 'invalid_input' });
    expect(bad.errorInfo.message).toContain('resume');
  });
});

describe('webhooks', () => {
  it('delivers signed events for matching writes, and retries a failing receiver', async () => {
    const received: Array<{ raw: string; signature: string }> = [];
    let failFirst = true;
    const receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (failFirst) {
          failFirst = false;
          res.writeHead(503).end();
          return;
        }
        received.push({ raw: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['ashby-signature']) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (receiver.address() as AddressInfo).port;
      const secret = 'whsec-sandbox-test';
      await ok('webhook.create', { webhookType: 'candidateStageChange', requestUrl: `http://127.0.0.1:${port}/hook`, secretToken: secret });
      const { app, stage } = await newApplication();
      await ok('application.changeStage', { applicationId: app.id, interviewStageId: stage('Active') });
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(received).toHaveLength(1);
      const { raw, signature } = received[0];
      expect(signature).toBe(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
      const payload = JSON.parse(raw);
      expect(payload).toMatchObject({ action: 'candidateStageChange', data: { application: { id: app.id, currentInterviewStage: { id: stage('Active') } } } });
      expect(typeof payload.webhookActionId).toBe('string');
      const deliveries = (await (await fetch(`${sb.url}/_sandbox/webhooks`)).json()) as { results: Array<{ attempts: number; status: string }> };
      expect(deliveries.results.at(-1)).toMatchObject({ attempts: 2, status: 'delivered' });
    } finally {
      receiver.close();
    }
  });
});

describe('state', () => {
  it('saves on close and loads on start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ashby-sbx-')), 'state.json');
    const a = await startSandbox({ stateFile: file, candidates: 100, seed: 3 });
    const created = (await call(a, 'candidate.create', { name: 'Saved Person' })).body.results;
    await a.close();
    const b = await startSandbox({ stateFile: file });
    try {
      expect(b.world.store.params).toEqual({ seed: 3, candidates: 100 });
      expect((await call(b, 'candidate.info', { id: created.id })).body.results.name).toBe('Saved Person');
    } finally {
      await b.close();
    }
  });
});

describe('write-then-fail faults', () => {
  it('a write hit by 500-after is applied once and reported as failed, never retried', async () => {
    const f = await startSandbox({ candidates: 10, faults: '500-after=1' });
    try {
      const r = await runCli(['api', 'candidate.create', '-f', 'name=Applied Once'], { env: f.env });
      expect(r.code).toBe(5);
      const s = await stats(f);
      expect(s.requests.byEndpoint['candidate.create']).toBe(1);
      expect(s.writes.byEndpoint['candidate.create']).toBe(1);
      expect(s.faults.byKind['500-after']).toBe(1);
    } finally {
      await f.close();
    }
  });
});
