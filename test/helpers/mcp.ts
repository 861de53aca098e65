// Starts the built `ashby mcp` (bin/ashby.js) as a child process and drives it with the SDK's own
// client over stdio, as an assistant's host would.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BIN } from './cli.js';

export interface McpSession {
  client: Client;
  /** Everything the server wrote on stderr so far. */
  stderr: () => string;
  /** Errors the client met reading the server's stdout (a stray line there would be one). */
  errors: Error[];
  close: () => Promise<void>;
}

export async function startMcp(args: string[], configDir: string, env: Record<string, string> = {}): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, ...args],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASHBY_CONFIG_DIR: configDir, ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const errors: Error[] = [];
  const client = new Client({ name: 'ashby-test', version: '1.0.0' });
  client.onerror = (e) => errors.push(e);
  await client.connect(transport);
  return { client, stderr: () => stderr, errors, close: () => client.close() };
}

/** A tool call's JSON answer, and whether it was an error. */
export async function callJson(s: McpSession, name: string, args: Record<string, unknown> = {}): Promise<{ isError: boolean; body: any }> {
  const r = (await s.client.callTool({ name, arguments: args })) as { isError?: boolean; content: Array<{ type: string; text: string }> };
  const text = r.content.map((c) => c.text).join('');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${name} answered text that is not JSON: ${text}`);
  }
  return { isError: Boolean(r.isError), body };
}
