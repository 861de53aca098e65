// Generated resource commands (Stripe CLI model): only data is generated; this one generic builder
// turns each catalog endpoint into `ashby <resource> <action>` with typed flags, help and metadata.
// The request itself is built and sent by generated/run.ts, loaded only when a command runs.
import { Argument, Command } from 'commander';
import { resource as loadResource } from '../catalog/catalog.js';
import { COMMON_ALIASES, OVERLAY, commandOverlay, type CommandOverlay } from '../catalog/overlay.js';
import { RESOURCE_SUMMARIES, kebab } from '../catalog/names.js';
import type { EndpointSpec } from '../catalog/types.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { flagDefs, flagSegment, optionsFor, parseBoolean, valueKind, type FlagDef } from './generated/flags.js';
import { getMeta, setMeta } from './meta.js';
import { groups } from './registry.js';

/** What a flag or positional id refers to, for live completion. */
const LIVE_KINDS: Record<string, string> = {
  jobId: 'job',
  applicationId: 'application',
  candidateId: 'candidate',
  userId: 'user',
  creditedToUserId: 'user',
  interviewerUserId: 'user',
  teamMemberId: 'user',
  interviewStageId: 'stage',
  archiveReasonId: 'archiveReason',
  sourceId: 'source',
  tagId: 'tag',
};

/** The live kind of a positional id; a bare `id` is the resource's own. */
function liveKind(ep: EndpointSpec, param: string): string | undefined {
  return LIVE_KINDS[param === 'id' ? `${ep.resource}Id` : param];
}

/** Suffix a generated command gets when a hand-made command takes its name. */
export const DISPLACED_SUFFIX = '-raw';

/**
 * The parameter taken as the positional argument: the overlay's choice; else `id` or the resource's
 * own id (`candidateId` on candidate.*); else the only required parameter when it is an id.
 */
export function positionalParam(ep: EndpointSpec, overlay?: CommandOverlay): string | undefined {
  if (overlay && overlay.positional !== undefined) return overlay.positional ?? undefined;
  const top = ep.params.filter((p) => p.type === 'string' && !(ep.paginated && p.name === 'cursor'));
  const own = top.find((p) => p.name === 'id' || p.name === `${ep.resource}Id`);
  if (own) return own.name;
  const required = ep.params.filter((p) => p.required);
  if (required.length === 1 && required[0].type === 'string' && /(Id|Handle)$/.test(required[0].name)) return required[0].name;
  return undefined;
}

/** How the positional argument is shown: `<candidate-id>`; a bare `id` gets the resource's name. */
export function positionalLabel(ep: EndpointSpec, param: string): string {
  return param === 'id' ? `${kebab(ep.resource)}-id` : flagSegment(param);
}

/** A generated leaf: accepts `--flag=false` / `--flag=true` for boolean flags. */
class GeneratedCommand extends Command {
  override parseOptions(args: string[]) {
    const end = args.indexOf('--');
    const rewritten = args.flatMap((a, i) => {
      const m = (end < 0 || i < end) && /^--([^=]+)=(.*)$/s.exec(a);
      if (!m) return [a];
      const opt = this.options.find((o) => o.long === `--${m[1]}`);
      if (!opt || opt.required || opt.optional || opt.negate) return [a];
      const b = parseBoolean(m[2]);
      if (b === undefined) throw new UsageError(`--${m[1]} takes true or false, not "${m[2]}"`);
      if (b) return [`--${m[1]}`];
      return this.options.some((o) => o.long === `--no-${m[1]}`) ? [`--no-${m[1]}`] : [];
    });
    return super.parseOptions(rewritten);
  }
}

/**
 * A resource's command group. Hand-made commands added later (registry EXTENSIONS) take precedence:
 * a generated command whose name they take moves to `<name>-raw` (and comes back if they removed
 * it to make room), and a generated alias they take is dropped, so every endpoint stays reachable
 * through exactly one generated command.
 */
export class ResourceGroup extends Command {
  private readonly generated: Command[] = [];

  addGenerated(cmd: Command): void {
    this.generated.push(cmd);
    super.addCommand(cmd);
  }

  displace(name: string): void {
    for (const c of this.generated) {
      const aliases = c.aliases();
      if (aliases.includes(name)) (c as unknown as { _aliases: string[] })._aliases = aliases.filter((a) => a !== name);
      if (c.name() !== name) continue;
      c.name(`${name}${DISPLACED_SUFFIX}`);
      // A hand-made command may have taken the leaf out of the group to replace it: put it back.
      const leaves = this.commands as Command[];
      if (!leaves.includes(c)) leaves.splice(Math.min(this.generated.indexOf(c), leaves.length), 0, c);
    }
  }

  override createCommand(name: string): Command {
    this.displace(name);
    const group = this;
    class HandCommand extends Command {
      override alias(alias: string): this;
      override alias(): string;
      override alias(alias?: string): this | string {
        if (alias === undefined) return super.alias();
        group.displace(alias);
        return super.alias(alias);
      }
    }
    return new HandCommand(name);
  }

  override addCommand(cmd: Command, opts?: Parameters<Command['addCommand']>[1]): this {
    for (const n of [cmd.name(), ...cmd.aliases()]) this.displace(n);
    return super.addCommand(cmd, opts);
  }
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
    cmd.addArgument(new Argument(`[${label}]`, `${posDef.required ? 'required; ' : ''}same as --${posDef.flag}`));
    cmd.usage(`${posDef.required ? `<${label}>` : `[${label}]`} [flags]`);
  }
  for (const d of defs) {
    for (const o of optionsFor(d === posDef ? { ...d, hidden: true } : d)) cmd.addOption(o);
  }
  cmd.option('--data <json>', 'request body as a JSON object (flags are merged on top)');
  cmd.option('--input <file>', 'read the JSON request body from a file, or - for stdin (flags are merged on top)');
  if (ep.paginated) {
    cmd.option('--limit <n>', 'stop after this many records (default: one page of up to 100)');
    cmd.option('--all', 'fetch every page');
    cmd.option('--cursor <cursor>', 'start at this page cursor (from a previous response)');
    if (ep.sync) {
      cmd.option('--sync-token <token>', 'only what changed since this sync token');
      cmd.option('--sync-state <file>', 'incremental sync: read the token from this file and save the new one after a complete pass');
    }
  }
  // Built when shown: a hand-made command may have displaced this one's name since registration.
  cmd.addHelpText('after', () => helpFooter(group, cmd, ep, defs, posDef, overlay));

  const live: Record<string, string> = {};
  for (const d of defs) {
    const kind = LIVE_KINDS[d.path[d.path.length - 1]];
    if (kind && d !== posDef && valueKind(d.shape) !== 'json') live[d.flag] = kind;
  }
  setMeta(cmd, {
    kind: 'generated',
    endpoint: ep.id,
    fileOptions: ep.sync ? ['input', 'sync-state'] : ['input'],
    liveOptions: live,
    ...(posDef && liveKind(ep, posDef.path[0]) ? { liveArgs: [liveKind(ep, posDef.path[0])!] } : {}),
  });

  cmd.action(async (...args: unknown[]) => {
    const { runEndpoint } = await import('./generated/run.js');
    const self = args[args.length - 1] as Command;
    await runEndpoint(ctx, ep, self, {
      defs,
      positional: posDef,
      positionalLabel: posDef && positionalLabel(ep, posDef.path[0]),
      positionalValue: posDef ? (args[0] as string | undefined) : undefined,
      columns: overlay?.columns,
    });
  });
  return cmd;
}

function helpFooter(group: Command, cmd: Command, ep: EndpointSpec, defs: FlagDef[], posDef: FlagDef | undefined, overlay?: CommandOverlay): string {
  const lines = ['', `Endpoint:   POST /${ep.id}${ep.beta ? ' (beta)' : ''}${ep.deprecated ? ' (deprecated)' : ''}`, `Permission: ${ep.permission ?? 'none'}`];
  if (ep.irreversible) lines.push('Irreversible: this cannot be undone. Asks for confirmation on a terminal; pass --yes in scripts.');
  else if (ep.destructive) lines.push('Destructive: asks for confirmation on a terminal; pass --yes in scripts.');
  if (ep.paginated) lines.push(`Lists: one page of up to 100 by default; --limit N or --all to page${ep.sync ? '; --sync-state FILE for incremental sync' : ''}.`);
  if (ep.multipartParams?.some((p) => p.type === 'file')) {
    lines.push(`Files: to upload a file from disk, use \`ashby ${group.name()} ${cmd.name()}\` with a handle from \`ashby file create-file-upload-handle\`, or the upload commands (\`ashby candidate upload-resume\`).`);
  }
  if (ep.variants) lines.push('Takes one of several alternative sets of parameters (see the flags); sending two alternatives is an error.');
  const examples = overlay?.examples ?? [exampleFor(ep, group, cmd, defs, posDef)];
  lines.push('', 'Examples:', ...examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

/** An example built from the required parameters, so every command shows how it is called. */
function exampleFor(ep: EndpointSpec, group: Command, cmd: Command, defs: FlagDef[], posDef: FlagDef | undefined): string {
  const parts = ['ashby', group.name(), cmd.name()];
  if (posDef) parts.push(`<${positionalLabel(ep, posDef.path[0])}>`);
  for (const d of defs) {
    if (d === posDef || !d.required || d.path.length > 1) continue;
    const kind = valueKind(d.shape);
    if (kind === 'boolean') parts.push(`--${d.flag}`);
    else if (kind === 'json') parts.push(`--${d.flag} '${d.shape.type === 'array' ? '[…]' : '{…}'}'`);
    else if (d.shape.enum) parts.push(`--${d.flag} ${String(d.shape.enum[0])}`);
    else parts.push(`--${d.flag} <${flagSegment(d.path[0])}>`);
  }
  return parts.join(' ');
}
