// completions/ashby.bash: the tables as `case` functions plus a driver that walks the line. Works
// in bash 3.2 (macOS) and later, with or without the bash-completion package.
import { caseTables } from './case-tables.js';
import { shq } from './shell-quote.js';
import type { Tables } from './tables.js';

export function renderBash(t: Tables, header: string, driver: string): string {
  const words = caseTables(t, (ws) => ws.map((w) => shq(w.word)).join(' '), 'Subcommand words of a command path.');
  return [header.replace(/^/gm, '# '), '', ...words, driver].join('\n');
}
