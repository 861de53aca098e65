// Bundle entry: re-exports what bin/ashby.js needs.
export { run, main } from './cli.js';
export { groups } from './commands/registry.js';
// The build (scripts/build.mjs) records help pages through the bundle's own commander Help.
export { Help } from 'commander';
