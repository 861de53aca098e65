// Where `ashby stale --days 30` spends its time on a large mirror (issue 16's query goal), part by
// part: each line is a fresh node process doing one more step of the same work, its stdout read
// through a pipe as bench/mirror.mjs reads the CLI's. Wall and CPU (user + sys) medians, and the
// minor page faults (on a VM where a fresh page costs ~15 µs, memory touched is time).
//   node bench/stale-parts.mjs MIRROR.db [runs=7]        (build first: npm run build)
// The steps run node:sqlite directly with stale's own query (src/mirror/analytics.ts), so what the
// CLI adds on top (start-up, argument parsing, the output layer) is the difference to the last lines.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const DB = process.argv[2];
const RUNS = Number(process.argv[3] ?? 7);
if (!DB) throw new Error('usage: node bench/stale-parts.mjs MIRROR.db [runs]');
const BIN = resolve(import.meta.dirname, '../bin/ashby.js');

// One program, told how far to go. `now` is fixed per bench run so every step sees the same rows.
const STEP = `
const [step, db, now] = [process.argv[1], process.argv[2], Number(process.argv[3])];
const DAY = 86400000;
const { DatabaseSync } = require('node:sqlite');
const d = new DatabaseSync(db, { readOnly: true });
const titles = new Map(d.prepare('SELECT id, title FROM jobs').all().map((r) => [r.id, r.title]));
const from = "FROM application_progress a WHERE a.status = 'Active' AND a.stage_entered_ms <= ? ORDER BY a.stage_entered_ms, a.id";
const cols = 'a.candidate_name, a.job_id, a.job_title, a.stage, a.stage_entered_ms, a.stage_entered_at, a.id, a.candidate_id';
const since = now - 30 * DAY;
if (step === 'walk') d.prepare('SELECT count(*) FROM (SELECT a.id ' + from + ')').get(since);
if (step === 'rows' || step === 'json') {
  const s = d.prepare('SELECT ' + cols + ' ' + from);
  s.setReturnArrays(true);
  const it = s.iterate(since);
  if (step === 'rows') for (const r of it) void r;
  else {
    // As the CLI makes a json list at hand (src/io/output.ts): a group of items per JSON.stringify.
    let n = 0;
    // To a file (/dev/null) as the CLI writes to one: fs.writeSync, which encodes each string into
    // a buffer Node reuses (src/io/streams.ts); through a pipe, the stream with back-pressure.
    const fd = process.argv[4] === 'fd';
    const { writeSync } = require('node:fs');
    const out = fd ? { write: (s) => (writeSync(1, s), true) } : process.stdout;
    const more = () => {
      let buf = '';
      let group = [];
      const text = () => { buf += (n ? ',' : '[') + JSON.stringify(group, null, 2).slice(1, -2); n += group.length; group = []; };
      for (let x = it.next(); !x.done; x = it.next()) {
        const r = x.value;
        group.push({ candidate: r[0], job: (r[1] !== null ? titles.get(r[1]) : undefined) ?? r[2], stage: r[3], days: Math.floor((now - r[4]) / DAY), enteredAt: r[5], applicationId: r[6], candidateId: r[7] });
        if (group.length < 110) continue;
        text();
        if (buf.length >= 65536) { if (!out.write(buf)) return out.once('drain', more); buf = ''; }
      }
      if (group.length) text();
      out.write(buf + (n ? '\\n]\\n' : '[]\\n'));
    };
    more();
  }
}`;
const WRITE = `const s = 'x'.repeat(65536), total = Number(process.argv[1]); let n = 0;
const w = () => { while (n < total) { const c = s.slice(0, total - n); n += c.length; if (!process.stdout.write(c)) return process.stdout.once('drain', w); } }; w();`;

const now = Date.now();
const env = {
  ...process.env,
  ASHBY_BASE_URL: 'http://127.0.0.1:9',
  ASHBY_API_KEY: 'bench',
  ASHBY_CONFIG_DIR: resolve('/tmp', `ashby-stale-parts-${process.pid}`),
};
let bytes = 0;
const PARTS = [
  ['node -e 0', () => ['-e', '0']],
  ['open the mirror, read job titles', () => ['-e', STEP, 'open', DB, String(now)]],
  ["+ walk stale's index over the active applications", () => ['-e', STEP, 'walk', DB, String(now)]],
  ['+ hand every row to JavaScript', () => ['-e', STEP, 'rows', DB, String(now)]],
  ['+ objects and JSON, written (the answer)', () => ['-e', STEP, 'json', DB, String(now)]],
  ["node writing the answer's bytes, ready-made", () => ['-e', WRITE, String(bytes)]],
  ['ashby pipeline (start-up, a small answer)', () => [BIN, 'pipeline', '--offline', '--db', DB, '-o', 'json']],
  ['ashby stale --days 900 (853-row answer)', () => [BIN, 'stale', '--days', '900', '--offline', '--db', DB, '-o', 'json']],
  ['ashby stale --days 30', () => [BIN, 'stale', '--days', '30', '--offline', '--db', DB, '-o', 'json']],
  // The same two with stdout to /dev/null: what the pipe and this bench's reader add.
  ["node writing the answer's bytes, to /dev/null", () => ['-e', WRITE, String(bytes)], 'null'],
  ['+ objects and JSON, written (the answer), to /dev/null', () => ['-e', STEP, 'json', DB, String(now), 'fd'], 'null'],
  ['ashby stale --days 30, to /dev/null', () => [BIN, 'stale', '--days', '30', '--offline', '--db', DB, '-o', 'json'], 'null'],
];

function measure(args, out = 'pipe') {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    // 'ignore' is /dev/null: a file, which Node writes synchronously.
    const child = spawn('/usr/bin/time', ['-f', '%U %S %R', process.execPath, ...args], { env, stdio: ['ignore', out === 'null' ? 'ignore' : 'pipe', 'pipe'] });
    let n = 0;
    let err = '';
    child.stdout?.on('data', (d) => (n += d.length));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return fail(new Error(`${args.slice(0, 2).join(' ')} exited ${code}: ${err.slice(-1000)}`));
      const [u, s, f] = err.trim().split('\n').pop().split(' ').map(Number);
      ok({ ms, cpu: (u + s) * 1000, faults: f, bytes: n });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = PARTS.map(() => []);
// The answer's size first (the ready-made write needs it), then the parts interleaved, run by run.
bytes = (await measure(PARTS[4][1]())).bytes;
for (let i = 0; i < RUNS; i++) for (const [k, [, args, out]] of PARTS.entries()) results[k].push(await measure(args(), out));
console.log(`${DB}: answer ${bytes} bytes; median of ${RUNS}, wall and CPU in ms, start-up included`);
console.table(
  PARTS.map(([name], k) => ({
    part: name,
    'wall ms': Math.round(median(results[k].map((r) => r.ms))),
    'cpu ms': Math.round(median(results[k].map((r) => r.cpu))),
    'page faults': median(results[k].map((r) => r.faults)),
  })),
);
