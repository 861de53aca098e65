// Reading the records of a batch (`--from FILE|-`): NDJSON (one JSON object per line), a JSON array
// of objects, or CSV with a header row. The format comes from the file's extension, else from the
// first character of the text. Every problem is collected with its row number, so a bad input is
// reported whole before anything is sent.
import { csvUnguard } from '../io/csv.js';

export type RecordFormat = 'ndjson' | 'json' | 'csv' | 'yaml';

/** What readRecords needs of the yaml package (loaded by the caller, only for YAML). */
export type YamlModule = typeof import('yaml');

export interface InputRecord {
  /** 1-based position of the record in the input (the header of a CSV is not a record). */
  row: number;
  /** Where it is in the file, when that differs from the row (NDJSON with blank lines, CSV). */
  line: number;
  values: Record<string, unknown>;
  /** From CSV: every value is text, to be read by the parameter's type. */
  text: boolean;
}

export interface RowProblem {
  row: number;
  line?: number;
  message: string;
}

export interface ReadResult {
  format: RecordFormat;
  records: InputRecord[];
  problems: RowProblem[];
  /** A CSV's column names, and the line they are on. */
  header?: string[];
  headerLine?: number;
}

const EXTENSIONS: Record<string, RecordFormat> = { ndjson: 'ndjson', jsonl: 'ndjson', json: 'json', csv: 'csv', yaml: 'yaml', yml: 'yaml' };

/** The format by the file's extension; undefined for stdin or an unknown extension (then sniffed). */
export function formatOf(path: string): RecordFormat | undefined {
  const m = /\.([A-Za-z]+)$/.exec(path);
  return m ? EXTENSIONS[m[1].toLowerCase()] : undefined;
}

/**
 * A JSON array when the text starts with `[`, NDJSON when with `{`, YAML when with a list's `- `,
 * a document's `---` or a mapping's `key: value` (what `-o yaml` prints for a list or one record;
 * a CSV header has no `: `, and a `:` after a comma is a CSV cell's), after any `#` comment lines;
 * else CSV.
 */
export function sniff(text: string): RecordFormat {
  const first = /\S/.exec(text)?.[0];
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  const line = text.split('\n').find((l) => l.trim() && !l.trimStart().startsWith('#')) ?? '';
  if (/^\s*(-\s|---\s*$)/.test(line) || /^(?:[\w$][\w$ .-]*|"[^"]*"|'[^']*'):(\s|$)/.test(line)) return 'yaml';
  return 'csv';
}

export function readRecords(text: string, format?: RecordFormat, yaml?: YamlModule): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  let fmt = format ?? sniff(body);
  // A .json file may hold NDJSON (or a single object): read it as what it is.
  if (fmt === 'json' && /\S/.exec(body)?.[0] === '{') fmt = 'ndjson';
  const out: ReadResult = { format: fmt, records: [], problems: [] };
  if (fmt === 'ndjson') readNdjson(body, out);
  else if (fmt === 'json') readArray(body, out);
  else if (fmt === 'yaml') readYaml(body, out, yaml as YamlModule);
  else readCsv(body, out);
  return out;
}

/** `-o yaml`'s output: a list of objects (or one object), each read as a JSON record is. */
function readYaml(text: string, out: ReadResult, yaml: YamlModule) {
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines });
  const bad = doc.errors[0];
  if (bad) {
    out.problems.push({
      row: 0,
      line: bad.linePos?.[0].line,
      message: `not valid YAML (${bad.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`,
    });
    return;
  }
  const v: unknown = doc.toJS();
  if (v === null || v === undefined) return;
  if (isObject(v)) {
    out.records.push({ row: 1, line: 1, values: v, text: false });
    return;
  }
  if (!Array.isArray(v)) {
    out.problems.push({ row: 0, message: `expected a YAML list of objects, got ${kindOf(v)}` });
    return;
  }
  const items = yaml.isSeq(doc.contents) ? doc.contents.items : [];
  v.forEach((x, i) => {
    const at = (items[i] as { range?: [number, number, number] } | undefined)?.range?.[0];
    const line = at === undefined ? i + 1 : lines.linePos(at).line;
    if (!isObject(x)) out.problems.push({ row: i + 1, line, message: `expected an object, got ${kindOf(x)}` });
    else out.records.push({ row: i + 1, line, values: x, text: false });
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? 'text' : `a ${typeof v}`;
}

/**
 * JSON values one after another: NDJSON, or what jq prints (pretty objects one after another).
 * Each value's text and the line it starts on; a value is cut at the end of its braces, or of its
 * line when it is not an object or array.
 */
export function splitJsonValues(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    if (c === '{' || c === '[') {
      let depth = 0;
      let inString = false;
      for (; i < text.length; i++) {
        const d = text[i];
        if (d === '\n') line++;
        if (inString) {
          if (d === '\\') i++;
          else if (d === '"') inString = false;
          continue;
        }
        if (d === '"') inString = true;
        else if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        } else if (d === '\n' && depth > 0 && /^\s*[{[]/.test(text.slice(i + 1, i + 80)) && !/[,:[{]\s*$/.test(text.slice(start, i))) {
          // An unclosed value followed by a line that starts a new one: the broken value ends here.
          i++;
          break;
        }
      }
    } else {
      while (i < text.length && text[i] !== '\n') i++;
    }
    out.push({ text: text.slice(start, i), line: startLine });
  }
  return out;
}

function readNdjson(text: string, out: ReadResult) {
  splitJsonValues(text).forEach((v, n) => {
    const row = n + 1;
    let value: unknown;
    try {
      value = JSON.parse(v.text);
    } catch (e) {
      out.problems.push({ row, line: v.line, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (!isObject(value)) out.problems.push({ row, line: v.line, message: `expected a JSON object, got ${kindOf(value)}` });
    else out.records.push({ row, line: v.line, values: value, text: false });
  });
}

function readArray(text: string, out: ReadResult) {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    out.problems.push({ row: 0, message: `the input is not valid JSON (${(e as Error).message})` });
    return;
  }
  if (!Array.isArray(v)) {
    out.problems.push({ row: 0, message: `expected a JSON array of objects, got ${kindOf(v)}` });
    return;
  }
  v.forEach((x, i) => {
    if (!isObject(x)) out.problems.push({ row: i + 1, message: `expected a JSON object, got ${kindOf(x)}` });
    else out.records.push({ row: i + 1, line: i + 1, values: x, text: false });
  });
}

/**
 * RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. Returns rows with the
 * line each starts on, and the line of a quote that is never closed (it would swallow the rest of the file).
 */
export function parseCsv(text: string): { rows: Array<{ line: number; cells: string[] }>; unclosed?: number } {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let opened = 0;
  let line = 1;
  let start = 1;
  let touched = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      opened = line;
      touched = true;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (touched || cells.some((x) => x !== '')) rows.push({ line: start, cells });
      cells = [];
      cell = '';
      touched = false;
      line++;
      start = line;
    } else {
      cell += c;
      touched = true;
    }
  }
  if (touched || cell !== '') {
    cells.push(cell);
    rows.push({ line: start, cells });
  }
  return quoted ? { rows, unclosed: opened } : { rows };
}

function readCsv(text: string, out: ReadResult) {
  const { rows, unclosed } = parseCsv(text);
  if (unclosed !== undefined) {
    out.problems.push({
      row: 0,
      line: unclosed,
      message: 'a quoted cell starts here and its closing " never comes, so the rest of the file would be one cell',
    });
  }
  if (!rows.length) return;
  const header = rows[0].cells.map((h) => h.trim());
  out.header = header;
  out.headerLine = rows[0].line;
  const dup = header.find((h, i) => h && header.indexOf(h) !== i);
  if (dup) out.problems.push({ row: 0, line: rows[0].line, message: `the CSV header names "${dup}" twice` });
  // A column with no name is refused, naming it, unless it is empty all the way down (the trailing
  // comma a spreadsheet export leaves): that one holds nothing to lose.
  const nameless = header.flatMap((h, j) => (!h && rows.slice(1).some((r) => (r.cells[j] ?? '') !== '') ? [j + 1] : []));
  if (nameless.length)
    out.problems.push({
      row: 0,
      line: rows[0].line,
      message: `the CSV header has no name for column ${nameless.join(', ')}, which holds values: name it, or delete it`,
    });
  rows.slice(1).forEach((r, i) => {
    const row = i + 1;
    if (r.cells.length > header.length) {
      out.problems.push({ row, line: r.line, message: `${r.cells.length} cells, but the header names ${header.length} columns` });
      return;
    }
    const values: Record<string, unknown> = {};
    // An empty cell is "not given", so one CSV can mix records that set a column and records that do not.
    header.forEach((h, j) => {
      const v = r.cells[j];
      if (h && v !== undefined && v !== '') values[h] = csvUnguard(v);
    });
    out.records.push({ row, line: r.line, values, text: true });
  });
}

/** "row 3" or "row 3 (line 5)": where a problem is, as a person finds it in the file. */
export function where(p: { row: number; line?: number }): string {
  if (p.row === 0) return p.line ? `line ${p.line}` : 'the input';
  return p.line !== undefined && p.line !== p.row ? `row ${p.row} (line ${p.line})` : `row ${p.row}`;
}
