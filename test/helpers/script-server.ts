// A local HTTP server whose answers each test scripts per endpoint, recording every request, for
// testing the API core's handling of exact protocol situations (status codes, envelopes, resets).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Destroy the connection without answering. */
  reset?: boolean;
  /** Never answer (the connection stays open until the client gives up or the server stops). */
  hang?: boolean;
}

export interface Recorded {
  endpoint: string;
  body: unknown;
  /** The body's bytes as sent ('' when none). */
  raw: string;
  headers: IncomingMessage['headers'];
}

export type Script = (body: Record<string, unknown>, n: number) => Reply;

export class ScriptServer {
  requests: Recorded[] = [];
  private scripts = new Map<string, Script>();
  private server?: Server;
  url = '';

  on(endpoint: string, script: Script): this {
    this.scripts.set(endpoint, script);
    return this;
  }

  count(endpoint: string): number {
    return this.requests.filter((r) => r.endpoint === endpoint).length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const endpoint = (req.url ?? '/').slice(1);
        let body: Record<string, unknown> = {};
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          /* recorded as {} */
        }
        this.requests.push({ endpoint, body, raw, headers: req.headers });
        const script = this.scripts.get(endpoint);
        const reply: Reply = script
          ? script(body, this.count(endpoint))
          : { body: { success: false, errors: ['not_scripted'], errorInfo: { code: 'not_scripted' } } };
        if (reply.reset) {
          req.socket.destroy();
          return;
        }
        if (reply.hang) return;
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? { success: true, results: {} });
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        res.end(text);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}

export const ok = (results: unknown, extra: Record<string, unknown> = {}): Reply => ({ body: { success: true, results, ...extra } });
export const fail = (code: string, message?: string, status = 200): Reply => ({
  status,
  body: { success: false, errors: [code], errorInfo: { code, message, requestId: 'req_123' } },
});
