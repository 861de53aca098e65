// An in-process sandbox server for tests: real HTTP on a loopback port, with the env that points
// the CLI (runCli) at it.
import { startSandboxServer, type SandboxHandle, type SandboxOptions } from '../../src/sandbox/server.js';
import type { SandboxStats } from '../../src/sandbox/stats.js';

export type TestSandbox = SandboxHandle & { env: { ASHBY_BASE_URL: string; ASHBY_API_KEY: string } };

export async function startSandbox(opts: SandboxOptions = {}): Promise<TestSandbox> {
  const h = await startSandboxServer({ candidates: 200, webhookRetryBaseMs: 20, ...opts });
  return Object.assign(h, { env: { ASHBY_BASE_URL: h.url, ASHBY_API_KEY: h.apiKey } });
}

/** GET /_sandbox/stats over HTTP, as an outside observer would. */
export async function stats(h: { url: string }): Promise<SandboxStats> {
  const res = await fetch(`${h.url}/_sandbox/stats`);
  if (!res.ok) throw new Error(`GET /_sandbox/stats: HTTP ${res.status}`);
  return (await res.json()) as SandboxStats;
}

/** POST /<endpoint> with the sandbox key; returns the parsed envelope and the HTTP status. */
export async function call(h: TestSandbox, endpoint: string, body: unknown = {}, key: string | null = h.apiKey): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers.authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const res = await fetch(`${h.url}/${endpoint}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: returned as text */
  }
  return { status: res.status, body: parsed };
}

/**
 * The presigned upload flow: file.createFileUploadHandle, then the multipart POST to the URL it
 * returns (every field, the file last as "file"). Returns the handle, the upload URL and the upload's HTTP status.
 */
export async function uploadFile(
  h: TestSandbox,
  context: string,
  filename: string,
  bytes: Buffer,
  contentType = 'application/pdf',
  tamper?: (field: string, value: string) => string,
): Promise<{ handle: string; url: string; status: number }> {
  const r = await call(h, 'file.createFileUploadHandle', { fileUploadContext: context, filename, contentType, contentLength: bytes.length });
  if (r.body?.success !== true) throw new Error(`file.createFileUploadHandle: ${JSON.stringify(r.body)}`);
  const { handle, url, fields } = r.body.results as { handle: string; url: string; fields: Record<string, string> };
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, tamper ? tamper(k, v) : v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), filename);
  const res = await fetch(url, { method: 'POST', body: form });
  await res.arrayBuffer();
  return { handle, url, status: res.status };
}
