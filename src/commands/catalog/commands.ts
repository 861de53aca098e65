// `ashby commands`: the machine-readable command tree that completion, docs and coverage checks use.
import type { Command, Option } from 'commander';
import type { Context } from '../../context.js';
import { getMeta } from '../meta.js';
import { groups } from '../registry.js';
import { fullTree } from '../tree.js';

export interface CommandEntry {
  path: string;
  aliases: string[];
  summary: string;
  kind: string;
  endpoint?: string;
  endpoints?: string[];
  arguments: Array<{ name: string; required: boolean; variadic: boolean; live?: string }>;
  options: Array<{
    long?: string;
    short?: string;
    description: string;
    takesValue: boolean;
    choices?: string[];
    file?: boolean;
    live?: string;
  }>;
}

function optionEntry(o: Option, fileOptions: string[], live: Record<string, string>) {
  const long = o.long?.replace(/^--/, '');
  return {
    long: o.long,
    short: o.short,
    description: o.description,
    takesValue: o.required || o.optional,
    ...(o.argChoices ? { choices: o.argChoices } : {}),
    ...(long && fileOptions.includes(long) ? { file: true } : {}),
    ...(long && live[long] ? { live: live[long] } : {}),
  };
}

export function walk(root: Command): CommandEntry[] {
  const out: CommandEntry[] = [];
  const visit = (cmd: Command, prefix: string[]) => {
    for (const c of cmd.commands) {
      if ((c as unknown as { _hidden?: boolean })._hidden) continue;
      const path = [...prefix, c.name()];
      if (c.commands.length) {
        visit(c, path);
        continue;
      }
      const meta = getMeta(c) ?? { kind: 'hand' };
      const liveArgs = meta.liveArgs ?? [];
      out.push({
        path: path.join(' '),
        aliases: c.aliases(),
        summary: c.description(),
        kind: meta.kind,
        ...(meta.endpoint ? { endpoint: meta.endpoint } : {}),
        ...(meta.endpoints ? { endpoints: meta.endpoints } : {}),
        arguments: c.registeredArguments.map((a, i) => ({
          name: a.name(),
          required: a.required,
          variadic: a.variadic,
          ...(liveArgs[i] ? { live: liveArgs[i] } : {}),
        })),
        options: c.options.filter((o) => !o.hidden).map((o) => optionEntry(o, meta.fileOptions ?? [], meta.liveOptions ?? {})),
      });
    }
  };
  visit(root, []);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function register(program: Command, ctx: Context): void {
  program
    .command('commands')
    .description('List every command with the endpoint it calls (--json for the full tree)')
    .option('--groups', 'list the top-level groups only')
    .addHelpText('after', '\nExamples:\n  ashby commands\n  ashby commands --json --jq \'.[] | select(.kind == "generated") | .endpoint\'')
    .action(async (o: { groups?: boolean }) => {
      if (o.groups) {
        const out = await ctx.renderer({ columns: ['name', 'aliases', 'summary'] });
        await out.list(
          groups()
            .filter((g) => !g.hidden)
            .map((g) => ({ name: g.name, aliases: g.aliases ?? [], summary: g.summary })),
        );
        return;
      }
      const entries = walk(await fullTree(ctx));
      const out = await ctx.renderer({ columns: ['path', 'endpoint', 'kind', 'summary'] });
      await out.list(entries.map((e) => (ctx.format === 'table' && !ctx.opts.fields ? { ...e, endpoint: e.endpoint ?? e.endpoints?.join(', ') } : e)));
    });
}
