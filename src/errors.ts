// Typed errors. Each maps to one documented exit code; cli.ts is the only place that exits.
import { sanitizeCell } from './io/sanitize.js';

export const ExitCode = {
  ok: 0,
  other: 1,
  usage: 2,
  notFound: 3,
  auth: 4,
  api: 5,
  rateLimited: 6,
  network: 7,
  /** A batch in which some records were not applied (failed or skipped); one with any unknown outcome is 9. */
  partial: 8,
  /** A write that may or may not have been applied (the connection dropped or timed out after sending); a batch with any such record. */
  unknown: 9,
  /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
  interrupted: 130,
  /** Stopped by SIGTERM (timeout(1), a cancelled CI job): 128 + 15, as shells report it; the same graceful stop as Ctrl-C. */
  terminated: 143,
} as const;

export class CliError extends Error {
  exitCode: number = ExitCode.other;
  hint?: string;
  constructor(message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = new.target.name;
    this.hint = opts.hint;
  }
}

/** Bad flags, missing or invalid input. Nothing was sent. */
export class UsageError extends CliError {
  override exitCode: number = ExitCode.usage;
}

export interface ApiErrorInfo {
  endpoint: string;
  code: string;
  message?: string;
  requestId?: string;
  status?: number;
  meta?: unknown;
}

/** Ashby answered success:false (or an HTTP error with its envelope). */
export class ApiError extends CliError {
  override exitCode: number = ExitCode.api;
  info: ApiErrorInfo;
  constructor(info: ApiErrorInfo, hint?: string) {
    // The server's text, on one line: a line break in it would start a line that passes for ours ("hint: …").
    const msg = `${info.endpoint}: ${sanitizeCell(info.code)}${info.message ? `: ${sanitizeCell(info.message)}` : ''}${info.requestId ? ` (request ${sanitizeCell(info.requestId)})` : ''}`;
    super(msg, { hint });
    this.info = info;
  }
  get code(): string {
    return this.info.code;
  }
}

export class NotFoundError extends ApiError {
  override exitCode: number = ExitCode.notFound;
}

export class AuthError extends ApiError {
  override exitCode: number = ExitCode.auth;
}

export class RateLimitError extends ApiError {
  override exitCode: number = ExitCode.rateLimited;
  /** The server's Retry-After, when it gave one. */
  retryAfterMs?: number;
}

export class NetworkError extends CliError {
  override exitCode: number = ExitCode.network;
}

/**
 * A write was sent and no answer came back (timeout, dropped connection): Ashby may or may not have
 * applied it. Never retried automatically; the message names how to check.
 */
export class UnknownOutcomeError extends CliError {
  override exitCode: number = ExitCode.unknown;
  /** The endpoint and, when the server gave one before failing, its request id. */
  constructor(
    message: string,
    readonly endpoint: string,
    opts: { hint?: string; cause?: unknown; requestId?: string } = {},
  ) {
    super(message, opts);
    this.requestId = opts.requestId;
  }
  readonly requestId?: string;
}

export class InterruptedError extends CliError {
  override exitCode: number = ExitCode.interrupted;
}

export function isNotFoundCode(code: string): boolean {
  return code.endsWith('_not_found') || code === 'not_found';
}
