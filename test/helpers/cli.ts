// Runs the CLI for a test. runCli runs it in this process (run.ts): fast, and always the current
// src/. runBin spawns the built bin/ashby.js, the file users run, for what only the real binary
// shows (help pages and the other fast paths in bin/, real shells, terminals, signals, exit
// handling); vitest's global setup (test/global-setup.ts) builds dist/ once per run, so it is never stale.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { runInProcess, type RunResult } from './run.js';

export type { RunResult } from './run.js';

export const BIN = resolve(__dirname, '../../bin/ashby.js');

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  timeoutMs?: number;
  /** Working directory: only the real binary can have its own, so a run with one spawns it. */
  cwd?: string;
  /** Answers to the prompts, in order, as a person would give them (in-process only). */
  answers?: unknown[];
  /** Which streams are terminals (in-process only; real terminals are tmux's job: workflow-tmux.ts). */
  tty?: boolean | { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  columns?: number;
  /** The clock (in-process only). */
  now?: () => Date;
  /** The binary's process once started (runBin only): to signal it (interruptWhen) or watch its output. */
  onSpawn?: (child: ChildProcess) => void;
  /** stdout to this file or device instead of a pipe, as `> FILE` does (runBin only); a file's text is the result's stdout. */
  stdoutFile?: string;
}

/** A fresh, empty config dir, so tests never see a developer's profiles. */
export function tempConfigDir(): string {
  return mkdtempSync(join(tmpdir(), 'ashby-test-'));
}

const BASE_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? tmpdir(),
  ASHBY_NO_KEYCHAIN: '1',
  NO_COLOR: '1',
};

/** Retries back off from 20 ms in tests rather than a second. */
const RETRY_BASE_MS = 20;

function envFor(opts: RunOptions): Record<string, string> {
  const env: Record<string, string> = { ...BASE_ENV, ASHBY_CONFIG_DIR: tempConfigDir() };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `ashby args` in-process, or through the binary for what only the binary does. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  // bin/ashby.js answers these without main(): only the binary can show them as users get them.
  const fastPath = args[0] === '__complete' && !args[1]?.startsWith('fetch:');
  if (fastPath || opts.cwd !== undefined) return runBin(args, opts);
  const env = envFor(opts);
  let answers = opts.answers;
  // Tests written before prompts were injected scripted them through this variable; the CLI no
  // longer reads it, so it is turned into injected answers here.
  if (env.ASHBY_PROMPT_ANSWERS !== undefined) {
    answers ??= JSON.parse(env.ASHBY_PROMPT_ANSWERS) as unknown[];
    delete env.ASHBY_PROMPT_ANSWERS;
  }
  return runInProcess(args, {
    env,
    input: opts.input,
    timeoutMs: opts.timeoutMs,
    answers,
    tty: opts.tty,
    columns: opts.columns,
    now: opts.now,
    retryBaseMs: RETRY_BASE_MS,
  });
}

/** Runs the built binary as a child process, exactly as a user's shell would. */
export function runBin(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const env = envFor(opts);
    const outFd = opts.stdoutFile !== undefined ? openSync(opts.stdoutFile, 'w') : undefined;
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: opts.cwd, stdio: ['pipe', outFd ?? 'pipe', 'pipe'] });
    const { stdin, stderr: errStream } = child as typeof child & { stdin: Writable; stderr: Readable };
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    errStream.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ashby ${args.join(' ')} did not finish in ${opts.timeoutMs ?? 30000} ms\nstderr: ${stderr}`));
    }, opts.timeoutMs ?? 30000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (outFd !== undefined) {
        closeSync(outFd);
        if (statSync(opts.stdoutFile as string).isFile()) stdout = readFileSync(opts.stdoutFile as string, 'utf8');
      }
      resolvePromise({ code, stdout, stderr });
    });
    stdin.on('error', () => {});
    stdin.end(opts.input ?? '');
    opts.onSpawn?.(child);
  });
}

/**
 * Sends the process one Ctrl-C (SIGINT, or `signal`) once `ready` says so, checked every 10 ms.
 * Checks still under way when it is sent send no second one (a second Ctrl-C exits at once).
 */
export function interruptWhen(child: ChildProcess, ready: () => boolean | Promise<boolean>, signal: NodeJS.Signals = 'SIGINT'): void {
  let sent = false;
  const poll = setInterval(async () => {
    if (sent || !(await ready()) || sent) return;
    sent = true;
    clearInterval(poll);
    child.kill(signal);
  }, 10);
  child.on('close', () => clearInterval(poll));
}

/** Parses stdout as JSON, with the output in the error message when it is not. */
export function json<T = unknown>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

/** One result row of a batch (`--from`), as it prints them on stdout (src/bulk/rows.ts). */
export interface BatchRow {
  row: number;
  ok: boolean;
  /** Whatever the command returned, read field by field in tests. */
  result?: any;
  outcome?: string;
  exit?: number;
  error?: { code: string; message: string };
}

/** A batch's result rows: one NDJSON line each. */
export function batchRows(r: RunResult): BatchRow[] {
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as BatchRow);
}
