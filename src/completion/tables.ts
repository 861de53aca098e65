// The model flattened into lookup tables that every shell script embeds in its own syntax. Keys
// are plain strings so that each shell can look them up with its own `case`/`switch`:
//   sub:   "<path>/<word>"  -> canonical path of the subcommand that word names (aliases included)
//   spec:  "<path>|<flag>"  -> how the flag's value completes ([] or no entry: a boolean flag)
//   arg:   "<path>|<index>" -> how a positional argument completes ("*" for a variadic tail)
// A path is the canonical command words joined with single spaces ("" for the root).
//
// A spec is a word list: ['c', ...choices] | ['f'] (a file) | ['l', kind, 'id'|'name'] (live values
// from `ashby __complete`) | ['F'] (field paths of the command's records) | ['v'] (free text).
import { nodes, type CommandNode, type ValueSpec } from './model.js';

export type Spec = string[];

export interface Word {
  word: string;
  description: string;
}

export interface Tables {
  /** Subcommand words (aliases included) of every command that has subcommands. */
  kids: Array<{ path: string; words: Word[] }>;
  subs: Array<{ keys: string[]; target: string }>;
  /** Each leaf's own flags; the root entry (path "") holds the global flags. */
  flags: Array<{ path: string; words: Word[] }>;
  /** Flag specs, specific keys before the global "*|--flag" patterns. */
  specs: Array<{ keys: string[]; spec: Spec }>;
  args: Array<{ keys: string[]; spec: Spec }>;
  endpoints: Array<{ path: string; endpoint: string }>;
}

export function encodeSpec(v: ValueSpec | undefined): Spec {
  if (!v) return [];
  switch (v.type) {
    case 'choices':
      return ['c', ...v.values];
    case 'file':
      return ['f'];
    case 'live':
      return ['l', v.kind, v.id ? 'id' : 'name'];
    case 'fields':
      return ['F'];
    case 'any':
      return ['v'];
  }
}

/** Groups keys that share a spec, keeping first-seen order, so the scripts stay small. */
function grouped(entries: Array<[string, Spec]>): Array<{ keys: string[]; spec: Spec }> {
  const by = new Map<string, { keys: string[]; spec: Spec }>();
  for (const [key, spec] of entries) {
    const id = JSON.stringify(spec);
    const g = by.get(id) ?? { keys: [], spec };
    g.keys.push(key);
    by.set(id, g);
  }
  return [...by.values()];
}

export function buildTables(root: CommandNode): Tables {
  const all = nodes(root);
  const key = (n: CommandNode) => n.path.join(' ');
  const t: Tables = { kids: [], subs: [], flags: [], specs: [], args: [], endpoints: [] };
  // Patterns ("*|--output", "<path>|*") go after every exact key so that no pattern hides one.
  const flagSpecs: Array<[string, Spec]> = [];
  const globalSpecs: Array<[string, Spec]> = [];
  const argSpecs: Array<[string, Spec]> = [];
  const tailSpecs: Array<[string, Spec]> = [];
  for (const n of all) {
    if (n.children.length) {
      t.kids.push({
        path: key(n),
        words: n.children.flatMap((c) => [c.path[c.path.length - 1], ...c.aliases].map((word) => ({ word, description: c.summary }))),
      });
      for (const c of n.children) {
        t.subs.push({ keys: [c.path[c.path.length - 1], ...c.aliases].map((w) => `${key(n)}/${w}`), target: key(c) });
      }
    }
    if (n === root) continue;
    if (n.flags.length) t.flags.push({ path: key(n), words: n.flags.flatMap((f) => f.names.map((word) => ({ word, description: f.description }))) });
    for (const f of n.flags) if (f.value) for (const name of f.names) flagSpecs.push([`${key(n)}|${name}`, encodeSpec(f.value)]);
    n.args.forEach((a, i) => {
      const spec = a.value ? encodeSpec(a.value) : ['v'];
      argSpecs.push([`${key(n)}|${i}`, spec]);
      if (a.variadic) tailSpecs.push([`${key(n)}|*`, spec]);
    });
    if (n.endpoint) t.endpoints.push({ path: key(n), endpoint: n.endpoint });
  }
  t.flags.push({ path: '', words: root.flags.flatMap((f) => f.names.map((word) => ({ word, description: f.description }))) });
  for (const f of root.flags) if (f.value) for (const name of f.names) globalSpecs.push([`*|${name}`, encodeSpec(f.value)]);
  t.specs = [...grouped(flagSpecs), ...grouped(globalSpecs)];
  t.args = [...grouped(argSpecs), ...grouped(tailSpecs)];
  return t;
}
