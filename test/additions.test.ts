// What issue 13 added, through the CLI against the sandbox: custom-field writes of every field type
// from flags, interview-event feedback past validation, and the hand-made commands over the new
// endpoints (offer set-status, app delete, candidate push-hris, audit-log list, sequence add/start),
// with the sandbox's state showing each write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { ScriptServer } from './helpers/script-server.js';
import { failingProxy } from './helpers/workflow-fixtures.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 40 });
}, 60_000);
afterAll(() => sb?.close());

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env: { ...sb.env, ...env } });
const ok = async (endpoint: string, body: object) => {
  const r = await call(sb, endpoint, body);
  expect(r.body.success, `${endpoint}: ${JSON.stringify(r.body)}`).toBe(true);
  return r.body.results;
};

describe('custom-field set-value from flags, every field type', () => {
  const cases: Array<[string, string, string, unknown]> = [
    ['text', 'Cost center', '"CC-42"', 'CC-42'],
    ['number', 'Notice period (weeks)', '6', 6],
    ['boolean', 'Visa sponsorship needed', 'true', true],
    ['date', 'Earliest start date', '"2027-01-04T00:00:00.000Z"', '2027-01-04T00:00:00.000Z'],
    ['select', 'Work preference', '"remote"', 'remote'],
    ['multi-select', 'Languages', '["english","german"]', ['english', 'german']],
    ['currency', 'Expected salary', '{"value":95000,"currencyCode":"EUR"}', { value: 95000, currencyCode: 'EUR' }],
    ['location', 'Home office', '{"city":"Lisbon","country":"Portugal"}', { city: 'Lisbon', country: 'Portugal' }],
  ];
  it.each(cases)('%s', async (_type, title, flag, stored) => {
    const field = [...sb.world.col('customField').scan()].map(([, f]) => f).find((f) => f.title === title)!;
    const objectType = String(field.objectType);
    const objectId = objectType === 'Job' ? sb.world.col('job').idOf(0) : sb.world.col('candidate').idOf(3);
    const r = await cli([
      'custom-field',
      'set-value',
      '--object-type',
      objectType,
      '--object-id',
      objectId,
      '--field-id',
      field.id,
      '--field-value',
      flag,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ value: unknown }>(r).value).toEqual(stored);
    const kind = objectType === 'Job' ? 'job' : 'candidate';
    const saved = (sb.world.col(kind).get(objectId)!.customFields as Array<{ id: string; value: unknown }>).find((f) => f.id === field.id);
    expect(saved?.value).toEqual(stored);
  });
});

describe('request checks', () => {
  it('accept interview-event feedback (the wider of the two alternatives) and send it', async () => {
    const [E, A, F, U] = ['1', '2', '3', '4'].map((x) => `00000000-0000-4000-8000-00000000000${x}`);
    const r = await cli([
      'feedback-api',
      'submit',
      '--application-id',
      A,
      '--form-definition-id',
      F,
      '--user-id',
      U,
      '--interview-event-id',
      E,
      '--feedback-form.field-submissions',
      '[{"path":"overall_score","value":3}]',
      '--dry-run',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ body: Record<string, unknown> }>(r).body.interviewEventId).toBe(E);
  });

  it('--no-validate sends what our checks refuse, and the refusal says so', async () => {
    const job = sb.world.col('job').idOf(0);
    const refused = await cli(['job', 'set-status', job, '--data', '{"status":"Paused"}']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--no-validate/);
    const before = (await stats(sb)).requests.byEndpoint['job.setStatus'] ?? 0;
    const sent = await cli(['job', 'set-status', job, '--data', '{"status":"Paused"}', '--no-validate']);
    expect(sent.code).toBe(5); // the sandbox, like Ashby, refuses the value: but it was sent
    expect((await stats(sb)).requests.byEndpoint['job.setStatus']).toBe(before + 1);
  });
});

describe('API versions', () => {
  it('version list shows the dated version Ashby lists, and every answer names it in Ashby-Version', async () => {
    const r = await cli(['version', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<unknown[]>(r)).toEqual([{ version: '2026-01-01', status: 'active' }]);
    const res = await fetch(`${sb.url}/apiKey.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${sb.apiKey}:`).toString('base64')}` },
      body: '{}',
    });
    await res.arrayBuffer();
    expect(res.headers.get('ashby-version')).toBe('2026-01-01');
    expect(res.headers.get('ashby-version-status')).toBe('active');
  });
});

/** An offer made through the API for the n-th active application (an offer process of its own). */
async function offerFor(n: number): Promise<{ id: string }> {
  const apps = await ok('application.list', { status: 'Active', limit: 30 });
  const p = await ok('offerProcess.start', { applicationId: apps[n].id });
  const form = await ok('offer.start', { offerProcessId: p.id });
  const fieldSubmissions = [
    { path: 'salary', value: '100000' },
    { path: 'startDate', value: '2027-02-01' },
    { path: 'employmentType', value: 'full_time' },
  ];
  return ok('offer.create', { offerProcessId: p.id, offerFormId: form.id, offerForm: { fieldSubmissions } });
}

describe('hand-made commands over the new endpoints', () => {
  it('offer set-status records the answer and the decision date; offer info shows both', async () => {
    const offer = await offerFor(7);
    const r = await cli(['offer', 'set-status', offer.id, '--status', 'accepted', '--decided-at', '2026-11-30 14:00', '--yes'], { TZ: 'Europe/Berlin' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2026-11-30 14:00 .*\(2026-11-30 13:00 UTC\)/);
    const info = await ok('offer.info', { offerId: offer.id });
    expect(info).toMatchObject({ acceptanceStatus: 'Accepted', offerStatus: 'CandidateAccepted', decidedAt: '2026-11-30T13:00:00.000Z' });
  });

  it('offer set-status without --decided-at records the decision at the command\'s clock ("now")', async () => {
    const offer = await offerFor(9);
    const now = new Date('2026-11-29T08:15:00.000Z');
    const r = await runCli(['offer', 'set-status', offer.id, '--status', 'declined', '--yes'], { env: { ...sb.env, TZ: 'UTC' }, now: () => now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('decided 2026-11-29 08:15 UTC');
    expect((await ok('offer.info', { offerId: offer.id })).decidedAt).toBe(now.toISOString());
  });

  it('offer set-status whose decision date fails names what was recorded and the command that finishes it', async () => {
    const offer = await offerFor(11);
    const proxy = await failingProxy(sb, (ep) => ep === 'offer.setDecidedAt');
    try {
      const r = await runCli(['offer', 'set-status', offer.id, '--status', 'accepted', '--decided-at', '2026-11-30 14:00', '--yes'], {
        env: { ...proxy.env, TZ: 'Europe/Berlin' },
      });
      expect(proxy.hits).toEqual(['offer.setDecidedAt']);
      expect(r.stderr).toContain(`offer ${offer.id} is Accepted`);
      expect(r.stderr).toContain(`ashby offer set-decided-at ${offer.id} --decided-at 2026-11-30T13:00:00.000Z`);
      expect(r.code).not.toBe(0);
      expect((await ok('offer.info', { offerId: offer.id })).acceptanceStatus).toBe('Accepted');
    } finally {
      await proxy.close();
    }
  });

  it('app delete needs --yes without a terminal, then deletes for good', async () => {
    const candidateId = (await ok('candidate.create', { name: 'Delete Me' })).id;
    const app = await ok('application.create', { candidateId, jobId: sb.world.col('job').idOf(0) });
    const before = (await stats(sb)).requests.byEndpoint['application.delete'] ?? 0;
    const refused = await cli(['app', 'delete', app.id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes/);
    expect((await stats(sb)).requests.byEndpoint['application.delete'] ?? 0).toBe(before);
    const r = await cli(['app', 'delete', app.id, '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((await call(sb, 'application.info', { applicationId: app.id })).body.errorInfo.code).toBe('application_not_found');
  });

  it('candidate push-hris pushes a hire once', async () => {
    const hired = [...sb.world.col('application').scan()].map(([, a]) => a).find((a) => a.status === 'Hired')!;
    const r = await cli(['candidate', 'push-hris', hired.id, '--system', 'bamboohr', '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ externalSystem: string; pushCount: number }>(r)).toMatchObject({ externalSystem: 'BambooHR', pushCount: 1 });
    const bad = await cli(['candidate', 'push-hris', hired.id, '--system', 'Rolodex', '--yes']);
    expect(bad.code).toBe(2);
  });

  it('candidate push-hris reports a server error as an unknown outcome (exit 9), sent once', async () => {
    const srv = await new ScriptServer().start();
    const app = {
      id: '3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f',
      status: 'Hired',
      candidate: { id: 'c', name: 'Ada' },
      job: { id: 'j', title: 'Engineer' },
      currentInterviewStage: { id: 's', title: 'Hired', type: 'Hired', interviewPlanId: 'p' },
    };
    srv.on('application.info', () => ({ body: { success: true, results: app } }));
    srv.on('candidate.pushToHris', () => ({ status: 502, body: 'bad gateway' }));
    try {
      const r = await runCli(['candidate', 'push-hris', app.id, '--system', 'Personio', '--yes'], {
        env: { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: 'k_push_test' },
      });
      expect(r.code, r.stderr).toBe(9);
      expect(r.stderr).toMatch(/may or may not/);
      expect(r.stderr).toMatch(/second employee/);
      expect(srv.count('candidate.pushToHris')).toBe(1);
    } finally {
      await srv.stop();
    }
  });

  it("audit-log list shows the sandbox's writes in readable columns, filtered by actor and target", async () => {
    const cand = sb.world.col('candidate').idOf(5);
    await ok('candidate.update', { candidateId: cand, school: 'Audit University' });
    const r = await cli(['audit-log', 'list', '--since', '1h', '--target', cand, '-o', 'table'], { COLUMNS: '200' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/WHEN.*WHO.*CATEGORY.*WHAT.*TARGET/);
    expect(r.stdout).toMatch(/candidate\.update through the API/);
    const j = await cli(['audit-log', 'list', '--since', '1h', '--target', cand, '--json']);
    expect(json<Array<{ target: { id: string }; changedFields: Record<string, unknown> }>>(j)[0]).toMatchObject({
      target: { id: cand },
      changedFields: { school: { to: 'Audit University' } },
    });
    const none = await cli(['audit-log', 'list', '--since', '1h', '--actor', sb.world.col('user').idOf(3), '--json']);
    expect(json<unknown[]>(none)).toEqual([]);
    // The two times swapped: bad input, and nothing asked of Ashby.
    const before = (await stats(sb)).requests.byEndpoint['auditLog.list'] ?? 0;
    const swapped = await cli(['audit-log', 'list', '--since', '2026-11-02', '--until', '2026-11-01 12:00', '--json']);
    expect(swapped.code, swapped.stderr).toBe(2);
    expect(swapped.stderr).toMatch(/--until \(2026-11-01 12:00 .*\) is not after --since \(2026-11-02 00:00 .*\)/);
    expect((await cli(['audit-log', 'list', '--since', '24h', '--until', '24h'])).code).toBe(2);
    expect((await stats(sb)).requests.byEndpoint['auditLog.list'] ?? 0).toBe(before);
  });

  it('sequence add by template name leaves a draft; sequence start starts that draft', async () => {
    const candidateId = (await ok('candidate.create', { name: 'Seq Uence', email: 'seq@example.com' })).id;
    const add = await cli(['sequence', 'add', candidateId, '--template', 'design leads', '--json']);
    expect(add.code, add.stderr).toBe(0);
    const draft = json<{ sequence: { id: string; status: string } }>(add).sequence;
    expect(draft.status).toBe('NotStarted');
    const start = await cli(['sequence', 'start', candidateId, '--template', 'Design leads', '--json']);
    expect(start.code, start.stderr).toBe(0);
    expect(start.stderr).toMatch(/already has a draft/);
    expect((await ok('sequence.info', { sequenceId: draft.id })).status).toBe('Running');
    const unknown = await cli(['sequence', 'add', candidateId, '--template', 'No such template']);
    expect([2, 3]).toContain(unknown.code);
  });
});
