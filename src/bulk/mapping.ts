// From a record's keys to a command's parameters. A key names a positional argument or a flag in
// kebab case (`tag-id`), camel case (`tagId`) or as the request body's field (`tagId`,
// `location.city`); case, dashes and underscores do not matter. A record that is one of our own
// output records (a candidate, an application: it has an `id` and fields the command does not take)
// gives only its id, to the command's id argument.
import { suggest } from '../io/suggest.js';

export interface BulkParam {
  /** Where the value goes: a body path (`location.city`) or a hand-made command's option name. */
  key: string;
  /** How it is shown in messages: `tag-id`, `<application>`. */
  label: string;
  /** Other names a record may use (flag, camel case, body field, positional label). */
  names: string[];
  /**
   * Reads the value: text from CSV (`fromText`) or a JSON value. Throws an Error whose message says
   * what was expected. Absent: the value is taken as it is.
   */
  parse?: (v: unknown, fromText: boolean) => unknown;
  /** An object parameter whose fields are parameters too (`location` of `location.city`). */
  group?: boolean;
}

export interface BulkShape {
  params: BulkParam[];
  /** The parameter that receives the id of one of our own output records. */
  idParam?: string;
  /**
   * Fields of an own record preferred to its `id` for idParam, e.g. `candidateId` and `candidate.id`
   * when the command wants a candidate and the record is an application.
   */
  idFields?: string[];
}

export interface Mapped {
  /** Parameter key → value. */
  values: Record<string, unknown>;
  /** The record was one of our own output records; only its id was taken. */
  own: boolean;
  /** What the record calls itself (an own record's name or title), for confirmations. */
  name?: string;
}

const UNKNOWN = '\u0000unknown:';
/** What a batch's result row holds (bulk/rows.ts). */
const RESULT_ROW_KEYS = new Set(['row', 'ok', 'result', 'outcome', 'exit', 'error', 'resumed']);

export const normKey = (k: string) => k.replace(/[-_\s]/g, '').toLowerCase();

/** Kebab segments: `tagId` → `tag-id`, `location.city` stays. */
export const kebabKey = (name: string) =>
  name
    .replace(/_/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

export class RecordMapper {
  private byName = new Map<string, BulkParam>();

  constructor(readonly shape: BulkShape) {
    for (const p of shape.params) {
      for (const n of [p.key, p.label, ...p.names]) this.byName.set(normKey(n), p);
    }
  }

  param(name: string): BulkParam | undefined {
    return this.byName.get(normKey(name));
  }

  /** Maps one record; throws an Error naming every problem in it. */
  map(values: Record<string, unknown>, fromText: boolean): Mapped {
    // A result row of an earlier batch (`{"row":1,"ok":true,"result":{…}}`, what `--from … -o
    // ndjson` prints): its result is the record, so one batch's output feeds the next.
    if (!fromText && this.isResultRow(values)) {
      if (values.ok !== true || !values.result || typeof values.result !== 'object' || Array.isArray(values.result))
        throw new Error(`row ${values.row} of an earlier batch was not applied (${String(values.outcome ?? 'failed')}), so there is no record to act on`);
      return this.map(values.result as Record<string, unknown>, false);
    }
    const own = !fromText && this.isOwnRecord(values);
    if (own) {
      const id = this.ownId(values)!;
      const name = values.name ?? values.title ?? (values.candidate as { name?: unknown } | undefined)?.name;
      return { values: { [this.shape.idParam!]: id }, own, name: typeof name === 'string' ? name : undefined };
    }
    const out: Record<string, unknown> = {};
    const problems: string[] = [];
    this.given = new Map();
    // `{id, tagId}` (a projection of our records, or written by hand): the id is the id argument.
    const { id, ...rest } = values;
    const namesId = Object.keys(rest).some((k) => this.param(k)?.key === this.shape.idParam);
    if (this.idTakesId() && typeof id === 'string' && !namesId && this.param('id') === undefined) {
      out[this.shape.idParam!] = id;
      this.mapInto(rest, '', fromText, out, problems);
    } else this.mapInto(values, '', fromText, out, problems);
    const unknown = problems.filter((p) => p.startsWith(UNKNOWN));
    if (unknown.length > 1) {
      const keys = unknown.map((p) => p.slice(UNKNOWN.length));
      const shown = keys.slice(0, 3).join(', ') + (keys.length > 3 ? ` and ${keys.length - 3} more` : '');
      const close = keys
        .slice(0, 3)
        .map((k) => [k, this.didYouMean(k.slice(1, -1))])
        .filter(([, d]) => d)
        .map(([k, d]) => `${k}:${d.replace(/^ \((.*)\)$/, ' $1')}`);
      const hint = close.length ? ` (${close.join('; ')})` : '';
      problems.splice(0, problems.length, ...problems.filter((p) => !p.startsWith(UNKNOWN)), `${shown} are not things this command takes${hint}`);
    } else if (unknown.length) {
      const key = unknown[0].slice(UNKNOWN.length);
      problems.splice(problems.indexOf(unknown[0]), 1, `${key} is not something this command takes${this.didYouMean(key.slice(1, -1))}`);
    }
    if (problems.length) throw new Error(problems.join('; '));
    return { values: out, own: false };
  }

  private mapInto(values: Record<string, unknown>, prefix: string, fromText: boolean, out: Record<string, unknown>, problems: string[]) {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue;
      const name = prefix ? `${prefix}.${k}` : k;
      const p = this.param(name);
      if (p && !p.group) {
        // A CSV with both `tag-id` and `tagId` columns, or a JSON record with both, that disagree:
        // which one is meant? (The same value twice is harmless.)
        const other = this.given.get(p.key);
        if (other !== undefined && JSON.stringify(other.value) !== JSON.stringify(v)) {
          problems.push(`"${other.name}" and "${name}" both give ${p.label}, with different values: keep one`);
          continue;
        }
        this.given.set(p.key, { name, value: v });
        try {
          out[p.key] = p.parse ? p.parse(v, fromText) : v;
        } catch (e) {
          problems.push(`${p.label}: ${(e as Error).message}`);
        }
        continue;
      }
      if (p?.group && v && typeof v === 'object' && !Array.isArray(v)) {
        this.mapInto(v as Record<string, unknown>, name, fromText, out, problems);
        continue;
      }
      if (p?.group && fromText && typeof v === 'string') {
        try {
          const o = JSON.parse(v);
          if (o && typeof o === 'object' && !Array.isArray(o)) {
            this.mapInto(o as Record<string, unknown>, name, fromText, out, problems);
            continue;
          }
        } catch {
          /* reported below */
        }
        problems.push(`${p.label}: expected a JSON object`);
        continue;
      }
      problems.push(`${UNKNOWN}"${name}"`);
    }
  }

  /** Which key of the record being mapped gave each parameter, to catch two keys for one (`tag-id` and `tagId`). */
  private given = new Map<string, { name: string; value: unknown }>();

  /** ` (did you mean "tag-id"?)` for a key close to one the command takes, else nothing. */
  didYouMean(name: string): string {
    // `candidate-id;tag-id`: a spreadsheet's CSV in a locale that separates with semicolons (or tabs).
    const sep = [';', '\t'].find((c) => name.includes(c));
    if (sep && name.split(sep).every((part) => !part.trim() || this.param(part.trim())))
      return ` (the CSV seems separated by ${sep === ';' ? 'semicolons' : 'tabs'}: ashby reads commas)`;
    const labels = this.shape.params.filter((p) => !p.group).map((p) => p.label);
    const close = suggest(kebabKey(name), labels);
    return close.length ? ` (did you mean "${close[0]}"?)` : '';
  }

  /** A record's `id` may go to the id argument: the command has one and takes no other `id`. */
  private idTakesId(): boolean {
    if (!this.shape.idParam) return false;
    const byId = this.param('id');
    return !byId || byId.key === this.shape.idParam;
  }

  /** Has an `id` for the id argument, and fields the command does not take. */
  /** A batch's result row: `row` and `ok` and nothing but what such rows hold, and no parameter of those names. */
  private isResultRow(v: Record<string, unknown>): boolean {
    const keys = Object.keys(v);
    return (
      typeof v.row === 'number' &&
      typeof v.ok === 'boolean' &&
      keys.every((k) => RESULT_ROW_KEYS.has(k)) &&
      this.param('row') === undefined &&
      this.param('ok') === undefined
    );
  }

  private isOwnRecord(v: Record<string, unknown>): boolean {
    if (!this.idTakesId() || typeof v.id !== 'string') return false;
    return Object.keys(v).some((k) => k !== 'id' && !this.param(k));
  }

  private ownId(v: Record<string, unknown>): string | undefined {
    for (const f of this.shape.idFields ?? []) {
      let cur: unknown = v;
      for (const part of f.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
      if (typeof cur === 'string' && cur) return cur;
    }
    return v.id as string;
  }

  /** What a command takes, for the message about a key it does not. */
  accepted(): string {
    return this.shape.params
      .filter((p) => !p.group)
      .map((p) => p.label)
      .join(', ');
  }
}
