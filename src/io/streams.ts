// The process's streams, with what the CLI needs to know about them. Injected so tests and
// commands never touch process.stdout directly.
import { writeSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { CliError } from '../errors.js';

export interface IOStreams {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

/** The real streams, each opened on first use: opening stdin when it is a file or a pipe loads
 *  Node's stream and readline machinery, which `--help` and most commands never need. */
export function processStreams(): IOStreams {
  return {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    env: process.env,
  };
}

/**
 * The descriptor of a stdout that is a file (a redirect, /dev/null): Node's stream for one is a
 * SyncWriteStream, which turns every string into a fresh Buffer before writing it (for an answer of
 * many megabytes, tens of milliseconds of new memory). Undefined for anything else (a terminal, a
 * pipe, a test's stream).
 */
function fileFd(stream: Writable): number | undefined {
  const fd = (stream as { fd?: unknown }).fd;
  return stream.constructor?.name === 'SyncWriteStream' && typeof fd === 'number' ? fd : undefined;
}

/**
 * stdout could not be written (a full disk): exit 1, said once, without the --debug hint a bug
 * gets. A write already applied is named (process-guards.ts), so nobody sends it again.
 */
export class OutputError extends CliError {
  readonly outputFailed = true;
  readonly code?: string;
  constructor(cause: unknown) {
    super(`cannot write to stdout: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.code = (cause as NodeJS.ErrnoException)?.code;
  }
}

/** Streams a file write failed on, with the failure: process.stdout cannot be destroyed (Node undoes it). */
const failed = new WeakMap<Writable, OutputError>();

/**
 * Writes the string to a file's descriptor as it is (Node encodes it into a buffer it reuses), all
 * of it. In order with the stream's own writes, which are synchronous too. A failure (a full disk)
 * rejects, and so does every later write through writeAll, with the same error and without writing
 * anything: a json list's closing bracket can never make a file with a missing middle look whole,
 * and a writer that did not see the first failure (a webhook listener's next event) is not told
 * that its text was written.
 */
function writeFile(stream: Writable, fd: number, chunk: string): Promise<void> | void {
  const earlier = failed.get(stream);
  if (earlier) return Promise.reject(earlier);
  try {
    const size = Buffer.byteLength(chunk);
    let done = writeSync(fd, chunk);
    if (done < size) {
      const bytes = Buffer.from(chunk);
      while (done < size) done += writeSync(fd, bytes, done);
    }
  } catch (e) {
    const err = new OutputError(e);
    failed.set(stream, err);
    return Promise.reject(err);
  }
}

/** Writes honouring back-pressure, so long streams keep memory flat. */
export function writeAll(stream: Writable, chunk: string): Promise<void> | void {
  const fd = fileFd(stream);
  if (fd !== undefined) return writeFile(stream, fd, chunk);
  if (stream.write(chunk)) return;
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/**
 * Writes and resolves only once the stream has reported the chunk written (its write callback), not
 * merely taken into its buffer: for output whose writing is promised to someone else (`webhook
 * listen` answers a delivery 2xx only once its event is written). A failure rejects with an
 * OutputError, and so does every later write to a file that failed (as writeAll).
 */
export function writeConfirmed(stream: Writable, chunk: string): Promise<void> {
  const fd = fileFd(stream);
  if (fd !== undefined) return Promise.resolve(writeFile(stream, fd, chunk)); // written before it returns
  return new Promise((resolve, reject) => {
    stream.write(chunk, (err) => (err ? reject(err instanceof OutputError ? err : new OutputError(err)) : resolve()));
  });
}
