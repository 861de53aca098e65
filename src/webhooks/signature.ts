// Ashby's webhook signature: `Ashby-Signature: sha256=<hex>`, an HMAC-SHA256 of the raw request body
// keyed by the webhook's secret token taken as UTF-8 bytes, in lower-case hex.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'ashby-signature';
export const SECRET_ENV = 'ASHBY_WEBHOOK_SECRET';

export function sign(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('hex')}`;
}

/** True when the header is a well-formed `sha256=<64 hex>` value (says nothing about whether it matches). */
export function isWellFormed(header: string): boolean {
  return /^sha256=[0-9a-f]{64}$/i.test(header.trim());
}

/**
 * Whether the header is the signature of exactly these bytes. Constant-time in the digest, so the
 * comparison leaks nothing about how much of a forged signature was right.
 */
export function verify(secret: string, body: Buffer | string, header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !isWellFormed(value)) return false;
  const given = Buffer.from(value.trim().slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
