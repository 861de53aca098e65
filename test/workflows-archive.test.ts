// app archive against the sandbox: flags, a pipe of ids and emails, the wizard, the refusals, and
// per-item failures that are reported and not retried.
import { describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, application, failingProxy, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

const cli = s.cli;

async function archivedWith(id: string): Promise<string | undefined> {
  const app = await application(s.h, id);
  expect(app.status).toBe('Archived');
  expect(app.currentInterviewStage.type).toBe('Archived');
  return app.archiveReason?.text;
}

describe('app archive', () => {
  it('archives several applications named by email and id with a reason given by text', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const r = await cli(['app', 'archive', a.email, b.applicationId, '--reason', 'not a fit for the role', '--yes']);
    expect(r.code, r.stderr).toBe(0);
    // Several applications are a batch: one result row each, in order (see test/bulk.test.ts).
    expect(r.stderr).toContain('About to run `ashby application archive` for 2 records');
    expect(r.stderr).toContain('Archive reason: "Not a fit for the role"');
    expect(r.stderr).toContain('No email will be sent');
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; ok: boolean; result: { id: string } });
    expect(out.map((x) => [x.row, x.ok, x.result.id])).toEqual([
      [1, true, a.applicationId],
      [2, true, b.applicationId],
    ]);
    expect(await archivedWith(a.applicationId)).toBe('Not a fit for the role');
    expect(await archivedWith(b.applicationId)).toBe('Not a fit for the role');
  });

  it('reads ids and emails from a pipe, with a candidate email from a template at a set time', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const before = await stats(s.h);
    const r = await cli(
      ['app', 'archive', '--reason', 'Position closed', '--email-template', 'Rejection (after interviews)', '--send-at', '2030-05-01T09:00:00Z', '--yes'],
      { TZ: 'UTC' },
      `${a.applicationId}\n# a comment\n\n${b.email}\n`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('emailed the template "Rejection (after interviews)" at 2030-05-01 09:00 UTC');
    expect(await archivedWith(a.applicationId)).toBe('Position closed');
    expect(await archivedWith(b.applicationId)).toBe('Position closed');
    const after = await stats(s.h);
    expect((after.writes.byEndpoint['application.changeStage'] ?? 0) - (before.writes.byEndpoint['application.changeStage'] ?? 0)).toBe(2);
  });

  it("a batch reads --send-at in the command's TZ, as one application does, and shows it local and UTC", async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const args = ['app', 'archive', a.applicationId, b.email, '--reason', 'Position closed', '--email-template', 'Rejection (after interviews)'];
    // Kathmandu is UTC+05:45 all year: 09:00 there is 03:15 UTC, whatever zone the test process is in.
    const dry = await cli([...args, '--send-at', '2030-05-01 09:00', '--dry-run'], { TZ: 'Asia/Kathmandu' });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('"sendAt": "2030-05-01T03:15:00.000Z"');
    const r = await cli([...args, '--send-at', '2030-05-01 09:00', '--yes'], { TZ: 'Asia/Kathmandu' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('at 2030-05-01 09:00 GMT+5:45 (2030-05-01 03:15 UTC)');
  });

  it("a batch's --send-at is in the past by the command's clock, as for one application", async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const args = ['app', 'archive', a.applicationId, b.email, '--reason', 'Position closed', '--email-template', 'Rejection (after interviews)'];
    const r = await runCli([...args, '--send-at', '2030-05-01T09:00:00Z', '--yes'], {
      env: { ...s.h.env, TZ: 'UTC' },
      now: () => new Date('2031-01-01T00:00:00Z'),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('--send-at 2030-05-01 09:00 UTC is in the past: the email will be sent at once.');
  });

  it('refuses a template that cannot be emailed (exit 3: no email template of that name)', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'archive', a.email, '--reason', 'Position closed', '--email-template', 'LinkedIn connection note', '--yes']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('LinkedIn connection note');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
  });

  it('changes nothing when one of the inputs cannot be found, and names it', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'archive', a.email, 'nobody-at-all@example.com', '--reason', 'Position closed', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 2: no candidate');
    expect(r.stderr).toContain('nobody-at-all@example.com');
    expect(r.stderr).toContain('nothing was sent');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
  });

  it('an ambiguous reason exits 2 listing the matches', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'archive', a.email, '--reason', 'not', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Not a fit for the role');
    expect(r.stderr).toContain('Not enough experience');
  });

  it('without a terminal, a missing reason or --yes exits 2 before any request', async () => {
    const before = await stats(s.h);
    const noReason = await cli(['app', 'archive', 'x@example.com', '--yes']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    const noYes = await cli(['app', 'archive', 'x@example.com', '--reason', 'Position closed']);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('--yes');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });

  it('a candidate without an email address cannot be emailed: that archive fails and leaves the stage, as on Ashby', async () => {
    const a = await applicant(s.h);
    const cand = await apiOk(s.h, 'candidate.create', { name: 'No Email Example' });
    const noEmail = await apiOk(s.h, 'application.create', { candidateId: cand.id, jobId: a.jobId });
    const r = await cli([
      'app',
      'archive',
      a.applicationId,
      noEmail.id,
      '--reason',
      'Position closed',
      '--email-template',
      'Rejection (after interviews)',
      '--yes',
    ]);
    expect(r.code).toBe(8);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[1]).toMatchObject({ row: 2, ok: false, error: { code: 'invalid_input' } });
    expect(out[1].error.message).toMatch(/email/);
    expect(await archivedWith(a.applicationId)).toBe('Position closed');
    expect((await application(s.h, noEmail.id)).status).not.toBe('Archived');
  });

  it('skips applications that are already archived', async () => {
    const a = await applicant(s.h);
    expect((await cli(['app', 'archive', a.email, '--reason', 'Position closed', '--yes'])).code).toBe(0);
    const again = await cli(['app', 'archive', a.applicationId, '--reason', 'Hired someone else', '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(json<any[]>(again)[0].result).toBe('already archived');
    expect((await application(s.h, a.applicationId)).archiveReason.text).toBe('Position closed');
  });

  it('reports an item whose write met a server error as unknown, archives the rest, exits 9 and does not retry the write', async () => {
    const [a, b, c] = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const proxy = await failingProxy(s.h, (ep, body) => ep === 'application.changeStage' && body.applicationId === b.applicationId);
    try {
      const r = await cli(['app', 'archive', a.applicationId, b.applicationId, c.applicationId, '--reason', 'Position closed', '--yes'], proxy.env);
      expect(r.code).toBe(9);
      expect(r.stderr).toContain('1 of 3 records may or may not have been applied (outcome unknown)');
      expect(proxy.hits).toEqual(['application.changeStage']); // the write was sent once, not retried
      const out = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      // A server error after sending a write may follow applying it: unknown, never "failed".
      expect(out[1]).toMatchObject({ row: 2, ok: false, outcome: 'unknown', exit: 9, error: { code: 'outcome_unknown' } });
      expect(out[1].error.message).toContain('internal_error');
      expect(await archivedWith(a.applicationId)).toBe('Position closed');
      expect(await archivedWith(c.applicationId)).toBe('Position closed');
      expect((await application(s.h, b.applicationId)).status).not.toBe('Archived');
    } finally {
      await proxy.close();
    }
  });

  it('--dry-run shows the stage change and archives nothing', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'archive', a.applicationId, '--reason', 'Position closed', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('application.changeStage');
    expect(r.stdout).toContain('archiveReasonId');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
  });

  it('prompts for everything on a terminal, spells out the email, and prints the command to script it', async () => {
    const a = await applicant(s.h);
    const answers = [a.email, 'Compensation mismatch (RejectedByCandidate)', 'Rejection (after application review) (email)', '2031-01-02T08:00:00Z', true];
    const r = await cli(['app', 'archive'], { ASHBY_PROMPT_ANSWERS: JSON.stringify(answers), TZ: 'UTC' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Each candidate will be emailed the template "Rejection (after application review)" at 2031-01-02 08:00 UTC');
    expect(r.stderr).toContain(
      `# to script this: ashby app archive ${a.applicationId} --reason 'Compensation mismatch' --email-template 'Rejection (after application review)' --send-at 2031-01-02T08:00:00.000Z --yes`,
    );
    expect(await archivedWith(a.applicationId)).toBe('Compensation mismatch');
  });

  it('a no at the confirmation archives nothing', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'archive', a.email, '--reason', 'Position closed'], { ASHBY_PROMPT_ANSWERS: JSON.stringify([false]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cancelled');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
  });
});
