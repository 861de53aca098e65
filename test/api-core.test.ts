// The API core over real HTTP: envelope, error classes and exit codes, retries, pagination,
// output formats and secret redaction, driven through `ashby api` against a scripted server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { json, runCli } from './helpers/cli.js';
import { fail, ok, ScriptServer } from './helpers/script-server.js';

const KEY = 'test_key_5f3a9c1e7b';
let srv: ScriptServer;
let env: Record<string, string>;

beforeEach(async () => {
  srv = await new ScriptServer().start();
  env = { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: KEY };
});
afterEach(() => srv.stop());

const people = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `c${from + i}`, name: `Person ${from + i}`, primaryEmailAddress: { value: `p${from + i}@example.com` } }));

/** Serves `total` records in pages of `limit`, with cursors "p<offset>" and a final syncToken. */
function pages(total: number, opts: { expireOnce?: number } = {}) {
  let expired = false;
  return (body: Record<string, unknown>) => {
    const limit = Number(body.limit ?? 100);
    const offset = body.cursor ? Number(String(body.cursor).slice(1)) : 0;
    if (opts.expireOnce !== undefined && offset === opts.expireOnce && !expired) {
      expired = true;
      return fail('next_cursor_expired', 'the cursor expired');
    }
    const end = Math.min(total, offset + limit);
    const more = end < total;
    return ok(people(offset, end - offset), more ? { moreDataAvailable: true, nextCursor: `p${end}` } : { moreDataAvailable: false, syncToken: 'sync-final' });
  };
}

describe('envelope and errors', () => {
  it('sends Basic auth with the key as user name and an empty password, JSON body, POST /resource.action', async () => {
    srv.on('candidate.info', () => ok({ id: 'c1', name: 'Ada' }));
    const r = await runCli(['api', 'candidate.info', '-f', 'candidateId=c1', '--json'], { env });
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({ id: 'c1', name: 'Ada' });
    const req = srv.requests[0];
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:`).toString('base64')}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.body).toEqual({ candidateId: 'c1' });
  });

  it('treats success:false at HTTP 200 as an API error (exit 5) with code, message and request id', async () => {
    srv.on('candidate.update', () => fail('invalid_input', 'name must be a string'));
    const r = await runCli(['api', 'candidate.update', '-f', 'candidateId=c1'], { env });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('invalid_input');
    expect(r.stderr).toContain('name must be a string');
    expect(r.stderr).toContain('req_123');
    expect(r.stdout).toBe('');
  });

  it("a batch's result row carries the warnings Ashby gave with that record's success", async () => {
    srv.on('candidate.create', (b) => ({
      body: { success: true, results: { id: `c-${b.name}`, name: b.name }, ...(b.name === 'Bob' ? { warnings: ['unable_to_add_application_metadata'] } : {}) },
    }));
    const r = await runCli(['candidate', 'create', '--from', '-'], { env, input: '{"name":"Ada"}\n{"name":"Bob"}\n{"name":"Cy"}\n' });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.warnings)).toEqual([undefined, ['candidate.create: unable_to_add_application_metadata'], undefined]);
    expect(rows.every((x) => x.ok)).toBe(true);
    expect(r.stderr).toContain('warning: candidate.create: unable_to_add_application_metadata');
  });

  it('a blocked application form submission says that no application was created', async () => {
    const submitted = (blocked: boolean) => ok({ submittedFormInstance: { id: 'f1', formDefinition: {}, submittedValues: {} }, formMessages: { blocked } });
    const args = [
      'application-form',
      'submit',
      '--job-posting-id',
      '3f0c8f5e-1111-4222-8333-444455556666',
      '--data',
      '{"applicationForm":{"fieldSubmissions":[{"path":"_systemfield_name","value":"Ada"}]}}',
      '--json',
    ];
    srv.on('applicationForm.submit', () => submitted(true));
    const r = await runCli(args, { env });
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ formMessages: { blocked: boolean } }>(r).formMessages.blocked).toBe(true);
    expect(r.stderr).toMatch(/warning: Ashby blocked this submission.*no application was created/);
    srv.on('applicationForm.submit', () => submitted(false));
    const fine = await runCli(args, { env });
    expect(fine.code, fine.stderr).toBe(0);
    expect(fine.stderr).not.toContain('blocked');
  });

  it('maps *_not_found to exit 3', async () => {
    srv.on('application.info', () => fail('application_not_found'));
    const r = await runCli(['api', 'application.info', '-f', 'applicationId=x'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('application_not_found');
  });

  it('maps 401 and 403 to exit 4 with a hint, and missing_endpoint_permission names the permission', async () => {
    srv.on('candidate.list', () => ({ status: 401, body: 'unauthorized' }));
    let r = await runCli(['api', 'candidate.list'], { env });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/hint:/);

    srv.on('candidate.list', () => ({ status: 403, body: 'forbidden' }));
    r = await runCli(['api', 'candidate.list'], { env });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('ashby auth login');

    srv.on('offer.list', () => fail('missing_endpoint_permission', 'no access', 403));
    r = await runCli(['api', 'offer.list'], { env });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('offersRead');
  });

  it('exits 4 without a key and sends nothing', async () => {
    const r = await runCli(['api', 'candidate.list'], { env: { ASHBY_BASE_URL: srv.url } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('ashby auth login');
    expect(srv.requests).toHaveLength(0);
  });

  it('exits 7 when the server cannot be reached', async () => {
    await srv.stop();
    const r = await runCli(['api', 'candidate.list', '--max-retries', '0'], { env });
    expect(r.code).toBe(7);
  });

  it('exits 2 for bad input without sending: unknown endpoint, partner endpoint, bad field, bad JSON, plain http', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['api', 'candidate.serch'], /did you mean candidate\.search/],
      [['api', 'assessment.start'], /assessment partners/],
      [['api', 'candidate.info', '-f', 'candidateId'], /key=value/],
      [['api', 'candidate.info', '--input', '-'], /not valid JSON/],
      [['api', 'candidate.info', '--limit', 'ten'], /--limit/],
      [['api', 'candidate.info', '--base-url', 'http://example.com'], /plain http/],
    ];
    for (const [args, msg] of cases) {
      const r = await runCli(args, { env, input: '{nope' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
    }
    expect(srv.requests).toHaveLength(0);
  });
});

describe('retries', () => {
  it('waits out a 429 (Retry-After) and then succeeds', async () => {
    srv.on('job.info', (_b, n) =>
      n === 1
        ? { status: 429, headers: { 'retry-after': '0' }, body: { success: false, errors: ['rate_limited'], errorInfo: { code: 'rate_limited' } } }
        : ok({ id: 'j1' }),
    );
    const r = await runCli(['api', 'job.info', '-f', 'id=j1', '--json'], { env });
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({ id: 'j1' });
    expect(srv.count('job.info')).toBe(2);
  });

  it("a 429 scoped to the integration partner says so, and does not blame this key's rate", async () => {
    srv.on('job.info', () => ({
      status: 429,
      headers: { 'x-ratelimit-scope': 'integration-partner', 'retry-after': '0' },
      body: { success: false, errors: ['x'], errorInfo: { code: 'rate_limit_exceeded', message: 'partner limit' } },
    }));
    const r = await runCli(['api', 'job.info', '-f', 'id=j1', '--max-retries', '1'], { env });
    expect(r.code).toBe(6);
    expect(srv.count('job.info')).toBe(2);
    expect(r.stderr).toContain('rate_limit_exceeded: partner limit (scope: integration-partner)');
    expect(r.stderr).toMatch(/hint: .*integration partner's combined traffic/);
    expect(r.stderr).not.toContain('lower the request rate');
  });

  it('exits 6 when still rate limited after the retries', async () => {
    srv.on('job.info', () => ({ status: 429, body: { success: false, errors: ['x'], errorInfo: { code: 'rate_limited' } } }));
    const r = await runCli(['api', 'job.info', '-f', 'id=j1', '--max-retries', '2'], { env });
    expect(r.code).toBe(6);
    expect(srv.count('job.info')).toBe(3);
  });

  it('retries a 5xx and a dropped connection on a read', async () => {
    srv.on('candidate.info', (_b, n) => (n === 1 ? { status: 502, body: 'bad gateway' } : n === 2 ? { reset: true } : ok({ id: 'c1' })));
    const r = await runCli(['api', 'candidate.info', '-f', 'candidateId=c1', '--json'], { env });
    expect(r.code).toBe(0);
    expect(srv.count('candidate.info')).toBe(3);
  });

  it('never retries a write after a 5xx or a dropped connection', async () => {
    srv.on('candidate.create', () => ({ status: 500, body: 'oops' }));
    let r = await runCli(['api', 'candidate.create', '-f', 'name=Ada'], { env });
    expect(r.code).toBe(5);
    expect(srv.count('candidate.create')).toBe(1);
    // The server failed while handling it: the person is told it may have been applied.
    expect(r.stderr).toContain('note: the server failed while handling this write, so it may have been applied; it was not retried');

    srv.on('candidate.addTag', () => ({ reset: true }));
    r = await runCli(['api', 'candidate.addTag', '-f', 'candidateId=c1', '-f', 'tagId=t1'], { env });
    expect(r.code).toBe(9); // sent, no answer: the outcome is unknown (issue 11)
    expect(srv.count('candidate.addTag')).toBe(1);
  });
});

describe('pagination', () => {
  it('--all follows cursors to the end: no duplicates, no gaps, syncToken reported', async () => {
    srv.on('candidate.list', pages(250));
    const r = await runCli(['api', 'candidate.list', '--all', '--json'], { env });
    expect(r.code).toBe(0);
    const ids = json<Array<{ id: string }>>(r).map((c) => c.id);
    expect(ids).toEqual(people(0, 250).map((p) => p.id));
    expect(srv.count('candidate.list')).toBe(3);
    expect(r.stderr).toContain('syncToken: sync-final');
  });

  it('--limit stops early and asks only for what it needs', async () => {
    srv.on('candidate.list', pages(250));
    const r = await runCli(['api', 'candidate.list', '--limit', '120', '-o', 'ndjson'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(120);
    expect(srv.requests.map((q) => q.body)).toEqual([{ limit: 100 }, { limit: 20, cursor: 'p100' }]);
  });

  it('restarts the pass on an expired cursor without repeating records', async () => {
    srv.on('candidate.list', pages(300, { expireOnce: 200 }));
    const r = await runCli(['api', 'candidate.list', '--all', '-o', 'ndjson'], { env });
    expect(r.code).toBe(0);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(people(0, 300).map((p) => p.id));
    expect(r.stderr).toMatch(/cursor expired/);
  });

  it('falls back to a full sync when the sync token has expired', async () => {
    const full = pages(150);
    srv.on('candidate.list', (b) => (b.syncToken ? fail('sync_token_expired') : full(b)));
    const r = await runCli(['api', 'candidate.list', '--all', '-F', 'syncToken=old', '--json'], { env });
    expect(r.code).toBe(0);
    expect(json<unknown[]>(r)).toHaveLength(150);
    expect(r.stderr).toMatch(/full sync/);
  });
});

describe('output', () => {
  beforeEach(() => {
    srv.on('candidate.list', pages(3));
    srv.on('candidate.info', () => ok({ id: 'c1', name: 'Ada, "the first"', primaryEmailAddress: { value: 'ada@example.com' } }));
  });

  it('every format parses back to the same records', async () => {
    const base = ['api', 'candidate.list', '--all', '--fields', 'id,name,primaryEmailAddress.value'];
    const expected = people(0, 3).map((p) => ({ id: p.id, name: p.name, primaryEmailAddress: { value: p.primaryEmailAddress.value } }));
    const j = await runCli([...base, '-o', 'json'], { env });
    expect(JSON.parse(j.stdout)).toEqual(expected);
    const nd = await runCli([...base, '-o', 'ndjson'], { env });
    expect(
      nd.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(expected);
    const y = await runCli([...base, '-o', 'yaml'], { env });
    expect(parseYaml(y.stdout)).toEqual(expected);
    const c = await runCli([...base, '-o', 'csv'], { env });
    expect(c.stdout.trim().split('\n')).toEqual([
      'id,name,primaryEmailAddress.value',
      ...people(0, 3).map((p) => `${p.id},${p.name},${p.primaryEmailAddress.value}`),
    ]);
    const t = await runCli([...base, '-o', 'table'], { env });
    expect(t.stdout).toMatch(/^ID\s+NAME\s+PRIMARY EMAIL ADDRESS\s+/);
    expect(t.stdout).toContain('p2@example.com');
  });

  it('CSV quotes commas and quotes; JSON is the default when piped', async () => {
    const c = await runCli(['api', 'candidate.info', '-f', 'candidateId=c1', '-o', 'csv', '--fields', 'id,name'], { env });
    expect(c.stdout).toBe('id,name\nc1,"Ada, ""the first"""\n');
    const piped = await runCli(['api', 'candidate.info', '-f', 'candidateId=c1'], { env });
    expect(json(piped)).toMatchObject({ id: 'c1' });
  });

  it('--jq filters across all pages as one document; --raw shows the envelope', async () => {
    const r = await runCli(['api', 'candidate.list', '--all', '--jq', 'map(.id) | join(" ")'], { env });
    expect(r.stdout).toBe('c0 c1 c2\n');
    const bad = await runCli(['api', 'candidate.list', '--jq', '.[', '--all'], { env });
    expect(bad.code).toBe(2);
    const raw = await runCli(['api', 'candidate.info', '-f', 'candidateId=c1', '--raw'], { env });
    expect(json(raw)).toMatchObject({ success: true, results: { id: 'c1' } });
  });

  it('--dry-run prints the request and sends nothing', async () => {
    const r = await runCli(['api', 'candidate.create', '-f', 'name=Ada', '--dry-run'], { env });
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({
      method: 'POST',
      url: `${srv.url}/candidate.create`,
      body: { name: 'Ada' },
      headers: { authorization: 'Basic [REDACTED]' },
    });
    expect(srv.requests).toHaveLength(0);
  });
});

describe('secrets', () => {
  it('the key never appears in any output, including --debug traces and errors', async () => {
    const basic = Buffer.from(`${KEY}:`).toString('base64');
    srv.on('candidate.info', () => ok({ id: 'c1' }));
    srv.on('candidate.update', () => fail('invalid_input', `bad key ${KEY}`));
    srv.on('webhook.create', () => ok({ id: 'w1', secretToken: 'whsec_supersecret' }));
    const runs = await Promise.all([
      runCli(['api', 'candidate.info', '-f', 'candidateId=c1', '--debug'], { env }),
      runCli(['api', 'candidate.update', '-f', 'candidateId=c1', '--debug'], { env }),
      runCli(['api', 'candidate.info', '--dry-run', '--debug'], { env }),
      runCli(['api', 'webhook.create', '-f', 'secretToken=whsec_supersecret', '--debug', '-o', 'yaml'], { env }),
      runCli(['auth', 'status', '--offline'], { env }),
    ]);
    for (const r of runs) {
      const all = r.stdout + r.stderr;
      expect(all).not.toContain(KEY);
      expect(all).not.toContain(basic);
    }
    expect(runs[0].stderr).toContain('authorization: Basic [REDACTED]');
    expect(runs[3].stderr).not.toContain('whsec_supersecret');
  });
});
