// Proxies: with HTTPS_PROXY / HTTP_PROXY set, API requests go through the proxy (a CONNECT tunnel),
// NO_PROXY and this machine's own addresses go direct, and a dead proxy is a network error (exit 7)
// that does not show the proxy's password.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
let proxy: Server;
let proxyUrl: string;
const tunnels: string[] = [];

beforeAll(async () => {
  sb = await startSandbox({ candidates: 20 });
  // A forward proxy that sends every tunnel (CONNECT host:port) and every absolute-form request
  // to the sandbox, whatever host was asked for, and records what was asked.
  const port = Number(new URL(sb.url).port);
  proxy = createServer((req, res) => {
    tunnels.push(`GET-FORM ${req.url}`);
    const up = httpRequest({ host: '127.0.0.1', port, method: req.method, path: new URL(req.url!).pathname, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    });
    req.pipe(up);
  });
  proxy.on('connect', (req, client, head) => {
    tunnels.push(String(req.url));
    const up = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => {
  proxy?.close();
  sb?.close();
});

// 127.0.0.2 is this machine too (the sandbox's port answers there through the proxy above), but it
// is not one of the addresses ashby keeps away from a proxy, so it stands for a remote API host.
const remote = () => sb.url.replace('127.0.0.1', '127.0.0.2');

describe('proxies', () => {
  it('sends API requests through HTTP_PROXY', async () => {
    const before = tunnels.length;
    const r = await runCli(['candidate', 'list', '--limit', '2', '--json'], { env: { ...sb.env, ASHBY_BASE_URL: remote(), HTTP_PROXY: proxyUrl } });
    expect(r.code, r.stderr).toBe(0);
    expect(json<unknown[]>(r)).toHaveLength(2);
    expect(tunnels.slice(before).some((t) => t.includes('127.0.0.2'))).toBe(true);
  });

  it('goes direct for hosts in NO_PROXY, and for this machine (the sandbox) always', async () => {
    const before = tunnels.length;
    // Nothing listens on 127.0.0.2 itself: going direct shows as a refused connection.
    const listed = await runCli(['candidate', 'list', '--limit', '1', '--max-retries', '0'], {
      env: { ...sb.env, ASHBY_BASE_URL: remote(), HTTP_PROXY: proxyUrl, NO_PROXY: 'example.com,127.0.0.2' },
    });
    expect(listed.code).toBe(7);
    expect(listed.stderr).toMatch(/cannot reach 127\.0\.0\.2:\d+: connect ECONNREFUSED/);
    const local = await runCli(['candidate', 'list', '--limit', '1', '--json'], { env: { ...sb.env, http_proxy: proxyUrl } });
    expect(local.code, local.stderr).toBe(0);
    expect(tunnels.length).toBe(before);
  });

  it('exits 7 when the proxy cannot be reached, without showing its password', async () => {
    const r = await runCli(['candidate', 'list', '--limit', '1', '--max-retries', '0'], {
      env: { ...sb.env, ASHBY_BASE_URL: remote(), HTTPS_PROXY: 'http://user:s3cret-pw@127.0.0.1:1', HTTP_PROXY: 'http://user:s3cret-pw@127.0.0.1:1' },
    });
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/cannot reach/);
    expect(r.stdout + r.stderr).not.toContain('s3cret-pw');
  });
});
