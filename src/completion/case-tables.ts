// The completion tables as shell `case` functions, which bash and zsh write alike. Only how a list
// of words is written differs: plain words for bash, word:description pairs for zsh's _describe.
import { pattern, shq } from './shell-quote.js';
import type { Spec, Tables, Word } from './tables.js';

function caseFn(name: string, why: string, rows: Array<{ keys: string[]; body: string }>, otherwise: string): string {
  const arms = rows.map((r) => `    ${r.keys.map((k) => pattern(k, shq)).join('|')}) ${r.body} ;;`);
  return `# ${why}\n${name}() {\n  case $1 in\n${arms.join('\n')}\n    *) ${otherwise} ;;\n  esac\n}\n`;
}

/** The case functions and the global flags, each a block of the script. */
export function caseTables(t: Tables, words: (ws: Word[]) => string, kidsWhy: string): string[] {
  const arr = (items: string) => `__ashby_a=(${items})`;
  const specRows = (rows: Array<{ keys: string[]; spec: Spec }>) => rows.map((r) => ({ keys: r.keys, body: arr(r.spec.map(shq).join(' ')) }));
  const globals = t.flags.find((f) => f.path === '')!.words;
  return [
    caseFn(
      '__ashby_kids',
      kidsWhy,
      t.kids.map((k) => ({ keys: [k.path], body: arr(words(k.words)) })),
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
      t.flags.filter((f) => f.path !== '').map((f) => ({ keys: [f.path], body: arr(words(f.words)) })),
      '__ashby_a=()',
    ),
    `__ashby_gflags=(${words(globals)})\n`,
    caseFn('__ashby_spec', '"<path>|<flag>" -> how its value completes (empty: the flag takes no value).', specRows(t.specs), '__ashby_a=()'),
    caseFn('__ashby_arg', '"<path>|<index>" -> how that positional argument completes.', specRows(t.args), '__ashby_a=()'),
    caseFn(
      '__ashby_ep',
      'The endpoint whose record fields --fields offers.',
      t.endpoints.map((e) => ({ keys: [e.path], body: `__ashby_s=${shq(e.endpoint)}` })),
      '__ashby_s=',
    ),
  ];
}
