// The one table layout: columns separated by two spaces, no borders, each line's end trimmed.
// cli-table3 lays tables out, but its time grows with the square of the rows (1,000 rows: 0.4 s;
// 16,000: 22 s; 65,000: 7 minutes), so a long table (`ashby stale` over a whole organisation,
// `candidate list --all` on a terminal) is laid out here instead, with cli-table3's own measure of
// a cell, to the same bytes. test/table-layout.test.ts holds the two to each other.

/** Tables with more rows than this are laid out by longTable(). */
export const CLI_TABLE_MAX_ROWS = 200;

const CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

const trimLines = (s: string) =>
  `${s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')}\n`;

/** cli-table3's layout of `head` and `rows` (cells already safe to print, one line each). */
export async function cliTable(head: string[], rows: string[][]): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const t = new Table({ head, chars: CHARS, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 } });
  t.push(...rows);
  return trimLines(t.toString());
}

/** The same layout, in time linear in the cells; rows must have as many cells as `head`. */
export async function longTable(head: string[], rows: string[][]): Promise<string> {
  // A CommonJS module: Node's own loader names its exports, the bundle gives them as `default`.
  const utils = await import('cli-table3/src/utils.js');
  const strlen = utils.strlen ?? utils.default.strlen;
  const widths = head.map(strlen);
  const lens = rows.map((r) =>
    r.map((c, i) => {
      const n = strlen(c);
      if (n > widths[i]) widths[i] = n;
      return n;
    }),
  );
  const line = (cells: string[], ns: number[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i] - ns[i]))
      .join('  ')
      .trimEnd();
  const out = [line(head, head.map(strlen))];
  for (let r = 0; r < rows.length; r++) out.push(line(rows[r], lens[r]));
  return `${out.join('\n')}\n`;
}

/** A table laid out as cli-table3 does, by whichever of the two is quick for its size. */
export function layTable(head: string[], rows: string[][]): Promise<string> {
  const long = rows.length > CLI_TABLE_MAX_ROWS && head.length > 0 && rows.every((r) => r.length === head.length);
  return long ? longTable(head, rows) : cliTable(head, rows);
}
