// completions/_ashby: the tables as `case` functions plus a driver that hands the words to the
// completion system (_describe for commands and flags with their descriptions, _files, compadd).
// Works from $fpath (autoloaded by compinit) and when sourced (`source <(ashby completion zsh)`).
import { pattern, shq } from './shell-quote.js';
import type { Spec, Tables, Word } from './tables.js';

/** _describe entries: "word:description", a colon in the word escaped. */
const described = (ws: Word[]) => ws.map((w) => shq(`${w.word.replace(/:/g, '\\:')}:${w.description.replace(/\s+/g, ' ')}`)).join(' ');
const arr = (items: string) => `__ashby_a=(${items})`;
const specArr = (s: Spec) => arr(s.map(shq).join(' '));

function caseFn(name: string, why: string, rows: Array<{ keys: string[]; body: string }>, otherwise: string): string {
  const arms = rows.map((r) => `    ${r.keys.map((k) => pattern(k, shq)).join('|')}) ${r.body} ;;`);
  return `# ${why}\n${name}() {\n  case $1 in\n${arms.join('\n')}\n    *) ${otherwise} ;;\n  esac\n}\n`;
}

export function renderZsh(t: Tables, header: string, driver: string): string {
  const globals = t.flags.find((f) => f.path === '')!.words;
  return [
    '#compdef ashby',
    header.replace(/^/gm, '# '),
    '',
    caseFn(
      '__ashby_kids',
      'Subcommands of a command path, as word:description.',
      t.kids.map((k) => ({ keys: [k.path], body: arr(described(k.words)) })),
      '__ashby_a=()',
    ),
    caseFn(
      '__ashby_sub',
      '"<path>/<word>" -> the canonical path of that subcommand.',
      t.subs.map((s) => ({ keys: s.keys, body: `__ashby_s=${shq(s.target)}` })),
      '__ashby_s=',
    ),
    caseFn(
      '__ashby_flags',
      "A command's own flags (the global ones are in __ashby_gflags).",
      t.flags.filter((f) => f.path !== '').map((f) => ({ keys: [f.path], body: arr(described(f.words)) })),
      '__ashby_a=()',
    ),
    `__ashby_gflags=(${described(globals)})\n`,
    caseFn(
      '__ashby_spec',
      '"<path>|<flag>" -> how its value completes (empty: the flag takes no value).',
      t.specs.map((r) => ({ keys: r.keys, body: specArr(r.spec) })),
      '__ashby_a=()',
    ),
    caseFn(
      '__ashby_arg',
      '"<path>|<index>" -> how that positional argument completes.',
      t.args.map((r) => ({ keys: r.keys, body: specArr(r.spec) })),
      '__ashby_a=()',
    ),
    caseFn(
      '__ashby_ep',
      'The endpoint whose record fields --fields offers.',
      t.endpoints.map((e) => ({ keys: [e.path], body: `__ashby_s=${shq(e.endpoint)}` })),
      '__ashby_s=',
    ),
    driver,
  ].join('\n');
}
