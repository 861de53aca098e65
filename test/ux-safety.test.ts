// Issue 15, safety: what a new recruiter tripped over, through the CLI against the sandbox. Offers
// that failed half-way are continued, moves out of Hired/Archived and interview invitations are
// confirmed, typed times are local, and a partial name never acts.
import { describe, expect, it } from 'vitest';
import { endpoint } from '../src/catalog/catalog.js';
import { json, tempConfigDir } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, offerCreate, applicant, interviewSchedule, application, archiveReasonId, sandboxSuite, stageId } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const cli = s.cli;

const offersOf = (applicationId: string): Promise<any[]> => apiOk(s.h, 'offer.list', { applicationId });

describe('offer create after a failed attempt', () => {
  it('a bad value leaves the process open; the next offer create continues it, and process show says so', async () => {
    const a = await applicant(s.h);
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    // First run: the form is not known here yet, so it is only checked after the process starts.
    const bad = await cli(['offer', 'create', '--application', a.email, '--field', 'Base salary=150000 USD', '--yes'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('missing required offer form fields');
    expect(bad.stderr).toMatch(/the offer process \S+ stays open and `ashby offer create --application [0-9a-f-]+` continues it/);

    const shown = await cli(['offer', 'process', 'show', a.email, '--json'], env);
    expect(shown.code, shown.stderr).toBe(0);
    const info = json<any>(shown);
    expect(info.state).toBe('an offer process is open without an offer');
    expect(info.offerProcessId).toMatch(/^[0-9a-f-]{36}$/);

    // Now the form is known: a bad value is refused before anything is sent.
    const before = await stats(s.h);
    const typo = await cli(offerCreate(a.email, '--field', 'Start date=next week', '--yes'), env);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Start date: "next week" is not a date');
    expect(typo.stderr).toContain('nothing was sent');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);

    const ok = await cli(offerCreate(a.email, '--yes', '--json'), env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain(`continuing the open offer process ${info.offerProcessId}`);
    const [offer] = await offersOf(a.applicationId);
    expect(json<any>(ok).id).toBe(offer.id);

    const after = json<any>(await cli(['offer', 'process', 'show', a.applicationId, '--json'], env));
    expect(after.state).toBe(`offer ${offer.id} is WaitingOnApprovalStart`);
    expect(after.offers.map((o: any) => o.id)).toEqual([offer.id]);
  });

  it('continues a process opened elsewhere (Ashby names it in its refusal)', async () => {
    const a = await applicant(s.h);
    const proc = await apiOk(s.h, 'offerProcess.start', { applicationId: a.applicationId });
    const r = await cli(offerCreate(a.email, '--yes'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`continuing the open offer process ${proc.id}`);
    expect(await offersOf(a.applicationId)).toHaveLength(1);
  });

  it('with an offer already made, the refusal points to process show, update and cancel', async () => {
    const a = await applicant(s.h);
    expect((await cli(offerCreate(a.email, '--yes'))).code).toBe(0);
    const again = await cli(offerCreate(a.email, '--yes'));
    expect(again.code).toBe(5);
    expect(again.stderr).toContain(`ashby offer process show ${a.applicationId}`);
    expect(again.stderr).toContain(`ashby offer cancel ${a.applicationId}`);
  });

  it('offer cancel without an offer in progress exits 3; off a terminal it needs --yes', async () => {
    const a = await applicant(s.h);
    const none = await cli(['offer', 'cancel', a.email, '--yes']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('has no offer in progress');
    const noYes = await cli(['offer', 'cancel', a.email]);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('--yes');
  });

  it.skipIf(!endpoint('offer.setStatus'))('offer cancel withdraws the offer in progress, and a new offer can be made', async () => {
    const a = await applicant(s.h);
    expect((await cli(offerCreate(a.email, '--yes'))).code).toBe(0);
    const r = await cli(['offer', 'cancel', a.email, '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<any>(r).offerStatus).toBe('OfferCancelled');
    expect((await cli(offerCreate(a.email, '--yes'))).code).toBe(0);
    expect(await offersOf(a.applicationId)).toHaveLength(2);
  });
});

describe('app stage out of Hired or Archived', () => {
  it('needs --yes without a terminal, names what changes, and moves with it', async () => {
    const a = await applicant(s.h);
    const hired = await stageId(s.h, a.planId, 'Hired');
    await apiOk(s.h, 'application.changeStage', { applicationId: a.applicationId, interviewStageId: hired });
    const before = await stats(s.h);
    const r = await cli(['app', 'stage', a.email, '--stage', 'Onsite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('moving an application out of Hired: pass --yes');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    const y = await cli(['app', 'stage', a.email, '--stage', 'Onsite', '--yes']);
    expect(y.code, y.stderr).toBe(0);
    expect(y.stderr).toContain('This reverses the hire');
    expect((await application(s.h, a.applicationId)).status).toBe('Active');
  });

  it('out of Archived too', async () => {
    const a = await applicant(s.h);
    const archived = await stageId(s.h, a.planId, 'Archived');
    await apiOk(s.h, 'application.changeStage', {
      applicationId: a.applicationId,
      interviewStageId: archived,
      archiveReasonId: await archiveReasonId(s.h, 'Position closed'),
    });
    expect((await cli(['app', 'stage', a.email, '--stage', 'Onsite'])).code).toBe(2);
    const y = await cli(['app', 'stage', a.email, '--stage', 'Onsite', '--yes']);
    expect(y.code, y.stderr).toBe(0);
    expect(y.stderr).toContain('reopens the archived application');
    expect((await application(s.h, a.applicationId)).status).toBe('Active');
  });
});

describe('interview schedule', () => {
  async function users() {
    return (await apiOk(s.h, 'user.list', {})) as Array<{ id: string; email: string; firstName: string; lastName: string }>;
  }

  it('needs --yes without a terminal; a zone-less time is local (TZ); the summary shows local and UTC', async () => {
    const a = await applicant(s.h);
    const [, u] = await users();
    const args = interviewSchedule(a.email, { interview: 'System design', interviewers: [u.email], start: '2030-05-01 09:00', duration: 60 });
    const before = await stats(s.h);
    const no = await cli(args, { TZ: 'America/New_York' });
    expect(no.code).toBe(2);
    expect(no.stderr).toContain('--yes');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);

    const r = await cli([...args, '--yes'], { TZ: 'America/New_York' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('at 2030-05-01 09:00 EDT (2030-05-01 13:00 UTC), 60 min');
    expect(r.stderr).toContain(`with ${u.firstName} ${u.lastName} <${u.email}>`);
    expect(r.stderr).toContain(a.name);
    const [schedule] = (await apiOk(s.h, 'interviewSchedule.list', { applicationId: a.applicationId })) as any[];
    expect(schedule.interviewEvents[0].startTime).toBe('2030-05-01T13:00:00.000Z');

    // The same people again, overlapping: warned.
    const twice = await cli([...args.slice(0, -4), '--start', '2030-05-01T13:30:00Z', '--duration', '30', '--yes'], { TZ: 'America/New_York' });
    expect(twice.code, twice.stderr).toBe(0);
    expect(twice.stderr).toMatch(/warning: .*already has "System design" at 2030-05-01 09:00 EDT .*double-book/);
  });

  it('a time in the past is refused without --yes, warned with it', async () => {
    const a = await applicant(s.h);
    const [, u] = await users();
    const args = interviewSchedule(a.email, { interview: 'System design', interviewers: [u.email], start: '2020-01-01 10:00', duration: 30 });
    const r = await cli(args, { TZ: 'UTC' });
    expect(r.code).toBe(2);
    // Said once: not "is in the past: the interview would be in the past".
    expect(r.stderr).toContain('--start 2020-01-01 10:00 UTC is in the past: the interview would be booked for a time already gone');
    const y = await cli([...args, '--yes'], { TZ: 'UTC' });
    expect(y.code, y.stderr).toBe(0);
    expect(y.stderr).toContain('warning: --start 2020-01-01 10:00 UTC is in the past');
  });
});

describe('app archive --send-at', () => {
  it('reads a zone-less time as local and refuses a past one without --yes', async () => {
    const a = await applicant(s.h);
    const before = await stats(s.h);
    const past = await cli(['app', 'archive', a.email, '--reason', 'Position closed', '--email-template', 'Rejection', '--send-at', '2021-03-01 09:00'], {
      TZ: 'Europe/Berlin',
    });
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('--send-at 2021-03-01 09:00 GMT+1 (2021-03-01 08:00 UTC) is in the past');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    const r = await cli(
      ['app', 'archive', a.email, '--reason', 'Position closed', '--email-template', 'Rejection', '--send-at', '2030-05-01 09:00', '--yes', '--dry-run'],
      { TZ: 'America/New_York' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"sendAt": "2030-05-01T13:00:00.000Z"');
  });
});

describe('partial names never act', () => {
  it('app hire with part of a name lists the candidates and exits 2; the full name works', async () => {
    const a = await applicant(s.h);
    const part = a.name.split(' ').slice(0, 2).join(' '); // "Testy <tag>"
    const before = await stats(s.h);
    const r = await cli(['app', 'hire', part, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${part}" (APPLICATION) is not the full name or email of a candidate`);
    expect(r.stderr).toContain(a.name);
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    const full = await cli(['app', 'hire', a.name, '--yes']);
    expect(full.code, full.stderr).toBe(0);
  });

  it('an ambiguous candidate names the real flag: --application for offer create, --from-job for transfer', async () => {
    const a = await applicant(s.h, ['Staff Engineer', 'Product Designer']);
    const offer = await cli(offerCreate(a.email, '--yes'));
    expect(offer.code).toBe(2);
    expect(offer.stderr).toContain('(--application)');
    expect(offer.stderr).toContain('add --job JOB');
    const t = await cli(['app', 'transfer', a.email, '--job', 'Frontend Engineer']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('(APPLICATION)');
    expect(t.stderr).toContain('add --from-job JOB');
  });
});

describe('offer create-raw', () => {
  it('accepts typed form values: currency, numbers, booleans, lists', async () => {
    const a = await applicant(s.h);
    const proc = await apiOk(s.h, 'offerProcess.start', { applicationId: a.applicationId });
    const form = await apiOk(s.h, 'offer.start', { offerProcessId: proc.id });
    const values = [
      { path: 'salary', value: { value: 150000, currencyCode: 'USD' } },
      { path: 'startDate', value: '2030-09-01' },
      { path: 'employmentType', value: 'full_time' },
      { path: 'relocation', value: true },
      { path: 'equity', value: 5000 },
      { path: 'benefits', value: ['health'] },
    ];
    const r = await cli([
      'offer',
      'create-raw',
      '--offer-process-id',
      proc.id,
      '--offer-form-id',
      form.id,
      '--offer-form.field-submissions',
      JSON.stringify(values),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const [offer] = await offersOf(a.applicationId);
    expect(offer.latestVersion.salary).toEqual({ currencyCode: 'USD', value: 150000 });
  });
});
