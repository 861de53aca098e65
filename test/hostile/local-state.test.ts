// Local state survives concurrency and keys stay out of argv: parallel auth runs never lose a
// profile, the --sandbox lock waits (bounded) for another command, a lock naming the command's own
// process id (left by an earlier run with that id) is taken over, and the macOS keychain is written
// through `security -i` with the key on stdin (a fake `security` on PATH records what it was given).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempConfigDir } from '../helpers/cli.js';
import { HostileServer, ok } from './server.js';

let srv: HostileServer;
beforeAll(async () => {
  srv = await new HostileServer().on('apiKey.info', () => ok({ title: 'test key' })).start();
});
afterAll(() => srv.stop());

describe('macOS keychain', () => {
  it('is written with the key on stdin, never in argv', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'ashby-fake-security-'));
    const log = join(bin, 'log');
    // A stand-in for /usr/bin/security: records argv and stdin; `find-generic-password` answers
    // with the -w value of the last add command it was given.
    writeFileSync(
      join(bin, 'security'),
      `#!/bin/sh
echo "argv: $*" >> "${log}"
if [ "$1" = "-i" ]; then cat > "${log}.stdin"; exit 0; fi
if [ "$1" = "find-generic-password" ]; then sed -n 's/.*"-w" "\\([^"]*\\)".*/\\1/p' "${log}.stdin"; exit 0; fi
exit 0
`,
    );
    chmodSync(join(bin, 'security'), 0o755);
    const key = 'kc_secret_key_0123456789';
    const dir = tempConfigDir();
    const env = {
      PATH: `${bin}:${process.env.PATH}`,
      ASHBY_NO_KEYCHAIN: undefined,
      ASHBY_KEYCHAIN: 'security',
      ASHBY_CONFIG_DIR: dir,
      ASHBY_BASE_URL: srv.url,
    };
    const r = await runCli(['auth', 'login', '--with-token'], { env, input: `${key}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('no OS keychain');
    const argv = readFileSync(log, 'utf8');
    expect(argv).toContain('argv: -i');
    expect(argv).not.toContain(key);
    expect(readFileSync(`${log}.stdin`, 'utf8')).toContain(`"add-generic-password" "-U" "-s" "ashby-cli" "-a" "default" "-w" "${key}"`);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).profiles.default.keyStore).toBe('keychain');
    // And it is read back from the keychain.
    const s = await runCli(['auth', 'status', '--json', '--offline'], { env });
    expect(JSON.parse(s.stdout).keySource).toBe('keychain');
  });
});

describe('parallel auth commands', () => {
  it('never lose a profile or leave config and credentials out of step', async () => {
    const dir = tempConfigDir();
    const env = { ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: srv.url };
    const names = Array.from({ length: 6 }, (_, i) => `p${i}`);
    const runs = await Promise.all(
      names.map((n) => runCli(['auth', 'login', '--profile', n, '--with-token', '--no-verify'], { env, input: `key_for_${n}_0123456789\n` })),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const profiles = () => Object.keys(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).profiles).sort();
    const creds = () => Object.keys(JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8'))).sort();
    expect(profiles()).toEqual(names);
    expect(creds()).toEqual(names);
    // Logouts of half and switches among the rest, all at once.
    const gone = names.slice(0, 3);
    const kept = names.slice(3);
    const mixed = await Promise.all([
      ...gone.map((n) => runCli(['auth', 'logout', '--profile', n], { env })),
      ...kept.map((n) => runCli(['auth', 'switch', n], { env })),
    ]);
    for (const r of mixed) expect(r.code, r.stderr).toBe(0);
    expect(profiles()).toEqual(kept);
    expect(creds()).toEqual(kept);
  });
});

describe('--sandbox state lock', () => {
  it('waits for another command instead of failing, and says so when the wait runs out', async () => {
    const dir = tempConfigDir();
    mkdirSync(join(dir, 'sandbox'), { recursive: true });
    const lock = join(dir, 'sandbox', 'state.json.lock');
    // Held by a live process other than the one the command runs in (runCli runs it in this one,
    // and a lock naming the command's own process, which it does not hold, is stale: see below).
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    writeFileSync(lock, String(other.pid));
    const short = await runCli(['--sandbox', 'candidate', 'list', '--limit', '1'], { env: { ASHBY_CONFIG_DIR: dir, ASHBY_LOCK_TIMEOUT: '0.3' } }).finally(() =>
      other.kill(),
    );
    expect(short.code).toBe(1);
    expect(short.stderr).toContain(`the sandbox state is locked by another ashby process (pid ${other.pid})`);
    expect(short.stderr).not.toMatch(/\n\s+at /); // no stack trace
    writeFileSync(lock, String(process.pid)); // this test's process: alive, and not the binary's
    const child = spawn(process.execPath, [BIN, '--sandbox', 'candidate', 'list', '--limit', '1'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ASHBY_CONFIG_DIR: dir, ASHBY_NO_KEYCHAIN: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    await new Promise((r) => setTimeout(r, 800));
    expect(child.exitCode).toBe(null); // still waiting
    unlinkSync(lock);
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('parallel --sandbox writes are all kept', async () => {
    const dir = tempConfigDir();
    const env = { ASHBY_CONFIG_DIR: dir };
    const names = ['Par One', 'Par Two', 'Par Three'];
    const runs = await Promise.all(names.map((n) => runCli(['--sandbox', 'api', 'candidate.create', '-f', `name=${n}`], { env })));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    for (const n of names) {
      const r = await runCli(['--sandbox', 'api', 'candidate.search', '-f', `name=${n}`], { env });
      expect(JSON.parse(r.stdout).length, n).toBe(1);
    }
  });
});

describe('a config or sandbox lock left by a process with the same id', () => {
  // A command killed in a container (docker stop, a cancelled CI job) leaves its lock; the next run
  // gets the same small pid, so the lock names the new process itself, which does not hold it.
  // `exec` keeps the shell's pid, so the lock the shell writes names the ashby that follows.
  // ASHBY_LOCK_TIMEOUT is short so that a command that waited for itself fails rather than waits.
  const asItself = (lock: string, args: string[], env: Record<string, string>, input = '') =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn('sh', ['-c', 'echo $$ > "$LOCK"; exec "$NODE" "$BIN" "$@"', 'sh', ...args], {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: tmpdir(),
          ASHBY_NO_KEYCHAIN: '1',
          NO_COLOR: '1',
          ASHBY_LOCK_TIMEOUT: '0.5',
          LOCK: lock,
          NODE: process.execPath,
          BIN,
          ...env,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => done({ status, stdout, stderr }));
      child.stdin.end(input);
    });

  it('is taken over by auth login (the config lock), which then releases it', async () => {
    const dir = tempConfigDir();
    const lock = join(dir, '.config.lock');
    const r = await asItself(lock, ['auth', 'login', '--profile', 'ci', '--with-token', '--no-verify'], { ASHBY_CONFIG_DIR: dir }, 'key_for_ci_0123456789\n');
    expect(r.stderr).not.toContain('locked by another ashby process');
    expect(r.status, r.stderr).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).profiles)).toEqual(['ci']);
    expect(existsSync(lock)).toBe(false);
  });

  it('is taken over by a --sandbox command (the sandbox state lock), which then releases it', async () => {
    const dir = tempConfigDir();
    mkdirSync(join(dir, 'sandbox'), { recursive: true });
    const lock = join(dir, 'sandbox', 'state.json.lock');
    const r = await asItself(lock, ['--sandbox', 'candidate', 'list', '--limit', '1', '--json'], { ASHBY_CONFIG_DIR: dir });
    expect(r.stderr).not.toContain('locked by another ashby process');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(existsSync(lock)).toBe(false);
  });
});
