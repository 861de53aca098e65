// Secrets stay secret and plain http goes only to this machine: the stored key and its Basic form
// are redacted from server messages (errorInfo.message, storage error pages) and from --debug; the
// loopback rule is exact for base URLs, storage URLs and webhook URLs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { HostileServer, basicOf, hasControls, ok } from './server.js';

const STORED = 'stored-key-9f8e7d6c5b4a';
let srv: HostileServer;

beforeAll(async () => {
  srv = await new HostileServer()
    .on('apiKey.info', () => ok({ title: 'k' }))
    // Echoes the credentials it was sent, as a careless proxy or server might.
    .on('candidate.search', (r) => ({
      body: {
        success: false,
        errorInfo: {
          code: 'bad_request',
          message: `you sent ${r.headers.authorization} = ${Buffer.from(String(r.headers.authorization).slice(6), 'base64').toString()}`,
        },
      },
    }))
    .on('candidate.list', (r) => ok([{ id: 'x', note: `${r.headers.authorization}` }], { moreDataAvailable: false }))
    .on('file.info', () => ok({ url: `${srv.url}/storage/f` }))
    // A wrong key, answered as HTTP servers usually do: 401.
    .on('job.list', () => ({ status: 401, body: { success: false, errorInfo: { code: 'unauthorized', message: 'invalid credentials' } } }))
    .on('storage/f', (r) => ({
      status: 403,
      body: `<html><head><title>Denied ${r.headers['x-never']}</title></head><body>key ${STORED} ${basicOf(STORED)}</body></html>`,
    }))
    .start();
});
afterAll(() => srv.stop());

async function loggedIn(): Promise<Record<string, string>> {
  const env = { ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_BASE_URL: srv.url };
  const r = await runCli(['auth', 'login', '--with-token'], { env, input: `${STORED}\n` });
  expect(r.code, r.stderr).toBe(0);
  return env;
}

describe('the stored key is redacted from everything the server says', () => {
  it('in errorInfo.message, raw and in its Basic base64 form', async () => {
    const env = await loggedIn();
    const r = await runCli(['api', 'candidate.search', '-f', 'name=x'], { env });
    expect(r.code).toBe(5);
    expect(r.stderr).not.toContain(STORED);
    expect(r.stderr).not.toContain(basicOf(STORED));
    expect(r.stderr).toContain('[REDACTED]');
  });

  it('an ASHBY_API_KEY pasted with its line break: the key sent is redacted, from messages and --debug', async () => {
    const key = 'env-key-1a2b3c4d5e6f';
    const env = { ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: `${key}\r\n` };
    for (const extra of [[], ['--debug']]) {
      const r = await runCli(['api', 'candidate.search', '-f', 'name=x', ...extra], { env });
      expect(r.code).toBe(5);
      expect(r.stderr).not.toContain(key);
      expect(r.stderr).not.toContain(basicOf(key));
      expect(r.stderr).toContain('[REDACTED]');
    }
  });

  it('in a storage error page', async () => {
    const env = await loggedIn();
    const r = await runCli(['file', 'download', 'h1'], { env, cwd: mkdtempSync(join(tmpdir(), 'ashby-dl-')) });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('Denied');
    expect(r.stderr).not.toContain(STORED);
    expect(r.stderr).not.toContain(basicOf(STORED));
  });

  it('in --debug traces of request and response', async () => {
    const env = await loggedIn();
    const r = await runCli(['candidate', 'list', '--debug'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[debug]');
    expect(r.stderr).not.toContain(STORED);
    expect(r.stderr).not.toContain(basicOf(STORED));
    expect(hasControls(r.stderr)).toBe(false);
  });
});

describe('a password in the base URL', () => {
  it('is redacted from --debug traces, auth status and doctor', async () => {
    const env = { ...(await loggedIn()), ASHBY_BASE_URL: srv.url.replace('http://', 'http://ada:url-pass-7a6b5c@') };
    const traced = await runCli(['candidate', 'list', '--debug'], { env });
    const status = await runCli(['auth', 'status', '--json'], { env });
    const doctor = await runCli(['doctor', '--json'], { env });
    for (const r of [traced, status, doctor]) {
      expect(r.stdout + r.stderr).not.toContain('url-pass-7a6b5c');
      expect(r.stdout + r.stderr).toContain('ada:[REDACTED]@');
    }
  });
});

describe('a refused key', () => {
  it('answered with HTTP 401 is called refused, not missing (exit 4)', async () => {
    const r = await runCli(['api', 'job.list'], { env: srv.env('wrong-key-0123456789') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('hint: the API key was refused (HTTP 401)');
    expect(r.stderr).not.toContain('wrong or deactivated');
    expect(r.stderr).not.toContain('no API key');
  });
});

describe('plain http only to loopback', () => {
  it.each(['http://127.0.0.1.evil.example', 'http://127.evil.example', 'http://localhost.evil.example', 'http://10.0.0.1'])(
    'refuses %s as a base URL (exit 2, nothing sent)',
    async (url) => {
      const r = await runCli(['api', 'apiKey.info', '--base-url', url], { env: { ASHBY_API_KEY: 'abcd1234' } });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('refusing plain http://');
      expect(r.stderr).toContain('127.0.0.0/8, localhost, ::1');
    },
  );

  it('accepts 127.0.0.0/8 and localhost', async () => {
    const port = new URL(srv.url).port;
    for (const host of ['127.0.0.1', 'localhost']) {
      const r = await runCli(['api', 'apiKey.info', '--base-url', `http://${host}:${port}`], { env: { ASHBY_API_KEY: 'abcd1234' } });
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('refuses a storage URL on a host that only looks like loopback', async () => {
    srv.on('file.info', () => ok({ url: 'http://127.0.0.1.evil.example/f' }));
    try {
      const r = await runCli(['file', 'download', 'h1'], { env: srv.env(), cwd: mkdtempSync(join(tmpdir(), 'ashby-dl-')) });
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('insecure_url');
    } finally {
      srv.on('file.info', () => ok({ url: `${srv.url}/storage/f` }));
    }
  });

  it('warns about a webhook URL that is plain http to another machine', async () => {
    const r = await runCli(['webhook', 'trigger', 'candidateHire', '--url', 'http://127.0.0.1.evil.example/hooks', '--dry-run']);
    expect(r.stderr).toMatch(/warning: 127\.0\.0\.1\.evil\.example is plain http/);
    const local = await runCli(['webhook', 'trigger', 'candidateHire', '--url', 'http://127.0.0.1:9/hooks', '--dry-run']);
    expect(local.stderr).not.toContain('plain http');
  });
});
