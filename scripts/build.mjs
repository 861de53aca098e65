// Bundles src/ into dist/ with code splitting so that start-up loads only what a command needs.
// The bundle is built beside dist/ and swapped in whole, so a failed or concurrent build never
// leaves a half-written dist/ behind.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { rmSync, cpSync, existsSync, renameSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';

// An ES import of a builtin builds its whole namespace, which loads modules Node's start-up
// snapshot does not hold (fs/promises, streams, readline, worker_threads for node:util, and
// net and dgram for node:child_process): about 9 ms, 40% of a bare start on a fast machine.
// process.getBuiltinModule hands over the already-loaded module object instead. child_process
// (needed only to spawn) is fetched on first use.
const BUILTIN_IMPORT = /^import ([^;]+?) from "(node:[^"]+)";\n/gm;
const LAZY = new Set(['node:child_process']);
function builtinsWithoutImports(code) {
  const decls = [];
  const out = code.replace(BUILTIN_IMPORT, (_, clause, mod) => {
    const get = `globalThis.process.getBuiltinModule(${JSON.stringify(mod)})`;
    for (const part of clause.match(/\{[^}]*\}|[^,{}]+/g)) {
      const p = part.trim();
      if (!p) continue;
      if (p.startsWith('{')) {
        const names = p.slice(1, -1).split(',').map((n) => n.trim()).filter(Boolean).map((n) => n.split(/\s+as\s+/));
        if (LAZY.has(mod)) for (const [name, local = name] of names) decls.push(`const ${local} = (...a) => ${get}.${name}(...a);`);
        else decls.push(`const { ${names.map(([name, local]) => (local ? `${name}: ${local}` : name)).join(', ')} } = ${get};`);
      } else {
        const local = p.replace(/^\*\s+as\s+/, '');
        decls.push(LAZY.has(mod) ? `const ${local} = new Proxy({}, { get: (_, k) => ${get}[k] });` : `const ${local} = ${get};`);
      }
    }
    return '';
  });
  return decls.length ? `${decls.join('\n')}\n${out}` : out;
}

const tmp = `dist.tmp-${process.pid}`;
const old = `dist.old-${process.pid}`;
try {
  await build({
    // complete: the `ashby __complete` fast path (shell completion), which must not load commander.
    entryPoints: { ashby: 'src/main.ts', complete: 'src/completion/main.ts' },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    // jq-web loads its .wasm file from beside itself, so it stays a runtime dependency.
    external: ['jq-web'],
    banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  });
  for (const f of readdirSync(tmp)) {
    if (!f.endsWith('.js')) continue;
    const code = readFileSync(`${tmp}/${f}`, 'utf8');
    let fixed = builtinsWithoutImports(code);
    // The banner's require is for bundled CommonJS code; a chunk without any does without it.
    const banner = code.slice(0, code.indexOf('\n') + 1);
    if (!/\brequire\b/.test(fixed.slice(fixed.indexOf(banner) + banner.length))) fixed = fixed.replace(banner, '');
    if (/^import [^;]*"node:/m.test(fixed)) throw new Error(`build: ${f} still imports a builtin`);
    writeFileSync(`${tmp}/${f}`, fixed);
  }
  // The catalog is data read at run time, one resource at a time.
  if (existsSync('src/catalog/generated')) cpSync('src/catalog/generated', `${tmp}/catalog`, { recursive: true, filter: (f) => !f.endsWith('.ts') });
  await buildValidators(tmp);
  // The shells' completion drivers, read when `ashby completion <shell>` prints a script.
  cpSync('src/completion/drivers', `${tmp}/drivers`, { recursive: true });
  await renderHelp(tmp);
  if (existsSync('dist')) renameSync('dist', old);
  renameSync(tmp, 'dist');
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}

// `ashby --help` and `ashby <group> --help` are answered by bin/ashby.js from text rendered here,
// by the same code, so that the most-read pages cost a file read instead of loading commander and
// building a resource's commands. Each page is rendered at 80 columns (what commander uses off a
// terminal) and unwrapped; the unwrapped page is also what any terminal at least as wide as its
// longest line shows. help/index.json maps every group name and alias to its page and that width;
// the shim falls back to the full CLI for a narrower terminal. test/help-pages.test.ts checks the
// pages against the CLI at several widths.
async function renderHelp(dir) {
  const { main, groups } = await import(pathToFileURL(`${dir}/ashby.js`).href);
  const render = async (argv, columns) => {
    let text = '';
    const sink = { isTTY: true, columns, write: (s) => ((text += s), true), on() {}, once() {}, off() {} };
    const code = await main(argv, { stdin: { isTTY: false }, stdout: sink, stderr: sink, env: {} });
    if (code !== 0) throw new Error(`build: ashby ${argv.join(' ')} exited ${code}: ${text}`);
    return text;
  };
  mkdirSync(`${dir}/help`);
  const index = {};
  const pages = [['ashby', ['--help'], ['']], ...groups().filter((g) => !g.hidden).map((g) => [g.name, [g.name, '--help'], [g.name, ...(g.aliases ?? [])]])];
  for (const [name, argv, words] of pages) {
    const narrow = await render(argv, 80);
    const wide = await render(argv, 100_000);
    writeFileSync(`${dir}/help/${name}.txt`, narrow);
    let from = 80;
    if (wide !== narrow) {
      writeFileSync(`${dir}/help/${name}.wide.txt`, wide);
      from = Math.max(...wide.split('\n').map((l) => l.length));
    }
    for (const w of words) index[w] = [name, from];
  }
  writeFileSync(`${dir}/help/index.json`, JSON.stringify(index));
}

// Each resource's request checks, compiled by Ajv to standalone code (src/commands/endpoint/
// standalone.ts) and bundled with the bits of Ajv's runtime they use: a command loads its
// resource's file instead of compiling schemas in every process. validate.ts finds them in
// dist/validators/ beside its chunk and compiles at run time where one is missing.
async function buildValidators(dir) {
  const gen = `${dir}/validators-gen`;
  await build({
    entryPoints: { standalone: 'src/commands/endpoint/standalone.ts' },
    outdir: gen, bundle: true, format: 'esm', platform: 'node', target: 'node22', logLevel: 'warning',
    banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  });
  const { validatorModule } = await import(pathToFileURL(`${gen}/standalone.js`).href);
  const sources = {};
  for (const f of readdirSync('src/catalog/generated/resources')) {
    const { resource, endpoints } = JSON.parse(readFileSync(`src/catalog/generated/resources/${f}`, 'utf8'));
    const code = validatorModule(endpoints.filter((e) => !e.partner));
    writeFileSync(`${gen}/${resource}.mjs`, code);
    sources[`validators/${resource}`] = `${gen}/${resource}.mjs`;
  }
  await build({
    entryPoints: sources, outdir: dir, bundle: true, format: 'esm', platform: 'node', target: 'node22',
    logLevel: 'warning', minify: true, splitting: false, chunkNames: 'validators/[name]-[hash]',
  });
  rmSync(gen, { recursive: true, force: true });
}
