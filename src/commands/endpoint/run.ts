// Runs one generated command: body from --input, --data, flags and the positional id (later wins),
// validation against the request schema, confirmation for destructive endpoints, then one call or a
// streamed pass over a paginated list. Nothing is sent until the input is known to be valid.
import type { Command } from 'commander';
import type { EndpointSpec } from '../../catalog/types.js';
import { intOption, type Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { parseJsonObject, printPages, readInputBody } from '../request.js';
import { emitResult } from '../run-helpers.js';
import { bulkOptions } from '../../bulk/options.js';
import { getMeta } from '../meta.js';
import { PAGING_PARAMS, TypedTime, UnknownChoice, type FlagDef } from './flags.js';
import { readSyncState, writeSyncState } from './sync-state.js';
import { requireSearchTerm, subject, unknownKeys, validateRequest, type Naming } from './validate.js';

export interface RunSpec {
  defs: FlagDef[];
  positional?: FlagDef;
  positionalLabel?: string;
  positionalValue?: string;
  columns?: string[];
  /** A search's parameters, one of which must be given (overlay.ts `searchBy`). */
  searchBy?: string[];
  /** Shown with the message when none is. */
  examples?: string[];
}

/** Searches that answer at most this many matches, with no cursor for the rest. */
const SEARCH_CAP: Record<string, number> = { 'candidate.search': 100, 'project.search': 100 };

interface CommonOptions {
  data?: string;
  input?: string;
  limit?: string;
  all?: boolean;
  cursor?: string;
  syncToken?: string;
  syncState?: string;
  /** false with --no-validate. */
  validate?: boolean;
}

export async function runEndpoint(ctx: Context, ep: EndpointSpec, cmd: Command, spec: RunSpec): Promise<void> {
  const where = `ashby ${cmd.parent?.name()} ${cmd.name()}`;
  const o = cmd.opts() as CommonOptions & Record<string, unknown>;
  const bulk = ep.write ? bulkOptions(o) : undefined;
  if (bulk && bulk.from === '-' && o.input === '-') throw new UsageError('--from - and --input - cannot both read stdin');
  // Questions about typed times (a send time in the past) wait until the request is known to be whole.
  const timeChecks: Array<() => void> = [];
  const body = await requestBody(ctx, cmd, o, spec, timeChecks);
  const naming: Naming = { defs: spec.defs, positional: spec.positional, positionalLabel: spec.positionalLabel };
  if (spec.searchBy && o.validate !== false) requireSearchTerm(body, spec.searchBy, naming, where, spec.examples);
  // A list's null cursor, sync token or limit (from --data or --input) means none: Ashby takes
  // null there on some lists and refuses it on others, so it is left out, neither sent nor refused.
  if (ep.paginated) for (const k of PAGING_PARAMS) if (body[k] === null) delete body[k];
  // Names, emails and links where ids go are looked up first (reads only); a dry run may keep
  // placeholders for what it could not look up, which the check below reads as ids.
  const { resolveNames, howGiven, setsFieldValues } = await import('./names.js');
  const how = howGiven(spec.defs, spec.positional, spec.positionalLabel, spec.positionalValue !== undefined);
  await resolveNames(ctx, ep, body, how);
  // Custom field values as typed ("Remote", "yes", "120000 USD"), read by the field's type.
  if (setsFieldValues(ep) && !bulk) await (await import('./field-values.js')).readFieldValues(ctx, ep, body, how, o.validate !== false);
  if (bulk) {
    for (const check of timeChecks) check();
    const { runEndpointBulk } = await import('../../bulk/endpoint.js');
    return runEndpointBulk(ctx, ep, spec, body, bulk, where, o.validate !== false);
  }
  if (o.validate !== false) await validateRequest(ep, ctx.opts.dryRun ? withoutPlaceholders(body) : body, naming, where);
  for (const check of timeChecks) check();
  for (const k of unknownKeys(ep, body)) ctx.warn(`${ep.id} has no parameter "${k}" in our catalog; sending it anyway`);
  const paging = ep.paginated ? pagingOptions(ep, o) : undefined;
  if (ep.destructive || ep.irreversible) await ctx.confirm(question(ep, where, body), { what: `${subject(where)}${ep.irreversible ? ' (irreversible)' : ''}` });

  const client = await ctx.client();
  if (!paging || ctx.opts.raw) {
    if (paging?.max !== undefined) body.limit = Math.min(100, paging.max);
    if (paging?.syncToken) body.syncToken = paging.syncToken;
    const env = await client.call(ep.id, body);
    const cap = SEARCH_CAP[ep.id];
    if (cap !== undefined && Array.isArray(env.results) && env.results.length >= cap)
      ctx.warn(`${ep.id} answers at most ${cap} matches and gave ${env.results.length}: there may be more; narrow the search`);
    // A blocked submission succeeds, but Ashby made no application of it.
    if (ep.id === 'applicationForm.submit' && (env.results as { formMessages?: { blocked?: unknown } } | undefined)?.formMessages?.blocked === true)
      ctx.warn('Ashby blocked this submission (formMessages.blocked): no application was created, so there is none to look up or send surveys for');
    // --web (candidate info, application info, job info): the record's page in Ashby instead.
    const web = o.web === true ? getMeta(cmd)?.webLink : undefined;
    if (web) return ctx.opts.dryRun ? undefined : (await import('../../workflows/views.js')).openInBrowser(ctx, await web(env.results));
    return emitResult(ctx, env, { columns: spec.columns });
  }
  // Flags Ashby cannot filter by (app list --stage) are applied here, over every page.
  const filter = await getMeta(cmd)?.prepareList?.(o, body);
  const pager = client.paginate(
    ep.id,
    body,
    filter ? { all: true, syncToken: paging.syncToken } : { all: paging.all, max: paging.max, syncToken: paging.syncToken },
  );
  if (filter && !ctx.opts.dryRun) await (await ctx.renderer({ columns: spec.columns })).list(filtered(pager, filter, paging.max));
  else await printPages(ctx, pager, { columns: spec.columns });
  if (ctx.opts.dryRun) return;
  if (!pager.complete && pager.moreDataAvailable) {
    // One page was asked for without saying so: a script must learn that the list is not complete.
    if (paging.max === undefined) ctx.warn('only the first page was fetched and more results are available: pass --all for every page, or --limit N');
    else if (ctx.io.stderr.isTTY) ctx.info('more results available: use --all, or --limit N');
  }
  if (pager.complete && pager.syncToken) {
    if (paging.stateFile) writeSyncState(paging.stateFile, ep.id, pager.syncToken);
    else if (ep.sync && paging.all && ctx.io.stderr.isTTY) ctx.info(`sync token for the next incremental run: ${pager.syncToken} (or use --sync-state FILE)`);
  }
}

async function requestBody(
  ctx: Context,
  cmd: Command,
  o: CommonOptions & Record<string, unknown>,
  spec: RunSpec,
  timeChecks: Array<() => void>,
): Promise<Record<string, unknown>> {
  let body: Record<string, unknown> = {};
  if (o.input !== undefined) body = await readInputBody(ctx, o.input);
  if (o.data !== undefined) merge(body, parseJsonObject(o.data, '--data'));
  const flags: Record<string, unknown> = {};
  for (const d of spec.defs) {
    const attr = cmd.options.find((x) => x.long === `--${d.flag}`)?.attributeName();
    const v = attr === undefined ? undefined : o[attr];
    if (v !== undefined) setPath(flags, d.path, v instanceof TypedTime ? await readTime(ctx, v, timeChecks) : knownChoices(v, o.validate === false));
  }
  if (spec.positional && spec.positionalValue !== undefined) {
    const fromFlag = flags[spec.positional.path[0]];
    if (fromFlag !== undefined && fromFlag !== spec.positionalValue) {
      throw new UsageError(`<${spec.positionalLabel}> and --${spec.positional.flag} give different values; use one of them`);
    }
    // `candidate search ada@example.com`: a positional name that is an email searches by email.
    const asEmail =
      spec.positional.path[0] === 'name' && spec.defs.some((d) => d.path.join('.') === 'email') && /^[^\s@]+@[^\s@]+$/.test(spec.positionalValue.trim());
    flags[asEmail ? 'email' : spec.positional.path[0]] = spec.positionalValue;
  }
  if (o.cursor !== undefined) flags.cursor = o.cursor;
  return merge(body, flags);
}

function pagingOptions(ep: EndpointSpec, o: CommonOptions) {
  const max = o.limit !== undefined ? intOption('--limit', o.limit, 1, Number.MAX_SAFE_INTEGER) : undefined;
  let syncToken = o.syncToken;
  const stateFile = o.syncState;
  if (stateFile !== undefined) {
    if (max !== undefined) throw new UsageError('--sync-state needs a complete pass: drop --limit');
    syncToken ??= readSyncState(stateFile, ep.id);
  }
  return { max, all: Boolean(o.all) || stateFile !== undefined, syncToken, stateFile };
}

function question(ep: EndpointSpec, where: string, body: Record<string, unknown>): string {
  const ids = Object.entries(body)
    .filter(([k, v]) => typeof v === 'string' && (k === 'id' || /Id$/.test(k)))
    .map(([k, v]) => `${k} ${v}`);
  const target = ids.length ? ` for ${ids.join(', ')}` : '';
  return `Run \`${where}\`${target}?${ep.irreversible ? ' This cannot be undone.' : ''}`;
}

async function* filtered(items: AsyncIterable<unknown>, keep: (r: unknown) => boolean, max?: number): AsyncIterable<unknown> {
  let n = 0;
  for await (const r of items) {
    if (!keep(r)) continue;
    yield r;
    if (max !== undefined && ++n >= max) return;
  }
}

/** A copy of the body where a dry run's placeholders (`<job:Staff Engineer>`) stand as ids. */
function withoutPlaceholders(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' && /^<.+>$/.test(v) ? '00000000-0000-4000-8000-000000000000' : v]));
}

/**
 * A typed time as the analytics' --since reads it (mirror/when.ts): a date or a time without a zone
 * is local, an age (7d) is that long before now. A dry run says which instant that is.
 */
async function readTime(ctx: Context, t: TypedTime, checks: Array<() => void>): Promise<number | string> {
  const [{ isAge, parseWhen }, { checkNotPast, showTime }] = await Promise.all([import('../../mirror/when.js'), import('../../workflows/time.js')]);
  // An age counts back from now: on a time something is to happen at, "2w" is a slip for "in 2w".
  if (t.ahead && isAge(t.raw))
    throw new UsageError(`--${t.flag} "${t.raw}" would be that long ago: an age counts back from now, and this is when something is to happen`, {
      hint: `give the time itself, e.g. --${t.flag} "${exampleTime(ctx)}" (local time)`,
    });
  const at = await parseWhen(`--${t.flag}`, t.raw, ctx.now(), ctx.timeZone);
  if (t.ahead && t.flag.endsWith('send-at')) checks.push(() => checkNotPast(ctx, `--${t.flag}`, at.toISOString(), 'the email would be sent at once'));
  const sent = t.epochMs ? at.getTime() : at.toISOString();
  if (ctx.opts.dryRun) ctx.info(`--${t.flag} "${t.raw}" is ${showTime(at.toISOString(), ctx.timeZone)}; sent as ${sent}`);
  return sent;
}

/** Tomorrow at 09:00 as a person types it, for a hint. */
function exampleTime(ctx: Context): string {
  const d = new Date(ctx.now().getTime() + 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  return `${day} 09:00`;
}

/** An enumeration value our catalog does not know is bad input, or sent as typed with --no-validate. */
function knownChoices(v: unknown, send: boolean): unknown {
  const one = (x: unknown) => {
    if (!(x instanceof UnknownChoice)) return x;
    if (send) return x.raw;
    throw new UsageError(`--${x.flag} "${x.raw}": ${x.expected}`, { hint: '--no-validate sends it as typed (if Ashby knows a value newer than our catalog)' });
  };
  return Array.isArray(v) ? v.map(one) : one(v);
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let node = obj;
  for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}

/** Deep merge of plain objects; arrays and scalars from `src` replace what is there. */
function merge(target: Record<string, unknown>, src: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(src)) {
    const cur = target[k];
    if (isPlain(v) && isPlain(cur)) merge(cur, v);
    else target[k] = v;
  }
  return target;
}

const isPlain = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
