// The bundled CLI's own sandbox (--sandbox): consecutive commands share state, and the file flow
// works end to end. This guards the bundle itself: module order there differs from vitest's, and an
// import cycle once left the file handlers out of the bundled sandbox.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir } from './helpers/cli.js';

describe('--sandbox', () => {
  it('uploads a resume, sees it on the candidate in the next command, and downloads the same bytes', async () => {
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    const work = mkdtempSync(join(tmpdir(), 'ashby-embedded-'));
    const resume = join(work, 'resume.pdf');
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    writeFileSync(resume, bytes);

    const list = await runCli(['--sandbox', 'candidate', 'list', '--limit', '1', '--json'], { env });
    expect(list.code).toBe(0);
    const [cand] = json<Array<{ id: string }>>(list);

    const up = await runCli(['--sandbox', 'candidate', 'upload-resume', cand.id, resume, '--json'], { env });
    expect(up.code, up.stderr).toBe(0);

    const info = await runCli(['--sandbox', 'candidate', 'info', cand.id, '--json'], { env });
    const handle = json<{ resumeFileHandle?: { handle: string } }>(info).resumeFileHandle?.handle;
    expect(handle).toBeTruthy();
    expect(handle).not.toMatch(/example\.com/);

    const out = join(work, 'back.pdf');
    const down = await runCli(['--sandbox', 'file', 'download', handle!, '--to', out], { env });
    expect(down.code, down.stderr).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('--dry-run starts no sandbox, and its requests say so: a <port> placeholder, not 127.0.0.1:0, and the key redacted', async () => {
    // Port 0 read as an address a request would go to; no port exists until a sandbox starts.
    const dir = tempConfigDir();
    const env = { ASHBY_CONFIG_DIR: dir };
    const r = await runCli(['--sandbox', '--dry-run', 'app', 'stage', 'ada.ritchie4@example.com', '--stage', 'Onsite', '-o', 'ndjson'], { env });
    expect(r.code, r.stderr).toBe(0);
    const reqs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { url: string; headers: Record<string, string> });
    expect(reqs.map((q) => q.url)).toEqual(['http://127.0.0.1:<port>/candidate.search', 'http://127.0.0.1:<port>/application.changeStage']);
    for (const q of reqs) expect(q.headers.authorization).toBe('Basic [REDACTED]');
    expect(r.stdout + r.stderr).not.toContain('127.0.0.1:0');
    const status = await runCli(['--sandbox', '--dry-run', 'auth', 'status', '-o', 'json'], { env });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).not.toContain('127.0.0.1:0');
    expect(status.stdout).toContain('"baseUrl": "http://127.0.0.1:<port>"');
    // Nothing was started or saved.
    expect(existsSync(join(dir, 'sandbox', 'state.json'))).toBe(false);
  });

  it('sandbox reset --dry-run says what it would do and changes nothing', async () => {
    // It used to reset all the same: every change made in the sandbox was lost to a dry run.
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    const made = await runCli(['--sandbox', 'candidate', 'create', '--name', 'Dry Run Person', '--json'], { env });
    expect(made.code, made.stderr).toBe(0);
    const writes = async () => json<{ writes: number }>(await runCli(['sandbox', 'stats', '--json'], { env })).writes;
    const before = await writes();
    expect(before).toBeGreaterThan(0);
    const r = await runCli(['--dry-run', 'sandbox', 'reset', '--candidates', '7'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--dry-run: sandbox reset would start .* over \(seed 1, 7 candidates\) .*nothing was changed/);
    expect(await writes()).toBe(before);
    const found = await runCli(['--sandbox', 'candidate', 'search', 'Dry Run Person', '--json'], { env });
    expect(json<unknown[]>(found)).toHaveLength(1);
  });
});
