// /_sandbox/ routes: read-only stats and health for anyone; uploads and file downloads guarded by
// the tokens in their URLs; test controls (clock, faults, keys, paging) for holders of a valid key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorReply } from './respond.js';
import type { KeyInfo } from './server.js';
import { send } from './respond.js';
import type { Stats } from './stats.js';
import type { Delivery } from './webhooks.js';
import { REPORT_SYNC, type ReportSync, type World } from './world.js';

export interface AdminContext {
  world: World;
  stats: Stats;
  keys: Map<string, KeyInfo>;
  deliveries: () => Delivery[];
  setFaults(spec: string | undefined): void;
  setLatency(ms: number): void;
  setRateLimit(perSecond: number): void;
}

const ok = (results: unknown) => ({ status: 200, body: { success: true, results } });

export async function adminRoute(ctx: AdminContext, url: URL, req: IncomingMessage, raw: Buffer, res: ServerResponse, who: { info?: KeyInfo }): Promise<void> {
  const path = url.pathname.slice('/_sandbox/'.length);
  const { uploadRoute, fileRoute } = await import('./files.js');
  if (req.method === 'GET' && path === 'stats')
    return send(res, { status: 200, body: ctx.stats.snapshot(ctx.world.store.seq) as unknown as Record<string, unknown> });
  if (req.method === 'GET' && path === 'webhooks') return send(res, ok(ctx.deliveries()));
  // Ashby's API cannot list saved reports; the sandbox can, so that `report run NAME` finds them.
  if (req.method === 'GET' && path === 'reports') return send(res, ok([...ctx.world.col('report').scan()].map(([, r]) => ({ id: r.id, title: r.title }))));
  if (req.method === 'GET' && path === 'health') return send(res, ok({ seed: ctx.world.store.params.seed, candidates: ctx.world.store.params.candidates }));
  if (path.startsWith('upload/')) return uploadRoute(ctx.world, path.slice('upload/'.length), req, raw, res);
  if (req.method === 'GET' && path.startsWith('files/')) return fileRoute(ctx.world, path.slice('files/'.length), url, res);
  if (req.method !== 'POST') return send(res, errorReply('not_found', `no sandbox route ${req.method} /_sandbox/${path}`, 404));
  if (!who.info) return send(res, errorReply('unauthenticated', 'sandbox controls need a valid API key', 401));
  let body: Record<string, unknown> = {};
  try {
    body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
  } catch {
    return send(res, errorReply('invalid_input', 'the request body is not valid JSON'));
  }
  const store = ctx.world.store;
  switch (path) {
    case 'clock': {
      // Not a number would stop the clock for good (every write fails): refused instead.
      const ms = Number(body.advanceMs ?? 0);
      if (!Number.isFinite(ms)) return send(res, errorReply('invalid_input', 'advanceMs must be a number of milliseconds'));
      store.clockOffsetMs += ms;
      return send(res, ok({ now: store.nowIso() }));
    }
    case 'config': {
      const paging = ctx.world.config.paging;
      for (const k of ['cursorTtlMs', 'syncTokenTtlMs', 'syncPageCap'] as const) if (typeof body[k] === 'number') paging[k] = body[k] as number;
      const cfg = ctx.world.config;
      if (typeof body.reportPolls === 'number') cfg.reportPolls = body.reportPolls;
      if ('reportSync' in body) {
        if (!(REPORT_SYNC as readonly unknown[]).includes(body.reportSync))
          return send(res, errorReply('invalid_input', `reportSync must be one of ${REPORT_SYNC.join(', ')}`));
        cfg.reportSync = body.reportSync as ReportSync;
      }
      if ('reportFailure' in body) cfg.reportFailure = body.reportFailure === null ? null : String(body.reportFailure);
      return send(res, ok({ ...paging, reportPolls: cfg.reportPolls, reportSync: cfg.reportSync, reportFailure: cfg.reportFailure }));
    }
    case 'faults': {
      try {
        if ('spec' in body) ctx.setFaults(body.spec === null ? undefined : String(body.spec));
      } catch (e) {
        return send(res, errorReply('invalid_input', (e as Error).message));
      }
      if (typeof body.latencyMs === 'number') ctx.setLatency(body.latencyMs);
      if (typeof body.rateLimit === 'number') ctx.setRateLimit(body.rateLimit);
      return send(res, ok({ spec: body.spec ?? null }));
    }
    case 'keys': {
      if (typeof body.key !== 'string' || !body.key) return send(res, errorReply('invalid_input', 'missing required parameter "key"'));
      ctx.keys.set(body.key, {
        title: String(body.title ?? 'Sandbox key'),
        scopes: Array.isArray(body.scopes) ? body.scopes.map(String) : ctx.keys.values().next().value!.scopes,
        onBehalfOf: body.onBehalfOf === true,
      });
      return send(res, ok({ key: '[set]' }));
    }
    default:
      return send(res, errorReply('not_found', `no sandbox route POST /_sandbox/${path}`, 404));
  }
}
