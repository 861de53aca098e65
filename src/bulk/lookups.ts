// The look-ups of a hand-made command's batch (`prepare`, before the first write): one Resolver for
// the whole batch, so the lists it reads (jobs, reasons, templates, a plan's stages) are read once,
// and each distinct look-up made once, even while several records are being prepared at a time.
// A look-up that fails fails the same way for every record that names it, so each bad row is listed.
import type { BulkIO } from './engine.js';
import { idOrText } from '../resolve/entry.js';
import { KIND_NOUN, Resolver, resolveApplication, resolveCandidate, type AppInfo, type AppQuery, type CacheKind, type Entry } from '../resolve/index.js';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A batch's `target` for commands whose write acts on the record's application (HandSpec.target). */
export const appTarget = (p: { app: AppInfo }) => ({ what: 'application', key: p.app.id });

export class BatchLookups {
  private r?: Resolver;
  private memo = new Map<string, Promise<unknown>>();
  private queue = new Map<string, Promise<unknown>>();

  /** The batch's resolver (made with the first record's --refresh-cache). */
  resolver(io: BulkIO, refreshCache?: unknown): Resolver {
    this.r ??= new Resolver(io.ctx, { refreshCache: Boolean(refreshCache) });
    return this.r;
  }

  /** `f` once per key for the batch; later callers share its answer (or its error). */
  once<T>(key: string, f: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) this.memo.set(key, (p = f()));
    return p;
  }

  /** A name of a cached kind (job, archive reason, template, ...). */
  resolve(io: BulkIO, kind: CacheKind, query: string, opts: { filter?: (e: Entry) => boolean; flag?: string } = {}): Promise<Entry> {
    const r = this.resolver(io);
    return this.once(`${kind}\0${opts.flag ?? ''}\0${query.trim()}`, () => {
      // One name of a kind at a time: a miss lists the kind again, and two misses at once would list it twice.
      const turn = (this.queue.get(kind) ?? Promise.resolve()).then(async () => {
        const e = await r.resolve(kind, query, opts);
        // Alone, the command says which one a part of a name stood for; a batch's records say nothing
        // (io.ctx.info is quiet), so it is said here, once per name, before the batch's confirmation.
        const q = norm(query);
        if (e.id !== idOrText(query.trim()) && ![e.name, ...(e.alt ?? [])].some((n) => norm(n) === q))
          io.ctx.warn(`using ${KIND_NOUN[kind]} "${e.name}" for "${query.trim()}"`);
        return e;
      });
      this.queue.set(
        kind,
        turn.catch(() => {}),
      );
      return turn;
    });
  }

  /** An interview plan's stages, in plan order, read once. */
  stages(io: BulkIO, planId: string): Promise<Entry[]> {
    const r = this.resolver(io);
    return this.once(`plan\0${planId}`, () => r.planStages(planId));
  }

  /** A stage of an interview plan by name. */
  async stage(io: BulkIO, planId: string, query: string, flag = 'stage'): Promise<Entry> {
    const r = this.resolver(io);
    await this.stages(io, planId);
    return this.once(`stage\0${planId}\0${query}`, () => r.stage(planId, query, flag));
  }

  /** The first stage of a type (Hired, Archived) in a plan. */
  async stageOfType(io: BulkIO, planId: string, type: string): Promise<Entry> {
    const r = this.resolver(io);
    await this.stages(io, planId);
    return this.once(`type\0${planId}\0${type}`, () => r.stageOfType(planId, type));
  }

  /** An application by id, or by its candidate's email or name (and job). */
  application(io: BulkIO, query: string, q: AppQuery = {}): Promise<AppInfo> {
    const r = this.resolver(io);
    return this.once(`app\0${JSON.stringify([query, q])}`, () => resolveApplication(r, query, q));
  }

  /**
   * A record's application, from its `application` value and its job (`job`, or `jobKey`), as a
   * write names one: a candidate by whole name or email only.
   */
  recordApplication(io: BulkIO, v: Record<string, unknown>, q: { open: boolean; jobKey?: string; jobFlag?: string }): Promise<AppInfo> {
    this.resolver(io, v.refreshCache);
    const job = v[q.jobKey ?? 'job'] as string | undefined;
    return this.application(io, String(v.application), { job, open: q.open, flag: 'application', jobFlag: q.jobFlag, strict: true });
  }

  /** A candidate by id, email or name. */
  candidate(io: BulkIO, query: string, flag: string, strict = false): Promise<Entry> {
    const r = this.resolver(io);
    return this.once(`candidate\0${JSON.stringify([query, flag, strict])}`, () => resolveCandidate(r, query, flag, strict));
  }
}
