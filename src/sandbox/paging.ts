// Cursor pagination and incremental sync, as Ashby documents them: opaque cursors, limit ≤ 100
// (larger values are clamped), moreDataAvailable, a syncToken on the last page of a pass, and
// incremental passes that return only records changed since that token. Cursors and tokens carry
// the time they were issued, so they expire (lifetimes are configurable) and tests can force it.
import type { Collection, Entity } from './collection.js';
import { SandboxError } from './errors.js';
import { hash } from './prng.js';
import type { Store } from './store.js';

export interface PagingConfig {
  cursorTtlMs: number;
  syncTokenTtlMs: number;
  /** Pages an incremental sync may take before incremental_sync_too_large. */
  syncPageCap: number;
}

export const DEFAULT_PAGING: PagingConfig = {
  cursorTtlMs: 60 * 60_000,
  syncTokenTtlMs: 7 * 24 * 60 * 60_000,
  syncPageCap: 100,
};

export const MAX_LIMIT = 100;

interface CursorData {
  /** endpoint hash, so a cursor of one list cannot be used on another */
  e: number;
  /** full pass: next ordinal to read */
  o?: number;
  /** seq when the pass started: becomes the syncToken at its end */
  s: number;
  /** incremental pass: the token's seq, and the (seq, ordinal) of the last record returned */
  t?: number;
  ls?: number;
  lo?: number;
  /** page number of this pass (1 = first) */
  p: number;
  /** issued at (sandbox clock) */
  at: number;
}

function encode(kind: 'c' | 't', data: object): string {
  const body = Buffer.from(JSON.stringify(data)).toString('base64url');
  return `${kind}${body}.${hash(kind, body).toString(36)}`;
}

function decode<T>(kind: 'c' | 't', raw: string): T | undefined {
  if (typeof raw !== 'string' || raw[0] !== kind) return undefined;
  const [body, check] = raw.slice(1).split('.');
  if (!body || hash(kind, body).toString(36) !== check) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

export function pageLimit(raw: unknown): number {
  if (raw === undefined || raw === null) return MAX_LIMIT;
  const n = Math.floor(Number(raw));
  if (!Number.isFinite(n) || n < 1) throw SandboxError.invalid('limit', 'parameter "limit" must be at least 1');
  return Math.min(n, MAX_LIMIT);
}

export interface PageRequest {
  endpoint: string;
  body: Record<string, unknown>;
  store: Store;
  config: PagingConfig;
  collection: Collection;
  /** Records this list shows (filters of the request). */
  filter?: (e: Entity) => boolean;
  render: (e: Entity) => unknown;
  /** Whether the endpoint supports incremental sync (returns syncToken). */
  sync: boolean;
  /** Restricts a full pass to these ordinals (e.g. one candidate's notes), in order. */
  ordinals?: () => Iterable<number>;
}

export type Page = {
  results: unknown[];
  moreDataAvailable: boolean;
  nextCursor?: string;
  syncToken?: string;
};

export function listPage(req: PageRequest): Page {
  const { body, store, config, collection } = req;
  const limit = pageLimit(body.limit);
  const e = hash(req.endpoint);
  const now = store.now();
  let cur: CursorData | undefined;
  if (body.cursor !== undefined && body.cursor !== null && body.cursor !== '') {
    cur = decode<CursorData>('c', String(body.cursor));
    if (!cur || cur.e !== e) throw new SandboxError('invalid_next_cursor', 'the cursor cannot be read; start the listing again without a cursor');
    if (now - cur.at > config.cursorTtlMs) throw new SandboxError('next_cursor_expired', 'the cursor has expired; start the listing again from the first page');
  }
  let tokenSeq: number | undefined;
  const rawToken = body.syncToken;
  if (req.sync && rawToken !== undefined && rawToken !== null && rawToken !== '') {
    const t = decode<{ e: number; s: number; at: number }>('t', String(rawToken));
    if (!t || t.e !== e) throw new SandboxError('sync_token_invalid', 'the sync token cannot be read; run a full sync without syncToken');
    if (now - t.at > config.syncTokenTtlMs) throw new SandboxError('sync_token_expired', 'the sync token has expired; run a full sync without syncToken');
    tokenSeq = t.s;
  }
  if (cur && (cur.t !== undefined) !== (tokenSeq !== undefined)) {
    throw new SandboxError('invalid_next_cursor', 'the cursor belongs to a different kind of pass; send the same syncToken with every page');
  }
  const page = cur?.p !== undefined ? cur.p + 1 : 1;
  const passSeq = cur?.s ?? store.seq;
  const filter = req.filter ?? (() => true);
  const results: unknown[] = [];
  let more = false;
  let next: CursorData | undefined;

  if (tokenSeq !== undefined) {
    if (page > config.syncPageCap) {
      throw new SandboxError(
        'incremental_sync_too_large',
        `more than ${config.syncPageCap} pages changed since this sync token; discard it and run a full sync`,
      );
    }
    const changed = collection
      .changedSince(tokenSeq)
      .filter(([s, o, ent]) => (cur?.ls === undefined || s > cur.ls || (s === cur.ls && o > (cur.lo ?? -1))) && filter(ent));
    const slice = changed.slice(0, limit);
    for (const [, , ent] of slice) results.push(req.render(ent));
    more = changed.length > limit;
    const last = slice[slice.length - 1];
    if (more && last) next = { e, s: passSeq, t: tokenSeq, ls: last[0], lo: last[1], p: page, at: now };
  } else {
    const start = cur?.o ?? 0;
    const ordinals = req.ordinals ? [...req.ordinals()].filter((o) => o >= start) : undefined;
    const it: Iterable<[number, Entity]> = ordinals ? pick(collection, ordinals) : collection.scan(start);
    for (const [o, ent] of it) {
      if (!filter(ent)) continue;
      if (results.length === limit) {
        more = true;
        next = { e, o, s: passSeq, p: page, at: now };
        break;
      }
      results.push(req.render(ent));
    }
  }
  const out: Page = { results, moreDataAvailable: more };
  if (more && next) out.nextCursor = encode('c', next);
  if (!more && req.sync) out.syncToken = encode('t', { e, s: tokenSeq !== undefined ? store.seq : passSeq, at: now });
  return out;
}

function* pick(c: Collection, ordinals: number[]): Generator<[number, Entity]> {
  for (const o of ordinals) {
    const ent = c.at(o);
    if (ent) yield [o, ent];
  }
}
