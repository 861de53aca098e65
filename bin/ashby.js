#!/usr/bin/env node
// Tiny shim: answer --version and the help pages before loading anything, enable the compile
// cache, then load the bundle. Builtins come from process.getBuiltinModule: an ES import of
// node:fs would build its whole namespace (fs/promises, readline, ...) on every start.
// First of all, before anything that needs a recent Node: say which Node is needed, on one line.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  process.stderr.write(
    `ashby: needs Node.js 22.22 or newer (24 recommended), this is ${process.version}; install Node 24 from https://nodejs.org/ or with a version manager (nvm install 24, fnm install 24, volta install node@24)\n`,
  );
  process.exit(1);
}
const args = process.argv.slice(2);
const { readFileSync } = process.getBuiltinModule('node:fs');
const HELP = ['--help', '-h'];
// The reader went away (`ashby --help | head -1`): not an error. The CLI sets its own handler.
const onEpipe = (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
};

/** `ashby --help` and `ashby <group> --help`, from the pages the build rendered with the same code
 *  (scripts/build.mjs). Returns false when there is no page for this request or this terminal. */
function servePage() {
  const word = args.length === 1 && HELP.includes(args[0]) ? '' : args.length === 2 && HELP.includes(args[1]) ? args[0] : undefined;
  if (word === undefined) return false;
  let index;
  try {
    index = JSON.parse(readFileSync(new URL('../dist/help/index.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  if (!Object.hasOwn(index, word)) return false;
  const [name, wideFrom] = index[word];
  const out = process.stdout.on('error', onEpipe);
  const columns = out.isTTY ? out.columns : undefined;
  let page;
  if (columns === undefined || columns === 80) page = name;
  else if (columns >= wideFrom) page = wideFrom === 80 ? name : `${name}.wide`;
  else return false; // a narrower terminal: commander wraps to it
  out.write(readFileSync(new URL(`../dist/help/${page}.txt`, import.meta.url), 'utf8'));
  return true;
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.on('error', onEpipe).write(`ashby ${pkg.version}\n`);
} else if (!servePage()) {
  try { process.getBuiltinModule('node:module').enableCompileCache?.(); } catch { /* cache dir not writable: run without it */ }
  if (args[0] === '__complete' && !args[1]?.startsWith('fetch:')) {
    // Shell completion: served from the cache without commander or any command module. Only
    // `__complete fetch:<kind>` (which asks the API) takes the whole CLI below.
    await (await import('../dist/complete.js')).complete(args.slice(1));
  } else {
    const { run } = await import('../dist/ashby.js');
    await run(args);
  }
}
