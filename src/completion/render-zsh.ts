// completions/_ashby: the tables as `case` functions plus a driver that hands the words to the
// completion system (_describe for commands and flags with their descriptions, _files, compadd).
// Works from $fpath (autoloaded by compinit) and when sourced (`source <(ashby completion zsh)`).
import { caseTables } from './case-tables.js';
import { shq } from './shell-quote.js';
import type { Tables, Word } from './tables.js';

/** _describe entries: "word:description", a colon in the word escaped. */
const described = (ws: Word[]) => ws.map((w) => shq(`${w.word.replace(/:/g, '\\:')}:${w.description.replace(/\s+/g, ' ')}`)).join(' ');

export function renderZsh(t: Tables, header: string, driver: string): string {
  const tables = caseTables(t, described, 'Subcommands of a command path, as word:description.');
  return ['#compdef ashby', header.replace(/^/gm, '# '), '', ...tables, driver].join('\n');
}
