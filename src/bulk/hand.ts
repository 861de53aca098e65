// Hand-made write commands over a batch. A command opts in with one call in place of `.action(…)`:
//
//   bulkCommand(cmd, ctx, { run: (c, v) => moveToStage(c, v), required: ['application', 'stage'] }, handler);
//
// Its arguments and options become what a record may name (`application`, `stage`, `email-template`
// or `emailTemplate`, ...); with --from the handler is not called: the engine runs `run` once per
// record with the record's values over the command line's, in a context that never prompts. A command
// that should look everything up before the first write gives `prepare` and `execute` instead.
import type { Command, Option } from 'commander';
import type { Command as TypedCommand } from '@commander-js/extra-typings';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { addBulkOptions, bulkOptions, BATCH_OPTIONS, type BulkOptions } from './options.js';
import type { BulkIO } from './engine.js';
import type { InputRecord } from './records.js';
import type { BulkParam, Mapped } from './mapping.js';

export interface HandSpec<P = Record<string, unknown>> {
  /** The whole workflow for one record, in a context that never prompts. */
  run?: (ctx: Context, values: Record<string, unknown>) => Promise<unknown>;
  /** Or in two steps: look-ups (reads) for every record first, then the writes. */
  prepare?: (values: Record<string, unknown>, io: BulkIO) => Promise<P>;
  execute?: (plan: P, io: BulkIO) => Promise<unknown>;
  /** Keys every record must end up with (after the command line's values). */
  required?: string[];
  /** The key that takes the id of one of our own output records (default: the first argument). */
  id?: string;
  /** Needs --yes without a terminal. */
  destructive?: boolean;
  /** A record as the batch's messages name it; times in the command's zone (ctx.timeZone). */
  label?: (values: Record<string, unknown>, plan: P, ctx: Context) => string;
  /** What candidates will notice, for the one confirmation. */
  effects?: (plans: P[], ctx: Context) => string[];
  /** What the write acts on: two records of a batch acting on the same one are refused (exit 2). */
  target?: (plan: P) => { what: string; key: string } | undefined;
  /** Why the batch, once looked up, needs --yes without a terminal, if it does (for a command not always destructive). */
  needsYes?: (plans: P[]) => string | undefined;
}

/** Any typed command, whatever its arguments and options (`any` is how the typings' own constraint is written). */
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyTypedCommand = TypedCommand<any[], any>;

/** The handler is exactly what commander's typed `.action()` takes for this command. */
type ActionOf<C extends AnyTypedCommand> = Parameters<C['action']>[0];

/**
 * Adds --from and the batch flags to a hand-made command (from defineCommand), and runs its handler
 * when --from is not given. The handler gets the command's declared arguments and options, typed.
 */
export function bulkCommand<P, C extends AnyTypedCommand>(
  typed: C,
  ctx: Context,
  spec: HandSpec<P> | (() => HandSpec<P> | Promise<HandSpec<P>>),
  handler: ActionOf<C>,
): C {
  const cmd = typed as unknown as Command;
  addBulkOptions(cmd);
  cmd.action(async (...args: unknown[]) => {
    const self = args[args.length - 1] as Command;
    const o = bulkOptions(self.opts(), self);
    if (!o) {
      await (handler as (...a: unknown[]) => unknown).apply(self, args);
      return;
    }
    await runHandBulk(ctx, self, typeof spec === 'function' ? await spec() : spec, o, args.slice(0, -2));
  });
  return typed;
}

const singular = (s: string) => s.replace(/s$/, '');
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function optionParam(o: Option): BulkParam {
  const key = o.attributeName();
  const label = (o.long ?? key).replace(/^--/, '');
  const isBool = !o.required && !o.optional;
  const isList = Array.isArray(o.defaultValue);
  // A list in a CSV cell is comma-separated (or a JSON array); a TITLE=VALUE pair (--field) keeps
  // its commas, one pair per cell.
  const splits = isList && !o.flags.includes('=');
  return {
    key,
    label,
    names: [key, label],
    parse: (v, fromText) => {
      if (v === null) throw new Error(`expected ${isBool ? 'true or false' : 'text'}, got null`);
      if (isBool && typeof v === 'string') {
        const b = { true: true, yes: true, '1': true, false: false, no: false, '0': false }[v.trim().toLowerCase()];
        if (b === undefined) throw new Error('expected true or false');
        return b;
      }
      if (isList) {
        if (Array.isArray(v)) return v.map(String);
        if (fromText && typeof v === 'string' && v.trim().startsWith('[')) return (JSON.parse(v) as unknown[]).map(String);
        if (fromText && splits && typeof v === 'string')
          return v
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
        return [String(v)];
      }
      if (typeof v === 'object' && v !== null) throw new Error('expected text');
      return typeof v === 'string' || isBool ? v : String(v);
    },
  };
}

/** What a record of this command may name: its first argument and its options (not the batch's own). */
export function handParams(cmd: Command): { params: BulkParam[]; arg?: string; variadic: boolean } {
  const params: BulkParam[] = [];
  const a = cmd.registeredArguments[0];
  let arg: string | undefined;
  if (a) {
    arg = singular(a.name());
    params.push({
      key: arg,
      label: arg,
      names: [a.name(), `${arg}-id`, `${camel(arg)}Id`],
      parse: (v) => {
        if (typeof v === 'string') return v;
        throw new Error(
          `expected text (an id, email or name), got ${v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`}`,
        );
      },
    });
  }
  const seen = new Set(params.map((p) => p.key));
  for (const o of cmd.options) {
    const long = o.long?.replace(/^--/, '') ?? '';
    if (o.negate || BATCH_OPTIONS.has(o) || long === 'help' || seen.has(o.attributeName())) continue;
    seen.add(o.attributeName());
    params.push(optionParam(o));
  }
  return { params, arg, variadic: Boolean(a?.variadic) };
}

/** The command line's values: every option set (defaults included) but the batch's own. */
function baseValues(cmd: Command): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const batch = new Set(cmd.options.filter((o) => BATCH_OPTIONS.has(o)).map((o) => o.attributeName()));
  for (const [k, v] of Object.entries(cmd.opts())) if (v !== undefined && !batch.has(k)) out[k] = v;
  return out;
}

export async function runHandBulk<P>(
  ctx: Context,
  typed: Command | AnyTypedCommand,
  spec: HandSpec<P>,
  o: BulkOptions,
  args: unknown[],
  records?: InputRecord[],
): Promise<void> {
  const cmd = typed as Command;
  const { runBulk } = await import('./engine.js');
  const { params, arg, variadic } = handParams(cmd);
  const base = baseValues(cmd);
  const given = args[0];
  if (arg && given !== undefined && !(Array.isArray(given) && !given.length)) {
    if (variadic || records) throw new UsageError(`give the ${arg}s either as arguments or with --from, not both`);
    base[arg] = given;
  }
  if (o.from === '-') {
    const reads = cmd.options.find((x) => !BATCH_OPTIONS.has(x) && x.flags.includes('<file>') && base[x.attributeName()] === '-');
    if (reads) throw new UsageError(`--from - and ${reads.long} - cannot both read stdin`, { hint: 'give one of them a file' });
  }
  const command = `${cmd.parent?.name()} ${cmd.name()}`;
  const flagOf = (k: string) => `--${params.find((p) => p.key === k)?.label ?? k}`;
  const absent = (values: Record<string, unknown>, k: string) =>
    values[k] === undefined || values[k] === '' || (Array.isArray(values[k]) && !(values[k] as unknown[]).length);
  // A list of bare ids (arguments, or lines on stdin) has no other columns: a flag every record
  // needs is missing from the command line, once, not from each record.
  const lacking = records ? (spec.required ?? []).filter((k) => k !== arg && absent(base, k)) : [];
  if (lacking.length)
    throw new UsageError(`${command}: missing ${lacking.map(flagOf).join(', ')}`, {
      hint: `it applies to every ${arg ?? 'record'} given ${o.from === '-' ? 'on stdin (one per line)' : 'as arguments'}; nothing was sent`,
    });
  const run = spec.run;
  await runBulk(
    ctx,
    {
      command,
      shape: { params, idParam: spec.id ?? arg, idFields: [] },
      base,
      destructive: Boolean(spec.destructive),
      async check(values, record) {
        // Named as the command line and the record can each give it: `missing --reason (or a "reason" column)`.
        const missing = (spec.required ?? []).filter((k) => absent(values, k));
        const field = record.text ? 'column' : 'key';
        const named = (k: string) => (k === arg ? `<${arg}> (an "${arg}" ${field})` : `${flagOf(k)} (or a "${flagOf(k).slice(2)}" ${field})`);
        if (missing.length) throw new Error(`missing ${missing.map(named).join(', ')}`);
        // An answers file (offer create, feedback submit) that cannot be read or is no mapping is bad input, found before any write.
        if (typeof values.answers === 'string') await (await import('../workflows/form-answers.js')).readAnswersFile(ctx, values.answers);
      },
      prepare: async (values, io) => (spec.prepare ? spec.prepare(values, io) : (values as P)),
      execute: async (plan, io) => (spec.execute ? spec.execute(plan, io) : run!(io.ctx, plan as Record<string, unknown>)),
      label(plan, mapped: Mapped, values) {
        if (spec.label) return spec.label(values, plan, ctx);
        const who = mapped.name ?? (arg ? values[arg] : undefined) ?? values[spec.id ?? ''] ?? '';
        return String(who);
      },
      effects: spec.effects && ((plans) => spec.effects?.(plans, ctx) ?? []),
      target: spec.target,
      needsYes: spec.needsYes,
    },
    o,
    records,
  );
}
