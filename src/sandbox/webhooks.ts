// Webhook deliveries: every event that matches an enabled webhook's type is POSTed to its URL as
// {webhookActionId, action, data}, signed with Ashby-Signature: sha256=<hex HMAC of the raw body
// keyed with the secret token>. Failures are retried the way Ashby does (at most 10 attempts,
// waits of (2^n - 1) x base, never after 401/403/404/405/410), with the base configurable.
import { createHmac } from 'node:crypto';
import type { Stats } from './stats.js';
import type { World } from './world.js';

const MAX_ATTEMPTS = 10;
const NO_RETRY = new Set([401, 403, 404, 405, 410]);
const LOG_SIZE = 200;

export interface Delivery {
  webhookId: string;
  webhookActionId: string;
  action: string;
  attempts: number;
  status: 'pending' | 'delivered' | 'failed';
  lastStatus?: number;
  lastError?: string;
}

export interface WebhookOptions {
  retryBaseMs: number;
  timeoutMs: number;
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('hex')}`;
}

export function startWebhooks(world: World, stats: Stats, opts: WebhookOptions) {
  const timers = new Set<NodeJS.Timeout>();
  const log: Delivery[] = [];
  let stopped = false;

  world.onEvent((action, data, webhookActionId) => {
    const hooks = world.store.maybeCol('webhook');
    if (!hooks) return;
    for (const [, hook] of hooks.scan()) {
      if (hook.enabled !== true || hook.webhookType !== action) continue;
      const body = JSON.stringify({ webhookActionId, action, data });
      const d: Delivery = { webhookId: hook.id, webhookActionId, action, attempts: 0, status: 'pending' };
      log.push(d);
      if (log.length > LOG_SIZE) log.shift();
      stats.webhooks.pending++;
      void attempt(d, String(hook.requestUrl), String(hook.secretToken ?? ''), body);
    }
  });

  async function attempt(d: Delivery, url: string, secret: string, body: string): Promise<void> {
    if (stopped) return;
    d.attempts++;
    stats.webhooks.attempts++;
    let status = 0;
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'ashby-sandbox-webhooks' };
      if (secret) headers['ashby-signature'] = sign(secret, body);
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(opts.timeoutMs) });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      d.lastStatus = status;
    } catch (err) {
      d.lastError = (err as Error).message;
    }
    if (status >= 200 && status < 300) return finish(d, 'delivered');
    if (NO_RETRY.has(status) || d.attempts >= MAX_ATTEMPTS) return finish(d, 'failed');
    const wait = (2 ** d.attempts - 1) * opts.retryBaseMs;
    const t = setTimeout(() => {
      timers.delete(t);
      void attempt(d, url, secret, body);
    }, wait);
    t.unref();
    timers.add(t);
  }

  function finish(d: Delivery, status: 'delivered' | 'failed') {
    d.status = status;
    stats.webhooks.pending--;
    stats.webhooks[status]++;
  }

  return {
    deliveries: () => log.slice(),
    stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
}
