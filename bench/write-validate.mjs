// A generated write command against `ashby api` making the same request (issue 13: validators are
// compiled at build time, so a command with a body should cost about what `ashby api` costs).
// Both run with --dry-run, so the request is built, checked and printed but not sent: what differs
// is the generated command's flag parsing and request check. Runs are interleaved; medians printed.
//   node bench/write-validate.mjs [runs]     (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 30);
const bin = fileURLToPath(new URL('../bin/ashby.js', import.meta.url));
const env = { ...process.env, ASHBY_CONFIG_DIR: '/tmp/ashby-bench-config', ASHBY_API_KEY: 'bench-key' };
const C = '3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f';
const variants = {
  'node -e 0': ['-e', '0'],
  'ashby api customField.setValue (dry run)': [
    bin,
    'api',
    'customField.setValue',
    '-f',
    `objectId=${C}`,
    '-f',
    'objectType=Candidate',
    '-f',
    `fieldId=${C}`,
    '-f',
    'fieldValue=Remote',
    '--dry-run',
  ],
  'ashby custom-field set-value (dry run)': [
    bin,
    'custom-field',
    'set-value',
    '--object-id',
    C,
    '--object-type',
    'Candidate',
    '--field-id',
    C,
    '--field-value',
    '"Remote"',
    '--dry-run',
  ],
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
const api = median(times['ashby api customField.setValue (dry run)']);
console.log(`Node ${process.version}, ${runs} interleaved runs each\n`);
console.log('| command | median ms | × node -e 0 | × ashby api |\n| --- | --- | --- | --- |');
for (const [name, xs] of Object.entries(times))
  console.log(`| ${name} | ${median(xs).toFixed(1)} | ${(median(xs) / base).toFixed(2)} | ${(median(xs) / api).toFixed(2)} |`);
