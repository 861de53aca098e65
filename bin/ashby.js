#!/usr/bin/env node
// Tiny shim: answer --version before loading anything, enable the compile cache, then load the bundle.
// Builtins come from process.getBuiltinModule: an ES import of node:fs would build its whole
// namespace (fs/promises, readline, ...) on every start.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`ashby ${pkg.version}\n`);
} else {
  try { process.getBuiltinModule('node:module').enableCompileCache?.(); } catch { /* cache dir not writable: run without it */ }
  if (args[0] === '__complete') {
    // Shell completion: served from the cache without commander or any command module.
    await (await import('../dist/complete.js')).complete(args.slice(1));
  } else {
    const { run } = await import('../dist/ashby.js');
    await run(args);
  }
}
