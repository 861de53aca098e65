// offer create against the sandbox: the chain offerProcess.start → offer.start → offer.create
// (→ startApprovalProcess), fed by flags, an answers file or prompts, checked in the sandbox.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, tempConfigDir } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, offerCreate, applicant, failingProxy, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

const cli = s.cli;

async function offersOf(applicationId: string): Promise<any[]> {
  return apiOk(s.h, 'offer.list', { applicationId });
}

describe('offer create', () => {
  it('creates the offer from --field values given by title, encoded by type', async () => {
    const a = await applicant(s.h);
    const r = await cli(offerCreate(a.email, '--field', 'Benefits=Health,Pension', '--field', 'relocation=yes', '--yes', '--json'));
    expect(r.code, r.stderr).toBe(0);
    const printed = json<any>(r);
    const [offer] = await offersOf(a.applicationId);
    expect(printed.id).toBe(offer.id);
    expect(offer.latestVersion.salary).toEqual({ currencyCode: 'USD', value: 150000 });
    expect(offer.latestVersion.startDate).toMatch(/^2030-09-01/);
    expect(offer.offerStatus).toBe('WaitingOnApprovalStart');
  });

  it('takes the application as its argument, as app stage does; given twice differently is exit 2, nothing sent', async () => {
    const a = await applicant(s.h);
    const args = offerCreate(a.email, '--yes', '--json').filter((x, i, all) => x !== '--application' && all[i - 1] !== '--application');
    const r = await cli(['offer', 'create', a.email, ...args.slice(2)]);
    expect(r.code, r.stderr).toBe(0);
    const [offer] = await offersOf(a.applicationId);
    expect(json<any>(r).id).toBe(offer.id);
    const b = await applicant(s.h);
    const before = (await stats(s.h)).writes.total;
    const twice = await cli(['offer', 'create', b.email, ...offerCreate(a.email, '--yes').slice(2)]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`the application is given twice, as "${b.email}" and --application "${a.email}"`);
    expect((await stats(s.h)).writes.total).toBe(before);
  });

  it('takes an answers file (YAML, keyed by title or path) and starts the approval process', async () => {
    const a = await applicant(s.h);
    const file = join(tempConfigDir(), 'offer.yaml');
    writeFileSync(file, 'Base salary: 120000 EUR\nstartDate: 2031-01-15\nEmployment type: contract\nEquity (options): 5000\n');
    const r = await cli(['offer', 'create', '--application', a.applicationId, '--answers', file, '--approve', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [offer] = await offersOf(a.applicationId);
    expect(offer.latestVersion.salary).toEqual({ currencyCode: 'EUR', value: 120000 });
    expect(offer.latestVersion.startDate).toMatch(/^2031-01-15/);
    expect(offer.offerStatus).toBe('WaitingOnOfferApproval');
    expect(json<any>(r).offerStatus).toBe('WaitingOnOfferApproval');
  });

  it('when the approval cannot start, the created offer is still shown and the exit says it failed', async () => {
    const a = await applicant(s.h);
    const proxy = await failingProxy(s.h, (ep) => ep === 'offer.startApprovalProcess');
    try {
      const r = await cli(offerCreate(a.email, '--approve', '--yes', '--json'), proxy.env);
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('✗ starting the approval process');
      const [offer] = await offersOf(a.applicationId);
      expect(r.stderr).toContain(`the offer ${offer.id} was created`);
      expect(json<any>(r).id).toBe(offer.id);
      expect(offer.offerStatus).toBe('WaitingOnApprovalStart');
      expect(proxy.hits).toEqual(['offer.startApprovalProcess']);
    } finally {
      await proxy.close();
    }
  });

  it('without a terminal, a missing required field exits 2 naming it and how to give it; no offer is made', async () => {
    const a = await applicant(s.h);
    const r = await cli(['offer', 'create', '--application', a.email, '--field', 'Base salary=150000 USD', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing required offer form fields');
    expect(r.stderr).toContain('Start date (a date, YYYY-MM-DD): --field "Start date=…" or the key "Start date" in --answers');
    expect(r.stderr).toContain('Employment type');
    expect(r.stderr).not.toContain('Equity'); // optional
    expect(await offersOf(a.applicationId)).toEqual([]);
  });

  it('a value that does not fit its field type exits 2 naming the field', async () => {
    const a = await applicant(s.h);
    const r = await cli(offerCreate(a.email, '--field', 'Start date=next week', '--field', 'Benefits=Health,Yacht', '--yes'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Start date: "next week" is not a date');
    expect(r.stderr).toContain('Benefits: "Yacht" is not one of: Health, Dental, Pension, Gym');
    expect(await offersOf(a.applicationId)).toEqual([]);
  });

  it('an unreadable answers file or an unknown field is refused before anything is sent', async () => {
    const a = await applicant(s.h);
    const file = join(tempConfigDir(), 'bad.yaml');
    writeFileSync(file, '- just\n- a list\n');
    const before = await stats(s.h);
    const r = await cli(['offer', 'create', '--application', a.email, '--answers', file, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('must map field titles');
    const noYes = await cli(offerCreate(a.email));
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('--yes');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
    const unknown = await cli(offerCreate(a.email, '--field', 'Company car=yes', '--yes'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no field "Company car"');
  });

  it('--dry-run shows the whole chain with placeholders and creates nothing', async () => {
    const a = await applicant(s.h);
    const r = await cli(offerCreate(a.applicationId, '--approve', '--dry-run'));
    expect(r.code, r.stderr).toBe(0);
    for (const ep of ['offerProcess.start', 'offer.start', 'offer.create', 'offer.startApprovalProcess']) expect(r.stdout).toContain(`/${ep}"`);
    expect(r.stdout).toContain('"offerProcessId": "<offerProcess.id>"');
    expect(r.stdout).toContain('"offerVersionId": "<offer.latestVersion.id>"');
    expect(await offersOf(a.applicationId)).toEqual([]);
  });

  it('--dry-run checks the values against the offer form once it is known, as the real run does', async () => {
    const [first, a] = [await applicant(s.h), await applicant(s.h)];
    const config = tempConfigDir();
    expect((await cli(offerCreate(first.email, '--yes'), { ASHBY_CONFIG_DIR: config })).code).toBe(0); // the form is now known
    const bad = [
      'offer',
      'create',
      '--application',
      a.email,
      '--field',
      'Base salary=lots',
      '--field',
      'Start date=2030-13-01',
      '--field',
      'Employment type=Full time',
    ];
    const before = await stats(s.h);
    const r = await cli([...bad, '--dry-run'], { ASHBY_CONFIG_DIR: config });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Base salary: "lots" is not an amount with a currency');
    expect(r.stderr).toContain('Start date: "2030-13-01" is not a date');
    expect(r.stdout).not.toContain('offer.create');
    // Good values: the requests carry them as they would be sent.
    const good = await cli([...offerCreate(a.email), '--dry-run'], { ASHBY_CONFIG_DIR: config });
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain('/offer.create"');
    expect(good.stderr).toContain('About to create this offer');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    expect(await offersOf(a.applicationId)).toEqual([]);
  });

  it('asks for every field by type on a terminal, confirms, and prints the command to script it', async () => {
    const a = await applicant(s.h);
    // salary, equity (optional, skipped), start date, job title (optional, skipped), employment type,
    // benefits, relocation, approval?, confirm
    const answers = [a.email, '98000 GBP', '', '2030-03-01', '', 'Part time', ['Dental', 'Gym'], 'yes', false, true];
    const r = await cli(['offer', 'create'], { ASHBY_PROMPT_ANSWERS: JSON.stringify(answers) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Base salary [an amount and currency, e.g. 150000 USD]');
    expect(r.stderr).toContain('About to create this offer');
    expect(r.stderr).toContain('Benefits: Dental, Gym');
    expect(r.stderr).toContain(
      `# to script this: ashby offer create --application ${a.applicationId} --field 'Base salary=98000 GBP' --field 'Start date=2030-03-01' --field 'Employment type=Part time' --field Benefits=Dental,Gym --field 'Relocation package=yes' --yes`,
    );
    const [offer] = await offersOf(a.applicationId);
    expect(offer.latestVersion.salary).toEqual({ currencyCode: 'GBP', value: 98000 });
    expect(offer.latestVersion.startDate).toMatch(/^2030-03-01/);
  });
});
