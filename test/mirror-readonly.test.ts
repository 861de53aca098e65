// A mirror in a folder that cannot be written (shared on a read-only mount, or someone else's
// folder): SQLite needs a -shm beside a WAL-mode file and cannot make one there. Reads answer from
// the file as it is when nothing waits in its -wal; a refresh due is skipped with a warning; a sync
// says why it cannot run; a -wal with changes in it is refused rather than read without them.
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir, type RunResult } from './helpers/cli.js';
import { callJson, startMcp } from './helpers/mcp.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';

/**
 * `src` as a folder that cannot be written: itself, made read-only, for a user the permissions
 * bind; for root (whom they do not bind), a read-only bind mount of it. Undefined when neither can
 * be had here (root without the right to mount): the tests are skipped.
 */
function readOnlyView(src: string, cleanups: Array<() => void>): string | undefined {
  const writable = (dir: string) => {
    try {
      accessSync(dir, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (process.getuid?.() !== 0) {
    chmodSync(src, 0o555);
    cleanups.push(() => chmodSync(src, 0o755));
    return writable(src) ? undefined : src;
  }
  const view = mkdtempSync(join(tmpdir(), 'ashby-ro-view-'));
  try {
    execFileSync('mount', ['--bind', src, view], { stdio: 'ignore' });
    // Lazily: a connection a failing test left open must not keep the mount (or fail the cleanup).
    cleanups.push(() => execFileSync('umount', ['-l', view], { stdio: 'ignore' }));
    execFileSync('mount', ['-o', 'remount,bind,ro', view], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return writable(view) ? undefined : view;
}

let sb: TestSandbox;
let root: string;
let ro: string | undefined;
let walRo: string | undefined;
let emptyRo: string | undefined;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  sb = await startSandbox({ candidates: 40 });
  root = mkdtempSync(join(tmpdir(), 'ashby-ro-'));
  const src = join(root, 'shared');
  mkdirSync(src);
  const r = await runCli(['sync', '--db', join(src, 'm.db')], { env: sb.env, timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
  // A finished sync leaves the file whole: no -shm, and the -wal absent or empty.
  expect(readdirSync(src).filter((f) => f.endsWith('-shm'))).toEqual([]);
  // The same mirror with a change still in its -wal (a writer that has not checkpointed), without
  // the -shm: as a crashed sync, or one on another machine, leaves it.
  const pending = join(root, 'pending');
  mkdirSync(pending);
  const w = new DatabaseSync(join(src, 'm.db'));
  w.exec('PRAGMA wal_autocheckpoint = 0');
  w.exec("UPDATE candidates SET name = 'Changed In The Wal' WHERE id = (SELECT min(id) FROM candidates)");
  copyFileSync(join(src, 'm.db'), join(pending, 'm.db'));
  copyFileSync(join(src, 'm.db-wal'), join(pending, 'm.db-wal'));
  w.close();
  ro = readOnlyView(src, cleanups);
  walRo = readOnlyView(pending, cleanups);
  const empty = join(root, 'empty');
  mkdirSync(empty);
  emptyRo = readOnlyView(empty, cleanups);
}, 120_000);
afterAll(() => {
  for (const c of cleanups.reverse()) c();
  rmSync(root, { recursive: true, force: true });
  return sb.close();
});

const cli = (args: string[]): Promise<RunResult> => runCli(args, { env: sb.env, timeoutMs: 60_000 });

describe('a mirror in a folder that cannot be written', () => {
  it('answers sql, search and the analytics from the file as it is', async (t) => {
    if (!ro) return t.skip();
    const db = join(ro, 'm.db');
    const n = await cli(['sql', 'SELECT count(*) AS n FROM candidates', '--db', db, '-o', 'json']);
    expect(n.code, n.stderr).toBe(0);
    expect(json<Array<{ n: number }>>(n)[0].n).toBe(40);
    const stale = await cli(['stale', '--days', '0', '--offline', '--db', db, '-o', 'json']);
    expect(stale.code, stale.stderr).toBe(0);
    expect(json<unknown[]>(stale).length).toBeGreaterThan(0);
    const search = await cli(['search', 'a', '--offline', '--db', db, '-o', 'json']);
    expect(search.code, search.stderr).toBe(0);
  });

  it('a refresh that is due is skipped with a warning; a sync says why it cannot run', async (t) => {
    if (!ro) return t.skip();
    const db = join(ro, 'm.db');
    const r = await cli(['pipeline', '--max-age', '0s', '--db', db, '-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("the mirror's folder cannot be written, so it is not refreshed: answering from it as it is");
    const s = await cli(['sync', '--db', db]);
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^ashby: cannot sync the mirror at .*m\.db: its folder cannot be written \((EROFS|EACCES)\)/);
    expect(s.stderr).toContain('hint: sync a mirror of your own with --db PATH');
  });

  it('under MCP, a first sync that cannot be written there says to set ASHBY_DB for the server (no tool takes --db)', async (t) => {
    if (!emptyRo) return t.skip();
    const m = await startMcp(['mcp'], tempConfigDir(), { ...sb.env, ASHBY_DB: join(emptyRo, 'm.db') });
    try {
      const r = await callJson(m, 'pipeline', {});
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toMatch(/^cannot sync the mirror at .*m\.db: its folder cannot be written \((EROFS|EACCES)\)/);
      expect(r.body.error.hint).toBe(
        "no tool chooses the mirror file: set ASHBY_DB to a path in a folder this server can write, in the environment the assistant's client starts it with, and restart the server",
      );
    } finally {
      await m.close();
    }
  });

  it('with changes still in its -wal, it is refused rather than read without them', async (t) => {
    if (!walRo) return t.skip();
    const r = await cli(['sql', "SELECT count(*) AS n FROM candidates WHERE name = 'Changed In The Wal'", '--db', join(walRo, 'm.db'), '-o', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is in a folder that cannot be written, with changes still in its -wal file');
  });
});
