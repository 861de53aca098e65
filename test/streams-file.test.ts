// writeAll to a stdout that is a file (src/io/streams.ts): after a write fails (a full disk), nothing
// more is written, even once writes could succeed again, so the file can never be a list with a
// piece missing in the middle that still closes (and parses) as a whole one; every later write
// fails with the same error.
import { mkdtempSync, readFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ next: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...a: Parameters<typeof fs.writeSync>) => {
    if (failing.next > 0) {
      failing.next--;
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    return (fs.writeSync as (...x: unknown[]) => number)(...a);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const { writeAll } = await import('../src/io/streams.js');

/** Shaped as Node's stream for a stdout that is a file (a SyncWriteStream with its fd). */
class SyncWriteStream extends Writable {
  constructor(readonly fd: number) {
    super();
  }
}

describe('writeAll to a file', () => {
  it('writes strings to the descriptor, and nothing after a failure', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ashby-streams-')), 'out.json');
    const fd = openSync(file, 'w');
    const out = new SyncWriteStream(fd);
    await writeAll(out, '[\n  1');
    failing.next = 1;
    await expect(writeAll(out, ',\n  2')).rejects.toThrow(/^cannot write to stdout: ENOSPC/);
    // The disk has room again: the closing bracket must not make the file look whole, and the
    // writer is told (a writer that missed the first failure must not take its text for written).
    await expect(writeAll(out, '\n]\n')).rejects.toThrow(/^cannot write to stdout: ENOSPC/);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('[\n  1');
  });

  it('writes a long string with characters of every width whole', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ashby-streams-')), 'out.txt');
    const fd = openSync(file, 'w');
    const text = 'Zoë 名前 👩‍💻 '.repeat(20_000);
    await writeAll(new SyncWriteStream(fd), text);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
