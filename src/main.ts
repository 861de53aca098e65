// Bundle entry: re-exports what bin/ashby.js needs.
export { run, main } from './cli.js';
export { groups } from './commands/registry.js';
