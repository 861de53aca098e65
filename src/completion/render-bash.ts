// completions/ashby.bash: the tables as `case` functions plus a driver that walks the line. Works
// in bash 3.2 (macOS) and later, with or without the bash-completion package.
import { pattern, shq } from './shell-quote.js';
import type { Spec, Tables } from './tables.js';

const words = (ws: string[]) => ws.map(shq).join(' ');

function caseFn(name: string, why: string, rows: Array<{ keys: string[]; body: string }>, otherwise: string): string {
  const arms = rows.map((r) => `    ${r.keys.map((k) => pattern(k, shq)).join('|')}) ${r.body} ;;`);
  return `# ${why}\n${name}() {\n  case $1 in\n${arms.join('\n')}\n    *) ${otherwise} ;;\n  esac\n}\n`;
}

const arr = (ws: string[]) => `__ashby_a=(${words(ws)})`;
const specRows = (rows: Array<{ keys: string[]; spec: Spec }>) => rows.map((r) => ({ keys: r.keys, body: arr(r.spec) }));

export function renderBash(t: Tables, header: string, driver: string): string {
  const globals = t.flags.find((f) => f.path === '')!.words.map((w) => w.word);
  return [
    header.replace(/^/gm, '# '),
    '',
    caseFn(
      '__ashby_kids',
      'Subcommand words of a command path.',
      t.kids.map((k) => ({ keys: [k.path], body: arr(k.words.map((w) => w.word)) })),
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
      t.flags.filter((f) => f.path !== '').map((f) => ({ keys: [f.path], body: arr(f.words.map((w) => w.word)) })),
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
    driver,
  ].join('\n');
}
