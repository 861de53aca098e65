// Adversarial checks of where a profile's data lives (config/paths.ts profileFolder, the mirror's
// legacy move in mirror/db.ts) and of the messages that name a profile, through the CLI against a
// real sandbox over HTTP. See test/profile-folders.test.ts for the ordinary cases.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyProfileFolder, profileFolder } from '../src/config/paths.js';
import { BIN, json, runBin, runCli } from './helpers/cli.js';
import { applicant } from './helpers/workflow-fixtures.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 20 });
});
afterAll(() => sb.close());

/** A config dir with profiles pointing at the sandbox; those in `keyless` have no stored key. */
function configWith(profiles: string[], keyless: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'ashby-profile-qa-'));
  const all = [...profiles, ...keyless];
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ profiles: Object.fromEntries(all.map((p) => [p, { baseUrl: sb.url }])) }));
  writeFileSync(join(dir, 'credentials.json'), JSON.stringify(Object.fromEntries(profiles.map((p) => [p, sb.apiKey]))), { mode: 0o600 });
  return dir;
}

const env = (dir: string) => ({ ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: undefined, ASHBY_API_KEY: undefined, ASHBY_PROFILE: undefined });
const run = (dir: string, profile: string, args: string[]) => runCli([...args, '--profile', profile], { env: env(dir), timeoutMs: 60_000 });

/** A config dir with `profile`, and the mirror an earlier version made for it under its old name. */
async function withLegacyMirror(profile: string): Promise<{ dir: string; legacy: string }> {
  const dir = configWith([profile]);
  const legacy = join(dir, 'mirror', `${legacyProfileFolder(profile)}.db`);
  const made = await run(dir, profile, ['sync', 'tags', '--db', legacy]);
  expect(made.code, made.stderr).toBe(0);
  return { dir, legacy };
}

describe('messages that name a profile', () => {
  // A line of stderr that starts with what the name smuggled in could pass for one of the CLI's own.
  const forged = 'x\nwarning: all good, nothing was sent\u001b[2K';
  const clean = (stderr: string) => {
    expect(stderr).not.toMatch(/^warning: all good/m);
    expect(stderr).not.toContain('\u001b');
  };

  it('never let a line break or escape sequence in the name reach the terminal', async () => {
    const dir = configWith([forged, 'acme'], [`${forged} (no key)`]);
    const checks: Array<[string, string[], number]> = [
      [`${forged}?`, ['sql', 'SELECT 1'], 2], // no profile by that name
      [`${forged} (no key)`, ['tag', 'list'], 4], // a profile without a key
      [`${forged} (no key)`, ['auth', 'status', '--offline'], 4],
      [`${forged}?`, ['auth', 'logout'], 2],
    ];
    for (const [profile, args, code] of checks) {
      const r = await run(dir, profile, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
      clean(r.stderr);
    }
    const switched = await runCli(['auth', 'switch', `${forged}?`], { env: env(dir) });
    expect(switched.code, switched.stderr).toBe(2);
    expect(switched.stderr).toContain('no profile named');
    clean(switched.stderr);

    // A mirror that says it is the forged profile's, opened by another profile.
    const synced = await run(dir, forged, ['sync', 'tags']);
    expect(synced.code, synced.stderr).toBe(0);
    copyFileSync(join(dir, 'mirror', 'x%0Awarning%3A%20all%20good%2C%20nothing%20was%20sent%1B%5B2K.db'), join(dir, 'mirror', 'acme.db'));
    const refused = await run(dir, 'acme', ['sql', 'SELECT 1']);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('not "acme"');
    clean(refused.stderr);
    expect(existsSync(join(dir, 'mirror', 'acme.db'))).toBe(true);
  });
});

describe('a mirror under the legacy folder name', () => {
  const count = (dir: string, profile: string) => run(dir, profile, ['sql', 'SELECT count(*) AS n FROM tags', '-o', 'json']);

  it("is not taken when it holds another organisation's data", async () => {
    const dir = configWith(['acme corp']);
    const legacy = join(dir, 'mirror', 'acme_corp.db');
    // Made by an earlier version for another organisation (another API URL) under the same old name.
    const other = sb.url.replace('127.0.0.1', 'localhost');
    const made = await runCli(['sync', 'tags', '--db', legacy, '--base-url', other], {
      env: { ...env(dir), ASHBY_API_KEY: sb.apiKey },
    });
    expect(made.code, made.stderr).toBe(0);
    const r = await count(dir, 'acme corp');
    // No mirror of this organisation yet: it is left where it is, for whoever it belongs to.
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('no mirror at');
    expect(existsSync(legacy)).toBe(true);
    expect(existsSync(join(dir, 'mirror', 'acme%20corp.db'))).toBe(false);
    const db = new DatabaseSync(legacy, { readOnly: true });
    expect(db.prepare(`SELECT value FROM mirror_meta WHERE key = 'profile'`).get()).toBeUndefined();
    db.close();
    // This profile's first sync makes its own.
    const synced = await run(dir, 'acme corp', ['sync', 'tags']);
    expect(synced.code, synced.stderr).toBe(0);
    expect(existsSync(legacy)).toBe(true);
  });
});

/** Makes a file read-only for this process (root ignores modes: the immutable flag then), and
 *  returns how to undo it; undefined where neither works. */
function readOnly(file: string): (() => void) | undefined {
  const writable = () => {
    try {
      appendFileSync(file, '');
      return true;
    } catch {
      return false;
    }
  };
  chmodSync(file, 0o400);
  if (!writable()) return () => chmodSync(file, 0o600);
  chmodSync(file, 0o600);
  if (spawnSync('chattr', ['+i', file]).status === 0) {
    const undo = () => void spawnSync('chattr', ['-i', file]);
    if (!writable()) return undo;
    undo();
  }
  return undefined;
}

describe('a legacy mirror that cannot be moved', () => {
  it('is read where it is (a read-only file)', async (t) => {
    const { dir, legacy } = await withLegacyMirror('acme corp');
    const undo = readOnly(legacy);
    if (!undo) return t.skip();
    try {
      const r = await run(dir, 'acme corp', ['sql', 'SELECT count(*) AS n FROM tags', '-o', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(json<Array<{ n: number }>>(r)[0].n).toBeGreaterThan(0);
    } finally {
      undo();
    }
    expect(readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual(['acme_corp.db']);
  });
});

describe("a legacy mirror under the profile's own name", () => {
  // Plain then, escaped or hashed now: the old file bears the profile's very name.
  it('is moved for a reserved or very long name', async () => {
    const long = 'l'.repeat(130);
    for (const profile of ['sandbox.eu', 'Con', long]) {
      const { dir } = await withLegacyMirror(profile);
      const r = await run(dir, profile, ['sql', 'SELECT count(*) AS n FROM tags', '-o', 'json']);
      expect(r.code, `${profile}: ${r.stderr}`).toBe(0);
      expect(json<Array<{ n: number }>>(r)[0].n).toBeGreaterThan(0);
      expect(readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual([`${profileFolder(profile)}.db`]);
    }
  });
});

describe('names Windows would shorten', () => {
  // Windows drops dots (and spaces) at the end of a file or folder name: `acme.` would be `acme`.
  it('a profile whose name ends in a dot has a folder and mirror of its own', async () => {
    const dir = configWith(['acme', 'acme.', '..']);
    for (const p of ['acme', 'acme.', '..']) {
      const r = await run(dir, p, ['sync', 'tags']);
      expect(r.code, r.stderr).toBe(0);
    }
    const folders = readdirSync(join(dir, 'mirror'))
      .filter((f) => f.endsWith('.db'))
      .map((f) => f.slice(0, -3));
    expect(folders.sort()).toEqual(['%2E%2E', 'acme', 'acme%2E']);
    for (const f of folders) expect(f).not.toMatch(/[. ]$/);
    // A mirror an earlier version made for `acme.` (acme..db) is moved to its new name.
    const { dir: old } = await withLegacyMirror('acme.');
    const moved = await run(old, 'acme.', ['sql', 'SELECT count(*) AS n FROM tags', '-o', 'json']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(json<Array<{ n: number }>>(moved)[0].n).toBeGreaterThan(0);
    expect(readdirSync(join(old, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual(['acme%2E.db']);
  });
});

describe('moving a legacy mirror while another process reads it', () => {
  it('loses nothing written to it: a write-ahead log that cannot be emptied keeps it where it is', async () => {
    const { dir, legacy } = await withLegacyMirror('acme corp');
    // A reader (an older ashby's long `sql`, say) holds a snapshot; a write after it (the end of
    // an older ashby's sync) stays in the write-ahead log until that reader is done.
    const reader = new DatabaseSync(legacy);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM tags').get();
    const writer = new DatabaseSync(legacy);
    writer.exec(`INSERT INTO tags (id, title, data) VALUES ('late-1', 'Written last', '{}')`);
    writer.close();
    const during = await runBin(['sql', `SELECT count(*) AS n FROM tags WHERE id = 'late-1'`, '-o', 'json', '--profile', 'acme corp'], {
      env: env(dir),
      timeoutMs: 60_000,
    });
    reader.exec('COMMIT');
    reader.close();
    expect(during.code, during.stderr).toBe(0);
    expect(json<Array<{ n: number }>>(during)[0].n).toBe(1);
    // Once nobody reads it, it moves with everything in it.
    const after = await run(dir, 'acme corp', ['sql', `SELECT count(*) AS n FROM tags WHERE id = 'late-1'`, '-o', 'json']);
    expect(after.code, after.stderr).toBe(0);
    expect(json<Array<{ n: number }>>(after)[0].n).toBe(1);
    expect(readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual(['acme%20corp.db']);
  });
});

describe('an empty --profile', () => {
  // `--profile "$PROFILE"` with the variable unset: not the active profile, which may be another.
  it('is a usage error, and nothing is changed', async () => {
    const dir = configWith(['prod', 'staging']);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ currentProfile: 'prod', profiles: { prod: { baseUrl: sb.url }, staging: { baseUrl: sb.url } } }));
    for (const args of [['auth', 'logout'], ['auth', 'login', '--with-token'], ['tag', 'list'], ['mcp']]) {
      // ashby mcp starts without the CLI in the binary: run that.
      const r = await (args[0] === 'mcp' ? runBin : runCli)([...args, '--profile', ''], { env: env(dir), input: 'another-key\n' });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('--profile needs a name');
    }
    const status = await runCli(['auth', 'status', '--offline', '-o', 'json'], { env: env(dir) });
    expect(status.code, status.stderr).toBe(0);
    expect(json<{ profile: string; profiles: string[] }>(status)).toMatchObject({ profile: 'prod', profiles: ['prod', 'staging'] });
  });
});

describe('state kept by an earlier version', () => {
  it('offer state written before files named their profile is still read by that profile', async () => {
    const dir = configWith(['prod']);
    const a = await applicant(sb);
    // The form is not known yet: the process is started, then the run stops at a missing field.
    const bad = await run(dir, 'prod', ['offer', 'create', '--application', a.email, '--field', 'Base salary=150000 USD', '--yes']);
    expect(bad.code, bad.stderr).toBe(2);
    // What an earlier version wrote: the same file without the profile.
    const file = join(dir, 'cache', 'prod', 'offer-state.json');
    const state = JSON.parse(readFileSync(file, 'utf8'));
    expect(state.profile).toBe('prod');
    delete state.profile;
    writeFileSync(file, JSON.stringify(state));
    const shown = await run(dir, 'prod', ['offer', 'process', 'show', a.email, '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(json<{ state: string }>(shown).state).toBe('an offer process is open without an offer');
  });
});

describe('two processes finding the same legacy mirror', () => {
  it('the second waits for the first to move it, then reads it at its new path', async () => {
    const { dir, legacy } = await withLegacyMirror('acme corp');
    // The first process, in the middle of its move: it holds the old mirror's lock.
    const first = spawn('sleep', ['60']);
    writeFileSync(`${legacy}.sync-lock`, `${first.pid}\n`);
    const second = spawn(process.execPath, [BIN, 'sql', 'SELECT count(*) AS n FROM tags', '-o', 'json', '--profile', 'acme corp', '--debug'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', ASHBY_CONFIG_DIR: dir },
    });
    let stdout = '';
    let stderr = '';
    second.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((done) => {
      second.stderr.setEncoding('utf8').on('data', (d) => {
        stderr += d;
        // The second is waiting: the first finishes its move and lets go.
        if (/waiting for it/.test(stderr) && existsSync(legacy)) {
          renameSync(legacy, join(dir, 'mirror', 'acme%20corp.db'));
          rmSync(`${legacy}.sync-lock`);
        }
      });
      second.on('close', done);
    });
    first.kill();
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)[0].n).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'))).toEqual(['acme%20corp.db']);
  });
});

describe("a profile's own mirror of another organisation", () => {
  it('is refused for reading too once the profile points at another API URL; --db reads it as it is', async () => {
    const dir = configWith(['work']);
    const synced = await run(dir, 'work', ['sync', 'tags']);
    expect(synced.code, synced.stderr).toBe(0);
    const config = join(dir, 'config.json');
    const c = JSON.parse(readFileSync(config, 'utf8'));
    c.profiles.work.baseUrl = 'http://127.0.0.1:9';
    writeFileSync(config, JSON.stringify(c));
    for (const args of [
      ['sql', 'SELECT count(*) AS n FROM tags'],
      ['search', 'x'],
      ['pipeline', '--offline'],
    ]) {
      const r = await run(dir, 'work', args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('holds data of another organisation');
    }
    // doctor's advice is the error's own (--db), not to move the file away.
    const doctor = await run(dir, 'work', ['doctor', '-o', 'json']);
    const check = json<Array<{ check: string; status: string; fix?: string }>>(doctor).find((c) => c.check === 'mirror');
    expect(check).toMatchObject({ status: 'fail', fix: expect.stringContaining('--db PATH') });
    const named = await run(dir, 'work', ['sql', 'SELECT count(*) AS n FROM tags', '--db', join(dir, 'mirror', 'work.db')]);
    expect(named.code, named.stderr).toBe(0);
  });
});
