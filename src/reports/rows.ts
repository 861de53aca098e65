// A report's data as records keyed by its column names, in column order.
import { writeAll, type IOStreams } from '../io/streams.js';
import { csvHeader, csvRow, type CsvOptions } from '../io/csv.js';
import { forStdout } from '../io/sanitize.js';

export interface ReportData {
  data?: unknown[][];
  columnNames?: string[];
  metadata?: { title?: string; updatedAt?: string; reportGeneratedAt?: string; cacheExpiresAt?: string };
}

export interface ReportTable {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

/**
 * With includeHeadersInData (Ashby's default) the first row repeats the column names; it is dropped
 * when it does, and used as the names when columnNames is missing. Repeated names get " (2)", " (3)"
 * so that no column is lost in the records.
 */
export function reportTable(d: ReportData): ReportTable {
  const data = Array.isArray(d.data) ? d.data.filter(Array.isArray) : [];
  let names = Array.isArray(d.columnNames) && d.columnNames.length ? d.columnNames.map(String) : undefined;
  let body = data;
  if (data.length && (!names || sameRow(data[0], names))) {
    names ??= data[0].map(String);
    body = data.slice(1);
  }
  // A loop, not Math.max(...rows): spreading some 150,000 rows exceeds the call stack.
  const width = body.reduce((w, r) => Math.max(w, r.length), names?.length ?? 0);
  const columns = unique(Array.from({ length: width }, (_, i) => names?.[i] ?? `column ${i + 1}`));
  const rows = body.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])));
  return { columns, rows };
}

function sameRow(row: unknown[], names: string[]): boolean {
  return row.length === names.length && row.every((v, i) => String(v) === names[i]);
}

function unique(names: string[]): string[] {
  // A repeat's new name skips every name in use, Ashby's own included: "A", "A", "A (2)" must not
  // give two columns called "A (2)" (one would overwrite the other in the records).
  const used = new Set<string>();
  return names.map((n, i) => {
    let name = n;
    for (let k = 2; used.has(name) || (name !== n && names.includes(name, i + 1)); k++) name = `${n} (${k})`;
    used.add(name);
    return name;
  });
}

/** CSV (RFC 4180 quoting, \n line ends like the other commands): the column names as the header, in report order, even when a name contains a dot. */
export async function writeCsv(io: IOStreams, t: ReportTable, opts: CsvOptions = {}): Promise<void> {
  // Sanitised on a terminal, as every format is (io/output.ts); about 32 KB per write.
  const put = (s: string) => writeAll(io.stdout, forStdout(io.stdout, s));
  let text = csvHeader(t.columns, opts);
  for (const r of t.rows) {
    text += csvRow(t.columns, (c) => r[c], opts);
    if (text.length < 32_768) continue;
    await put(text);
    text = '';
  }
  if (text) await put(text);
}
