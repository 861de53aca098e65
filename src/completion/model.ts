// The completion model: the command tree reduced to what a shell needs to complete a word. Built
// from the same sources as `ashby commands --json` (the commander tree, walk() and the registry),
// so the generated scripts follow every command that is added or renamed.
import { Command } from 'commander';
import { walk, type CommandEntry } from '../commands/catalog/commands.js';
import { addGlobalOptions } from '../commands/tree.js';
import { groups } from '../commands/registry.js';

/** How the value of a flag or argument is completed. */
export type ValueSpec =
  | { type: 'choices'; values: string[] }
  | { type: 'file' }
  /** From the __complete engine; `id` when the command wants ids (a `--job-id`), else names. */
  | { type: 'live'; kind: string; id: boolean }
  /** Field paths of the command's records (`--fields`). */
  | { type: 'fields' }
  /** Any text: nothing to offer, but the next word is this flag's value. */
  | { type: 'any' };

export interface FlagSpec {
  /** `--long` and/or `-s`. */
  names: string[];
  description: string;
  /** Undefined for a boolean flag. */
  value?: ValueSpec;
}

export interface ArgSpec {
  name: string;
  variadic: boolean;
  value?: ValueSpec;
}

export interface CommandNode {
  /** Canonical words from the root, e.g. ['candidate', 'search']; [] for the root. */
  path: string[];
  aliases: string[];
  summary: string;
  children: CommandNode[];
  flags: FlagSpec[];
  args: ArgSpec[];
  /** The endpoint whose records `--fields` selects from. */
  endpoint?: string;
}

/** Global flags handled by the root (they are accepted after any subcommand too). */
const GLOBAL_EXTRA: FlagSpec[] = [
  { names: ['--help', '-h'], description: 'show help for a command' },
  { names: ['--version', '-V'], description: 'print the version' },
];

type OptionEntry = CommandEntry['options'][number];

/** An id is wanted when the flag or argument says so (`--job-id`, `<application-id>`). */
const wantsId = (name: string) => /(^|[-_])ids?$|[a-z]Ids?$/.test(name);

function flagSpec(o: OptionEntry): FlagSpec {
  const long = o.long?.replace(/^--/, '');
  const names = [o.long, o.short].filter((n): n is string => Boolean(n));
  let value: ValueSpec | undefined;
  if (o.takesValue) {
    if (o.choices?.length) value = { type: 'choices', values: o.choices };
    else if (o.file) value = { type: 'file' };
    else if (o.live) value = { type: 'live', kind: o.live, id: wantsId(long ?? '') };
    else if (long === 'fields') value = { type: 'fields' };
    else if (long === 'profile') value = { type: 'live', kind: 'profile', id: false };
    else if (long === 'on-behalf-of') value = { type: 'live', kind: 'user', id: false };
    else value = { type: 'any' };
  }
  return { names, description: o.description, ...(value ? { value } : {}) };
}

/** The global flags, described by the same walk() that describes every command's own flags. */
function globalFlags(): FlagSpec[] {
  const holder = new Command();
  holder.addCommand(addGlobalOptions(new Command('globals')));
  return [...walk(holder)[0].options.map(flagSpec), ...GLOBAL_EXTRA];
}

function isHidden(c: Command): boolean {
  return Boolean((c as unknown as { _hidden?: boolean })._hidden);
}

/** Builds the model from a program with every group registered (see fullTree in commands/tree.ts). */
export function buildModel(program: Command): CommandNode {
  const leaves = new Map(walk(program).map((e) => [e.path, e]));
  const groupAliases = new Map(groups().map((g) => [g.name, g.aliases ?? []]));
  const visit = (cmd: Command, path: string[]): CommandNode => {
    const node: CommandNode = {
      path,
      aliases: [...new Set([...cmd.aliases(), ...(path.length === 1 ? (groupAliases.get(path[0]) ?? []) : [])])],
      summary: cmd.description(),
      children: [],
      flags: [],
      args: [],
    };
    const leaf = leaves.get(path.join(' '));
    if (cmd.commands.length) {
      node.children = cmd.commands.filter((c) => !isHidden(c)).map((c) => visit(c, [...path, c.name()]));
    } else if (leaf) {
      node.flags = leaf.options.map(flagSpec);
      node.args = leaf.arguments.map((a, i) => {
        const choices = cmd.registeredArguments[i]?.argChoices;
        const value: ValueSpec | undefined = choices?.length
          ? { type: 'choices', values: choices }
          : a.live
            ? { type: 'live', kind: a.live, id: wantsId(a.name) }
            : undefined;
        return { name: a.name, variadic: a.variadic, ...(value ? { value } : {}) };
      });
      const endpoint = leaf.endpoint ?? leaf.endpoints?.[0];
      if (endpoint) node.endpoint = endpoint;
    }
    return node;
  };
  const root = visit(program, []);
  root.flags = globalFlags();
  return root;
}

/** Every node, depth first, root included. */
export function nodes(root: CommandNode): CommandNode[] {
  return [root, ...root.children.flatMap(nodes)];
}
