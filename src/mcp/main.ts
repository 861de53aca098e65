// Bundle entry for `ashby mcp` (dist/mcp.js). bin/ashby.js comes here first for `ashby mcp …`, so
// that a client's launch line starts the server without commander and the command tree: the
// flags it may carry are read here, and anything else (help, --print-config, --list-tools, other
// global flags, a flag given twice) answers false and goes through the whole CLI, which does the
// same thing more slowly. The build also renders the tool list from here (scripts/build.mjs).
import { Context, type GlobalOptions } from '../context.js';
import { ExitCode } from '../errors.js';
import { processStreams } from '../io/streams.js';
import { guardProcess, onInterrupt, reportFailure } from '../process-guards.js';
import { serveStdio } from './server.js';

export { allTools, listed, recordInitialize } from './server.js';

const SWITCHES: Record<string, 'readOnly' | 'sandbox' | 'debug'> = { '--read-only': 'readOnly', '--sandbox': 'sandbox', '--debug': 'debug' };
const VALUES: Record<string, 'profile' | 'baseUrl' | 'tools'> = { '--profile': 'profile', '--base-url': 'baseUrl', '--tools': 'tools' };

/** The options commander would give the mcp command for these arguments (after `mcp`), or undefined when it takes the CLI. */
export function directOptions(args: string[]): (GlobalOptions & { readOnly?: boolean; tools: string[] }) | undefined {
  const opts: GlobalOptions & { readOnly?: boolean; tools: string[] } = { input: true, tools: [] };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf('=');
    const flag = eq > 0 ? args[i].slice(0, eq) : args[i];
    if (SWITCHES[flag] && eq < 0) {
      opts[SWITCHES[flag]] = true;
      continue;
    }
    const key = VALUES[flag];
    if (!key) return undefined;
    const value = eq > 0 ? args[i].slice(eq + 1) : args[++i];
    if (value === undefined || value.startsWith('-') || (key !== 'tools' && seen.has(key))) return undefined;
    seen.add(key);
    if (key === 'tools') opts.tools.push(value);
    else opts[key] = value;
  }
  // Two organisations named, or an empty profile name: the CLI says so (exit 2).
  if (opts.profile === '' || (opts.sandbox && (opts.profile !== undefined || opts.baseUrl !== undefined))) return undefined;
  return opts;
}

/** Serves `ashby mcp` when the arguments allow it; false when the CLI should run them instead. */
export async function serveDirect(args: string[]): Promise<boolean> {
  const opts = directOptions(args);
  if (!opts) return false;
  guardProcess(['mcp', ...args]);
  const io = processStreams();
  const ctx = new Context(io);
  ctx.opts = opts;
  const offInterrupt = onInterrupt(ctx);
  try {
    await serveStdio(ctx, { readOnly: opts.readOnly, tools: opts.tools });
    process.exitCode = ExitCode.ok;
  } catch (err) {
    // Reported as the CLI reports them (here mostly a --tools glob that matches nothing).
    process.exitCode = reportFailure(err, ctx, io);
  } finally {
    offInterrupt();
    await ctx.cleanup();
  }
  return true;
}
