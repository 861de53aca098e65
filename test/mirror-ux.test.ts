// The mirror's commands as a recruiting-ops analyst types them, through the CLI and real HTTP
// against the sandbox: each case came with the fix it checks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli, type RunResult } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

type Rec = Record<string, any>;
let sb: TestSandbox;
let db: string;

beforeAll(async () => {
  sb = await startSandbox({ candidates: 40 });
  db = join(mkdtempSync(join(tmpdir(), 'ashby-mirror-ux-')), 'm.db');
  const r = await runCli(['sync', '--db', db], { env: sb.env, timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => sb.close());

const cli = (args: string[]): Promise<RunResult> => runCli([...args, '--db', db], { env: sb.env, timeoutMs: 60_000 });
const requests = async () => (await stats(sb)).requests.total;

describe('ashby sql and refreshing the mirror', { timeout: 60_000 }, () => {
  const COUNT = 'SELECT count(*) AS n FROM candidates';

  it('answers from the mirror as it is by default (a script never starts a sync), and takes --offline as the analytics do', async () => {
    const added = await call(sb, 'candidate.create', { name: 'Fresh From Ashby' });
    expect(added.status).toBe(200);
    const before = await requests();
    const plain = await cli(['sql', COUNT, '-o', 'json', '--max-age', '0s', '--offline']);
    expect(plain.code, plain.stderr).toBe(0);
    const bare = await cli(['sql', COUNT, '-o', 'json']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(json(bare)).toEqual(json(plain));
    expect(await requests()).toBe(before);
  });

  it('--max-age refreshes a mirror older than it first, as search and the analytics do', async () => {
    const [{ n: was }] = json<Rec[]>(await cli(['sql', COUNT, '-o', 'json']));
    await call(sb, 'candidate.create', { name: 'Another Fresh One' });
    // Fresh enough: nothing sent.
    const before = await requests();
    const young = await cli(['sql', COUNT, '-o', 'json', '--max-age', '1d']);
    expect(young.code, young.stderr).toBe(0);
    expect(json(young)).toEqual([{ n: was }]);
    expect(await requests()).toBe(before);
    // Older than 0 seconds: synced first, and the answer includes what was added in Ashby.
    const r = await cli(['sql', COUNT, '-o', 'json', '--max-age', '0s']);
    expect(r.code, r.stderr).toBe(0);
    expect(await requests()).toBeGreaterThan(before);
    expect(json<Rec[]>(r)[0].n).toBeGreaterThan(was);
  });

  it('bad SQL with --max-age is exit 2 before the refresh sends anything', async () => {
    const before = await requests();
    const r = await cli(['sql', 'SELECT count(*) FROM candidate', '--max-age', '0s']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such table: candidate');
    expect(await requests()).toBe(before);
  });

  it('a --max-age that is no duration is exit 2, nothing sent', async () => {
    const before = await requests();
    const r = await cli(['sql', COUNT, '--max-age', 'soon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-age "soon": expected a duration');
    expect(await requests()).toBe(before);
  });
});

describe('ashby sql with a typo in a name', { timeout: 60_000 }, () => {
  it('names the table or column it could not find and the documented ones closest to it, exit 2', async () => {
    for (const [q, said] of [
      ['SELECT count(*) FROM candidate', 'no such table: candidate (did you mean candidates?)'],
      ['SELECT * FROM application_histroy', 'no such table: application_histroy (did you mean application_history?)'],
      ['SELECT nme FROM candidates', 'no such column: nme (did you mean name?)'],
      ['SELECT a.job_tilte FROM applications a', 'no such column: a.job_tilte (did you mean job_title?)'],
    ]) {
      const r = await cli(['sql', q]);
      expect(r.code, q).toBe(2);
      expect(r.stderr).toContain(`ashby: SQL: ${said}\n`);
      expect(r.stderr).toContain('hint: ashby sql --schema lists the tables and columns');
    }
    // Nothing close: no guess.
    const far = await cli(['sql', 'SELECT * FROM xyzzy']);
    expect(far.stderr).toContain('ashby: SQL: no such table: xyzzy\n');
  });
});

describe('ashby search with what people type', { timeout: 60_000 }, () => {
  const ids = (r: RunResult) => {
    expect(r.code, r.stderr).toBe(0);
    return json<Rec[]>(r).map((h) => h.id);
  };
  let who: Rec;
  beforeAll(async () => {
    const r = await cli(['sql', "SELECT id, name, email FROM candidates WHERE name LIKE '_____% %' ORDER BY id LIMIT 1", '-o', 'json']);
    who = json<Rec[]>(r)[0];
  });

  it('a word with * at its end matches words it starts, wherever it is typed (it matched nothing)', async () => {
    const [first, last] = who.name.split(' ');
    expect(ids(await cli(['search', `${first.slice(0, 3)}*`, last, '--kind', 'candidate', '-o', 'json', '--offline']))).toContain(who.id);
    expect(ids(await cli(['search', `${first.slice(0, 3)}**`, '--kind', 'candidate', '-o', 'json', '--offline', '--limit', '500']))).toContain(who.id);
  });

  it('OR between two words matches either (it was a word that had to match too)', async () => {
    const [first, last] = who.name.split(' ');
    const either = ids(await cli(['search', `${first} ${last}`, 'OR', 'zzqqxx', '--kind', 'candidate', '-o', 'json', '--offline']));
    expect(either).toContain(who.id);
    expect(ids(await cli(['search', 'zzqqxx', 'OR', who.email, '--kind', 'candidate', '-o', 'json', '--offline']))).toContain(who.id);
  });

  it('FTS5 syntax a person types is plain text: never an error', async () => {
    for (const q of ['"', 'a"b', '(', 'NEAR(a b)', 'x:', '{name}', '^ada', '*', 'OR', 'AND NOT', "o'brien", 'c++', 'ada-lovelace', '-x', 'a OR OR b', 'OR a']) {
      const r = await runCli(['search', '--db', db, '--offline', '-o', 'json', '--', q], { env: sb.env });
      expect(r.code, `${q}: ${r.stderr}`).toBe(0);
      expect(Array.isArray(json(r))).toBe(true);
    }
    // An email address finds its candidate.
    expect(ids(await cli(['search', who.email, '-o', 'json', '--offline']))).toContain(who.id);
  });
});

describe('a refresh before a read, on a terminal', { timeout: 60_000 }, () => {
  it('shows its progress on one line that it clears, not a line per table before the answer', async () => {
    const r = await runCli(['stale', '--db', db, '--max-age', '0s', '-o', 'json'], { env: sb.env, tty: { stderr: true }, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('refreshing it (--offline skips this)\n');
    expect(r.stderr).toMatch(/candidates: \d+ rows/); // the progress was shown…
    expect(r.stderr).not.toMatch(/rows, [^\n\r]*\n/); // …but no table's line stays
    expect(r.stderr).toMatch(/\r\u001b\[Kcustom_fields: \d+ rows, incremental\r\u001b\[Kmirror synced \d+ seconds? ago/);
    // ashby sync itself keeps a line per table.
    const sync = await runCli(['sync', '--db', db, '-o', 'json'], { env: sb.env, tty: { stderr: true }, timeoutMs: 60_000 });
    expect(sync.stderr).toMatch(/candidates: \d+ rows, incremental\n/);
  });
});

describe('sync progress on a narrow terminal', { timeout: 60_000 }, () => {
  it('keeps each line within the width, so that the next one clears it', async () => {
    const r = await runCli(['sync', '--db', db, '-o', 'json'], { env: sb.env, tty: { stderr: true }, columns: 30, timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    const shown = r.stderr.split(/\r\u001b\[K|\n/).filter(Boolean);
    expect(shown.some((l) => l.startsWith('custom_fields'))).toBe(true);
    const progress = shown.filter((l) => /^[a-z_]+: /.test(l));
    for (const l of progress) expect(l.length, l).toBeLessThan(30);
  });
});
