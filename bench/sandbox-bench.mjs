// Sandbox figures: time for `ashby sandbox serve --candidates N` to print its URL, the cost of a
// `--sandbox` command (start, load state, serve, save), and requests per second on candidate.list
// and candidate.info over loopback. Bounded: at most REQUESTS requests or SECONDS per load run.
//   node bench/sandbox-bench.mjs [candidates=100000] [requests=3000] [concurrency=8]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'undici';

const BIN = resolve(import.meta.dirname, '../bin/ashby.js');
const CANDIDATES = Number(process.argv[2] ?? 100_000);
const REQUESTS = Number(process.argv[3] ?? 3000);
const CONCURRENCY = Number(process.argv[4] ?? 8);
const SECONDS = 30;
const KEY = 'sandbox-api-key';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Spawns `sandbox serve`; resolves with the URL and the ms until it was printed. */
function serve(candidates) {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--candidates', String(candidates)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let url;
    let ms;
    // The URL comes first on stdout; the in-process build time follows on stderr ("ready in N ms").
    const check = () => {
      const m = /ready in (\d+) ms/.exec(err);
      if (url && m) ok({ child, url, ms, inner: Number(m[1]) });
    };
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl !== -1 && !url) {
        url = out.slice(0, nl);
        ms = performance.now() - t0;
        check();
      }
    });
    child.stderr.on('data', (d) => {
      err += d;
      check();
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`sandbox serve exited with ${code}`)));
  });
}

async function stop(child) {
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

async function load(url, endpoint, bodyFor) {
  const pool = new Pool(url, { connections: CONCURRENCY });
  const auth = `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`;
  const latencies = [];
  let sent = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  async function worker(w) {
    let cursor;
    while (sent < REQUESTS && performance.now() < deadline) {
      const i = sent++;
      const t = performance.now();
      const res = await pool.request({
        path: `/${endpoint}`,
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(bodyFor(i, w, cursor)),
      });
      const body = await res.body.json();
      if (!body.success) throw new Error(`${endpoint}: ${JSON.stringify(body)}`);
      cursor = body.moreDataAvailable ? body.nextCursor : undefined;
      latencies.push(performance.now() - t);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  const secs = (performance.now() - t0) / 1000;
  await pool.close();
  return { rps: latencies.length / secs, p50: pct(latencies, 0.5), p95: pct(latencies, 0.95), n: latencies.length };
}

const ready = [];
for (const n of [CANDIDATES, 1000]) {
  const runs = [];
  const inner = [];
  for (let i = 0; i < 5; i++) {
    const r = await serve(n);
    runs.push(r.ms);
    inner.push(r.inner);
    await stop(r.child);
  }
  ready.push([n, median(runs), median(inner)]);
}

const env = { ...process.env, ASHBY_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'ashby-bench-')), ASHBY_NO_KEYCHAIN: '1' };
const timeCmd = (args) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`ashby ${args.join(' ')}: ${r.stderr}`);
  return performance.now() - t;
};
timeCmd(['--sandbox', 'api', 'apiKey.info']); // creates the state
const embeddedRead = median(Array.from({ length: 7 }, () => timeCmd(['--sandbox', 'api', 'candidate.list', '--limit', '5'])));
const embeddedWrite = median(Array.from({ length: 7 }, (_, i) => timeCmd(['--sandbox', 'api', 'candidate.create', '-f', `name=Bench ${i}`])));
const bareNode = median(
  Array.from({ length: 7 }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t;
  }),
);

const { child, url } = await serve(CANDIDATES);
let list;
let info;
try {
  // Each worker pages through the list with real cursors, as a sync client would.
  list = await load(url, 'candidate.list', (_i, _w, cursor) => (cursor ? { limit: 100, cursor } : { limit: 100 }));
  const ids = (
    await (
      await fetch(`${url}/candidate.list`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`, 'content-type': 'application/json' },
        body: '{"limit":100}',
      })
    ).json()
  ).results.map((c) => c.id);
  info = await load(url, 'candidate.info', (i) => ({ id: ids[i % ids.length] }));
} finally {
  await stop(child);
}

const f = (x) => x.toFixed(0);
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const [n, ms, inner] of ready)
  console.log(
    `sandbox serve --candidates ${n}: URL printed after ${f(ms)} ms from spawn (median of 5); organisation built and listening ${f(inner)} ms after the command started`,
  );
console.log(`node -e 0: ${f(bareNode)} ms; --sandbox read command: ${f(embeddedRead)} ms; --sandbox write command: ${f(embeddedWrite)} ms (medians of 7)`);
console.log(
  `candidate.list limit 100 (paging with cursors, ${CONCURRENCY} connections): ${f(list.rps)} req/s, ${f(list.rps * 100)} records/s, p50 ${f(list.p50)} ms, p95 ${f(list.p95)} ms (${list.n} requests)`,
);
console.log(`candidate.info (${CONCURRENCY} connections): ${f(info.rps)} req/s, p50 ${f(info.p50)} ms, p95 ${f(info.p95)} ms (${info.n} requests)`);
