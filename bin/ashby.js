#!/usr/bin/env node
// Tiny shim: answer --version before loading anything, enable the compile cache, then load the bundle.
import { readFileSync } from 'node:fs';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`ashby ${pkg.version}\n`);
} else {
  const { enableCompileCache } = await import('node:module');
  try { enableCompileCache?.(); } catch { /* cache dir not writable: run without it */ }
  if (args[0] === '__complete') {
    // Shell completion: served from the cache without commander or any command module.
    await (await import('../dist/complete.js')).complete(args.slice(1));
  } else {
    const { run } = await import('../dist/ashby.js');
    await run(args);
  }
}
