// `ashby webhook create|show|update|delete` with friendly flags, and the local tools listen, verify
// and trigger (local-tools.ts). A secret the user typed is never printed back; a secret we
// generated is printed once, in the create/update output, because it cannot be read again later.
import type { Command } from 'commander';
import type { Envelope } from '../../api/client.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { generateSecret, eventByName, httpUrl, warnIfPlain } from '../../webhooks/options.js';
import { SECRET_ENV } from '../../webhooks/signature.js';
import { registerLocalTools } from './local-tools.js';
import { defineCommand } from '../define.js';
import { emitResult } from '../run-helpers.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const createCmd = defineCommand(group, {
    name: 'create',
    description: 'Subscribe a URL to one type of event; a strong secret is generated unless you give one',
    endpoints: ['webhook.create'],
  })
    .option('--event <type>', 'event type, e.g. applicationSubmit or candidateHire (required)')
    .option('--url <url>', 'the https URL Ashby should POST events to (required)')
    .option('--secret <secret>', 'signing secret (default: 64 random hex characters, printed once)')
    .addHelpText(
      'after',
      `
The generated secret is part of the output (stdout) this one time only: Ashby never returns it
again. Keep it for your receiver, e.g. in ${SECRET_ENV} for \`ashby webhook listen\`.

Examples:
  ashby webhook create --event candidateHire --url https://hooks.example.com/ashby
  ashby webhook create --event applicationSubmit --url https://hooks.example.com/ashby --json | jq -r .secretToken
  ashby webhook create --from hooks.csv --url https://hooks.example.com/ashby   # a column "event"`,
    );
  // Checked whole before anything is sent (in a batch, every record before the first webhook).
  type CreatePlan = { webhookType: string; requestUrl: string; secret?: string };
  const createPlan = (c: Context, o: { event?: string; url?: string; secret?: string }): CreatePlan => {
    if (!o.event) throw new UsageError('--event is required');
    if (!o.url) throw new UsageError('--url is required');
    const event = eventByName(o.event, { createable: true, flag: '--event' });
    const url = checkedUrl(c, o.url);
    if (o.secret === '') throw new UsageError('--secret is empty');
    return { webhookType: event.action, requestUrl: url, secret: o.secret };
  };
  const sendCreate = async (c: Context, p: CreatePlan) => {
    const body = { webhookType: p.webhookType, requestUrl: p.requestUrl, secretToken: p.secret ?? generateSecret() };
    return withSecret(await (await c.client()).call('webhook.create', body), p.secret === undefined);
  };
  const create = (c: Context, o: { event?: string; url?: string; secret?: string }) => sendCreate(c, createPlan(c, o));
  bulkCommand(
    createCmd,
    ctx,
    () => {
      const once = warnOnce();
      return {
        prepare: async (v, io) => createPlan(once(io.ctx), v),
        execute: (p, io) => sendCreate(io.ctx, p).then((w) => w.env.results),
        required: ['event', 'url'],
        label: (v) => `${String(v.event)} → ${String(v.url)}`,
        // The same subscription twice would deliver every event twice.
        target: (p) => ({ what: 'event and URL', key: `${p.webhookType}\0${p.requestUrl}` }),
      };
    },
    async (o) => {
      await emitWithSecret(ctx, await create(ctx, o));
    },
  );

  defineCommand(group, { name: 'show', description: 'Show a webhook subscription: its event type, URL and whether it is enabled', endpoints: ['webhook.info'] })
    .argument('<webhook-id>', 'the webhook id')
    .action(async (id) => {
      const env = await (await ctx.client()).call('webhook.info', { webhookId: id });
      await emitWithSecret(ctx, withSecret(env, false));
    });

  const updateCmd = defineCommand(group, {
    name: 'update',
    description: 'Enable or disable a webhook, point it at another URL, or change its secret',
    endpoints: ['webhook.update'],
  })
    .argument('[webhook-id]', 'the webhook id')
    .option('--url <url>', 'new URL to deliver events to')
    .option('--enable', 'resume deliveries')
    .option('--disable', 'pause deliveries')
    .option('--secret <secret>', 'new signing secret')
    .option('--rotate-secret', 'generate a new strong secret (printed once)')
    .addHelpText(
      'after',
      `
Examples:
  ashby webhook update <webhook-id> --disable
  ashby webhook update <webhook-id> --url https://hooks.example.com/v2 --rotate-secret
  ashby webhook update --from webhooks.ndjson --disable   # what webhook create -o ndjson printed`,
    );
  type UpdateOptions = { url?: string; enable?: boolean; disable?: boolean; secret?: string; rotateSecret?: boolean };
  const updatePlan = (c: Context, id: string | undefined, o: UpdateOptions) => {
    if (!id) throw new UsageError('webhook update: give the <webhook-id>');
    if (o.enable && o.disable) throw new UsageError('--enable and --disable cannot be used together');
    if (o.secret !== undefined && o.rotateSecret) throw new UsageError('--secret and --rotate-secret cannot be used together');
    if (o.secret === '') throw new UsageError('--secret is empty');
    const body: Record<string, unknown> = { webhookId: id };
    if (o.url !== undefined) body.requestUrl = checkedUrl(c, o.url);
    if (o.enable || o.disable) body.enabled = Boolean(o.enable);
    if (o.secret !== undefined) body.secretToken = o.secret;
    if (Object.keys(body).length === 1 && !o.rotateSecret)
      throw new UsageError('nothing to change: give --url, --enable, --disable, --secret or --rotate-secret');
    return { body, rotate: Boolean(o.rotateSecret) };
  };
  const sendUpdate = async (c: Context, p: { body: Record<string, unknown>; rotate: boolean }) => {
    const body = p.rotate ? { ...p.body, secretToken: generateSecret() } : p.body;
    return withSecret(await (await c.client()).call('webhook.update', body), p.rotate);
  };
  const update = (c: Context, id: string | undefined, o: UpdateOptions) => sendUpdate(c, updatePlan(c, id, o));
  bulkCommand(
    updateCmd,
    ctx,
    () => {
      const once = warnOnce();
      return {
        prepare: async (v, io) => updatePlan(once(io.ctx), v['webhook-id'] as string | undefined, v),
        execute: (p, io) => sendUpdate(io.ctx, p).then((w) => w.env.results),
        required: ['webhook-id'],
        target: (p) => ({ what: 'webhook', key: String(p.body.webhookId) }),
      };
    },
    async (id, o) => {
      await emitWithSecret(ctx, await update(ctx, id, o));
    },
  );

  const deleteCmd = defineCommand(group, {
    name: 'delete',
    description: 'Delete a webhook subscription; Ashby stops delivering its events',
    endpoints: ['webhook.delete'],
  })
    .argument('[webhook-id]', 'the webhook id')
    .addHelpText(
      'after',
      `
Examples:
  ashby webhook delete <webhook-id>
  ashby webhook delete --from webhooks.csv --yes   # a webhook-id column`,
    );
  const remove = async (c: Context, id: string | undefined) => {
    if (!id) throw new UsageError('webhook delete: give the <webhook-id>');
    await c.confirm(`Delete webhook ${id}? Its events will no longer be delivered.`, { what: 'deleting a webhook' });
    return (await c.client()).call('webhook.delete', { webhookId: id });
  };
  const gone = () => ["Ashby stops delivering these webhooks' events."];
  bulkCommand(
    deleteCmd,
    ctx,
    {
      run: (c, v) => remove(c, v['webhook-id'] as string | undefined).then((env) => env.results ?? { webhookId: v['webhook-id'] }),
      required: ['webhook-id'],
      destructive: true,
      target: (v: Record<string, unknown>) => ({ what: 'webhook', key: String(v['webhook-id']).trim() }),
      effects: gone,
    },
    async (id) => {
      await emitResult(ctx, await remove(ctx, id));
    },
  );

  registerLocalTools(group, ctx);
}

/**
 * For a batch: a context that says each warning once (a plain http URL warns about its host, and a
 * batch's records often share one), whatever the number of records.
 */
function warnOnce(): (c: Context) => Context {
  const said = new Set<string>();
  const warn = (c: Context, m: string) => {
    if (said.has(m)) return;
    said.add(m);
    c.warn(m);
  };
  return (c) => Object.create(c, { warn: { value: (m: string) => warn(c, m) } }) as Context;
}

function checkedUrl(ctx: Context, raw: string): string {
  const url = httpUrl(raw, '--url');
  warnIfPlain(ctx, url);
  return url.href;
}

/**
 * Prints a webhook. Its secretToken is shown only when we generated it (the user has no other way
 * to learn it); otherwise it is replaced, as in every other output.
 */
async function emitWithSecret(ctx: Context, { env, shown }: { env: Envelope; shown: boolean }): Promise<void> {
  if (shown && ctx.io.stderr.isTTY) ctx.info('Save the secretToken now: Ashby will not show it again.');
  await emitResult(ctx, env);
}

/** The webhook with its secretToken replaced unless we generated it (shown once, then never). */
function withSecret(env: Envelope, showSecret: boolean): { env: Envelope; shown: boolean } {
  const results = env.results as Record<string, unknown> | undefined;
  if (!results || typeof results !== 'object' || typeof results.secretToken !== 'string') return { env, shown: false };
  return showSecret ? { env, shown: true } : { env: { ...env, results: { ...results, secretToken: '[REDACTED]' } }, shown: false };
}
