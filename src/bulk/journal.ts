// `--journal FILE`: what happened to each record of a batch, one JSON line per event, flushed to
// disk (fsync) before the batch moves on. Before a record's write is sent its intent is journaled,
// so a batch killed at any point knows which records may have been applied: an intent without an
// outcome is `unknown`. `--resume` reads the journal back: applied records are not sent again,
// unknown ones are reported (or sent again with `--retry-unknown`), the rest are sent.
// Lines written together share one fsync (group commit), so a journal costs little per record.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { UsageError } from '../errors.js';

export type JournalState = 'sending' | 'applied' | 'failed' | 'unknown' | 'skipped';

export interface JournalEntry {
  row: number;
  /** Fingerprint of the record's request, so a changed input is not mistaken for the journaled one. */
  key: string;
  state: JournalState;
  result?: unknown;
  exit?: number;
  error?: { code: string; message: string };
  /** What the record's write acts on (BulkCommand.target), so a resumed batch refuses a new record acting on it again. */
  target?: { what: string; key: string };
}

interface Header {
  ashbyJournal: 1;
  command: string;
  started: string;
}

/** The fingerprint of a record: the command and what it asks for. */
export function recordKey(command: string, values: unknown): string {
  return createHash('sha256').update(command).update('\0').update(stableJson(values)).digest('hex').slice(0, 24);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** The last state of each record in a journal, by `row:key`. */
export function readJournal(path: string, command: string): Map<string, JournalEntry> {
  const last = new Map<string, JournalEntry>();
  if (!existsSync(path)) return last;
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch {
      // The last line may be cut short by a kill mid-write; anything else is not our journal.
      if (i >= lines.length - 2) return;
      throw new UsageError(`--journal ${path}: line ${i + 1} is not a journal line`);
    }
    const h = v as Partial<Header>;
    if (h.ashbyJournal !== undefined) {
      if (h.command !== command)
        throw new UsageError(`--journal ${path} belongs to \`ashby ${h.command}\`, not \`ashby ${command}\``, { hint: 'use another journal file' });
      return;
    }
    const e = v as JournalEntry;
    if (typeof e.row === 'number' && typeof e.key === 'string') last.set(`${e.row}:${e.key}`, e);
  });
  return last;
}

export class Journal {
  private queue: Array<{ line: string; done: () => void; fail: (e: unknown) => void }> = [];
  private flushing?: Promise<void>;

  private constructor(
    private fh: FileHandle,
    readonly path: string,
  ) {}

  /** Opens for appending; a new (empty) journal starts with a line naming the command. */
  static async open(path: string, command: string): Promise<Journal> {
    let fh: FileHandle;
    try {
      // Owner only: results hold candidates' data, and webhook create's its generated secrets.
      fh = await open(path, 'a', 0o600);
    } catch (e) {
      throw new UsageError(`cannot open --journal ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const j = new Journal(fh, path);
    if ((await fh.stat()).size === 0) await j.write({ ashbyJournal: 1, command, started: new Date().toISOString() });
    return j;
  }

  /** Appends one entry; resolves once it is on disk. */
  append(e: JournalEntry): Promise<void> {
    return this.write(e);
  }

  private write(v: unknown): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ line: `${JSON.stringify(v)}\n`, done, fail });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0);
      try {
        await this.fh.write(batch.map((b) => b.line).join(''));
        await this.fh.datasync();
        for (const b of batch) b.done();
      } catch (e) {
        for (const b of batch) b.fail(e);
      }
    }
    this.flushing = undefined;
  }

  async close(): Promise<void> {
    if (this.flushing) await this.flushing;
    await this.fh.close();
  }
}
