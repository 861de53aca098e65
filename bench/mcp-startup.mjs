// Start-up of `ashby mcp`: from spawning it to the answer of the first tools/list (after the
// initialize handshake a client makes first), against `ashby --help` measured the same way (spawn
// to the end of its output) and `node -e 0`, interleaved so that machine noise hits all alike.
// Goal: `ashby mcp` within 1.5× of `ashby --help`.
// `ashby --sandbox mcp` (a global flag before the command) takes the whole CLI with commander, as
// every `ashby mcp` did before bin/ashby.js sent it straight to dist/mcp.js.
// Then where the time goes: each phase timed in a fresh process (the mcp entry and our server
// module; reading the tool list and the initialize answers the build recorded; and what the
// server now loads after its first answer: the SDK's modules, and the tools built from the catalog).
// `ashby mcp` with NODE_DISABLE_COMPILE_CACHE=1 shows what Node's compile cache (bin/ashby.js
// turns it on) is worth. A second build's bin/ashby.js (an older checkout, built) adds its
// `ashby mcp` to the same interleaved runs, for before/after figures.
//   node bench/mcp-startup.mjs [runs=20] [/other/checkout/bin/ashby.js]     (build first: npm run build)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../bin/ashby.js');
const RUNS = Number(process.argv[2] ?? 20);
const OTHER = process.argv[3] ? resolve(process.argv[3]) : undefined;
const config = mkdtempSync(join(tmpdir(), 'ashby-bench-mcp-'));
const env = { PATH: process.env.PATH, HOME: config, ASHBY_CONFIG_DIR: config, ASHBY_NO_KEYCHAIN: '1', ASHBY_API_KEY: 'bench-key-not-used' };

// The CPU pass: a preloaded hook prints the main thread's CPU time on stderr when the process
// writes the tools/list answer, or when it exits. CPU time is disturbed less than wall time by
// other work on a shared machine.
const hook = join(config, 'cpu-hook.mjs');
writeFileSync(
  hook,
  `import net from 'node:net';
const cpu = () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; };
let said = false;
const say = () => { if (!said) { said = true; process.stderr.write('\\nCPU ' + cpu() + '\\n'); } };
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (chunk, ...rest) { const r = write.call(this, chunk, ...rest); if (String(chunk).includes('"tools":[')) say(); return r; };
process.on('exit', say);
`,
);
let cpuPass = false;
/** The CPU figure a hooked child printed, when this is the CPU pass. */
function cpuOf(c) {
  if (!cpuPass) return undefined;
  let err = '';
  c.stderr.on('data', (d) => (err += d));
  return () => Number(/CPU ([\d.]+)/.exec(err)?.[1]);
}
const childEnv = (extra = {}) => ({ ...env, ...extra, ...(cpuPass ? { NODE_OPTIONS: `--import=${hook}` } : {}) });

/** Spawn to exit, for a command that prints and ends. */
function plain(args) {
  return new Promise((done, fail) => {
    const t = process.hrtime.bigint();
    const c = spawn(process.execPath, args, { env: childEnv(), stdio: ['ignore', 'pipe', cpuPass ? 'pipe' : 'ignore'] });
    const cpu = cpuOf(c);
    c.stdout.resume();
    c.on('error', fail);
    c.on('close', (code) => (code === 0 ? done(cpu ? cpu() : Number(process.hrtime.bigint() - t) / 1e6) : fail(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** Spawn to the tools/list answer, speaking MCP's newline-delimited JSON-RPC on stdio. */
function mcp(args, before = [], o = {}) {
  return new Promise((done, fail) => {
    const t = process.hrtime.bigint();
    const c = spawn(process.execPath, [o.bin ?? BIN, ...before, 'mcp', ...args], {
      env: childEnv(o.env),
      stdio: ['pipe', 'pipe', cpuPass ? 'pipe' : 'ignore'],
    });
    const cpu = cpuOf(c);
    const send = (m) => c.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`);
    let buf = '';
    let tools = 0;
    c.stdout.setEncoding('utf8').on('data', (d) => {
      buf += d;
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const msg = JSON.parse(buf.slice(0, i));
        buf = buf.slice(i + 1);
        if (msg.id === 1) {
          send({ method: 'notifications/initialized' });
          send({ id: 2, method: 'tools/list', params: {} });
        } else if (msg.id === 2) {
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          tools = msg.result.tools.length;
          c.stdin.end();
          c.on('close', () => done({ ms: cpu ? cpu() : ms, tools }));
        }
      }
    });
    c.on('error', fail);
    c.on('close', (code) => tools || fail(new Error(`ashby mcp ${args.join(' ')} exited ${code} before answering`)));
    send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = [
  ['node -e 0', () => plain(['-e', '0'])],
  ['ashby --help', () => plain([BIN, '--help'])],
  ['ashby mcp', () => mcp([])],
  ['ashby mcp --sandbox', () => mcp(['--sandbox'])],
  ['ashby mcp --read-only', () => mcp(['--read-only'])],
  ['ashby --sandbox mcp (the whole CLI)', () => mcp([], ['--sandbox'])],
  ['ashby mcp --sandbox, compile cache off', () => mcp(['--sandbox'], [], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } })],
  ...(OTHER ? [[`ashby mcp --sandbox (${OTHER})`, () => mcp(['--sandbox'], [], { bin: OTHER })]] : []),
];
for (const [, run] of variants) await run(); // warm the compile cache
const times = Object.fromEntries(variants.map(([n]) => [n, []]));
const toolCount = {};
for (let i = 0; i < RUNS; i++) {
  for (const [name, run] of variants) {
    const r = await run();
    times[name].push(typeof r === 'number' ? r : r.ms);
    if (typeof r !== 'number') toolCount[name] = r.tools;
  }
}
const node = median(times['node -e 0']);
const help = median(times['ashby --help']);
console.log(`Node ${process.version}, ${RUNS} interleaved runs\n`);
console.log('| command | median ms | × node -e 0 | × ashby --help | tools listed |\n| --- | --- | --- | --- | --- |');
for (const [name] of variants) {
  const m = median(times[name]);
  console.log(`| ${name} | ${m.toFixed(1)} | ${(m / node).toFixed(2)} | ${(m / help).toFixed(2)} | ${toolCount[name] ?? ''} |`);
}

// The same, in main-thread CPU time to the answer (or to the exit).
cpuPass = true;
const cpuTimes = Object.fromEntries(variants.map(([n]) => [n, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, run] of variants) {
    const r = await run();
    cpuTimes[name].push(typeof r === 'number' ? r : r.ms);
  }
}
const nodeCpu = median(cpuTimes['node -e 0']);
const helpCpu = median(cpuTimes['ashby --help']);
console.log('\n| command | main-thread CPU ms | × node -e 0 | × ashby --help |\n| --- | --- | --- | --- |');
for (const [name] of variants) {
  const m = median(cpuTimes[name]);
  console.log(`| ${name} | ${m.toFixed(1)} | ${(m / nodeCpu).toFixed(2)} | ${(m / helpCpu).toFixed(2)} |`);
}

// Phases, in fresh processes with the compile cache on, as bin/ashby.js runs them.
const dist = resolve(import.meta.dirname, '../dist');
const chunks = readdirSync(dist).filter((f) => f.endsWith('.js'));
// The SDK's modules are what our server module imports when it serves (less the tools' own modules).
const serverChunk = chunks.find((f) => /async function serve\(/.test(readFileSync(join(dist, f), 'utf8')));
const sdkChunks = [...readFileSync(join(dist, serverChunk), 'utf8').matchAll(/import\("\.\/([^"]+)"\)/g)]
  .map((m) => m[1])
  .filter((f) => !/^(catalog-tools|workflows|mirror-tools|inMemory)-/.test(f));
const probe = `
process.getBuiltinModule('node:module').enableCompileCache?.();
const { readFileSync } = process.getBuiltinModule('node:fs');
const d = ${JSON.stringify(`${dist}/`)};
const t0 = performance.now();
const m = await import(d + 'mcp.js');
const t1 = performance.now();
JSON.parse(readFileSync(d + 'mcp-tools.json', 'utf8'));
JSON.parse(readFileSync(d + 'mcp-initialize.json', 'utf8'));
const t2 = performance.now();
for (const f of ${JSON.stringify(sdkChunks)}) await import(d + f);
const t3 = performance.now();
await m.allTools();
const t4 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, t4 - t3]));`;
const phases = [[], [], [], []];
for (let i = 0; i < RUNS; i++) {
  const r = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { env, encoding: 'utf8' }));
  for (const [j, ms] of r.entries()) phases[j].push(ms);
}
const names = [
  'the mcp entry and our server module (dist/mcp.js)',
  'the tool list and the initialize answers the build recorded (dist/mcp-tools.json, mcp-initialize.json)',
  `after the answer: the SDK (${sdkChunks.map((f) => f.replace(/-[A-Z0-9]+\.js$/, '')).join(', ')}; zod)`,
  'after the answer: the tools built from the catalog',
];
console.log('\n| phase | median ms |\n| --- | --- |');
for (const [j, n] of names.entries()) console.log(`| ${n} | ${median(phases[j]).toFixed(1)} |`);
