// A write whose outcome is unknown says so: a timeout or a dropped connection after the request was
// sent is exit 9 with the endpoint and how to check; a batch reports such items as `unknown`.
// Retries are visible on a terminal (tmux).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { TmuxSession, tmuxAvailable } from '../helpers/workflow-tmux.js';
import { applicant, application } from '../helpers/workflow-fixtures.js';
import { HostileServer, ok } from './server.js';

let srv: HostileServer;
let sb: TestSandbox;

beforeAll(async () => {
  sb = await startSandbox();
  srv = await new HostileServer().passThrough(sb.url).start();
});
afterAll(async () => {
  await srv.stop();
  await sb.close();
});

describe('outcome unknown (exit 9)', () => {
  it('a dropped connection after a write was sent: may have been applied, how to check, not retried', async () => {
    srv.on('candidate.update', () => ({ drop: true }));
    const id = '00000000-0000-4000-8000-000000000009';
    const r = await runCli(['api', 'candidate.update', '-f', `candidateId=${id}`, '-f', 'name=Ada'], { env: { ...srv.env(sb.apiKey) } });
    expect(r.code, r.stderr).toBe(9);
    expect(r.stderr).toContain('candidate.update');
    expect(r.stderr).toContain('may or may not have been applied');
    expect(r.stderr).toContain(`ashby api candidate.info -f id=${id}`); // the name candidate.info takes
    expect(r.stderr).not.toMatch(/cannot reach|failed/);
    expect(srv.count('candidate.update')).toBe(1);
  });

  it('a write that times out is outcome unknown too', async () => {
    srv.on('candidate.create', () => ({ hang: true }));
    const r = await runCli(['api', 'candidate.create', '-f', 'name=Slow', '--timeout', '1'], { env: srv.env(sb.apiKey) });
    expect(r.code, r.stderr).toBe(9);
    expect(r.stderr).toContain('no answer came back in time');
    expect(r.stderr).toContain('ashby api candidate.search');
  });

  it('app archive reports an item whose answer was lost as unknown, not failed', async () => {
    const [a, b] = [await applicant(sb), await applicant(sb)];
    srv.on('application.changeStage', async (req) => {
      if (req.body.applicationId !== b.applicationId) return srv.forward(req);
      await srv.forward(req); // applied upstream, then the answer is lost
      return { drop: true };
    });
    const r = await runCli(['app', 'archive', a.applicationId, b.applicationId, '--reason', 'Position closed', '--yes'], { env: srv.env(sb.apiKey) });
    // A batch with an unknown item exits 9, as that one write would (the bulk engine's rule); the item itself is unknown.
    expect(r.code, r.stderr).toBe(9);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; outcome?: string; error?: { message: string } });
    expect(rows.map((x) => (x.ok ? 'applied' : x.outcome))).toEqual(['applied', 'unknown']);
    expect(rows[1].error?.message).toContain('may or may not have been applied');
    expect(r.stderr).toContain('1 unknown');
    expect((await application(sb, b.applicationId)).status).toBe('Archived'); // it was in fact applied
  });
});

describe.skipIf(!tmuxAvailable())('retries are visible on a terminal', () => {
  it('prints a line per retry: what, why and when the next try is', async () => {
    srv.on('job.list', (req) =>
      req.n <= 2 ? { status: 503, body: { success: false, errorInfo: { code: 'unavailable', message: 'try later' } } } : ok([], { moreDataAvailable: false }),
    );
    const t = new TmuxSession().start(['api', 'job.list'], {
      ASHBY_CONFIG_DIR: '/nonexistent-ashby',
      ASHBY_NO_KEYCHAIN: '1',
      ASHBY_RETRY_BASE_MS: '200',
      ...srv.env(sb.apiKey),
    });
    try {
      expect(await t.exitCode()).toBe(0);
      const screen = t.screen();
      expect(screen).toMatch(/retrying job\.list in \d+\.\d s, at \d\d:\d\d:\d\d \(try 2 of 4\): server error/);
      expect(screen).toMatch(/try 3 of 4/);
    } finally {
      t.close();
    }
  });

  it('prints nothing about retries when stderr is not a terminal', async () => {
    srv.on('jobPosting.list', (req) => (req.n <= 1 ? { status: 503, body: { success: false } } : ok([], { moreDataAvailable: false })));
    const r = await runCli(['api', 'jobPosting.list'], { env: srv.env(sb.apiKey) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('retrying');
  });
});
