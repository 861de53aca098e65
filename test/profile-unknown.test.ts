// A profile name that no stored profile has: `--profile nope` (with or without ASHBY_API_KEY),
// ASHBY_PROFILE, the CI case where ASHBY_PROFILE names a key kept only in the environment, and an
// active profile in config.json that is no longer stored.
// Through the CLI against a scripted HTTP server, counting what was sent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // Nor is a name every JavaScript object answers to.
    const proto = await runCli(['--profile', 'constructor', 'job', 'list'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(proto.code).toBe(2);
    expect(proto.stderr).toContain('no profile named "constructor" (--profile)');
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

describe('an active profile that is not stored', () => {
  /** config.json naming `active` as the active profile, as a hand edit or an older `auth logout` left it. */
  const pointAt = (active: string) => {
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), currentProfile: active }));
  };

  it('is exit 2 naming it, the file and the fixes, with or without ASHBY_API_KEY; nothing sent', async () => {
    // Before: "no API key for profile gone" (exit 4) with a hint to log in, or, with ASHBY_API_KEY,
    // a run under the name "gone" (its own mirror and caches).
    await loginTwo();
    pointAt('gone');
    const before = srv.requests.length;
    for (const extra of [{}, { ASHBY_API_KEY: GOOD }]) {
      for (const args of [
        ['job', 'list'],
        ['auth', 'status'],
      ]) {
        const r = await runCli(args, { env: { ...env, ...extra } });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain(`ashby: the active profile "gone" is not stored: ${join(dir, 'config.json')} names it, but it was logged out or removed\n`);
        expect(r.stderr).toContain(
          'hint: `ashby auth switch NAME` makes a stored one active (default, staging); `ashby auth login` stores "gone" again; `ashby auth logout` stops naming it active',
        );
      }
    }
    expect(srv.requests.length).toBe(before);
    // A profile named for the run is used as ever.
    const named = await runCli(['--profile', 'staging', 'job', 'list', '-o', 'json'], { env });
    expect(named.code, named.stderr).toBe(0);
  });

  it('doctor reports it once, with the fixes; a warning when --profile names another', async () => {
    await loginTwo();
    pointAt('gone');
    type Check = { check: string; status: string; detail: string; fix?: string };
    const r = await runCli(['doctor', '-o', 'json'], { env });
    expect(r.code).toBe(1);
    const checks = json<Check[]>(r);
    expect(checks.find((c) => c.check === 'profiles')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('the active profile "gone" is not stored'),
      fix: expect.stringContaining('`ashby auth switch NAME` makes a stored one active (default, staging)'),
    });
    expect(checks.some((c) => c.check === 'api key')).toBe(false);
    const other = json<Check[]>(await runCli(['--profile', 'staging', 'doctor', '-o', 'json'], { env }));
    expect(other.find((c) => c.check === 'profiles')).toMatchObject({ status: 'warn', detail: expect.stringContaining('(this run uses --profile instead)') });
    expect(other.find((c) => c.check === 'api key')).toMatchObject({ status: 'ok' });
  });

  it('`auth logout` repairs it: no longer active, nothing else forgotten; --dry-run changes nothing', async () => {
    await loginTwo();
    pointAt('gone');
    const config = readFileSync(join(dir, 'config.json'), 'utf8');
    const dry = await runCli(['--dry-run', 'auth', 'logout'], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toBe('--dry-run: auth logout would stop naming "gone" (not stored) as the active profile; nothing was changed\n');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(config);
    const out = await runCli(['auth', 'logout'], { env });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('Profile "gone" was not stored; it is no longer the active one.');
    expect(out.stderr).toContain('Active profile is now "default".');
    const settings = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(settings.currentProfile).toBeUndefined();
    expect(Object.keys(settings.profiles).sort()).toEqual(['default', 'staging']);
    const s = await runCli(['auth', 'status', '--offline', '--json'], { env });
    expect(s.code, s.stderr).toBe(0);
    expect(json<Record<string, unknown>>(s)).toMatchObject({ profile: 'default', key: '****6789' });
  });

  it('"default" named active but not stored is what no active profile means: ASHBY_API_KEY runs', async () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ currentProfile: 'default', profiles: {} }));
    const r = await runCli(['job', 'list', '-o', 'json'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(r.code, r.stderr).toBe(0);
  });
});
