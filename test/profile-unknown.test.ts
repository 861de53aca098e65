// A profile name that no stored profile has: `--profile nope` (with or without ASHBY_API_KEY),
// ASHBY_PROFILE, and the CI case where ASHBY_PROFILE names a key kept only in the environment.
// Through the CLI against a scripted HTTP server, counting what was sent.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir } from './helpers/cli.js';
import { ok, ScriptServer } from './helpers/script-server.js';

const GOOD = 'good_key_0123456789';
const OTHER = 'other_key_9876543210';
let srv: ScriptServer;
let dir: string;
let env: Record<string, string | undefined>;

beforeEach(async () => {
  srv = await new ScriptServer().start();
  srv.on('apiKey.info', () => ok({ title: 'CI key', scopes: ['jobsRead'] }));
  srv.on('job.list', () => ok([{ id: 'j1', title: 'Engineer' }]));
  dir = tempConfigDir();
  env = { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: undefined, ASHBY_PROFILE: undefined };
});
afterEach(() => srv.stop());

async function loginTwo(): Promise<void> {
  expect((await runCli(['auth', 'login', '--with-token'], { env, input: GOOD })).code).toBe(0);
  expect((await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER })).code).toBe(0);
}

describe('a profile that is not stored', () => {
  it('--profile nope is exit 2 naming it and listing the stored ones, also with ASHBY_API_KEY set; nothing sent or made', async () => {
    // As the AWS CLI refuses a profile it does not have. Before, with ASHBY_API_KEY set, `nope` ran
    // as a profile of its own, with a mirror, name cache and offer state of its own.
    await loginTwo();
    for (const extra of [{}, { ASHBY_API_KEY: GOOD }]) {
      const before = srv.requests.length;
      for (const args of [
        ['--profile', 'nope', 'job', 'list'],
        ['--profile', 'nope', 'auth', 'status'],
        ['--profile', 'nope', 'sync', 'jobs'],
      ]) {
        const r = await runCli(args, { env: { ...env, ...extra } });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('ashby: no profile named "nope" (--profile); stored profiles: default, staging\n');
        expect(r.stderr).toContain('hint: run `ashby auth login --profile NAME` to store one');
      }
      expect(srv.requests.length).toBe(before);
    }
    // With the key in the environment, the hint says how to name it without a stored profile.
    const keyed = await runCli(['--profile', 'nope', 'job', 'list'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(keyed.stderr).toContain('set ASHBY_PROFILE instead of --profile');
    expect(existsSync(join(dir, 'mirror'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f !== '.config.lock')).toEqual(['config.json', 'credentials.json']);
    // doctor says the same, with the fix.
    const doctor = await runCli(['--profile', 'nope', 'doctor', '-o', 'json'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(doctor.code).toBe(1);
    const key = json<Array<{ check: string; status: string; detail: string; fix?: string }>>(doctor).find((c) => c.check === 'api key');
    expect(key).toMatchObject({ status: 'fail', detail: 'no profile named "nope" (--profile); stored profiles: default, staging' });
    expect(key?.fix).toContain('ashby auth login --profile NAME');
    // A stored one works as before.
    const good = await runCli(['--profile', 'staging', 'job', 'list', '-o', 'json'], { env });
    expect(good.code, good.stderr).toBe(0);
  });

  it('with nothing stored, says so', async () => {
    const r = await runCli(['--profile', 'nope', 'job', 'list'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no profile named "nope" (--profile); no profile is stored');
    expect(srv.requests).toHaveLength(0);
  });

  it('ASHBY_PROFILE with ASHBY_API_KEY names a key kept only in the environment (CI): it runs, under that name', async () => {
    const ci = { ...env, ASHBY_PROFILE: 'acme-ci', ASHBY_API_KEY: GOOD };
    const r = await runCli(['job', 'list', '-o', 'json'], { env: ci });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual([{ id: 'j1', title: 'Engineer' }]);
    const s = await runCli(['auth', 'status', '--offline', '--json'], { env: ci });
    expect(s.code, s.stderr).toBe(0);
    expect(json<Record<string, unknown>>(s)).toMatchObject({ profile: 'acme-ci', keySource: 'ASHBY_API_KEY', profiles: [] });
    // Also beside stored profiles.
    await loginTwo();
    expect((await runCli(['job', 'list', '-o', 'json'], { env: ci })).code).toBe(0);
    // Without the key it names nothing usable: exit 2, nothing sent.
    const before = srv.requests.length;
    const bare = await runCli(['job', 'list'], { env: { ...env, ASHBY_PROFILE: 'acme-ci' } });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('no profile named "acme-ci" (ASHBY_PROFILE); stored profiles: default, staging');
    expect(bare.stderr).toContain('unset ASHBY_PROFILE');
    expect(srv.requests.length).toBe(before);
  });
});
