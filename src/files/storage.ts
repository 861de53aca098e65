// HTTP to file storage (presigned upload URLs, download URLs from file.info). These URLs carry their
// own signature, so no Ashby credentials are ever sent to them; that is why this is not the API client.
import { interceptors, type Dispatcher } from 'undici';
import { httpAgent } from '../api/agent.js';
import { isSecureOrLoopback } from '../api/loopback.js';
import { bodySummary } from '../io/sanitize.js';
import type { Context } from '../context.js';
import { ApiError, CliError, NetworkError } from '../errors.js';

/** An agent that follows a few redirects and is closed when the command ends. */
export function storageAgent(ctx: Context): Dispatcher {
  const agent = httpAgent({ keepAliveTimeout: 5_000 }, ctx.env);
  ctx.onCleanup(() => agent.close());
  return agent.compose(interceptors.redirect({ maxRedirections: 5 }));
}

/** https anywhere; plain http only to this machine (the sandbox and local test servers). */
export function checkStorageUrl(raw: unknown, what: string): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new ApiError({ endpoint: what, code: 'invalid_url', message: `the API returned an unusable URL` });
  }
  if (isSecureOrLoopback(url)) return url;
  throw new ApiError({ endpoint: what, code: 'insecure_url', message: `refusing to transfer a file over ${url.protocol}//${url.host}` });
}

/** Maps a failed storage request to the CLI's errors (network → 7), leaving Ctrl-C alone. */
export function storageFailure(ctx: Context, err: unknown, what: string, host: string): unknown {
  if (ctx.signal.aborted || err instanceof CliError) return err;
  const e = err as { code?: string; message?: string };
  return new NetworkError(`${what}: cannot reach ${host}: ${e.message ?? String(err)}${e.code ? ` (${e.code})` : ''}`, { cause: err });
}

/** A storage answer that is not 2xx, with its explanation (S3 answers in XML; the sandbox in JSON). */
export async function storageStatusError(what: string, status: number, body: { text(): Promise<string> }): Promise<ApiError> {
  const text = (await body.text().catch(() => '')).trim();
  let message: string | undefined;
  try {
    message = (JSON.parse(text) as { errorInfo?: { message?: string } }).errorInfo?.message;
  } catch {
    /* not JSON */
  }
  message ??= bodySummary(text);
  return new ApiError({ endpoint: what, code: `http_${status}`, status, message: message || undefined });
}
