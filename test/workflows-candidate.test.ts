// candidate add and interview schedule against the sandbox: each step's effect is read back there.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, tempConfigDir } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, application, failingProxy, interviewSchedule, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

const cli = s.cli;
const unique = () => Math.random().toString(36).slice(2, 8);

async function candidate(id: string): Promise<any> {
  return apiOk(s.h, 'candidate.info', { id });
}

describe('candidate add', () => {
  it('creates the candidate, uploads the resume, applies, tags and notes in one command', async () => {
    const email = `ada.${unique()}@example.com`;
    const resume = join(tempConfigDir(), 'ada.pdf');
    writeFileSync(resume, '%PDF-1.4 a resume');
    const r = await cli([
      'candidate',
      'add',
      '--name',
      'Ada Lovelace',
      '--email',
      email,
      '--phone',
      '+44 20 7946 0000',
      '--job',
      'Staff Engineer',
      '--source',
      'Referral',
      '--tag',
      'Strong referral',
      '--tag',
      'open source',
      '--note',
      'Met at the conference',
      '--resume',
      resume,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    for (const step of [
      'created the candidate',
      'uploaded the resume ada.pdf',
      'applied to Staff Engineer',
      'tagged Strong referral',
      'tagged Open source',
      'added the note',
    ]) {
      expect(r.stderr).toContain(step);
    }
    const out = json<any>(r);
    const c = await candidate(out.candidate.id);
    expect(c.name).toBe('Ada Lovelace');
    expect(c.primaryEmailAddress.value).toBe(email);
    expect(c.source.title).toBe('Referral');
    expect(c.tags.map((t: { title: string }) => t.title).sort()).toEqual(['Open source', 'Strong referral']);
    expect(c.resumeFileHandle?.name).toBe('ada.pdf');
    expect(c.applicationIds).toHaveLength(1);
    expect((await application(s.h, c.applicationIds[0])).job.title).toBe('Staff Engineer');
    const notes = (await apiOk(s.h, 'candidate.listNotes', { candidateId: c.id })) as Array<{ content: string }>;
    expect(notes.map((n) => n.content)).toContain('Met at the conference');
  });

  it('checks every name and the resume file before creating anything', async () => {
    const before = await stats(s.h);
    const badTag = await cli(['candidate', 'add', '--name', 'Nobody Yet', '--tag', 'No such tag at all']);
    expect(badTag.code).toBe(3);
    expect(badTag.stderr).toContain('no tag matches "No such tag at all"');
    const badFile = await cli(['candidate', 'add', '--name', 'Nobody Yet', '--resume', '/nonexistent/cv.pdf']);
    expect(badFile.code).toBe(2);
    expect(badFile.stderr).toContain('no such file: /nonexistent/cv.pdf');
    expect((await stats(s.h)).writes.byEndpoint['candidate.create'] ?? 0).toBe(before.writes.byEndpoint['candidate.create'] ?? 0);
  });

  it('refuses to create a second candidate with the same email unless asked', async () => {
    const a = await applicant(s.h);
    const r = await cli(['candidate', 'add', '--name', 'Copy Cat', '--email', a.email]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(a.candidateId);
    expect(r.stderr).toContain('--allow-duplicate');
    const again = await cli(['candidate', 'add', '--name', 'Copy Cat', '--email', a.email, '--allow-duplicate', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(json<any>(again).candidate.id).not.toBe(a.candidateId);
  });

  it('reports a failed later step, keeps the others, and exits non-zero without retrying', async () => {
    const proxy = await failingProxy(s.h, (ep) => ep === 'candidate.addTag');
    try {
      const r = await cli(
        ['candidate', 'add', '--name', `Partial ${unique()}`, '--job', 'Product Designer', '--tag', 'Relocating', '--note', 'still noted', '--json'],
        proxy.env,
      );
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('✗ tag Relocating');
      expect(r.stderr).toContain('the candidate was created, but 1 of 4 steps failed');
      expect(proxy.hits).toEqual(['candidate.addTag']);
      const out = json<any>(r);
      expect(out.steps.filter((s: { ok: boolean }) => !s.ok).map((s: { step: string }) => s.step)).toEqual(['tag Relocating']);
      const c = await candidate(out.candidate.id);
      expect(c.applicationIds).toHaveLength(1);
      const notes = (await apiOk(s.h, 'candidate.listNotes', { candidateId: c.id })) as Array<{ content: string }>;
      expect(notes.map((n) => n.content)).toContain('still noted');
    } finally {
      await proxy.close();
    }
  });

  it('in a batch, a record whose later step failed is not "failed": the row is unknown and holds the candidate and its steps', async () => {
    const stamp = unique();
    const proxy = await failingProxy(s.h, (ep, body) => ep === 'candidate.createNote' && body.note === 'fails');
    try {
      const csv = join(tempConfigDir(), 'add.csv');
      writeFileSync(csv, `name,email,note\nOk ${stamp},ok.${stamp}@example.com,fine\nHalf ${stamp},half.${stamp}@example.com,fails\n`);
      const r = await cli(['candidate', 'add', '--from', csv], proxy.env);
      expect(r.code, r.stderr).toBe(9);
      const [ok, half] = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(ok).toMatchObject({ row: 1, ok: true });
      expect(half).toMatchObject({ row: 2, ok: false, outcome: 'unknown', exit: 9, error: { code: 'partially_applied' } });
      expect(half.result.steps.map((x: { step: string; ok: boolean }) => [x.step, x.ok])).toEqual([
        ['create candidate', true],
        ['add note', false],
      ]);
      expect((await candidate(half.result.candidate.id)).name).toBe(`Half ${stamp}`);
      expect(r.stderr).toContain('0 failed, 1 unknown');
    } finally {
      await proxy.close();
    }
  });

  it('asks on a terminal and prints the command to script it', async () => {
    const email = `grace.${unique()}@example.com`;
    // name, email, phone, job, source, tags, note, resume, confirm
    const answers = ['Grace Hopper', email, '', 'Frontend Engineer (Open)', '(none)', ['Returning candidate'], 'Compiler pioneer', '', true];
    const r = await cli(['candidate', 'add', '--json'], { ASHBY_PROMPT_ANSWERS: JSON.stringify(answers) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `# to script this: ashby candidate add --name 'Grace Hopper' --email ${email} --job 'Frontend Engineer' --tag 'Returning candidate' --note 'Compiler pioneer'`,
    );
    const c = await candidate(json<any>(r).candidate.id);
    expect(c.tags.map((t: { title: string }) => t.title)).toEqual(['Returning candidate']);
    expect((await application(s.h, c.applicationIds[0])).job.title).toBe('Frontend Engineer');
  });

  it('without a terminal --name is required, at once', async () => {
    const before = await stats(s.h);
    const r = await cli(['candidate', 'add', '--email', 'x@example.com']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });
});

describe('interview schedule', () => {
  it('schedules an interview type with interviewers by email and name', async () => {
    const a = await applicant(s.h);
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ id: string; email: string; firstName: string; lastName: string }>;
    const r = await cli(
      interviewSchedule(
        a.email,
        {
          interview: 'System design',
          interviewers: [users[2].email, `${users[4].firstName} ${users[4].lastName}`],
          start: '2030-06-01T14:00:00+02:00',
          duration: 45,
        },
        '--yes',
        '--json',
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    const [schedule] = (await apiOk(s.h, 'interviewSchedule.list', { applicationId: a.applicationId })) as any[];
    const [event] = schedule.interviewEvents;
    expect(event.interview.title).toBe('System design');
    expect(event.startTime).toBe('2030-06-01T12:00:00.000Z');
    expect(event.endTime).toBe('2030-06-01T12:45:00.000Z');
    expect(event.interviewerUserIds.sort()).toEqual([users[2].id, users[4].id].sort());
    expect(json<any>(r).id).toBe(schedule.id);
  });

  it('rejects a bad time or duration before sending anything', async () => {
    const before = await stats(s.h);
    const r = await cli(interviewSchedule('x@example.com', { interview: 'x', interviewers: ['x@example.com'], start: 'tomorrow', duration: 30 }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--start "tomorrow"');
    const d = await cli(
      interviewSchedule('x@example.com', { interview: 'x', interviewers: ['x@example.com'], start: '2030-01-01T10:00Z', duration: 'an hour' }),
    );
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--duration');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });

  it('a date that does not exist is refused with or without a zone, not moved to another day', async () => {
    const before = await stats(s.h);
    for (const start of ['2030-02-31T10:00:00Z', '2030-04-31T10:00+02:00', '2030-06-01T24:00Z', '2030-06-01T14:00+25:00', '2030-02-31 10:00']) {
      const r = await cli(interviewSchedule('x@example.com', { interview: 'x', interviewers: ['x@example.com'], start, duration: 30 }));
      expect(r.code, start).toBe(2);
      expect(r.stderr).toContain(`--start "${start}" is not a valid time`);
    }
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });

  it('asks for the interview, interviewers, time and length on a terminal', async () => {
    const a = await applicant(s.h);
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ id: string; email: string }>;
    const answers = [a.email, 'Recruiter screen', [users[1].id], '2030-07-01T09:00:00Z', '30', true];
    const r = await cli(['interview', 'schedule'], { ASHBY_PROMPT_ANSWERS: JSON.stringify(answers) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `# to script this: ashby interview schedule ${a.applicationId} --interview 'Recruiter screen' --interviewer ${users[1].email} --start 2030-07-01T09:00:00.000Z --duration 30 --yes`,
    );
    const [schedule] = (await apiOk(s.h, 'interviewSchedule.list', { applicationId: a.applicationId })) as any[];
    expect(schedule.interviewEvents[0].interviewerUserIds).toEqual([users[1].id]);
  });
});
