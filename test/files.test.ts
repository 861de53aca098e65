// Uploading resumes and files from disk and downloading them again, through the built CLI against
// the sandbox (real HTTP: presigned handle, multipart upload, storage URL).
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { ok, ScriptServer } from './helpers/script-server.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('candidate uploads and file download', () => {
  let sb: TestSandbox;
  let candidate: { id: string; name: string; primaryEmailAddress?: { value: string } };
  const dir = mkdtempSync(join(tmpdir(), 'ashby-files-'));
  // Incompressible bytes, several megabytes: large enough for several chunks and the progress path.
  const resume = randomBytes(5 * 1024 * 1024 + 123);
  // A non-ASCII name: it travels in Content-Disposition's filename* (RFC 5987) and must survive.
  const resumePath = join(dir, 'Ada Lovelace – CV.pdf');
  writeFileSync(resumePath, resume);

  beforeAll(async () => {
    sb = await startSandbox();
    const list = await call(sb, 'candidate.list', { limit: 5 });
    candidate = list.body.results.find((c: { primaryEmailAddress?: unknown }) => c.primaryEmailAddress);
  });
  afterAll(() => sb.close());

  it('uploads a multi-megabyte resume and downloads it byte-identical', async () => {
    const up = await runCli(['candidate', 'upload-resume', candidate.id, resumePath, '--json'], { env: sb.env });
    expect(up.code, up.stderr).toBe(0);
    const updated = json<{ id: string; resumeFileHandle: { handle: string; name: string } }>(up);
    expect(updated.id).toBe(candidate.id);
    expect(updated.resumeFileHandle.name).toBe('Ada Lovelace – CV.pdf');
    const handle = updated.resumeFileHandle.handle;

    const out = mkdtempSync(join(tmpdir(), 'ashby-dl-'));
    const dl = await runCli(['file', 'download', handle, '--json'], { env: sb.env, cwd: out });
    expect(dl.code, dl.stderr).toBe(0);
    const saved = json<{ path: string; bytes: number; contentType: string }>(dl);
    expect(saved).toMatchObject({ path: 'Ada Lovelace – CV.pdf', bytes: resume.length, contentType: 'application/pdf' });
    expect(sha(readFileSync(join(out, saved.path)))).toBe(sha(resume));
    expect(readdirSync(out)).toEqual(['Ada Lovelace – CV.pdf']); // no temporary file left behind

    // The name is taken: refused without --force (exit 2, file untouched), replaced with it.
    writeFileSync(join(out, saved.path), 'mine');
    const again = await runCli(['file', 'download', handle], { env: sb.env, cwd: out });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists.*\n.*--force/);
    expect(readFileSync(join(out, saved.path), 'utf8')).toBe('mine');
    const forced = await runCli(['file', 'download', handle, '--to', join(out, saved.path), '--force', '--json'], { env: sb.env });
    expect(forced.code, forced.stderr).toBe(0);
    expect(sha(readFileSync(join(out, saved.path)))).toBe(sha(resume));

    // Into a directory given with --to.
    const sub = join(out, 'sub');
    mkdirSync(sub);
    const intoDir = await runCli(['file', 'download', handle, '--to', sub, '--json'], { env: sb.env });
    expect(intoDir.code, intoDir.stderr).toBe(0);
    expect(sha(readFileSync(join(sub, 'Ada Lovelace – CV.pdf')))).toBe(sha(resume));
  });

  it('keeps the API key out of --debug traces of the whole flow', async () => {
    const up = await runCli(['candidate', 'upload-resume', candidate.id, resumePath, '--debug', '--json'], { env: sb.env });
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout + up.stderr).not.toContain(sb.apiKey);
  });

  it('attaches other files with upload-file, accepting an email for the candidate', async () => {
    const notes = join(dir, 'references.txt');
    writeFileSync(notes, 'Charles Babbage: "excellent"\n');
    const r = await runCli(['candidate', 'upload-file', candidate.primaryEmailAddress!.value, notes, '--json'], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    const c = json<{ id: string; fileHandles: Array<{ name: string; handle: string }> }>(r);
    expect(c.id).toBe(candidate.id);
    const ref = c.fileHandles.find((f) => f.name === 'references.txt');
    expect(ref).toBeDefined();
    const toStdout = await runCli(['file', 'download', ref!.handle, '--to', '-'], { env: sb.env });
    expect(toStdout.code, toStdout.stderr).toBe(0);
    expect(toStdout.stdout).toBe('Charles Babbage: "excellent"\n');
  });

  it('uploads a batch with --from (a candidate and a path per record), each file attached once', async () => {
    const list = await call(sb, 'candidate.list', { limit: 10 });
    const two = list.body.results.slice(5, 7) as Array<{ id: string }>;
    const paths = two.map((_c, i) => {
      const p = join(dir, `portfolio-${i}.txt`);
      writeFileSync(p, `portfolio ${i}\n`);
      return p;
    });
    const csv = join(dir, 'uploads.csv');
    writeFileSync(csv, `candidate,path\n${two.map((c, i) => `${c.id},${paths[i]}`).join('\n')}\n`);
    const before = (await stats(sb)).writes.byEndpoint['candidate.uploadFile'] ?? 0;
    const r = await runCli(['candidate', 'upload-file', '--from', csv], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.ok)).toEqual([true, true]);
    for (const [i, x] of rows.entries()) expect(x.result.fileHandles.map((f: { name: string }) => f.name)).toContain(`portfolio-${i}.txt`);
    expect((await stats(sb)).writes.byEndpoint['candidate.uploadFile'] ?? 0).toBe(before + 2);
    const missing = await runCli(['candidate', 'upload-file', '--from', '-'], { env: sb.env, input: `{"candidate":"${two[0].id}"}\n` });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/row 1: missing --path \(or a "path" key\)/);
  });

  it('refuses missing, empty, directory and non-regular files before sending anything', async () => {
    const empty = join(dir, 'empty.pdf');
    writeFileSync(empty, '');
    const fifo = join(dir, 'pipe');
    let haveFifo = true;
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      haveFifo = false;
    }
    const before = (await stats(sb)).requests.total;
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'nope.pdf'), /no such file: .*nope\.pdf/],
      [empty, /empty\.pdf is empty/],
      [dir, /is a directory/],
      ...(haveFifo ? [[fifo, /not a regular file/] as [string, RegExp]] : []),
    ];
    for (const [path, message] of cases) {
      const r = await runCli(['candidate', 'upload-resume', candidate.id, path], { env: sb.env });
      expect(r.code, path).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect((await stats(sb)).requests.total).toBe(before);
  });

  it('reports an unknown candidate (exit 3) and an unknown handle (exit 3) without leaving files', async () => {
    const r = await runCli(['candidate', 'upload-resume', '00000000-0000-4000-8000-000000000000', resumePath], { env: sb.env });
    expect(r.code).toBe(3);
    const out = mkdtempSync(join(tmpdir(), 'ashby-dl-'));
    const d = await runCli(['file', 'download', 'no-such-handle'], { env: sb.env, cwd: out });
    expect(d.code).toBe(3);
    expect(readdirSync(out)).toEqual([]);
    const badDir = await runCli(['file', 'download', 'x', '--to', join(out, 'missing', 'f.pdf')], { env: sb.env });
    expect(badDir.code).toBe(2);
    expect(existsSync(join(out, 'missing'))).toBe(false);
    // A directory that does not exist, named with a trailing slash: refused before anything is sent.
    const before = (await stats(sb)).requests.total;
    const slash = await runCli(['file', 'download', 'x', '--to', `${join(out, 'missing')}/`], { env: sb.env });
    expect(slash.code, slash.stderr).toBe(2);
    expect(slash.stderr).toContain('no such directory');
    expect((await stats(sb)).requests.total).toBe(before);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the upload handle', () => {
  let srv: ScriptServer;
  afterAll(() => srv?.stop());

  it('is asked for again when the first request gets no answer: nothing was attached, so nothing is unknown', async () => {
    srv = await new ScriptServer().start();
    const id = '3f0c8f5e-1111-4222-8333-444455556666';
    const dir = mkdtempSync(join(tmpdir(), 'ashby-handle-'));
    const path = join(dir, 'cv.pdf');
    writeFileSync(path, 'resume bytes');
    srv.on('candidate.info', () => ok({ id, name: 'Ada Lovelace' }));
    srv.on('file.createFileUploadHandle', (_b, n) => (n === 1 ? { reset: true } : ok({ handle: 'h-2', url: `${srv.url}/storage`, fields: { key: 'k' } })));
    srv.on('storage', () => ({ status: 204 }));
    srv.on('candidate.uploadResume', (b) => ok({ id, name: 'Ada Lovelace', resumeFileHandle: { handle: b.resumeHandle } }));
    const r = await runCli(['candidate', 'upload-resume', id, path, '--json'], { env: { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: 'test_key_upload_1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ resumeFileHandle: { handle: string } }>(r).resumeFileHandle.handle).toBe('h-2');
    expect(srv.count('file.createFileUploadHandle')).toBe(2);
    expect(srv.count('candidate.uploadResume')).toBe(1);
  });
});
