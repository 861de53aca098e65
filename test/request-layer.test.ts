// The request layer against a scripted server: what goes over the wire for list paging (--cursor,
// a cursor or limit in --input), endpoints declared without a body, a success declared empty, HTTP
// errors with a body, and names `ashby api` accepts besides the catalog's (deprecated aliases,
// unlisted and partner-implemented endpoints).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, runCli } from './helpers/cli.js';
import { fail, ok, ScriptServer } from './helpers/script-server.js';

const KEY = 'test_key_request_layer_7c1d';
let srv: ScriptServer;
let env: Record<string, string>;

beforeEach(async () => {
  srv = await new ScriptServer().start();
  env = { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: KEY };
});
afterEach(() => srv.stop());

const page = (ids: string[], next?: string) =>
  ok(
    ids.map((id) => ({ id, title: id })),
    next ? { moreDataAvailable: true, nextCursor: next } : { moreDataAvailable: false },
  );

describe('paginated lists', () => {
  it('--cursor starts a generated list at that page', async () => {
    srv.on('job.list', (b) => (b.cursor === 'c2' ? page(['j3', 'j4']) : page(['j1', 'j2'], 'c2')));
    const r = await runCli(['job', 'list', '--cursor', 'c2', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(json<Array<{ id: string }>>(r).map((j) => j.id)).toEqual(['j3', 'j4']);
    expect(srv.requests.map((q) => q.body)).toEqual([{ cursor: 'c2', limit: 100 }]);
  });

  it('a cursor and a limit in --input are sent: the limit is the page size', async () => {
    srv.on('candidate.list', (b) => (b.cursor === 'c9' ? page(['a', 'b'], 'c10') : page(['x'])));
    const dir = mkdtempSync(join(tmpdir(), 'ashby-rl-'));
    writeFileSync(join(dir, 'in.json'), '{"cursor":"c9","limit":2}');
    const r = await runCli(['candidate', 'list', '--input', join(dir, 'in.json'), '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(json<Array<{ id: string }>>(r).map((c) => c.id)).toEqual(['a', 'b']);
    expect(srv.requests.map((q) => q.body)).toEqual([{ cursor: 'c9', limit: 2 }]);
  });

  it('--all from a --cursor follows the next cursors with the same page size', async () => {
    srv.on('candidate.list', (b) => (b.cursor === 'c1' ? page(['a'], 'c2') : b.cursor === 'c2' ? page(['b']) : page(['zero'], 'c1')));
    const r = await runCli(['candidate', 'list', '--cursor', 'c1', '--all', '--data', '{"limit":1}', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(json<Array<{ id: string }>>(r).map((c) => c.id)).toEqual(['a', 'b']);
    expect(srv.requests.map((q) => q.body)).toEqual([
      { cursor: 'c1', limit: 1 },
      { cursor: 'c2', limit: 1 },
    ]);
  });
});

describe('a cursor Ashby refuses', () => {
  it('a --cursor that is itself refused fails at once: starting again from it cannot help', async () => {
    srv.on('candidate.list', (b) => (b.cursor === 'old' ? fail('next_cursor_expired', 'the cursor has expired') : page(['a'])));
    const r = await runCli(['candidate', 'list', '--cursor', 'old', '--all', '--json'], { env });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('next_cursor_expired');
    expect(r.stderr).not.toContain('restarting');
    expect(srv.count('candidate.list')).toBe(1);
  });

  it('a later cursor that is refused restarts the pass from the first page, skipping what was printed', async () => {
    srv.on('candidate.list', (b, n) =>
      b.cursor === 'c2' && n === 2 ? fail('invalid_next_cursor', 'cannot read the cursor') : b.cursor === 'c2' ? page(['b']) : page(['a'], 'c2'),
    );
    const r = await runCli(['candidate', 'list', '--all', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(json<Array<{ id: string }>>(r).map((c) => c.id)).toEqual(['a', 'b']);
    expect(r.stderr).toContain('the page cursor was refused (invalid_next_cursor); restarting from the first page');
  });
});

describe('timeouts', () => {
  it('a request with no answer gives up after --timeout: exit 7, naming the wait', async () => {
    srv.on('candidate.list', () => ({ hang: true }));
    const r = await runCli(['candidate', 'list', '--timeout', '1', '--max-retries', '0'], { env });
    expect(r.code, r.stderr).toBe(7);
    expect(r.stderr).toContain('candidate.list: no answer within 1 s');
    expect(srv.count('candidate.list')).toBe(1);
  });

  it('a read with no answer is retried, each try with its own timeout', async () => {
    srv.on('candidate.list', (_b, n) => (n === 1 ? { hang: true } : ok([{ id: 'c1', name: 'Ada' }])));
    const r = await runCli(['candidate', 'list', '--timeout', '1', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual([{ id: 'c1', name: 'Ada' }]);
    expect(srv.count('candidate.list')).toBe(2);
  });
});

describe('bodies the spec declares', () => {
  it('sends no body (and no content type) where the spec declares none', async () => {
    srv.on('interviewStageGroup.list', () => ok([{ id: 'g1', title: 'Active' }]));
    const r = await runCli(['interview-stage-group', 'list', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(srv.requests[0].raw).toBe('');
    expect(srv.requests[0].headers['content-type']).toBeUndefined();
    srv.on('communicationTemplate.list', () => ok([]));
    const api = await runCli(['api', 'communicationTemplate.list'], { env });
    expect(api.code, api.stderr).toBe(0);
    expect(srv.requests[1].raw).toBe('');
  });

  it('accepts the empty success assessment.update declares (exit 0, not invalid_response)', async () => {
    srv.on('assessment.update', () => ({ status: 200, body: '' }));
    const r = await runCli(
      ['assessment', 'update', '--assessment-id', '3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f', '--timestamp', '1717146000000', '--data', '{"candidate_id":"c1"}'],
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(srv.count('assessment.update')).toBe(1);
  });

  it("shows the server's detail of an HTTP error with a body, sanitised and without the key", async () => {
    srv.on('candidate.create', () => ({ status: 422, body: { message: `name is too long \u001b]52;c;ZXZpbA==\u0007for key ${KEY}` } }));
    const r = await runCli(['candidate', 'create', '--name', 'Ada'], { env });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('http_422');
    expect(r.stderr).toContain('name is too long');
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain(KEY);
  });
});

describe('names ashby api accepts', () => {
  it('takes the deprecated snake_case names as the camelCase endpoints', async () => {
    srv.on('application.changeStage', () => ok({ id: 'a1' }));
    const r = await runCli(['api', 'application.change_stage', '-f', 'applicationId=a1', '-f', 'interviewStageId=s1', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(srv.requests.map((q) => q.endpoint)).toEqual(['application.changeStage']);
    expect(r.stderr).toMatch(/older name of application\.changeStage/);
  });

  it('calls a low-confidence name only with --unlisted', async () => {
    const r = await runCli(['api', 'candidate.getRecentEmailMessages', '-f', 'candidateId=c1'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--unlisted/);
    expect(srv.requests).toHaveLength(0);
    srv.on('candidate.getRecentEmailMessages', () => ok([]));
    const u = await runCli(['api', 'candidate.getRecentEmailMessages', '--unlisted', '-f', 'candidateId=c1'], { env });
    expect(u.code, u.stderr).toBe(0);
    expect(srv.count('candidate.getRecentEmailMessages')).toBe(1);
  });

  it('refuses the partner-implemented customFields.fetch like assessment.*', async () => {
    for (const name of ['customFields.fetch', 'assessment.start']) {
      const r = await runCli(['api', name, '--unlisted'], { env });
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(/implemented by assessment partners/);
    }
    expect(srv.requests).toHaveLength(0);
  });
});
