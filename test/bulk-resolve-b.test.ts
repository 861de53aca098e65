// Batches (`--from`) of the hand-made offer, feedback, interview and candidate commands look every
// record's names up before the first write: a later row naming something that is not there stops
// the batch (exit 2, every bad row listed) with nothing written by the rows before it. And a batch
// of good rows still applies each of them.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchRows as rows } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, failingProxy, offerCreate, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-resolve-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Writes applied by the sandbox so far, all endpoints together. */
const writes = async () => (await stats(s.h)).writes.total;

/** A fresh applicant with an offer waiting on approval (made through the CLI, one at a time). */
async function withOffer(): Promise<{ email: string; applicationId: string; offerId: string }> {
  const a = await applicant(s.h);
  const r = await s.cli(offerCreate(a.email, '--yes', '--json'));
  if (r.code !== 0) throw new Error(`offer create for the fixture: ${r.stderr}`);
  return { email: a.email, applicationId: a.applicationId, offerId: JSON.parse(r.stdout).id };
}

const offerOf = async (id: string) => apiOk(s.h, 'offer.info', { offerId: id });

describe('offer set-status --from', () => {
  it('an offer id that names no offer in a later row stops the batch: exit 2, every bad row listed, nothing recorded', async () => {
    const [a, b] = [await withOffer(), await withOffer()];
    const missing = [randomUUID(), randomUUID()];
    const csv = file('decide-bad.csv', `offer-id,status\n${a.offerId},accepted\n${missing[0]},accepted\n${b.offerId},declined\n${missing[1]},declined\n`);
    const before = await writes();
    const r = await s.cli(['offer', 'set-status', '--from', csv, '--yes']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    expect(r.stderr).toContain(`row 2 (line 3): no offer has the id ${missing[0]}`);
    expect(r.stderr).toContain(`row 4 (line 5): no offer has the id ${missing[1]}`);
    expect(await writes()).toBe(before);
    expect((await offerOf(a.offerId)).acceptanceStatus).not.toBe('Accepted');
  });

  it('a batch of existing offers records each decision', async () => {
    const [a, b] = [await withOffer(), await withOffer()];
    const csv = file('decide-ok.csv', `offer-id,status,decided-at\n${a.offerId},accepted,2030-01-02 09:00\n${b.offerId},declined,\n`);
    const r = await s.cli(['offer', 'set-status', '--from', csv, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true]);
    expect([(await offerOf(a.offerId)).acceptanceStatus, (await offerOf(b.offerId)).acceptanceStatus]).toEqual(['Accepted', 'Declined']);
  });
});

describe('offer cancel --from', () => {
  it('an unknown candidate, or an application with no offer, in a later row stops the batch: nothing withdrawn', async () => {
    const [a, b] = [await withOffer(), await withOffer()];
    const none = await applicant(s.h);
    const input = [a.email, `nobody.${randomUUID().slice(0, 8)}@example.com`, b.email, none.email].map((x) => JSON.stringify({ application: x })).join('\n');
    const before = await writes();
    const r = await s.cli(['offer', 'cancel', '--from', '-', '--yes'], {}, input);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    expect(r.stderr).toMatch(/row 2: no candidate matches "nobody\./);
    expect(r.stderr).toContain(`row 4: ${none.name}`);
    expect(r.stderr).toContain('has no offer in progress');
    expect(await writes()).toBe(before);
    expect((await offerOf(a.offerId)).acceptanceStatus).not.toBe('Cancelled');
  });

  it('a batch of applications with offers withdraws each', async () => {
    const [a, b] = [await withOffer(), await withOffer()];
    const r = await s.cli(['offer', 'cancel', '--from', '-', '--yes'], {}, `{"application":"${a.email}"}\n{"application":"${b.applicationId}"}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true]);
    expect([(await offerOf(a.offerId)).acceptanceStatus, (await offerOf(b.offerId)).acceptanceStatus]).toEqual(['Cancelled', 'Cancelled']);
  });
});

describe('interview schedule --from', () => {
  const header = 'application,interview,interviewer,start,duration';

  it('an unknown interviewer or interview type in a later row stops the batch: no schedule made, no invitation', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string }>;
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const csv = file(
      'schedule-bad.csv',
      `${header}\n${a.email},System design,${users[2].email},2030-06-01T14:00:00Z,45\n${b.email},System design,nobody.here@example.com,2030-06-01T15:00:00Z,45\n${b.email},No such interview,${users[3].email},2030-06-02T15:00:00Z,45\n`,
    );
    const before = await writes();
    const r = await s.cli(['interview', 'schedule', '--from', csv, '--yes']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 2 (line 3): no user matches "nobody.here@example.com"');
    expect(r.stderr).toContain('row 3 (line 4): no interview type matches "No such interview"');
    expect(await writes()).toBe(before);
    expect(await apiOk(s.h, 'interviewSchedule.list', { applicationId: a.applicationId })).toEqual([]);
  });

  it('a batch of good rows schedules each, the interviewers and interview types listed once for the batch', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ id: string; email: string }>;
    const people = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const csv = file(
      'schedule-ok.csv',
      `${header}\n${people.map((p, i) => `${p.email},System design,${users[i + 1].email},2030-07-0${i + 1}T14:00:00Z,30`).join('\n')}\n`,
    );
    const before = await stats(s.h);
    const r = await s.cli(['interview', 'schedule', '--from', csv, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true, true]);
    const after = await stats(s.h);
    const listed = (ep: string) => (after.requests.byEndpoint[ep] ?? 0) - (before.requests.byEndpoint[ep] ?? 0);
    expect([listed('user.list'), listed('interview.list')]).toEqual([1, 1]);
    for (const [i, p] of people.entries()) {
      const [schedule] = await apiOk(s.h, 'interviewSchedule.list', { applicationId: p.applicationId });
      expect(schedule.interviewEvents[0].interviewerUserIds).toEqual([users[i + 1].id]);
    }
  });
});

describe('feedback submit --from', () => {
  const good = ['Overall recommendation=4', 'Summary=Clear thinker', 'Seniority=Senior', 'Would you like to work with them?=yes'];
  const feedbackOf = async (applicationId: string): Promise<any[]> => apiOk(s.h, 'applicationFeedback.list', { applicationId });

  it('an unknown user or candidate, or a value the form does not take, in later rows stops the batch: nothing submitted', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string }>;
    const [a, b, c] = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const input = [
      { application: a.email, field: good, user: users[3].email },
      { application: b.email, field: good, user: 'nobody.here@example.com' },
      { application: c.email, field: ['Overall recommendation=9', ...good.slice(1)] },
      { application: `nobody.${randomUUID().slice(0, 8)}@example.com`, field: good },
    ];
    const before = await writes();
    const r = await s.cli(['feedback', 'submit', '--from', '-', '--interview', 'Technical interview'], {}, input.map((x) => JSON.stringify(x)).join('\n'));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 2: no user matches "nobody.here@example.com"');
    expect(r.stderr).toMatch(/row 3: invalid feedback form values:.*Overall recommendation: 9 is not a score/);
    expect(r.stderr).toMatch(/row 4: no candidate matches "nobody\./);
    expect(await writes()).toBe(before);
    expect(await feedbackOf(a.applicationId)).toEqual([]);
  });

  it('a batch of good rows submits each, the form read once for the batch', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const input = [a, b].map((p) => JSON.stringify({ application: p.email, field: good })).join('\n');
    const before = await stats(s.h);
    const r = await s.cli(['feedback', 'submit', '--from', '-', '--interview', 'Technical interview'], {}, input);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true]);
    const after = await stats(s.h);
    expect((after.requests.byEndpoint['feedbackFormDefinition.info'] ?? 0) - (before.requests.byEndpoint['feedbackFormDefinition.info'] ?? 0)).toBe(1);
    for (const p of [a, b]) expect((await feedbackOf(p.applicationId))[0].submittedValues).toMatchObject({ overall_score: 4, seniority: 'senior' });
  });
});

describe('candidate add --from', () => {
  const stamp = () => randomUUID().slice(0, 8);
  const searchEmail = async (email: string) => (await apiOk(s.h, 'candidate.search', { email })) as any[];

  it('an unknown tag, job or source, a taken email or one used twice in later rows stops the batch: no candidate created', async () => {
    const tag = await apiOk(s.h, 'candidateTag.create', { title: `resolve-b ${stamp()}` });
    const taken = await applicant(s.h);
    const t = stamp();
    const csv = file(
      'add-bad.csv',
      [
        'name,email,job,source,tag',
        `Ada ${t},ada.${t}@example.com,Staff Engineer,,${tag.title}`,
        `Bea ${t},bea.${t}@example.com,,,No such tag ${t}`,
        `Cy ${t},cy.${t}@example.com,No such job ${t},,`,
        `Di ${t},di.${t}@example.com,,Nowhere ${t},`,
        `Ed ${t},${taken.email},,,`,
        `Ada again ${t},ada.${t}@example.com,,,`,
      ].join('\n'),
    );
    const before = await writes();
    const r = await s.cli(['candidate', 'add', '--from', csv]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('5 records cannot be used; nothing was sent');
    expect(r.stderr).toContain(`row 2 (line 3): no tag matches "No such tag ${t}"`);
    expect(r.stderr).toContain(`row 3 (line 4): no job matches "No such job ${t}"`);
    expect(r.stderr).toContain(`row 4 (line 5): no source matches "Nowhere ${t}"`);
    expect(r.stderr).toContain(`row 5 (line 6): a candidate with the email ${taken.email} already exists`);
    expect(r.stderr).toContain(`row 6 (line 7): another record of this batch also adds a candidate with the email ada.${t}@example.com`);
    expect(await writes()).toBe(before);
    expect(await searchEmail(`ada.${t}@example.com`)).toEqual([]);
  });

  it('a batch of good rows creates each candidate, applied, sourced and tagged', async () => {
    const tag = await apiOk(s.h, 'candidateTag.create', { title: `resolve-b ${stamp()}` });
    const [source] = (await apiOk(s.h, 'source.list', {})) as Array<{ id: string; title: string }>;
    const t = stamp();
    const csv = file(
      'add-ok.csv',
      `name,email,job,source,tag\nAda ${t},ada.${t}@example.com,Staff Engineer,${source.title},${tag.title}\nBea ${t},bea.${t}@example.com,Staff Engineer,${source.title},${tag.title}\n`,
    );
    const r = await s.cli(['candidate', 'add', '--from', csv]);
    expect(r.code, r.stderr).toBe(0);
    const out = rows(r);
    expect(out.map((x) => x.ok)).toEqual([true, true]);
    for (const x of out) {
      expect(x.result.application.job.title).toBe('Staff Engineer');
      const c = await apiOk(s.h, 'candidate.info', { id: x.result.candidate.id });
      expect(c.tags.map((g: { id: string }) => g.id)).toContain(tag.id);
      expect(c.source?.id ?? c.sourceId).toBe(source.id);
    }
  });
});

describe('offer create --from', () => {
  const fields = ['--field', 'Base salary=150000 USD', '--field', 'Start date=2030-09-01', '--field', 'Employment type=Full time'];
  const offersOf = async (applicationId: string): Promise<any[]> => apiOk(s.h, 'offer.list', { applicationId });
  const records = (...apps: string[]) => apps.map((x) => JSON.stringify({ application: x })).join('\n');

  it('an unknown candidate, or an application with an offer in progress, in later rows stops the batch: no offer process started', async () => {
    const [a, c] = [await applicant(s.h), await applicant(s.h)];
    const b = await withOffer();
    const before = await writes();
    const r = await s.cli(
      ['offer', 'create', '--from', '-', ...fields, '--yes'],
      {},
      records(a.email, `nobody.${randomUUID().slice(0, 8)}@example.com`, b.email, c.email),
    );
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    expect(r.stderr).toMatch(/row 2: no candidate matches "nobody\./);
    expect(r.stderr).toContain(`already has an offer in progress (${b.offerId}`);
    expect(await writes()).toBe(before);
    expect(await offersOf(a.applicationId)).toEqual([]);
  });

  it('once the offer form is known here, a value it does not take in a later row stops the batch before any write', async () => {
    const config = mkdtempSync(join(tmpdir(), 'ashby-offer-form-'));
    const first = await applicant(s.h);
    expect((await s.cli(offerCreate(first.email, '--yes'), { ASHBY_CONFIG_DIR: config })).code).toBe(0); // the form is now known
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const input = `${JSON.stringify({ application: a.email })}\n${JSON.stringify({ application: b.email, field: ['Start date=next week'] })}\n`;
    const before = await writes();
    const r = await s.cli(['offer', 'create', '--from', '-', ...fields, '--yes'], { ASHBY_CONFIG_DIR: config }, input);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('1 record cannot be used; nothing was sent');
    expect(r.stderr).toMatch(/row 2: invalid offer form values:.*Start date: "next week" is not a date/);
    expect(await writes()).toBe(before);
    expect(await offersOf(a.applicationId)).toEqual([]);
  });

  it('a batch of good rows creates each offer', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const r = await s.cli(['offer', 'create', '--from', '-', ...fields, '--yes'], {}, records(a.email, b.applicationId));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true]);
    for (const p of [a, b]) expect((await offersOf(p.applicationId))[0].latestVersion.salary).toEqual({ currencyCode: 'USD', value: 150000 });
  });
});

describe('batches of these commands, beyond the look-ups', () => {
  it('--dry-run shows the look-ups and the writes of every record, and sends no write', async () => {
    const a = await applicant(s.h);
    const csv = file(
      'schedule-dry.csv',
      `application,interview,interviewer,start,duration\n${a.email},System design,someone@example.com,2030-06-01T14:00:00Z,45\n`,
    );
    const before = await writes();
    const r = await s.cli(['interview', 'schedule', '--from', csv, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    // Every request, look-ups first, is printed on stdout instead of being sent.
    const look = r.stdout.indexOf('/candidate.search');
    expect(look).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('/interviewSchedule.create')).toBeGreaterThan(look);
    expect(r.stderr).toContain('dry run: 1 record shown above, nothing was sent');
    expect(await writes()).toBe(before);
  });

  it('candidate add --resume-batch: the applied record is neither looked up nor sent again, the failed one is', async () => {
    const t = randomUUID().slice(0, 8);
    const csv = file('add-resume.csv', `name,email\nAda ${t},ada.${t}@example.com\nBea ${t},bea.${t}@example.com\n`);
    const journal = join(dir, `add-${t}.journal`);
    const refuse = { status: 400, body: { success: false, errors: ['invalid_input'], errorInfo: { code: 'invalid_input', message: 'refused by the test' } } };
    const proxy = await failingProxy(s.h, (ep, body) => ep === 'candidate.create' && String(body.name).startsWith('Bea'), refuse);
    try {
      const first = await s.cli(['candidate', 'add', '--from', csv, '--journal', journal], proxy.env);
      expect(first.code, first.stderr).toBe(8);
      expect(rows(first).map((x) => x.ok)).toEqual([true, false]);
    } finally {
      await proxy.close();
    }
    // Ada exists now: looked up again, her email would be "taken" and stop the batch.
    const before = await stats(s.h);
    const again = await s.cli(['candidate', 'add', '--from', csv, '--journal', journal, '--resume-batch']);
    expect(again.code, again.stderr).toBe(0);
    expect(rows(again).map((x) => [x.row, x.ok, Boolean((x as { resumed?: boolean }).resumed)])).toEqual([
      [1, true, true],
      [2, true, false],
    ]);
    const after = await stats(s.h);
    expect((after.writes.byEndpoint['candidate.create'] ?? 0) - (before.writes.byEndpoint['candidate.create'] ?? 0)).toBe(1);
    expect(await apiOk(s.h, 'candidate.search', { email: `ada.${t}@example.com` })).toHaveLength(1);
  });

  it('offer create --from: an offer made whose approval then fails is reported as partly applied, not failed', async () => {
    const a = await applicant(s.h);
    const proxy = await failingProxy(s.h, (ep) => ep === 'offer.startApprovalProcess');
    try {
      const r = await s.cli(
        [
          'offer',
          'create',
          '--from',
          '-',
          '--field',
          'Base salary=150000 USD',
          '--field',
          'Start date=2030-09-01',
          '--field',
          'Employment type=Full time',
          '--approve',
          '--yes',
        ],
        proxy.env,
        JSON.stringify({ application: a.email }),
      );
      expect(r.code).toBe(9);
      const [row] = rows(r);
      const [offer] = await apiOk(s.h, 'offer.list', { applicationId: a.applicationId });
      expect(row).toMatchObject({ ok: false, outcome: 'unknown', error: { code: 'partially_applied' }, result: { id: offer.id } });
    } finally {
      await proxy.close();
    }
  });
});
