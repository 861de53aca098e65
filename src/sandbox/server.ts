// The sandbox HTTP server: Ashby's RPC API (POST /<endpoint>, Basic auth) over the in-memory
// organisation, plus /_sandbox/ routes for stats, uploads, files and test controls.
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { dispatch, errorReply, type Reply } from './dispatch.js';
import { send } from './respond.js';
import { FaultInjector, RateLimiter, appliesFirst, parseFaults, type FaultKind } from './faults.js';
import type { Upload } from './handler.js';
import { boundaryOf, parseMultipart } from './multipart.js';
import type { PagingConfig } from './paging.js';
import { Stats, type SandboxStats } from './stats.js';
import { STATE_VERSION, type StateFile } from './store.js';
import { World, type WorldConfig } from './world.js';

export const DEFAULT_API_KEY = 'sandbox-api-key';
export const DEFAULT_SEED = 1;
export const DEFAULT_CANDIDATES = 1000;
const MAX_BODY = 64 * 1024 * 1024;

/** Every permission the spec names: the default scopes of a sandbox key. */
export const ALL_SCOPES = [
  'apiKeysRead',
  'apiKeysWrite',
  'approvalsRead',
  'approvalsWrite',
  'candidatesRead',
  'candidatesWrite',
  'hiringProcessMetadataRead',
  'hiringProcessMetadataWrite',
  'interviewsRead',
  'interviewsWrite',
  'jobsRead',
  'jobsWrite',
  'notetakerRead',
  'offersRead',
  'offersWrite',
  'organizationRead',
  'organizationWrite',
  'reportsRead',
  // Named by the additions (newer than the base spec).
  'auditLogsRead',
  'candidatesDelete',
  'projectsWrite',
  'sourcingRead',
  'sourcingWrite',
];

export interface SandboxOptions {
  host?: string;
  port?: number;
  /** Load state from this JSON file at start (when it exists) and save it on close. */
  stateFile?: string;
  seed?: number;
  candidates?: number;
  apiKey?: string;
  /** Permissions of the key; default all. */
  scopes?: string[];
  faults?: string;
  latencyMs?: number;
  /** Requests per second per key; 0 or undefined: no limit. */
  rateLimit?: number;
  paging?: Partial<PagingConfig>;
  reportPolls?: number;
  /** Base delay of webhook retries; Ashby's is 10 s (delays 10 s, 30 s, 70 s, …). */
  webhookRetryBaseMs?: number;
  /** Give up a webhook delivery attempt after this long. */
  webhookTimeoutMs?: number;
  /** Write stateFile on close only when something changed (embedded mode: most commands only read). */
  saveOnlyChanges?: boolean;
  /** Persisted state to start from instead of stateFile. */
  state?: StateFile;
}

export interface KeyInfo {
  title: string;
  scopes: string[];
  /** The key's "Allow acting on behalf of a user" setting (the X-On-Behalf-Of header). */
  onBehalfOf?: boolean;
}

export interface SandboxHandle {
  url: string;
  apiKey: string;
  world: World;
  /** Adds (or replaces) a key with the given permissions. */
  addKey(key: string, scopes?: string[], title?: string, opts?: { onBehalfOf?: boolean }): void;
  setFaults(spec: string | undefined): void;
  setLatency(ms: number): void;
  setRateLimit(perSecond: number): void;
  /** Moves the sandbox clock forward (expires cursors, tokens and upload URLs). */
  advanceClock(ms: number): void;
  configure(cfg: Partial<PagingConfig> & Partial<Pick<WorldConfig, 'reportPolls' | 'reportSync' | 'reportFailure'>>): void;
  stats(): SandboxStats;
  /** The state to persist: what differs from the seed. */
  state(): StateFile;
  save(): void;
  close(): Promise<void>;
}

export function loadStateFile(path: string): StateFile | undefined {
  if (!existsSync(path)) return undefined;
  const s = JSON.parse(readFileSync(path, 'utf8')) as StateFile;
  if (s.version !== STATE_VERSION) throw new Error(`${path}: sandbox state version ${s.version} is not supported (expected ${STATE_VERSION}); reset it`);
  return s;
}

export function saveStateFile(path: string, state: StateFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, path);
}

export async function startSandboxServer(opts: SandboxOptions = {}): Promise<SandboxHandle> {
  const state = opts.state ?? (opts.stateFile ? loadStateFile(opts.stateFile) : undefined);
  const params = state
    ? { seed: state.seed, candidates: state.candidates }
    : { seed: opts.seed ?? DEFAULT_SEED, candidates: opts.candidates ?? DEFAULT_CANDIDATES };
  const config: Partial<WorldConfig> = { paging: opts.paging as PagingConfig, ...(opts.reportPolls !== undefined ? { reportPolls: opts.reportPolls } : {}) };
  const world = new World(params, config, state);
  const stats = new Stats();
  const apiKey = opts.apiKey ?? DEFAULT_API_KEY;
  const keys = new Map<string, KeyInfo>([[apiKey, { title: 'Sandbox key', scopes: opts.scopes ?? ALL_SCOPES, onBehalfOf: true }]]);
  const faults = new FaultInjector(parseFaults(opts.faults), params.seed);
  const limiter = new RateLimiter(opts.rateLimit ?? 0);
  let latencyMs = opts.latencyMs ?? 0;
  let baseUrl = '';
  let savedSeq = state ? world.store.seq : -1;
  const { adminRoute } = await import('./admin.js');
  const { startWebhooks } = await import('./webhooks.js');
  const webhooks = startWebhooks(world, stats, { retryBaseMs: opts.webhookRetryBaseMs ?? 10_000, timeoutMs: opts.webhookTimeoutMs ?? 10_000 });
  const extra = {
    world,
    stats,
    keys,
    deliveries: webhooks.deliveries,
    setFaults: (spec: string | undefined) => void (faults.plan = parseFaults(spec)),
    setLatency: (ms: number) => void (latencyMs = ms),
    setRateLimit: (n: number) => void (limiter.perSecond = n),
  };

  const server: Server = createServer((req, res) => {
    serveRequest(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, errorReply('internal_error', `sandbox error: ${(err as Error).message}`, 500));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  async function serveRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const raw = await readBody(req);
    if (raw === undefined) return send(res, errorReply('invalid_input', 'request body too large', 413));
    if (url.pathname.startsWith('/_sandbox/')) return adminRoute(extra, url, req, raw, res, auth(req));
    const endpoint = url.pathname.slice(1);
    stats.request(endpoint);
    if (req.method !== 'POST') return reply(res, errorReply('method_not_allowed', 'every Ashby endpoint is called with POST', 405, { allow: 'POST' }));
    const who = auth(req);
    if (!who.key) return reply(res, errorReply('unauthenticated', 'no API key: send it as the Basic auth username with an empty password', 401));
    if (!who.info) return reply(res, errorReply('forbidden', 'the API key is not valid (wrong or deactivated)', 403));
    const wait = limiter.take(who.key);
    if (wait) {
      stats.fault('rate-limit');
      return reply(
        res,
        errorReply('rate_limit_exceeded', `rate limit of ${limiter.perSecond} requests per second exceeded`, 429, { 'retry-after': String(wait) }),
      );
    }
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs));
    const fault = faults.next();
    if (fault && !appliesFirst(fault)) {
      stats.fault(fault);
      return injure(res, fault);
    }
    let body: Record<string, unknown>;
    let uploads: Upload[] = [];
    const ctype = String(req.headers['content-type'] ?? '');
    const multipart = /^multipart\/form-data/i.test(ctype);
    if (multipart) {
      const boundary = boundaryOf(ctype);
      if (!boundary) return reply(res, errorReply('invalid_input', 'multipart body without a boundary'));
      const mp = parseMultipart(raw, boundary);
      body = { ...mp.fields };
      uploads = mp.files;
    } else {
      const text = raw.toString('utf8').trim();
      // Ashby reads a body only as JSON declared as such (Content-Type: application/json must be set,
      // its docs say); an endpoint that takes no body is called without one, and that is fine.
      if (text && !/^application\/json\s*(;|$)/i.test(ctype))
        return reply(
          res,
          errorReply('invalid_input', `the request body must be sent with Content-Type: application/json (got ${ctype ? `"${ctype}"` : 'none'})`),
        );
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        return reply(res, errorReply('invalid_input', 'the request body is not valid JSON'));
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return reply(res, errorReply('invalid_input', 'the request body must be a JSON object'));
    }
    const actingUser = onBehalfOf(req, who.info);
    if (actingUser && typeof actingUser !== 'string') return reply(res, actingUser);
    const out = await dispatch({
      world,
      endpoint,
      body,
      uploads,
      multipart,
      baseUrl,
      scopes: who.info.scopes,
      keyTitle: who.info.title,
      actingUserId: actingUser,
    });
    if (out.applied) stats.write(endpoint);
    if (fault) {
      stats.fault(fault);
      return injure(res, fault);
    }
    reply(res, out);
  }

  /**
   * X-On-Behalf-Of: the user the key acts as, or the error for a key without the setting or an
   * id that is not an enabled user. Ashby does not document these two errors; the codes are ours.
   */
  function onBehalfOf(req: IncomingMessage, key: KeyInfo): string | Reply | undefined {
    const raw = req.headers['x-on-behalf-of'];
    if (raw === undefined) return undefined;
    const id = String(raw).trim();
    if (!key.onBehalfOf)
      return errorReply('on_behalf_of_not_allowed', 'this API key may not act on behalf of users (its "Allow acting on behalf of a user" setting is off)', 403);
    const user = world.user(id);
    if (!user || user.isEnabled === false) return errorReply('invalid_on_behalf_of_user', `X-On-Behalf-Of: no enabled user with id "${id}"`, 400);
    stats.onBehalfOf(id);
    return id;
  }

  function auth(req: IncomingMessage): { key?: string; info?: KeyInfo } {
    const h = req.headers.authorization;
    if (!h) return {};
    const m = /^Basic\s+(.+)$/i.exec(h);
    const key = m ? Buffer.from(m[1], 'base64').toString('utf8').replace(/:.*$/s, '') : h;
    return { key: key || undefined, info: keys.get(key) };
  }

  function injure(res: ServerResponse, kind: FaultKind) {
    if (kind === 'reset' || kind === 'reset-after') {
      stats.response('reset');
      res.socket?.destroy();
      return;
    }
    if (kind === '429' || kind === '429-no-retry-after') {
      const headers = kind === '429' ? { 'retry-after': String(faults.plan.retryAfterSeconds) } : undefined;
      return reply(res, errorReply('rate_limit_exceeded', 'too many requests (injected by the sandbox)', 429, headers));
    }
    const status = Number(kind.slice(0, 3));
    return reply(res, errorReply('internal_error', `injected server error ${status}`, status));
  }

  function reply(res: ServerResponse, r: Reply) {
    stats.response(r.status);
    send(res, r);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host}:${addr.port}`;

  const handle: SandboxHandle = {
    url: baseUrl,
    apiKey,
    world,
    addKey: (key, scopes = ALL_SCOPES, title = 'Sandbox key', o = {}) => void keys.set(key, { title, scopes, onBehalfOf: o.onBehalfOf ?? false }),
    setFaults: extra.setFaults,
    setLatency: extra.setLatency,
    setRateLimit: extra.setRateLimit,
    advanceClock: (ms) => {
      world.store.clockOffsetMs += ms;
    },
    configure: (cfg) => {
      const { reportPolls, reportSync, reportFailure, ...paging } = cfg;
      Object.assign(world.config.paging, paging);
      if (reportPolls !== undefined) world.config.reportPolls = reportPolls;
      if (reportSync !== undefined) world.config.reportSync = reportSync;
      if (reportFailure !== undefined) world.config.reportFailure = reportFailure;
    },
    stats: () => stats.snapshot(world.store.seq),
    state: () => world.store.toState(),
    save: () => {
      if (!opts.stateFile || (opts.saveOnlyChanges && savedSeq === world.store.seq)) return;
      saveStateFile(opts.stateFile, world.store.toState());
      savedSeq = world.store.seq;
    },
    close: async () => {
      webhooks.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      handle.save();
    },
  };
  return handle;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
