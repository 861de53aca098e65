// Issue 15 in a real terminal (tmux): Enter never records an answer nobody gave, interviews and
// moves out of Hired are confirmed with what changes, and a wizard left with Ctrl-C is continued.
import { afterEach, describe, expect, it } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { apiOk, offerCreate, applicant, application, sandboxSuite, stageId } from '../helpers/workflow-fixtures.js';
import { TmuxSession, answer, choose, tmuxAvailable } from '../helpers/workflow-tmux.js';

const HAVE_TMUX = tmuxAvailable();
if (!HAVE_TMUX) process.stderr.write('tty-ux: tmux is not installed, so the terminal tests are skipped\n');

const s = sandboxSuite({ when: HAVE_TMUX });
let term: TmuxSession | undefined;
afterEach(() => term?.close());

function run(args: string[], env: Record<string, string> = {}): TmuxSession {
  term = new TmuxSession().start(args, { ...s.h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', ...env });
  return term;
}

describe.skipIf(!HAVE_TMUX)('issue 15 in a terminal', () => {
  it('offer wizard: a required choice starts on "(choose one)", an optional one on "(skip)"; Enter records nothing', async () => {
    const a = await applicant(s.h);
    const t = run(['offer', 'create', '--application', a.email]);
    await answer(t, 'Base salary [an amount and currency', '150000 USD');
    await answer(t, 'Equity (options) (optional)', '');
    await answer(t, 'Start date [a date, YYYY-MM-DD]', '2030-09-01');
    await answer(t, 'Job title (optional)', '');
    await t.waitFor('❯ (choose one)', 'the required choice starting on nothing');
    t.press('Enter');
    await t.waitFor('Employment type needs an answer');
    await choose(t, 'Employment type', 'Full time');
    await t.waitFor('Benefits (optional)');
    t.press('Enter');
    await t.waitFor(/Relocation package \(optional\)[\s\S]*❯ \(skip\)/, 'the optional yes/no starting on skip');
    t.press('Enter');
    await answer(t, 'Start the approval process', 'n');
    const summary = await t.waitFor('Create this offer?');
    expect(summary).toContain('Employment type: Full time');
    expect(summary).not.toContain('Relocation package:');
    t.type('y').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    const [offer] = (await apiOk(s.h, 'offer.list', { applicationId: a.applicationId })) as any[];
    expect(offer.latestVersion.submittedValues ?? {}).not.toHaveProperty('relocation');
  });

  it('feedback wizard: a score question has no default', async () => {
    const a = await applicant(s.h);
    const t = run(['feedback', 'submit', '--application', a.email, '--form', 'Culture add interview']);
    await t.waitFor(/Overall recommendation[\s\S]*❯ \(choose one\)/, 'the score starting on nothing');
    t.press('Enter');
    await t.waitFor('Overall recommendation needs an answer');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    expect((await apiOk(s.h, 'applicationFeedback.list', { applicationId: a.applicationId })) as any[]).toEqual([]);
  });

  it('interview schedule asks first, showing local time and UTC, interviewers and candidate; no sends nothing', async () => {
    const a = await applicant(s.h);
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string; firstName: string; lastName: string }>;
    const t = run(
      ['interview', 'schedule', a.email, '--interview', 'System design', '--interviewer', users[2].email, '--start', '2030-06-01 10:00', '--duration', '45'],
      { TZ: 'Europe/London' },
    );
    const screen = await t.waitFor('Schedule this interview?');
    expect(screen).toContain(`About to schedule "System design" for ${a.name}`);
    expect(screen).toContain('at 2030-06-01 10:00 GMT+1 (2030-06-01 09:00 UTC), 45 min');
    expect(screen).toContain(`with ${users[2].firstName} ${users[2].lastName} <${users[2].email}>`);
    t.type('n').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(2);
    expect(await apiOk(s.h, 'interviewSchedule.list', { applicationId: a.applicationId })).toEqual([]);
  });

  it('app stage out of Hired asks, naming the reversal', async () => {
    const a = await applicant(s.h);
    await apiOk(s.h, 'application.changeStage', { applicationId: a.applicationId, interviewStageId: await stageId(s.h, a.planId, 'Hired') });
    const t = run(['app', 'stage', a.email, '--stage', 'Onsite']);
    const screen = await t.waitFor('Move it out of Hired?');
    expect(screen).toContain('This reverses the hire');
    t.type('y').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe('Onsite');
  });

  it('Ctrl-C in the offer wizard leaves the process open, and the next offer create continues it', async () => {
    const a = await applicant(s.h);
    const dir = tempConfigDir();
    const t = run(['offer', 'create', '--application', a.email], { ASHBY_CONFIG_DIR: dir });
    await t.waitFor('Base salary');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    expect(t.screen()).toMatch(/the offer process \S+ stays open/);
    t.close();
    const again = run(offerCreate(a.email, '--no-approve', '--yes'), { ASHBY_CONFIG_DIR: dir });
    expect(await again.exitCode(), again.screen()).toBe(0);
    expect(again.screen()).toContain('continuing the open offer process');
    expect(await apiOk(s.h, 'offer.list', { applicationId: a.applicationId })).toHaveLength(1);
  });
});
