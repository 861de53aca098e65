// The local mirror's speed goals (issue 16), against `ashby sandbox serve`:
//  1. first `ashby sync` of a 100,000-candidate organisation ≤ 1.5× bench/mirror-baseline.mjs
//     (bare undici fetching the same data to NDJSON), and peak RSS flat (100k ≤ 1.2× 10k);
//  2. a refresh after 100 writes ≤ 2% of the first sync's requests;
//  3. `ashby sql` and the analytics commands on the 100k mirror ≤ 300 ms wall, start-up included.
//   node bench/mirror.mjs [sizes=10000,100000] [queryRuns=5]     (build first: npm run build)
// Each size is synced once (plus one baseline run): this is minutes of work on a shared machine.
// MIRROR_BENCH_DB=path keeps the largest mirror at that path; when the file is already there, the
// syncs are skipped and only the queries are timed on it (for iterating on query speed).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../bin/ashby.js');
const BASELINE = resolve(import.meta.dirname, 'mirror-baseline.mjs');
const SIZES = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const QUERY_RUNS = Number(process.argv[3] ?? 5);
const KEY = 'sandbox-api-key';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function serve(candidates) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [BIN, 'sandbox', 'serve', '--candidates', String(candidates), '--api-key', KEY], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok({ child, url: out.slice(0, out.indexOf('\n')) });
    });
    child.on('exit', (code) => fail(new Error(`sandbox serve exited with ${code}`)));
  });
}

/**
 * Runs node with args under GNU time: wall ms, peak RSS, CPU seconds (user + system), and stdout
 * (kept only when asked). `toNull`: stdout to /dev/null (a file, as hyperfine times commands)
 * instead of this process's pipe, whose Node reader costs time of its own on a long answer.
 */
function measure(args, env, keep = false, toNull = false) {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS %M CPU %U %S', process.execPath, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', toNull ? 'ignore' : 'pipe', 'pipe'],
    });
    let out = '';
    let bytes = 0;
    let err = '';
    child.stdout?.on('data', (d) => {
      bytes += d.length;
      if (keep) out += d;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return fail(new Error(`${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(err);
      ok({ ms, rssMiB: Number(/MAXRSS (\d+)/.exec(err)?.[1]) / 1024, cpuS: Number(cpu?.[1]) + Number(cpu?.[2]), out, bytes });
    });
  });
}

async function api(url, endpoint, body) {
  const res = await fetch(`${url}/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}` },
    body: JSON.stringify(body),
  });
  const j = await res.json();
  if (!j.success) throw new Error(`${endpoint}: ${JSON.stringify(j.errorInfo)}`);
  return j;
}

/** 100 writes: 50 candidate renames and 50 stage moves. */
async function hundredWrites(url) {
  const cands = (await api(url, 'candidate.list', { limit: 50 })).results;
  for (const c of cands) await api(url, 'candidate.update', { candidateId: c.id, name: `${c.name} Jr` });
  const apps = (await api(url, 'application.list', { limit: 100, status: 'Active' })).results.slice(0, 50);
  for (const a of apps) {
    const stages = (await api(url, 'interviewStage.list', { interviewPlanId: a.currentInterviewStage.interviewPlanId })).results;
    const to = stages.find((s) => s.type === 'Active' && s.id !== a.currentInterviewStage.id);
    await api(url, 'application.changeStage', { applicationId: a.id, interviewStageId: to.id });
  }
}

const sum = (rows) => rows.reduce((n, r) => n + r.requests, 0);
/** CPU seconds a process has used so far (Linux /proc; fields 14 and 15 are in clock ticks, 100 a second here). */
const cpuOf = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const KEEP = process.env.MIRROR_BENCH_DB ? resolve(process.env.MIRROR_BENCH_DB) : undefined;
const report = [];
let lastDb;
let lastEnv;
if (KEEP && existsSync(KEEP)) {
  const dir = mkdtempSync(join(tmpdir(), 'ashby-mirror-bench-'));
  lastDb = { db: KEEP, dir, kept: true };
  lastEnv = { ASHBY_BASE_URL: 'http://127.0.0.1:9', ASHBY_API_KEY: KEY, ASHBY_CONFIG_DIR: join(dir, 'config') };
}
for (const size of lastDb?.kept ? [] : SIZES) {
  const { child, url } = await serve(size);
  const dir = mkdtempSync(join(tmpdir(), 'ashby-mirror-bench-'));
  const db = join(dir, 'mirror.db');
  const env = { ASHBY_BASE_URL: url, ASHBY_API_KEY: KEY, ASHBY_CONFIG_DIR: join(dir, 'config') };
  try {
    const c0 = cpuOf(child.pid);
    const base = await measure([BASELINE], env);
    const c1 = cpuOf(child.pid);
    const first = await measure([BIN, 'sync', '--db', db, '-o', 'json'], env, true);
    const c2 = cpuOf(child.pid);
    const firstRequests = sum(JSON.parse(first.out));
    await hundredWrites(url);
    const refresh = await measure([BIN, 'sync', '--db', db, '-o', 'json'], env, true);
    const refreshRequests = sum(JSON.parse(refresh.out));
    report.push({
      size,
      baselineS: base.ms / 1000,
      syncS: first.ms / 1000,
      ratio: first.ms / base.ms,
      baselineRssMiB: base.rssMiB,
      syncRssMiB: first.rssMiB,
      baselineCpuS: base.cpuS,
      syncCpuS: first.cpuS,
      serverCpuBaselineS: c1 - c0,
      serverCpuSyncS: c2 - c1,
      firstRequests,
      refreshRequests,
      refreshShare: refreshRequests / firstRequests,
      refreshS: refresh.ms / 1000,
    });
    console.error(JSON.stringify(report[report.length - 1]));
    if (lastDb) rmSync(lastDb.dir, { recursive: true, force: true });
    lastDb = { db, dir };
    lastEnv = env;
  } finally {
    child.kill('SIGINT');
  }
}

// Queries on the last (largest) mirror, offline: start-up included, median of QUERY_RUNS.
const QUERIES = {
  'sql (count by status)': ['sql', 'SELECT status, count(*) AS n FROM applications GROUP BY status'],
  'sql (join: stuck 30+ days)': [
    'sql',
    "SELECT a.candidate_name, h.entered_at FROM applications a JOIN application_history h ON h.application_id = a.id AND h.stage_id = a.stage_id AND h.left_at IS NULL WHERE a.status = 'Active' AND h.entered_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days') LIMIT 100",
  ],
  pipeline: ['pipeline', '--offline'],
  'funnel --by source': ['funnel', '--by', 'source', '--offline'],
  'stale --days 30': ['stale', '--days', '30', '--offline'],
  'stale --days 900 (a short list)': ['stale', '--days', '900', '--offline'],
  // The same long answer in the other formats a script asks for (not the goal's figure).
  'stale --days 30 -o ndjson': ['stale', '--days', '30', '--offline', '-o', 'ndjson'],
  'stale --days 30 -o csv': ['stale', '--days', '30', '--offline', '-o', 'csv'],
  'stale --days 30 --fields (all seven)': ['stale', '--days', '30', '--offline', '--fields', 'candidate,job,stage,days,enteredAt,applicationId,candidateId'],
  'time-in-stage': ['time-in-stage', '--offline'],
  search: ['search', 'karen', '--offline'],
  'node -e 0 (for scale)': null,
  // What passing stale's answer through this pipe costs by itself: node writing as many bytes,
  // ready-made, in 64 KiB strings with back-pressure (as the CLI writes), and nothing else.
  "node writing stale's bytes (for scale)": 'write',
};
const WRITE = `const s = 'x'.repeat(65536), total = Number(process.argv[1]); let n = 0;
const w = () => { while (n < total) { const c = s.slice(0, total - n); n += c.length; if (!process.stdout.write(c)) return process.stdout.once('drain', w); } }; w();`;
// Each query is timed twice per run: with stdout read through a pipe by this process (a Node
// reader, as in runs 1–14) and with stdout to /dev/null (since run 15: the command's own time).
const queryRows = [];
let staleBytes = 0;
for (const [name, args] of Object.entries(QUERIES)) {
  const piped = [];
  const toNull = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const argv =
      args === 'write'
        ? ['-e', WRITE, String(staleBytes)]
        : args
          ? [BIN, ...args, '--db', lastDb.db, ...(args.includes('-o') ? [] : ['-o', 'json'])]
          : ['-e', '0'];
    const r = await measure(argv, lastEnv);
    piped.push(r.ms);
    if (name === 'stale --days 30') staleBytes = r.bytes;
    toNull.push((await measure(argv, lastEnv, false, true)).ms);
  }
  queryRows.push({ query: name, 'ms, stdout to /dev/null': Math.round(median(toNull)), 'ms, through a pipe': Math.round(median(piped)) });
}
if (KEEP && !lastDb.kept) for (const ext of ['', '-wal']) if (existsSync(lastDb.db + ext)) copyFileSync(lastDb.db + ext, KEEP + ext);
rmSync(lastDb.dir, { recursive: true, force: true });

const r = (x, d = 2) => Number(x.toFixed(d));
if (report.length) {
  console.log('\nFirst sync vs bare undici (same requests), one run each:');
  console.table(
    report.map((x) => ({
      candidates: x.size,
      'baseline s': r(x.baselineS, 1),
      'sync s': r(x.syncS, 1),
      'sync/baseline': r(x.ratio),
      'baseline RSS MiB': r(x.baselineRssMiB, 0),
      'sync RSS MiB': r(x.syncRssMiB, 0),
      'baseline CPU s': r(x.baselineCpuS, 1),
      'sync CPU s': r(x.syncCpuS, 1),
      'server CPU s (baseline, sync)': `${r(x.serverCpuBaselineS, 1)}, ${r(x.serverCpuSyncS, 1)}`,
      requests: x.firstRequests,
    })),
  );
  if (report.length > 1)
    console.log(`peak RSS ${report[report.length - 1].size} / ${report[0].size}: ${r(report[report.length - 1].syncRssMiB / report[0].syncRssMiB)}`);
  console.log('\nRefresh after 100 writes:');
  console.table(
    report.map((x) => ({
      candidates: x.size,
      requests: x.refreshRequests,
      'share of first sync': `${r(x.refreshShare * 100, 2)}%`,
      seconds: r(x.refreshS, 1),
    })),
  );
}
console.log(`\nQueries on the ${lastDb.kept ? KEEP : `${SIZES[SIZES.length - 1]}-candidate`} mirror (median of ${QUERY_RUNS}, wall, start-up included):`);
console.table(queryRows);
