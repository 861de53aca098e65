// Filling a form from an answers file (JSON or YAML keyed by field title or path), --field
// KEY=VALUE flags and, on a terminal, prompts for whatever is still missing. Also renders the
// summary shown before confirming and the --field flags that would repeat the run.
import { readFile } from 'node:fs/promises';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { Prompter } from '../prompts/prompter.js';
import { readStdin } from '../commands/run-helpers.js';
import { validateWith } from './guards.js';
import { encodeValue, expected, FieldValueError, flagText, showValue, type FormField } from './form-fields.js';
import { sanitizeCell } from '../io/sanitize.js';

/** Parses the answers file early, before any request, so a typo in it costs nothing. */
export async function readAnswersFile(ctx: Context, path: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = path === '-' ? await readStdin(ctx) : await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the answers file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  // YAML is a superset of JSON: one parser reads both. yaml is CommonJS: bundled, it is `default`.
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  let v: unknown;
  try {
    v = (mod.default ?? mod).parse(text);
  } catch (e) {
    throw new UsageError(`the answers file ${path} is neither JSON nor YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`the answers file ${path} must map field titles (or paths) to values`);
  return v as Record<string, unknown>;
}

/** "KEY=VALUE" flags, split at the first "=". */
export function parseFieldFlags(specs: string[]): Array<[string, string]> {
  return specs.map((s) => {
    const i = s.indexOf('=');
    if (i <= 0) throw new UsageError(`--field "${s}": expected TITLE=VALUE (or PATH=VALUE)`);
    return [s.slice(0, i).trim(), s.slice(i + 1)];
  });
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The field a key names: its path, title or human-readable path (case-insensitive). */
export function fieldForKey(fields: FormField[], key: string, what: string): FormField {
  const byPath = fields.find((f) => f.path === key);
  if (byPath) return byPath;
  const k = norm(key);
  const hits = fields.filter((f) => norm(f.title) === k || norm(f.humanPath) === k);
  if (hits.length === 1) return hits[0];
  if (hits.length > 1) throw new UsageError(`"${key}" names ${hits.length} fields of the ${what}; use a path: ${hits.map((f) => f.path).join(', ')}`);
  throw new UsageError(`the ${what} has no field "${key}"`, { hint: `its fields: ${fields.map((f) => sanitizeCell(f.title)).join(', ')}` });
}

/** How a field is named in flags and hints: its title when no other field shares it, else its path. */
export function keyFor(fields: FormField[], f: FormField): string {
  return fields.filter((x) => norm(x.title) === norm(f.title)).length === 1 ? f.title : f.path;
}

export interface CollectOptions {
  answers?: Record<string, unknown>;
  answersPath?: string;
  fieldFlags: Array<[string, string]>;
  /** "offer form", "feedback form": used in messages. */
  what: string;
  /**
   * What the caller calls the answers (an MCP tool: its parameter). Missing required fields are then
   * listed, all at once, as its keys: never asked for, never as --field flags.
   */
  answersName?: string;
}

export interface Collected {
  /** Encoded values by field path; fields left empty are absent. */
  values: Map<string, unknown>;
  prompted: boolean;
}

/**
 * Every field's value. Given values are checked first (all problems reported at once, exit 2);
 * then missing required fields are prompted for on a terminal, or reported with the flag or
 * answers key that would supply them. Optional fields are asked only when nothing was given.
 */
export async function collectValues(ctx: Context, fields: FormField[], opts: CollectOptions): Promise<Collected> {
  const given = new Map<FormField, unknown>();
  for (const [k, v] of Object.entries(opts.answers ?? {})) given.set(fieldForKey(fields, k, opts.what), v);
  for (const [k, v] of opts.fieldFlags) given.set(fieldForKey(fields, k, opts.what), v);
  const values = new Map<string, unknown>();
  const problems: string[] = [];
  for (const [f, raw] of given) {
    try {
      const v = encodeValue(f, raw);
      if (v !== undefined) values.set(f.path, v);
    } catch (e) {
      if (!(e instanceof FieldValueError)) throw e;
      problems.push(`  ${sanitizeCell(keyFor(fields, f))}: ${e.message}`);
    }
  }
  if (problems.length) throw new UsageError(`invalid ${opts.what} values:\n${problems.join('\n')}`);
  const missing = fields.filter((f) => f.required && !values.has(f.path));
  if (!ctx.canPrompt || opts.answersName) {
    if (missing.length) {
      const how = missing.map((f) =>
        opts.answersName
          ? `  ${sanitizeCell(keyFor(fields, f))} (${expected(f)}): the key ${JSON.stringify(keyFor(fields, f))} in ${opts.answersName}`
          : `  ${sanitizeCell(keyFor(fields, f))} (${expected(f)}): --field ${JSON.stringify(`${keyFor(fields, f)}=…`)} or the key ${JSON.stringify(keyFor(fields, f))} in --answers`,
      );
      throw new UsageError(`missing required ${opts.what} fields:\n${how.join('\n')}`);
    }
    return { values, prompted: false };
  }
  const nothingGiven = given.size === 0;
  let prompted = false;
  const p = await ctx.prompter();
  for (const f of fields) {
    if (values.has(f.path) || (!f.required && !nothingGiven)) continue;
    const v = await promptField(ctx, p, f);
    prompted = true;
    if (v !== undefined) values.set(f.path, v);
  }
  return { values, prompted };
}

const SKIP = '\u0000skip';
const UNSET = '\u0000unset';

/**
 * A select with nothing chosen in advance: an optional question starts on "(skip)", a required one
 * on "(choose one)", which asks again, so pressing Enter never records an answer by accident.
 */
async function selectNoDefault(
  ctx: Context,
  p: Prompter,
  f: FormField,
  title: string,
  choices: Array<{ name: string; value: string }>,
): Promise<string | undefined> {
  const first = f.required ? { name: '(choose one)', value: UNSET } : { name: '(skip)', value: SKIP };
  for (;;) {
    const v = await p.select(title, [first, ...choices]);
    if (v === SKIP) return undefined;
    if (v !== UNSET) return v;
    ctx.warn(`${f.title} needs an answer`);
  }
}

/** One prompt per field, by its type; returns the encoded value or undefined when skipped. */
async function promptField(ctx: Context, p: Prompter, f: FormField): Promise<unknown> {
  const title = f.required ? f.title : `${f.title} (optional)`;
  switch (f.type) {
    case 'Boolean': {
      const v = await selectNoDefault(ctx, p, f, title, [
        { name: 'yes', value: 'yes' },
        { name: 'no', value: 'no' },
      ]);
      return v === undefined ? undefined : encodeValue(f, v);
    }
    case 'ValueSelect':
      return selectNoDefault(
        ctx,
        p,
        f,
        title,
        f.options.map((o) => ({ name: o.label, value: o.value })),
      );
    case 'MultiValueSelect':
      for (;;) {
        const v = await p.checkbox(
          title,
          f.options.map((o) => ({ name: o.label, value: o.value })),
        );
        if (v.length || !f.required) return v.length ? v : undefined;
        ctx.warn(`${f.title} needs at least one choice`);
      }
    case 'Score': {
      const names = ['strong no', 'no', 'yes', 'strong yes'];
      const choices = [4, 3, 2, 1].map((n) => ({ name: `${n} ${names[n - 1]}`, value: String(n) }));
      const v = await selectNoDefault(ctx, p, f, title, choices);
      return v === undefined ? undefined : { score: Number(v) };
    }
    default: {
      const hint = expected(f);
      const raw = await p.input(hint === 'text' ? title : `${title} [${hint}]`, {
        validate: validateWith((s) => encodeValue(f, s), !f.required),
      });
      return encodeValue(f, raw);
    }
  }
}

/** In a dry run there is no form to check against: the values as given, keyed as given. */
export function rawSubmissions(answers: Record<string, unknown> | undefined, fieldFlags: Array<[string, string]>): Array<{ path: string; value: unknown }> {
  return [...Object.entries(answers ?? {}), ...fieldFlags].map(([path, value]) => ({ path, value }));
}

export function submissions(fields: FormField[], values: Map<string, unknown>): Array<{ path: string; value: unknown }> {
  return fields.filter((f) => values.has(f.path)).map((f) => ({ path: f.path, value: values.get(f.path) }));
}

/** "  Title: value" lines for the confirmation summary. */
export function summaryLines(fields: FormField[], values: Map<string, unknown>): string[] {
  return fields.filter((f) => values.has(f.path)).map((f) => `  ${f.title}: ${showValue(f, values.get(f.path))}`);
}

/** --field flags that reproduce these values without prompts. */
export function fieldFlagsFor(fields: FormField[], values: Map<string, unknown>): string[] {
  return fields.filter((f) => values.has(f.path)).flatMap((f) => ['--field', `${keyFor(fields, f)}=${flagText(f, values.get(f.path))}`]);
}
