// `ashby mcp`: serve the catalog and the workflows to an assistant over the Model Context Protocol
// (stdio), with the profile, key and sandbox the CLI would use; `--print-config` shows how to
// register it in a client. The server itself is in src/mcp/, loaded only when this command runs.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { collect } from '../hand-command.js';
import { setMeta } from '../meta.js';

interface McpOptions {
  readOnly?: boolean;
  tools: string[];
  printConfig?: string;
  listTools?: boolean;
}

const CLIENTS = ['claude', 'cursor', 'vscode'];

export function register(program: Command, ctx: Context): void {
  const cmd = program
    .command('mcp')
    .description('Serve Ashby to AI assistants as an MCP server on stdio (tools for every endpoint and the workflows)')
    .option('--read-only', 'offer only tools that read; refuse any that would change data')
    .option('--tools <glob>', 'offer only tools whose names match (e.g. "candidate_*", "*_list"; repeatable or comma-separated)', collect, [])
    .option('--print-config <client>', `print the snippet that registers this server in a client: ${CLIENTS.join(', ')}`)
    .option('--list-tools', 'list the tools this server would offer, with what each does, and exit')
    .addHelpText(
      'after',
      `
The server speaks MCP on stdin and stdout and logs to stderr. It uses the same profile, API key
and base URL as every other command (--profile, ASHBY_API_KEY, ...); --sandbox serves the offline
organisation, so an assistant can be tried without a key. Tools that archive, delete, hire, make
offers or can email candidates act only when called with confirm: true; without it they describe
what they would do.

Examples:
  ashby mcp --print-config claude          # paste into claude_desktop_config.json
  ashby mcp --sandbox --read-only          # what a client runs
  ashby mcp --tools "candidate_*" --tools search_candidates --list-tools`,
    )
    .action(async (o: McpOptions) => {
      if (ctx.opts.dryRun)
        throw new UsageError('--dry-run does not apply to ashby mcp', {
          hint: 'tools that change data describe their effect unless called with confirm: true',
        });
      if (o.printConfig !== undefined) return printConfig(ctx, o);
      const { allTools, selectTools, serveStdio } = await import('../../mcp/server.js');
      if (o.listTools) {
        const tools = selectTools(await allTools(), { readOnly: o.readOnly, tools: o.tools });
        const out = await ctx.renderer({ columns: ['name', 'kind', 'description'] });
        await out.list(tools.map((t) => ({ name: t.name, kind: t.confirm ? 'confirm' : t.write ? 'write' : 'read', description: t.description })));
        return;
      }
      await serveStdio(ctx, { readOnly: o.readOnly, tools: o.tools });
    });
  setMeta(cmd, { kind: 'builtin' });
}

/** How a client starts this server: `ashby` when that is this program on PATH, else node and the script. */
async function launcher(ctx: Context): Promise<{ command: string; args: string[] }> {
  const { realpathSync, existsSync } = await import('node:fs');
  const { delimiter, join } = await import('node:path');
  const script = process.argv[1] ? realpathSync(process.argv[1]) : undefined;
  for (const dir of (ctx.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const p = join(dir, 'ashby');
    try {
      if (existsSync(p) && script && realpathSync(p) === script) return { command: 'ashby', args: [] };
    } catch {
      /* unreadable PATH entry */
    }
  }
  return script ? { command: process.execPath, args: [script] } : { command: 'ashby', args: [] };
}

async function printConfig(ctx: Context, o: McpOptions): Promise<void> {
  const client = (o.printConfig ?? '').toLowerCase();
  if (!CLIENTS.includes(client)) throw new UsageError(`--print-config "${o.printConfig}": expected one of ${CLIENTS.join(', ')}`);
  const { command, args: pre } = await launcher(ctx);
  const args = [...pre, 'mcp'];
  if (o.readOnly) args.push('--read-only');
  if (ctx.sandbox) args.push('--sandbox');
  const profile = ctx.opts.profile;
  if (profile) args.push('--profile', profile);
  if (ctx.opts.baseUrl) args.push('--base-url', ctx.opts.baseUrl);
  for (const t of o.tools) args.push('--tools', t);
  const server = { command, args };
  const snippet = client === 'vscode' ? { servers: { ashby: { type: 'stdio', ...server } } } : { mcpServers: { ashby: server } };
  ctx.io.stdout.write(`${JSON.stringify(snippet, null, 2)}\n`);
  const where: Record<string, string> = {
    claude: `Claude Desktop: merge into claude_desktop_config.json (Settings > Developer > Edit Config).\nClaude Code: claude mcp add ashby -- ${[command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')}`,
    cursor: 'Cursor: merge into ~/.cursor/mcp.json (every project) or .cursor/mcp.json (this project).',
    vscode: 'VS Code: merge into .vscode/mcp.json in the workspace (or run "MCP: Add Server").',
  };
  ctx.info(where[client]);
  ctx.info('No key goes into the file: the server uses your ashby profile (ashby auth login).');
}
