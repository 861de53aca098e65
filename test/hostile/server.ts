// A hostile fake Ashby: a loopback HTTP server whose answers are the worst a server (or a candidate
// typing their own name) can send: control sequences, formula cells, repeated cursors, endless
// empty pages, huge bodies, HTML error pages, echoed credentials, dropped connections. Each test
// scripts the endpoints it needs with `on()`; the presets below build the hostile bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileRequest {
  endpoint: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** 1-based count of requests to this endpoint, this one included. */
  n: number;
}

export type Answer =
  | { status?: number; headers?: Record<string, string>; body?: unknown }
  /** Writes the response itself (huge or slow bodies); `drop` destroys the socket unanswered. */
  | { stream: (res: ServerResponse) => void }
  | { drop: true }
  /** Never answers (the client times out). */
  | { hang: true };

export type Handler = (req: HostileRequest) => Answer | Promise<Answer>;

export class HostileServer {
  readonly requests: HostileRequest[] = [];
  private handlers = new Map<string, Handler>();
  private server?: Server;
  url = '';

  /** Unscripted endpoints are passed to this server (e.g. the sandbox) instead of failing. */
  upstream?: string;

  passThrough(url: string): this {
    this.upstream = url;
    return this;
  }

  /** The upstream's answer to a request, for handlers that let a call be applied and then misbehave. */
  async forward(r: HostileRequest): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.upstream}/${r.endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: String(r.headers.authorization ?? '') },
      body: JSON.stringify(r.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* passed on as text */
    }
    return { status: res.status, body };
  }

  on(endpoint: string, handler: Handler): this {
    this.handlers.set(endpoint, handler);
    return this;
  }

  count(endpoint: string): number {
    return this.requests.filter((r) => r.endpoint === endpoint).length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', async () => {
        const endpoint = (req.url ?? '/').slice(1).split('?')[0];
        let body: Record<string, unknown> = {};
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          /* recorded as {} */
        }
        const r: HostileRequest = { endpoint, body, headers: req.headers, n: this.count(endpoint) + 1 };
        this.requests.push(r);
        const h = this.handlers.get(endpoint);
        const a: Answer = h
          ? await h(r)
          : this.upstream
            ? await this.forward(r)
            : { status: 404, body: { success: false, errorInfo: { code: 'not_scripted', message: `${endpoint} is not scripted` } } };
        if ('drop' in a) return void req.socket.destroy();
        if ('hang' in a) return;
        if ('stream' in a) return a.stream(res);
        const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? { success: true, results: {} });
        res.writeHead(a.status ?? 200, { 'content-type': typeof a.body === 'string' ? 'text/html' : 'application/json', ...a.headers });
        res.end(text);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The env that points the CLI here. */
  env(key = HOSTILE_KEY): Record<string, string> {
    return { ASHBY_BASE_URL: this.url, ASHBY_API_KEY: key };
  }
}

export const HOSTILE_KEY = 'hostile-test-key-0123456789abcdef';
export const basicOf = (key: string) => Buffer.from(`${key}:`).toString('base64');

/** Names a candidate could type, each an attack on a terminal. */
export const EVIL = {
  clipboard: 'Zed \u001b]52;c;ZWNobyBwd25lZA==\u0007Smith',
  link: 'Ann \u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\ Lee',
  colour: 'Bob \u001b[31mRed\u001b[0m \u001b[2J',
  carriage: 'Cat\rOVERWRITTEN',
  bell: 'Dee\u0007\u0007',
  bidi: 'Eve \u202egnp.exe\u202c',
  c1: 'Fay \u009b31mX',
} as const;

/** True when text holds anything a terminal would act on. */
export function hasControls(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/.test(
    text,
  );
}

export const ok = (results: unknown, extra: Record<string, unknown> = {}): Answer => ({ body: { success: true, results, ...extra } });

export const candidate = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  primaryEmailAddress: { value: `${id}@example.com`, type: 'Work', isPrimary: true },
  createdAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

/** An HTML error page, as a proxy or load balancer sends it. */
export const htmlError = (status: number, extra = ''): Answer => ({
  status,
  body: `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title><style>body{color:red}</style></head><body><h1>Bad \u001b]52;c;cHduZWQ=\u0007Gateway</h1>${extra}<script>alert(1)</script></body></html>`,
});

/** A body of `bytes` bytes, streamed so the test server never holds it. */
export const hugeBody = (bytes: number): Answer => ({
  stream: (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(1 << 20, 0x20);
    let sent = 0;
    res.write('{"success":true,"results":"');
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end('"}');
    };
    res.on('error', () => {});
    pump();
  },
});
