// The sandbox organisation's state: collections of entities, a global change sequence (every
// write bumps it; incremental sync reads it), a clock that tests can move forward, uploaded files,
// and (de)serialisation of everything that differs from the seed.
import { Collection, type CollectionState, type Entity } from './collection.js';
import { IdSpace } from './ids.js';

export const STATE_VERSION = 1;

export interface StoredFile {
  handle: string;
  name: string;
  contentType: string;
  context: string;
  /** Declared when the upload handle was made. */
  contentLength: number;
  /** base64; absent until the bytes are uploaded. */
  data?: string;
  createdAt: number;
}

export interface StateFile {
  version: number;
  seed: number;
  candidates: number;
  seq: number;
  clockOffsetMs: number;
  collections: Record<string, CollectionState>;
  files: StoredFile[];
}

export interface StoreParams {
  seed: number;
  candidates: number;
}

export class Store {
  readonly ids: IdSpace;
  seq = 0;
  clockOffsetMs = 0;
  readonly files = new Map<string, StoredFile>();
  private collections = new Map<string, Collection>();
  private pending = new Map<string, CollectionState>();

  constructor(readonly params: StoreParams) {
    this.ids = new IdSpace(params.seed);
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Bumps and returns the change sequence: call once per applied write. */
  bump(): number {
    return ++this.seq;
  }

  define(kind: string, baseCount: number, gen: (ordinal: number, id: string) => Entity | undefined): Collection {
    const c = new Collection(kind, this.ids, baseCount, gen);
    const saved = this.pending.get(kind);
    if (saved) {
      c.loadState(saved);
      this.pending.delete(kind);
    }
    this.collections.set(kind, c);
    return c;
  }

  /**
   * Defines a collection from a fixed list of seeded entities. They are shared, not copied, on
   * every read (Collection.update copies before changing), so readers must not mutate them.
   */
  defineList(kind: string, build: (id: (i: number) => string) => Entity[]): Collection {
    const items = build((i) => this.ids.make(kind, i));
    return this.define(kind, items.length, (o) => items[o]);
  }

  has(kind: string): boolean {
    return this.collections.has(kind);
  }

  col(kind: string): Collection {
    const c = this.collections.get(kind);
    if (!c) throw new Error(`sandbox: no collection "${kind}"`);
    return c;
  }

  maybeCol(kind: string): Collection | undefined {
    return this.collections.get(kind);
  }

  toState(): StateFile {
    const collections: Record<string, CollectionState> = Object.fromEntries(this.pending);
    for (const [kind, c] of this.collections) {
      const s = c.toState();
      if (s.changed.length || s.next !== c.baseCount) collections[kind] = s;
    }
    return {
      version: STATE_VERSION,
      seed: this.params.seed,
      candidates: this.params.candidates,
      seq: this.seq,
      clockOffsetMs: this.clockOffsetMs,
      collections,
      files: [...this.files.values()],
    };
  }

  /** Restores saved changes. Collections defined later pick theirs up when defined. */
  loadState(s: StateFile): void {
    this.seq = s.seq;
    this.clockOffsetMs = s.clockOffsetMs ?? 0;
    for (const [kind, cs] of Object.entries(s.collections)) {
      const c = this.collections.get(kind);
      if (c) c.loadState(cs);
      else this.pending.set(kind, cs);
    }
    for (const f of s.files ?? []) this.files.set(f.handle, f);
  }
}
