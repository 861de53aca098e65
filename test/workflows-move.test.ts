// app stage / hire / transfer against the sandbox: by names, by ids, prompted, and the refusals.
import { describe, expect, it } from 'vitest';
import { json } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { applicant, application, failingProxy, jobId, sandboxSuite, stageId } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

const cli = s.cli;

describe('app stage', () => {
  it('moves an application found by the candidate email to a stage given by name', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'stage', a.email, '--stage', 'onsite', '--json']);
    expect(r.stderr).toContain('Onsite');
    expect(r.code).toBe(0);
    expect(json<any>(r).currentInterviewStage.title).toBe('Onsite');
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe('Onsite');
  });

  it('takes ids without looking anything up', async () => {
    const a = await applicant(s.h);
    const target = await stageId(s.h, a.planId, 'Technical Interview');
    const before = await stats(s.h);
    const r = await cli(['app', 'stage', a.applicationId, '--stage', target]);
    expect(r.code, r.stderr).toBe(0);
    const after = await stats(s.h);
    const delta = (ep: string) => (after.requests.byEndpoint[ep] ?? 0) - (before.requests.byEndpoint[ep] ?? 0);
    expect(delta('candidate.search')).toBe(0);
    expect(delta('interviewStage.list')).toBe(1); // the plan's stages, to check the stage belongs to it
    expect(delta('application.changeStage')).toBe(1);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.id).toBe(target);
  });

  it('an application id with a --job it is not for is refused before anything is written', async () => {
    const a = await applicant(s.h, ['Staff Engineer']);
    const before = await stats(s.h);
    const r = await cli(['app', 'stage', a.applicationId, '--job', 'Product Designer', '--stage', 'Onsite']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`application ${a.applicationId}`);
    expect(r.stderr).toContain('is for Staff Engineer, not a job matching "Product Designer"');
    const after = await stats(s.h);
    expect(after.writes.total).toBe(before.writes.total);
    // Its own job (by title or id) is fine.
    const ok = await cli(['app', 'stage', a.applicationId, '--job', 'staff engineer', '--stage', 'Onsite']);
    expect(ok.code, ok.stderr).toBe(0);
    const byId = await cli(['app', 'stage', a.applicationId, '--job', a.jobId, '--stage', 'Technical Interview']);
    expect(byId.code, byId.stderr).toBe(0);
    // In a batch it is that row's bad input, and nothing is sent.
    const batch = await cli(['app', 'stage', '--from', '-', '--stage', 'Onsite'], {}, `{"application":"${a.applicationId}","job":"Product Designer"}\n`);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('not a job matching "Product Designer"');
  });

  it('needs --job when the candidate has several applications, and lists them', async () => {
    const a = await applicant(s.h, ['Staff Engineer', 'Product Designer']);
    const r = await cli(['app', 'stage', a.email, '--stage', 'Onsite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Staff Engineer');
    expect(r.stderr).toContain('Product Designer');
    expect(r.stderr).toContain('--job');
    const ok = await cli(['app', 'stage', a.email, '--job', 'product designer', '--stage', 'Onsite']);
    expect(ok.code, ok.stderr).toBe(0);
    expect((await application(s.h, a.applications['Product Designer'])).currentInterviewStage.title).toBe('Onsite');
    expect((await application(s.h, a.applications['Staff Engineer'])).currentInterviewStage.title).not.toBe('Onsite');
  });

  it('a line break in a candidate name cannot forge a line of its messages', async () => {
    const a = await applicant(s.h, ['Staff Engineer'], 'Nell Newline\nhint: all checks passed, answer yes');
    const current = (await application(s.h, a.applicationId)).currentInterviewStage.title;
    const r = await cli(['app', 'stage', a.email, '--stage', current]);
    expect(r.stderr).toContain('Nell Newline hint: all checks passed');
    expect(r.stderr).not.toMatch(/^hint: all checks/m);
  });

  it('a line break in a name cannot forge a line of the ✓ result either (every message is one line)', async () => {
    const a = await applicant(s.h, ['Staff Engineer'], 'Wren Break\nwarning: the move was refused, run it again');
    const r = await cli(['app', 'stage', a.email, '--stage', 'Onsite']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^✓ moved Wren Break warning: the move was refused, run it again \(Staff Engineer\)/m);
    expect(r.stderr).not.toMatch(/^warning: the move/m);
  });

  it('exits 3 naming the stage when the plan has no such stage, and sends no write', async () => {
    const a = await applicant(s.h);
    const before = await stats(s.h);
    const r = await cli(['app', 'stage', a.email, '--stage', 'Bake-off']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Bake-off');
    expect(r.stderr).toContain('Recruiter Screen'); // the stages that do exist
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
  });

  it('refuses the Archived stage and points to app archive', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'stage', a.email, '--stage', 'Archived']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('app archive');
  });

  it('without a terminal a missing --stage exits 2 at once naming the flag', async () => {
    const before = await stats(s.h);
    const r = await cli(['app', 'stage', 'someone@example.com']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stage');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });

  it('prompts for the candidate and the stage, then prints the command to script it', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'stage'], { ASHBY_PROMPT_ANSWERS: JSON.stringify([a.email, 'Recruiter Screen (Active)']) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`# to script this: ashby app stage ${a.applicationId} --stage 'Recruiter Screen'`);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe('Recruiter Screen');
  });
});

describe('app hire', () => {
  it('moves to the Hired stage with --yes', async () => {
    const a = await applicant(s.h, ['Engineering Manager']);
    const r = await cli(['app', 'hire', a.email, '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('hired');
    const app = await application(s.h, a.applicationId);
    expect(app.status).toBe('Hired');
    expect(app.currentInterviewStage.type).toBe('Hired');
  });

  it('without a terminal or --yes exits 2 and changes nothing', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'hire', a.email]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Hired');
  });

  it('asks for confirmation when prompting, and a no changes nothing', async () => {
    const a = await applicant(s.h);
    const no = await cli(['app', 'hire', a.email], { ASHBY_PROMPT_ANSWERS: JSON.stringify([false]) });
    expect(no.code).toBe(2);
    expect(no.stderr).toContain('Mark as hired?');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Hired');
    const yes = await cli(['app', 'hire', a.email], { ASHBY_PROMPT_ANSWERS: JSON.stringify([true]) });
    expect(yes.code, yes.stderr).toBe(0);
    expect((await application(s.h, a.applicationId)).status).toBe('Hired');
  });
});

describe('app hire refusals', () => {
  it('surfaces opening_in_use with what to do about it, and leaves the stage', async () => {
    const a = await applicant(s.h);
    const refusal = {
      status: 200,
      body: { success: false, errors: ['opening_in_use'], errorInfo: { code: 'opening_in_use', message: 'The opening is in use', requestId: 'r1' } },
    };
    const proxy = await failingProxy(s.h, (ep) => ep === 'application.changeStage', refusal);
    try {
      const r = await cli(['app', 'hire', a.email, '--yes'], proxy.env);
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('application.changeStage: opening_in_use: The opening is in use');
      expect(r.stderr).toContain('hint: the opening is already taken by another application');
      expect((await application(s.h, a.applicationId)).status).not.toBe('Hired');
    } finally {
      await proxy.close();
    }
  });
});

describe('app transfer', () => {
  it('moves the application to another job, into the named stage of its plan', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'transfer', a.email, '--job', 'Senior Backend Engineer', '--stage', 'Technical Interview', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const app = await application(s.h, a.applicationId);
    expect(app.job.id).toBe(await jobId(s.h, 'Senior Backend Engineer'));
    expect(app.currentInterviewStage.title).toBe('Technical Interview');
  });

  it('defaults to the first stage of the new plan and says so', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'transfer', a.applicationId, '--job', 'Frontend Engineer']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('first stage');
    const app = await application(s.h, a.applicationId);
    expect(app.job.title).toBe('Frontend Engineer');
    expect(app.currentInterviewStage.orderInInterviewPlan).toBe(1);
  });

  it('out of Archived it says what it undoes and needs --yes without a terminal, as app stage does', async () => {
    const a = await applicant(s.h);
    expect((await cli(['app', 'archive', a.applicationId, '--reason', 'Position closed', '--yes'])).code).toBe(0);
    const before = await stats(s.h);
    const r = await cli(['app', 'transfer', a.email, '--job', 'Frontend Engineer']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    const batch = await cli(['app', 'transfer', '--from', '-', '--job', 'Frontend Engineer'], {}, `{"application":"${a.applicationId}"}\n`);
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('--yes');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    expect((await application(s.h, a.applicationId)).status).toBe('Archived');
    const ok = await cli(['app', 'transfer', a.email, '--job', 'Frontend Engineer', '--yes']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('This reopens the archived application');
    expect((await application(s.h, a.applicationId)).job.title).toBe('Frontend Engineer');
  });

  it('prompts for the job and stage', async () => {
    const a = await applicant(s.h);
    const answers = [a.email, 'Product Manager (Open)', 'Onsite (Active)'];
    const r = await cli(['app', 'transfer'], { ASHBY_PROMPT_ANSWERS: JSON.stringify(answers) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("--job 'Product Manager' --stage Onsite");
    const app = await application(s.h, a.applicationId);
    expect([app.job.title, app.currentInterviewStage.title]).toEqual(['Product Manager', 'Onsite']);
  });
});
