// Replies in Ashby's shape: the error envelope, request ids, and the headers every answer carries.
import type { ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** A write that changed state. */
  applied?: boolean;
}

/** The API version the sandbox serves: Ashby's versions are named by date, 2026-01-01 the one listed. */
export const API_VERSION = '2026-01-01';

let requestCounter = 0;
export function requestId(): string {
  return `sbx_${Date.now().toString(36)}_${(++requestCounter).toString(36)}`;
}

export function errorReply(code: string, message: string, status = 200, headers?: Record<string, string>, meta?: Record<string, unknown>): Reply {
  return { status, headers, body: { success: false, errors: [code], errorInfo: { code, message, requestId: requestId(), ...(meta ? { meta } : {}) } } };
}

export function send(res: ServerResponse, r: Reply): void {
  const text = JSON.stringify(r.body);
  res.writeHead(r.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'ashby-version': API_VERSION,
    'ashby-version-status': 'active',
    ...r.headers,
  });
  res.end(text);
}
