// What tests of the output layer share: streams that keep what is written, and a CSV reader.
import { Writable } from 'node:stream';
import type { IOStreams } from '../../src/io/streams.js';

/** IOStreams whose stdout and stderr keep what is written, for a Renderer run in-process. */
export function memoryIO(): { io: IOStreams; text: () => string } {
  let text = '';
  const out = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { io: { stdout: out, stderr: out, env: {} } as unknown as IOStreams, text: () => text };
}

/** A minimal RFC 4180 reader: fields may hold quoted commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
    } else f += c;
  }
  if (f || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows;
}
