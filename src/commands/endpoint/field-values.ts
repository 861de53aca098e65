// Custom field values as people type them, in the generated commands that set them
// (`custom-field set-value`, `set-values`, and the user, project and job posting ones):
// `--field-id "Work preference" --field-value Remote` rather than an id and the option's JSON value.
// The field is looked up by title (narrowed to the --object-type given), and a text value is read
// by the field's type as offer and feedback forms read theirs (workflows/form-fields.ts): yes/no for
// Boolean, a number, "120000 USD", an option's label or value, a comma-separated list for a
// multi-select, "10-20" for a number range. Text that cannot be such a value is bad input (exit 2)
// before anything is sent; --no-validate sends it as typed. A number typed for a text or select
// field is that text; other values in JSON form (true, 3, ["a"]) and fields of unknown type are
// sent as given. The MCP server's tools that set custom fields call the same reader.
import type { EndpointSpec } from '../../catalog/types.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { FormField } from '../../workflows/form-fields.js';
import { isUuid, type Entry } from '../../resolve/entry.js';
import { readCache } from '../../resolve/cache.js';
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
      // Every caller writes the value: the field is taken by its whole title only.
      field = await r.resolve('customField', id, { flag: p.fieldFlag, filter, strict: true });
      p.at.fieldId = field.id;
      if (isPlaceholder(field.id)) continue;
    }
    const value = p.at[p.valueKey];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    field = field?.meta ? field : await known(r, p.at.fieldId as string);
    if (!field) continue;
    try {
      p.at[p.valueKey] = await readValue(field, value, p.valueFlag);
    } catch (e) {
      // The options may have changed since the cache was written: read them again once.
      const fresh = e instanceof UsageError && !ctx.opts.dryRun ? await known(r, field.id, true) : undefined;
      try {
        if (!fresh) throw e;
        p.at[p.valueKey] = await readValue(fresh, value, p.valueFlag);
      } catch (again) {
        if (strict) throw again;
      }
    }
  }
}

/**
 * The cached entry of a field by id (the list read again when asked, or when it is not there). A
 * dry run reads nothing: what the cache holds, of any age, or nothing, and the value is shown as typed.
 */
async function known(r: Resolver, id: string, fresh = false): Promise<Entry | undefined> {
  const find = (items: Entry[]) => items.find((e) => e.id === id && e.meta?.fieldType !== undefined);
  if (r.dryRun) return find((await readCache(r.ctx, 'customField'))?.items ?? []);
  const first = await r.entries('customField', fresh);
  if (find(first.items) || first.fetched) return find(first.items);
  return find((await r.entries('customField', true)).items);
}

const NUMBER = /^[+-]?(\d[\d,_]*(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

interface Option {
  label?: string;
  value?: string;
}

/**
 * A value as typed, read by the field's type as an offer or feedback form reads its fields
 * (workflows/form-fields.ts: yes/no, an option's label, "120000 USD", a list, a range), but for
 * what a custom field holds beyond a form's: a number with decimals, and a date with its time.
 * Throws UsageError (exit 2) when it cannot be one; empty text is sent as typed.
 */
async function readValue(field: Entry, typed: string | number | boolean, flag: string): Promise<unknown> {
  const type = String(field.meta?.fieldType ?? '');
  const fail = (message: string) => new UsageError(`${flag}: ${message}, for the ${type} field "${field.name}"`);
  if (type === 'Number') {
    if (typeof typed === 'number') return typed;
    const t = String(typed).trim();
    const n = NUMBER.test(t) ? Number(t.replace(/[,_]/g, '')) : Number.NaN;
    if (!Number.isFinite(n)) throw fail(`"${typed}" is not a number`);
    return n;
  }
  if (type === 'Date' && typeof typed === 'string' && /\dT\d/.test(typed)) {
    if (Number.isNaN(Date.parse(typed))) throw fail(`"${typed}" is not a date, YYYY-MM-DD or ISO 8601`);
    return typed;
  }
  const options = (Array.isArray(field.meta?.selectableValues) ? (field.meta.selectableValues as Option[]) : [])
    .filter((o) => typeof o.value === 'string')
    .map((o) => ({ label: o.label ?? o.value!, value: o.value! }));
  const form: FormField = { path: field.id, title: field.name, humanPath: field.name, type, required: false, options };
  // Loaded only here: a command whose field is not known (a dry run with nothing cached) needs none of it.
  const { encodeValue, FieldValueError } = await import('../../workflows/form-fields.js');
  try {
    return encodeValue(form, typed) ?? typed;
  } catch (e) {
    if (e instanceof FieldValueError) throw fail(e.message);
    throw e;
  }
}
