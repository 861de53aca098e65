// One kind of entity (candidate, job, ...). Seeded entities are generated on demand from their
// ordinal; only written or created ones are kept, so a 100,000-candidate organisation costs
// nothing until it is read, and the saved state holds only what changed.
import type { IdSpace } from './ids.js';

export type Entity = { id: string } & Record<string, unknown>;

export interface CollectionState {
  next: number;
  /** [ordinal, entity or null when deleted, change sequence] */
  changed: Array<[number, Entity | null, number]>;
}

const CACHE_SIZE = 20_000;

export class Collection {
  private cache = new Map<number, Entity | null>();
  private ordinals = new Map<string, number>();
  private overrides = new Map<number, Entity | null>();
  private seqs = new Map<number, number>();
  private nextOrdinal: number;

  constructor(
    readonly kind: string,
    private ids: IdSpace,
    readonly baseCount: number,
    private gen: (ordinal: number, id: string) => Entity | undefined,
  ) {
    this.nextOrdinal = baseCount;
  }

  get size(): number {
    return this.nextOrdinal;
  }

  idOf(ordinal: number): string {
    return this.ids.make(this.kind, ordinal);
  }

  ordinalOf(id: string): number | undefined {
    let o = this.ordinals.get(id);
    if (o === undefined) {
      o = this.ids.ordinal(this.kind, id);
      if (o === undefined) return undefined;
      if (this.ordinals.size >= CACHE_SIZE) this.ordinals.clear();
      this.ordinals.set(id, o);
    }
    return o < this.nextOrdinal ? o : undefined;
  }

  has(id: unknown): boolean {
    return typeof id === 'string' && this.get(id) !== undefined;
  }

  get(id: string): Entity | undefined {
    const o = this.ordinalOf(id);
    return o === undefined ? undefined : this.at(o);
  }

  at(ordinal: number): Entity | undefined {
    if (this.overrides.has(ordinal)) return this.overrides.get(ordinal) ?? undefined;
    if (ordinal >= this.baseCount) return undefined;
    let e = this.cache.get(ordinal);
    if (e === undefined) {
      // Generated entities are shared with readers (update() copies before changing). The cache
      // is bounded so a pass over 100,000 candidates does not keep them all.
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      e = this.gen(ordinal, this.idOf(ordinal)) ?? null;
      this.cache.set(ordinal, e);
    }
    return e ?? undefined;
  }

  /** Change sequence of the last write to this entity (0 for untouched seeded ones). */
  seqAt(ordinal: number): number {
    return this.seqs.get(ordinal) ?? 0;
  }

  /** A fresh id of this kind for something that is not stored as an entity (history entries). */
  allocate(): string {
    return this.idOf(this.nextOrdinal++);
  }

  /** Stores an entity under an id handed out earlier by allocate(). */
  createWithId(id: string, build: (id: string) => Entity, seq: number): Entity {
    const ordinal = this.ordinalOf(id);
    if (ordinal === undefined || ordinal < this.baseCount || this.overrides.get(ordinal)) throw new Error(`sandbox: ${id} was not allocated in ${this.kind}`);
    const e = build(id);
    this.overrides.set(ordinal, e);
    this.seqs.set(ordinal, seq);
    return e;
  }

  create(build: (id: string) => Entity, seq: number): Entity {
    const ordinal = this.nextOrdinal++;
    const e = build(this.idOf(ordinal));
    this.overrides.set(ordinal, e);
    this.seqs.set(ordinal, seq);
    return e;
  }

  /** Applies a change to a copy of the entity and stores it; the caller's object is never shared. */
  update(id: string, seq: number, change: (draft: Entity) => void): Entity | undefined {
    const o = this.ordinalOf(id);
    const current = o === undefined ? undefined : this.at(o);
    if (o === undefined || !current) return undefined;
    const draft = structuredClone(current);
    change(draft);
    this.overrides.set(o, draft);
    this.seqs.set(o, seq);
    return draft;
  }

  delete(id: string, seq: number): boolean {
    const o = this.ordinalOf(id);
    if (o === undefined || !this.at(o)) return false;
    this.overrides.set(o, null);
    this.seqs.set(o, seq);
    return true;
  }

  /** Entities in creation order from an ordinal on, with their ordinals. */
  *scan(from = 0): Generator<[number, Entity]> {
    for (let o = from; o < this.nextOrdinal; o++) {
      const e = this.at(o);
      if (e) yield [o, e];
    }
  }

  /** Entities changed after `seq`, oldest change first, as [seq, ordinal, entity]. */
  changedSince(seq: number): Array<[number, number, Entity]> {
    const out: Array<[number, number, Entity]> = [];
    for (const [o, s] of this.seqs) {
      if (s <= seq) continue;
      const e = this.at(o);
      if (e) out.push([s, o, e]);
    }
    return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  toState(): CollectionState {
    return { next: this.nextOrdinal, changed: [...this.overrides].map(([o, e]) => [o, e, this.seqs.get(o) ?? 0]) };
  }

  loadState(s: CollectionState): void {
    this.nextOrdinal = Math.max(this.baseCount, s.next);
    for (const [o, e, seq] of s.changed) {
      this.overrides.set(o, e);
      this.seqs.set(o, seq);
    }
  }
}
