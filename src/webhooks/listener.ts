// A local receiver for Ashby webhooks: verifies each delivery's signature against the raw bytes,
// drops duplicates (Ashby retries, and related events share one webhookActionId, so the key is the
// id together with the action), filters by event type and optionally forwards the untouched request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { UsageError } from '../errors.js';
import type { WebhookPayload } from './samples.js';
import { SIGNATURE_HEADER, verify } from './signature.js';

export interface Delivery {
  payload: WebhookPayload;
  receivedAt: Date;
}

export interface ListenerOptions {
  port: number;
  secret: string;
  /** Only these actions are printed and forwarded; others are acknowledged and dropped. */
  events?: Set<string>;
  forwardTo?: URL;
  /** Called once per distinct event, in arrival order. */
  onEvent: (d: Delivery) => Promise<void> | void;
  /** Rejections, duplicates and forwarding results, for stderr. */
  onNotice: (msg: string) => void;
  signal: AbortSignal;
}

export interface Listener {
  url: string;
  /** Resolves once the signal has aborted and the server has stopped. */
  closed: Promise<void>;
}

const MAX_BODY = 10 * 1024 * 1024;
/** Enough to cover Ashby's retry window for a busy organisation without growing forever. */
const MAX_REMEMBERED = 10_000;

export async function startListener(o: ListenerOptions): Promise<Listener> {
  // printed: shown, but forwarding has not succeeded yet (a retry forwards again, without printing);
  // done: fully handled, later copies are answered 200 and ignored.
  const seen = new Map<string, 'printed' | 'done'>();
  const remember = (key: string, state: 'printed' | 'done') => {
    seen.delete(key);
    seen.set(key, state);
    if (seen.size > MAX_REMEMBERED) seen.delete(seen.keys().next().value as string);
  };

  // Deliveries being shown or forwarded right now, by key, with the forwarding status to come.
  const inFlight = new Map<string, Promise<number>>();
  const ok = (status: number) => status >= 200 && status < 300;

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      o.onNotice(`could not handle a delivery: ${(err as Error).message}`);
      if (!res.headersSent) reply(res, 500, 'internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return reply(res, 405, 'webhooks are delivered with POST');
    }
    const raw = await readBody(req);
    if (!raw) return reply(res, 413, 'body too large');
    if (!verify(o.secret, raw, req.headers[SIGNATURE_HEADER])) {
      o.onNotice(`rejected a delivery with a ${req.headers[SIGNATURE_HEADER] ? 'wrong' : 'missing'} ${SIGNATURE_HEADER} header (401)`);
      return reply(res, 401, 'invalid signature');
    }
    let payload: WebhookPayload;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply(res, 400, 'body is not JSON');
    }
    if (!payload || typeof payload !== 'object' || typeof payload.action !== 'string') return reply(res, 400, 'no action in the body');
    const key = typeof payload.webhookActionId === 'string' ? `${payload.webhookActionId}:${payload.action}` : undefined;
    const state = key ? seen.get(key) : undefined;
    if (state === 'done') {
      o.onNotice(`duplicate ${payload.action} ${payload.webhookActionId} acknowledged, not shown again`);
      return reply(res, 200, 'duplicate');
    }
    if (o.events && !o.events.has(payload.action)) return reply(res, 200, 'filtered');
    // A copy that arrives while an earlier one is still being shown or forwarded waits for that
    // one's result and answers with it: the event is forwarded once, not once per copy.
    const running = key ? inFlight.get(key) : undefined;
    if (running) {
      o.onNotice(`duplicate ${payload.action} ${payload.webhookActionId} arrived while the first copy is being handled; not forwarded again`);
      const status = await running;
      return ok(status) ? reply(res, 200, 'duplicate') : reply(res, status >= 400 ? status : 502, 'forwarding failed');
    }
    const work = (async () => {
      if (state !== 'printed') {
        if (key) remember(key, 'printed');
        await o.onEvent({ payload, receivedAt: new Date() });
      }
      let status = 200;
      if (o.forwardTo) {
        status = await forward(o.forwardTo, raw, req);
        o.onNotice(`forwarded ${payload.action} to ${o.forwardTo.href}: ${status || 'no answer'}`);
      }
      if (key && ok(status)) remember(key, 'done'); // before the in-flight entry goes
      return status;
    })();
    if (key) {
      inFlight.set(key, work); // set before any await, so a concurrent copy sees it
      const forget = () => inFlight.delete(key);
      work.then(forget, forget);
    }
    const status = await work;
    if (!ok(status)) return reply(res, status >= 400 ? status : 502, 'forwarding failed');
    reply(res, 200, 'ok');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new UsageError(`port ${o.port} is already in use`, { hint: 'pick another with --port, or 0 for any free port' }) : e),
    );
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const closed = new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    if (o.signal.aborted) stop();
    else o.signal.addEventListener('abort', stop, { once: true });
  });
  return { url: `http://127.0.0.1:${port}/`, closed };
}

function reply(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
}

/** The raw bytes (the signature covers them exactly), or undefined when over the size limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

/** Passes the request on unchanged (same bytes, same signature), so the target can verify it too. */
async function forward(to: URL, raw: Buffer, req: IncomingMessage): Promise<number> {
  const headers: Record<string, string> = { 'content-type': String(req.headers['content-type'] ?? 'application/json') };
  const sig = req.headers[SIGNATURE_HEADER];
  if (sig) headers[SIGNATURE_HEADER] = Array.isArray(sig) ? sig[0] : sig;
  if (req.headers['user-agent']) headers['user-agent'] = String(req.headers['user-agent']);
  try {
    const res = await request(to, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(30_000) });
    await res.body.dump();
    return res.statusCode;
  } catch {
    return 0;
  }
}
