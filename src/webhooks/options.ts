// Checks of the webhook commands' flags, done before anything is sent.
import { randomBytes } from 'node:crypto';
import { webhookEvents } from '../catalog/catalog.js';
import type { WebhookEvent } from '../catalog/types.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { isSecureOrLoopback, LOOPBACK_HINT } from '../api/loopback.js';
import { SECRET_ENV } from './signature.js';

/** An event type by name; `createable` restricts to the types webhook.create accepts. */
export function eventByName(name: string, opts: { createable?: boolean; flag: string }): WebhookEvent {
  const all = webhookEvents().filter((e) => !opts.createable || e.createable);
  const found = all.find((e) => e.action === name) ?? all.find((e) => e.action.toLowerCase() === name.toLowerCase());
  if (found) return found;
  const other = !opts.createable ? undefined : webhookEvents().find((e) => e.action.toLowerCase() === name.toLowerCase());
  throw new UsageError(other ? `${opts.flag}: Ashby does not let API clients subscribe to "${other.action}"` : `${opts.flag}: unknown event type "${name}"`, {
    hint: `event types: ${all.map((e) => e.action).join(', ')}`,
  });
}

/** A comma-separated --events list, each name checked. */
export function eventSet(list: string | undefined): Set<string> | undefined {
  if (list === undefined) return undefined;
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length) throw new UsageError('--events needs at least one event type');
  return new Set(names.map((n) => eventByName(n, { flag: '--events' }).action));
}

/**
 * Warns when event payloads (candidate data) would travel over plain http to another machine; the
 * loopback rule is the one for API and storage URLs (api/loopback.ts).
 */
export function warnIfPlain(ctx: Context, url: URL): void {
  if (!isSecureOrLoopback(url)) ctx.warn(`${url.host} is plain http: event payloads hold candidate data; prefer https (${LOOPBACK_HINT})`);
}

export function httpUrl(raw: string, flag: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${flag}: "${raw}" is not a URL (expected e.g. https://example.com/ashby/webhooks)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`${flag}: only http:// and https:// URLs are supported (got ${url.protocol})`);
  return url;
}

/** --secret, else ASHBY_WEBHOOK_SECRET; never printed. */
export function secretOption(ctx: Context, given: string | undefined): string | undefined {
  const s = given ?? ctx.env[SECRET_ENV];
  if (s === '') throw new UsageError('the webhook secret is empty');
  return s;
}

export function requireSecret(ctx: Context, given: string | undefined, command: string): string {
  const s = secretOption(ctx, given);
  if (!s) throw new UsageError(`${command} needs the webhook's secret: pass --secret or set ${SECRET_ENV}`);
  return s;
}

/** 32 random bytes as hex: 256 bits, printable, and safe in any header or config file. */
export function generateSecret(): string {
  return randomBytes(32).toString('hex');
}
