// `ashby mcp` in-process through main(argv, io), with the protocol on injected streams: every byte
// the server writes to its stdout must be a JSON-RPC message, nothing may reach the real
// process.stdout (a stray console.log or process.stdout.write would), and --debug traces stay on
// stderr rather than in results.
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { tempConfigDir } from './helpers/cli.js';

/** The client's side of two pipes: newline-delimited JSON-RPC, as over a child's stdio. */
class PipeTransport implements Transport {
  onmessage?: (m: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (e: Error) => void;
  private buf = new ReadBuffer();
  /** Every line the server wrote, to check that each one is a message. */
  readonly lines: string[] = [];
  constructor(
    private from: Readable,
    private to: Writable,
  ) {}
  async start() {
    let text = '';
    this.from.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const parts = text.split('\n');
      text = parts.pop() ?? '';
      this.lines.push(...parts);
      this.buf.append(chunk);
      try {
        for (let m = this.buf.readMessage(); m; m = this.buf.readMessage()) this.onmessage?.(m);
      } catch (e) {
        this.onerror?.(e as Error);
      }
    });
  }
  async send(m: JSONRPCMessage) {
    this.to.write(serializeMessage(m));
  }
  async close() {
    this.to.end();
    this.onclose?.();
  }
}

function streams() {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { toServer, fromServer, stderr, err: () => err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ashby mcp in-process', () => {
  it('writes only protocol messages to its stdout and nothing to the process stdout', async () => {
    const p = streams();
    const env = { ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', PATH: process.env.PATH };
    const realStdout = vi.spyOn(process.stdout, 'write');
    const io = {
      stdin: Object.assign(p.toServer, { isTTY: false }),
      stdout: Object.assign(p.fromServer, { isTTY: false }),
      stderr: Object.assign(p.stderr, { isTTY: false }),
      env,
    };
    const exit = main(['mcp', '--sandbox', '--debug'], io);
    const transport = new PipeTransport(p.fromServer, p.toServer);
    const errors: Error[] = [];
    const client = new Client({ name: 'in-process', version: '1' });
    client.onerror = (e) => errors.push(e);
    await client.connect(transport);

    const { tools } = await client.listTools();
    expect(tools.length).toBeGreaterThan(100);
    const call = async (name: string, args: Record<string, unknown>) => {
      const r = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ text: string }> };
      return { isError: Boolean(r.isError), body: JSON.parse(r.content[0].text) };
    };
    const list = await call('candidate_list', { limit: 2 });
    expect(list.isError).toBe(false);
    const found = await call('search_candidates', { query: list.body.results[0].name });
    expect(found.body.result.candidates[0].id).toBe(list.body.results[0].id);
    const preview = await call('archive_applications', { applications: [list.body.results[0].id], reason: 'Not a fit for the role' });
    expect(preview.isError, JSON.stringify(preview.body)).toBe(false);
    // --debug traces went to stderr, not into any answer.
    expect(JSON.stringify([list.body, found.body, preview.body])).not.toContain('[debug]');
    expect(p.err()).toContain('[debug] > POST');

    await client.close();
    expect(await exit).toBe(0);
    expect(errors).toEqual([]);
    expect(transport.lines.length).toBeGreaterThan(4);
    for (const line of transport.lines) expect(JSON.parse(line).jsonrpc, line).toBe('2.0');
    expect(realStdout).not.toHaveBeenCalled();
  });

  it("errors from checks shared with the CLI name the tool's parameters, not the CLI's flags", async () => {
    const p = streams();
    const env = { ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', PATH: process.env.PATH };
    const io = {
      stdin: Object.assign(p.toServer, { isTTY: false }),
      stdout: Object.assign(p.fromServer, { isTTY: false }),
      stderr: Object.assign(p.stderr, { isTTY: false }),
      env,
    };
    const exit = main(['mcp', '--sandbox'], io);
    const client = new Client({ name: 'in-process', version: '1' });
    await client.connect(new PipeTransport(p.fromServer, p.toServer));
    const error = async (name: string, args: Record<string, unknown>) => {
      const r = (await client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ text: string }> };
      expect(r.isError, r.content[0].text).toBe(true);
      return JSON.parse(r.content[0].text).error as { message: string; hint?: string; code: string };
    };

    // Each message names the parameter as the tool's schema spells it, and no --flag at all.
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['pipeline', { since: 'last tuesday' }, /^since "last tuesday": expected a date/],
      ['time_in_stage', { until: 'soon', offline: true }, /^until "soon": expected a date/],
      ['funnel', { since: '2026-11-10', until: '2026-11-01' }, /^until \(2026-11-01 .*\) is not after since \(2026-11-10 .*\): nothing can match/],
      ['stale_applications', { maxAge: 'a while' }, /^maxAge "a while": expected a duration/],
      ['search_mirror', { text: 'ada', maxAge: 'a while' }, /^maxAge "a while": expected a duration/],
    ];
    for (const [tool, args, message] of cases) {
      const e = await error(tool, args);
      expect(e.code).toBe('invalid_input');
      expect(e.message).toMatch(message);
      expect(JSON.stringify(e), tool).not.toMatch(/--(since|until|max-age|job|offline)\b/);
    }
    // No mirror yet, and offline: the hint says which parameter to drop.
    const none = await error('stale_applications', { offline: true });
    expect(none.hint).toBe('run `ashby sync` in a terminal first (or drop offline: the mirror is then synced from Ashby first)');
    expect(JSON.stringify(none)).not.toContain('--offline');
    // A job that matches nothing in the (now synced) mirror names `job`.
    const job = await error('pipeline', { job: 'No such job anywhere' });
    expect(job.code).toBe('not_found');
    expect(job.hint).toMatch(/check the value of job\b/);
    expect(JSON.stringify(job)).not.toContain('--job');

    // The workflows: the same look-ups and time checks as app archive, app stage and offer create.
    const first = (await client.callTool({ name: 'application_list', arguments: { limit: 1 } })) as { content: Array<{ text: string }> };
    const app = JSON.parse(first.content[0].text).results[0].id as string;
    const flows: Array<[string, Record<string, unknown>, RegExp, 'message' | 'hint']> = [
      [
        'archive_applications',
        { applications: [app], reason: 'Not a fit for the role', sendAt: 'tomorrow', emailTemplate: 'x' },
        /^sendAt "tomorrow": expected a time/,
        'message',
      ],
      [
        'archive_applications',
        { applications: [app], reason: 'Not a fit for the role', sendAt: '2031-01-01 09:00' },
        /^sendAt needs emailTemplate$/,
        'message',
      ],
      ['archive_applications', { applications: [app], reason: 'No reason like this one' }, /check the value of reason\b/, 'hint'],
      ['move_application_to_stage', { application: 'nobody.at.all@example.com', stage: 'Onsite' }, /check the value of application\b/, 'hint'],
      ['hire_application', { application: 'nobody.at.all@example.com' }, /check the value of application\b/, 'hint'],
      ['create_offer', { application: 'nobody.at.all@example.com', answers: {} }, /check the value of application\b/, 'hint'],
    ];
    for (const [tool, args, text, where] of flows) {
      const e = await error(tool, args);
      expect(e[where], `${tool}: ${JSON.stringify(e)}`).toMatch(text);
      expect(JSON.stringify(e), tool).not.toMatch(/--(send-at|email-template|reason|job|stage|application)\b/);
    }
    await client.close();
    expect(await exit).toBe(0);
  });
});
