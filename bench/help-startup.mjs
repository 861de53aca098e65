// `ashby <resource> --help` for every resource against `node -e 0`, interleaved so that machine
// noise hits both alike. Prints each resource's median and ratio, and the worst ratio (goal ≤ 1.5×).
//   node bench/help-startup.mjs [runs=10]     (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../bin/ashby.js');
const RUNS = Number(process.argv[2] ?? 10);
const env = { ...process.env, ASHBY_CONFIG_DIR: '/tmp/ashby-bench-config' };
const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const resources = readdirSync(resolve(import.meta.dirname, '../src/catalog/generated/resources')).map((f) => f.replace(/\.json$/, ''));

const run = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const r of resources) run([BIN, kebab(r), '--help']); // warm the compile cache
const base = [];
const times = Object.fromEntries(resources.map((r) => [r, []]));
for (let i = 0; i < RUNS; i++) {
  for (const r of resources) {
    base.push(run(['-e', '0']));
    times[r].push(run([BIN, kebab(r), '--help']));
  }
}
const b = median(base);
const rows = resources.map((r) => ({ r, ms: median(times[r]) })).sort((x, y) => y.ms - x.ms);
console.log(`Node ${process.version}, ${RUNS} runs per resource interleaved with node -e 0 (median ${b.toFixed(1)} ms)\n`);
console.log('| command | median ms | × node -e 0 |\n| --- | --- | --- |');
for (const { r, ms } of rows.slice(0, 5)) console.log(`| ashby ${kebab(r)} --help | ${ms.toFixed(1)} | ${(ms / b).toFixed(2)} |`);
console.log(`| … ${rows.length - 5} more | | |`);
console.log(`| fastest: ashby ${kebab(rows.at(-1).r)} --help | ${rows.at(-1).ms.toFixed(1)} | ${(rows.at(-1).ms / b).toFixed(2)} |`);
console.log(`\nworst ratio ${(rows[0].ms / b).toFixed(2)}× (goal ≤ 1.5×), median ratio ${(median(rows.map((x) => x.ms)) / b).toFixed(2)}×`);
