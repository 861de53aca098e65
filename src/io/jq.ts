// --jq, with the embedded engine (jq compiled to WebAssembly, jq-web). The engine runs in a worker
// thread, so that a program that never ends (`repeat(1)`) can be stopped: Ctrl-C terminates the
// worker and the command exits 130, where an in-process run would hold the event loop forever.
//
// checkJq compiles a program without running it, before any request is sent (exit 2, nothing sent);
// runJq runs it. A failure at run time is a JqRuntimeError (exit 1): the request was made, and a
// write it carried was applied (cli.ts says so).
import { CliError, InterruptedError, UsageError } from '../errors.js';

interface Job {
  resolve: (out: string) => void;
  reject: (err: Error) => void;
}

/** jq failed while running (not a syntax error): jq's own message. Not exit 2: requests were made. */
export class JqRuntimeError extends CliError {
  /** Read by cli.ts, which names the writes that were applied before the output failed. */
  readonly outputFailed = true;
}

// The worker: loads jq-web once and answers {id, json, program} with {id, out} or {id, error}.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const engine = require(workerData.jqPath);
parentPort.on('message', async ({ id, json, program, flags }) => {
  try {
    const jq = await engine;
    parentPort.postMessage({ id, out: jq.raw(json, program, flags) ?? '' });
  } catch (e) {
    parentPort.postMessage({ id, error: { message: String(e && e.message || e), stderr: e && e.stderr, exitCode: e && e.exitCode } });
  }
});
`;

type WorkerT = import('node:worker_threads').Worker;
let worker: Promise<WorkerT> | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;

async function startWorker(): Promise<WorkerT> {
  const [{ Worker }, { createRequire }] = await Promise.all([import('node:worker_threads'), import('node:module')]);
  const jqPath = createRequire(import.meta.url).resolve('jq-web');
  const w = new Worker(WORKER, { eval: true, workerData: { jqPath }, stderr: false });
  w.unref(); // an idle engine never keeps the process alive
  w.on('message', (m: { id: number; out?: string; error?: { message: string; stderr?: string } }) => {
    const job = jobs.get(m.id);
    if (!job) return;
    jobs.delete(m.id);
    if (!jobs.size) w.unref();
    if (m.error) job.reject(Object.assign(new Error(m.error.message), { stderr: m.error.stderr }));
    else job.resolve(m.out ?? '');
  });
  w.on('error', (e: unknown) => failAll(e instanceof Error ? e : new Error(String(e))));
  w.on('exit', () => {
    worker = undefined;
    failAll(new Error('the jq engine stopped'));
  });
  return w;
}

function failAll(e: Error) {
  for (const j of jobs.values()) j.reject(e);
  jobs.clear();
}

async function exec(json: string, program: string, flags: string[], signal?: AbortSignal): Promise<string> {
  if (signal?.aborted) throw new InterruptedError('interrupted');
  worker ??= startWorker();
  const w = await worker;
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    const onAbort = () => {
      jobs.delete(id);
      void w.terminate();
      reject(new InterruptedError('interrupted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    jobs.set(id, {
      resolve: (out) => {
        done();
        resolve(out);
      },
      reject: (err) => {
        done();
        reject(err);
      },
    });
    w.ref(); // a running program keeps the process alive until it answers
    w.postMessage({ id, json, program, flags });
  });
}

/** jq's own message from a failed run: its stderr lines without the exit-code preamble. */
export function jqMessage(err: unknown): string {
  const e = err as { stderr?: string; message?: string };
  const text =
    (e.stderr ?? '').trim() ||
    String(e.message ?? err)
      .replace(/^Non-zero exit code: \d+\n?/, '')
      .trim();
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^jq: \d+ compile errors?$/.test(l));
  return (lines.join('; ') || 'jq failed').replace(/^jq: error(?: \(at [^)]*\))?: /, '');
}

/**
 * Compiles a program without running it: it is placed in a branch jq never takes, so a syntax
 * error or an unknown function fails here, while nothing in it runs (no loop, no error()).
 */
export async function checkJq(program: string, signal?: AbortSignal): Promise<void> {
  if (!program.trim()) throw new UsageError('--jq needs a program (e.g. --jq ".[].id")');
  try {
    await exec('null', `if false then (${program}\n) else empty end`, [], signal);
  } catch (err) {
    if (err instanceof CliError) throw err;
    // jq quotes the source around the error; that is our wrapped copy, so only its words are kept.
    const msg = jqMessage(err).replace(/ at <top-level>, line \d+:.*$/, '');
    throw new UsageError(`invalid --jq program: ${msg}`, { hint: 'nothing was sent; see https://jqlang.org/manual/ for the language' });
  }
}

/**
 * JSON text jq accepts: JSON.stringify writes half a surrogate pair (a string from the API can hold
 * one) as an escape such as \ud800, which jq refuses, failing the whole document. Each becomes
 * U+FFFD, as it would on a terminal. Escaped backslashes are matched first, so `\\ud800` (a
 * backslash, then text) is left alone.
 */
function wellFormed(json: string): string {
  if (!/\\ud[89a-f]/.test(json)) return json;
  return json.replace(/\\\\|\\ud[89a-f][0-9a-f]{2}/g, (m) => (m === '\\\\' ? m : '\\ufffd'));
}

/** Runs a program on a JSON document. Strings print raw (-r), as gh does; `compact`: one JSON value per line (-c). */
export async function runJq(doc: unknown, program: string, signal?: AbortSignal, compact = false): Promise<string> {
  try {
    return await exec(wellFormed(JSON.stringify(doc)), program, compact ? ['-c'] : ['-r'], signal);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new JqRuntimeError(`--jq failed: ${jqMessage(err)}`);
  }
}
