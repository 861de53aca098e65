// `ashby mcp`: the catalog and the workflows as MCP tools on stdio, through the official SDK. The
// protocol owns stdout; everything else the code would print goes into a call's notes or to stderr.
import type { Readable, Writable } from 'node:stream';
import { VERSION, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { CallContext } from './call-context.js';
import { errorResult } from './results.js';
import type { ToolDef, ToolEnv } from './tool.js';

export interface ServeOptions {
  readOnly?: boolean;
  /** Globs over tool names (`candidate_*`, `*_list`); none: every tool. */
  tools?: string[];
  /** Run once after the first tools/list is answered (checks that can wait until then). */
  preflight?: () => Promise<void>;
}

const INSTRUCTIONS = `Tools for the Ashby applicant tracking system. Tools named resource_action (candidate_list, application_changeStage) call one Ashby API endpoint each and take ids. The workflow tools (search_candidates, view_candidate, move_application_to_stage, archive_applications, hire_application, create_offer) take names and email addresses and look the ids up. Tools that archive, delete, hire, make offers or can email candidates need confirm: true; without it they describe what they would do and change nothing, so show that to the user before confirming. pipeline, stale_applications, funnel, time_in_stage and search_mirror answer from a local copy of Ashby, brought up to date first when older than 15 minutes. Lists answer one page: pass nextCursor back as cursor (or nextOffset as offset) for more. Long text is cut, marked "[trimmed: …]".`;

/** `*` any run of characters, `?` one; everything else literal. */
export function globMatcher(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/** The tools to offer: all, less the writes with --read-only, narrowed by --tools globs. */
export function selectTools(all: ToolDef[], o: ServeOptions): ToolDef[] {
  let tools = o.readOnly ? all.filter((t) => !t.write) : all;
  if (o.tools?.length) {
    const globs = o.tools.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
    const unmatched = globs.filter((g) => !all.some((t) => globMatcher(g).test(t.name)));
    if (unmatched.length) {
      throw new UsageError(`--tools ${unmatched.map((g) => `"${g}"`).join(', ')} matches no tool`, { hint: 'see the names with `ashby mcp --list-tools`' });
    }
    tools = tools.filter((t) => globs.some((g) => globMatcher(g).test(t.name)));
    if (!tools.length) throw new UsageError('--tools leaves no tool to offer (with --read-only, only read tools count)');
  }
  return tools;
}

export async function allTools(): Promise<ToolDef[]> {
  const [{ catalogTools }, { workflowTools }, { mirrorTools }] = await Promise.all([import('./catalog-tools.js'), import('./workflows.js'), import('./mirror-tools.js')]);
  return [...workflowTools(), ...mirrorTools(), ...catalogTools()];
}

export function toolEnv(ctx: Context): ToolEnv {
  return { context: (call) => new CallContext(ctx.env, ctx.opts, { log: ctx.io.stderr, ...call }) };
}

/** Answers one tools/call: refused when it is not offered, else run with errors as tool errors. */
export async function callTool(
  offered: Map<string, ToolDef>,
  all: ToolDef[],
  o: ServeOptions,
  name: string,
  args: Record<string, unknown>,
  env: ToolEnv,
  redact: (s: string) => string,
) {
  const tool = offered.get(name);
  if (!tool) {
    const known = all.find((t) => t.name === name);
    const why =
      known?.write && o.readOnly
        ? `${name} changes data, and this server is read-only (ashby mcp --read-only)`
        : known
          ? `${name} is not among the tools this server offers (ashby mcp --tools)`
          : `there is no tool named ${name}`;
    return errorResult(new UsageError(`refused: ${why}`), redact);
  }
  try {
    return await tool.run(args ?? {}, env);
  } catch (err) {
    return errorResult(err, redact);
  }
}

export async function serve(ctx: Context, o: ServeOptions, streams: { stdin: Readable; stdout: Writable }): Promise<void> {
  // The SDK and the catalog load together; the tools are ready by the time a client asks.
  const [{ Server }, { StdioServerTransport }, types, all] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/index.js'),
    import('@modelcontextprotocol/sdk/server/stdio.js'),
    import('@modelcontextprotocol/sdk/types.js'),
    allTools(),
  ]);
  const tools = selectTools(all, o);
  const offered = new Map(tools.map((t) => [t.name, t]));
  const env = toolEnv(ctx);
  const redact = (s: string) => (ctx.env.ASHBY_API_KEY && ctx.env.ASHBY_API_KEY.length >= 4 ? s.split(ctx.env.ASHBY_API_KEY).join('[REDACTED]') : s);
  const listing = tools.map((t) => ({ name: t.name, title: t.annotations.title, description: t.description, inputSchema: t.inputSchema, annotations: t.annotations }));

  const server = new Server({ name: 'ashby', title: 'Ashby', version: VERSION }, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  const inFlight = new Set<Promise<unknown>>();
  let preflight = o.preflight;
  server.setRequestHandler(types.ListToolsRequestSchema, async () => {
    if (preflight) setTimeout(preflight, 0);
    preflight = undefined;
    return { tools: listing };
  });
  server.setRequestHandler(types.CallToolRequestSchema, async (req, extra) => {
    const started = Date.now();
    const p = callTool(offered, all, o, req.params.name, req.params.arguments ?? {}, { context: (call) => env.context({ ...call, signal: extra.signal }) }, redact);
    inFlight.add(p);
    try {
      const r = await p;
      ctx.debug(`mcp: ${req.params.name} ${r.isError ? 'failed' : 'ok'} in ${Date.now() - started} ms`);
      return r;
    } finally {
      inFlight.delete(p);
    }
  });
  server.onerror = (err) => ctx.debug(`mcp: ${redact(String(err))}`);

  const transport = new StdioServerTransport(streams.stdin, streams.stdout);
  // Clients end a server by closing its stdin, then SIGTERM; Ctrl-C aborts the context.
  let onTerm = () => {};
  const closed = new Promise<void>((resolve) => {
    const done = () => resolve();
    onTerm = done;
    transport.onclose = done;
    streams.stdin.once('end', done);
    streams.stdin.once('close', done);
    ctx.signal.addEventListener('abort', done, { once: true });
  });
  process.once('SIGTERM', onTerm);
  try {
    await server.connect(transport);
    ctx.info(`ashby mcp: serving ${tools.length} tools on stdio${ctx.sandbox ? ' (sandbox organisation)' : ''}${o.readOnly ? ', read-only' : ''}`);
    await closed;
    // Let calls under way finish (a sandbox call saves its changes when it ends).
    await Promise.allSettled([...inFlight]);
    await server.close().catch(() => {});
  } finally {
    process.off('SIGTERM', onTerm);
    // Stop reading, so that nothing keeps the process alive once the server is done.
    streams.stdin.destroy();
  }
}

