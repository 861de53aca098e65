// Webhook settings: create, update, delete, info. Deliveries are in ../webhooks.ts.
import { SandboxError } from '../errors.js';
import type { Handler } from '../handler.js';

function safeUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw SandboxError.invalid('requestUrl', 'parameter "requestUrl" must be an absolute http(s) URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw SandboxError.invalid('requestUrl', 'parameter "requestUrl" must be an http(s) URL');
}

export const webhookHandlers: Record<string, Handler> = {
  'webhook.create': ({ world, body }) => {
    safeUrl(body.requestUrl);
    if (!body.secretToken) throw SandboxError.invalid('secretToken', 'parameter "secretToken" must not be empty');
    const hook = world
      .col('webhook')
      .create((id) => ({ id, enabled: true, requestUrl: body.requestUrl, secretToken: body.secretToken, webhookType: body.webhookType }), world.store.bump());
    return { results: hook };
  },

  'webhook.update': ({ world, body }) => {
    world.need('webhook', body.webhookId);
    if (body.enabled === undefined && body.requestUrl === undefined && body.secretToken === undefined) {
      throw SandboxError.invalid('enabled', 'give at least one of "enabled", "requestUrl" or "secretToken"');
    }
    if (body.requestUrl !== undefined) safeUrl(body.requestUrl);
    const hook = world.col('webhook').update(body.webhookId, world.store.bump(), (d) => {
      for (const k of ['enabled', 'requestUrl', 'secretToken'] as const) if (body[k] !== undefined) d[k] = body[k];
    })!;
    return { results: hook };
  },

  'webhook.info': ({ world, body }) => {
    const { secretToken: _secret, ...hook } = world.need('webhook', body.webhookId);
    void _secret;
    return { results: hook };
  },

  'webhook.delete': ({ world, body }) => {
    world.need('webhook', body.webhookId);
    world.col('webhook').delete(body.webhookId, world.store.bump());
    return { results: { webhookId: body.webhookId } };
  },
};
