// Start-up of `ashby __complete` with a warm cache against a bare `node -e 0` (goal: within 1.5×).
// Writes a fresh name cache (300 jobs, 2,000 stages) into the config dir bench/startup.mjs uses,
// checks that each variant answers from it, then lets bench/startup.mjs time them interleaved with
// its own variants. No network, no sandbox.
//   node bench/complete.mjs [runs]     (build first: npm run build)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = process.argv[2] ?? '40';
const config = '/tmp/ashby-bench-config'; // the one bench/startup.mjs runs with
const bin = fileURLToPath(new URL('../bin/ashby.js', import.meta.url));
const cache = join(config, 'cache', 'default');
mkdirSync(cache, { recursive: true });
const uuid = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const write = (kind, items) =>
  writeFileSync(join(cache, `${kind}.json`), JSON.stringify({ kind, origin: 'https://api.ashbyhq.com', fetchedAt: new Date().toISOString(), items }));
write(
  'job',
  Array.from({ length: 300 }, (_, i) => ({ id: uuid(i), name: `Job ${i} Engineer`, detail: 'Open', meta: { defaultInterviewPlanId: uuid(10_000 + i) } })),
);
write(
  'stage',
  Array.from({ length: 2000 }, (_, i) => ({
    id: uuid(20_000 + i),
    name: `Stage ${i % 8}`,
    detail: 'Active',
    meta: { interviewPlanId: uuid(10_000 + (i % 300)) },
  })),
);

// bench/startup.mjs splits each extra variant at spaces.
const variants = ['__complete live:job:name Job', `__complete live:stage:name St job=${uuid(7)}`, '__complete fields:candidate.info id,primaryEmailAddress.'];
const env = { PATH: process.env.PATH, HOME: config, ASHBY_CONFIG_DIR: config, ASHBY_NO_KEYCHAIN: '1' };
for (const v of variants) {
  const out = execFileSync(process.execPath, [bin, ...v.split(' ')], { env, encoding: 'utf8' });
  if (!out.trim()) throw new Error(`ashby ${v}: no answer from the cache`);
}
execFileSync(process.execPath, [fileURLToPath(new URL('startup.mjs', import.meta.url)), runs, ...variants], { stdio: 'inherit' });
