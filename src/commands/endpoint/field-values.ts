// Custom field values as people type them, in the generated commands that set them
// (`custom-field set-value`, `set-values`, and the user, project and job posting ones):
// `--field-id "Work preference" --field-value Remote` rather than an id and the option's JSON value.
// The field is looked up by title (narrowed to the --object-type given), and a text value is read
// by the field's type: yes/no for Boolean, a number, "120000 USD", an option's label or value, a
// comma-separated list for a multi-select, "10-20" for a number range. Text that cannot be such a
// value is bad input (exit 2) before anything is sent; --no-validate sends it as typed. A number
// typed for a text or select field is that text; other values in JSON form (true, 3, ["a"]) and
// fields of unknown type are sent as given.
import type { EndpointSpec } from '../../catalog/types.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { sanitizeCell } from '../../io/sanitize.js';
import { isUuid, type Entry } from '../../resolve/entry.js';
import { isPlaceholder, Resolver } from '../../resolve/resolver.js';
import { setsFieldValues } from './names.js';

type Body = Record<string, unknown>;

/** The object type a field must be for, where the request says (customField.setValue's objectType). */
function objectTypeOf(ep: EndpointSpec, body: Body): string | undefined {
  return ep.resource === 'customField' && typeof body.objectType === 'string' ? body.objectType : undefined;
}

/** Each pair in the body, with where its field and value are and the flags that gave them. */
function pairs(body: Body, how: (param: string) => string): Array<{ at: Body; valueKey: string; fieldFlag: string; valueFlag: string }> {
  const out: Array<{ at: Body; valueKey: string; fieldFlag: string; valueFlag: string }> = [];
  const valueKey = (b: Body) => (Object.hasOwn(b, 'fieldValue') ? 'fieldValue' : 'value');
  if (typeof body.fieldId === 'string') {
    const k = valueKey(body);
    out.push({ at: body, valueKey: k, fieldFlag: how('fieldId'), valueFlag: how(k) });
  }
  if (Array.isArray(body.values)) {
    body.values.forEach((v, i) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Body).fieldId === 'string') {
        const k = valueKey(v as Body);
        out.push({ at: v as Body, valueKey: k, fieldFlag: `${how('values')}[${i}].fieldId`, valueFlag: `${how('values')}[${i}].${k}` });
      }
    });
  }
  return out;
}

const resolvers = new WeakMap<Context, Resolver>();

/**
 * Looks up every field named by title (top-level fieldId is already an id when resolveNames ran;
 * those in `values` are done here) and reads every text value by its field's type, in place.
 * `strict` false (--no-validate): a value that cannot be read is sent as typed.
 */
export async function readFieldValues(ctx: Context, ep: EndpointSpec, body: Body, how: (param: string) => string, strict: boolean): Promise<void> {
  if (!setsFieldValues(ep)) return;
  const todo = pairs(body, how);
  if (!todo.length) return;
  // One resolver a command: a batch's rows read the field list once, not once a row.
  let r = resolvers.get(ctx);
  if (!r) resolvers.set(ctx, (r = new Resolver(ctx)));
  const type = objectTypeOf(ep, body);
  const filter = type ? (e: Entry) => e.meta?.objectType === undefined || e.meta.objectType === type : undefined;
  for (const p of todo) {
    const id = p.at.fieldId as string;
    if (ctx.opts.dryRun && isPlaceholder(id)) continue;
    let field: Entry | undefined;
    if (!isUuid(id)) {
      field = await r.resolve('customField', id, { flag: p.fieldFlag, filter });
      p.at.fieldId = field.id;
      if (isPlaceholder(field.id)) continue;
    }
    const value = p.at[p.valueKey];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    field = field?.meta ? field : await known(r, p.at.fieldId as string);
    if (!field) continue;
    try {
      p.at[p.valueKey] = readValue(field, value, p.valueFlag);
    } catch (e) {
      // The options may have changed since the cache was written: read them again once.
      const fresh = e instanceof UsageError && !ctx.opts.dryRun ? await known(r, field.id, true) : undefined;
      try {
        if (!fresh) throw e;
        p.at[p.valueKey] = readValue(fresh, value, p.valueFlag);
      } catch (again) {
        if (strict) throw again;
      }
    }
  }
}

/** The cached entry of a field by id (the list read again when asked, or when it is not there). */
async function known(r: Resolver, id: string, fresh = false): Promise<Entry | undefined> {
  const find = (items: Entry[]) => items.find((e) => e.id === id && e.meta?.fieldType !== undefined);
  const first = await r.entries('customField', fresh);
  if (find(first.items) || first.fetched || r.dryRun) return find(first.items);
  return find((await r.entries('customField', true)).items);
}

const YES = new Set(['yes', 'y', 'true', 'on', '1']);
const NO = new Set(['no', 'n', 'false', 'off', '0']);
const NUMBER = /^[+-]?(\d[\d,_]*(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A number as typed: 120000, 120,000, 12.5; undefined when it is not one. */
function num(s: string): number | undefined {
  const t = s.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t.replace(/[,_]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

interface Option {
  label?: string;
  value?: string;
  isArchived?: boolean;
}

/** Types whose value is text: a number or true typed for one (`--field-value 42`, a CSV cell) is meant as text. */
const TEXT_TYPES = new Set(['String', 'LongText', 'Email', 'Phone', 'ValueSelect', 'MultiValueSelect', 'Url']);

/**
 * A value as typed, read by the field's type; throws UsageError (exit 2) when it cannot be one.
 * Text is read; a number or boolean is text for a text field, and no amount without a currency.
 */
export function readValue(field: Entry, typed: string | number | boolean, flag: string): unknown {
  const type = String(field.meta?.fieldType ?? '');
  if (typeof typed !== 'string') {
    if (TEXT_TYPES.has(type)) typed = String(typed);
    else if (type === 'Currency' && typeof typed === 'number')
      throw new UsageError(`${flag}: ${typed} has no currency, for the Currency field "${sanitizeCell(field.name)}"`, {
        hint: 'an amount and an ISO 4217 code, e.g. "120000 USD"',
      });
    else return typed;
  }
  const text = typed;
  const t = text.trim();
  const bad = (what: string, hint?: string) =>
    new UsageError(`${flag}: "${sanitizeCell(text)}" is not ${what}, for the ${type} field "${sanitizeCell(field.name)}"`, { hint });
  const options = (Array.isArray(field.meta?.selectableValues) ? (field.meta.selectableValues as Option[]) : []).filter((o) => typeof o.value === 'string');
  const option = (s: string): string | undefined => {
    const q = s.trim().toLowerCase();
    const exact = options.find((o) => o.value === s.trim());
    if (exact) return exact.value;
    const hits = options.filter((o) => o.label?.trim().toLowerCase() === q || o.value!.toLowerCase() === q);
    const current = hits.filter((o) => !o.isArchived);
    return (current.length ? current : hits).length === 1 ? (current.length ? current : hits)[0].value : undefined;
  };
  const choices = () =>
    `its options: ${options
      .filter((o) => !o.isArchived)
      .map((o) => sanitizeCell(o.label ?? o.value!))
      .join(', ')}`;
  switch (type) {
    case 'Boolean':
      if (YES.has(t.toLowerCase())) return true;
      if (NO.has(t.toLowerCase())) return false;
      throw bad('yes or no', 'yes, no, true or false');
    case 'Number': {
      const n = num(t);
      if (n === undefined) throw bad('a number');
      return n;
    }
    case 'Currency': {
      const m = /^([A-Za-z]{3})\s*(\S+)$/.exec(t) ?? /^(\S+?)\s*([A-Za-z]{3})$/.exec(t);
      const [amount, code] = m ? (/^[A-Za-z]{3}$/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]]) : [t, undefined];
      const n = num(amount);
      if (n === undefined || !code) throw bad('an amount with its currency', 'an amount and an ISO 4217 code, e.g. "120000 USD"');
      return { value: n, currencyCode: code.toUpperCase() };
    }
    case 'NumberRange': {
      const m = /^(.+?)\s*(?:\.\.|–|—|\bto\b|-(?=\s*[\d.+]))\s*(.+)$/i.exec(t);
      const lo = m ? num(m[1]) : undefined;
      const hi = m ? num(m[2]) : undefined;
      if (lo === undefined || hi === undefined) throw bad('a range', 'the lowest and highest number, e.g. "10000-20000"');
      return { type: 'number-range', minValue: lo, maxValue: hi };
    }
    case 'ValueSelect': {
      const v = option(t);
      if (v === undefined) throw bad('one of its options', choices());
      return v;
    }
    case 'MultiValueSelect': {
      // The whole text may be one option whose label has a comma in it.
      const whole = option(t);
      if (whole !== undefined) return [whole];
      const parts = t
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const values = parts.map(option);
      const missing = parts.filter((_, i) => values[i] === undefined);
      if (missing.length || !parts.length)
        throw new UsageError(
          `${flag}: ${missing.length ? missing.map((s) => `"${sanitizeCell(s)}"`).join(', ') : 'nothing'} is not among the options of the MultiValueSelect field "${sanitizeCell(field.name)}"`,
          { hint: `${choices()} (several, comma-separated)` },
        );
      return values;
    }
    case 'Date':
      if (Number.isNaN(Date.parse(t))) throw bad('a date', 'a date as YYYY-MM-DD, or an ISO 8601 time');
      return text;
    case 'Url':
      if (!/^https?:\/\/[^\s/]+/i.test(t)) throw bad('a web address', 'a full http:// or https:// URL');
      return text;
    default:
      return text;
  }
}
