// Long tables are laid out by src/io/table.ts's longTable() instead of cli-table3 (whose time
// grows with the square of the rows): the two must give the same bytes for any cells, and a long
// table through the CLI must come out whole and aligned.
import { describe, expect, it } from 'vitest';
import { CLI_TABLE_MAX_ROWS, cliTable, layTable, longTable } from '../src/io/table.js';
import { runCli } from './helpers/cli.js';
import { startSandbox } from './helpers/sandbox.js';

/** A small seeded generator, so that a failure can be run again. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// Cells as a table meets them (already sanitised: one line, no control characters), with what
// makes display width differ from length: wide CJK, emoji and their joiners, combining marks,
// zero-width characters, the symbols the sanitiser prints for controls, and spaces at the ends.
const PIECES = [
  'Ada',
  'Lovelace',
  'ada@example.com',
  '63eed13a-02f3-4586-8b16-518b16bb7805',
  '2024-06-01 09:30',
  '42',
  '',
  ' ',
  '  lead',
  'trail  ',
  '山田太郎',
  '김민준',
  'Ｆｕｌｌ',
  '👩‍💻',
  '🇫🇷',
  'é',
  'e\u0301',
  'a\u200bb',
  '␛[31m',
  '␇',
  '�',
  'Zoë Ångström',
  '=HYPERLINK("x")',
  'naïve café',
  '—',
  '…',
];

function cell(next: () => number): string {
  const n = Math.floor(next() * 4);
  let s = '';
  for (let i = 0; i < n; i++) s += (i ? ' ' : '') + PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('the long-table layout', () => {
  it('gives the bytes cli-table3 gives, for any cells', async () => {
    const next = rng(7);
    for (let round = 0; round < 40; round++) {
      const cols = 1 + Math.floor(next() * 7);
      const head = Array.from({ length: cols }, (_, i) => (i % 3 === 0 ? `COL${i}` : cell(next) || 'H'));
      const rows = Array.from({ length: Math.floor(next() * 60) }, () => Array.from({ length: cols }, () => cell(next)));
      expect(await longTable(head, rows), `round ${round}`).toBe(await cliTable(head, rows));
    }
  });

  it('with a bold heading (colour on a terminal) and with no rows', async () => {
    const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
    const rows = [
      ['山田太郎', 'x'],
      ['Ada', '👩‍💻 dev'],
    ];
    expect(await longTable([bold('NAME'), bold('ROLE')], rows)).toBe(await cliTable([bold('NAME'), bold('ROLE')], rows));
    expect(await longTable(['A', 'B'], [])).toBe(await cliTable(['A', 'B'], []));
  });

  it('is what a table longer than the limit uses, with the same bytes', async () => {
    const next = rng(11);
    const head = ['ID', 'NAME', 'JOB'];
    const rows = Array.from({ length: CLI_TABLE_MAX_ROWS + 50 }, () => [cell(next), cell(next), cell(next)]);
    expect(await layTable(head, rows)).toBe(await cliTable(head, rows));
  });
});

describe('a long table through the CLI', () => {
  it('prints every record, one line each, with the columns aligned', async () => {
    const sb = await startSandbox({ candidates: 320 });
    try {
      const json = await runCli(['candidate', 'list', '--all', '-o', 'json', '--fields', 'id,name'], { env: sb.env });
      expect(json.code, json.stderr).toBe(0);
      const people = JSON.parse(json.stdout) as Array<{ id: string; name: string }>;
      expect(people.length).toBeGreaterThan(CLI_TABLE_MAX_ROWS);
      const r = await runCli(['candidate', 'list', '--all', '-o', 'table', '--fields', 'id,name'], { env: sb.env });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(people.length + 1);
      const nameAt = lines[0].indexOf('NAME');
      expect(nameAt).toBeGreaterThan(36);
      for (const [i, p] of people.entries()) {
        expect(lines[i + 1].slice(0, 36)).toBe(p.id);
        expect(lines[i + 1].slice(nameAt)).toBe(p.name);
      }
    } finally {
      await sb.close();
    }
  });
});

describe('a terminal that reports no width', () => {
  // Some ptys (CI consoles, `script`, containers started without a size) report 0 columns.
  it('lays the table out at $COLUMNS, else 120, instead of cutting every column to nothing', async () => {
    const sb = await startSandbox({ candidates: 5 });
    try {
      const people = JSON.parse((await runCli(['candidate', 'list', '-o', 'json', '--fields', 'id,name'], { env: sb.env })).stdout) as Array<{
        id: string;
        name: string;
      }>;
      const table = ['candidate', 'list', '-o', 'table', '--fields', 'id,name,primaryEmailAddress.value,position,company'];
      const fallback = await runCli(table, { env: sb.env, tty: { stdout: true }, columns: 0 });
      expect(fallback.code, fallback.stderr).toBe(0);
      for (const p of people) expect(fallback.stdout).toContain(`${p.id}  ${p.name}`);
      const lines = fallback.stdout.trimEnd().split('\n');
      expect(Math.max(...lines.map((l) => l.trimEnd().length))).toBeLessThanOrEqual(120);
      // At 60 columns the ids still fit whole beside two cut text columns.
      const narrow = await runCli(['candidate', 'list', '-o', 'table', '--fields', 'id,name,company'], {
        env: { ...sb.env, COLUMNS: '60' },
        tty: { stdout: true },
        columns: 0,
      });
      expect(
        Math.max(
          ...narrow.stdout
            .trimEnd()
            .split('\n')
            .map((l) => l.trimEnd().length),
        ),
      ).toBeLessThanOrEqual(60);
      for (const p of people) expect(narrow.stdout).toContain(p.id);
    } finally {
      await sb.close();
    }
  });
});
