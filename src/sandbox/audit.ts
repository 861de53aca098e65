// The sandbox's audit log: every write that changes state through the API leaves an entry (who,
// what record, which fields), listed by auditLog.list newest first within a time window, as Ashby
// documents it: the last 24 hours by default, at most 18 months, actor and target ids ANDed,
// target types and categories ORed, at most 100 values per filter.
import type { Entity } from './collection.js';
import { SandboxError } from './errors.js';
import type { Call, Handler } from './handler.js';
import { pageLimit } from './paging.js';

const DAY = 86_400_000;
const MAX_SPAN = 548 * DAY; // 18 months
const ID_KEYS = /^(id|.*Id)$/;

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Records one applied write. `result` is the handler's results, for the id of what it created. */
export function recordAudit(call: Call, requestId: string, result: unknown): void {
  const { world, endpoint, body } = call;
  const [resource, action] = [endpoint.slice(0, endpoint.indexOf('.')), endpoint.slice(endpoint.indexOf('.') + 1)];
  const created = result && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>).id : undefined;
  const targetId = body[`${resource}Id`] ?? body.id ?? body.objectId ?? created ?? body.applicationId ?? body.candidateId;
  const user = world.user(call.actingUserId);
  const changed = Object.fromEntries(
    Object.entries(body)
      .filter(([k]) => !ID_KEYS.test(k))
      .map(([k, v]) => [k, { to: v }]),
  );
  const col = world.col('auditLog');
  col.create(
    (id) => ({
      id,
      timestamp: world.store.nowIso(),
      actor: user
        ? { type: 'User', id: user.id, email: user.email ?? null, name: `${user.firstName} ${user.lastName}` }
        : { type: 'ApiUser', id: null, email: null, name: call.keyTitle },
      target: { type: upper(resource), id: typeof targetId === 'string' ? targetId : '' },
      category: upper(resource),
      description: `${endpoint} through the API`,
      request: { id: requestId, ipAddress: '127.0.0.1' },
      parentAction: { id: requestId, type: 'ApiRequest', name: action },
      changedFields: changed,
    }),
    world.store.seq,
  );
}

function time(body: Record<string, unknown>, key: string, fallback: number): number {
  if (body[key] === undefined) return fallback;
  const t = Date.parse(String(body[key]));
  if (Number.isNaN(t)) throw SandboxError.invalid(key, `${key} must be an ISO 8601 time`);
  return t;
}

function list(body: Record<string, unknown>, key: string): string[] {
  const v = body[key];
  if (v === undefined) return [];
  const arr = v as string[];
  if (arr.length > 100) throw SandboxError.invalid(key, `${key} takes at most 100 values`);
  return arr;
}

/** auditLog.list: newest first, with an offset cursor. */
export const auditHandlers: Record<string, Handler> = {
  'auditLog.list': ({ world, body }) => {
    const now = world.store.now();
    const end = time(body, 'endDate', now);
    const start = time(body, 'startDate', end - DAY);
    if (start > end) throw SandboxError.invalid('startDate', 'startDate is after endDate');
    if (end - start > MAX_SPAN) throw SandboxError.invalid('startDate', 'the window between startDate and endDate is longer than 18 months');
    const [actors, targets, types, categories] = ['actorIds', 'targetIds', 'targetTypes', 'categories'].map((k) => list(body, k));
    const fits = (e: Entity) => {
      const t = Date.parse(String(e.timestamp));
      const actor = e.actor as { id: string | null };
      const target = e.target as { id: string; type: string };
      return (
        t >= start &&
        t <= end &&
        (!actors.length || actors.includes(String(actor.id))) &&
        (!targets.length || targets.includes(target.id)) &&
        (!types.length || types.includes(target.type)) &&
        (!categories.length || categories.includes(String(e.category)))
      );
    };
    const all = [...world.col('auditLog').scan()]
      .map(([, e]) => e)
      .filter(fits)
      .reverse();
    const limit = pageLimit(body.limit);
    let offset = 0;
    if (body.cursor !== undefined && body.cursor !== '') {
      offset = Number(/^a(\d+)$/.exec(String(body.cursor))?.[1] ?? NaN);
      if (!Number.isInteger(offset)) throw new SandboxError('invalid_next_cursor', 'the cursor cannot be read; start the listing again without a cursor');
    }
    const results = all.slice(offset, offset + limit);
    const more = offset + limit < all.length;
    return { results, moreDataAvailable: more, ...(more ? { nextCursor: `a${offset + limit}` } : {}) };
  },
};
