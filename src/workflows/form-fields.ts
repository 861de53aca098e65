// Ashby's form definitions (offer forms, feedback forms) as a flat list of typed fields, and the
// encoding of a value for each field type: what a person types or writes in an answers file
// becomes what the API expects in fieldSubmissions.
import { isUuid } from '../resolve/entry.js';
import { quoteName, sanitizeCell } from '../io/sanitize.js';

export interface Option {
  label: string;
  value: string;
}

export interface FormField {
  path: string;
  title: string;
  humanPath: string;
  type: string;
  required: boolean;
  options: Option[];
  description?: string;
  section?: string;
}

type Rec = Record<string, unknown>;

/** Every field of a formDefinition {sections[{title, fields[{isRequired, field{...}}]}]}, in order. */
export function formFields(def: unknown): FormField[] {
  const sections = ((def as Rec | undefined)?.sections ?? []) as Rec[];
  const out: FormField[] = [];
  for (const s of sections) {
    for (const item of (s.fields ?? []) as Rec[]) {
      const f = (item.field ?? {}) as Rec;
      const options = Array.isArray(f.selectableValues)
        ? (f.selectableValues as Rec[]).map((o) => ({ label: String(o.label ?? o.value), value: String(o.value) }))
        : [];
      out.push({
        path: String(f.path),
        title: String(f.title ?? f.path),
        humanPath: String(f.humanReadablePath ?? f.title ?? f.path),
        type: String(f.type ?? 'String'),
        required: item.isRequired !== false,
        options,
        description: typeof item.descriptionPlain === 'string' && item.descriptionPlain.trim() ? item.descriptionPlain.trim() : undefined,
        section: typeof s.title === 'string' ? s.title : undefined,
      });
    }
  }
  return out;
}

/** A value that cannot be encoded for its field; the message says what is expected. */
export class FieldValueError extends Error {}

const bad = (msg: string): never => {
  throw new FieldValueError(msg);
};

/** What to type for each type, shown in prompts and error messages. */
export function expected(f: FormField): string {
  switch (f.type) {
    case 'Boolean':
      return 'yes or no';
    case 'Number':
      return 'a whole number';
    case 'Date':
      return 'a date, YYYY-MM-DD';
    case 'Currency':
      return 'an amount and currency, e.g. 150000 USD';
    case 'ValueSelect':
      return `one of: ${f.options.map((o) => sanitizeCell(o.label)).join(', ')}`;
    case 'MultiValueSelect':
      return `any of (comma-separated): ${f.options.map((o) => sanitizeCell(o.label)).join(', ')}`;
    case 'Score':
      return 'a score from 1 (strong no) to 4 (strong yes)';
    case 'NumberRange':
      return 'a range, e.g. 1-10';
    case 'CompensationRange':
      return 'a range and currency, e.g. 100000-150000 USD, optionally "per 1 YEAR"';
    case 'Email':
      return 'an email address';
    case 'Url':
      return 'a URL';
    case 'UUID':
      return 'an id (UUID)';
    default:
      return 'text';
  }
}

const int = (s: string): number | undefined => {
  const t = s.replace(/[_,\s]/g, '');
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
};

function integer(raw: unknown): number {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : bad(`${raw} is not a whole number`);
  const n = int(String(raw));
  return n ?? bad(`"${raw}" is not a whole number`);
}

function option(f: FormField, raw: unknown): string {
  const s = String(raw).trim();
  const hit = f.options.find((o) => o.value === s) ?? f.options.find((o) => o.label.toLowerCase() === s.toLowerCase());
  return hit ? hit.value : bad(`${quoteName(s)} is not one of: ${f.options.map((o) => sanitizeCell(o.label)).join(', ')}`);
}

function currency(raw: unknown): { value: number; currencyCode: string } {
  if (raw && typeof raw === 'object') {
    const o = raw as Rec;
    return { value: integer(o.value), currencyCode: currencyCode(o.currencyCode) };
  }
  const m = /^\s*(?:([A-Za-z]{3})\s*([\d_,.\s]+)|([\d_,.\s]+?)\s*([A-Za-z]{3}))\s*$/.exec(String(raw));
  if (!m) return bad(`"${raw}" is not an amount with a currency (e.g. 150000 USD)`);
  return { value: integer(m[2] ?? m[3]), currencyCode: currencyCode(m[1] ?? m[4]) };
}

function currencyCode(v: unknown): string {
  const s = String(v ?? '')
    .trim()
    .toUpperCase();
  return /^[A-Z]{3}$/.test(s) ? s : bad(`"${v}" is not an ISO 4217 currency code (e.g. USD, EUR)`);
}

function range(raw: unknown): { minValue: number; maxValue: number; rest: string } {
  if (raw && typeof raw === 'object') {
    const o = raw as Rec;
    return { minValue: integer(o.minValue), maxValue: integer(o.maxValue), rest: '' };
  }
  const m = /^\s*([\d_,]+)\s*(?:-|–|\.\.|to)\s*([\d_,]+)\s*(.*)$/.exec(String(raw));
  if (!m) return bad(`"${raw}" is not a range (e.g. 1-10)`);
  const r = { minValue: integer(m[1]), maxValue: integer(m[2]), rest: m[3].trim() };
  return r.minValue <= r.maxValue ? r : bad(`the range ${m[1]}-${m[2]} runs backwards`);
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/**
 * The API value for a raw answer (a string from a flag or prompt, or any JSON/YAML value), or
 * undefined for "no answer". Throws FieldValueError when the value does not fit the field.
 */
export function encodeValue(f: FormField, raw: unknown): unknown {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const s = typeof raw === 'string' ? raw.trim() : raw;
  switch (f.type) {
    case 'Boolean': {
      if (typeof s === 'boolean') return s;
      const t = String(s).toLowerCase();
      if (['yes', 'y', 'true', '1'].includes(t)) return true;
      if (['no', 'n', 'false', '0'].includes(t)) return false;
      return bad(`"${s}" is not yes or no`);
    }
    case 'Number':
      return integer(s);
    case 'Date': {
      const t = String(s);
      return validDate(t) ? t : bad(`"${t}" is not a date in the form YYYY-MM-DD`);
    }
    case 'Currency':
      return currency(s);
    case 'ValueSelect':
      return option(f, s);
    case 'MultiValueSelect': {
      let list: unknown[];
      if (Array.isArray(s)) list = s;
      else if (typeof s === 'string' && s.startsWith('[')) {
        try {
          list = JSON.parse(s) as unknown[];
        } catch {
          return bad(`"${s}" is not a JSON array`);
        }
      } else
        list = String(s)
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
      return list.map((x) => option(f, x));
    }
    case 'Score': {
      const n = s && typeof s === 'object' ? integer((s as Rec).score) : integer(s);
      return n >= 1 && n <= 4 ? { score: n } : bad(`${n} is not a score from 1 to 4`);
    }
    case 'RichText':
      // Text, or Ashby's own {type: "PlainText", value} encoding.
      if (typeof s === 'object' && typeof (s as Rec).value !== 'string') return notText(s);
      return { type: 'PlainText', value: typeof s === 'object' ? String((s as Rec).value) : String(s) };
    case 'NumberRange': {
      const r = range(s);
      return { type: 'number-range', minValue: r.minValue, maxValue: r.maxValue };
    }
    case 'CompensationRange': {
      if (s && typeof s === 'object') {
        const o = s as Rec;
        const r = range(o);
        return { type: 'compensation-range', ...strip(r), currencyCode: currencyCode(o.currencyCode), interval: String(o.interval ?? '1 YEAR') };
      }
      const r = range(s);
      const m = /^([A-Za-z]{3})\s*(?:(?:per|\/)\s*(.+))?$/.exec(r.rest);
      if (!m) return bad(`"${s}" needs a currency after the range (e.g. 100000-150000 USD per 1 YEAR)`);
      return { type: 'compensation-range', ...strip(r), currencyCode: currencyCode(m[1]), interval: (m[2] ?? '1 YEAR').toUpperCase() };
    }
    case 'Email':
      return /^[^@\s]+@[^@\s]+$/.test(String(s)) ? String(s) : bad(`"${s}" is not an email address`);
    case 'Url': {
      try {
        new URL(String(s));
        return String(s);
      } catch {
        return bad(`"${s}" is not a URL`);
      }
    }
    case 'UUID':
      return isUuid(String(s)) ? String(s) : bad(`"${s}" is not a UUID`);
    case 'String':
    case 'LongText':
    case 'Phone':
      // Text; a number or true/false from an answers file as written.
      return typeof s === 'object' ? notText(s) : String(s);
    default:
      // Types newer than this client: the value as given.
      return s;
  }
}

/** An answers file can hold any value: a list or an object where text belongs is refused by what it is. */
const notText = (v: object): never => bad(`expected text, got ${Array.isArray(v) ? 'a list' : 'an object'}`);

const strip = (r: { minValue: number; maxValue: number }) => ({ minValue: r.minValue, maxValue: r.maxValue });

const labelOf = (f: FormField, v: unknown) => f.options.find((o) => o.value === v)?.label ?? String(v);

/** How a value reads in a summary. */
export function showValue(f: FormField, v: unknown): string {
  if (v === undefined) return '—';
  const o = (v ?? {}) as Rec;
  switch (f.type) {
    case 'Boolean':
      return v ? 'yes' : 'no';
    case 'Currency':
      return `${o.value} ${o.currencyCode}`;
    case 'ValueSelect':
      return labelOf(f, v);
    case 'MultiValueSelect':
      return (v as unknown[]).map((x) => labelOf(f, x)).join(', ');
    case 'Score':
      return String(o.score);
    case 'RichText':
      return String(o.value);
    case 'NumberRange':
      return `${o.minValue}-${o.maxValue}`;
    case 'CompensationRange':
      return `${o.minValue}-${o.maxValue} ${o.currencyCode} per ${o.interval}`;
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}

/** The text that, given back as --field KEY=TEXT, encodes to the same value. */
export function flagText(f: FormField, v: unknown): string {
  switch (f.type) {
    case 'Boolean':
      return v ? 'yes' : 'no';
    case 'ValueSelect':
      return f.options.filter((o) => o.label === labelOf(f, v)).length === 1 ? labelOf(f, v) : String(v);
    case 'MultiValueSelect': {
      const labels = (v as unknown[]).map((x) => labelOf(f, x));
      return labels.some((l) => l.includes(',')) ? JSON.stringify(v) : labels.join(',');
    }
    case 'Currency':
    case 'Score':
    case 'RichText':
    case 'NumberRange':
    case 'CompensationRange':
      return showValue(f, v);
    default:
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}
