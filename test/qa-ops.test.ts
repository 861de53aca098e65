// A recruiting-ops admin's scripts (no terminal: pipes and files), through the CLI and real HTTP
// against the sandbox: what such scripts found broken, each case the fix it came with.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { BIN, batchRows, interruptWhen, runBin, runCli, tempConfigDir } from './helpers/cli.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

describe('-o csv --fields on a list that fails part-way', () => {
  // Seed 12 draws its faults so that the first two requests pass and the third is dropped
  // (src/sandbox/faults.ts): with --max-retries 0, page 3 of 4 fails with a network error.
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 350, seed: 12, faults: 'reset=0.5' });
  });
  afterAll(() => sb.close());

  it('writes the rows of the pages it got, as ndjson does, and exits 7', async () => {
    const r = await runCli(['candidate', 'list', '--all', '--max-retries', '0', '-o', 'csv', '--fields', 'id,name'], { env: sb.env });
    expect(r.code, r.stderr).toBe(7);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('id,name');
    expect(lines.at(-1)).toBe('');
    // Two pages of 100 answered before the third was dropped.
    expect(lines.slice(1, -1)).toHaveLength(200);
    const s = await stats(sb);
    expect(s.faults.byKind).toEqual({ reset: 1 });
  });
});

describe('a sync lock left by a process with the same id', { timeout: 120_000 }, () => {
  // A sync killed in a container (docker stop, a cancelled CI job) leaves its lock; the next run of
  // the same script gets the same pid, so the lock names the new process itself. `exec` keeps the
  // shell's pid, so the lock written by the shell names the ashby that follows.
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 30 });
  });
  afterAll(() => sb.close());

  const env = () => ({ PATH: process.env.PATH ?? '', HOME: tmpdir(), ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', ...sb.env });
  /** The binary run by a shell that first writes its own pid into the lock (async: the sandbox is in this process). */
  const run = (script: string, args: string[], extra: Record<string, string> = {}) =>
    new Promise<{ status: number | null; stderr: string }>((done) => {
      const child = spawn('sh', ['-c', script, 'sh', ...args], {
        env: { ...env(), NODE: process.execPath, BIN, ...extra },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => done({ status, stderr }));
    });
  const asItself = (args: string[], db: string) => run('echo $$ > "$LOCK"; exec "$NODE" "$BIN" "$@"', args, { LOCK: `${db}.sync-lock` });

  it('is taken over by sync, and does not stop the analytics refreshing', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-qa-lock-')), 'm.db');
    const sync = await asItself(['sync', 'jobs', '--db', db, '-o', 'json'], db);
    expect(sync.stderr).not.toContain('another ashby sync');
    expect(sync.status, sync.stderr).toBe(0);
    expect(existsSync(`${db}.sync-lock`)).toBe(false);
    // search, sql and the analytics refresh a mirror older than --max-age unless a sync is under way.
    const before = (await stats(sb)).requests.total;
    const read = await asItself(['pipeline', '--db', db, '--max-age', '0', '-o', 'json'], db);
    expect(read.status, read.stderr).toBe(0);
    expect(read.stderr).not.toContain('another ashby sync');
    expect((await stats(sb)).requests.total).toBeGreaterThan(before);
    expect(existsSync(`${db}.sync-lock`)).toBe(false);
  });

  it('a live other process still holds it', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ashby-qa-lock-')), 'm.db');
    // The test runner is alive and is not the binary's process: refused as before.
    writeFileSync(`${db}.sync-lock`, `${process.pid}\n`);
    const r = await run('exec "$NODE" "$BIN" "$@"', ['sync', 'jobs', '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`another ashby sync (process ${process.pid})`);
    // A process that is no sync may have that id now: the hint names the file to delete then.
    expect(r.stderr).toContain(`If no ashby sync is running (process ${process.pid} is something else now), delete ${db}.sync-lock`);
    expect(readFileSync(`${db}.sync-lock`, 'utf8')).toBe(`${process.pid}\n`);
  });
});

describe('SIGTERM (timeout(1), a cancelled CI job) stops a command as Ctrl-C does', { timeout: 120_000 }, () => {
  let sb: TestSandbox;
  let dir: string;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 400, latencyMs: 100 });
    dir = mkdtempSync(join(tmpdir(), 'ashby-qa-term-'));
  });
  afterAll(() => sb.close());

  const termWhen = (child: ChildProcess, ready: () => boolean | Promise<boolean>) => interruptWhen(child, ready, 'SIGTERM');

  it('a JSON list is closed, with the records read so far, exit 143 (128 + SIGTERM, as shells report it)', async () => {
    let seen = '';
    const r = await runBin(['candidate', 'list', '--all', '--fields', 'id'], {
      env: sb.env,
      onSpawn: (child) => {
        child.stdout?.on('data', (c) => (seen += c));
        termWhen(child, () => seen.includes('"id"'));
      },
    });
    expect(r.code, r.stderr).toBe(143);
    expect(r.stderr).toContain('ashby: interrupted');
    const list = JSON.parse(r.stdout) as unknown[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThan(400);
  });

  it('a batch finishes the records in flight, skips the rest, and says how to resume', async () => {
    const ids = (await runCli(['candidate', 'list', '--limit', '40', '-o', 'ndjson', '--fields', 'id'], { env: sb.env })).stdout;
    const tag = JSON.parse((await runCli(['api', 'candidateTag.create', '-f', 'title=qa-ops sigterm'], { env: sb.env })).stdout) as { id: string };
    const input = join(dir, 'tag.ndjson');
    writeFileSync(input, ids);
    const journal = join(dir, 'tag.journal');
    const writes = async () => (await stats(sb)).writes.byEndpoint?.['candidate.addTag'] ?? 0;
    const before = await writes();
    const r = await runBin(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal, '--concurrency', '2'], {
      env: sb.env,
      onSpawn: (child) => termWhen(child, async () => (await writes()) - before >= 4),
    });
    expect(r.code, r.stderr).toBe(143);
    expect(r.stderr).toContain('--resume');
    const rows = batchRows(r);
    expect(rows).toHaveLength(40);
    // Every record sent was answered and reported: none is left unknown by the stop.
    expect(rows.filter((x) => x.outcome === 'unknown')).toEqual([]);
    const applied = rows.filter((x) => x.ok).length;
    expect(applied).toBe((await writes()) - before);
    expect(rows.filter((x) => x.outcome === 'skipped').length).toBe(40 - applied);
    expect(applied).toBeLessThan(40);
    // Each record not sent carries the exit of the stop that skipped it, in the output and the journal.
    expect(new Set(rows.filter((x) => x.outcome === 'skipped').map((x) => x.exit))).toEqual(new Set([143]));
    const journaled = readFileSync(journal, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { state: string; exit?: number });
    expect(new Set(journaled.filter((e) => e.state === 'skipped').map((e) => e.exit))).toEqual(new Set([143]));
  });
});

describe('ASHBY_API_KEY from a secret pasted with its line break', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb.close());

  it('is used without the spaces and line breaks around it', async () => {
    for (const key of [`${sb.apiKey}\n`, `${sb.apiKey}\r\n`, ` ${sb.apiKey} `]) {
      const r = await runCli(['candidate', 'list', '--limit', '1', '-o', 'ndjson', '--fields', 'id'], { env: { ...sb.env, ASHBY_API_KEY: key } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    }
    // Blank is no key at all, as unset is: exit 4 before anything is sent.
    const before = (await stats(sb)).requests.total;
    const blank = await runCli(['candidate', 'list', '--limit', '1'], { env: { ...sb.env, ASHBY_API_KEY: ' \n' } });
    expect(blank.code).toBe(4);
    expect(blank.stderr).toContain('no API key');
    expect((await stats(sb)).requests.total).toBe(before);
  });
});

describe('--dry-run -o ndjson', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb.close());

  it('prints one compact request per line, and sends nothing', async () => {
    const ids = (await runCli(['candidate', 'list', '-o', 'ndjson', '--fields', 'id'], { env: sb.env })).stdout;
    const dir = mkdtempSync(join(tmpdir(), 'ashby-qa-dry-'));
    const input = join(dir, 'tags.ndjson');
    writeFileSync(input, ids);
    const before = (await stats(sb)).requests.total;
    const r = await runCli(['candidate', 'add-tag', '--from', input, '--tag-id', '00000000-0000-4000-8000-000000000001', '--dry-run', '-o', 'ndjson'], {
      env: sb.env,
    });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    for (const l of lines) expect(JSON.parse(l)).toMatchObject({ method: 'POST', body: { tagId: '00000000-0000-4000-8000-000000000001' } });
    expect(r.stdout).not.toContain(sb.apiKey);
    expect((await stats(sb)).requests.total).toBe(before);
    // Without -o ndjson the requests stay indented JSON, as before.
    const one = await runCli(['candidate', 'list', '--limit', '1', '--dry-run'], { env: sb.env });
    expect(one.stdout.startsWith('{\n  "method": "POST"')).toBe(true);
  });
});

// A container run as a user id the system's user list does not have (docker run --user 12345,
// OpenShift), with HOME unset: Node cannot tell the home folder. Only root can take such an id, and
// only where that id can reach node and this checkout (a clone in a private folder, as mktemp -d
// makes, cannot be read by it).
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const STRANGER = ['--reuid', '54321', '--regid', '54321', '--clear-groups'];
const strangerCanRun =
  process.getuid?.() === 0 &&
  setpriv !== undefined &&
  spawnSync(setpriv, [...STRANGER, process.execPath, '-e', `require('node:fs').accessSync(${JSON.stringify(BIN)}, 4)`], { stdio: 'ignore' }).status === 0;
describe.runIf(strangerCanRun)('no HOME and no home in the user list', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb.close());

  const asStranger = (env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(setpriv as string, [...STRANGER, process.execPath, BIN, 'candidate', 'list', '--limit', '1', '-o', 'ndjson', '--fields', 'id'], {
        env: { PATH: process.env.PATH ?? '', ASHBY_NO_KEYCHAIN: '1', ...sb.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });

  it('says to set HOME or ASHBY_CONFIG_DIR (exit 2, nothing sent), and works with ASHBY_CONFIG_DIR', async () => {
    const before = (await stats(sb)).requests.total;
    const r = await asStranger({});
    expect(r.stderr).not.toContain('uv_os_homedir');
    expect(r.stderr).toContain('HOME is not set');
    expect(r.stderr).toContain('ASHBY_CONFIG_DIR');
    expect(r.status).toBe(2);
    expect((await stats(sb)).requests.total).toBe(before);
    // /dev/shm: a folder that user may write (the test's temporary folder may be root's alone).
    const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : '/var/tmp', 'ashby-qa-home-'));
    spawnOk(['chmod', '777', dir]);
    const ok = await asStranger({ ASHBY_CONFIG_DIR: dir });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});

function spawnOk(cmd: string[]): void {
  const r = spawnSync(cmd[0], cmd.slice(1));
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed`);
}

describe('--input from a file saved with a byte order mark', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb.close());

  it('is read as the JSON after the mark, from a file and from stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-qa-bom-'));
    const file = join(dir, 'body.json');
    writeFileSync(file, '\uFEFF{"limit": 2}\r\n');
    for (const args of [
      ['api', 'candidate.list', '--input', file],
      ['candidate', 'list', '--input', file],
    ]) {
      const r = await runCli([...args, '-o', 'ndjson', '--fields', 'id'], { env: sb.env });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    }
    const piped = await runCli(['api', 'candidate.list', '--input', '-', '-o', 'ndjson', '--fields', 'id'], { env: sb.env, input: readFileSync(file) });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('ASHBY_CONFIG_DIR naming a file', () => {
  it('is exit 2 naming the variable and the file, with nothing sent, for API commands and --sandbox alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-cfgfile-'));
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    try {
      for (const args of [
        ['candidate', 'list', '--limit', '1'],
        ['candidate', 'list', '--limit', '1', '--sandbox'],
        ['auth', 'status'],
      ]) {
        const r = await runCli(args, { env: { ASHBY_CONFIG_DIR: file, ASHBY_API_KEY: 'k-123', ASHBY_BASE_URL: 'http://127.0.0.1:9' } });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain(`ASHBY_CONFIG_DIR "${file}" is a file, not a folder`);
        expect(r.stderr).toContain('point ASHBY_CONFIG_DIR at a folder');
        expect(r.stderr).not.toContain('ENOTDIR');
        expect(r.stdout).toBe('');
      }
      expect(readFileSync(file, 'utf8')).toBe('x');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
