// The wizards in a real terminal (tmux): the prompts render, keys answer them, validation shows on
// screen, and the sandbox holds the result. Skipped, saying so, when tmux is not installed.
import { afterEach, describe, expect, it } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { apiOk, applicant, application, sandboxSuite } from '../helpers/workflow-fixtures.js';
import { TmuxSession, answer, choose, tmuxAvailable } from '../helpers/workflow-tmux.js';

const HAVE_TMUX = tmuxAvailable();
if (!HAVE_TMUX) process.stderr.write('tty-workflows: tmux is not installed, so the terminal tests are skipped\n');

const s = sandboxSuite({ when: HAVE_TMUX });
let term: TmuxSession | undefined;
afterEach(() => term?.close());

function run(args: string[]): TmuxSession {
  term = new TmuxSession().start(args, { ...s.h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1' });
  return term;
}

describe.skipIf(!HAVE_TMUX)('wizards in a terminal', () => {
  it('offer create: every field by its type, a validation error on screen, then the offer', async () => {
    const a = await applicant(s.h);
    const t = run(['offer', 'create']);
    await answer(t, 'Candidate (email or name', a.email);
    await answer(t, 'Base salary [an amount and currency', '150000 USD');
    await answer(t, 'Equity (options) (optional)', '');
    await answer(t, 'Start date [a date, YYYY-MM-DD]', '2030-13-01');
    await t.waitFor('"2030-13-01" is not a date in the form YYYY-MM-DD');
    t.press(...Array(10).fill('BSpace'))
      .type('2030-09-01')
      .press('Enter');
    await answer(t, 'Job title (optional)', '');
    await choose(t, 'Employment type', 'Part time');
    await t.waitFor('Benefits (optional)');
    t.press('Space', 'Down', 'Down', 'Space', 'Enter'); // Health and Pension
    await choose(t, 'Relocation package (optional)', 'yes');
    await answer(t, 'Start the approval process', 'n');
    const summary = await t.waitFor('Create this offer?');
    expect(summary).toContain('About to create this offer for');
    expect(summary).toContain('Benefits: Health, Pension');
    t.type('y').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect(t.screen()).toContain(`# to script this: ashby offer create --application ${a.applicationId}`);
    const [offer] = (await apiOk(s.h, 'offer.list', { applicationId: a.applicationId })) as any[];
    expect(offer.latestVersion.salary).toEqual({ currencyCode: 'USD', value: 150000 });
    expect(offer.latestVersion.startDate).toMatch(/^2030-09-01/);
  });

  it('app archive: reason and template picked, the candidate email spelled out, then archived', async () => {
    const a = await applicant(s.h);
    const t = run(['app', 'archive']);
    await answer(t, 'Candidate to archive', a.email);
    await choose(t, 'Archive reason', 'Position closed');
    await choose(t, 'Email the candidate?', 'Rejection (after application review)');
    await answer(t, 'Send at', '');
    const summary = await t.waitFor('Archive this application?');
    expect(summary).toContain(`About to archive 1 application with the reason "Position closed"`);
    expect(summary).toContain('Each candidate will be emailed the template "Rejection (after application review)" the next morning at 9:32');
    t.type('y').press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect(t.screen()).toContain(`# to script this: ashby app archive ${a.applicationId} --reason 'Position closed'`);
    const app = await application(s.h, a.applicationId);
    expect(app.status).toBe('Archived');
    expect(app.archiveReason.text).toBe('Position closed');
  });

  it('Ctrl-C at the confirmation ends with 130 and archives nothing', async () => {
    const a = await applicant(s.h);
    const t = run(['app', 'archive', a.email, '--reason', 'Position closed']);
    await t.waitFor('Archive this application?');
    t.press('C-c');
    expect(await t.exitCode(), t.screen()).toBe(130);
    expect(t.screen()).toContain('ashby: interrupted');
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
  });

  it('--no-input in a terminal asks nothing: a missing value exits 2 at once', async () => {
    const t = run(['app', 'archive', '--no-input']);
    expect(await t.exitCode(), t.screen()).toBe(2);
    expect(t.screen()).toContain('app archive: missing APPLICATION... (or ids/emails on stdin), --reason');
  });

  it('an ambiguous candidate opens a picker of their applications', async () => {
    const a = await applicant(s.h, ['Staff Engineer', 'Product Designer']);
    const t = run(['app', 'stage', a.email, '--stage', 'Onsite']);
    await t.waitFor('matches 2 applications; which one?');
    t.press('Down');
    await t.waitFor(/❯ .*Product Designer/, 'the second application highlighted');
    t.press('Enter');
    expect(await t.exitCode(), t.screen()).toBe(0);
    expect((await application(s.h, a.applications['Product Designer'])).currentInterviewStage.title).toBe('Onsite');
    expect((await application(s.h, a.applications['Staff Engineer'])).currentInterviewStage.title).not.toBe('Onsite');
  });
});
