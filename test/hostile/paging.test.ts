// Sync and paging never lose or invent records: a broken pager stops with exit 5 instead of looping,
// the fallback full sync emits every record, the token is saved only after a complete pass, and a
// response body larger than the cap is an API error rather than memory exhausted.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runCli } from '../helpers/cli.js';
import { HostileServer, candidate, hugeBody, ok } from './server.js';

let srv: HostileServer;
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const c = (i: number) => candidate(uuid(i), `Person ${i}`);
const ids = (r: { stdout: string }) => json<Array<{ id: string }>>(r as never).map((x) => x.id);

beforeEach(async () => {
  srv = await new HostileServer().start();
});
afterEach(() => srv.stop());

describe('a broken pager stops with exit 5', () => {
  it('when the server repeats a cursor', async () => {
    srv.on('candidate.list', (r) => ok([c(r.n)], { moreDataAvailable: true, nextCursor: r.n === 1 ? 'cur-a' : 'cur-b' }));
    const r = await runCli(['candidate', 'list', '--all'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('repeated a page cursor');
    expect(srv.count('candidate.list')).toBe(3);
  });

  it('when the server sends empty pages that say more data is available', async () => {
    srv.on('candidate.list', (r) => ok([], { moreDataAvailable: true, nextCursor: `cur-${r.n}` }));
    const r = await runCli(['candidate', 'list', '--all'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('empty pages in a row');
  });

  it('when more data is available but no cursor is given; the sync token is not saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-sync-'));
    const state = join(dir, 'state.json');
    srv.on('candidate.list', () => ok([c(1)], { moreDataAvailable: true, syncToken: 'tok-bad' }));
    const r = await runCli(['candidate', 'list', '--sync-state', state], { env: srv.env() });
    expect(r.code, r.stderr).toBe(5);
    expect(existsSync(state)).toBe(false);
  });
});

describe('incremental sync', () => {
  it('falls back to a full sync that emits every record, and saves the token only after the full pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-sync-'));
    const state = join(dir, 'state.json');
    writeFileSync(state, JSON.stringify({ endpoint: 'candidate.list', syncToken: 'tok-old', savedAt: '2026-01-01T00:00:00Z' }));
    srv.on('candidate.list', (r) => {
      const b = r.body;
      if (b.syncToken === 'tok-old') {
        // The incremental pass gets one page of changes, then the token is refused part-way.
        if (!b.cursor) return ok([c(8), c(9)], { moreDataAvailable: true, nextCursor: 'inc-2' });
        return { body: { success: false, errors: ['incremental_sync_too_large'], errorInfo: { code: 'incremental_sync_too_large' } } };
      }
      // The full pass: three pages.
      if (!b.cursor) return ok([c(1), c(2)], { moreDataAvailable: true, nextCursor: 'full-2' });
      if (b.cursor === 'full-2') return ok([c(3), c(4)], { moreDataAvailable: true, nextCursor: 'full-3' });
      return ok([c(5)], { moreDataAvailable: false, syncToken: 'tok-new' });
    });
    const r = await runCli(['candidate', 'list', '--sync-state', state], { env: srv.env() });
    expect(r.code, r.stderr).toBe(0);
    const got = ids(r);
    for (const i of [1, 2, 3, 4, 5]) expect(got).toContain(uuid(i)); // the first records of the full pass are not skipped
    expect(JSON.parse(readFileSync(state, 'utf8')).syncToken).toBe('tok-new');
  });

  it('keeps the old token when the fallback full pass does not complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-sync-'));
    const state = join(dir, 'state.json');
    writeFileSync(state, JSON.stringify({ endpoint: 'candidate.list', syncToken: 'tok-old', savedAt: '2026-01-01T00:00:00Z' }));
    srv.on('candidate.list', (r) => {
      if (r.body.syncToken) return { body: { success: false, errorInfo: { code: 'sync_token_expired' } } };
      if (!r.body.cursor) return ok([c(1)], { moreDataAvailable: true, nextCursor: 'full-2', syncToken: 'tok-partial' });
      return { body: { success: false, errorInfo: { code: 'internal_error', message: 'boom' } }, status: 400 };
    });
    const r = await runCli(['candidate', 'list', '--sync-state', state], { env: srv.env() });
    expect(r.code).toBe(5);
    expect(JSON.parse(readFileSync(state, 'utf8')).syncToken).toBe('tok-old');
  });
});

describe('response bodies are capped', () => {
  it('a body over ASHBY_MAX_RESPONSE_MB is a clear API error (exit 5)', async () => {
    srv.on('candidate.list', () => hugeBody(3 * 1024 * 1024));
    const r = await runCli(['candidate', 'list'], { env: { ...srv.env(), ASHBY_MAX_RESPONSE_MB: '2' } });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('larger than 2 MiB');
    expect(r.stderr).toContain('ASHBY_MAX_RESPONSE_MB');
  });

  it('the default cap is 64 MiB', async () => {
    srv.on('candidate.list', () => hugeBody(65 * 1024 * 1024));
    const r = await runCli(['candidate', 'list'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(5);
    expect(r.stderr).toContain('larger than 64 MiB');
  });

  it('a bad ASHBY_MAX_RESPONSE_MB is exit 2', async () => {
    const r = await runCli(['candidate', 'list'], { env: { ...srv.env(), ASHBY_MAX_RESPONSE_MB: 'lots' } });
    expect(r.code).toBe(2);
    expect(srv.requests.length).toBe(0);
  });
});
