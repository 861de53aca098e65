// Profiles and credentials: login verifies the key, status reports where it came from (redacted),
// precedence of flags, environment and stored profiles, and the key file's permissions.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir } from './helpers/cli.js';
import { fail, ok, ScriptServer } from './helpers/script-server.js';
import { startSandbox } from './helpers/sandbox.js';

const GOOD = 'good_key_0123456789';
const OTHER = 'other_key_9876543210';
let srv: ScriptServer;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  srv = await new ScriptServer().start();
  srv.on('apiKey.info', () => {
    const auth = srv.requests[srv.requests.length - 1].headers.authorization ?? '';
    const key = Buffer.from(auth.replace('Basic ', ''), 'base64').toString().replace(/:$/, '');
    if (key === GOOD) return ok({ title: 'CI key', createdAt: '2026-01-01T00:00:00Z', scopes: ['candidates:read', 'jobs:read'] });
    if (key === OTHER) return ok({ title: 'Other key', scopes: ['jobs:read'] });
    return { status: 403, body: 'forbidden' };
  });
  dir = tempConfigDir();
  env = { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: srv.url };
});
afterEach(() => srv.stop());

describe('auth', () => {
  it('names a broken config file and sends nothing, then works once it is fixed, with the key file read back', async () => {
    const login = await runCli(['auth', 'login', '--with-token'], { env, input: `${GOOD}\n` });
    expect(login.code, login.stderr).toBe(0);
    const config = join(dir, 'config.json');
    const good = readFileSync(config, 'utf8');
    writeFileSync(config, '{"profiles": {');
    const before = srv.requests.length;
    const broken = await runCli(['api', 'apiKey.info'], { env });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${config} is not a JSON object`);
    expect(broken.stderr).toMatch(/hint: fix it/);
    expect(broken.stdout).toBe('');
    expect(srv.requests.length).toBe(before);
    writeFileSync(config, good);
    const fixed = await runCli(['api', 'apiKey.info'], { env });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(json<{ title: string }>(fixed).title).toBe('CI key');
  });

  it('a broken credentials.json stops login and logout before anything changes, and is never overwritten', async () => {
    expect((await runCli(['auth', 'login', '--with-token'], { env, input: GOOD })).code).toBe(0);
    const config = join(dir, 'config.json');
    const creds = join(dir, 'credentials.json');
    const settings = readFileSync(config, 'utf8');
    for (const broken of ['{"default": "good_', '[]']) {
      writeFileSync(creds, broken);
      const logout = await runCli(['auth', 'logout'], { env });
      expect(logout.code).toBe(1);
      expect(logout.stderr).toContain(`${creds} is not a JSON object`);
      const login = await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER });
      expect(login.code).toBe(1);
      expect(login.stderr).toContain(`${creds} is not a JSON object`);
      expect(readFileSync(creds, 'utf8')).toBe(broken);
      expect(readFileSync(config, 'utf8')).toBe(settings);
    }
  });

  it('login --with-token verifies the key, stores it 0600 with a warning, and status shows it redacted', async () => {
    const login = await runCli(['auth', 'login', '--with-token'], { env, input: `${GOOD}\n` });
    expect(login.code).toBe(0);
    expect(login.stderr).toContain('CI key');
    expect(login.stderr).toMatch(/warning: no OS keychain/);
    expect(login.stdout + login.stderr).not.toContain(GOOD);
    const creds = join(dir, 'credentials.json');
    expect(statSync(creds).mode & 0o777).toBe(0o600);
    expect(readFileSync(creds, 'utf8')).toContain(GOOD);

    const status = await runCli(['auth', 'status', '--json'], { env: { ...env, ASHBY_BASE_URL: '' } });
    // The base URL came from the login (stored in the profile), not from the environment now.
    expect(status.code).toBe(0);
    const s = json<Record<string, unknown>>(status);
    expect(s).toMatchObject({
      profile: 'default',
      keySource: creds,
      key: '****6789',
      baseUrl: srv.url,
      keyTitle: 'CI key',
      scopes: ['candidates:read', 'jobs:read'],
    });
    expect(status.stdout).not.toContain(GOOD);
  });

  it('refuses a wrong key (exit 4) and stores nothing', async () => {
    const r = await runCli(['auth', 'login', '--with-token'], { env, input: 'wrong_key_000000' });
    expect(r.code).toBe(4);
    const s = await runCli(['auth', 'status', '--offline', '--json'], { env });
    expect(s.code).toBe(4);
    expect(json<Record<string, unknown>>(s).key).toBeNull();
  });

  it('refuses a key with white space, control or invisible characters inside (exit 2, nothing sent or stored)', async () => {
    for (const bad of [`${GOOD.slice(0, 4)} ${GOOD.slice(4)}`, `${GOOD}\u200b`, `\u2060${GOOD}`, `${GOOD.slice(0, 4)}\u001b${GOOD.slice(4)}`]) {
      const r = await runCli(['auth', 'login', '--with-token'], { env, input: `${bad}\n` });
      expect(r.code, JSON.stringify(bad)).toBe(2);
      expect(r.stderr).toContain('paste it exactly as Ashby shows it');
    }
    expect(srv.requests).toHaveLength(0);
    // Around the key, a line break or spaces (a file, a paste) are not part of it.
    const ok = await runCli(['auth', 'login', '--with-token'], { env, input: `  ${GOOD}\r\n` });
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('without a terminal, login needs --with-token (exit 2, nothing sent)', async () => {
    const r = await runCli(['auth', 'login'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--with-token');
    expect(srv.requests).toHaveLength(0);
  });

  it('precedence: --profile > ASHBY_PROFILE > active profile; ASHBY_API_KEY overrides the stored key', async () => {
    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER });
    // login makes the new profile active
    let s = json<Record<string, unknown>>(await runCli(['auth', 'status', '--json'], { env }));
    expect(s).toMatchObject({ profile: 'staging', keyTitle: 'Other key' });
    expect((await runCli(['auth', 'switch', 'default'], { env })).code).toBe(0);
    s = json(await runCli(['auth', 'status', '--json'], { env }));
    expect(s).toMatchObject({ profile: 'default', keyTitle: 'CI key' });
    s = json(await runCli(['auth', 'status', '--json'], { env: { ...env, ASHBY_PROFILE: 'staging' } }));
    expect(s).toMatchObject({ profile: 'staging' });
    s = json(await runCli(['auth', 'status', '--json', '--profile', 'default'], { env: { ...env, ASHBY_PROFILE: 'staging' } }));
    expect(s).toMatchObject({ profile: 'default' });
    s = json(await runCli(['auth', 'status', '--json'], { env: { ...env, ASHBY_API_KEY: OTHER } }));
    expect(s).toMatchObject({ profile: 'default', keySource: 'ASHBY_API_KEY', keyTitle: 'Other key' });

    const unknown = await runCli(['auth', 'status', '--profile', 'nope'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no profile named "nope"');
    const badSwitch = await runCli(['auth', 'switch', 'nope'], { env });
    expect(badSwitch.code).toBe(2);
    expect(badSwitch.stderr).toContain('default, staging');
  });

  it('a profile named like a domain (acme.eu) keeps its key: login, use, logout', async () => {
    const login = await runCli(['auth', 'login', '--with-token', '--profile', 'acme.eu'], { env, input: GOOD });
    expect(login.code, login.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8'))).toEqual({ 'acme.eu': GOOD });
    const s = await runCli(['auth', 'status', '--offline', '--json'], { env });
    expect(s.code, s.stderr).toBe(0);
    expect(json<Record<string, unknown>>(s)).toMatchObject({ profile: 'acme.eu', key: '****6789' });
    expect((await runCli(['auth', 'logout'], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8'))).toEqual({});
  });

  it('login says when ASHBY_API_KEY will go on overriding the key it stores', async () => {
    const r = await runCli(['auth', 'login', '--with-token'], { env: { ...env, ASHBY_API_KEY: OTHER }, input: GOOD });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: ASHBY_API_KEY is set in the environment and overrides/);
    expect(r.stdout + r.stderr).not.toContain(OTHER);
    expect(r.stdout + r.stderr).not.toContain(GOOD);
    const quiet = await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER });
    expect(quiet.stderr).not.toContain('ASHBY_API_KEY');
  });

  it('switch says when ASHBY_PROFILE will go on choosing another profile', async () => {
    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER });
    const r = await runCli(['auth', 'switch', 'default'], { env: { ...env, ASHBY_PROFILE: 'staging' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: ASHBY_PROFILE=staging is set in the environment and chooses the profile/);
    const same = await runCli(['auth', 'switch', 'staging'], { env: { ...env, ASHBY_PROFILE: 'staging' } });
    expect(same.stderr).not.toContain('warning');
  });

  it('logout forgets the key', async () => {
    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    expect((await runCli(['auth', 'logout'], { env })).code).toBe(0);
    expect(readFileSync(join(dir, 'credentials.json'), 'utf8')).not.toContain(GOOD);
    const s = await runCli(['auth', 'status'], { env });
    expect(s.code).toBe(4);
  });

  it('logout of the active profile leaves no profile active rather than the one just removed', async () => {
    // Before, config.json went on naming the removed profile as active: every command then said
    // "no API key for profile prod" while default's key was still stored.
    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    await runCli(['auth', 'login', '--with-token', '--profile', 'prod'], { env, input: OTHER });
    const out = await runCli(['auth', 'logout'], { env });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('Logged out of profile "prod".');
    expect(out.stderr).toContain('Active profile is now "default".');
    const s = await runCli(['auth', 'status', '--json'], { env });
    expect(s.code, s.stderr).toBe(0);
    expect(json<Record<string, unknown>>(s)).toMatchObject({ profile: 'default', keyTitle: 'CI key', profiles: ['default'] });

    // With no "default" left, none is active, and it says how to choose one; nothing else is picked.
    await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER });
    await runCli(['auth', 'logout', '--profile', 'default'], { env });
    await runCli(['auth', 'switch', 'staging'], { env });
    await runCli(['auth', 'login', '--with-token', '--profile', 'eu'], { env, input: GOOD });
    const none = await runCli(['auth', 'logout'], { env });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('No profile is active now: choose one with `ashby auth switch NAME` (stored: staging)');
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).currentProfile).toBeUndefined();
    // Logging out of a profile that is not the active one leaves the active one alone.
    await runCli(['auth', 'switch', 'staging'], { env });
    await runCli(['auth', 'login', '--with-token', '--profile', 'eu'], { env, input: GOOD });
    await runCli(['auth', 'switch', 'staging'], { env });
    const other = await runCli(['auth', 'logout', '--profile', 'eu'], { env });
    expect(other.stderr).not.toContain('active');
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).currentProfile).toBe('staging');
  });

  it('doctor warns when credentials.json can be read by other users, with the chmod that fixes it', async () => {
    // A copy from another machine or a restore can leave the key file 0644; doctor called it "mode 0600".
    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    const creds = join(dir, 'credentials.json');
    const check = async () =>
      json<Array<{ check: string; status: string; detail: string; fix?: string }>>(await runCli(['doctor', '--json'], { env })).find(
        (c) => c.check === 'credentials',
      );
    expect(await check()).toBeUndefined();
    chmodSync(creds, 0o644);
    const open = await check();
    expect(open).toMatchObject({ status: 'warn', detail: expect.stringContaining('other users can read or change it (mode 0644)') });
    expect(JSON.stringify(open)).not.toContain(GOOD);
    expect(spawnSync('sh', ['-c', open!.fix!]).status).toBe(0);
    expect(statSync(creds).mode & 0o777).toBe(0o600);
    expect(await check()).toBeUndefined();
  });

  it('an ASHBY_KEYCHAIN that names no tool is refused (exit 2, nothing sent or stored), and doctor fails it', async () => {
    // Before, `secret_tool` or any typo was read as "the default", and the key went to a file or a
    // keychain other than the one whoever set the variable meant.
    const bad = { ...env, ASHBY_KEYCHAIN: 'secret_tool', ASHBY_NO_KEYCHAIN: undefined };
    const r = await runCli(['auth', 'login', '--with-token'], { env: bad, input: GOOD });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('ASHBY_KEYCHAIN="secret_tool" names no keychain tool');
    expect(r.stderr).toMatch(/hint: set it to security \(macOS\), secret-tool \(libsecret\) or none/);
    expect(srv.requests.length).toBe(0);
    expect(existsSync(join(dir, 'credentials.json'))).toBe(false);
    const doctor = await runCli(['doctor', '--json'], { env: bad });
    expect(doctor.code).toBe(1);
    expect(json<Array<{ check: string; status: string }>>(doctor).find((c) => c.check === 'keychain')).toMatchObject({ status: 'fail' });
    // The values it takes still work.
    const none = await runCli(['auth', 'login', '--with-token'], { env: { ...env, ASHBY_KEYCHAIN: 'none' }, input: GOOD });
    expect(none.code, none.stderr).toBe(0);
  });

  it('ASHBY_NO_KEYCHAIN and ASHBY_DEBUG take true as they take 1 (false stays off)', async () => {
    // Only "1" counted: ASHBY_NO_KEYCHAIN=true left keys to the keychain, ASHBY_DEBUG=true traced nothing.
    const keychain = async (v: string) =>
      json<Array<{ check: string; detail: string }>>(await runCli(['doctor', '--json'], { env: { ...env, ASHBY_NO_KEYCHAIN: v } })).find(
        (c) => c.check === 'keychain',
      )!.detail;
    for (const on of ['1', 'true', 'YES']) expect(await keychain(on), on).toContain('not used (ASHBY_NO_KEYCHAIN is set)');
    for (const off of ['0', 'false']) expect(await keychain(off), off).not.toContain('not used');
    for (const [v, traced] of [
      ['true', true],
      ['on', true],
      ['false', false],
    ] as const) {
      const r = await runCli(['api', 'apiKey.info'], { env: { ...env, ASHBY_API_KEY: GOOD, ASHBY_DEBUG: v } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.includes('[debug]'), `ASHBY_DEBUG=${v}`).toBe(traced);
      expect(r.stderr).not.toContain(GOOD);
    }
  });

  it('--dry-run login, switch and logout say what they would do and change nothing', async () => {
    // They used to check and store the key, switch, and forget the key all the same.
    const dry = await runCli(['--dry-run', 'auth', 'login', '--with-token'], { env, input: GOOD });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('--dry-run: auth login would check the key (****6789) with apiKey.info at');
    expect(dry.stderr).toContain('nothing was changed');
    expect(dry.stdout + dry.stderr).not.toContain(GOOD);
    expect(srv.requests.length).toBe(0);
    expect(existsSync(join(dir, 'credentials.json'))).toBe(false);

    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    await runCli(['auth', 'login', '--with-token', '--profile', 'staging'], { env, input: OTHER });
    const config = readFileSync(join(dir, 'config.json'), 'utf8');
    const creds = readFileSync(join(dir, 'credentials.json'), 'utf8');
    const sw = await runCli(['--dry-run', 'auth', 'switch', 'default'], { env });
    expect(sw.code, sw.stderr).toBe(0);
    expect(sw.stderr).toBe('--dry-run: auth switch would make "default" the active profile; nothing was changed\n');
    const out = await runCli(['--dry-run', 'auth', 'logout'], { env });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toBe('--dry-run: auth logout would forget the key of profile "staging"; nothing was changed\n');
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(config);
    expect(readFileSync(join(dir, 'credentials.json'), 'utf8')).toBe(creds);
  });

  it('API commands use the stored key', async () => {
    await runCli(['auth', 'login', '--with-token'], { env, input: GOOD });
    srv.on('job.list', () => ok([{ id: 'j1', title: 'Engineer' }]));
    const r = await runCli(['api', 'job.list', '--json'], { env });
    expect(r.code).toBe(0);
    expect(json(r)).toEqual([{ id: 'j1', title: 'Engineer' }]);
    expect(srv.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from(`${GOOD}:`).toString('base64')}`);
  });
});

describe('a refused key', () => {
  const refusal = (status: number) => () => fail(status === 401 ? 'unauthenticated' : 'forbidden', 'not accepted', status);

  it('answered 401 says the key was refused and what to do, never "wrong or deactivated" nor the key', async () => {
    expect((await runCli(['auth', 'login', '--with-token'], { env, input: `${GOOD}\n` })).code).toBe(0);
    srv.on('job.list', refusal(401));
    const r = await runCli(['job', 'list'], { env });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      'hint: the API key was refused (HTTP 401); check in Ashby (Admin > Integrations > API Keys) that it is active and allowed what this command does, then run `ashby auth login` with a valid key',
    );
    expect(r.stderr).not.toMatch(/wrong or deactivated|no API key/);
    expect(r.stderr).not.toContain(GOOD);
  });

  it('from ASHBY_API_KEY, says the variable is what to correct or unset, as `auth login` alone would not help', async () => {
    srv.on('job.list', refusal(401));
    const r = await runCli(['job', 'list'], { env: { ...env, ASHBY_API_KEY: `${GOOD}\n` } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      'hint: the API key was refused (HTTP 401); it comes from ASHBY_API_KEY, which is used before any stored profile: check in Ashby (Admin > Integrations > API Keys) that it is active and allowed what this command does, then correct the variable, or unset it and run `ashby auth login`',
    );
    expect(r.stderr).not.toContain(GOOD);
  });

  it("answered 403 by the sandbox is Ashby's answer to a wrong or deactivated key, and says so", async () => {
    const sb = await startSandbox({ candidates: 5 });
    try {
      const r = await runCli(['candidate', 'list'], { env: { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: sb.url, ASHBY_API_KEY: 'not_this_orgs_key_97531' } });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain("hint: the API key was refused (HTTP 403, Ashby's answer to a wrong or deactivated key); it comes from ASHBY_API_KEY");
      expect(r.stderr).not.toContain('not_this_orgs_key_97531');
    } finally {
      await sb.close();
    }
  });
});

describe('a key without the API Keys permission', () => {
  // apiKey.info needs apiKeysRead, which a recruiter's key seldom has: Ashby answers such a key
  // with missing_endpoint_permission, so it was accepted; only its title and scopes are unknown.
  it('login stores it with a note, status and doctor report it as accepted, and a wrong key is still refused', async () => {
    const sb = await startSandbox({ candidates: 5 });
    try {
      sb.addKey('recruiter_key_24680', ['candidatesRead', 'candidatesWrite', 'jobsRead']);
      const sbEnv = { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: sb.url };
      const login = await runCli(['auth', 'login', '--with-token'], { env: sbEnv, input: 'recruiter_key_24680\n' });
      expect(login.code, login.stderr).toBe(0);
      expect(login.stderr).toContain('apiKeysRead');
      expect(readFileSync(join(dir, 'credentials.json'), 'utf8')).toContain('recruiter_key_24680');
      const list = await runCli(['candidate', 'list', '--limit', '1', '--json'], { env: sbEnv });
      expect(list.code, list.stderr).toBe(0);
      expect(json<unknown[]>(list)).toHaveLength(1);

      const status = await runCli(['auth', 'status', '--json'], { env: sbEnv });
      expect(status.code, status.stderr).toBe(0);
      expect(json<Record<string, unknown>>(status)).toMatchObject({ profile: 'default', key: '****4680' });
      expect(status.stderr).toContain('apiKeysRead');

      const doctor = await runCli(['doctor', '--json'], { env: sbEnv });
      const api = json<Array<Record<string, string>>>(doctor).find((c) => c.check === 'api');
      expect(api?.status, api?.detail).toBe('ok');
      expect(api?.detail).toContain('apiKeysRead');

      // A permission it lacks is named, with the page of Ashby where it is granted, as the help says.
      const offers = await runCli(['offer', 'list', '--limit', '1'], { env: sbEnv });
      expect(offers.code).toBe(4);
      expect(offers.stderr).toContain('lacks the offersRead permission needed by offer.list; grant it in Ashby (Admin > Integrations > API Keys)');
      const help = await runCli(['auth', '--help']);
      expect(help.stdout).toContain('Admin > Integrations > API Keys (https://app.ashbyhq.com/admin/api/keys)');

      const wrong = await runCli(['auth', 'login', '--with-token', '--profile', 'other'], { env: sbEnv, input: 'not_a_key_13579' });
      expect(wrong.code).toBe(4);
      expect(readFileSync(join(dir, 'credentials.json'), 'utf8')).not.toContain('not_a_key_13579');
    } finally {
      await sb.close();
    }
  });
});

describe('process behaviour', () => {
  it('a failure mid-stream still leaves a closed JSON array and reports the error', async () => {
    srv.on('candidate.list', (b) => (b.cursor ? fail('internal', 'boom', 500) : ok([{ id: 'a' }], { moreDataAvailable: true, nextCursor: 'x' })));
    const r = await runCli(['api', 'candidate.list', '--all', '--json', '--max-retries', '0'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(r.code).toBe(5);
    expect(JSON.parse(r.stdout)).toEqual([{ id: 'a' }]);
  });

  it('a list that fails on its first page prints nothing to stdout; an empty list prints []', async () => {
    srv.on('candidate.list', () => fail('internal', 'boom', 500));
    const r = await runCli(['api', 'candidate.list', '--all', '--json', '--max-retries', '0'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('');
    srv.on('candidate.list', () => ok([], { moreDataAvailable: false, syncToken: 's' }));
    const e = await runCli(['api', 'candidate.list', '--all', '--json'], { env: { ...env, ASHBY_API_KEY: GOOD } });
    expect(e.code).toBe(0);
    expect(JSON.parse(e.stdout)).toEqual([]);
  });

  it('--color never and NO_COLOR keep escape codes out; --help lists groups', async () => {
    const r = await runCli(['--help'], { env: { NO_COLOR: undefined } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('API resources');
    expect(r.stdout).toContain('candidate');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});
