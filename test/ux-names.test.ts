// Issue 15, item 7 (and the pasted links of item 8): the generated commands take names, emails and
// Ashby links wherever they take ids, resolved like the hand-made commands, through the CLI.
import { describe, expect, it } from 'vitest';
import { json } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, application, interviewSchedule, jobId, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const cli = s.cli;

describe('names for ids in generated commands', () => {
  it('candidate info takes an email, and a pasted Ashby link', async () => {
    const a = await applicant(s.h);
    const byEmail = await cli(['candidate', 'info', a.email, '--json']);
    expect(byEmail.code, byEmail.stderr).toBe(0);
    expect(json<any>(byEmail).id).toBe(a.candidateId);
    const link = await cli(['candidate', 'info', `https://app.ashbyhq.com/candidates/${a.candidateId}/feed`, '--json']);
    expect(link.code, link.stderr).toBe(0);
    expect(json<any>(link).id).toBe(a.candidateId);
  });

  it('candidate search takes the name (or an email) positionally', async () => {
    const a = await applicant(s.h);
    const byName = await cli(['candidate', 'search', a.name, '--json']);
    expect(byName.code, byName.stderr).toBe(0);
    expect(json<any[]>(byName).map((c) => c.id)).toContain(a.candidateId);
    const byEmail = await cli(['candidate', 'search', a.email, '--json']);
    expect(json<any[]>(byEmail).map((c) => c.id)).toEqual([a.candidateId]);
  });

  it('--tag-id and --candidate-id by name; a stage by name within the application plan; a job by title', async () => {
    const a = await applicant(s.h);
    const tag = await cli(['candidate', 'add-tag', '--candidate-id', a.email, '--tag-id', 'Strong referral', '--json']);
    expect(tag.code, tag.stderr).toBe(0);
    expect(json<any>(tag).tags.map((t: any) => t.title)).toContain('Strong referral');

    const move = await cli(['app', 'change-stage', a.email, '--interview-stage-id', 'Onsite', '--json']);
    expect(move.code, move.stderr).toBe(0);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe('Onsite');

    const job = await cli(['job', 'info', 'Staff Engineer', '--json']);
    expect(job.code, job.stderr).toBe(0);
    expect(json<any>(job).id).toBe(await jobId(s.h, 'Staff Engineer'));
  });

  it('a location and a department by name', async () => {
    const [loc] = (await apiOk(s.h, 'location.list', {})) as Array<{ id: string; name: string }>;
    const r = await cli(['location', 'info', loc.name, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<any>(r).id).toBe(loc.id);
    const [dep] = (await apiOk(s.h, 'department.list', {})) as Array<{ id: string; name: string }>;
    const d = await cli(['department', 'info', dep.name, '--json']);
    expect(d.code, d.stderr).toBe(0);
    expect(json<any>(d).id).toBe(dep.id);
  });

  it('a write acts on a candidate name only when it is whole; the message names the flag', async () => {
    const a = await applicant(s.h);
    const part = a.name.split(' ').slice(0, 2).join(' ');
    const before = await stats(s.h);
    const r = await cli(['candidate', 'add-tag', '--candidate-id', part, '--tag-id', 'Strong referral']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${part}" (--candidate-id) is not the full name or email of a candidate`);
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    const none = await cli(['candidate', 'add-tag', '--candidate-id', a.email, '--tag-id', 'No such tag at all']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('no tag matches "No such tag at all"');
  });

  it('--dry-run shows what it resolved and sends no write', async () => {
    const a = await applicant(s.h);
    const before = await stats(s.h);
    const r = await cli(['candidate', 'add-tag', '--candidate-id', a.email, '--tag-id', 'Strong referral', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('/candidate.addTag');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
  });
});

describe('views', () => {
  it('candidate view: one screen with applications, interviews, feedback, notes; -o json is the whole dossier', async () => {
    const a = await applicant(s.h, ['Staff Engineer', 'Product Designer']);
    const [, u] = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string; firstName: string }>;
    const sched = await cli(
      interviewSchedule(
        a.email,
        { interview: 'System design', interviewers: [u.email], start: '2031-02-03T10:00:00Z', duration: 30 },
        '--job',
        'Staff Engineer',
        '--yes',
      ),
    );
    expect(sched.code, sched.stderr).toBe(0);
    await apiOk(s.h, 'candidate.createNote', { candidateId: a.candidateId, note: 'Prefers mornings' });
    const text = await cli(['candidate', 'view', a.email, '-o', 'table'], { TZ: 'UTC' });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`${a.name} <${a.email}>`);
    expect(text.stdout).toMatch(/Applications\n {2}Staff Engineer — New Lead \(Lead, \d+ d in stage\)/);
    expect(text.stdout).toContain('Product Designer —');
    expect(text.stdout).toMatch(/Upcoming interviews\n {2}2031-02-03 10:00 UTC {2}System design \(Staff Engineer\) with /);
    expect(text.stdout).toContain('Prefers mornings');
    // Upcoming interviews are in the command's TZ, with UTC.
    const there = await cli(['candidate', 'view', a.email, '-o', 'table'], { TZ: 'Asia/Kathmandu' });
    expect(there.stdout).toMatch(/Upcoming interviews\n {2}2031-02-03 15:45 GMT\+5:45 \(2031-02-03 10:00 UTC\) {2}System design/);
    const whole = json<any>(await cli(['candidate', 'view', a.email, '-o', 'json']));
    expect(whole.candidate.id).toBe(a.candidateId);
    expect(whole.applications.map((x: any) => x.job).sort()).toEqual(['Product Designer', 'Staff Engineer']);
    expect(whole.upcomingInterviews[0].interview).toBe('System design');
  });

  it('app list --job/--stage/--source filter by name', async () => {
    const a = await applicant(s.h, ['Frontend Engineer']);
    await cli(['app', 'stage', a.email, '--stage', 'Onsite']);
    const r = await cli(['app', 'list', '--job', 'Frontend Engineer', '--stage', 'onsite', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const apps = json<any[]>(r);
    expect(apps.map((x) => x.id)).toContain(a.applicationId);
    for (const x of apps) {
      expect(x.job.title).toBe('Frontend Engineer');
      expect(x.currentInterviewStage.title).toBe('Onsite');
    }
    const typo = await cli(['app', 'list', '--stage', 'Onsight']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--stage "Onsight": no interview stage has that name');
  });

  it('job pipeline: counts per stage in plan order, agreeing with the API', async () => {
    const id = await jobId(s.h, 'Staff Engineer');
    const all = (await apiOk(s.h, 'application.list', { jobId: id, limit: 100 })) as any[];
    const r = await cli(['job', 'pipeline', 'Staff Engineer', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = json<any[]>(r);
    expect(rows.reduce((n, x) => n + x.count, 0)).toBe(all.length);
    expect(rows[0].type).toBe('Lead');
    expect(rows.find((x) => x.stage === 'Hired')).toBeDefined();
  });
});

describe('report run by name or link', () => {
  it('takes a sandbox report by title or pasted URL, and sandbox stats lists them', async () => {
    const reports = (await (await fetch(`${s.h.url}/_sandbox/reports`)).json()).results as Array<{ id: string; title: string }>;
    const pipeline = reports.find((r) => r.title === 'Pipeline by stage')!;
    const byTitle = await cli(['report', 'run', 'pipeline by stage', '-o', 'csv']);
    expect(byTitle.code, byTitle.stderr).toBe(0);
    expect(byTitle.stdout.split('\n')[0]).toBe('Stage,Applications');
    const byUrl = await cli(['report', 'run', `https://app.ashbyhq.com/reports/saved/${pipeline.id}`, '-o', 'csv']);
    expect(byUrl.code, byUrl.stderr).toBe(0);
    expect(byUrl.stdout).toBe(byTitle.stdout);
    const none = await cli(['report', 'run', 'No such report']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain("Ashby's API cannot list reports");
    const stats = await cli(['sandbox', 'stats', '--json'], { ASHBY_BASE_URL: '', ASHBY_API_KEY: '' });
    expect(stats.code, stats.stderr).toBe(0);
    expect(json<any>(stats).reports.map((r: any) => r.title)).toContain('Pipeline by stage');
  });
});
