// The output formats, in one list for the -o option (commands/tree.ts) and the renderer (output.ts).
// A module of its own so that the option's parser does not load the renderer at start-up.
import { UsageError } from '../errors.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'yaml'] as const;
export type Format = (typeof FORMATS)[number];

/** A format in any letter case and with spaces around it (`-o JSON`); undefined when it is none. */
export function formatOf(v: string): Format | undefined {
  const f = v.trim().toLowerCase();
  return (FORMATS as readonly string[]).includes(f) ? (f as Format) : undefined;
}

export function parseFormat(v: string): Format {
  const f = formatOf(v);
  if (f) return f;
  throw new UsageError(`invalid --output "${v}": expected one of ${FORMATS.join(', ')}`);
}
