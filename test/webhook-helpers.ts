// Test helpers for the webhook commands: a long-running `ashby webhook listen` child process, and a
// tiny receiver that records what it is sent.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BIN, tempConfigDir } from './helpers/cli.js';

export interface Listening {
  url: string;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Sends SIGINT and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

/** `stdoutFile`: stdout to this file or device (as `> FILE`) instead of a pipe; stdout() is then empty. */
export async function startListen(args: string[], env: Record<string, string> = {}, stdoutFile?: string): Promise<Listening> {
  const outFd = stdoutFile !== undefined ? openSync(stdoutFile, 'w') : undefined;
  const child = spawn(process.execPath, [BIN, 'webhook', 'listen', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ASHBY_NO_KEYCHAIN: '1', ASHBY_CONFIG_DIR: tempConfigDir(), ...env },
    stdio: ['ignore', outFd ?? 'pipe', 'pipe'],
  });
  if (outFd !== undefined) closeSync(outFd); // the child has its own copy
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = /Listening for Ashby webhooks on (http:\/\/\S+?\/)[,\s]/.exec(err);
      if (m) {
        child.stderr!.off('data', check);
        resolve(m[1]);
      }
    };
    child.stderr!.on('data', check);
    void exited.then((code) => reject(new Error(`webhook listen exited (${code}) before listening:\n${err}`)));
  });
  return {
    url,
    child,
    stdout: () => out,
    stderr: () => err,
    stop: async () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}

export interface Received {
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** A receiver that answers `status` and records every request. */
export class Receiver {
  received: Received[] = [];
  status = 200;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ body: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(this.status, { 'content-type': 'text/plain' });
        res.end(this.status < 300 ? 'ok' : 'nope');
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hooks`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}

/** POSTs a body with an optional signature header; resolves with the status. */
export async function post(url: string, body: string | Buffer, signature?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature) headers['ashby-signature'] = signature;
  const res = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
  await res.arrayBuffer();
  return res.status;
}

/** Waits until a condition holds, polling (no timing assertions: the test timeout bounds it). */
export async function until(cond: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await cond())) await new Promise((r) => setTimeout(r, 20));
}
