// One folder per profile: the mirror (<config dir>/mirror/<folder>.db) and the name cache
// (<config dir>/cache/<folder>/) of two profiles never mix, whatever their names. Before, every
// character outside [A-Za-z0-9._-] became `_`, so `acme corp` and `acme_corp` shared a mirror (two
// organisations' candidates in one file) and `..` named the config folder itself.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyProfileFolder, profileFolder } from '../src/config/paths.js';
import { json, runCli } from './helpers/cli.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 30 });
});
afterAll(() => sb.close());

describe('profileFolder', () => {
  it('keeps a plain name as it is, so existing folders stay where they are', () => {
    for (const name of ['default', 'Acme', 'acme.eu', 'a_b', 'prod-2', 'x.y.z']) expect(profileFolder(name)).toBe(name);
  });

  it('gives every other name a folder of its own, never a path', () => {
    const names = [
      'a b',
      'a_b',
      'a/b',
      'a\\b',
      'a%20b',
      '..',
      '.',
      '.hidden',
      'sandbox',
      'Sandbox',
      'con',
      'NUL.txt',
      'Société',
      'société',
      'a\u202eb',
      '💼',
      '',
      ' ',
    ];
    const folders = names.map(profileFolder);
    expect(new Set(folders).size).toBe(names.length);
    // Unique also where the file system ignores case, except for names that differ only in case.
    const folded = new Set(folders.map((f) => f.toLowerCase()));
    expect(folded.size).toBe(names.length - 1); // Société / société
    for (const f of folders) {
      expect(f).toMatch(/^[A-Za-z0-9_%-][A-Za-z0-9._%~-]*$/);
      expect(f).not.toMatch(/^(sandbox|con|nul|\.)/i);
    }
    expect(profileFolder('a b')).toBe('a%20b');
    expect(profileFolder('..')).toBe('%2E%2E');
    expect(profileFolder('sandbox')).toBe('%73andbox');
  });

  it('cuts a very long name and ends it in a hash of the whole', () => {
    const a = profileFolder(`${'é'.repeat(200)}a`);
    const b = profileFolder(`${'é'.repeat(200)}b`);
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).not.toBe(b);
  });
});

/** A config dir with profiles, each pointing at the sandbox with its key. */
function configWith(profiles: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ashby-profiles-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ profiles: Object.fromEntries(profiles.map((p) => [p, { baseUrl: sb.url }])) }));
  writeFileSync(join(dir, 'credentials.json'), JSON.stringify(Object.fromEntries(profiles.map((p) => [p, sb.apiKey]))), { mode: 0o600 });
  return dir;
}

const run = (dir: string, profile: string, args: string[]) =>
  runCli([...args, '--profile', profile], { env: { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: undefined, ASHBY_API_KEY: undefined }, timeoutMs: 60_000 });

describe('mirrors of profiles whose names used to share a folder', () => {
  it('`acme corp` and `acme_corp` each have their own mirror', async () => {
    const dir = configWith(['acme corp', 'acme_corp']);
    const synced = await run(dir, 'acme corp', ['sync', 'candidates']);
    expect(synced.code, synced.stderr).toBe(0);
    expect(existsSync(join(dir, 'mirror', 'acme%20corp.db'))).toBe(true);
    // The other profile has no mirror yet: it is not handed the first one's.
    const other = await run(dir, 'acme_corp', ['sql', 'SELECT count(*) AS n FROM candidates', '-o', 'json']);
    expect(other.code, other.stderr).toBe(3);
    expect(other.stderr).toMatch(/no mirror at .*acme_corp\.db/);
    const own = await run(dir, 'acme corp', ['sql', 'SELECT count(*) AS n FROM candidates', '-o', 'json']);
    expect(own.code, own.stderr).toBe(0);
    expect(json<Array<{ n: number }>>(own)[0].n).toBe(30);
  });

  it('a profile named `..` keeps its mirror inside the mirror folder', async () => {
    const dir = configWith(['..']);
    const synced = await run(dir, '..', ['sync', 'tags']);
    expect(synced.code, synced.stderr).toBe(0);
    expect(readdirSync(join(dir, 'mirror'))).toContain('%2E%2E.db');
    expect(existsSync(join(dir, '..db'))).toBe(false);
  });

  it('a profile named `sandbox` does not share the --sandbox mirror', async () => {
    const dir = configWith(['sandbox']);
    const synced = await run(dir, 'sandbox', ['sync', 'tags']);
    expect(synced.code, synced.stderr).toBe(0);
    expect(readdirSync(join(dir, 'mirror'))).toEqual(['%73andbox.db']);
  });

  it("a mirror under the old folder name moves to the profile's own path, unless another profile may own it", async () => {
    const dir = configWith(['acme corp']);
    // What an earlier version made: the mirror of `acme corp` at mirror/acme_corp.db.
    const synced = await run(dir, 'acme corp', ['sync', 'candidates', '--db', join(dir, 'mirror', 'acme_corp.db')]);
    expect(synced.code, synced.stderr).toBe(0);
    // --dry-run and doctor read it where it is, moving nothing.
    const planned = await run(dir, 'acme corp', ['sync', '--dry-run', '-o', 'json']);
    expect(planned.code, planned.stderr).toBe(0);
    expect(json<Array<{ table: string; lastSynced?: string }>>(planned).find((t) => t.table === 'candidates')).toMatchObject({
      lastSynced: expect.any(String),
    });
    const doctor = await run(dir, 'acme corp', ['doctor', '-o', 'json']);
    expect(doctor.stdout).toContain('acme_corp.db');
    expect(readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual(['acme_corp.db']);
    const moved = await run(dir, 'acme corp', ['sql', 'SELECT count(*) AS n FROM candidates', '-o', 'json']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(json<Array<{ n: number }>>(moved)[0].n).toBe(30);
    expect(readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual(['acme%20corp.db']);
    const db = new DatabaseSync(join(dir, 'mirror', 'acme%20corp.db'), { readOnly: true });
    expect(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'profile'`).get()).toEqual({ value: 'acme corp' });
    db.close();

    // With a stored profile that had the same old folder, nobody can tell whose it is: left alone.
    const shared = configWith(['acme corp', 'acme?corp']);
    const legacy = await run(shared, 'acme?corp', ['sync', 'tags', '--db', join(shared, 'mirror', 'acme_corp.db')]);
    expect(legacy.code, legacy.stderr).toBe(0);
    const none = await run(shared, 'acme corp', ['sql', 'SELECT count(*) AS n FROM tags']);
    expect(none.code, none.stderr).toBe(3);
    expect(existsSync(join(shared, 'mirror', 'acme_corp.db'))).toBe(true);
  });

  it('refuses a mirror that says it is another profile’s (names differing only in case, on a file system that ignores case)', async () => {
    const dir = configWith(['Acme', 'acme']);
    const synced = await run(dir, 'Acme', ['sync', 'tags']);
    expect(synced.code, synced.stderr).toBe(0);
    // What a case-insensitive file system does: `acme` opens Acme.db.
    const db = join(dir, 'mirror', 'Acme.db');
    const copy = readFileSync(db);
    writeFileSync(join(dir, 'mirror', 'acme.db'), copy, { mode: 0o600 });
    for (const args of [
      ['sql', 'SELECT 1'],
      ['sync', 'tags'],
      ['sync', '--dry-run'],
    ]) {
      const r = await run(dir, 'acme', args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(`is profile "Acme"'s, not "acme"'s`);
    }
  });
});

describe('name caches of profiles', () => {
  it("a profile never reads another profile's cache file, even in its own folder", async () => {
    const dir = configWith(['Acme', 'acme']);
    const listed = await run(dir, 'Acme', ['job', 'list', '-o', 'json']);
    expect(listed.code, listed.stderr).toBe(0);
    // Fill Acme's job cache through a name look-up, then hand its files to `acme` as a
    // case-insensitive file system would.
    const r = await run(dir, 'Acme', ['app', 'list', '--job', json<Array<{ title: string }>>(listed)[0].title, '--limit', '1', '-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'cache', 'Acme'));
    expect(files).toContain('job.json');
    mkdirSync(join(dir, 'cache', 'acme'), { recursive: true });
    const poisoned = JSON.parse(readFileSync(join(dir, 'cache', 'Acme', 'job.json'), 'utf8'));
    poisoned.items = [{ id: '00000000-0000-4000-8000-000000000000', name: 'Only in Acme' }];
    poisoned.fetchedAt = new Date().toISOString();
    writeFileSync(join(dir, 'cache', 'acme', 'job.json'), JSON.stringify(poisoned));
    const other = await run(dir, 'acme', ['app', 'list', '--job', 'Only in Acme', '--limit', '1', '-o', 'json']);
    // Read from the API instead: no such job there.
    expect(other.code, other.stderr).toBe(3);
    expect(other.stderr).toMatch(/Only in Acme/);
  });

  it('cache folders follow profileFolder', () => {
    expect(legacyProfileFolder('a b')).toBe('a_b');
    expect(profileFolder('a b')).not.toBe(legacyProfileFolder('a b'));
  });
});

describe('profile names that differ only in letter case', () => {
  // On macOS and Windows `Acme` and `acme` would share one folder (offer state, remembered reports):
  // a new one is refused at login, and doctor warns of two stored ones (made before, or by hand).
  const login = (dir: string, profile: string) =>
    runCli(['auth', 'login', '--profile', profile, '--with-token'], {
      env: { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: sb.url, ASHBY_API_KEY: undefined },
      input: `${sb.apiKey}\n`,
    });
  const stored = (dir: string) => Object.keys(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).profiles).sort();

  it('auth login refuses a new one, naming the stored profile (exit 2, nothing sent or stored)', async () => {
    const dir = configWith(['Acme', 'Société']);
    for (const [name, twin] of [
      ['acme', 'Acme'],
      ['ACME', 'Acme'],
      ['société', 'Société'],
    ]) {
      const before = (await stats(sb)).requests.total;
      const r = await login(dir, name);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`profile "${name}" differs from the stored profile "${twin}" only in letter case`);
      expect(r.stderr).toMatch(new RegExp(`hint: .*macOS and Windows.*--profile "${twin}"`));
      expect((await stats(sb)).requests.total).toBe(before); // the key was not checked with apiKey.info
    }
    expect(stored(dir)).toEqual(['Acme', 'Société']);
    // The stored profile itself, and names that differ in more than case (or only in letters the
    // folder name escapes, which differ on disk too), still log in.
    for (const name of ['Acme', 'acme2', 'SOCIÉTÉ']) {
      const r = await login(dir, name);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
    }
    expect(stored(dir)).toEqual(['Acme', 'SOCIÉTÉ', 'Société', 'acme2']);
  });

  it('a profile named in another case than the stored one (--profile Prod for prod) is refused, naming it: exit 2, nothing sent', async () => {
    // As the AWS CLI refuses a profile it does not have. With ASHBY_API_KEY set, `Prod` used to run as
    // a profile of its own, whose mirror and offer state on macOS and Windows are `prod`'s.
    const dir = configWith(['prod', 'staging']);
    const env = { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: sb.url, ASHBY_API_KEY: undefined, ASHBY_PROFILE: undefined };
    const cases: Array<[string[], Record<string, string | undefined>, RegExp]> = [
      [['--profile', 'Prod', 'job', 'list'], {}, /hint: profile names are case-sensitive: use --profile "prod"/],
      [['--profile', 'PROD', 'job', 'list'], { ASHBY_API_KEY: sb.apiKey }, /use --profile "prod"/],
      [['job', 'list'], { ASHBY_PROFILE: 'Prod', ASHBY_API_KEY: sb.apiKey }, /use ASHBY_PROFILE="prod"/],
      [['--profile', 'Prod', 'sync', 'candidates'], { ASHBY_API_KEY: sb.apiKey }, /use --profile "prod"/],
      [['--profile', 'Prod', 'auth', 'status'], {}, /use --profile "prod"/],
      [['--profile', 'Prod', 'auth', 'logout'], {}, /use --profile "prod"/],
      [['auth', 'switch', 'Prod'], {}, /use ashby auth switch "prod"/],
    ];
    for (const [args, extra, hint] of cases) {
      const before = (await stats(sb)).requests.total;
      const r = await runCli(args, { env: { ...env, ...extra }, timeoutMs: 60_000 });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('the stored profile "prod" differs from it only in letter case');
      expect(r.stderr).toMatch(hint);
      expect((await stats(sb)).requests.total).toBe(before);
    }
    // Nothing was made for `Prod`, and `prod` is still there.
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'credentials.json']);
    expect(stored(dir)).toEqual(['prod', 'staging']);
    // The stored name itself works; a name that is no profile at all keeps its own message.
    const ok = await runCli(['--profile', 'prod', 'job', 'list', '--limit', '1', '-o', 'json'], { env });
    expect(ok.code, ok.stderr).toBe(0);
    const none = await runCli(['--profile', 'nope', 'job', 'list'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no profile named "nope"');
    expect(none.stderr).not.toContain('letter case');
  });

  it('doctor warns of two stored ones, and says nothing of profiles when there are none', async () => {
    const checks = async (dir: string) => {
      const r = await run(dir, 'Acme', ['doctor', '-o', 'json']);
      return json<Array<{ check: string; status: string; detail: string; fix?: string }>>(r);
    };
    const twins = (await checks(configWith(['Acme', 'acme', 'beta']))).filter((c) => c.check === 'profiles');
    expect(twins).toEqual([
      {
        check: 'profiles',
        status: 'warn',
        detail: expect.stringContaining('profiles "Acme" and "acme" differ only in letter case'),
        fix: expect.stringContaining('ashby auth logout --profile NAME'),
      },
    ]);
    expect((await checks(configWith(['Acme', 'beta']))).filter((c) => c.check === 'profiles')).toEqual([]);
  });
});
