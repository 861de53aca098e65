// Start-up of `ashby __complete` with a warm cache against a bare `node -e 0` (goal: within 1.5×).
// The cache is written here (300 jobs, 2,000 stages, fresh) in a private config dir, so no
// network and no sandbox are involved. Runs are interleaved so machine noise hits every variant.
//   node bench/complete.mjs [runs]     (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 40);
const bin = fileURLToPath(new URL('../bin/ashby.js', import.meta.url));
const config = mkdtempSync(join(tmpdir(), 'ashby-bench-complete-'));
const cache = join(config, 'cache', 'default');
mkdirSync(cache, { recursive: true });
const uuid = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const write = (kind, items) =>
  writeFileSync(join(cache, `${kind}.json`), JSON.stringify({ kind, origin: 'https://api.ashbyhq.com', fetchedAt: new Date().toISOString(), items }));
write('job', Array.from({ length: 300 }, (_, i) => ({ id: uuid(i), name: `Job ${i} Engineer`, detail: 'Open', meta: { defaultInterviewPlanId: uuid(10_000 + i) } })));
write('stage', Array.from({ length: 2000 }, (_, i) => ({ id: uuid(20_000 + i), name: `Stage ${i % 8}`, detail: 'Active', meta: { interviewPlanId: uuid(10_000 + (i % 300)) } })));

const env = { PATH: process.env.PATH, HOME: config, ASHBY_CONFIG_DIR: config, ASHBY_NO_KEYCHAIN: '1' };
const variants = {
  'node -e 0': ['-e', '0'],
  'ashby __complete live:job:name Job': [bin, '__complete', 'live:job:name', 'Job'],
  'ashby __complete live:stage:name "" job=…': [bin, '__complete', 'live:stage:name', '', 'job=Job 7 Engineer'],
  'ashby __complete fields:candidate.info': [bin, '__complete', 'fields:candidate.info', 'id,primaryEmailAddress.'],
};

const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const [name, args] of Object.entries(variants)) {
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' }); // also warms the compile cache
  if (r.status !== 0 || (name !== 'node -e 0' && !r.stdout)) throw new Error(`${name}: exit ${r.status}, no output`);
}
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(variants)) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times['node -e 0']);
console.log(`Node ${process.version}, ${runs} interleaved runs each\n`);
console.log('| command | median ms | × node -e 0 |\n| --- | --- | --- |');
for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${median(xs).toFixed(1)} | ${(median(xs) / base).toFixed(2)} |`);
