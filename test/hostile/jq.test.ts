// Exit 2 means nothing was sent: --jq and --fields are checked before any request; a jq failure
// after a write says the write was applied; jq's own words are shown; Ctrl-C stops an endless program.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempConfigDir } from '../helpers/cli.js';
import { HostileServer, candidate, ok } from './server.js';

let srv: HostileServer;
const ID = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';

beforeAll(async () => {
  srv = await new HostileServer()
    .on('candidate.create', () => ok(candidate(ID, 'Ada')))
    .on('candidate.list', () => ok([candidate(ID, 'Ada'), candidate(ID2, 'Half \ud800 a pair'), candidate(ID2, 'C:\\ud800')], { moreDataAvailable: false }))
    .start();
});
afterAll(() => srv.stop());

describe('--jq and --fields', () => {
  it.each([
    ['a syntax error', ['--jq', '.[']],
    ['an unknown function', ['--jq', 'nosuchfn(1)']],
    ['a bad field path', ['--fields', 'id,,na me']],
  ])('%s is exit 2 before anything is sent, even for a write', async (_, flags) => {
    const before = srv.requests.length;
    const r = await runCli(['api', 'candidate.create', '-f', 'name=Ada', ...flags], { env: srv.env() });
    expect(r.code, r.stderr).toBe(2);
    expect(srv.requests.length).toBe(before);
  });

  it('a name holding half a surrogate pair does not stop jq from reading the list', async () => {
    const r = await runCli(['candidate', 'list', '--jq', '.[].name'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Ada\nHalf \ufffd a pair\nC:\\ud800\n'); // a backslash, then text: kept
  });

  it("shows jq's own message, not an exit code", async () => {
    const r = await runCli(['candidate', 'list', '--jq', 'nosuchfn(1)'], { env: srv.env() });
    expect(r.stderr).toContain('nosuchfn/1 is not defined');
    expect(r.stderr).not.toContain('Non-zero exit code');
  });

  it('a jq failure at run time after a write says the write was applied, with its id, and is not exit 2', async () => {
    const r = await runCli(['api', 'candidate.create', '-f', 'name=Ada', '--jq', '.name | error("boom")'], { env: srv.env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('boom');
    expect(r.stderr).toContain(`candidate.create was applied (id ${ID})`);
    expect(srv.count('candidate.create')).toBe(1);
  });

  it("--fields naming no field of a write's answer says the write was applied, with its id, and is not exit 2", async () => {
    const before = srv.count('candidate.create');
    const r = await runCli(['api', 'candidate.create', '-f', 'name=Ada', '--fields', 'nosuch'], { env: srv.env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--fields: "nosuch" matches no field');
    expect(r.stderr).toContain(`candidate.create was applied (id ${ID})`);
    expect(srv.count('candidate.create')).toBe(before + 1);
    // A read with the same typo is still bad input (exit 2): nothing was changed.
    const read = await runCli(['candidate', 'list', '--fields', 'nosuch'], { env: srv.env() });
    expect(read.code).toBe(2);
  });

  it('a jq program that never ends stops on Ctrl-C with exit 130', async () => {
    const n0 = srv.count('candidate.list');
    const child = spawn(process.execPath, [BIN, 'candidate', 'list', '--jq', 'until(false; .)'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', ...srv.env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    // Wait until the request was answered (the program is running), then press Ctrl-C.
    while (srv.count('candidate.list') <= n0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code, stderr).toBe(130);
  });
});
