// File names from Ashby reach the file system: `file download` saves under the name the storage
// server gives, reduced to a plain name that cannot escape the directory, mislead a reader or fail.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from '../helpers/cli.js';
import { startSandbox, stats, uploadFile, type TestSandbox } from '../helpers/sandbox.js';
import { ok, ScriptServer } from '../helpers/script-server.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());

/** Uploads `name`, downloads it into a fresh directory, and returns what is there. */
async function roundTrip(name: string) {
  const up = await uploadFile(sb, 'CandidateResume', name, Buffer.from('PDF'));
  expect(up.status).toBeLessThan(300);
  const dir = mkdtempSync(join(tmpdir(), 'ashby-dl-'));
  const r = await runCli(['file', 'download', up.handle, '--to', dir, '--json'], { env: sb.env });
  return { r, dir, files: readdirSync(dir) };
}

describe('file download names', () => {
  it.each([
    ['a bidi override', 'cv\u202efdp.exe', 'cvfdp.exe'],
    ['a right-to-left mark (RLM)', 'résumé\u200Ffdp.exe', 'résuméfdp.exe'],
    ['a left-to-right mark (LRM) and an Arabic letter mark (ALM)', 'cv\u200e.pdf\u061c', 'cv.pdf'],
    ['line and paragraph separators', 'cv\u2028final\u2029.pdf', 'cvfinal.pdf'],
    ['invisible characters (zero-width space, BOM, tag characters)', '\ufeffcv\u200b.pdf\u{e0065}\u{e0078}\u{e0065}', 'cv.pdf'],
    ['escape sequences and C1 controls', 'cv\u001b]8;;https://evil.example/\u0007\u001b[2J\u009b31m.pdf', 'cv.pdf'],
    ['a path', '../../etc/passwd', 'passwd'],
    ['a leading dot behind a space (a hidden file)', ' .bashrc', 'bashrc'],
    ['leading dots and spaces mixed', '. . .profile', 'profile'],
  ])('drop %s', async (_, name, saved) => {
    const { r, dir, files } = await roundTrip(name);
    expect(r.code, r.stderr).toBe(0);
    expect(files).toEqual([saved]);
    expect(json<{ path: string }>(r).path).toBe(join(dir, saved));
    expect(readFileSync(join(dir, saved), 'utf8')).toBe('PDF');
  });

  it.each([' ..', ' .', '. ..'])('a name that is only dots and spaces (%j) is saved under a name of ours, inside the folder', async (name) => {
    const { r, dir, files } = await roundTrip(name);
    expect(r.code, r.stderr).toBe(0);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^ashby-file-/);
    expect(json<{ path: string }>(r).path).toBe(join(dir, files[0]));
  });

  it('a name longer than the file system allows is shortened, keeping its extension', async () => {
    const { r, files } = await roundTrip(`${'Lebenslauf Jürgen '.repeat(20)}.pdf`);
    expect(r.code, r.stderr).toBe(0);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^Lebenslauf Jürgen .*\.pdf$/);
    expect(Buffer.byteLength(files[0])).toBeLessThanOrEqual(200);
  });

  it('--to a name near the file system limit is saved (its temporary name is not too long)', async () => {
    const up = await uploadFile(sb, 'CandidateResume', 'cv.pdf', Buffer.from('PDF'));
    const dir = mkdtempSync(join(tmpdir(), 'ashby-dl-'));
    const name = `${'a'.repeat(246)}.pdf`;
    const r = await runCli(['file', 'download', up.handle, '--to', join(dir, name)], { env: sb.env });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('--to - refuses a terminal before anything is sent: the bytes are data (as curl refuses binary)', async () => {
    const up = await uploadFile(sb, 'CandidateResume', 'cv.txt', Buffer.from('Ada \u001b]52;c;cHduZWQ=\u0007Lovelace\n'));
    const infos = async () => (await stats(sb)).requests.byEndpoint['file.info'] ?? 0;
    const before = await infos();
    const tty = await runCli(['file', 'download', up.handle, '--to', '-'], { env: sb.env, tty: { stdout: true } });
    expect(tty.code).toBe(2);
    expect(await infos()).toBe(before);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toContain('--to - would write the file to the terminal');
    const piped = await runCli(['file', 'download', up.handle, '--to', '-'], { env: sb.env });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe('Ada \u001b]52;c;cHduZWQ=\u0007Lovelace\n');
  });

  it('a local file system error is reported as one, not as a network error', async () => {
    const up = await uploadFile(sb, 'CandidateResume', 'cv.pdf', Buffer.from('PDF'));
    const dir = mkdtempSync(join(tmpdir(), 'ashby-dl-'));
    const target = join(dir, `${'a'.repeat(300)}.pdf`); // past the 255 bytes a name may have
    const r = await runCli(['file', 'download', up.handle, '--to', target], { env: sb.env });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`ashby: cannot save ${target}: name too long`);
    expect(r.stderr).not.toContain('cannot reach');
    expect(readdirSync(dir)).toEqual([]); // the temporary file is gone too
  });
  it.each([
    ['ISO-8859-1 (RFC 5987)', "attachment; filename*=ISO-8859-1''Lebenslauf%20J%FCrgen.pdf", 'Lebenslauf Jürgen.pdf'],
    ['a filename* that does not decode, with a plain filename beside it', `attachment; filename="cv.pdf"; filename*=UTF-8''cv%FF.pdf`, 'cv.pdf'],
  ])('a Content-Disposition name in %s is saved under that name', async (_, disposition, saved) => {
    const storage = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': disposition });
      res.end('PDF');
    });
    await new Promise<void>((r) => storage.listen(0, '127.0.0.1', r));
    const api = await new ScriptServer().start();
    try {
      api.on('file.info', () => ok({ url: `http://127.0.0.1:${(storage.address() as AddressInfo).port}/object` }));
      const dir = mkdtempSync(join(tmpdir(), 'ashby-dl-'));
      const r = await runCli(['file', 'download', 'handle-1', '--to', dir], {
        env: { ASHBY_BASE_URL: api.url, ASHBY_API_KEY: 'test_key_download_names_9e1b' },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(dir)).toEqual([saved]);
    } finally {
      await api.stop();
      storage.closeAllConnections();
      await new Promise<void>((r) => storage.close(() => r()));
    }
  });
});
