// The one module that speaks HTTP to Ashby: auth, envelope, errors, retries, pagination, tracing.
import { request, type Dispatcher } from 'undici';
import {
  ApiError,
  AuthError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  UnknownOutcomeError,
  UsageError,
  isNotFoundCode,
  type ApiErrorInfo,
} from '../errors.js';
import type { EndpointId } from '../catalog/types.js';
import { httpAgent } from './agent.js';
import { isLoopbackHost, LOOPBACK_HINT } from './loopback.js';
import { beforeStream } from './memory.js';
import { redactJson, redactText } from './redact.js';
import { API_KEYS_PAGE } from './key-page.js';
import { bodySummary, sanitizeCell } from '../io/sanitize.js';
import { DEFAULT_BASE_URL } from '../config/paths.js';

export { DEFAULT_BASE_URL };

/** A name the catalog does not hold (`ashby api --unlisted`), made only by an explicit cast. */
export type UnlistedEndpoint = string & { readonly __unlisted: true };
/** What client.call accepts: a catalog endpoint (checked by the type checker) or an unlisted one. */
export type EndpointName = EndpointId | UnlistedEndpoint;

export interface ClientOptions {
  /** A command for a hint as the caller's user can take it (Context.suggest): under MCP, "in a terminal". */
  suggest?: (command: string) => string;
  baseUrl?: string;
  apiKey?: string;
  /** Attempts after the first one, for retryable failures. */
  maxRetries?: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /** Where --debug traces go (already redacted). */
  debug?: (line: string) => void;
  warn?: (line: string) => void;
  /** --dry-run: show each request here instead of sending it. */
  dryRun?: (req: DryRunRequest) => void;
  userAgent?: string;
  /** Optional pinned Ashby-Version request header. */
  ashbyVersion?: string;
  /** First backoff step when the server gives no Retry-After (ms). */
  retryBaseMs?: number;
  /** Tells whether an endpoint is a read (safe to retry after it may have reached the server). */
  isRead?: (endpoint: string) => boolean;
  /** Endpoints the spec declares without a request body: an empty body is not sent at all. */
  bodyless?: (endpoint: string) => boolean;
  /**
   * Lists that take cursor and limit. The others (source.list, interviewStage.list, ...) are sent
   * their body as given, with no limit added: Ashby is moving to strict request validation, which
   * refuses fields an endpoint does not take. Unset: every list is taken to page.
   */
  paginated?: (endpoint: string) => boolean;
  /** Endpoints the spec declares with an empty success (no JSON envelope): a 2xx is their success. */
  emptySuccess?: (endpoint: string) => boolean;
  /** Names the permission an endpoint needs, for auth hints. */
  permissionOf?: (endpoint: string) => string | null | undefined;
  signal?: AbortSignal;
  /** A line for a person about a retry (what, why, when the next try is); shown on a terminal. */
  retryNotice?: (line: string) => void;
  /** The read command that shows whether a write was applied (for "outcome unknown" messages). */
  checkCommand?: (endpoint: string, body: object) => string | undefined;
  /** The largest response body read, in bytes (default 64 MiB; ASHBY_MAX_RESPONSE_MB). */
  maxBodyBytes?: number;
  /** Told of every write the API confirmed (success: true). */
  applied?: (endpoint: string, envelope: Envelope) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The environment proxies are read from (HTTPS_PROXY, NO_PROXY, ...); none when absent. */
  env?: NodeJS.ProcessEnv;
}

export interface DryRunRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Envelope {
  success: true;
  results?: unknown;
  moreDataAvailable?: boolean;
  nextCursor?: string;
  syncToken?: string;
  warnings?: string[];
  [k: string]: unknown;
}

export interface CallOptions {
  /** Overrides the catalog's read/write knowledge. */
  read?: boolean;
  timeoutMs?: number;
  /** false: a 429 is thrown at once (with its Retry-After) for the caller to pace (bulk batches). */
  retryRateLimit?: boolean;
  /** Aborts this call instead of the client's signal (a batch drains its in-flight calls on Ctrl-C). */
  signal?: AbortSignal;
  /**
   * When the caller's overall time runs out (epoch ms): no attempt is given longer than what is left,
   * and no retry is sent that could not get DEADLINE_MARGIN_MS before it (the last error is thrown).
   */
  deadline?: number;
}

/** The least time left for an attempt before a deadline (CallOptions.deadline) for it to be sent. */
export const DEADLINE_MARGIN_MS = 1000;

/** Retries after a request's first attempt when --max-retries is not given. */
export const DEFAULT_MAX_RETRIES = 3;

/** Response bodies are capped, so a hostile or broken server cannot fill memory. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
export const MAX_BODY_ENV = 'ASHBY_MAX_RESPONSE_MB';

class BodyTooLarge extends Error {}

/** A response body as text, refusing more than `max` bytes (the connection is dropped then). */
async function readCapped(body: Dispatcher.ResponseData['body'], max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      body.destroy();
      throw new BodyTooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/**
 * One request's abort signal: its timeout, or the caller's signal. Released as soon as the request
 * ends (AbortSignal.timeout would hold its timer, and AbortSignal.any its link to the caller's
 * long-lived signal, for the whole timeout: at thousands of requests a second, as in a first
 * `ashby sync`, that is a minute's worth of requests kept in memory).
 */
function requestSignal(timeoutMs: number, outer: AbortSignal | undefined): { signal: AbortSignal; done: () => void } {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  timer.unref();
  const onAbort = () => ac.abort(outer?.reason);
  if (outer?.aborted) ac.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: ac.signal,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export function assertSafeBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`invalid base URL: ${raw}`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return url;
    throw new UsageError(`refusing plain http:// to ${url.host}: API keys would travel unencrypted`, {
      hint: `use https://; ${LOOPBACK_HINT}`,
    });
  }
  throw new UsageError(`unsupported base URL scheme ${url.protocol} (use https://)`);
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export class AshbyClient {
  readonly baseUrl: string;
  private readonly opts: ClientOptions;
  private readonly dispatcher: Dispatcher;
  private readonly authHeader?: string;
  /** X-On-Behalf-Of: the Ashby user id every request acts as (see actAs). */
  private onBehalfOf?: string;
  private warnedVersion = false;
  /** HTTP requests sent so far (retries included), for summaries such as `ashby sync`'s. */
  requests = 0;

  constructor(opts: ClientOptions = {}) {
    this.opts = opts;
    this.baseUrl = assertSafeBaseUrl(opts.baseUrl ?? DEFAULT_BASE_URL)
      .toString()
      .replace(/\/+$/, '');
    this.authHeader = opts.apiKey ? `Basic ${Buffer.from(`${opts.apiKey}:`).toString('base64')}` : undefined;
    this.dispatcher = httpAgent({ keepAliveTimeout: 10_000, connections: 16 }, opts.env ?? {});
  }

  /** Retries allowed after a request's first attempt (--max-retries). */
  get maxRetries(): number {
    return this.opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  }

  get hasKey(): boolean {
    return this.authHeader !== undefined;
  }

  /** Redacts the key (and its Basic form) from any text. */
  redact(text: string): string {
    return redactText(text, [this.opts.apiKey, this.authHeader?.slice(6)]);
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** Makes every following request act as this Ashby user (the X-On-Behalf-Of header). */
  actAs(userId: string): void {
    this.onBehalfOf = userId;
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json; version=1',
      'user-agent': this.opts.userAgent ?? 'ashby-cli',
    };
    if (this.authHeader) h.authorization = this.authHeader;
    if (this.opts.ashbyVersion) h['ashby-version'] = this.opts.ashbyVersion;
    if (this.onBehalfOf) h['x-on-behalf-of'] = this.onBehalfOf;
    return h;
  }

  private trace(line: string) {
    this.opts.debug?.(this.redact(line));
  }

  /** POST {base}/{endpoint} with a JSON body; returns the success envelope or throws a typed error. */
  async call(endpoint: EndpointName, body: object = {}, callOpts: CallOptions = {}): Promise<Envelope> {
    const url = `${this.baseUrl}/${endpoint}`;
    const payload = this.opts.bodyless?.(endpoint) && Object.keys(body).length === 0 ? undefined : JSON.stringify(body);
    if (this.opts.dryRun) {
      const headers = this.headers();
      if (headers.authorization) headers.authorization = 'Basic [REDACTED]';
      if (payload === undefined) delete headers['content-type'];
      this.opts.dryRun({ method: 'POST', url, headers, body: payload === undefined ? null : redactJson(body) });
      return { success: true, results: null, dryRun: true };
    }
    const isRead = callOpts.read ?? this.opts.isRead?.(endpoint) ?? false;
    const maxRetries = this.maxRetries;
    const { deadline } = callOpts;
    for (let attempt = 0; ; attempt++) {
      const timeoutMs =
        deadline === undefined
          ? callOpts.timeoutMs
          : Math.max(DEADLINE_MARGIN_MS, Math.min(callOpts.timeoutMs ?? this.opts.timeoutMs ?? 60_000, deadline - Date.now()));
      const outcome = await this.attempt(endpoint, url, payload, timeoutMs, callOpts.signal);
      if (outcome.kind === 'maybe-sent' && !isRead) {
        // The write went out and no answer came back: Ashby may have applied it. Never retried.
        throw this.unknownOutcome(endpoint, body, outcome.error, outcome.requestId);
      }
      if (outcome.kind === 'ok') {
        if (!isRead) this.opts.applied?.(endpoint, outcome.envelope);
        return outcome.envelope;
      }
      if (outcome.kind === 'rate-limited' && outcome.error instanceof RateLimitError) outcome.error.retryAfterMs = outcome.retryAfterMs;
      const retryable =
        (outcome.kind === 'rate-limited' && callOpts.retryRateLimit !== false) ||
        outcome.kind === 'not-sent' ||
        (isRead && (outcome.kind === 'server-error' || outcome.kind === 'maybe-sent'));
      const wait = retryable ? (outcome.retryAfterMs ?? this.backoff(attempt)) : 0;
      const overruns = deadline !== undefined && Date.now() + wait + DEADLINE_MARGIN_MS > deadline;
      if (!retryable || attempt >= maxRetries || overruns) {
        // A write the server failed while handling may have been applied (exit 5, as documented):
        // the failure's report says so (process-guards.ts), beside any hint the command gives.
        if (outcome.kind === 'server-error' && !isRead) Object.assign(outcome.error, { writeMayBeApplied: this.opts.checkCommand?.(endpoint, body) ?? '' });
        throw outcome.error;
      }
      this.trace(`* retrying ${endpoint} in ${wait} ms (attempt ${attempt + 2} of ${maxRetries + 1}): ${outcome.error.message}`);
      const why =
        outcome.kind === 'rate-limited' ? 'rate limited' : outcome.kind === 'server-error' ? `server error: ${outcome.error.message}` : outcome.error.message;
      const at = new Date(Date.now() + wait).toTimeString().slice(0, 8);
      this.opts.retryNotice?.(`retrying ${endpoint} in ${(wait / 1000).toFixed(1)} s, at ${at} (try ${attempt + 2} of ${maxRetries + 1}): ${why}`);
      await (this.opts.sleep ?? defaultSleep)(wait, callOpts.signal ?? this.opts.signal);
    }
  }

  private unknownOutcome(endpoint: string, body: object, cause: Error, requestId?: string): UnknownOutcomeError {
    const check = this.opts.checkCommand?.(endpoint, body);
    const why = /no answer within/.test(cause.message) ? 'no answer came back in time' : 'the connection dropped before the answer';
    return new UnknownOutcomeError(
      `${endpoint}: the request was sent but ${why}; it may or may not have been applied${requestId ? ` (request ${requestId})` : ''}`,
      endpoint,
      {
        cause,
        requestId,
        hint: `it was not retried, to avoid doing it twice; check before trying again${check ? `: ${check}` : ''}`,
      },
    );
  }

  private backoff(attempt: number): number {
    const base = this.opts.retryBaseMs ?? 1000;
    const cap = Math.max(base, 60_000);
    const exp = Math.min(cap, base * 2 ** attempt);
    return Math.round(exp / 2 + Math.random() * (exp / 2));
  }

  private async attempt(
    endpoint: string,
    url: string,
    payload: string | undefined,
    timeoutMs?: number,
    signal = this.opts.signal,
  ): Promise<
    | { kind: 'ok'; envelope: Envelope }
    | { kind: 'rate-limited' | 'server-error' | 'not-sent' | 'maybe-sent' | 'fatal'; error: Error; retryAfterMs?: number; requestId?: string }
  > {
    const started = Date.now();
    this.requests++;
    const headers = this.headers();
    if (payload === undefined) delete headers['content-type'];
    this.trace(`> POST ${url}`);
    if (this.opts.debug) for (const [k, v] of Object.entries(headers)) this.trace(`> ${k}: ${k === 'authorization' ? 'Basic [REDACTED]' : v}`);
    // Bodies are re-parsed and redacted only when tracing: on a long --all pass that work per page adds up.
    if (this.opts.debug && payload !== undefined) this.trace(`> ${JSON.stringify(redactJson(JSON.parse(payload)))}`);
    const timeout = timeoutMs ?? this.opts.timeoutMs ?? 60_000;
    const abort = requestSignal(timeout, signal);
    let status: number | undefined;
    let text: string;
    let resHeaders: Record<string, string | string[] | undefined> = {};
    const maxBody = this.opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    try {
      const res = await request(url, {
        method: 'POST',
        headers,
        body: payload,
        dispatcher: this.dispatcher,
        signal: abort.signal,
      });
      status = res.statusCode;
      resHeaders = res.headers;
      if (Number(header(resHeaders, 'content-length')) > maxBody) {
        res.body.destroy();
        throw new BodyTooLarge();
      }
      text = await readCapped(res.body, maxBody);
      abort.done();
    } catch (err) {
      abort.done();
      if (signal?.aborted) throw err;
      if (err instanceof BodyTooLarge) {
        this.trace(`< body over ${maxBody} bytes: stopped reading`);
        const mib = (maxBody / 1048576).toFixed(maxBody % 1048576 ? 1 : 0);
        const error = new ApiError(
          { endpoint, code: 'response_too_large', status, message: `the response is larger than ${mib} MiB`, requestId: header(resHeaders, 'x-request-id') },
          `raise the limit with ${MAX_BODY_ENV}=<MiB> if the response is expected to be this large, or ask for less (--limit, fewer fields)`,
        );
        return { kind: 'fatal', error };
      }
      const e = err as { code?: string; name?: string; message?: string };
      const code = e.code ?? e.name ?? 'error';
      const timedOut = e.name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
      const msg = timedOut
        ? `${endpoint}: no answer within ${Math.round(timeout / 1000)} s`
        : `${endpoint}: cannot reach ${new URL(url).host}: ${this.redact(e.message ?? String(err))} (${code})`;
      this.trace(`< ${code} after ${Date.now() - started} ms`);
      const error = new NetworkError(msg, { cause: err });
      return { kind: NEVER_SENT.has(code) ? 'not-sent' : 'maybe-sent', error, requestId: header(resHeaders, 'x-request-id') };
    }
    this.trace(`< ${status} (${Date.now() - started} ms)`);
    if (this.opts.debug) for (const [k, v] of Object.entries(resHeaders)) this.trace(`< ${k}: ${v}`);
    if (this.opts.debug) this.trace(`< ${traceBody(text)}`);
    this.checkVersionStatus(resHeaders);

    let parsed: Record<string, unknown> | undefined;
    try {
      const v = JSON.parse(text);
      if (v && typeof v === 'object' && !Array.isArray(v)) parsed = v as Record<string, unknown>;
    } catch {
      /* not JSON: handled by status below */
    }
    const info = (fallbackCode: string): ApiErrorInfo => {
      // Server text (errorInfo's code, message and request id, an HTML error page) is sanitised and
      // then redacted here, for every holder of the error: some show it on stdout (doctor's checks,
      // a batch's rows), where nothing else redacts. Sanitised first: a key split by an invisible
      // character is whole once that is removed.
      const i = errorInfoOf(endpoint, status, parsed, fallbackCode, text);
      const clean = (s: string) => this.redact(sanitizeCell(s));
      i.code = clean(i.code);
      if (i.message !== undefined) i.message = clean(i.message);
      if (i.requestId !== undefined) i.requestId = clean(i.requestId);
      return i;
    };

    if (status === 429) {
      const scope = header(resHeaders, 'x-ratelimit-scope');
      const i = info('rate_limited');
      if (scope) i.message = `${i.message ?? 'rate limited'} (scope: ${scope})`;
      // An integration partner's traffic across every organisation is throttled as one: this key's own rate is not the cause.
      const partner = /integration-partner/i.test(scope ?? '');
      return {
        kind: 'rate-limited',
        error: new RateLimitError(
          i,
          partner
            ? "Ashby is throttling the integration partner's combined traffic, not this key alone; wait a few minutes and try again"
            : 'wait a minute and try again, or lower the request rate',
        ),
        retryAfterMs: retryAfterMs(header(resHeaders, 'retry-after')),
      };
    }
    if (status === 401 || status === 403) {
      const i = info(status === 401 ? 'unauthenticated' : 'forbidden');
      return { kind: 'fatal', error: new AuthError(i, this.authHint(endpoint, i.code, status)) };
    }
    if (status >= 500) {
      const error = new ApiError(info('server_error'));
      return { kind: 'server-error', error };
    }
    if (status >= 200 && status < 300 && this.opts.emptySuccess?.(endpoint) && parsed?.success !== false) {
      return { kind: 'ok', envelope: { ...(parsed ?? {}), success: true } }; // declared without a body
    }
    if (status < 200 || status >= 300 || !parsed) {
      return { kind: 'fatal', error: new ApiError(info(parsed ? `http_${status}` : 'invalid_response')) };
    }
    if (parsed.success === true) {
      const env = parsed as Envelope;
      if (Array.isArray(env.warnings) && env.warnings.length) this.opts.warn?.(`${endpoint}: ${env.warnings.join(', ')}`);
      return { kind: 'ok', envelope: env };
    }
    const i = info('unknown_error');
    if (i.code === 'missing_endpoint_permission') return { kind: 'fatal', error: new AuthError(i, this.authHint(endpoint, i.code, status)) };
    if (i.code === 'rate_limit_exceeded' || i.code === 'concurrent_limit_exceeded') {
      return { kind: 'rate-limited', error: new RateLimitError(i), retryAfterMs: retryAfterMs(header(resHeaders, 'retry-after')) };
    }
    if (isNotFoundCode(i.code)) return { kind: 'fatal', error: new NotFoundError(i) };
    return { kind: 'fatal', error: new ApiError(i) };
  }

  private authHint(endpoint: string, code: string, status: number): string {
    if (code === 'missing_endpoint_permission' || status === 403) {
      const perm = this.opts.permissionOf?.(endpoint);
      if (code === 'missing_endpoint_permission' || !this.authHeader) {
        return perm
          ? `this API key lacks the ${perm} permission needed by ${endpoint}; grant it in Ashby (${API_KEYS_PAGE}) or use another profile`
          : `this API key lacks the permission needed by ${endpoint}`;
      }
      if (this.onBehalfOf) {
        return `acting for a user (--on-behalf-of) needs the key's "Allow acting on behalf of a user" setting in Ashby (${API_KEYS_PAGE}); without --on-behalf-of the key acts as itself`;
      }
      return this.refusedKeyHint(status);
    }
    // A 401 to a request that carried a key: the key was refused, not missing.
    if (this.authHeader) return this.refusedKeyHint(status);
    return 'no API key: run `ashby auth login`, set ASHBY_API_KEY, or try `--sandbox`';
  }

  /**
   * A key sent and refused. What is known: Ashby would not take it (a 403 is its answer to a wrong or
   * deactivated key; a 401, to none, so why this one was refused is not). What to do: check the key
   * in Ashby and give a good one, where it will be used: ASHBY_API_KEY wins over stored profiles.
   */
  private refusedKeyHint(status: number): string {
    const login = this.opts.suggest?.('ashby auth login') ?? '`ashby auth login`';
    const envKey = this.opts.env?.ASHBY_API_KEY?.trim();
    const what = status === 401 ? 'the API key was refused (HTTP 401)' : "the API key was refused (HTTP 403, Ashby's answer to a wrong or deactivated key)";
    const check =
      status === 401 ? `check in Ashby (${API_KEYS_PAGE}) that it is active and allowed what this command does` : `check it in Ashby (${API_KEYS_PAGE})`;
    if (envKey && envKey === this.opts.apiKey)
      return `${what}; it comes from ASHBY_API_KEY, which is used before any stored profile: ${check}, then correct the variable, or unset it and run ${login}`;
    return `${what}; ${check}, then run ${login} with a valid key`;
  }

  private checkVersionStatus(h: Record<string, string | string[] | undefined>) {
    const status = header(h, 'ashby-version-status');
    if (!this.warnedVersion && status && /deprecated|unsupported/i.test(status)) {
      this.warnedVersion = true;
      this.opts.warn?.(`the Ashby API version ${header(h, 'ashby-version') ?? ''} serving this request is ${status}`);
    }
  }

  /** Whether a list endpoint takes cursor and limit (ClientOptions.paginated). */
  takesPaging(endpoint: string): boolean {
    return this.opts.paginated?.(endpoint) ?? true;
  }

  /** Iterates every record of a paginated list endpoint. See Pager. */
  paginate(endpoint: EndpointName, body: Record<string, unknown> = {}, opts: PageOptions = {}): Pager {
    return new Pager(this, endpoint, body, opts, (m) => this.opts.warn?.(m));
  }
}

export interface PageOptions {
  /** Stop after this many records in total (undefined: no limit). */
  max?: number;
  /** Follow nextCursor until the end. */
  all?: boolean;
  /** Resume an incremental sync. */
  syncToken?: string;
  /**
   * On a restart (expired cursor, or a full pass instead of an unusable sync token) yield every
   * record again instead of skipping as many as were already yielded: for callers that upsert.
   */
  repeat?: boolean;
  /** With `all` and no `max`: request the next page while the caller handles the current one. */
  prefetch?: boolean;
}

/** Empty pages in a row (each claiming more data) after which a pager gives up. */
const MAX_EMPTY_PAGES = 5;
const RESTART_CURSOR = new Set(['next_cursor_expired', 'invalid_next_cursor']);
const RESTART_FULL = new Set(['sync_token_expired', 'sync_token_invalid', 'incremental_sync_too_large']);

/**
 * Async iterator over a cursor-paginated list. After a complete pass `syncToken` holds the token of
 * the last page and `complete` is true. An expired cursor restarts the pass from the first page and
 * skips the records already yielded; an expired or invalid sync token falls back to a full sync.
 */
export class Pager implements AsyncIterable<unknown> {
  syncToken?: string;
  complete = false;
  /** The sync token could not be used (expired, invalid, too large): this became a full pass. */
  fellBack = false;
  moreDataAvailable = false;
  count = 0;
  constructor(
    private client: AshbyClient,
    private endpoint: EndpointName,
    private body: Record<string, unknown>,
    private opts: PageOptions,
    private warn: (m: string) => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<unknown> {
    const max = this.opts.max;
    // A cursor in the body starts there (--cursor, or --input); a limit in the body is the page size.
    const { syncToken: bodyToken, cursor: bodyCursor, limit: bodyLimit, ...base } = this.body;
    let syncToken = this.opts.syncToken ?? (typeof bodyToken === 'string' ? bodyToken : undefined);
    const startCursor = typeof bodyCursor === 'string' && bodyCursor ? bodyCursor : undefined;
    const limit = typeof bodyLimit === 'string' && bodyLimit.trim() ? Number(bodyLimit) : bodyLimit; // "25", as Ashby reads it
    const pageSize = typeof limit === 'number' && limit >= 1 ? Math.min(100, Math.floor(limit)) : 100;
    const paged = this.client.takesPaging(this.endpoint);
    let cursor = startCursor;
    let skip = 0;
    let restarts = 0;
    // A server that repeats a cursor or sends endless empty pages would make a pager loop forever.
    const seen = new Set<string>();
    let emptyRun = 0;
    let ahead: { cursor: string; call: Promise<Envelope> } | undefined;
    const broken = (message: string) =>
      new ApiError(
        { endpoint: this.endpoint, code: 'broken_pagination', message },
        'the server is not paging correctly; try again later, or report it with --debug output',
      );
    if (this.opts.all) beforeStream();
    for (;;) {
      const body: Record<string, unknown> = { ...base };
      const wanted = max !== undefined && skip === 0 ? max - this.count : pageSize;
      if (paged) body.limit = Math.max(1, Math.min(pageSize, wanted));
      if (syncToken) body.syncToken = syncToken;
      if (cursor) body.cursor = cursor;
      let env: Envelope;
      const pending = ahead?.cursor === cursor ? ahead : undefined;
      ahead = undefined;
      try {
        env = await (pending?.call ?? this.client.call(this.endpoint, body, { read: true }));
      } catch (err) {
        // A given cursor that is itself refused would be refused again: only a later one restarts.
        if (err instanceof ApiError && restarts < 3 && RESTART_CURSOR.has(err.code) && !(startCursor && cursor === startCursor)) {
          restarts++;
          const why = err.code === 'next_cursor_expired' ? 'expired' : `was refused (${err.code})`;
          this.warn(`${this.endpoint}: the page cursor ${why}; restarting from the ${startCursor ? 'given cursor' : 'first page'}`);
          skip = this.opts.repeat ? 0 : this.count;
          cursor = startCursor;
          seen.clear();
          continue;
        }
        if (err instanceof ApiError && restarts < 3 && syncToken && RESTART_FULL.has(err.code)) {
          restarts++;
          this.warn(`${this.endpoint}: ${err.code}; the sync token cannot be used, running a full sync instead`);
          // The full pass is a different list from the incremental one: every record of it is
          // emitted (records already printed may appear again; none is lost).
          syncToken = undefined;
          this.fellBack = true;
          skip = 0;
          cursor = undefined;
          seen.clear();
          continue;
        }
        throw err;
      }
      if ((env as { dryRun?: boolean }).dryRun) return;
      const results = Array.isArray(env.results) ? env.results : env.results == null ? [] : [env.results];
      if (this.opts.prefetch && max === undefined && env.moreDataAvailable && env.nextCursor && !seen.has(env.nextCursor)) {
        // Ask for the next page now, so the server works on it while the caller handles this one.
        const next = { ...base, ...(paged ? { limit: 100 } : {}), ...(syncToken ? { syncToken } : {}), cursor: env.nextCursor };
        ahead = { cursor: env.nextCursor, call: this.client.call(this.endpoint, next, { read: true }) };
        ahead.call.catch(() => {}); // observed when awaited; unobserved if the caller stops early
      }
      for (const item of results) {
        if (skip > 0) {
          skip--;
          continue;
        }
        if (max !== undefined && this.count >= max) {
          this.moreDataAvailable = true;
          return;
        }
        this.count++;
        yield item;
      }
      this.moreDataAvailable = Boolean(env.moreDataAvailable);
      if (env.moreDataAvailable && !env.nextCursor) throw broken('the server said more data is available but gave no cursor to get it');
      if (env.moreDataAvailable) {
        if (seen.has(env.nextCursor!)) throw broken(`the server repeated a page cursor (${String(env.nextCursor).slice(0, 40)})`);
        seen.add(env.nextCursor!);
        emptyRun = results.length ? 0 : emptyRun + 1;
        if (emptyRun >= MAX_EMPTY_PAGES) throw broken(`${emptyRun} empty pages in a row, each saying more data is available`);
      }
      if (!env.moreDataAvailable) {
        this.syncToken = env.syncToken;
        this.complete = true;
        this.moreDataAvailable = false;
        return;
      }
      if (!this.opts.all && max !== undefined && this.count >= max) return;
      if (!this.opts.all && max === undefined) return;
      cursor = env.nextCursor;
    }
  }
}

function traceBody(text: string): string {
  let shown = text;
  try {
    shown = JSON.stringify(redactJson(JSON.parse(text)));
  } catch {
    /* not JSON: shown as is */
  }
  return shown.length > 4000 ? `${shown.slice(0, 4000)}… (${text.length} bytes)` : shown;
}

function header(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

export function retryAfterMs(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const secs = Number(v);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(v) - Date.now();
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, Math.round(ms)), 120_000);
}

function errorInfoOf(endpoint: string, status: number, body: Record<string, unknown> | undefined, fallbackCode: string, text: string): ApiErrorInfo {
  const ei = (body?.errorInfo ?? {}) as { code?: unknown; message?: unknown; requestId?: unknown; meta?: unknown };
  const errors = Array.isArray(body?.errors) ? (body!.errors as unknown[]) : [];
  const code = typeof ei.code === 'string' ? ei.code : typeof errors[0] === 'string' && /^[a-z_]+$/.test(errors[0]) ? errors[0] : fallbackCode;
  let message = typeof ei.message === 'string' ? ei.message : typeof errors[0] === 'string' && errors[0] !== code ? errors[0] : undefined;
  if (!body && text) message = bodySummary(text);
  // Not Ashby's envelope (a 422 from a gateway, a framework's error object): its own detail.
  if (body && message === undefined && status >= 300) message = detailOf(body);
  return {
    endpoint,
    code,
    message,
    requestId: typeof ei.requestId === 'string' ? ei.requestId : undefined,
    status,
    meta: ei.meta,
  };
}

/** The human part of a JSON error body in a common non-Ashby shape ({message}, {error}, {detail}, errors[]). */
function detailOf(body: Record<string, unknown>): string | undefined {
  const text = (v: unknown): string | undefined => {
    if (typeof v === 'string' && v.trim()) return v;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return text(o.message) ?? text(o.detail) ?? text(o.title) ?? text(o.msg);
    }
    if (Array.isArray(v)) {
      const parts = v.map(text).filter((x): x is string => x !== undefined);
      return parts.length ? parts.join('; ') : undefined;
    }
    return undefined;
  };
  const found = text(body.message) ?? text(body.detail) ?? text(body.error_description) ?? text(body.error) ?? text(body.title) ?? text(body.errors);
  return found === undefined ? undefined : bodySummary(found, 300);
}
