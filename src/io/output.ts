// Everything a command prints as data goes through here: table, json, ndjson, csv, yaml,
// with --fields selection and --jq filtering. Lists stream where the format allows it.
import { UsageError } from '../errors.js';
import { csvHeader, csvRow, RecordSpool } from './csv.js';
import { escapeJsonForTerminal, forStdout, sanitizeCell, sanitizeText, truncate } from './sanitize.js';
import { writeAll, writeConfirmed, type IOStreams } from './streams.js';
import { layTable } from './table.js';

import type { Format } from './formats.js';

export { FORMATS, type Format, parseFormat } from './formats.js';

export interface OutputOptions {
  format: Format;
  fields?: string[];
  jq?: string;
  color: boolean;
  /** Default table columns (dot paths) for this kind of record. */
  columns?: string[];
  /** Every field of every record, known before any comes (a query's columns): the CSV header of an empty list. */
  header?: string[];
  /** Stops a running --jq program (Ctrl-C). */
  signal?: AbortSignal;
  /** The --fields the user typed (checked for typos; `fields` may also be a command's own columns). */
  typedFields?: string[];
  /** --csv-raw: CSV without the formula-injection prefix (see io/csv.ts). */
  csvRaw?: boolean;
  /** -o was given: --jq results that are records are then rendered in that format (table, csv). */
  explicitFormat?: boolean;
  /** A spinner on stderr (a no-op off a terminal) while a list arriving page by page is gathered to be laid out. */
  gathering?: () => Promise<{ text(t: string): void; stop(): void }>;
  /** Every write resolves only once stdout reports it written, not when buffered (`webhook listen`). */
  confirmWrites?: boolean;
  /** The records that can show a --fields path to be a typo (a batch's applied rows); default: all. */
  fieldsJudged?: (record: unknown) => boolean;
}

/**
 * A --fields path that no record has: bad input (exit 2) when the command only read. Seen only in
 * the answer, so after a write it is reported as output failing once the write was applied (exit 1,
 * with the write named: process-guards.ts), never as exit 2, which says nothing was changed.
 */
export class FieldsError extends UsageError {
  readonly outputFailed = true;
}

/** A field name or dot path, as --fields (and an MCP tool's fields) take them. */
export const FIELD_PATH = /^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/;

/**
 * Fields none of the records has (a typo, as gh says), with the fields they do have for the hint
 * (at most 60, to two levels); undefined when each field is in some record, or there is no record.
 */
export function fieldsMissing(records: unknown[], fields: string[]): { missing: string[]; available: string[] } | undefined {
  const sample = records.find((r) => r && typeof r === 'object' && !Array.isArray(r));
  if (!sample) return undefined;
  const missing = fields.filter((f) => records.every((r) => absent(getPath(r, f))));
  if (!missing.length) return undefined;
  const available = [...new Set(leafPaths(sample).map((p) => p.split('.').slice(0, 2).join('.')))];
  return { missing, available: available.length > 60 ? [...available.slice(0, 60), '…'] : available };
}

/** How fieldsMissing's fields are named in a message: `"a", "b" match`. */
export const missingText = (missing: string[]) =>
  `${missing.map((f) => `"${f}"`).join(', ')} ${missing.length === 1 ? 'matches' : 'match'} no field of these records`;

export function parseFields(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const fields = v
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.length) throw new UsageError('--fields needs at least one field name (e.g. --fields id,name)');
  for (const f of fields) if (!FIELD_PATH.test(f)) throw new UsageError(`invalid field path "${f}" in --fields`);
  return fields;
}

export function getPath(obj: unknown, path: string): unknown {
  // A key that itself contains dots (a report column such as "Avg. days") wins over a nested path.
  if (obj && typeof obj === 'object' && !Array.isArray(obj) && Object.hasOwn(obj, path)) return (obj as Record<string, unknown>)[path];
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = cur.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[part] : undefined));
    else if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[part];
    else return undefined;
  }
  return cur;
}

/**
 * Keeps only the given dot paths of a record, preserving nesting. Made once for many records: each
 * path is split once, not once per record (a list of 65,000 records with seven fields spent a
 * tenth of its time splitting the same strings).
 */
export function picker(fields: string[]): (obj: unknown) => unknown {
  const paths = fields.map((f) => {
    const parts = f.split('.');
    return { f, parents: parts.slice(0, -1), last: parts[parts.length - 1] as string };
  });
  return (obj) => {
    if (!obj || typeof obj !== 'object') return obj;
    const out: Record<string, unknown> = {};
    for (const { f, parents, last } of paths) {
      const value = getPath(obj, f);
      let node = out;
      for (const p of parents) node = (node[p] ??= {}) as Record<string, unknown>;
      node[last] = value ?? null;
    }
    return out;
  };
}

/** What names a record in a cell: tags by title, emails by value, users by name. */
function labelOf(x: unknown): string | undefined {
  if (!x || typeof x !== 'object') return x === null || x === undefined ? undefined : String(x);
  const r = x as Record<string, unknown>;
  const name = r.name ?? r.title ?? r.value ?? r.url ?? (r.firstName !== undefined ? `${r.firstName} ${r.lastName ?? ''}`.trim() : undefined);
  return typeof name === 'string' || typeof name === 'number' ? String(name) : undefined;
}

/**
 * A value as one line of a table (or a CSV field, with `csv`): a list of records shows what names
 * them (`Referral, Top talent`) in a table and stays JSON in CSV, where nothing may be lost.
 */
export function cellText(v: unknown, max = 0, csv = false): string {
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (typeof v === 'string') s = v;
  else if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) s = v.join(', ');
  else if (Array.isArray(v) && !csv) {
    const labels = v.map(labelOf);
    s = labels.every((l) => l !== undefined) ? labels.join(', ') : `[${v.length} ${v.length === 1 ? 'item' : 'items'}]`;
  } else if (typeof v === 'object') s = JSON.stringify(v);
  else s = String(v);
  // CSV keeps the exact text (line breaks stay inside the quoted cell); a table cell is one safe line.
  return csv ? s : sanitizeCell(s, max);
}

/** A value for a CSV cell: a list of scalars joined, records as JSON, numbers kept as numbers. */
export function csvCellValue(v: unknown): unknown {
  return typeof v === 'number' || v === null || v === undefined ? v : cellText(v, 0, true);
}

/** Leaf dot paths of an object (arrays and empty objects count as leaves). */
export function leafPaths(obj: unknown, prefix = ''): string[] {
  const out: string[] = [];
  addLeafPaths(obj, prefix, out);
  return out;
}

/** leafPaths, appended to `out` (CSV reads every record's: no array per level). */
function addLeafPaths(obj: unknown, prefix: string, out: string[]): void {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    if (prefix) out.push(prefix);
    return;
  }
  const keys = Object.keys(obj);
  if (!keys.length && prefix) out.push(prefix);
  for (const k of keys) addLeafPaths((obj as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k, out);
}

const PREFERRED = ['id', 'name', 'title', 'text', 'status', 'email', 'primaryEmailAddress.value', 'createdAt'];

function defaultColumns(sample: unknown): string[] {
  if (!sample || typeof sample !== 'object') return [];
  const leaves = leafPaths(sample).filter((p) => {
    const v = getPath(sample, p);
    return v === null || typeof v !== 'object';
  });
  const preferred = PREFERRED.filter((p) => leaves.includes(p));
  const rest = leaves.filter((p) => !preferred.includes(p) && !p.includes('.'));
  return [...preferred, ...rest].slice(0, 6);
}

export class Renderer {
  constructor(
    private io: IOStreams,
    private opts: OutputOptions,
  ) {}

  get format(): Format {
    return this.opts.format;
  }

  private write(s: string) {
    // On a terminal a person reads the machine formats too: nothing a terminal would act on gets
    // there. JSON keeps its values (escapes); CSV and YAML are sanitised. Piped, the bytes are exact.
    if (this.io.stdout.isTTY && this.opts.format !== 'table') {
      s = this.opts.format === 'json' || this.opts.format === 'ndjson' ? escapeJsonForTerminal(s) : sanitizeText(s, { keepNewlines: true });
    }
    return this.opts.confirmWrites ? writeConfirmed(this.io.stdout, s) : writeAll(this.io.stdout, s);
  }

  /** The record as the output shows it: only the --fields, when given. */
  private select(v: unknown): unknown {
    const fields = this.opts.fields;
    if (!fields) return v;
    if (this.picked?.fields !== fields) this.picked = { fields, pick: picker(fields) };
    return this.picked.pick(v);
  }

  /** select's picker, made once for the fields it was made for. */
  private picked?: { fields: string[]; pick: (v: unknown) => unknown };

  private columnsFor(sample: unknown): string[] {
    return this.opts.fields ?? this.opts.columns ?? defaultColumns(sample);
  }

  /** A single object (or any JSON value). */
  async object(value: unknown): Promise<void> {
    if (value && typeof value === 'object' && !Array.isArray(value)) this.checkFields([value]);
    if (this.opts.jq) return this.jq(this.select(value));
    const v = this.select(value);
    switch (this.opts.format) {
      case 'json':
        return this.write(`${JSON.stringify(v, null, 2)}\n`);
      case 'ndjson':
        return this.write(`${JSON.stringify(v)}\n`);
      case 'yaml':
        return this.write(await toYaml(v));
      case 'csv': {
        const cols = this.opts.fields ?? leafPaths(value);
        const csv = { raw: this.opts.csvRaw };
        await this.write(csvHeader(cols, csv));
        return this.write(csvRow(cols, (c) => csvCellValue(getPath(value, c)), csv));
      }
      case 'table': {
        if (!v || typeof v !== 'object') return this.write(`${cellText(v)}\n`);
        const paths = this.opts.fields ?? leafPaths(value);
        const rows = paths.map((p) => [p, cellText(readable(getPath(value, p), p), this.width() - 30)]);
        return this.write(await this.table(['FIELD', 'VALUE'], rows, false));
      }
    }
  }

  /** A list. Streams for json/ndjson/csv; tables and yaml are laid out once complete. */
  async list(items: AsyncIterable<unknown> | Iterable<unknown>): Promise<number> {
    let n = 0;
    const fmt = this.opts.format;
    if (this.opts.jq || fmt === 'yaml' || fmt === 'table') {
      const all: unknown[] = [];
      // Nothing can be shown before the last page: on a terminal, a count says the list is coming.
      const spinner = Symbol.asyncIterator in items ? await this.opts.gathering?.() : undefined;
      try {
        for await (const it of items) {
          all.push(it);
          if (spinner && all.length % 100 === 0) spinner.text(`Fetching… ${all.length.toLocaleString('en-US')} so far`);
        }
      } finally {
        spinner?.stop();
      }
      n = all.length;
      this.checkFields(all);
      if (this.opts.jq) await this.jq(all.map((x) => this.select(x)));
      else if (fmt === 'yaml') await this.write(all.length ? await toYaml(all.map((x) => this.select(x))) : '[]\n');
      else await this.tableOf(all);
      return n;
    }
    if (fmt === 'ndjson') return this.lines(this.fieldsChecked(items), (it) => `${JSON.stringify(this.select(it))}\n`);
    if (fmt === 'csv') return this.csvList(items);
    // json: an array written item by item (batched, as ndjson); closed even when the stream fails
    // part-way. A stream that fails before its first record prints nothing, so stdout never claims
    // an empty result. Each item is indented by wrapping it in an array (much faster than
    // re-indenting its text); a list at hand is made a group at a time (jsonGroups).
    let done = false;
    const out = new LineBatcher((s) => this.write(s));
    const source = this.opts.typedFields?.length ? this.fieldsChecked(items) : items;
    const written = { n: 0 };
    try {
      if (Symbol.iterator in source) await this.jsonGroups(source, out, written);
      else
        for await (const it of source) {
          await out.push(jsonItem(this.select(it), written.n));
          written.n++;
        }
      done = true;
    } finally {
      await out.end().catch((e) => {
        if (done) throw e;
      });
      if (written.n) await this.write('\n]\n');
      else if (done) await this.write('[]\n');
    }
    return written.n;
  }

  /**
   * The format in which list() would write each item as its own JSON text, unchanged: -o json or
   * ndjson with no --fields and no --jq (otherwise undefined). A source that can make that text
   * itself, byte for byte as JSON.stringify would (the mirror, in SQL), may then hand it to
   * jsonTexts() instead of objects for list(): the objects are never made.
   */
  get jsonText(): 'json' | 'ndjson' | undefined {
    const f = this.opts.format;
    return (f === 'json' || f === 'ndjson') && !this.opts.jq && !this.opts.fields ? f : undefined;
  }

  /**
   * A list whose items come as their JSON text (see jsonText): for json, each is
   * `JSON.stringify(item, null, 2)` indented as an item of the list (its closing brace by two
   * spaces, the first line not at all); for ndjson, `JSON.stringify(item)`. Written as list()
   * writes objects: the same bytes, the array closed when the source fails part-way, nothing
   * when it fails before its first item. Returns the number of items.
   */
  async jsonTexts(items: Iterable<string>): Promise<number> {
    if (this.opts.format === 'ndjson') return this.lines(items, (t) => `${t}\n`);
    let n = 0;
    let done = false;
    try {
      await this.lines(items, (t) => `${n++ ? ',' : '['}\n  ${t}`);
      done = true;
    } finally {
      if (n) await this.write('\n]\n');
      else if (done) await this.write('[]\n');
    }
    return n;
  }

  /**
   * A json list written as its items come, one write per item (list() batches them): for items
   * promised as written when push() resolves (`webhook listen`, with confirmWrites). The text is
   * list()'s; end() closes the array. Pushes are written in the order they are made.
   */
  jsonItems(): { push(item: unknown): Promise<void>; end(): Promise<void> } {
    let n = 0;
    return {
      push: async (it) => this.write(jsonItem(this.select(it), n++)),
      end: async () => this.write(n ? '\n]\n' : '[]\n'),
    };
  }

  /**
   * A json list of items already at hand (a synchronous source: the mirror's answers), written as
   * the item-by-item loop writes it, but made a group at a time: one JSON.stringify of a group as an
   * array is its items' text with the indent they have in the list, for much less work per item.
   * Groups aim at about 32 KB of text: larger strings would each take fresh memory. An item that
   * cannot be made JSON fails where the item-by-item loop would, after the items before it.
   * `written.n` counts the items written, also when this throws.
   */
  private async jsonGroups(source: Iterable<unknown>, out: LineBatcher, written: { n: number }): Promise<void> {
    let size = 32;
    let group: unknown[] = [];
    const write = async () => {
      const items = group;
      group = [];
      let text: string;
      try {
        text = JSON.stringify(items, null, 2);
      } catch (e) {
        for (const it of items) {
          await out.push(jsonItem(it, written.n));
          written.n++;
        }
        throw e;
      }
      // The bracket or comma apart: joined to the group's text, the text would be copied again.
      await out.push(written.n ? ',' : '[');
      await out.push(text.slice(1, -2));
      written.n += items.length;
      size = Math.max(1, Math.min(256, Math.round((items.length * 32_768) / Math.max(text.length, 1))));
    };
    try {
      for (const it of source) {
        group.push(this.select(it));
        if (group.length >= size) await write();
      }
    } catch (e) {
      // What came before a failing source is written, as the item-by-item loop would have.
      if (group.length) await write().catch(() => {});
      throw e;
    }
    if (group.length) await write();
  }

  /**
   * CSV with every field: --fields names the columns and streams; otherwise the header is the union
   * of every record's field paths in first-seen order, so records are held back (io/csv.ts) until
   * the list ends.
   */
  private async csvList(items: AsyncIterable<unknown> | Iterable<unknown>): Promise<number> {
    const csv = { raw: this.opts.csvRaw };
    const fields = this.opts.fields;
    if (fields) return this.csvFields(items, fields);
    let n = 0;
    const spool = new RecordSpool();
    const cols = new Set<string>();
    const take = (it: unknown) => {
      n++;
      for (const p of leafPaths(it)) cols.add(p);
      spool.push(it);
    };
    try {
      // A list at hand (the mirror's answers) is taken without a promise per record.
      if (Symbol.iterator in items) for (const it of items) take(it);
      else for await (const it of items) take(it);
    } catch (err) {
      spool.discard();
      throw err;
    }
    if (!n) {
      // A spreadsheet or a script reading the file still learns the columns.
      if (this.opts.header?.length) await this.write(csvHeader(this.opts.header, csv));
      return 0;
    }
    // A list of plain values (strings, numbers) is one column.
    const scalar = !cols.size;
    const header = scalar ? ['value'] : [...cols];
    await this.write(csvHeader(header, csv));
    try {
      await this.lines(spool.replay(), (it) => csvRow(header, (c) => csvCellValue(scalar ? it : getPath(it, c)), csv));
    } finally {
      spool.discard();
    }
    return n;
  }

  /**
   * CSV with --fields: the header is known, so rows stream as the records come, after the same
   * check json and ndjson make (fieldsChecked: a field none of the first 100 records has is a typo,
   * and nothing is printed). An empty list is the header alone.
   */
  private async csvFields(items: AsyncIterable<unknown> | Iterable<unknown>, fields: string[]): Promise<number> {
    const csv = { raw: this.opts.csvRaw };
    const header = csvHeader(fields, csv);
    let started = false;
    const n = await this.lines(this.fieldsChecked(items), (it) => {
      const row = csvRow(fields, (c) => csvCellValue(getPath(it, c)), csv);
      if (started) return row;
      started = true;
      return header + row;
    });
    if (!n) await this.write(header);
    return n;
  }

  /**
   * Text made item by item (ndjson lines, CSV rows): from a list at hand joined about 32 KB at a
   * time, without a promise per item; from a stream piece by piece (LineBatcher joins the writes).
   * What came before a failing item or source is written; after a failed write, that failure is
   * what is reported, not the same one again. Returns the number of items.
   */
  private async lines(source: AsyncIterable<unknown> | Iterable<unknown>, line: (it: unknown) => string): Promise<number> {
    const out = new LineBatcher((s) => this.write(s));
    let n = 0;
    let text = '';
    let done = false;
    try {
      if (Symbol.iterator in source)
        for (const it of source) {
          text += line(it);
          n++;
          if (text.length < 32_768) continue;
          const full = text;
          text = '';
          await out.push(full);
        }
      else
        for await (const it of source) {
          n++;
          await out.push(line(it));
        }
      done = true;
    } finally {
      const ended = (text ? out.push(text) : Promise.resolve()).then(() => out.end());
      await ended.catch((e) => {
        if (done) throw e;
      });
    }
    return n;
  }

  /**
   * A list as a table sized to its content: ids, emails, dates and numbers are never cut; when the
   * terminal is too narrow the widest free-text columns give way first, and those columns are cut
   * only as far as needed. Dates read as local time. An empty list says so on a terminal (stderr).
   */
  private async tableOf(all: unknown[]): Promise<void> {
    if (!all.length) {
      if (this.io.stdout.isTTY) this.io.stderr.write('no results\n');
      return;
    }
    const scalar = all.every(isScalar);
    const cols = scalar ? [] : this.columnsFor(all[0]);
    const text = all.map((it) => (scalar ? [cellText(readable(it))] : cols.map((c) => cellText(readable(getPath(it, c), c)))));
    const head = scalar ? ['VALUE'] : cols.map(headerName);
    const widths = this.io.stdout.isTTY ? fitWidths(head, text, this.width()) : undefined;
    const rows = widths ? text.map((r) => r.map((c, i) => truncate(c, widths[i]))) : text;
    await this.write(await this.table(widths ? head.map((h, i) => truncate(h, widths[i])) : head, rows, true));
  }

  /**
   * A stream with --fields checked: records are held back (at most the first 100) until every
   * field has been seen in one, so that a field only some records have is not taken for a typo.
   * A list at hand stays synchronous (so json makes it a group at a time).
   */
  private fieldsChecked(items: AsyncIterable<unknown> | Iterable<unknown>): AsyncIterable<unknown> | Iterable<unknown> {
    const check = this.fieldCheck();
    if (Symbol.iterator in items)
      return (function* () {
        // Once every field has been seen (or the first 100 records checked), the rest pass as they
        // come, without an array and a delegation per record.
        const source = items[Symbol.iterator]();
        let r = source.next();
        try {
          for (; !r.done && !check.settled(); r = source.next()) yield* check.next(r.value);
          yield* check.end();
          for (; !r.done; r = source.next()) yield r.value;
        } finally {
          if (!r.done) source.return?.();
        }
      })();
    return (async function* () {
      for await (const it of items) yield* check.next(it);
      yield* check.end();
    })();
  }

  /** fieldsChecked's state: the records each new one lets through, and those left at the end. */
  private fieldCheck(): { next: (it: unknown) => unknown[]; end: () => unknown[]; settled: () => boolean } {
    const pending = new Set(this.opts.typedFields ?? []);
    let held: unknown[] = [];
    const release = () => {
      this.checkFields(held);
      const out = held;
      held = [];
      return out;
    };
    return {
      next: (it) => {
        if (!pending.size) return [it];
        held.push(it);
        for (const f of [...pending]) if (!absent(getPath(it, f))) pending.delete(f);
        if (pending.size && held.length < 100) return [];
        pending.clear();
        return release();
      },
      end: () => (held.length ? release() : []),
      /** Whether every record from here on passes at once. */
      settled: () => !pending.size && !held.length,
    };
  }

  /** A --fields path that no record has is a typo: say so, with the fields there are (as gh does). */
  private checkFields(records: unknown[]): void {
    // Only what the user typed: a command's own column list (bulk rows) is not a typo.
    const fields = this.opts.typedFields;
    const judged = this.opts.fieldsJudged;
    if (judged) records = records.filter(judged);
    const found = fields && fieldsMissing(records, fields);
    if (found) throw new FieldsError(`--fields: ${missingText(found.missing)}`, { hint: `available fields: ${found.available.join(', ')}` });
  }

  private width(): number {
    // A terminal that reports no size (0 columns: some ptys and CI consoles) is as wide as $COLUMNS.
    return this.io.stdout.columns || Number.parseInt(this.io.env.COLUMNS ?? '', 10) || 120;
  }

  private async table(head: string[], rows: string[][], plainHeader: boolean): Promise<string> {
    head = head.map((h) => sanitizeCell(h));
    let heading = head;
    if (this.opts.color) {
      const { Chalk } = await import('chalk');
      const c = new Chalk({ level: 1 });
      heading = head.map((h) => c.bold(h));
    }
    // Every cell is made safe here too, so no table can print data's control sequences.
    return layTable(
      plainHeader || this.opts.color ? heading : head,
      rows.map((r) => r.map((c) => sanitizeText(c))),
    );
  }

  private async jq(doc: unknown): Promise<void> {
    const fmt = this.opts.format;
    // ndjson: one compact line per value; -o table|csv: records are laid out in that format; -o yaml:
    // one result as itself, several as a list.
    const layout = this.opts.explicitFormat && (fmt === 'table' || fmt === 'csv' || fmt === 'yaml');
    const out = await runJq(doc, this.opts.jq!, this.opts.signal, fmt === 'ndjson' || layout);
    if (layout && out.trim()) {
      const values = out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown);
      if (fmt === 'yaml') return this.write(await toYaml(values.length === 1 ? values[0] : values));
      const plain = new Renderer(this.io, { ...this.opts, jq: undefined, fields: undefined, columns: undefined });
      // Records are laid out as records; anything else is one column of values (lists and records
      // among them as JSON text), so a table cell is sanitised and a CSV cell guarded like any other.
      if (values.every((v) => v && typeof v === 'object' && !Array.isArray(v))) await plain.list(values);
      else await plain.list(values.map((v) => (isScalar(v) ? v : JSON.stringify(v))));
      return;
    }
    // Raw strings reaching a terminal are read by a person: made safe there, exact when piped.
    const shown = forStdout(this.io.stdout, out);
    await this.write(shown.endsWith('\n') || shown === '' ? shown : `${shown}\n`);
  }
}

/**
 * Writes lines in batches instead of one write per record (a long --all pass spent a quarter of its
 * time in write calls): at 64 KiB, or when the current burst of records ends (the next turn of the
 * event loop, i.e. when the pager waits for the next page), so output still streams page by page.
 * Back-pressure is kept: the next line waits for a write that did not fit.
 */
class LineBatcher {
  private buf = '';
  private timer?: NodeJS.Immediate;
  private pending?: Promise<void>;

  constructor(private write: (s: string) => Promise<void> | void) {}

  async push(line: string): Promise<void> {
    if (this.pending) {
      const p = this.pending;
      this.pending = undefined;
      await p;
    }
    // A long piece (a group of a list at hand) is written as it is: joined to the lines before it,
    // it would be copied once more into the joined text.
    if (line.length >= 16_384) {
      this.flush();
      this.settle(this.write(line));
      return;
    }
    this.buf += line;
    if (this.buf.length >= 65536) this.flush();
    else this.timer ??= setImmediate(() => this.flush());
  }

  async end(): Promise<void> {
    this.flush();
    if (this.pending) await this.pending;
  }

  private flush() {
    if (this.timer) clearImmediate(this.timer);
    this.timer = undefined;
    if (!this.buf) return;
    const r = this.write(this.buf);
    this.buf = '';
    this.settle(r);
  }

  /** A write that did not fit (or failed) is awaited by the next push() or end(); the last such write covers those before it. */
  private settle(r: Promise<void> | void) {
    if (!r) return;
    r.catch(() => {}); // observed by the next push() or end()
    this.pending = r;
  }
}

/** One item of a json list as list() writes it: after "[" or ",", indented by two spaces. */
const jsonItem = (v: unknown, n: number) => `${n ? ',' : '['}\n  ${JSON.stringify([v], null, 2).slice(4, -2)}`;

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
const absent = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(absent));

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Midnight UTC: how Ashby sends a calendar date (an offer's start date) as a date-time. */
const UTC_MIDNIGHT = /T00:00(:00(\.0+)?)?(Z|[+-]00:?00)$/;

/**
 * A date-time as a person reads it in a table: local time, to the minute. A field named as a date
 * (`startDate`) holding midnight UTC is a calendar date, shown as that date: in local time it would
 * read as the day before west of UTC. Anything else as is.
 */
export function readable(v: unknown, path?: string): unknown {
  if (typeof v !== 'string' || !ISO_TIME.test(v)) return v;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return v;
  if (path && /Date$/.test(path) && UTC_MIDNIGHT.test(v)) return d.toISOString().slice(0, 10);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Values a table must show whole: ids, emails, dates and times, numbers, URLs. */
const WHOLE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[^\s@]+@[^\s@]+|\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|-?[\d.,]+|https?:\/\/\S+)$/i;

const UUID_CELL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Column widths for a table in `width` columns: each column's content width when everything fits.
 * Otherwise free-text columns shrink first, widest first, down to 10; then emails, dates, numbers and
 * URLs; ids last. A column is cut only as far as the others need.
 */
export function fitWidths(head: string[], rows: string[][], width: number): number[] {
  const len = (s: string) => Array.from(s).length;
  // A loop, not Math.max(...rows): spreading some 150,000 rows exceeds the call stack.
  const natural = head.map((h, i) => rows.reduce((w, r) => Math.max(w, len(r[i] ?? '')), len(h)));
  const budget = width - 2 * (head.length - 1);
  const all = (i: number, re: RegExp) => rows.every((r) => !r[i] || re.test(r[i]));
  const tier = head.map((_, i) => (all(i, UUID_CELL) ? 2 : all(i, WHOLE) ? 1 : 0));
  const w = [...natural];
  const total = () => w.reduce((a, b) => a + b, 0);
  for (const upTo of [0, 1, 2]) {
    const floor = upTo ? 8 : 10;
    while (total() > budget) {
      let widest = -1;
      for (let i = 0; i < w.length; i++) if (tier[i] <= upTo && w[i] > floor && (widest < 0 || w[i] > w[widest])) widest = i;
      if (widest < 0) break;
      const others = total() - w[widest];
      w[widest] = Math.max(floor, Math.min(w[widest] - 1, budget - others));
    }
    if (total() <= budget) break;
  }
  return w;
}

/** `primaryEmailAddress.value` → `PRIMARY EMAIL ADDRESS`: words, as gh's headers are (a trailing
 *  `.value` says nothing a reader needs). */
function headerName(path: string): string {
  return path
    .replace(/\.value$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._]+/g, ' ')
    .toUpperCase();
}

async function toYaml(v: unknown): Promise<string> {
  // yaml is CommonJS: in the bundle a dynamic import exposes it as `default`.
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return (mod.default ?? mod).stringify(v, { lineWidth: 0 });
}

/** Runs a jq program with the embedded engine, in a worker (see io/jq.ts). */
export async function runJq(doc: unknown, program: string, signal?: AbortSignal, compact = false): Promise<string> {
  const { runJq: run } = await import('./jq.js');
  return run(doc, program, signal, compact);
}
