// Pagination and incremental sync as Ashby documents them: every record once over thousands of
// records, syncToken on the last page, only changes after a token, and expiring cursors/tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { call, startSandbox, type TestSandbox } from './helpers/sandbox.js';

const N = 4000;
let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: N });
});
afterAll(() => sb.close());

async function page(endpoint: string, body: Record<string, unknown>) {
  const r = await call(sb, endpoint, body);
  expect(r.body.success, JSON.stringify(r.body)).toBe(true);
  return r.body as { results: Array<{ id: string }>; moreDataAvailable: boolean; nextCursor?: string; syncToken?: string };
}

/** Follows cursors to the end; returns the ids in order and the final sync token. */
async function drain(endpoint: string, body: Record<string, unknown> = {}, onPage?: (n: number) => Promise<void>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; ; n++) {
    const p = await page(endpoint, { ...body, ...(cursor ? { cursor } : {}) });
    ids.push(...p.results.map((r) => r.id));
    if (!p.moreDataAvailable) {
      expect(p.nextCursor).toBeUndefined();
      return { ids, syncToken: p.syncToken };
    }
    expect(p.syncToken).toBeUndefined();
    cursor = p.nextCursor;
    await onPage?.(n);
  }
}

describe('full passes', () => {
  it('return every candidate exactly once, 100 at a time, with a syncToken at the end', async () => {
    const { ids, syncToken } = await drain('candidate.list', { limit: 100 });
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    expect(syncToken).toBeTruthy();
  });

  it('cover thousands of applications with no duplicates or gaps across page sizes', async () => {
    const a = await drain('application.list', { limit: 100 });
    const b = await drain('application.list', { limit: 37 });
    expect(new Set(a.ids).size).toBe(a.ids.length);
    expect(b.ids).toEqual(a.ids);
    expect(a.ids.length).toBeGreaterThan(N);
  });

  it('clamps limit above 100 and rejects limit below 1', async () => {
    expect((await page('candidate.list', { limit: 500 })).results).toHaveLength(100);
    expect((await call(sb, 'candidate.list', { limit: 0 })).body.errorInfo.code).toBe('invalid_input');
  });

  it('the CLI --all -o ndjson streams every record once', async () => {
    const r = await runCli(['api', 'candidate.list', '--all', '-o', 'ndjson', '--fields', 'id'], { env: sb.env, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
  });
});

describe('incremental sync', () => {
  it('returns only what changed after the token, including writes made during the pass', async () => {
    const cands = sb.world.col('candidate');
    let touchedMidPass: string | undefined;
    const full = await drain('candidate.list', {}, async (n) => {
      if (n === 5) {
        // A record the pass has already returned changes while the pass runs.
        touchedMidPass = cands.idOf(10);
        await call(sb, 'candidate.update', { candidateId: touchedMidPass, name: 'Changed Mid Pass' });
      }
    });
    expect(full.ids).toContain(touchedMidPass);
    const updated = [cands.idOf(7), cands.idOf(2500)];
    for (const id of updated) await call(sb, 'candidate.update', { candidateId: id, position: 'Principal Engineer' });
    const created = (await call(sb, 'candidate.create', { name: 'Brand New' })).body.results.id;

    const inc = await drain('candidate.list', { syncToken: full.syncToken });
    expect(new Set(inc.ids)).toEqual(new Set([touchedMidPass, ...updated, created]));
    const none = await drain('candidate.list', { syncToken: inc.syncToken });
    expect(none.ids).toEqual([]);
    expect(none.syncToken).toBeTruthy();
  });

  it('pages an incremental pass with cursors, and refuses a token of another endpoint', async () => {
    const start = (await drain('application.list')).syncToken;
    const apps = sb.world.col('application');
    const source = sb.world.col('source').idOf(1);
    const changed: string[] = [];
    for (let o = 0; changed.length < 250; o++) {
      const id = apps.idOf(o);
      if (!apps.get(id)) continue;
      await call(sb, 'application.changeSource', { applicationId: id, sourceId: source });
      changed.push(id);
    }
    const inc = await drain('application.list', { syncToken: start, limit: 100 });
    expect(inc.ids).toHaveLength(250);
    expect(new Set(inc.ids)).toEqual(new Set(changed));
    const wrong = await call(sb, 'candidate.list', { syncToken: start });
    expect(wrong.body.errorInfo.code).toBe('sync_token_invalid');
  });

  it('answers incremental_sync_too_large past the page cap', async () => {
    const start = (await drain('candidate.list')).syncToken;
    const cands = sb.world.col('candidate');
    for (let i = 100; i < 160; i++) await call(sb, 'candidate.update', { candidateId: cands.idOf(i), school: 'Capped University' });
    sb.configure({ syncPageCap: 2 });
    try {
      const p1 = await page('candidate.list', { syncToken: start, limit: 20 });
      const p2 = await page('candidate.list', { syncToken: start, limit: 20, cursor: p1.nextCursor });
      const p3 = await call(sb, 'candidate.list', { syncToken: start, limit: 20, cursor: p2.nextCursor });
      expect(p3.body.errorInfo.code).toBe('incremental_sync_too_large');
    } finally {
      sb.configure({ syncPageCap: 100 });
    }
  });
});

describe('expiry', () => {
  it('expires cursors and sync tokens after their lifetimes', async () => {
    const p1 = await page('candidate.list', { limit: 10 });
    const { syncToken } = await drain('job.list');
    sb.advanceClock(61 * 60_000);
    const r = await call(sb, 'candidate.list', { limit: 10, cursor: p1.nextCursor });
    expect(r.body.errorInfo.code).toBe('next_cursor_expired');
    expect((await call(sb, 'job.list', { syncToken })).body.success).toBe(true);
    sb.advanceClock(8 * 24 * 60 * 60_000);
    expect((await call(sb, 'job.list', { syncToken })).body.errorInfo.code).toBe('sync_token_expired');
  });

  it('refuses a cursor that was not issued by the sandbox', async () => {
    expect((await call(sb, 'candidate.list', { cursor: 'garbage' })).body.errorInfo.code).toBe('invalid_next_cursor');
  });
});
