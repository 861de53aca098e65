// `ashby sandbox serve|reset|stats`: run the offline Ashby organisation as a local server (like
// stripe-mock, but with state), or start the embedded one (--sandbox) over.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { intOption } from '../../context.js';
import { UsageError } from '../../errors.js';
import { defineCommand } from '../define.js';

interface ServeOptions {
  host: string;
  port: string;
  state?: string;
  seed?: string;
  candidates?: string;
  apiKey?: string;
  faults?: string;
  latency?: string;
  rateLimit?: string;
}

export function register(program: Command, ctx: Context): void {
  const sandbox = program
    .command('sandbox')
    .description('Run or reset the offline sandbox organisation')
    .addHelpText(
      'after',
      `
The sandbox is a local, stateful fake of the Ashby API: every endpoint answers with the shapes
Ashby documents, and writes change what later reads return. Add --sandbox to any command to use
the one kept in your config dir, or run a server for other programs with \`ashby sandbox serve\`.

Examples:
  ashby --sandbox candidate list --limit 5
  ashby sandbox reset --candidates 500
  ashby sandbox serve --port 8080 --candidates 100000
  ashby sandbox serve --faults 429=0.1,500=0.05,reset=0.05 --latency 50`,
    );

  defineCommand(sandbox, {
    name: 'serve',
    description: 'Serve a sandbox organisation over HTTP until interrupted; prints its base URL first',
    endpoints: [],
    fileOptions: ['state'],
  })
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <n>', 'port, 0 for any free one', '0')
    .option('--state <file>', 'load state from this JSON file if it exists, and save to it on exit')
    .option('--seed <n>', 'seed of the generated organisation (default 1)')
    .option('--candidates <n>', 'number of generated candidates (default 1000)')
    .option('--api-key <key>', 'the API key clients must send (default: sandbox-api-key)')
    .option('--faults <spec>', 'inject faults, e.g. 429=0.1,429-no-retry-after=0.05,500=0.05,reset=0.05,500-after=0.01')
    .option('--latency <ms>', 'add this delay to every API response')
    .option('--rate-limit <n>', 'requests per second per key; more get HTTP 429 with Retry-After')
    .addHelpText(
      'after',
      `
Fault kinds: 429, 429-no-retry-after, 500, 502, 503, reset (connection dropped) strike before the
call is handled; 500-after and reset-after apply the call first, then fail. retry-after=S sets the
Retry-After of injected 429s. GET <url>/_sandbox/stats shows requests, applied writes and faults.

Example:
  ashby sandbox serve --port 8080 --candidates 5000 &   # first line on stdout: http://127.0.0.1:8080
  ASHBY_BASE_URL=http://127.0.0.1:8080 ASHBY_API_KEY=sandbox-api-key ashby api candidate.list --all -o ndjson`,
    )
    .action(async (o) => serve(ctx, o));

  defineCommand(sandbox, {
    name: 'reset',
    description: 'Start the --sandbox organisation over from its seed (all changes are lost)',
    endpoints: [],
  })
    .option('--seed <n>', 'seed of the generated organisation (default 1)')
    .option('--candidates <n>', 'number of generated candidates (default 50)')
    .action(async (o) => {
      const { embeddedStatePath, EMBEDDED_CANDIDATES, EMBEDDED_SEED } = await import('../../sandbox/embedded.js');
      const { saveStateFile } = await import('../../sandbox/server.js');
      const { STATE_VERSION } = await import('../../sandbox/store.js');
      const seed = o.seed !== undefined ? intOption('--seed', o.seed, 0, 2 ** 31 - 1) : EMBEDDED_SEED;
      const candidates = o.candidates !== undefined ? intOption('--candidates', o.candidates, 0, 1_000_000) : EMBEDDED_CANDIDATES;
      const cfg = await ctx.loadConfig();
      const path = embeddedStatePath(cfg.dir);
      if (ctx.opts.dryRun) {
        // --dry-run changes nothing, here as everywhere: the sandbox's changes are someone's work.
        ctx.info(
          `--dry-run: sandbox reset would start ${path} over (seed ${seed}, ${candidates} candidates) and empty its mirror and name cache; nothing was changed`,
        );
        return;
      }
      const { acquireLock, lockWaitMs } = await import('../../io/lock.js');
      const release = await acquireLock(`${path}.lock`, { what: 'the sandbox state', timeoutMs: lockWaitMs(ctx.env) });
      try {
        saveStateFile(path, { version: STATE_VERSION, seed, candidates, seq: 0, clockOffsetMs: 0, collections: {}, files: [] });
      } finally {
        release();
      }
      // The sandbox's mirror (ashby --sandbox sync) holds sync tokens of the old organisation.
      const { defaultMirrorPath, deleteMirror } = await import('../../mirror/paths.js');
      deleteMirror(defaultMirrorPath(cfg.dir, 'sandbox'));
      // So does its name cache: a tag or job title there would name an id the new one lacks.
      const { cacheScope } = await import('../../config/paths.js');
      const { rmSync } = await import('node:fs');
      rmSync(cacheScope(cfg.dir, { sandbox: true }).dir, { recursive: true, force: true });
      ctx.info(`sandbox reset: seed ${seed}, ${candidates} candidates (${path})`);
    });

  defineCommand(sandbox, {
    name: 'stats',
    description: 'Show what the --sandbox organisation holds: seed, size and changes made',
    endpoints: [],
  }).action(async () => {
    const { embeddedStatePath, EMBEDDED_CANDIDATES, EMBEDDED_SEED } = await import('../../sandbox/embedded.js');
    const { loadStateFile } = await import('../../sandbox/server.js');
    const cfg = await ctx.loadConfig();
    const path = embeddedStatePath(cfg.dir);
    const s = loadStateFile(path);
    const changed = Object.fromEntries(Object.entries(s?.collections ?? {}).map(([k, c]) => [k, c.changed.length]));
    // Its saved reports, by title (Ashby's API cannot list them): `ashby --sandbox report run TITLE`.
    const { startEmbeddedSandbox } = await import('../../sandbox/embedded.js');
    const sb = await startEmbeddedSandbox({ dir: cfg.dir, env: ctx.env });
    let reports: unknown[] = [];
    try {
      const res = await fetch(`${sb.baseUrl}/_sandbox/reports`);
      reports = ((await res.json()) as { results?: unknown[] }).results ?? [];
    } finally {
      await sb.close();
    }
    const out = await ctx.renderer();
    await out.object({
      path,
      exists: Boolean(s),
      seed: s?.seed ?? EMBEDDED_SEED,
      candidates: s?.candidates ?? EMBEDDED_CANDIDATES,
      writes: s?.seq ?? 0,
      changedByKind: changed,
      files: s?.files.length ?? 0,
      reports,
    });
  });
}

async function serve(ctx: Context, o: ServeOptions): Promise<void> {
  const { startSandboxServer, DEFAULT_API_KEY } = await import('../../sandbox/server.js');
  const { parseFaults } = await import('../../sandbox/faults.js');
  const port = intOption('--port', o.port, 0, 65535);
  const seed = o.seed !== undefined ? intOption('--seed', o.seed, 0, 2 ** 31 - 1) : undefined;
  const candidates = o.candidates !== undefined ? intOption('--candidates', o.candidates, 0, 10_000_000) : undefined;
  const latencyMs = o.latency !== undefined ? intOption('--latency', o.latency, 0, 600_000) : undefined;
  const rateLimit = o.rateLimit !== undefined ? intOption('--rate-limit', o.rateLimit, 0, 1_000_000) : undefined;
  try {
    parseFaults(o.faults);
  } catch (e) {
    throw new UsageError(`--faults: ${(e as Error).message}`);
  }
  if (o.apiKey !== undefined && !o.apiKey.trim()) throw new UsageError('--api-key must not be empty');
  const started = Date.now();
  let h: Awaited<ReturnType<typeof startSandboxServer>>;
  try {
    h = await startSandboxServer({ host: o.host, port, stateFile: o.state, seed, candidates, apiKey: o.apiKey, faults: o.faults, latencyMs, rateLimit });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE')
      throw new UsageError(`port ${port} on ${o.host} is already in use`, { hint: 'pick another with --port, or --port 0 for any free one' });
    if (err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${o.host}:${port} (${err.code})`);
    throw e;
  }
  ctx.io.stdout.write(`${h.url}\n`);
  const p = h.world.store.params;
  if ((seed !== undefined && seed !== p.seed) || (candidates !== undefined && candidates !== p.candidates)) {
    ctx.warn(
      `${o.state} holds an organisation with seed ${p.seed} and ${p.candidates} candidates; --seed/--candidates are ignored (delete the file to start over)`,
    );
  }
  ctx.info(`sandbox ready in ${Date.now() - started} ms: seed ${p.seed}, ${p.candidates} candidates${o.state ? `, state ${o.state}` : ''}`);
  ctx.info(o.apiKey ? 'API key: the one given with --api-key' : `API key: ${DEFAULT_API_KEY}`);
  ctx.info(`try:   ASHBY_BASE_URL=${h.url} ASHBY_API_KEY=${o.apiKey ? '<your key>' : DEFAULT_API_KEY} ashby api candidate.list --limit 3`);
  ctx.info(`stats: curl ${h.url}/_sandbox/stats`);
  ctx.info('stop with Ctrl-C');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    ctx.signal.addEventListener('abort', stop, { once: true });
  });
  await h.close();
  ctx.info(o.state ? `sandbox stopped; state saved to ${o.state}` : 'sandbox stopped');
}
