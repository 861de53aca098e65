// completions/ashby.fish: the tables as `switch` functions that print candidates, plus one driver
// registered for every position (fish matches and shows the candidates with their descriptions).
import { fishq } from './shell-quote.js';
import type { Spec, Tables, Word } from './tables.js';

// In a fish `case`, quoted * is still a wildcard, so every key is simply quoted.
const cases = (keys: string[]) => keys.map((k) => (k === '' ? "''" : fishq(k))).join(' ');
const lines = (ws: string[]) => `printf '%s\\n' ${ws.map(fishq).join(' ')}`;
const described = (ws: Word[]) => `printf '%s\\t%s\\n' ${ws.map((w) => `${fishq(w.word)} ${fishq(w.description.replace(/\s+/g, ' '))}`).join(' ')}`;

function switchFn(name: string, why: string, rows: Array<{ keys: string[]; body: string }>): string {
  const arms = rows.map((r) => `        case ${cases(r.keys)}\n            ${r.body}`);
  return `# ${why}\nfunction ${name}\n    switch $argv[1]\n${arms.join('\n')}\n    end\nend\n`;
}

const specRows = (rows: Array<{ keys: string[]; spec: Spec }>) => rows.map((r) => ({ keys: r.keys, body: lines(r.spec) }));

export function renderFish(t: Tables, header: string, driver: string): string {
  const globals = t.flags.find((f) => f.path === '')!.words;
  return [
    header.replace(/^/gm, '# '),
    '',
    switchFn(
      '__ashby_kids',
      'Subcommands of a command path, with descriptions.',
      t.kids.map((k) => ({ keys: [k.path], body: described(k.words) })),
    ),
    switchFn(
      '__ashby_sub',
      '"<path>/<word>" -> the canonical path of that subcommand.',
      t.subs.map((s) => ({ keys: s.keys, body: `echo ${fishq(s.target)}` })),
    ),
    switchFn(
      '__ashby_flags',
      "A command's own flags (the global ones are in __ashby_gflags).",
      t.flags.filter((f) => f.path !== '').map((f) => ({ keys: [f.path], body: described(f.words) })),
    ),
    `function __ashby_gflags\n    ${described(globals)}\nend\n`,
    switchFn('__ashby_spec', '"<path>|<flag>" -> how its value completes, one word a line (none: no value).', specRows(t.specs)),
    switchFn('__ashby_arg', '"<path>|<index>" -> how that positional argument completes.', specRows(t.args)),
    switchFn(
      '__ashby_ep',
      'The endpoint whose record fields --fields offers.',
      t.endpoints.map((e) => ({ keys: [e.path], body: `echo ${fishq(e.endpoint)}` })),
    ),
    driver,
  ].join('\n');
}
