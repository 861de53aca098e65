// A recruiter's everyday journey, checked where it went wrong: each test here failed before its fix.
// Through the CLI and real HTTP against the sandbox.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempConfigDir } from './helpers/cli.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { answer, TmuxSession, tmuxAvailable } from './helpers/workflow-tmux.js';
import { apiOk, applicant, application, archiveReasonId, interviewSchedule, jobId, offerCreate, sandboxSuite, stageId } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

/** A terminal's environment for the CLI against this file's sandbox: its own config folder, no colour. */
const ttyEnv = (extra: Record<string, string> = {}) => ({ ...s.h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', ...extra });

describe('dates in tables', () => {
  it("an offer's start date is the date that was typed, also west of UTC", async () => {
    const a = await applicant(s.h);
    const made = await s.cli([...offerCreate(a.email), '--no-approve', '--yes']);
    expect(made.code, made.stderr).toBe(0);
    const [offer] = (await apiOk(s.h, 'offer.list', { applicationId: a.applicationId })) as any[];
    expect(offer.latestVersion.startDate).toMatch(/^2030-09-01T00:00/);
    const env = { ...s.h.env, TZ: 'America/Los_Angeles' };
    // A list's table and a record's FIELD/VALUE table.
    const list = await runBin(['offer', 'list', '--application-id', a.applicationId, '-o', 'table', '--fields', 'id,latestVersion.startDate'], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${offer.id}\\s+2030-09-01\\n`));
    const one = await runBin(['offer', 'info', offer.id, '-o', 'table'], { env });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/latestVersion\.startDate\s+2030-09-01\n/);
    // Times stay local to the minute, and JSON keeps what Ashby sent.
    expect(one.stdout).toMatch(/latestVersion\.createdAt\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\n/);
    const raw = await runBin(['offer', 'info', offer.id, '-o', 'json'], { env });
    expect(JSON.parse(raw.stdout).latestVersion.startDate).toBe(offer.latestVersion.startDate);
  });
});

describe('a candidate with two applications to the same job', () => {
  it('the hint does not send the person to --job, which cannot tell them apart', async () => {
    const a = await applicant(s.h, ['Staff Engineer']);
    const second = await apiOk(s.h, 'application.create', { candidateId: a.candidateId, jobId: a.jobId });
    for (const args of [
      ['app', 'view', a.email],
      ['app', 'view', a.email, '--job', 'Staff Engineer'],
    ]) {
      const r = await s.cli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(a.applicationId);
      expect(r.stderr).toContain(second.id);
      expect(r.stderr).not.toContain('--job');
      expect(r.stderr).toContain('both are for Staff Engineer: pass the application id');
    }
    // Applications to different jobs still point at --job.
    const b = await applicant(s.h, ['Staff Engineer', 'Product Manager']);
    const r = await s.cli(['app', 'view', b.email]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('add --job JOB to choose one, or pass the application id');
  });
});

describe('hiring an archived application', () => {
  it('the summary says the hire takes it out of the archive, naming the reason it clears', async () => {
    for (const cmd of [
      ['app', 'hire'],
      ['app', 'stage', '--stage', 'Hired'],
    ]) {
      const a = await applicant(s.h);
      await apiOk(s.h, 'application.changeStage', {
        applicationId: a.applicationId,
        interviewStageId: await stageId(s.h, a.planId, 'Archived'),
        archiveReasonId: await archiveReasonId(s.h, 'Position closed'),
      });
      const r = await s.cli([...cmd, a.email, '--yes']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('It is archived now (reason: "Position closed"): hiring takes it out of the archive and clears that reason.');
      expect((await application(s.h, a.applicationId)).status).toBe('Hired');
    }
  });
});

const HAVE_TMUX = tmuxAvailable();
describe.skipIf(!HAVE_TMUX)('a long list laid out as a table', () => {
  // Slow answers, so the pages take a while to arrive, as they do from a large organisation.
  let slow: TestSandbox;
  let term: TmuxSession | undefined;
  beforeAll(async () => {
    slow = await startSandbox({ latencyMs: 150 });
  });
  afterAll(() => slow?.close());
  afterEach(() => term?.close());
  const run = (args: string[]) => {
    term = new TmuxSession().start(args, { ...slow.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1' });
    return term;
  };

  it('says it is fetching while the pages arrive, then leaves only the table', async () => {
    const t = run(['candidate', 'list', '--all', '--fields', 'id,name']);
    await t.waitFor(/Fetching… (\d+ so far)?/);
    expect(await t.exitCode(), t.screen()).toBe(0);
    const screen = t.screen();
    expect(screen).not.toContain('Fetching');
    expect(screen).toMatch(/^ID\s+NAME$/m);
    expect(t.cursorVisible()).toBe(true);
  });

  it('Ctrl-C while fetching: exit 130, the spinner gone and the cursor back', async () => {
    const t = run(['candidate', 'list', '--all']);
    await t.waitFor('Fetching…');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    expect(t.screen()).toContain('ashby: interrupted');
    expect(t.screen()).not.toMatch(/Fetching.*\n.*__EXIT/);
    expect(t.cursorVisible()).toBe(true);
  });

  it('a terminal under CI, or one that cannot move the cursor, gets no spinner and no left-over line', async () => {
    for (const extra of [{ CI: 'true' }, { TERM: 'dumb' }] as Record<string, string>[]) {
      term = new TmuxSession().start(['candidate', 'list', '--all', '--fields', 'id,name'], {
        ...slow.env,
        ...extra,
        ASHBY_CONFIG_DIR: tempConfigDir(),
        ASHBY_NO_KEYCHAIN: '1',
        NO_COLOR: '1',
      });
      expect(await term.exitCode(), term.screen()).toBe(0);
      const screen = term.screen();
      expect(screen, JSON.stringify(extra)).not.toContain('Fetching');
      expect(screen).toMatch(/^ID\s+NAME$/m);
      term.close();
    }
  });

  it('piped, or streamed as NDJSON, there is no spinner', async () => {
    const piped = await runBin(['candidate', 'list', '--all', '-o', 'table'], { env: slow.env });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toBe('');
    const t = run(['candidate', 'list', '--limit', '3', '-o', 'ndjson']);
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect(t.screen()).not.toContain('Fetching');
  });
});

describe.skipIf(!HAVE_TMUX)('the interview wizard in a terminal', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('Enter with no interviewer chosen asks again instead of ending the wizard', async () => {
    const a = await applicant(s.h);
    const t = (term = new TmuxSession().start(['interview', 'schedule', a.email, '--interview', 'System design'], ttyEnv()));
    await t.waitFor('❯ (choose one)');
    t.press('Enter');
    await t.waitFor('Interviewers: choose at least one (type a name, Enter adds them)');
    t.type('grace');
    await t.waitFor('❯   Grace Johnson <grace.johnson@sandbox-corp.example>');
    t.press('Enter');
    await t.waitFor('❯ (done: 1 chosen)');
    t.press('Enter');
    await t.waitFor('Start time');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    expect(t.screen()).not.toContain('an interview needs at least one interviewer');
  });

  it('interviewers are found by typing part of a name or email, added one at a time, and removed again', async () => {
    const a = await applicant(s.h);
    const env = ttyEnv({ TZ: 'America/New_York' });
    const t = (term = new TmuxSession().start(['interview', 'schedule', a.email, '--interview', 'System design'], env));
    await t.waitFor('Interviewers (type to search, Enter adds one)');
    // Part of an email narrows the list to one person.
    t.type('dijkstra');
    let screen = await t.waitFor('❯   Ken Dijkstra <ken.dijkstra@sandbox-corp.example>');
    expect(screen).not.toContain('Grace Johnson');
    t.press('Enter');
    await t.waitFor('+ Ken Dijkstra <ken.dijkstra@sandbox-corp.example>');
    await t.waitFor('Interviewers (1 chosen;');
    t.type('LAMARR');
    await t.waitFor('❯   Lynn Lamarr <lynn.lamarr@sandbox-corp.example>');
    t.press('Enter');
    // Unfiltered, the chosen come first, ticked: Enter on one removes it.
    screen = await t.waitFor('❯ (done: 2 chosen)');
    expect(screen).toMatch(/\(done: 2 chosen\)\n {2}✓ Ken Dijkstra <[^>]+>\n {2}✓ Lynn Lamarr <[^>]+>\n/);
    t.press('Down', 'Enter');
    await t.waitFor('− Ken Dijkstra <ken.dijkstra@sandbox-corp.example>');
    await t.waitFor('❯ (done: 1 chosen)');
    t.press('Enter');
    await t.waitFor('Start time (local time in America/New_York');
    t.type('2030-07-01 10:00').press('Enter');
    await t.waitFor('Duration in minutes');
    t.type('45').press('Enter');
    screen = await t.waitFor('Schedule this interview?');
    expect(screen).toContain('at 2030-07-01 10:00 EDT (2030-07-01 14:00 UTC), 45 min');
    expect(screen).toContain('  with Lynn Lamarr <lynn.lamarr@sandbox-corp.example>\n');
    t.type('y').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect(t.screen()).toContain('--interviewer lynn.lamarr@sandbox-corp.example --start 2030-07-01T14:00:00.000Z');
    const [made] = (await apiOk(s.h, 'interviewSchedule.list', { applicationId: a.applicationId })) as any[];
    expect(made.interviewEvents[0].interviewers.map((i: { email: string }) => i.email)).toEqual(['lynn.lamarr@sandbox-corp.example']);
  });
});

describe('a TZ this system does not know', () => {
  const schedule = (who: string, start: string) =>
    interviewSchedule(who, { interview: 'System design', interviewers: ['grace.johnson@sandbox-corp.example'], start, duration: 45 }, '--yes');

  it('a typed local time is refused (exit 2, nothing sent) instead of being read as UTC', async () => {
    const a = await applicant(s.h);
    const before = (await stats(s.h)).writes.byEndpoint['interviewSchedule.create'] ?? 0;
    for (const tz of ['America/NewYork', 'CET-1CEST,M3.5.0,M10.5.0/3']) {
      const r = await s.cli(schedule(a.email, '2030-06-01 14:00'), { TZ: tz });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`TZ "${tz}" is not a time zone ashby knows`);
      expect(r.stderr).toContain('2030-06-01T14:00+02:00');
      // The same time also fails on the archive's --send-at.
      const archive = await s.cli(
        [
          'app',
          'archive',
          a.email,
          '--reason',
          'Position closed',
          '--email-template',
          'Rejection (after application review)',
          '--send-at',
          '2030-06-01 09:00',
          '--yes',
        ],
        { TZ: tz },
      );
      expect(archive.code, archive.stderr).toBe(2);
    }
    expect((await stats(s.h)).writes.byEndpoint['interviewSchedule.create'] ?? 0).toBe(before);
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
    // A time with its offset needs no zone; POSIX's ":" before a zone name is understood.
    const utc = await s.cli(schedule(a.email, '2030-06-01T14:00Z'), { TZ: 'America/NewYork' });
    expect(utc.code, utc.stderr).toBe(0);
    const colon = await s.cli(schedule(a.email, '2030-06-02 14:00'), { TZ: ':America/New_York' });
    expect(colon.code, colon.stderr).toBe(0);
    expect(colon.stderr).toContain('2030-06-02 14:00 EDT (2030-06-02 18:00 UTC)');
  });
});

describe.skipIf(!HAVE_TMUX)('typing a time into a wizard', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('the question names the zone, and a time the clocks skip shows the time to type instead', async () => {
    const a = await applicant(s.h);
    const args = ['interview', 'schedule', a.email, '--interview', 'System design', '--interviewer', 'grace.johnson@sandbox-corp.example'];
    const env = ttyEnv({ TZ: 'America/New_York' });
    const t = (term = new TmuxSession().start(args, env));
    await t.waitFor('Start time (local time in America/New_York, e.g. 2030-05-01 14:00)');
    t.type('2030-03-10 02:30').press('Enter');
    await t.waitFor('does not exist in America/New_York: the clocks skip it');
    await t.waitFor('give a time the clocks show, e.g. "2030-03-10T03:30-04:00"');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
  });

  it("the archive wizard's send time names the zone too", async () => {
    const a = await applicant(s.h);
    const env = ttyEnv({ TZ: 'Asia/Kolkata' });
    const t = (term = new TmuxSession().start(['app', 'archive', a.email], env));
    await t.waitFor('Archive reason');
    t.type('Position closed');
    await t.waitFor('❯ Position closed');
    t.press('Enter');
    await t.waitFor('Email the candidate?');
    t.type('Rejection (after appl');
    await t.waitFor('❯ Rejection (after application review)');
    t.press('Enter');
    await t.waitFor('Send at (local time in Asia/Kolkata, e.g. 2030-05-01 09:30');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
  });
});

/** Two new jobs with one title (as an organisation posts a role in two places), on Staff Engineer's plan. */
async function namesakeJobs(title: string): Promise<[string, string]> {
  const staff = await apiOk(s.h, 'job.info', { id: await jobId(s.h, 'Staff Engineer') });
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const job = await apiOk(s.h, 'job.create', {
      title,
      teamId: staff.departmentId,
      locationId: staff.locationId,
      defaultInterviewPlanId: staff.defaultInterviewPlanId,
    });
    await apiOk(s.h, 'job.setStatus', { jobId: job.id, status: 'Open' });
    ids.push(job.id);
  }
  return ids as [string, string];
}

/** A fresh candidate applied to both namesake jobs. */
async function onBoth(jobs: [string, string]) {
  const a = await applicant(s.h);
  const apps: string[] = [];
  for (const id of jobs) apps.push((await apiOk(s.h, 'application.create', { candidateId: a.candidateId, jobId: id })).id);
  return { ...a, apps };
}

describe('a candidate on two jobs of one title', () => {
  it('the hint does not offer --job by title, which matches both again', async () => {
    const jobs = await namesakeJobs('Namesake Analyst');
    const a = await onBoth(jobs);
    const before = (await stats(s.h)).writes.byEndpoint['application.changeStage'] ?? 0;
    const r = await s.cli(['app', 'stage', a.email, '--job', 'Namesake Analyst', '--stage', 'Onsite', '--yes']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(a.apps[0]);
    expect(r.stderr).toContain(a.apps[1]);
    expect(r.stderr).not.toContain('add --job JOB');
    expect(r.stderr).toContain('their jobs share the title "Namesake Analyst": pass the application id, or --job with the job\'s id');
    expect((await stats(s.h)).writes.byEndpoint['application.changeStage'] ?? 0).toBe(before);
    // What the hint says works.
    const byJobId = await s.cli(['app', 'stage', a.email, '--job', jobs[1], '--stage', 'Onsite', '--yes']);
    expect(byJobId.code, byJobId.stderr).toBe(0);
    expect((await application(s.h, a.apps[1])).currentInterviewStage.title).toBe('Onsite');
  });
});

describe.skipIf(!HAVE_TMUX)('namesakes in a picker', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('two applications to jobs of one title are two different lines, each with its id', async () => {
    const jobs = await namesakeJobs('Namesake Designer');
    const a = await onBoth(jobs);
    const env = ttyEnv();
    const t = (term = new TmuxSession().start(['app', 'stage', a.email, '--job', 'Namesake Designer'], env));
    const screen = await t.waitFor('matches 2 applications; which one?');
    // The highlighted line's id is shown under the list too: each line must carry its own.
    expect(screen).toMatch(new RegExp(`❯ .*— Namesake Designer \\(Lead, New Lead\\)  ${a.apps[0]}`));
    expect(screen).toMatch(new RegExp(`^  .*— Namesake Designer \\(Lead, New Lead\\)  ${a.apps[1]}`, 'm'));
    t.press('Down', 'Enter');
    await t.waitFor('which stage?');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
  });

  it("the wizard's command to script it names a namesake job by its id, which finds it again", async () => {
    const jobs = await namesakeJobs('Namesake Planner');
    const a = await applicant(s.h);
    const env = ttyEnv();
    const t = (term = new TmuxSession().start(['app', 'transfer', a.email], env));
    await t.waitFor('to which job?');
    t.type('Namesake Pl');
    await t.waitFor(`❯ Namesake Planner (Open)  ${jobs[0]}`);
    t.press('Down');
    await t.waitFor(`❯ Namesake Planner (Open)  ${jobs[1]}`);
    t.press('Enter');
    await t.waitFor('Into which stage?');
    t.press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    const hint = /# to script this: ashby (.*)/.exec(t.screen())![1];
    expect(hint).toContain(`--job ${jobs[1]} `);
    expect(hint).not.toContain('Namesake Planner');
    expect((await application(s.h, a.applicationId)).job.id).toBe(jobs[1]);
  });
});

describe.skipIf(!HAVE_TMUX)('Ctrl-C in a wizard', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('says that nothing was changed, whichever question it stopped at', async () => {
    const a = await applicant(s.h);
    const env = ttyEnv();
    const writes = async () => (await stats(s.h)).writes.total;
    const before = await writes();
    for (const [args, question] of [
      [['app', 'hire', a.email], 'Mark as hired?'],
      [['app', 'archive', a.email], 'Archive reason'],
      [['interview', 'schedule', a.email, '--interview', 'System design'], 'Interviewers'],
    ] as const) {
      const t = (term = new TmuxSession().start([...args], env));
      await t.waitFor(question);
      t.press('C-c');
      expect(await t.exitCode(), t.screen()).toBe(130);
      expect(t.screen()).toMatch(/ashby: interrupted\nhint: nothing was changed\n/);
      term.close();
    }
    expect(await writes()).toBe(before);
    expect((await application(s.h, a.applicationId)).status).toBe('Lead');
  });

  it('Esc backs out as Ctrl-C does, at a choice, a search or a typed answer', async () => {
    const a = await applicant(s.h);
    const env = ttyEnv();
    const before = (await stats(s.h)).writes.total;
    for (const [args, question] of [
      [['app', 'archive', a.email], 'Archive reason'],
      [['interview', 'schedule', a.email, '--interview', 'System design'], 'Interviewers'],
      [['interview', 'schedule', a.email, '--interview', 'System design', '--interviewer', 'Grace Johnson'], 'Start time'],
    ] as const) {
      const t = (term = new TmuxSession().start([...args], env));
      await t.waitFor(question);
      t.press('Escape');
      expect(await t.exitCode(), t.screen()).toBe(130);
      expect(t.screen()).toMatch(/ashby: interrupted\nhint: nothing was changed\n/);
      term.close();
    }
    expect((await stats(s.h)).writes.total).toBe(before);
  });
});

describe.skipIf(!HAVE_TMUX)("candidate add's tags in a terminal", () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('start on "(skip)" and are found by typing part of one', async () => {
    const env = ttyEnv();
    const email = `tagged.${Date.now()}@example.com`;
    const t = (term = new TmuxSession().start(['candidate', 'add'], env));
    await answer(t, 'Name', 'Tess Tagged');
    await answer(t, 'Email (optional)', email);
    await answer(t, 'Phone (optional)', '');
    await t.waitFor('Apply to a job?');
    t.press('Enter');
    await t.waitFor('Source?');
    t.press('Enter');
    await t.waitFor('Tags (type to search, Enter adds one, or skip)');
    await t.waitFor('❯ (skip)');
    t.type('medal');
    await t.waitFor('❯   Silver medalist');
    t.press('Enter');
    await t.waitFor('+ Silver medalist');
    await t.waitFor('❯ (done: 1 chosen)');
    t.press('Enter');
    await answer(t, 'Note (optional)', '');
    await answer(t, 'Resume file (optional)', '');
    await t.waitFor('  tagged Silver medalist');
    t.type('y').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect(t.screen()).toContain("--tag 'Silver medalist'");
    const [made] = (await apiOk(s.h, 'candidate.search', { email })) as any[];
    expect(made.tags.map((x: { title: string }) => x.title)).toEqual(['Silver medalist']);
  });
});

/** candidate add's wizard, from the phone to the note: each left empty or skipped. */
async function skipToResume(t: TmuxSession): Promise<void> {
  await answer(t, 'Phone (optional)', '');
  for (const q of ['Apply to a job?', 'Source?', 'Tags']) {
    await t.waitFor(q);
    t.press('Enter');
  }
  await answer(t, 'Note (optional)', '');
}

describe.skipIf(!HAVE_TMUX)('a resume path typed into the candidate add wizard', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it("is read as on a command line: ~ is the home folder, a dropped file's quotes and escapes are undone", async () => {
    const home = tempConfigDir();
    writeFileSync(join(home, 'My CV.pdf'), '%PDF-1.4\n%%EOF\n');
    const env = ttyEnv({ HOME: home });
    const email = `rita.${Date.now()}@example.com`;
    const t = (term = new TmuxSession().start(['candidate', 'add'], env));
    await answer(t, 'Name', 'Rita Resume');
    await answer(t, 'Email (optional)', email);
    await skipToResume(t);
    // A file that is not there is named as the home folder's.
    await answer(t, 'Resume file (optional)', '~/Missing.pdf');
    await t.waitFor(`no such file: ${join(home, 'Missing.pdf')}`);
    // As a terminal pastes a dropped file: quoted, with a space after it.
    t.press('C-u')
      .type(`'${join(home, 'My CV.pdf')}' `)
      .press('Enter');
    await t.waitFor(`with the resume ${join(home, 'My CV.pdf')}`);
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    term.close();
    // With its space escaped, from the home folder: the resume is uploaded.
    const u = (term = new TmuxSession().start(['candidate', 'add'], env));
    await answer(u, 'Name', 'Rita Resume');
    await answer(u, 'Email (optional)', email);
    await skipToResume(u);
    await answer(u, 'Resume file (optional)', '~/My\\ CV.pdf');
    await u.waitFor('Create this candidate?');
    u.type('y').press('Enter');
    expect(await u.exitCode(), u.screen()).toBe(0);
    expect(u.screen()).toContain('uploaded the resume My CV.pdf');
    const [made] = (await apiOk(s.h, 'candidate.search', { email })) as any[];
    expect(made.resumeFileHandle?.name).toBe('My CV.pdf');
  });
});

describe.skipIf(!HAVE_TMUX)('candidate add in a terminal, with an email Ashby already has', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('says so right after the email, before the other questions, and asks whether to add another', async () => {
    const a = await applicant(s.h);
    const env = ttyEnv();
    const count = async () => ((await apiOk(s.h, 'candidate.search', { email: a.email })) as unknown[]).length;
    const t = (term = new TmuxSession().start(['candidate', 'add'], env));
    await answer(t, 'Name', 'Second Person');
    await answer(t, 'Email (optional)', a.email);
    let screen = await t.waitFor('Add another candidate with this email anyway? (y/N)');
    expect(screen).toContain(`a candidate with the email ${a.email} already exists: ${a.name} (${a.candidateId})`);
    expect(screen).not.toContain('Phone');
    t.press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(2);
    expect(t.screen()).toContain('cancelled: nothing was changed');
    expect(await count()).toBe(1);
    term.close();
    // Yes: the rest of the questions, and the command to script it says --allow-duplicate.
    const u = (term = new TmuxSession().start(['candidate', 'add'], env));
    await answer(u, 'Name', 'Second Person');
    await answer(u, 'Email (optional)', a.email);
    await u.waitFor('Add another candidate with this email anyway?');
    u.type('y').press('Enter');
    await skipToResume(u);
    await answer(u, 'Resume file (optional)', '');
    await u.waitFor('Create this candidate?');
    u.type('y').press('Enter');
    expect(await u.exitCode(), u.screen()).toBe(0);
    screen = u.screen();
    expect(screen).toContain(`--email ${a.email} --allow-duplicate`);
    expect(await count()).toBe(2);
  });
});

describe.skipIf(!HAVE_TMUX)('a wizard with stderr sent to a file', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  it('asks nothing (the questions would go to the file): a missing value exits 2 at once', async () => {
    const log = join(tempConfigDir(), 'err.log');
    // The shell's own redirection, as a person types it: stdin and stdout stay the terminal.
    const t = (term = new TmuxSession().start(['app', 'hire'], ttyEnv(), 120, log));
    expect(await t.exitCode(), t.screen()).toBe(2);
    const written = readFileSync(log, 'utf8');
    expect(written).toContain('ashby: app hire: missing APPLICATION');
    expect(written).not.toContain('\u001b[');
  });
});
