#!/usr/bin/env node
// Tiny shim: answer --version and every help page before loading anything, enable the compile
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
// The reader went away (`ashby --help | head -1`): not an error. The CLI sets its own handler.
const onEpipe = (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
};

/** Every help request (`--help`, `-h`, `ashby help …`, help topics among them), at any width,
 *  from the pages the build recorded through the CLI (bin/help.js). False when the CLI must answer. */
async function servePage() {
  const last = args.at(-1);
  if (args[0] !== 'help' && last !== '--help' && last !== '-h') return false;
  const { findPage, layout } = await import('./help.js');
  const page = findPage(args, new URL('../dist/', import.meta.url));
  if (!page) return false;
  const out = process.stdout.on('error', onEpipe);
  // As the CLI wraps help: to the terminal's width, 80 when not on a terminal.
  out.write(layout(page, (out.isTTY && out.columns) || 80));
  return true;
}

// `-v` too, as gh, node and npm users type it: no command of ashby has a -v of its own.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V' || args[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.on('error', onEpipe).write(`ashby ${pkg.version}\n`);
} else if (!(await servePage())) {
  try {
    process.getBuiltinModule('node:module').enableCompileCache?.();
  } catch {
    /* cache dir not writable: run without it */
  }
  if (args[0] === '__complete' && !args[1]?.startsWith('fetch:')) {
    // Shell completion: served from the cache without commander or any command module. Only
    // `__complete fetch:<kind>` (which asks the API) takes the whole CLI below.
    await (await import('../dist/complete.js')).complete(args.slice(1));
  } else if (!(args[0] === 'mcp' && (await (await import('../dist/mcp.js')).serveDirect(args.slice(1))))) {
    // `ashby mcp` with the flags a client's launch line carries starts the server without
    // commander or the command tree (src/mcp/main.ts); anything else takes the whole CLI.
    const { run } = await import('../dist/ashby.js');
    await run(args);
  }
}
