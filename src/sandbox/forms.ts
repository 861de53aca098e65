// Checking form submissions (offer forms, feedback forms, surveys) against their definitions.
import { SandboxError } from './errors.js';

interface DefField {
  isRequired?: boolean;
  field: { path: string; type: string; title?: string; selectableValues?: Array<{ value: string }> };
}

export function formFields(def: unknown): DefField[] {
  const sections = (def as { sections?: Array<{ fields?: DefField[] }> })?.sections ?? [];
  return sections.flatMap((s) => s.fields ?? []);
}

/**
 * Validates {path, value} submissions: every required field present, no unknown paths, values
 * readable as the field's type. Returns the submitted values by path, typed.
 */
export function checkSubmissions(def: unknown, submissions: Array<{ path: string; value: unknown }>, param: string): Record<string, unknown> {
  const fields = new Map(formFields(def).map((f) => [f.field.path, f]));
  const values: Record<string, unknown> = {};
  for (const [i, s] of submissions.entries()) {
    const f = fields.get(s.path);
    if (!f)
      throw SandboxError.invalid(
        `${param}[${i}].path`,
        `${param}[${i}].path "${s.path}" is not a field of this form (fields: ${[...fields.keys()].join(', ')})`,
      );
    values[s.path] = typedValue(f, s.value, `${param}[${i}].value`);
  }
  for (const [path, f] of fields) {
    if (f.isRequired && (values[path] === undefined || values[path] === ''))
      throw SandboxError.invalid(param, `required form field "${path}" (${f.field.title ?? path}) is missing from ${param}`);
  }
  return values;
}

/**
 * Reads a submitted value as the field's type. Accepts Ashby's typed encodings ({score}, rich text
 * objects, currency objects, lists) and plain text; stores scores as numbers and rich text as text.
 */
function typedValue(f: DefField, raw: unknown, param: string): unknown {
  const bad = (what: string) => SandboxError.invalid(param, `${param}: ${JSON.stringify(raw)} is not ${what} (field "${f.field.path}" is ${f.field.type})`);
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/[, _]/g, '')) : NaN);
  const options = (f.field.selectableValues ?? []).map((o) => o.value);
  switch (f.field.type) {
    case 'Number': {
      const n = num(raw);
      if (!Number.isFinite(n)) throw bad('a number');
      return n;
    }
    case 'Currency': {
      const n = num(obj ? obj.value : raw);
      if (!Number.isFinite(n)) throw bad('an amount (a number, or {value, currencyCode})');
      return typeof obj?.currencyCode === 'string' ? { value: n, currencyCode: obj.currencyCode } : n;
    }
    case 'Score': {
      const n = num(obj ? obj.score : raw);
      if (!Number.isInteger(n) || n < 1 || n > 4) throw bad('a score from 1 to 4');
      return n;
    }
    case 'RichText':
      if (obj && typeof obj.value === 'string') return obj.value;
      if (typeof raw === 'string') return raw;
      throw bad('text');
    case 'Date':
      if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw bad('a date (YYYY-MM-DD)');
      return raw;
    case 'Email':
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) throw bad('an email address');
      return text;
    case 'Boolean':
      if (raw === true || raw === false) return raw;
      if (text === 'true' || text === 'false') return text === 'true';
      throw bad('true or false');
    case 'ValueSelect':
      if (!options.includes(text)) throw bad(`one of ${options.join(', ')}`);
      return text;
    case 'MultiValueSelect': {
      let list: unknown = raw;
      if (typeof raw === 'string') {
        try {
          list = JSON.parse(raw);
        } catch {
          list = raw.split(',').map((x) => x.trim());
        }
      }
      if (!Array.isArray(list) || list.some((x) => !options.includes(String(x)))) throw bad(`a list of ${options.join(', ')}`);
      return list.map(String);
    }
    default:
      return raw;
  }
}
