// Sends one webhook delivery the way Ashby does: a JSON POST whose raw bytes are signed in the
// Ashby-Signature header. Used by `webhook trigger` to exercise a user's receiver.
import { request } from 'undici';
import { ApiError, NetworkError } from '../errors.js';
import { SIGNATURE_HEADER, sign } from './signature.js';

export interface DeliveryRequest {
  url: URL;
  body: string;
  /** Without a secret the request goes out unsigned (to test that a receiver refuses it). */
  secret?: string;
  userAgent: string;
  timeoutMs: number;
  signal: AbortSignal;
}

export function deliveryHeaders(req: Pick<DeliveryRequest, 'body' | 'secret' | 'userAgent'>): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': req.userAgent };
  if (req.secret) headers[SIGNATURE_HEADER] = sign(req.secret, req.body);
  return headers;
}

/** Resolves with the receiver's status when it is 2xx; otherwise throws ApiError (5) or NetworkError (7). */
export async function deliver(req: DeliveryRequest): Promise<number> {
  const what = 'webhook delivery';
  let res: Awaited<ReturnType<typeof request>>;
  try {
    res = await request(req.url, {
      method: 'POST',
      headers: deliveryHeaders(req),
      body: req.body,
      signal: AbortSignal.any([req.signal, AbortSignal.timeout(req.timeoutMs)]),
    });
  } catch (err) {
    if (req.signal.aborted) throw err;
    const e = err as { code?: string; name?: string; message?: string };
    const why =
      e.name === 'TimeoutError' ? `no answer within ${Math.round(req.timeoutMs / 1000)} s` : `${e.message ?? String(err)}${e.code ? ` (${e.code})` : ''}`;
    throw new NetworkError(`${what} to ${req.url.host} failed: ${why}`, { cause: err });
  }
  const text = (await res.body.text().catch(() => '')).trim();
  if (res.statusCode >= 200 && res.statusCode < 300) return res.statusCode;
  throw new ApiError(
    { endpoint: what, code: `http_${res.statusCode}`, status: res.statusCode, message: text ? `the receiver answered: ${text.slice(0, 200)}` : undefined },
    res.statusCode === 401 ? 'a receiver answers 401 when the signature does not verify: check that --secret matches its secret' : undefined,
  );
}
