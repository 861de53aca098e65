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

/** One letter added, dropped or changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return at.length === 1 || (at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

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
    if (fromText && this.ownCsv) {
      const id = this.ownId(values);
      if (!id) throw new Error('its "id" cell is empty');
      const name = values.name ?? values.title ?? values['candidate.name'];
      return { values: { [this.shape.idParam!]: id }, own: true, name: typeof name === 'string' ? name : undefined };
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
    if (unknown.length) {
      const at = problems.indexOf(unknown[0]);
      const rest = problems.filter((p) => !p.startsWith(UNKNOWN));
      rest.splice(unknown.length > 1 ? rest.length : at, 0, this.notTaken(unknown.map((p) => p.slice(UNKNOWN.length + 1, -1))));
      problems.splice(0, problems.length, ...rest);
    }
    if (problems.length) throw new Error(problems.join('; '));
    return { values: out, own: false };
  }

  /** `"a", "b" and 3 more are not things this command takes (…did you mean…)`; `all` names every key. */
  notTaken(keys: string[], all = false): string {
    if (keys.length === 1) return `"${keys[0]}" is not something this command takes${this.didYouMean(keys[0])}`;
    const named = all ? keys : keys.slice(0, 3);
    const shown = named.map((k) => `"${k}"`).join(', ') + (keys.length > named.length ? ` and ${keys.length - named.length} more` : '');
    const close = named
      .map((k) => [k, this.didYouMean(k)])
      .filter(([, d]) => d)
      .map(([k, d]) => `"${k}":${d.replace(/^ \((.*)\)$/, ' $1')}`);
    return `${shown} are not things this command takes${close.length ? ` (${close.join('; ')})` : ''}`;
  }

  /** Set by csvColumns: the CSV being read is ashby's own output, whose rows give their ids alone. */
  private ownCsv = false;

  /**
   * Reads a CSV's header (its columns that hold a value in some row). It is ashby's own list
   * output (`ashby candidate list -o csv`, or `--fields id,name`) when it has an `id` column for the
   * command's id argument and every other column is one the command does not take, none of them one
   * letter off a flag the command line gives (a typo of `tag-id` is not a column to ignore): its rows
   * then give their ids alone, as our JSON records do (`own`). Otherwise `unknown` lists the
   * columns the command does not take, and `taken` those it does besides the id.
   */
  csvColumns(columns: string[], given: string[]): { own: boolean; unknown: string[]; taken: string[]; id: boolean } {
    const id = this.idTakesId() && columns.includes('id');
    const others = columns.filter((c) => !(id && c === 'id'));
    const unknown = others.filter((c) => !this.param(c));
    const taken = others.filter((c) => this.param(c));
    // A slip of one letter (`tag-idd`, `tga-id`) of something the command line gives too: the row's
    // value would be meant in place of the command line's, and ignoring the column would lose it.
    const slips = this.shape.params.filter((p) => given.includes(p.key)).flatMap((p) => [p.key, p.label, ...p.names].map(normKey));
    const slip = (c: string) => !this.shape.idFields?.includes(c) && slips.some((n) => oneSlip(normKey(c), n));
    this.ownCsv = id && unknown.length > 0 && !taken.length && !unknown.some(slip);
    return { own: this.ownCsv, unknown, taken, id };
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
      // A CSV's column is the flattened path (`candidate.id`).
      if (typeof v[f] === 'string' && v[f]) return v[f] as string;
      let cur: unknown = v;
      for (const part of f.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
      if (typeof cur === 'string' && cur) return cur;
    }
    return typeof v.id === 'string' ? v.id : undefined;
  }

  /** What a command takes, for the message about a key it does not. */
  accepted(): string {
    return this.shape.params
      .filter((p) => !p.group)
      .map((p) => p.label)
      .join(', ');
  }
}
