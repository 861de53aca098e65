// Generated resource commands: one subcommand per catalog endpoint (to be refined: typed flags,
// validation, overlay). This first version takes the body from --data/--input only.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { kebab, RESOURCE_SUMMARIES } from '../catalog/names.js';
import { resource } from '../catalog/catalog.js';
import { setMeta } from './meta.js';
import { emitResult } from './run-helpers.js';
import { parseJsonObject } from './api.js';

export function registerResource(program: Command, name: string, ctx: Context): Command {
  const group = program.command(kebab(name)).description(RESOURCE_SUMMARIES[name] ?? name);
  for (const ep of resource(name).endpoints) {
    if (ep.partner) continue;
    const c = group
      .command(kebab(ep.action).replace(/ /g, '-'))
      .description(ep.id)
      .option('--data <json>', 'request body as JSON')
      .action(async (o: { data?: string }) => {
        const body = o.data ? parseJsonObject(o.data, '--data') : {};
        const env = await (await ctx.client()).call(ep.id, body);
        await emitResult(ctx, env);
      });
    setMeta(c, { kind: 'generated', endpoint: ep.id });
  }
  return group;
}
