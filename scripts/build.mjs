// Bundles src/ into dist/ with code splitting so that start-up loads only what a command needs.
// The bundle is built beside dist/ and swapped in whole, so a failed or concurrent build never
// leaves a half-written dist/ behind.
import { build, transform } from 'esbuild';
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
        const names = p
          .slice(1, -1)
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
          .map((n) => n.split(/\s+as\s+/));
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

// The MCP SDK's server imports its Ajv provider, which runs Ajv's ~60 CommonJS modules when it is
// imported, for the one feature that needs it (checking elicitation answers, which ashby's tools
// never ask for; src/mcp/server.ts makes its validator on first use). Here the provider requires
// Ajv and ajv-formats when it makes that validator instead: about a sixth of the time the SDK takes
// to load. Should the SDK's file change, it is bundled as it is, with a warning.
const AJV_IMPORTS = "import Ajv from 'ajv';\nimport _addFormats from 'ajv-formats';\n";
const lazyAjvInMcpSdk = {
  name: 'lazy-ajv-in-mcp-sdk',
  setup(b) {
    b.onLoad({ filter: /@modelcontextprotocol[\\/]sdk[\\/]dist[\\/]esm[\\/]validation[\\/]ajv-provider\.js$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8');
      if (!code.includes(AJV_IMPORTS)) {
        console.warn(`build: ${path} no longer starts with the imports expected; Ajv loads with the MCP SDK`);
        return undefined;
      }
      const lazy = "const Ajv = function (o) { return new (require('ajv'))(o); };\nconst _addFormats = (ajv) => require('ajv-formats')(ajv);\n";
      return { contents: code.replace(AJV_IMPORTS, lazy), loader: 'js' };
    });
  },
};

const tmp = `dist.tmp-${process.pid}`;
const old = `dist.old-${process.pid}`;
try {
  await build({
    // complete: the `ashby __complete` fast path (shell completion), which must not load commander.
    // mcp: `ashby mcp` without commander (bin/ashby.js), and the tool list rendered below.
    entryPoints: { ashby: 'src/main.ts', complete: 'src/completion/main.ts', mcp: 'src/mcp/main.ts' },
    plugins: [lazyAjvInMcpSdk],
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
    // A chunk of third-party code only (the MCP SDK and zod, undici, Ajv, …) loses its comments and
    // indentation: Node decodes and hashes every byte of a module it loads, even from the compile
    // cache, and one non-ASCII character in a comment makes the whole source a two-byte string.
    // `ashby mcp` loads about 600 KB of SDK and zod before it can answer (bench/README.md). Our own
    // chunks stay as written, for readable --debug stack traces.
    if (!/^\/\/ src\//m.test(fixed)) fixed = (await transform(fixed, { minifyWhitespace: true, loader: 'js', charset: 'ascii' })).code;
    writeFileSync(`${tmp}/${f}`, fixed);
  }
  // The catalog is data read at run time, one resource at a time.
  if (existsSync('src/catalog/generated')) cpSync('src/catalog/generated', `${tmp}/catalog`, { recursive: true, filter: (f) => !f.endsWith('.ts') });
  await buildValidators(tmp);
  // The shells' completion drivers, read when `ashby completion <shell>` prints a script.
  cpSync('src/completion/drivers', `${tmp}/drivers`, { recursive: true });
  await renderHelp(tmp);
  await renderMcpTools(tmp);
  if (existsSync('dist')) renameSync('dist', old);
  renameSync(tmp, 'dist');
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}

// Every help page (`ashby --help`, each group's, each command's, the help topics) is answered by
// bin/ashby.js from data recorded here through the CLI itself, so that no help request loads
// commander or builds a resource's commands. Commander's help is literal text except for two
// things that depend on the terminal's width: a command's description, wrapped to the width, and
// each item (an argument, option or subcommand: a padded term and its wrapped description). While
// pages are recorded those two Help methods return markers instead, so a page is stored as text
// and width-independent pieces; bin/help.js puts it together at the width of the terminal with
// commander's own wrapping rules. help/index.json maps every group name and alias to its file
// (help/<group>.json: the group's page, its commands' pages and their aliases) and holds the top
// page. test/e2e/help-pages.test.ts holds every page to the CLI's output at several widths.
async function renderHelp(dir) {
  const { main, groups, Help } = await import(pathToFileURL(`${dir}/ashby.js`).href);
  const OPEN = '\uE000',
    CLOSE = '\uE001';
  const mark = (piece) => OPEN + JSON.stringify(piece) + CLOSE;
  let shown; // the Command whose help was rendered last
  const { formatHelp, boxWrap, formatItem } = Help.prototype;
  Object.assign(Help.prototype, {
    formatHelp(cmd, helper) {
      shown = cmd;
      return formatHelp.call(this, cmd, helper);
    },
    boxWrap(str, width) {
      if (width !== this.helpWidth) throw new Error('build: boxWrap below the page width: bin/help.js needs to learn it');
      return mark([str]);
    },
    formatItem: (term, termWidth, description) => mark([term, termWidth, description]),
  });
  const record = async (argv) => {
    let out = '',
      err = '';
    const sink = (write) => ({ isTTY: true, columns: 80, write, on() {}, once() {}, off() {} });
    shown = undefined;
    const code = await main(argv, {
      stdin: { isTTY: false },
      stdout: sink((s) => {
        out += s;
        return true;
      }),
      stderr: sink((s) => {
        err += s;
        return true;
      }),
      env: {},
    });
    if (code !== 0 || err) throw new Error(`build: ashby ${argv.join(' ')} exited ${code}: ${err}`);
    if (out.includes('\x1b')) throw new Error(`build: ashby ${argv.join(' ')}: help with escape sequences (bin/help.js counts characters)`);
    // Text and pieces alternate: "text", [piece], "text", ...
    const page = out
      .split(/\uE000|\uE001/)
      .map((s, i) => (i % 2 ? JSON.parse(s) : s))
      .filter((s) => s !== '');
    return { page, cmd: shown };
  };
  // A command's node: its page, its subcommands' nodes (s) and the words that name each (a), in
  // commander's order, so that a word that two commands answer to goes where commander sends it.
  const tree = async (argv) => {
    const { page, cmd } = await record([...argv, '--help']);
    const node = { p: page };
    if (cmd?.commands.length) {
      node.s = [];
      node.a = {};
      for (const sub of cmd.commands) {
        for (const w of [sub.name(), ...sub.aliases()]) if (!Object.hasOwn(node.a, w)) node.a[w] = node.s.length;
        node.s.push(await tree([...argv, sub.name()]));
      }
    }
    return node;
  };
  mkdirSync(`${dir}/help`);
  const index = { root: (await record(['--help'])).page, groups: {} };
  for (const g of groups()) {
    // A hidden group's words are claimed (0: the CLI answers) so that they shadow nothing.
    if (g.hidden) {
      for (const w of [g.name, ...(g.aliases ?? [])]) if (!Object.hasOwn(index.groups, w)) index.groups[w] = 0;
      continue;
    }
    writeFileSync(`${dir}/help/${g.name}.json`, JSON.stringify(await tree([g.name])));
    for (const w of [g.name, ...(g.aliases ?? [])]) if (!Object.hasOwn(index.groups, w)) index.groups[w] = g.name;
  }
  writeFileSync(`${dir}/help/index.json`, JSON.stringify(index));
  // Commander's own Help again, for whatever the build renders next through the same bundle.
  Object.assign(Help.prototype, { formatHelp, boxWrap, formatItem });
}

// `ashby mcp` answers its first tools/list from this file instead of building 200 tools from every
// resource's catalog file at start-up; the tools themselves are built when the first call needs
// them. test/mcp-tools.test.ts holds it to what allTools() builds from src/. Beside it, what the
// SDK's server answers to initialize, which the server replays before the SDK has loaded
// (src/mcp/early.ts); test/mcp.test.ts compares both early answers with the SDK's own.
async function renderMcpTools(dir) {
  const { allTools, listed, recordInitialize } = await import(pathToFileURL(`${dir}/mcp.js`).href);
  writeFileSync(`${dir}/mcp-tools.json`, JSON.stringify((await allTools()).map(listed)));
  writeFileSync(`${dir}/mcp-initialize.json`, JSON.stringify(await recordInitialize()));
}

// Each resource's request checks, compiled by Ajv to standalone code (src/commands/endpoint/
// standalone.ts) and bundled with the bits of Ajv's runtime they use: a command loads its
// resource's file instead of compiling schemas in every process. validate.ts finds them in
// dist/validators/ beside its chunk and compiles at run time where one is missing.
async function buildValidators(dir) {
  const gen = `${dir}/validators-gen`;
  await build({
    entryPoints: { standalone: 'src/commands/endpoint/standalone.ts' },
    outdir: gen,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    logLevel: 'warning',
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
    entryPoints: sources,
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    logLevel: 'warning',
    minify: true,
    splitting: false,
    chunkNames: 'validators/[name]-[hash]',
  });
  rmSync(gen, { recursive: true, force: true });
}
