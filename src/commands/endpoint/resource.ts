// Generated resource commands (Stripe CLI model): only data is generated; this one generic builder
// turns each catalog endpoint into `ashby <resource> <action>` with typed flags, help and metadata.
// The request itself is built and sent by generated/run.ts, loaded only when a command runs.
import { Argument, type Command } from 'commander';
import { resource as loadResource } from '../../catalog/catalog.js';
import { COMMON_ALIASES, OVERLAY, commandOverlay, type CommandOverlay } from '../../catalog/overlay.js';
import { RESOURCE_SUMMARIES, kebab } from '../../catalog/names.js';
import type { EndpointSpec } from '../../catalog/types.js';
import type { Context } from '../../context.js';
import { describe, flagDefs, flagSegment, optionsFor, valueKind, type FlagDef } from './flags.js';
import { GeneratedCommand, ResourceGroup } from './group.js';
import { setMeta } from '../meta.js';
import { groups } from '../registry.js';
import { addBulkOptions } from '../../bulk/options.js';
import { paramKind } from '../../resolve/param-kinds.js';

/** The live kind of a positional id; a bare `id` is the resource's own. */
function liveKind(ep: EndpointSpec, param: string): string | undefined {
  return paramKind(param === 'id' ? `${ep.resource}Id` : param);
}

/**
 * The parameter taken as the positional argument: the overlay's choice; else `id` or the resource's
 * own id (`candidateId` on candidate.*); else the only required parameter when it is an id.
 */
export function positionalParam(ep: EndpointSpec, overlay?: CommandOverlay): string | undefined {
  if (overlay && overlay.positional !== undefined) return overlay.positional ?? undefined;
  const own = ep.params.find((p) => p.type === 'string' && (p.name === 'id' || p.name === `${ep.resource}Id`));
  if (own) return own.name;
  const required = ep.params.filter((p) => p.required);
  if (required.length === 1 && required[0].type === 'string' && /(Id|Handle)$/.test(required[0].name)) return required[0].name;
  return undefined;
}

/** How the positional argument is shown: `<candidate-id>`; a bare `id` gets the resource's name. */
export function positionalLabel(ep: EndpointSpec, param: string): string {
  return param === 'id' ? `${kebab(ep.resource)}-id` : flagSegment(param);
}

/** What a live positional takes besides an id (resolve/application.ts, resolve/kinds.ts). */
const NAMED_BY: Record<string, string> = {
  candidate: 'a name, an email',
  application: "the candidate's name or email",
  user: 'a name, an email',
};

/**
 * The positional argument's help in its own words: what it names and what it takes, never a pointer
 * to its flag (hidden from help to keep one way in view; it still works).
 */
export function positionalHelp(ep: EndpointSpec, d: FlagDef): string {
  const kind = liveKind(ep, d.path[0]);
  const text = describe(d);
  if (!kind) return text;
  const takes = `an id, ${NAMED_BY[kind] ?? 'a name'}, or an Ashby link`;
  const plain = /; an id( or a name)?$/.exec(text);
  return plain ? `${text.slice(0, plain.index)}; ${takes}` : `${text}; ${takes}`;
}

export function registerResource(program: Command, name: string, ctx: Context): Command {
  const group = new ResourceGroup(kebab(name));
  group.copyInheritedSettings(program);
  group.description(RESOURCE_SUMMARIES[name] ?? name);
  const aliases = groups().find((g) => g.resource === name)?.aliases ?? [];
  if (aliases.length) group.aliases(aliases);
  const examples = OVERLAY[name]?.examples ?? [];
  if (examples.length) group.addHelpText('after', `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}`);
  program.addCommand(group);
  for (const ep of loadResource(name).endpoints) {
    if (!ep.partner) group.addGenerated(endpointCommand(group, ep, ctx));
  }
  return group;
}

function endpointCommand(group: Command, ep: EndpointSpec, ctx: Context): Command {
  const overlay = commandOverlay(ep.resource, ep.action);
  const cmd = new GeneratedCommand(kebab(ep.action).replace(/ /g, '-'));
  cmd.copyInheritedSettings(group);
  const taken = new Set(group.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  const aliases = [...(overlay?.aliases ?? []), ...(COMMON_ALIASES[ep.action] ?? [])].filter((a) => !taken.has(a));
  if (aliases.length) cmd.aliases(aliases);
  cmd.description(overlay?.summary ?? ep.id);

  const defs = flagDefs(ep);
  const positional = positionalParam(ep, overlay);
  const posDef = positional ? defs.find((d) => d.path.length === 1 && d.path[0] === positional) : undefined;
  if (posDef) {
    const label = positionalLabel(ep, posDef.path[0]);
    cmd.addArgument(new Argument(`[${label}]`, positionalHelp(ep, posDef)));
    cmd.usage(`${posDef.required ? `<${label}>` : `[${label}]`} [flags]`);
  }
  for (const d of defs) {
    for (const o of optionsFor(d === posDef ? { ...d, hidden: true } : d)) cmd.addOption(o);
  }
  cmd.option('--data <json>', 'request body as a JSON object (flags are merged on top)');
  cmd.option('--input <file>', 'read the JSON request body from a file, or - for stdin (flags are merged on top)');
  if (ep.request) cmd.option('--no-validate', 'send the body even where it does not fit our copy of the schema');
  if (ep.paginated) {
    cmd.option('--limit <n>', 'stop after this many records (default: one page of up to 100)');
    cmd.option('--all', 'fetch every page');
    cmd.option('--cursor <cursor>', 'start at this page cursor (from a previous response)');
    if (ep.sync) {
      cmd.option('--sync-token <token>', 'only what changed since this sync token');
      cmd.option('--sync-state <file>', 'incremental sync: read the token from this file and save the new one after a complete pass');
    }
  }
  if (ep.write) addBulkOptions(cmd);
  // Built when shown: a hand-made command may have displaced this one's name since registration.
  cmd.addHelpText('after', () => helpFooter(group, cmd, ep, defs, posDef, overlay));

  const live: Record<string, string> = {};
  for (const d of defs) {
    const kind = paramKind(d.path[d.path.length - 1]);
    if (kind && d !== posDef && valueKind(d.shape) !== 'json') live[d.flag] = kind;
  }
  setMeta(cmd, {
    kind: 'generated',
    endpoint: ep.id,
    fileOptions: [...(ep.sync ? ['input', 'sync-state'] : ['input']), ...(ep.write ? ['from', 'journal'] : [])],
    liveOptions: live,
    ...(posDef && liveKind(ep, posDef.path[0]) ? { liveArgs: [liveKind(ep, posDef.path[0])!] } : {}),
  });

  cmd.action(async (...args: unknown[]) => {
    const { runEndpoint } = await import('./run.js');
    const self = args[args.length - 1] as Command;
    await runEndpoint(ctx, ep, self, {
      defs,
      positional: posDef,
      positionalLabel: posDef && positionalLabel(ep, posDef.path[0]),
      positionalValue: posDef ? (args[0] as string | undefined) : undefined,
      columns: overlay?.columns,
      searchBy: overlay?.searchBy,
      examples: overlay?.examples,
    });
  });
  return cmd;
}

function helpFooter(group: Command, cmd: Command, ep: EndpointSpec, defs: FlagDef[], posDef: FlagDef | undefined, overlay?: CommandOverlay): string {
  const lines = ['', `Endpoint:   POST /${ep.id}${ep.beta ? ' (beta)' : ''}${ep.deprecated ? ' (deprecated)' : ''}`, `Permission: ${ep.permission ?? 'none'}`];
  if (ep.irreversible) lines.push('Irreversible: this cannot be undone. Asks for confirmation on a terminal; pass --yes in scripts.');
  else if (ep.destructive) lines.push('Destructive: asks for confirmation on a terminal; pass --yes in scripts.');
  if (ep.paginated)
    lines.push(`Lists: one page of up to 100 by default; --limit N or --all to page${ep.sync ? '; --sync-state FILE for incremental sync' : ''}.`);
  if (ep.multipartParams?.some((p) => p.type === 'file')) {
    lines.push(
      `Files: to upload a file from disk, use \`ashby ${group.name()} ${cmd.name()}\` with a handle from \`ashby file create-file-upload-handle\`, or the upload commands (\`ashby candidate upload-resume\`).`,
    );
  }
  if (ep.variants) lines.push('Takes one of several alternative sets of parameters (see the flags); Ashby uses the one the body fits.');
  if (ep.schemaCompleteness === 'partial')
    lines.push("Schema: Ashby's sources give this request only in part. The flags are the known fields; send others with --data or --input.");
  if (ep.schemaCompleteness === 'names-only')
    lines.push("Schema: Ashby's sources name this endpoint but hardly its fields. The flags are the likely ones; send the body with --data or --input.");
  const examples = overlay?.examples ?? [exampleFor(ep, group, cmd, defs, posDef)];
  lines.push('', 'Examples:', ...examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

/** An example built from the required parameters, so every command shows how it is called. */
function exampleFor(ep: EndpointSpec, group: Command, cmd: Command, defs: FlagDef[], posDef: FlagDef | undefined): string {
  const parts = ['ashby', group.name(), cmd.name()];
  if (posDef) parts.push(`<${positionalLabel(ep, posDef.path[0])}>`);
  for (const d of defs) {
    if (d === posDef || !d.needed) continue;
    const kind = valueKind(d.shape);
    if (kind === 'boolean') parts.push(`--${d.flag}`);
    else if (kind === 'json') parts.push(`--${d.flag} '${d.shape.type === 'array' ? '[…]' : '{…}'}'`);
    else if (d.shape.enum) parts.push(`--${d.flag} ${String(d.shape.enum[0])}`);
    else parts.push(`--${d.flag} <${flagSegment(d.path[d.path.length - 1])}>`);
  }
  return parts.join(' ');
}
