// `ashby candidate list --all -o ndjson` against a sandbox of 10,000 and of 100,000 candidates,
// interleaved with bench/list-stream-baseline.mjs (bare undici paging the same endpoint and
// writing the same NDJSON). Prints wall time and peak RSS (GNU time's %M) per variant, and the
// ratios the goals are about: RSS at 100k / RSS at 10k, and ashby time / baseline time.
//   node bench/list-stream.mjs [runs=3] [sizes=10000,100000]     (build first: npm run build)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../bin/ashby.js');
const BASELINE = resolve(import.meta.dirname, 'list-stream-baseline.mjs');
const RUNS = Number(process.argv[2] ?? 3);
const SIZES = (process.argv[3] ?? '10000,100000').split(',').map(Number);
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

/** Runs a command under GNU time; counts the NDJSON lines it prints without keeping them. */
function measure(args, env) {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (d) => {
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      const rss = Number(/MAXRSS (\d+)/.exec(err)?.[1]);
      if (code !== 0) return fail(new Error(`${args.join(' ')} exited ${code}: ${err}`));
      ok({ ms, rssMiB: rss / 1024, lines });
    });
  });
}

const rows = [];
for (const size of SIZES) {
  const { child, url } = await serve(size);
  const env = { ASHBY_BASE_URL: url, ASHBY_API_KEY: KEY, ASHBY_CONFIG_DIR: '/tmp/ashby-bench-config' };
  const variants = {
    ashby: [BIN, 'candidate', 'list', '--all', '-o', 'ndjson'],
    baseline: [BASELINE],
  };
  const res = { ashby: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of Object.entries(variants)) {
      const m = await measure(args, env);
      if (m.lines < size) throw new Error(`${name} printed ${m.lines} lines for ${size} candidates`);
      res[name].push(m);
    }
  }
  for (const [name, ms] of Object.entries(res)) {
    rows.push({ size, name, ms: median(ms.map((m) => m.ms)), rss: median(ms.map((m) => m.rssMiB)), lines: ms[0].lines });
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

console.log(`Node ${process.version}, ${RUNS} interleaved runs per variant and size, medians\n`);
console.log('| candidates | variant | lines | wall s | peak RSS MiB |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.size} | ${r.name} | ${r.lines} | ${(r.ms / 1000).toFixed(2)} | ${r.rss.toFixed(0)} |`);
const get = (size, name) => rows.find((r) => r.size === size && r.name === name);
const [small, big] = [Math.min(...SIZES), Math.max(...SIZES)];
console.log(`\nashby peak RSS ${big} / ${small}: ${(get(big, 'ashby').rss / get(small, 'ashby').rss).toFixed(2)}× (goal ≤ 1.2×)`);
for (const size of SIZES) console.log(`ashby / baseline time at ${size}: ${(get(size, 'ashby').ms / get(size, 'baseline').ms).toFixed(2)}× (goal ≤ 1.3×)`);
