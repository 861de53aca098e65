// Bulk figures (issue 14): 1,000 `candidate add-tag` records against `ashby sandbox serve
// --candidates 100000`, three ways:
//   - ashby --from (8 in flight), against bench/bulk-baseline.mjs (bare undici, 8 in flight);
//   - the `xargs -n1` loop a user writes today, on the first LOOP records, scaled to 1,000;
//   - ashby --from with the sandbox's --rate-limit, against the time the limit itself imposes.
// Each ashby and baseline run is a whole process (start-up included), interleaved, RUNS times.
//   scripts/dev.sh npm run build && node bench/bulk.mjs [runs=2] [loop=100] [rateLimit=100] [latencyMs=0]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../bin/ashby.js');
const BASELINE = resolve(import.meta.dirname, 'bulk-baseline.mjs');
const RUNS = Number(process.argv[2] ?? 2);
const LOOP = Number(process.argv[3] ?? 100);
const RATE = Number(process.argv[4] ?? 100);
const LATENCY = Number(process.argv[5] ?? 0);
const N = 1000;
const KEY = 'sandbox-api-key';
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-bench-'));

function serve(args) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--candidates', '100000', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl !== -1) ok({ child, url: out.slice(0, nl) });
    });
    child.on('error', fail);
  });
}

async function api(url, endpoint, body, retry = true) {
  // A kept-alive connection may have been closed by the server while a run went on: try once more.
  const res = await fetch(`${url}/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` },
    body: JSON.stringify(body),
  }).catch((e) => (retry ? null : Promise.reject(e)));
  if (!res) return api(url, endpoint, body, false);
  const env = await res.json();
  if (!env.success) throw new Error(`${endpoint}: ${JSON.stringify(env)}`);
  return env;
}

async function candidates(url, n) {
  const ids = [];
  let cursor;
  while (ids.length < n) {
    const env = await api(url, 'candidate.list', { limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...env.results.map((c) => c.id));
    cursor = env.nextCursor;
  }
  return ids.slice(0, n);
}

function timed(cmd, args, env, input) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, input, stdio: ['pipe', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const { child, url } = await serve(LATENCY ? ['--latency', String(LATENCY)] : []);
try {
  const env = { ASHBY_BASE_URL: url, ASHBY_API_KEY: KEY, ASHBY_CONFIG_DIR: dir, ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1' };
  const ids = await candidates(url, N);
  const file = join(dir, 'records.ndjson');
  writeFileSync(file, ids.map((id) => JSON.stringify({ candidateId: id })).join('\n'));
  const tag = (await api(url, 'candidateTag.create', { title: `bench ${Date.now()}` })).results.id;

  const ours = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(timed(process.execPath, [BASELINE, file, tag, '8'], env).ms);
    ours.push(timed(process.execPath, [BIN, 'candidate', 'add-tag', '--from', file, '--tag-id', tag], env).ms);
  }
  // The loop a user writes today: one process per record.
  const loop = timed('xargs', ['-n1', '-I{}', process.execPath, BIN, 'candidate', 'add-tag', '{}', '--tag-id', tag], env, ids.slice(0, LOOP).join('\n')).ms;
  const loopScaled = (loop * N) / LOOP;

  // A rate limit: ashby --from within 1.3x of N / RATE seconds, nothing failed.
  await api(url, '_sandbox/faults', { rateLimit: RATE });
  await new Promise((r) => setTimeout(r, 1100)); // an empty window to start from
  const limited = timed(process.execPath, [BIN, 'candidate', 'add-tag', '--from', file, '--tag-id', tag], env);
  await api(url, '_sandbox/faults', { rateLimit: 0 }).catch(() => {});

  const o = median(ours);
  const b = median(base);
  const floor = (N / RATE) * 1000;
  const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
  console.log(
    `node ${process.versions.node}, ${N} candidate add-tag records, sandbox serve --candidates 100000${LATENCY ? ` --latency ${LATENCY}` : ''}, load ${load}`,
  );
  console.log(`| run | median | ratio |`);
  console.log(`| --- | --- | --- |`);
  console.log(`| bare undici, 8 in flight (${RUNS} runs: ${base.map(fmt).join(', ')}) | ${fmt(b)} | 1.00 |`);
  console.log(`| ashby --from (${RUNS} runs: ${ours.map(fmt).join(', ')}) | ${fmt(o)} | ${(o / b).toFixed(2)}× the bare script |`);
  console.log(`| xargs -n1 loop, ${LOOP} records ${fmt(loop)}, scaled to ${N} | ${fmt(loopScaled)} | ashby is ${(loopScaled / o).toFixed(1)}× faster |`);
  console.log(`| ashby --from, --rate-limit ${RATE} (the limit alone: ${fmt(floor)}) | ${fmt(limited.ms)} | ${(limited.ms / floor).toFixed(2)}× the limit |`);
  console.log(limited.stderr.trim().split('\n').slice(-2).join('\n'));
} finally {
  child.kill('SIGTERM');
}
