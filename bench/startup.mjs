// Start-up of `ashby --version` and `ashby --help` against a bare `node -e 0` on the same Node.
// Runs are interleaved (A, B, C, A, B, C, ...) so that machine noise hits every variant alike;
// the medians and their ratios are printed as a Markdown table.
//   node bench/startup.mjs [runs]     (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 40);
const bin = fileURLToPath(new URL('../bin/ashby.js', import.meta.url));
const env = { ...process.env, ASHBY_CONFIG_DIR: '/tmp/ashby-bench-config' };
const variants = {
  'node -e 0': ['-e', '0'],
  'ashby --version': [bin, '--version'],
  'ashby --help': [bin, '--help'],
  'ashby candidate --help': [bin, 'candidate', '--help'],
  ...Object.fromEntries(process.argv.slice(3).map((a) => [`ashby ${a}`, [bin, ...a.split(' ')]])),
};

const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const args of Object.values(variants)) spawnSync(process.execPath, args, { env }); // warm the compile cache
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(variants)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
console.log(`Node ${process.version}, ${runs} interleaved runs each\n`);
console.log('| command | median ms | × node -e 0 |\n| --- | --- | --- |');
for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${median(xs).toFixed(1)} | ${(median(xs) / base).toFixed(2)} |`);
