// What only the real process shows: the bin shim's fast paths, what start-up loads, and signals.
import { spawn, spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runBin, tempConfigDir } from '../helpers/cli.js';
import { ok, ScriptServer } from '../helpers/script-server.js';
import { CLI_TABLE_MAX_ROWS } from '../../src/io/table.js';

const GOOD = 'good_key_0123456789';
let srv: ScriptServer;
let dir: string;

beforeEach(async () => {
  srv = await new ScriptServer().start();
  dir = tempConfigDir();
});
afterEach(() => srv.stop());

describe('process behaviour', () => {
  it('Ctrl-C during a streamed JSON list exits 130 and leaves valid JSON', async () => {
    let served = 0;
    srv.on('candidate.list', (b) => {
      served++;
      const offset = b.cursor ? Number(b.cursor) : 0;
      const results = Array.from({ length: 100 }, (_, i) => ({ id: `c${offset + i}` }));
      return ok(results, { moreDataAvailable: true, nextCursor: String(offset + 100) });
    });
    // Every page says there is more, so only the interrupt ends the stream.
    const child = spawn(process.execPath, [BIN, 'api', 'candidate.list', '--all', '--json'], {
      env: { PATH: process.env.PATH ?? '', ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: GOOD, ASHBY_NO_KEYCHAIN: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.length > 20_000 && !child.killed) child.kill('SIGINT');
    });
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(served).toBeGreaterThan(1);
    expect(code).toBe(130);
    expect(err).toContain('interrupted');
    const parsed = JSON.parse(out) as Array<{ id: string }>;
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.map((p) => p.id)).toEqual(parsed.map((_, i) => `c${i}`));
  });

  it('--version is fast-pathed and unknown commands exit 2', async () => {
    const v = await runBin(['--version']);
    expect(v.stdout).toMatch(/^ashby \d+\.\d+\.\d+\n$/);
    const u = await runBin(['candidat']);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/unknown command/);
  });

  it('lays out a table longer than cli-table3 is given (the bundled long-table path)', async () => {
    const r = await runBin(['commands', '-o', 'table']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(CLI_TABLE_MAX_ROWS + 1);
    expect(lines[0]).toMatch(/^PATH +/);
    expect(lines.some((l) => l.startsWith('candidate list '))).toBe(true);
  });

  it("reads no catalog file to show a command's help (the build renders the pages)", () => {
    // Records every catalog file the process opens, through a preloaded hook on fs.readFileSync.
    const hook = `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module'; const orig = fs.readFileSync; fs.readFileSync = function (p, ...a) { if (String(p).includes('catalog')) process.stderr.write('READ ' + p + '\\n'); return orig.call(this, p, ...a); }; syncBuiltinESMExports();`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, BIN, 'interview-stage', 'list', '--help'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ASHBY_CONFIG_DIR: '/nonexistent' },
    });
    expect(r.status, r.stderr).toBe(0);
    const reads = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('READ '))
      .map((l) => l.split(/[\\/]/).slice(-2).join('/'));
    expect(r.stdout).toContain('interview-stage list');
    expect(reads).toEqual([]);
  });
});
