// stdout that is a file (`> answer.json`, /dev/null): the CLI writes its strings there with
// fs.writeSync rather than through Node's stream for files, which makes a fresh Buffer of every
// string (src/io/streams.ts), and writes a long list's groups as they are (src/io/output.ts). The
// bytes must be the pipe's, in every streamed format; a write that fails is reported once.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, runCli } from './helpers/cli.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
let dir: string;
let db: string;

beforeAll(async () => {
  sb = await startSandbox({ candidates: 120 });
  dir = mkdtempSync(join(tmpdir(), 'ashby-outfile-'));
  db = join(dir, 'm.db');
  const r = await runCli(['sync', '--db', db], { env: sb.env, timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => sb.close());

// Whole records, so that the answer is several groups of a json list (each about 32 KB).
const QUERY = 'SELECT id, data FROM applications ORDER BY id';
const sql = (format: string) => ['sql', QUERY, '--db', db, '-o', format];

describe('stdout to a file', () => {
  it.each(['json', 'ndjson', 'csv'])('%s: the same bytes as through a pipe', async (format) => {
    const piped = await runBin(sql(format), { env: sb.env });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(150_000);
    const file = join(dir, `answer.${format}`);
    const filed = await runBin(sql(format), { env: sb.env, stdoutFile: file });
    expect(filed.code, filed.stderr).toBe(0);
    expect(filed.stdout).toBe(piped.stdout);
  });

  it('an analytics answer and an empty list, as through a pipe', async () => {
    for (const args of [
      ['stale', '--days', '0', '--offline', '--db', db, '-o', 'json'],
      ['sql', 'SELECT id FROM applications WHERE 0', '--db', db, '-o', 'json'],
    ]) {
      const piped = await runBin(args, { env: sb.env });
      const filed = await runBin(args, { env: sb.env, stdoutFile: join(dir, 'answer.txt') });
      expect(filed.code, filed.stderr).toBe(0);
      expect(filed.stdout).toBe(piped.stdout);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk is exit 1 with its error, said once', async () => {
    for (const format of ['json', 'ndjson']) {
      const r = await runBin(sql(format), { env: sb.env, stdoutFile: '/dev/full' });
      expect(r.code).toBe(1);
      expect(r.stderr.match(/ENOSPC/g)).toHaveLength(1);
      expect(r.stderr).toMatch(/^ashby: ENOSPC/);
    }
  });
});
