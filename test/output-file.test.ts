// stdout that is a file (`> answer.json`, /dev/null): the CLI writes its strings there with
// fs.writeSync rather than through Node's stream for files, which makes a fresh Buffer of every
// string (src/io/streams.ts), and writes a long list's groups as they are (src/io/output.ts). The
// bytes must be the pipe's, in every streamed format; a write that fails is reported once.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAll } from './helpers/api.js';
import { batchRows, runBin, runCli } from './helpers/cli.js';
import { startSandbox, stats, uploadFile, type TestSandbox } from './helpers/sandbox.js';
import { startListen } from './webhook-helpers.js';

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
      expect(r.stderr).toMatch(/^ashby: cannot write to stdout: ENOSPC/);
    }
  });
});

// After a write was applied, a stdout that cannot be written must not look like a failed write
// (a person would send it again), and a batch must not go on applying records it cannot report.
describe.skipIf(!existsSync('/dev/full'))('stdout on a full disk', () => {
  const FULL = '/dev/full';

  it('a write that was applied is named, and the failure is not called a bug', async () => {
    const [c] = await listAll(sb, 'candidate.list');
    const before = (await stats(sb)).writes.total;
    const r = await runBin(['candidate', 'create-note', c.id, '--note', 'seen'], { env: sb.env, stdoutFile: FULL });
    expect(r.code).toBe(1);
    expect((await stats(sb)).writes.total).toBe(before + 1);
    expect(r.stderr).toMatch(/^ashby: cannot write to stdout: ENOSPC/);
    expect(r.stderr).toMatch(/note: candidate\.createNote was applied \(id [\w-]+\); only the output failed/);
    expect(r.stderr.match(/ENOSPC/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/--debug/);
  });

  it('a batch stops starting records, says what it applied, and --resume carries on', async () => {
    const people = await listAll(sb, 'candidate.list');
    const input = join(dir, 'notes.ndjson');
    writeFileSync(input, people.map((c) => JSON.stringify({ candidateId: c.id, note: 'batch note' })).join('\n'));
    const journal = join(dir, 'notes.journal');
    const before = (await stats(sb)).writes.total;
    const r = await runBin(['candidate', 'create-note', '--from', input, '--yes', '--journal', journal], { env: sb.env, stdoutFile: FULL });
    const sent = (await stats(sb)).writes.total - before;
    // Every record sent is counted in the summary; the others were never started.
    const summary = new RegExp(`^${people.length} records: (\\d+) applied, 0 failed, 0 unknown, (\\d+) skipped`, 'm').exec(r.stderr);
    expect(summary, r.stderr).not.toBeNull();
    expect(Number(summary![1])).toBe(sent);
    expect(sent).toBeLessThan(people.length);
    expect(r.code).toBe(8);
    expect(r.stderr).toMatch(/^ashby: cannot write the result rows to stdout: ENOSPC: .*; \d+ of \d+ records were not applied/m);
    expect(r.stderr.match(/ENOSPC/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/hint: run the same command again with --resume/);

    const resumed = await runBin(['candidate', 'create-note', '--from', input, '--yes', '--journal', journal, '--resume'], { env: sb.env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect((await stats(sb)).writes.total - before).toBe(people.length);
    expect(batchRows(resumed).filter((row) => row.ok)).toHaveLength(people.length);
  });

  it('a dry run of a batch does not say its requests were shown', async () => {
    const people = (await listAll(sb, 'candidate.list')).slice(0, 20);
    const input = join(dir, 'dry.ndjson');
    writeFileSync(input, people.map((c) => JSON.stringify({ candidateId: c.id, note: 'dry note' })).join('\n'));
    const r = await runBin(['candidate', 'create-note', '--from', input, '--dry-run'], { env: sb.env, stdoutFile: FULL });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/shown above/);
    expect(r.stderr).toMatch(/^ashby: cannot write to stdout: ENOSPC/m);
    expect(r.stderr.match(/ENOSPC/g)).toHaveLength(1);
    // Through a pipe, as before.
    const piped = await runBin(['candidate', 'create-note', '--from', input, '--dry-run'], { env: sb.env });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toMatch(/dry run: 20 records shown above, nothing was sent/);
  });

  it('webhook listen stops at the first event it cannot print, which is not acknowledged', async () => {
    const secret = 'qa-listen-secret-0123456789';
    const l = await startListen(['--secret', secret, '-o', 'ndjson'], {}, FULL);
    const trigger = () => runCli(['webhook', 'trigger', 'candidateHire', '--url', l.url, '--secret', secret]);
    let code: number | null;
    try {
      const first = await trigger();
      expect(first.code).toBe(5); // answered 500: the sender retries it later
      // Not answered 200 while nothing can be printed: the listener has stopped.
      expect((await trigger()).code).not.toBe(0);
      code = l.child.exitCode ?? (await once(l.child, 'exit'))[0];
    } finally {
      if (l.child.exitCode === null) l.child.kill('SIGKILL');
    }
    expect(code).toBe(1);
    expect(l.stderr()).toMatch(/^ashby: cannot write to stdout: ENOSPC/m);
    expect(l.stderr().match(/ENOSPC/g)).toHaveLength(1);
  });

  it('file download --to -: said once, as a full disk rather than a bug', async () => {
    const { handle } = await uploadFile(sb, 'CandidateResume', 'cv.pdf', randomBytes(1 << 20));
    const r = await runBin(['file', 'download', handle, '--to', '-'], { env: sb.env, stdoutFile: FULL });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ashby: cannot write to stdout: ENOSPC/m);
    expect(r.stderr.match(/ENOSPC/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/--debug/);
  });
});
