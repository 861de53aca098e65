// CSV that is safe to open in a spreadsheet and loses nothing.
//
// - Quoting follows RFC 4180: a field holding a comma, a quote, CR or LF (or leading/trailing space)
//   is quoted and its quotes doubled; line breaks stay inside the quoted field.
// - A text field that starts with =, +, -, @, TAB or CR is prefixed with ' (the OWASP advice against
//   formula injection), so a spreadsheet shows it as text instead of running it. Numbers from the
//   API are left alone (-5 is a number, not a formula). --csv-raw turns the prefix off for pipelines
//   that need the exact bytes.
// - Records are written with every field: the header is the union of the field paths of all records,
//   in the order they are first seen (--fields chooses the columns instead). To know the union before
//   the first row, records are held back until the list ends, in memory for a few thousand and then
//   in a temporary file (the second pass reads them back), so memory stays flat on a long --all pass.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CsvOptions {
  /** --csv-raw: no formula prefix. */
  raw?: boolean;
}

/**
 * What gets the guard: a formula's first character, also after 's of the value's own (`'=x` is
 * written `''=x`), so reading one ' back off (csvUnguard) always gives the value.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

/** One CSV field. `text` is the field's text; `numeric` says it came from a JSON number. */
export function csvField(text: string, opts: CsvOptions = {}, numeric = false): string {
  const s = !opts.raw && !numeric && GUARDED.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A field as read back (a batch's `--from`): the ' that csvField put before a formula's first
 * character is taken off, so a list's CSV fed to a batch sends the value Ashby holds.
 */
export function csvUnguard(text: string): string {
  return text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;
}

/** A value as CSV text: null and undefined empty, objects and lists as JSON, the rest as text. */
export function csvValue(v: unknown, opts: CsvOptions = {}): string {
  const text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return csvField(text, opts, typeof v === 'number' || typeof v === 'bigint');
}

/** A header line of column names (themselves data, so prefixed and quoted like any field). */
export function csvHeader(cols: string[], opts: CsvOptions = {}): string {
  return `${cols.map((c) => csvField(c, opts)).join(',')}\n`;
}

/** A data line: each column's value in the record. */
export function csvRow(cols: string[], get: (col: string) => unknown, opts: CsvOptions = {}): string {
  return `${cols.map((c) => csvValue(get(c), opts)).join(',')}\n`;
}

const IN_MEMORY = 5000;

/** How much text the spool gathers before a write, and reads back at a time. */
const CHUNK = 1 << 16;

/**
 * Holds records back until the list ends (see above): in memory first, then as NDJSON in a
 * temporary file that is removed when read back. The file is written and read synchronously, 64 KB
 * at a time: through streams, each chunk waited for a turn of the event loop, and a CSV of 65,000
 * records spent an eighth of its time waiting. (Larger pieces are slower here: a string over 128 KB
 * takes memory of its own, fresh each time.)
 */
export class RecordSpool {
  private held: unknown[] = [];
  private file?: { dir: string; fd: number };
  /** Lines not yet written to the file. */
  private lines = '';

  push(record: unknown): void {
    if (!this.file && this.held.length < IN_MEMORY) {
      this.held.push(record);
      return;
    }
    if (!this.file) {
      const dir = mkdtempSync(join(tmpdir(), 'ashby-csv-'));
      this.file = { dir, fd: openSync(join(dir, 'records.ndjson'), 'w+', 0o600) };
    }
    this.lines += `${JSON.stringify(record)}\n`;
    if (this.lines.length >= CHUNK) this.writeLines();
  }

  private writeLines(): void {
    if (!this.file || !this.lines) return;
    const bytes = Buffer.from(this.lines);
    this.lines = '';
    for (let done = 0; done < bytes.length; ) done += writeSync(this.file.fd, bytes, done);
  }

  /** Every record, in order; the temporary file is removed afterwards (also when the reader stops early). */
  *replay(): Generator<unknown> {
    yield* this.held;
    if (!this.file) return;
    try {
      this.writeLines();
      const { fd } = this.file;
      // One record per line (JSON text has no raw line breaks), read back a chunk at a time; a
      // character split between two chunks is joined by the decoder.
      const buf = Buffer.allocUnsafe(CHUNK);
      const decoder = new TextDecoder();
      let rest = '';
      for (let pos = 0, n = readSync(fd, buf, 0, CHUNK, 0); n > 0; pos += n, n = readSync(fd, buf, 0, CHUNK, pos)) {
        const text = rest + decoder.decode(buf.subarray(0, n), { stream: true });
        let start = 0;
        for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
          if (end > start) yield JSON.parse(text.slice(start, end));
          start = end + 1;
        }
        rest = text.slice(start);
      }
      rest += decoder.decode();
      if (rest) yield JSON.parse(rest);
    } finally {
      this.discard();
    }
  }

  /** Drops what was held, file and all. */
  discard(): void {
    this.held = [];
    this.lines = '';
    const file = this.file;
    if (!file) return;
    this.file = undefined;
    try {
      closeSync(file.fd);
    } finally {
      rmSync(file.dir, { recursive: true, force: true });
    }
  }
}
