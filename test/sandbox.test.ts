// The sandbox server core: auth, permissions, validation, seeded reads, writes seen by later reads,
// and the CLI against it (served and embedded).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 300 });
});
afterAll(() => sb.close());

describe('auth and permissions', () => {
  it('answers 401 without a key and 403 with a wrong one', async () => {
    expect((await call(sb, 'candidate.list', {}, null)).status).toBe(401);
    const wrong = await call(sb, 'candidate.list', {}, 'not-the-key');
    expect(wrong.status).toBe(403);
    expect(wrong.body.success).toBe(false);
  });

  it('refuses an endpoint outside the key scopes with missing_endpoint_permission', async () => {
    sb.addKey('read-only', ['candidatesRead']);
    expect((await call(sb, 'candidate.list', { limit: 1 }, 'read-only')).body.success).toBe(true);
    const r = await call(sb, 'job.list', {}, 'read-only');
    expect(r.status).toBe(403);
    expect(r.body.errorInfo.code).toBe('missing_endpoint_permission');
    expect((await call(sb, 'apiKey.info', {}, 'read-only')).body.errorInfo.code).toBe('missing_endpoint_permission');
  });

  it('apiKey.info lists the scopes as Ashby names them (candidates:read), for keys set up either way', async () => {
    const all = await runCli(['api-key', 'info', '--json'], { env: sb.env });
    expect(all.code, all.stderr).toBe(0);
    const scopes = json<{ scopes: string[] }>(all).scopes;
    expect(scopes).toEqual(expect.arrayContaining(['candidates:read', 'candidates:write', 'jobs:read', 'apiKeys:read', 'hiringProcessMetadata:write']));
    expect(scopes.filter((x) => !/^[a-zA-Z]+:(read|write|delete)$/.test(x))).toEqual([]);
    // A key given Ashby's scope names works as one given the permissions endpoints name.
    sb.addKey('colon-scopes', ['apiKeys:read', 'candidates:read']);
    const env = { ...sb.env, ASHBY_API_KEY: 'colon-scopes' };
    const who = await runCli(['api-key', 'info', '--json'], { env });
    expect(who.code, who.stderr).toBe(0);
    expect(json<{ scopes: string[] }>(who).scopes).toEqual(['apiKeys:read', 'candidates:read']);
    expect((await runCli(['candidate', 'list', '--limit', '1', '--json'], { env })).code).toBe(0);
    expect((await runCli(['job', 'list', '--json'], { env })).code).toBe(4);
  });

  it('the CLI maps a permission refusal to exit 4', async () => {
    sb.addKey('no-jobs', ['candidatesRead']);
    const r = await runCli(['api', 'job.list'], { env: { ...sb.env, ASHBY_API_KEY: 'no-jobs' } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('missing_endpoint_permission');
  });
});

describe('validation and not-found', () => {
  it('names the missing parameter in an invalid_input envelope (HTTP 200)', async () => {
    const r = await call(sb, 'application.changeStage', { applicationId: sb.world.col('application').idOf(0) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ success: false, errors: ['invalid_input'], errorInfo: { code: 'invalid_input' } });
    expect(r.body.errorInfo.message).toContain('interviewStageId');
    expect(r.body.errorInfo.requestId).toBeTruthy();
  });

  it('names a parameter of the wrong type', async () => {
    const r = await call(sb, 'candidate.create', { name: ['not', 'a', 'string'] });
    expect(r.body.errorInfo.code).toBe('invalid_input');
    expect(r.body.errorInfo.message).toContain('"name"');
  });

  it('accepts string-encoded booleans and numbers, as Ashby does', async () => {
    const r = await call(sb, 'candidate.list', { limit: '3' });
    expect(r.body.results).toHaveLength(3);
  });

  it('reads null as not sent where Ashby documents it: user.list cursor and syncToken, applicationForm.submit utmData', async () => {
    const users = await call(sb, 'user.list', { cursor: null, syncToken: null, limit: 2 });
    expect(users.body.success, JSON.stringify(users.body)).toBe(true);
    expect(users.body.results).toHaveLength(2);
    const posting = (await call(sb, 'jobPosting.list', {})).body.results[0].id;
    const form = {
      fieldSubmissions: [
        { path: '_systemfield_name', value: 'Null Utm' },
        { path: '_systemfield_email', value: 'null.utm@example.com' },
      ],
    };
    const r = await call(sb, 'applicationForm.submit', { jobPostingId: posting, applicationForm: form, utmData: { utm_source: null, utm_medium: 'email' } });
    expect(r.body.success, JSON.stringify(r.body)).toBe(true);
    // Elsewhere a null where the schema says text is still refused.
    expect((await call(sb, 'candidate.create', { name: null })).body.errorInfo.code).toBe('invalid_input');
  });

  it('refuses unexpected fields on applicationHiringTeamRole.list, as Ashby does', async () => {
    const r = await call(sb, 'applicationHiringTeamRole.list', { foo: 1 });
    expect(r.body.errorInfo.code).toBe('invalid_input');
    expect(r.body.errorInfo.message).toContain('"foo"');
    expect((await call(sb, 'applicationHiringTeamRole.list', {})).body.success).toBe(true);
  });

  it('candidate.list and application.list filter by createdBefore, and refuse a window in the future or the wrong way round', async () => {
    const apps = (await call(sb, 'application.list', { limit: 100 })).body.results as Array<{ createdAt: string }>;
    const cut = Date.parse(apps[Math.floor(apps.length / 2)].createdAt);
    for (const endpoint of ['candidate.list', 'application.list']) {
      const before = (await call(sb, endpoint, { createdBefore: cut, limit: 100 })).body;
      expect(before.success, JSON.stringify(before)).toBe(true);
      expect(before.results.length).toBeGreaterThan(0);
      for (const r of before.results as Array<{ createdAt: string }>) expect(Date.parse(r.createdAt)).toBeLessThan(cut);
      const future = Date.now() + 86_400_000;
      expect((await call(sb, endpoint, { createdAfter: future })).body.errorInfo.code).toBe('invalid_input');
      expect((await call(sb, endpoint, { createdBefore: future })).body.errorInfo.code).toBe('invalid_input');
      expect((await call(sb, endpoint, { createdAfter: cut, createdBefore: cut - 1 })).body.errorInfo.code).toBe('invalid_input');
    }
    const cli = await runCli(['candidate', 'list', '--created-after', '2099-01-01'], { env: sb.env });
    expect(cli.code).toBe(5);
    expect(cli.stderr).toMatch(/invalid_input.*createdAfter.*future/);
  });

  it('location.create refuses isRemote that disagrees with workplaceType, as Ashby does', async () => {
    const create = (extra: object) => call(sb, 'location.create', { name: 'Harbour office', type: 'Location', ...extra });
    expect((await create({ isRemote: true, workplaceType: 'OnSite' })).body.errorInfo.code).toBe('invalid_input');
    expect((await create({ isRemote: true })).body.errorInfo.code).toBe('invalid_input');
    expect((await create({ isRemote: false, workplaceType: 'Hybrid' })).body.errorInfo.message).toContain('isRemote');
    expect((await create({ isRemote: true, workplaceType: 'Remote' })).body.success).toBe(true);
    const cli = await runCli(['location', 'create', '--name', 'Dock', '--type', 'Location', '--is-remote', '--workplace-type', 'OnSite'], { env: sb.env });
    expect(cli.code).toBe(5);
    expect(cli.stderr).toContain('isRemote');
  });

  it('refuses a clock advance that is not a number, and keeps working', async () => {
    const post = (body: unknown) =>
      fetch(`${sb.url}/_sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${sb.apiKey}:`).toString('base64')}` },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const bad = await post({ advanceMs: 'soon' });
    expect(bad.body.errorInfo.code).toBe('invalid_input');
    expect((await post({ advanceMs: 0 })).body.success).toBe(true);
    const tag = await call(sb, 'candidateTag.create', { title: 'After a bad clock' });
    expect(tag.body.success, JSON.stringify(tag.body)).toBe(true);
  });

  it('answers candidate_not_found for an unknown id', async () => {
    const r = await call(sb, 'candidate.info', { id: '00000000-0000-4000-8000-000000000000' });
    expect(r.body.errorInfo.code).toBe('candidate_not_found');
  });

  it('refuses a body not sent as Content-Type: application/json, as Ashby reads only JSON so declared', async () => {
    const post = async (headers: Record<string, string>, body?: string) => {
      const res = await fetch(`${sb.url}/candidate.list`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${sb.apiKey}:`).toString('base64')}`, ...headers },
        body,
      });
      return { status: res.status, body: (await res.json()) as { success: boolean; errorInfo?: { code: string; message: string } } };
    };
    const types: Record<string, string>[] = [{}, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }];
    for (const headers of types) {
      const r = await post(headers, '{"limit":1}');
      expect(r.status).toBe(200);
      expect(r.body.success, JSON.stringify(headers)).toBe(false);
      expect(r.body.errorInfo).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Content-Type: application/json') });
    }
    expect((await post({ 'content-type': 'application/json; charset=utf-8' }, '{"limit":1}')).body.success).toBe(true);
    expect((await post({ 'content-type': 'Application/JSON' }, '{"limit":1}')).body.success).toBe(true);
  });

  it('the CLI always declares its JSON body, and sends none (and no Content-Type) where an endpoint takes none', async () => {
    const r = await runCli(['candidate', 'list', '--limit', '1', '--json', '--debug'], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('> content-type: application/json');
    const raw = await runCli(['api', 'candidate.list', '-F', 'limit=1', '--debug'], { env: sb.env });
    expect(raw.code, raw.stderr).toBe(0);
    expect(raw.stderr).toContain('> content-type: application/json');
    const none = await runCli(['communication-template', 'list', '--json', '--debug'], { env: sb.env });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('> POST ');
    expect(none.stderr).not.toContain('> content-type');
  });

  it('accepts a missing body on endpoints that take none', async () => {
    const res = await fetch(`${sb.url}/communicationTemplate.list`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${sb.apiKey}:`).toString('base64')}` },
    });
    expect(((await res.json()) as { success: boolean }).success).toBe(true);
  });
});

describe('seeded organisation', () => {
  it('is deterministic for a seed', async () => {
    const other = await startSandbox({ candidates: 300 });
    try {
      const a = await call(sb, 'candidate.list', { limit: 5 });
      const b = await call(other, 'candidate.list', { limit: 5 });
      expect(b.body.results).toEqual(a.body.results);
    } finally {
      await other.close();
    }
    const third = await startSandbox({ candidates: 300, seed: 7 });
    try {
      const c = await call(third, 'candidate.list', { limit: 5 });
      expect(c.body.results[0].id).not.toBe((await call(sb, 'candidate.list', { limit: 1 })).body.results[0].id);
    } finally {
      await third.close();
    }
  });

  it('has jobs with interview plans whose stages cover every stage type', async () => {
    const jobs = (await call(sb, 'job.list', { status: ['Open', 'Closed', 'Draft', 'Archived'] })).body.results;
    expect(new Set(jobs.map((j: { status: string }) => j.status))).toEqual(new Set(['Open', 'Closed', 'Draft', 'Archived']));
    const stages = (await call(sb, 'interviewStage.list', { interviewPlanId: jobs[0].defaultInterviewPlanId })).body.results;
    expect(stages.map((s: { type: string }) => s.type)).toEqual(expect.arrayContaining(['Lead', 'PreInterviewScreen', 'Active', 'Offer', 'Hired', 'Archived']));
  });
});

describe('writes are seen by later reads', () => {
  it('create, tag and note a candidate', async () => {
    const before = await stats(sb);
    const created = (await call(sb, 'candidate.create', { name: 'Grace Testwriter', email: 'grace.testwriter@example.com' })).body.results;
    const tag = (await call(sb, 'candidateTag.list', {})).body.results[0];
    await call(sb, 'candidate.addTag', { candidateId: created.id, tagId: tag.id });
    await call(sb, 'candidate.createNote', { candidateId: created.id, note: 'Phone screen went well' });
    const found = (await call(sb, 'candidate.search', { email: 'grace.testwriter@example.com' })).body.results;
    expect(found).toHaveLength(1);
    expect(found[0].tags.map((t: { id: string }) => t.id)).toEqual([tag.id]);
    const notes = (await call(sb, 'candidate.listNotes', { candidateId: created.id })).body.results;
    expect(notes.map((n: { content: string }) => n.content)).toEqual(['Phone screen went well']);
    const after = await stats(sb);
    expect(after.writes.total - before.writes.total).toBe(3);
  });
});

describe('CLI', () => {
  it('lists through a served sandbox', async () => {
    const r = await runCli(['api', 'candidate.list', '--limit', '3', '--fields', 'id,name'], { env: sb.env });
    expect(r.code).toBe(0);
    expect(json<unknown[]>(r)).toHaveLength(3);
  });

  it('--sandbox keeps state between commands in the config dir', async () => {
    const dir = tempConfigDir();
    const env = { ASHBY_CONFIG_DIR: dir };
    const created = await runCli(['--sandbox', 'api', 'candidate.create', '-f', 'name=Persisted Person', '-f', 'email=persisted@example.com'], { env });
    expect(created.code).toBe(0);
    const found = await runCli(['--sandbox', 'api', 'candidate.search', '-f', 'email=persisted@example.com', '--fields', 'name'], { env });
    expect(json(found)).toEqual([{ name: 'Persisted Person' }]);
    expect((await runCli(['sandbox', 'reset'], { env })).code).toBe(0);
    const gone = await runCli(['--sandbox', 'api', 'candidate.search', '-f', 'email=persisted@example.com'], { env });
    expect(json(gone)).toEqual([]);
  });

  it('`sandbox reset` to another seed forgets the names cached from the old organisation', async () => {
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    expect((await runCli(['sandbox', 'reset', '--seed', '7'], { env })).code).toBe(0);
    const tag = ['--sandbox', 'candidate', 'add-tag', '--candidate-id', 'ada.ritchie4@example.com', '--tag-id', 'Strong referral'];
    const email = await runCli(['--sandbox', 'candidate', 'list', '--limit', '1', '--jq', '.[0].primaryEmailAddress.value'], { env });
    const first = await runCli([...tag.slice(0, 4), email.stdout.trim(), ...tag.slice(5)], { env });
    expect(first.code, first.stderr).toBe(0);
    expect((await runCli(['sandbox', 'reset'], { env })).code).toBe(0);
    const again = await runCli(tag, { env });
    expect(again.code, again.stderr).toBe(0);
  });

  it("--sandbox commands running at once do not lose each other's writes", async () => {
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    const names = ['Parallel A', 'Parallel B', 'Parallel C', 'Parallel D'];
    const runs = await Promise.all(names.map((n) => runCli(['--sandbox', 'api', 'candidate.create', '-f', `name=${n}`], { env })));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const found = await runCli(['--sandbox', 'api', 'candidate.search', '-f', 'name=Parallel', '--fields', 'name'], { env });
    expect(
      json<Array<{ name: string }>>(found)
        .map((c) => c.name)
        .sort(),
    ).toEqual(names);
  });
});
