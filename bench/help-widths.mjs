// Every kind of help request against `node -e 0`, piped and on terminals of several widths (issue
// 15, item 16: help at 1.2× `node -e 0` or better at every width). A terminal is a pseudo-terminal
// from util-linux `script`, sized with `stty cols`; inside it this script runs the commands with
// their stdout on the terminal, interleaved with `node -e 0` so that noise hits both alike.
//   node bench/help-widths.mjs [runs=20] [widths=piped,80,100,120,134,200]   (npm run build first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/ashby.js', import.meta.url));
const env = { ...process.env, ASHBY_CONFIG_DIR: '/tmp/ashby-bench-config' };
const CASES = {
  'node -e 0': ['-e', '0'],
  'ashby --help': [bin, '--help'],
  'ashby -h': [bin, '-h'],
  'ashby help': [bin, 'help'],
  'ashby candidate --help': [bin, 'candidate', '--help'],
  'ashby help app': [bin, 'help', 'app'],
  'ashby candidate list --help': [bin, 'candidate', 'list', '--help'],
  'ashby help candidate view': [bin, 'help', 'candidate', 'view'],
  'ashby app stage -h': [bin, 'app', 'stage', '-h'],
  'ashby offer process show --help': [bin, 'offer', 'process', 'show', '--help'],
  'ashby help exit-codes': [bin, 'help', 'exit-codes'],
  // For reference, not a goal: a global flag in front, so the full CLI renders the same page.
  'ashby --no-input candidate list --help (CLI)': [bin, '--no-input', 'candidate', 'list', '--help'],
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Inside one terminal (or pipe): median ms of each case. */
function measure(runs, stdout) {
  const times = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
  for (const args of Object.values(CASES)) spawnSync(process.execPath, args, { env, stdio: 'ignore' }); // warm the compile cache
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(CASES)) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', stdout, 'ignore'] });
      if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
      times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
}

if (process.argv[2] === '--inside') {
  // In the pseudo-terminal: stdout is the terminal; the figures go to a file.
  writeFileSync(process.argv[4], JSON.stringify({ columns: process.stdout.columns, medians: measure(Number(process.argv[3]), 'inherit') }));
} else {
  const runs = Number(process.argv[2] ?? 20);
  const widths = (process.argv[3] ?? 'piped,80,100,120,134,200').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'ashby-help-bench-'));
  const results = {};
  try {
    for (const w of widths) {
      if (w === 'piped') {
        results.piped = measure(runs, 'pipe');
        continue;
      }
      const out = join(dir, `${w}.json`);
      const cmd = `stty cols ${Number(w)} rows 50; exec "${process.execPath}" "${fileURLToPath(import.meta.url)}" --inside ${runs} "${out}"`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) throw new Error(`script exited ${r.status}`);
      const { columns, medians } = JSON.parse(readFileSync(out, 'utf8'));
      if (columns !== Number(w)) throw new Error(`the terminal has ${columns} columns, not ${w}`);
      results[w] = medians;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cols = widths.filter((w) => results[w]);
  console.log(`Node ${process.version}, ${runs} interleaved runs per case and width; cells: median ms (× node -e 0)\n`);
  console.log(`| command | ${cols.map((c) => (c === 'piped' ? 'piped' : `${c} cols`)).join(' | ')} |`);
  console.log(`| --- | ${cols.map(() => '---').join(' | ')} |`);
  let worst = 0;
  for (const name of Object.keys(CASES)) {
    const cells = cols.map((c) => {
      const ratio = results[c][name] / results[c]['node -e 0'];
      if (name !== 'node -e 0' && !name.endsWith('(CLI)')) worst = Math.max(worst, ratio);
      return `${results[c][name].toFixed(1)} (${ratio.toFixed(2)})`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  console.log(`\nworst ratio ${worst.toFixed(2)}× (goal ≤ 1.2×)`);
}
