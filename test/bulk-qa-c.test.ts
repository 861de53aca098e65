// QA of generic batches (`--from`) through the CLI against the sandbox: inputs that name one thing
// twice or a thing the command does not take, and what the result rows hold on to.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchRows as rows, runBin } from './helpers/cli.js';
import { call, stats } from './helpers/sandbox.js';
import { apiOk, applicant, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-qa-c-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const writes = async () => (await stats(s.h)).writes.total;
const newTag = async (): Promise<{ id: string; title: string }> =>
  (await call(s.h, 'candidateTag.create', { title: `qa-c ${Math.random().toString(36).slice(2, 10)}` })).body.results;
const tagsOf = async (candidateId: string): Promise<string[]> =>
  ((await apiOk(s.h, 'candidate.info', { id: candidateId })).tags as Array<{ id: string }>).map((t) => t.id);

describe('a record that names one parameter twice', () => {
  it('CSV columns tag-id and tagId that disagree: exit 2 naming both, nothing sent', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const [t1, t2] = [await newTag(), await newTag()];
    const csv = file('two-names.csv', `candidate-id,tag-id,tagId\n${a.candidateId},${t1.id},${t2.id}\n${b.candidateId},${t1.id},\n`);
    const before = await writes();
    const r = await s.cli(['candidate', 'add-tag', '--from', csv]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 record cannot be used; nothing was sent');
    expect(r.stderr).toMatch(/row 1 \(line 2\): "tag-id" and "tagId" both give tag-id, with different values: keep one/);
    expect(await writes()).toBe(before);
    expect(await tagsOf(a.candidateId)).not.toContain(t2.id);
    expect(await tagsOf(b.candidateId)).not.toContain(t1.id);
  });

  it('a JSON record with tagId and tag_id that disagree is refused; the same value twice is applied', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const [t1, t2] = [await newTag(), await newTag()];
    const before = await writes();
    const bad = await s.cli(['candidate', 'add-tag', '--from', '-'], {}, `{"candidateId":"${a.candidateId}","tagId":"${t1.id}","tag_id":"${t2.id}"}\n`);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toMatch(/row 1: "tagId" and "tag_id" both give tag-id, with different values/);
    expect(await writes()).toBe(before);
    const same = await s.cli(['candidate', 'add-tag', '--from', '-'], {}, `{"candidateId":"${b.candidateId}","tagId":"${t1.id}","tag-id":"${t1.id}"}\n`);
    expect(same.code, same.stderr).toBe(0);
    expect(rows(same).map((x) => [x.row, x.ok])).toEqual([[1, true]]);
    expect(await tagsOf(b.candidateId)).toContain(t1.id);
  });
});

describe('a key the command does not take', () => {
  it('is named with the closest key it does take, exit 2, nothing sent', async () => {
    const a = await applicant(s.h);
    const t = await newTag();
    const before = await writes();
    const csv = file('typo.csv', `candidate-id,tag-idd\n${a.candidateId},${t.id}\n`);
    const r = await s.cli(['candidate', 'add-tag', '--from', csv]);
    expect(r.code, r.stderr).toBe(2);
    // A CSV's column is named once, on the header's line, not on every row.
    expect(r.stderr).toContain(`line 1: the CSV's column "tag-idd" is not something this command takes (did you mean "tag-id"?)`);
    const two = await s.cli(['candidate', 'add-tag', '--from', '-'], {}, `{"candidatId":"${a.candidateId}","tagIdd":"${t.id}","zzz":1}\n`);
    expect(two.code, two.stderr).toBe(2);
    expect(two.stderr).toContain(
      'row 1: "candidatId", "tagIdd", "zzz" are not things this command takes ("candidatId": did you mean "candidate-id"?; "tagIdd": did you mean "tag-id"?)',
    );
    // A header with no rows is checked as the keys of a record would be.
    const header = await s.cli(['candidate', 'add-tag', '--from', file('header.csv', 'candidate-id,tag-idd\n')]);
    expect(header.code, header.stderr).toBe(2);
    expect(header.stderr).toContain('the CSV header names "tag-idd", which is not something this command takes (did you mean "tag-id"?)');
    // A spreadsheet saved with semicolons (or tabs) between the cells: every row is one cell.
    const semi = await s.cli(['candidate', 'add-tag', '--from', file('semi.csv', `candidate-id;tag-id\n${a.candidateId};${t.id}\n`)]);
    expect(semi.code, semi.stderr).toBe(2);
    expect(semi.stderr).toContain(
      `line 1: the CSV's column "candidate-id;tag-id" is not something this command takes (the CSV seems separated by semicolons: ashby reads commas)`,
    );
    const tabs = await s.cli(['candidate', 'add-tag', '--from', file('tabs.csv', `candidate-id\ttag-id\n${a.candidateId}\t${t.id}\n`)]);
    expect(tabs.stderr).toContain('(the CSV seems separated by tabs: ashby reads commas)');
    expect(await writes()).toBe(before);
  });
});

describe('a CSV column with no name', () => {
  it("empty all the way down (a spreadsheet's trailing comma) is ignored; one holding values is refused by its number", async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const t = await newTag();
    const trailing = file('trailing.csv', `candidate-id,tag-id,\r\n${a.candidateId},${t.id},\r\n${b.candidateId},${t.id}\r\n`);
    const ok = await s.cli(['candidate', 'add-tag', '--from', trailing]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(rows(ok).map((x) => [x.row, x.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(await tagsOf(b.candidateId)).toContain(t.id);

    const c = await applicant(s.h);
    const before = await writes();
    const r = await s.cli(['candidate', 'add-tag', '--from', file('nameless.csv', `candidate-id,,tag-id\n${c.candidateId},oops,${t.id}\n`)]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('line 1: the CSV header has no name for column 2, which holds values: name it, or delete it');
    expect(await writes()).toBe(before);
  });
});

describe('--resume with a journal that is not there', () => {
  it('is refused (exit 2, nothing sent) rather than running the whole batch again', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const t = await newTag();
    const input = file('resume.csv', `candidate-id,tag-id\n${a.candidateId},${t.id}\n${b.candidateId},${t.id}\n`);
    const journal = join(dir, 'resume.journal');
    const first = await s.cli(['candidate', 'add-tag', '--from', input, '--journal', journal]);
    expect(first.code, first.stderr).toBe(0);
    const before = await writes();
    // The journal's name mistyped: nothing says which records were applied.
    const r = await s.cli(['candidate', 'add-tag', '--from', input, '--journal', `${journal}l`, '--resume']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--resume: --journal ${journal}l does not exist, so there is no batch to continue; nothing was sent`);
    expect(await writes()).toBe(before);
    // The right journal: both applied, nothing sent again.
    const again = await s.cli(['candidate', 'add-tag', '--from', input, '--journal', journal, '--resume']);
    expect(again.code, again.stderr).toBe(0);
    expect(rows(again).map((x) => [x.row, x.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(await writes()).toBe(before);
  });
});

describe('--fields and --jq on a batch', () => {
  it('a --fields path no result row can have is refused before the first write; result.* paths work', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const t = await newTag();
    const input = file('fields.csv', `candidate-id,tag-id\n${a.candidateId},${t.id}\n${b.candidateId},${t.id}\n`);
    const before = await writes();
    const r = await s.cli(['candidate', 'add-tag', '--from', input, '--fields', 'row,name']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--fields: "name" is not in a batch\'s result rows; nothing was sent');
    expect(await writes()).toBe(before);
    expect(await tagsOf(a.candidateId)).not.toContain(t.id);
    const ok = await s.cli(['candidate', 'add-tag', '--from', input, '--fields', 'row,ok,result.name', '-o', 'csv']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(`row,ok,result.name\n1,true,${a.name}\n2,true,${b.name}\n`);
  });

  it('output that fails after the batch says which records were not applied without claiming the batch stopped', async () => {
    const a = await applicant(s.h);
    const t = await newTag();
    const input = file('jq.csv', `candidate-id,tag-id\n${a.candidateId},${t.id}\n00000000-0000-4000-8000-000000000000,${t.id}\n`);
    // `.row` of the list of rows (not of each row) fails only once the rows are there.
    const r = await s.cli(['candidate', 'add-tag', '--from', input, '--jq', '.row']);
    expect(r.code, r.stderr).toBe(8);
    expect(r.stderr).toContain('--jq failed');
    expect(r.stderr).toContain('1 of 2 records were not applied');
    expect(r.stderr).not.toContain('the batch stopped');
  });
});

describe('--max', () => {
  it('counts the records that do not parse too, in its message as in its check', async () => {
    const a = await applicant(s.h);
    const t = await newTag();
    const good = JSON.stringify({ candidateId: a.candidateId, tagId: t.id });
    const before = await writes();
    const r = await s.cli(['candidate', 'add-tag', '--from', '-', '--max', '2'], {}, `${good}\n{broken\n${good}\n`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('--max 2: stdin has 3 records; nothing was sent');
    expect(await writes()).toBe(before);
  });
});

describe('a long batch', () => {
  it('lets each result row go once printed: results far larger than the heap still run to the end', async () => {
    // One candidate with a 2 MB name, tagged 150 times: every result row holds it, 300 MB in all,
    // against a heap of 96 MB. A batch that kept every row until the end would run out of memory.
    const big = (await call(s.h, 'candidate.create', { name: `Big ${'x'.repeat(2_000_000)}` })).body.results as { id: string };
    const t = await newTag();
    const input = file('big.ndjson', `${JSON.stringify({ candidateId: big.id, tagId: t.id })}\n`.repeat(150));
    const r = await runBin(['candidate', 'add-tag', '--from', input, '--concurrency', '4'], {
      env: { ...s.h.env, NODE_OPTIONS: '--max-old-space-size=96' },
      stdoutFile: '/dev/null',
      timeoutMs: 120_000,
    });
    expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
    expect(r.stderr).toContain('150 records: 150 applied, 0 failed, 0 unknown, 0 skipped');
  });
});
