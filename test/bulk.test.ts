// Batches (`--from`) through the built CLI against an in-process sandbox: 1,000 records under
// injected faults applied exactly once with every outcome reported as it happened, a journal that
// resumes after SIGKILL with no duplicate and no gap, record mapping (NDJSON, JSON array, CSV, our
// own output records, names), bad input refused whole, --dry-run, --max and the rate limit.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, batchRows as rows, runBin, runCli, tempConfigDir, type BatchRow as Row, type RunResult } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { applicant, application } from './helpers/workflow-fixtures.js';
import { TmuxSession, tmuxAvailable } from './helpers/workflow-tmux.js';

let h: TestSandbox;
const ids: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-'));

beforeAll(async () => {
  h = await startSandbox({ candidates: 2200, latencyMs: 1 });
  for (let cursor: string | undefined; ids.length < 2200; ) {
    const r = await call(h, 'candidate.list', { limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...r.body.results.map((c: { id: string }) => c.id));
    cursor = r.body.nextCursor;
    if (!cursor) break;
  }
});
afterAll(() => h?.close());

const cli = (args: string[], input?: string, env: Record<string, string> = {}) => runCli(args, { env: { ...h.env, ...env }, input, timeoutMs: 60_000 });

async function newTag(title = `bulk ${Math.random().toString(36).slice(2, 10)}`): Promise<{ id: string; title: string }> {
  const r = await call(h, 'candidateTag.create', { title });
  return r.body.results;
}

async function tagsOf(id: string): Promise<string[]> {
  const r = await call(h, 'candidate.info', { id });
  return r.body.results.tags.map((t: { id: string }) => t.id);
}

/** The candidates that have a tag, read a page at a time (a thousand candidate.info calls would be slow). */
async function taggedWith(tagId: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let cursor: string | undefined; ; ) {
    const r = await call(h, 'candidate.list', { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const c of r.body.results) if (c.tags.some((t: { id: string }) => t.id === tagId)) out.add(c.id);
    cursor = r.body.nextCursor;
    if (!cursor) return out;
  }
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const writes = async (endpoint: string) => (await stats(h)).writes.byEndpoint[endpoint] ?? 0;
const requests = async (endpoint: string) => (await stats(h)).requests.byEndpoint[endpoint] ?? 0;

describe('bulk: 1,000 records under faults', () => {
  it('applies each record at most once and reports every outcome as it happened', async () => {
    const tag = await newTag();
    const batch = ids.slice(0, 1000);
    const input = file('faults.ndjson', batch.map((id) => JSON.stringify({ candidateId: id })).join('\n'));
    const before = await stats(h);
    h.setFaults('429=0.03,500=0.01,reset=0.01,500-after=0.01,reset-after=0.01,retry-after=0');
    let r: RunResult;
    try {
      r = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id]);
    } finally {
      h.setFaults(undefined);
    }
    const after = await stats(h);
    const out = rows(r);
    // One row per record, in input order.
    expect(out.map((x) => x.row)).toEqual(batch.map((_, i) => i + 1));
    const tagged = await taggedWith(tag.id);
    const fault = (k: string) => (after.faults.byKind[k] ?? 0) - (before.faults.byKind[k] ?? 0);
    for (const x of out) {
      const id = batch[x.row - 1];
      if (x.ok) expect(tagged.has(id), `row ${x.row} ok but not tagged`).toBe(true);
      else if (x.outcome === 'failed') expect(tagged.has(id), `row ${x.row} failed but tagged`).toBe(false);
      else expect(x.outcome).toBe('unknown');
    }
    const unknown = out.filter((x) => x.outcome === 'unknown');
    // Unknown exactly where the write reached a failure that may follow applying it: never for 429s.
    expect(unknown.length).toBe(fault('500') + fault('reset') + fault('500-after') + fault('reset-after'));
    expect(fault('429')).toBeGreaterThan(0);
    expect(out.filter((x) => x.outcome === 'failed')).toEqual([]);
    for (const x of unknown) expect(x.exit).toBe(9);
    // Exactly once: applied writes are the tagged candidates, one each.
    expect((after.writes.byEndpoint['candidate.addTag'] ?? 0) - (before.writes.byEndpoint['candidate.addTag'] ?? 0)).toBe(tagged.size);
    expect(tagged.size).toBe(out.filter((x) => x.ok).length + fault('500-after') + fault('reset-after'));
    // None failed or skipped: a batch with any unknown outcome exits 9 (one that is unknown too).
    expect(r.code).toBe(unknown.length ? 9 : 0);
    expect(r.stderr).toMatch(/1000 records: \d+ applied, 0 failed, \d+ unknown, 0 skipped in [\d.]+ s/);
  });

  it('resumes from the journal after SIGKILL at a random point: no duplicate, no gap', async () => {
    const tag = await newTag();
    const batch = ids.slice(1000, 2000);
    const input = file('kill.ndjson', batch.map((id) => JSON.stringify({ candidateId: id })).join('\n'));
    const journal = join(dir, 'kill.journal');
    const before = await writes('candidate.addTag');
    const killAfter = 50 + Math.floor(Math.random() * 800);
    const env = { ...process.env, ...h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1' };
    const first = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let lines = 0;
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        lines += d.split('\n').length - 1;
        if (lines >= killAfter) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('close', () => resolve(lines));
    });
    expect(first).toBeLessThan(1000);

    const r = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal, '--resume']);
    const out = rows(r);
    expect(out.map((x) => x.row)).toEqual(batch.map((_, i) => i + 1));
    const unknown = out.filter((x) => !x.ok);
    // Only the records in flight at the kill can be unknown; all the others are applied.
    expect(unknown.length).toBeLessThanOrEqual(8);
    for (const x of unknown) expect(x.outcome).toBe('unknown');
    const have = await taggedWith(tag.id);
    for (const [i, id] of batch.entries()) if (out[i].ok) expect(have.has(id), `row ${i + 1}`).toBe(true);
    const tagged = have.size;
    expect((await writes('candidate.addTag')) - before).toBe(tagged);
    expect(r.code).toBe(unknown.length ? 9 : 0);

    const again = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal, '--resume', '--retry-unknown']);
    expect(again.code, again.stderr).toBe(0);
    expect(rows(again).every((x) => x.ok)).toBe(true);
    expect((await taggedWith(tag.id)).size).toBe(1000);
    expect((await writes('candidate.addTag')) - before).toBe(tagged + unknown.length);
    const lines = readFileSync(journal, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ ashbyJournal: 1, command: 'candidate add-tag' });
  });

  it('Ctrl-C stops starting records, lets those in flight finish, and --resume carries on with nothing unknown', async () => {
    const tag = await newTag();
    const batch = ids.slice(1000, 1600);
    const input = file('sigint.ndjson', batch.map((id) => JSON.stringify({ candidateId: id })).join('\n'));
    const journal = join(dir, 'sigint.journal');
    // Ctrl-C once about 100 result rows are out.
    const first = await runBin(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal], {
      env: h.env,
      timeoutMs: 60_000,
      onSpawn: (child) => {
        let out = '';
        const watch = (d: string) => {
          out += d;
          if (out.split('\n').length <= 100) return;
          child.stdout?.off('data', watch);
          child.kill('SIGINT');
        };
        child.stdout?.on('data', watch);
      },
    });
    expect(first.code, first.stderr).toBe(130);
    expect(first.stderr).toContain('--resume');
    const done = first.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row);
    expect(done.filter((x) => x.outcome === 'unknown')).toEqual([]);

    const r = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal, '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.row)).toEqual(batch.map((_, i) => i + 1));
    expect((await taggedWith(tag.id)).size).toBe(600);
  });

  it('--resume after the failed row was deleted (the rest moved up) sends no applied record again', async () => {
    const journal = join(dir, 'moved.journal');
    const missing = '00000000-0000-4000-8000-000000000002';
    const note = `moved ${Math.random().toString(36).slice(2, 10)}`;
    const lines = [`${missing},${note} 0`, `${ids[40]},${note} 1`, `${ids[41]},${note} 2`, `${ids[40]},${note} 1`];
    const before = await writes('candidate.createNote');
    const first = await cli(['candidate', 'create-note', '--from', file('moved.csv', `candidateId,note\n${lines.join('\n')}\n`), '--journal', journal]);
    expect(first.code, first.stderr).toBe(8);
    expect((await writes('candidate.createNote')) - before).toBe(3);
    // The bad row fixed by deleting it: every other record is one row up.
    const r = await cli([
      'candidate',
      'create-note',
      '--from',
      file('moved.csv', `candidateId,note\n${lines.slice(1).join('\n')}\n`),
      '--journal',
      journal,
      '--resume',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => [x.row, x.ok, (x as { resumed?: boolean }).resumed])).toEqual([
      [1, true, true],
      [2, true, true],
      [3, true, true],
    ]);
    expect(r.stderr).toContain('1 journaled record(s) are not in this input');
    expect((await writes('candidate.createNote')) - before).toBe(3);
  });

  it('a reader that goes away (| head -1) stops the batch like Ctrl-C: exit 8, the tally on stderr, --resume carries on', async () => {
    const tag = await newTag();
    const batch = ids.slice(0, 100);
    const input = file('epipe.ndjson', batch.map((id) => JSON.stringify({ candidateId: id })).join('\n'));
    const journal = join(dir, 'epipe.journal');
    const env = { ...process.env, ...h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1' };
    const before = await writes('candidate.addTag');
    h.setLatency(20);
    let first: { code: number | null; stderr: string };
    try {
      first = await new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal, '--concurrency', '2'], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        // The first row read, the reading end is closed, as `| head -1` does.
        child.stdout.once('data', () => child.stdout.destroy());
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
    } finally {
      h.setLatency(1);
    }
    expect(first.code, first.stderr).toBe(8);
    const tally = /100 records: (\d+) applied, 0 failed, 0 unknown, (\d+) skipped/.exec(first.stderr);
    expect(tally, first.stderr).not.toBeNull();
    expect(Number(tally![2])).toBeGreaterThan(0);
    expect(first.stderr).toContain('stdout was closed');
    expect(first.stderr).toContain('--resume');
    // Exactly what the tally says was applied reached the sandbox.
    expect((await writes('candidate.addTag')) - before).toBe(Number(tally![1]));
    const r = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--journal', journal, '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect((await taggedWith(tag.id)).size).toBe(100);
    expect((await writes('candidate.addTag')) - before).toBe(100);
  });

  it('a rate limit slows the batch instead of failing records', async () => {
    const tag = await newTag();
    const batch = ids.slice(2000, 2100);
    h.setRateLimit(30);
    let r: RunResult;
    const before = await stats(h);
    try {
      r = await cli(
        ['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id],
        batch.map((id) => JSON.stringify({ id, name: 'x', emailAddresses: [] })).join('\n'),
      );
    } finally {
      h.setRateLimit(0);
    }
    const after = await stats(h);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).every((x) => x.ok)).toBe(true);
    expect((after.faults.byKind['rate-limit'] ?? 0) - (before.faults.byKind['rate-limit'] ?? 0)).toBeGreaterThan(0);
    expect(r.stderr).toContain('the batch slowed to');
    expect((after.writes.byEndpoint['candidate.addTag'] ?? 0) - (before.writes.byEndpoint['candidate.addTag'] ?? 0)).toBe(100);
  });

  it('a rate limit that does not lift: each record gives up after --max-retries, failed with exit 6 in its row, the batch exit 8', async () => {
    const tag = await newTag();
    const batch = ids.slice(2100, 2102);
    const before = await requests('candidate.addTag');
    const applied = await writes('candidate.addTag');
    // Every request answered 429 with a short Retry-After: the batch slows down (shared pause and rate), then gives up.
    h.setFaults('429=1,retry-after=0.05');
    let r: RunResult;
    try {
      r = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '--max-retries', '1'], batch.map((id) => JSON.stringify({ id })).join('\n'));
    } finally {
      h.setFaults(undefined);
    }
    expect(r.code, r.stderr).toBe(8);
    const out = rows(r);
    expect(out).toHaveLength(2);
    for (const x of out) expect(x).toMatchObject({ ok: false, outcome: 'failed', exit: 6, error: { code: 'rate_limit_exceeded' } });
    // The first try and one retry per record, and nothing applied.
    expect((await requests('candidate.addTag')) - before).toBe(2 * 2);
    expect(await writes('candidate.addTag')).toBe(applied);
    expect(r.stderr).toContain('2 of 2 records were not applied');
  });

  it('without --max-retries a record that meets only 429s is sent 4 times (the first and 3 retries)', async () => {
    const tag = await newTag();
    const batch = ids.slice(2102, 2105);
    const before = await requests('candidate.addTag');
    h.setFaults('429=1,retry-after=0');
    let r: RunResult;
    try {
      r = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], batch.map((id) => JSON.stringify({ id })).join('\n'));
    } finally {
      h.setFaults(undefined);
    }
    expect(r.code, r.stderr).toBe(8);
    expect(rows(r).map((x) => [x.outcome, x.exit])).toEqual(batch.map(() => ['failed', 6]));
    expect((await requests('candidate.addTag')) - before).toBe(3 * 4);
    for (const id of batch) expect(await tagsOf(id)).not.toContain(tag.id);
  });
});

describe('bulk: records', () => {
  it('CSV with kebab-case headers, names for ids (each looked up once), and the flag for the rest', async () => {
    const tag = await newTag();
    const other = await newTag();
    const [a, b, c] = ids.slice(0, 3);
    const email = (await call(h, 'candidate.info', { id: c })).body.results.primaryEmailAddress.value as string;
    const lists = await requests('candidateTag.list');
    const csv = file('tags.csv', `candidate-id,tag-id\n${a},${tag.title}\n${b},"${tag.title}"\n${email},\n`);
    const r = await cli(['candidate', 'add-tag', '--from', csv, '--tag-id', other.id]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => [x.row, x.ok, x.result.id])).toEqual([
      [1, true, a],
      [2, true, b],
      [3, true, c],
    ]);
    expect(await tagsOf(a)).toContain(tag.id);
    expect(await tagsOf(b)).toContain(tag.id);
    expect(await tagsOf(c)).toContain(other.id);
    expect(await tagsOf(a)).not.toContain(other.id);
    expect((await requests('candidateTag.list')) - lists).toBe(1);
  });

  it('a JSON array with camelCase keys, and NDJSON of our own output records on stdin', async () => {
    const tag = await newTag();
    const arr = file(
      'tags.json',
      JSON.stringify([
        { candidateId: ids[10], tagId: tag.id },
        { candidate_id: ids[11], 'tag-id': tag.id },
      ]),
    );
    const r1 = await cli(['candidate', 'add-tag', '--from', arr]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(await tagsOf(ids[10])).toContain(tag.id);
    expect(await tagsOf(ids[11])).toContain(tag.id);

    const listed = await cli(['candidate', 'list', '--limit', '3', '-o', 'ndjson']);
    const r2 = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.title], listed.stdout);
    expect(r2.code, r2.stderr).toBe(0);
    const own = listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id as string);
    expect(rows(r2).map((x) => x.result.id)).toEqual(own);
    for (const id of own) expect(await tagsOf(id)).toContain(tag.id);
  });

  it('an application record gives its candidate to a candidate command', async () => {
    const tag = await newTag();
    const app = (await call(h, 'application.list', { limit: 1 })).body.results[0];
    const r = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], JSON.stringify(app));
    expect(r.code, r.stderr).toBe(0);
    expect(await tagsOf(app.candidate.id)).toContain(tag.id);
  });

  it('bad rows: every one listed with its row number, exit 2, nothing sent', async () => {
    const before = await stats(h);
    const input = file(
      'bad.ndjson',
      [
        JSON.stringify({ candidateId: ids[0], tagId: ids[0] }),
        '{"candidateId": oops}',
        JSON.stringify({ candidateId: ids[1], colour: 'red' }),
        '',
        JSON.stringify({ candidateId: 'not-an-id-or-name', tagId: 'also not' }).replace('"not-an-id-or-name"', '42'),
        '[1]',
      ].join('\n'),
    );
    const r = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', ids[0]]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('4 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 2: not valid JSON');
    expect(r.stderr).toContain('row 3: "colour" is not something this command takes');
    expect(r.stderr).toContain('row 4 (line 5): <candidate-id> (or --candidate-id) must be text');
    expect(r.stderr).toContain('row 5 (line 6): expected a JSON object');
    expect(r.stderr).not.toContain('row 1');
    const after = await stats(h);
    expect(after.requests.total - before.requests.total).toBe(0);
  });

  it('a CSV quote that is never closed is refused with its line, not read as one cell holding the rest of the file', async () => {
    const before = await stats(h);
    const csv = file('unclosed.csv', `candidateId,note\r\n${ids[30]},"Great call, follow up\r\n${ids[31]},Second note\r\n${ids[32]},Third`);
    const r = await cli(['candidate', 'create-note', '--from', csv]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing was sent');
    expect(r.stderr).toContain('line 2: a quoted cell starts here and its closing " never comes');
    expect((await stats(h)).requests.total - before.requests.total).toBe(0);
  });

  it('a one-line list of ids given as --from is not an empty batch: its "header" is refused, exit 2', async () => {
    const r = await cli(['candidate', 'add-tag', '--from', file('one-id.txt', `${ids[50]}\n`), '--tag-id', ids[0]]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`the CSV header names "${ids[50]}", which is not something this command takes`);
    expect(r.stderr).toContain('nothing was sent');
    const header = await cli(['candidate', 'add-tag', '--from', file('header-only.csv', 'candidate-id,tag-id\n')]);
    expect(header.code, header.stderr).toBe(0);
    expect(header.stderr).toContain('no records in');
  });

  it('a name that matches nothing makes the input unusable before any write', async () => {
    const before = await writes('candidate.addTag');
    const csv = file('nomatch.csv', `candidateId,tagId\n${ids[0]},No such tag anywhere\n`);
    const r = await cli(['candidate', 'add-tag', '--from', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 1 (line 2): no tag matches "No such tag anywhere"');
    expect(await writes('candidate.addTag')).toBe(before);
  });

  it('--dry-run prints every request and sends nothing; --max refuses a long input', async () => {
    const before = await stats(h);
    const input = file(
      'dry.ndjson',
      ids
        .slice(0, 3)
        .map((id) => JSON.stringify({ candidateId: id }))
        .join('\n'),
    );
    const r = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', ids[5], '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/"url": "[^"]*candidate\.addTag"/g)).toHaveLength(3);
    for (const id of ids.slice(0, 3)) expect(r.stdout).toContain(id);
    expect(r.stderr).toContain('dry run: 3 records');
    const m = await cli(['candidate', 'add-tag', '--from', input, '--tag-id', ids[5], '--max', '2']);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('--max 2');
    expect((await stats(h)).requests.total - before.requests.total).toBe(0);
  });

  it('a failed record does not stop the others; exit 8 and a row saying why; -o csv renders the rows', async () => {
    const tag = await newTag();
    const missing = '00000000-0000-4000-8000-000000000001';
    const r = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '-o', 'csv'], `candidateId\n${ids[20]}\n${missing}\n${ids[21]}\n`);
    expect(r.code).toBe(8);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('row,ok,outcome,exit,error.code,error.message,result.id');
    expect(lines[1]).toMatch(/^1,true,,,,,/);
    expect(lines[2]).toMatch(/^2,false,failed,3,candidate_not_found,/);
    expect(lines[3]).toMatch(/^3,true,/);
    expect(r.stderr).toContain('1 of 3 records were not applied (1 failed, 0 unknown, 0 skipped)');
  });

  it('a destructive batch needs --yes without a terminal', async () => {
    const before = await stats(h);
    const r = await cli(['candidate', 'remove-tag', '--from', '-', '--tag-id', ids[0]], JSON.stringify({ candidateId: ids[0] }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs --yes');
    expect((await stats(h)).requests.total - before.requests.total).toBe(0);
  });
});

describe('bulk: hand-made commands', () => {
  it('app stage --from a CSV of emails and stage names: each moved, names looked up in the batch', async () => {
    const people = [await applicant(h), await applicant(h), await applicant(h)];
    const csv = file('stage.csv', `application,stage\n${people.map((p) => `${p.email},Onsite`).join('\n')}\n`);
    const r = await cli(['app', 'stage', '--from', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true, true]);
    for (const p of people) expect((await application(h, p.applicationId)).currentInterviewStage.title).toBe('Onsite');
  });

  it('app stage --from JSON: null, a list or an object where text belongs is bad input, exit 2, nothing sent', async () => {
    const a = await applicant(h);
    const before = await stats(h);
    const input = file(
      'stage-types.json',
      JSON.stringify([
        { application: a.email, stage: 'Onsite' },
        { application: null, stage: 'Onsite' },
        { application: [a.email], stage: 'Onsite' },
        { application: { email: a.email }, stage: 'Onsite' },
        { application: a.email, stage: null },
      ]),
    );
    const r = await cli(['app', 'stage', '--from', input]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('4 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 2: application: expected text (an id, email or name), got null');
    expect(r.stderr).toContain('row 3: application: expected text (an id, email or name), got a list');
    expect(r.stderr).toContain('row 4: application: expected text (an id, email or name), got an object');
    expect(r.stderr).toContain('row 5: stage: expected text, got null');
    // Row 1's names were looked up (to list a name that matches nothing with the rest); nothing was written.
    const after = await stats(h);
    expect(after.writes.total).toBe(before.writes.total);
    expect(after.requests.byEndpoint['application.changeStage'] ?? 0).toBe(before.requests.byEndpoint['application.changeStage'] ?? 0);
  });

  it('interview schedule --from a CSV: a cell naming two interviewers is a list, as for every list in CSV', async () => {
    const a = await applicant(h);
    const users = (await call(h, 'user.list', {})).body.results as Array<{ id: string; email: string }>;
    const csv = file(
      'schedule.csv',
      `application,interview,interviewer,start,duration\n${a.email},System design,"${users[2].email}, ${users[4].email}",2030-06-01T14:00:00Z,45\n`,
    );
    const r = await cli(['interview', 'schedule', '--from', csv, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    const [schedule] = (await call(h, 'interviewSchedule.list', { applicationId: a.applicationId })).body.results;
    expect(schedule.interviewEvents[0].interviewerUserIds.sort()).toEqual([users[2].id, users[4].id].sort());
  });

  it('app delete --from our own application records: a destructive batch, each deleted once', async () => {
    const people = [await applicant(h), await applicant(h)];
    const apps = await Promise.all(people.map((p) => application(h, p.applicationId)));
    const input = apps.map((a) => JSON.stringify(a)).join('\n');
    const refused = await cli(['app', 'delete', '--from', '-'], input);
    expect(refused.code).toBe(2);
    const before = await writes('application.delete');
    const r = await cli(['app', 'delete', '--from', '-', '--yes'], input);
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true]);
    expect(r.stderr).toContain('cannot undo');
    expect(await writes('application.delete')).toBe(before + 2);
    for (const p of people) expect((await call(h, 'application.info', { applicationId: p.applicationId })).body.success).toBe(false);
  });

  it('webhook create, update and delete --from: each webhook once, our own records feed the next command', async () => {
    const csv = file('hooks.csv', 'event,url\ncandidateHire,https://a.example.com/hook\nofferCreate,https://b.example.com/hook\n');
    const created = await cli(['webhook', 'create', '--from', csv]);
    expect(created.code, created.stderr).toBe(0);
    const hooks = rows(created).map((x) => x.result as { id: string; webhookType: string; secretToken: string });
    expect(hooks.map((x) => x.webhookType)).toEqual(['candidateHire', 'offerCreate']);
    expect(hooks.every((x) => /^[0-9a-f]{64}$/.test(x.secretToken))).toBe(true); // generated, so shown once
    const own = hooks.map((x) => JSON.stringify(x)).join('\n');
    const paused = await cli(['webhook', 'update', '--from', '-', '--disable'], own);
    expect(paused.code, paused.stderr).toBe(0);
    for (const x of hooks) expect((await call(h, 'webhook.info', { webhookId: x.id })).body.results.enabled).toBe(false);
    // The batch's own output rows feed the next batch as they are: each row's result is the record.
    const resumed = await cli(['webhook', 'update', '--from', '-', '--enable'], created.stdout);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(rows(resumed).map((x) => x.ok)).toEqual([true, true]);
    for (const x of hooks) expect((await call(h, 'webhook.info', { webhookId: x.id })).body.results.enabled).toBe(true);
    // A row that was not applied has no record: bad input, listed, nothing sent.
    const updates = await writes('webhook.update');
    const failedRow = JSON.stringify({ row: 3, ok: false, outcome: 'failed', exit: 5, error: { code: 'x', message: 'y' } });
    const withFailed = await cli(['webhook', 'update', '--from', '-', '--disable'], `${created.stdout}${failedRow}\n`);
    expect(withFailed.code).toBe(2);
    expect(withFailed.stderr).toContain('row 3 of an earlier batch was not applied (failed)');
    expect(await writes('webhook.update')).toBe(updates);
    expect((await cli(['webhook', 'delete', '--from', '-'], own)).code).toBe(2); // destructive: --yes without a terminal
    const before = await writes('webhook.delete');
    const gone = await cli(['webhook', 'delete', '--from', '-', '--yes'], own);
    expect(gone.code, gone.stderr).toBe(0);
    expect(await writes('webhook.delete')).toBe(before + 2);
  });

  it('offer set-status and candidate push-hris --from: one write per record, the pushes never repeated', async () => {
    const offers = (await call(h, 'offer.list', { limit: 100 })).body.results
      .filter((o: { offerStatus: string }) => !['CandidateAccepted', 'CandidateRejected', 'OfferCancelled'].includes(o.offerStatus))
      .slice(0, 2);
    expect(offers).toHaveLength(2);
    const csv = file('decisions.csv', `offer-id,status,decided-at\n${offers[0].id},accepted,2030-01-02 09:00\n${offers[1].id},declined,\n`);
    const decided = await cli(['offer', 'set-status', '--from', csv, '--yes']);
    expect(decided.code, decided.stderr).toBe(0);
    const status = async (id: string) => (await call(h, 'offer.info', { offerId: id })).body.results.acceptanceStatus;
    expect([await status(offers[0].id), await status(offers[1].id)]).toEqual(['Accepted', 'Declined']);

    const people = [await applicant(h), await applicant(h)];
    for (const p of people) expect((await cli(['app', 'hire', p.applicationId, '--yes'])).code).toBe(0);
    const before = await writes('candidate.pushToHris');
    const pushed = await cli(
      ['candidate', 'push-hris', '--from', '-', '--system', 'BambooHR', '--yes'],
      people.map((p) => JSON.stringify({ application: p.applicationId })).join('\n'),
    );
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(rows(pushed).map((x) => x.result.pushCount)).toEqual([1, 1]);
    expect(await writes('candidate.pushToHris')).toBe(before + 2);
  });

  it('app archive --from our own application records, and a record that names an unknown application stops the batch first', async () => {
    const people = [await applicant(h), await applicant(h)];
    const apps = await Promise.all(people.map((p) => application(h, p.applicationId)));
    const r = await cli(['app', 'archive', '--from', '-', '--reason', 'Position closed', '--yes'], apps.map((a) => JSON.stringify(a)).join('\n'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('No email will be sent');
    for (const p of people) expect((await application(h, p.applicationId)).status).toBe('Archived');

    const more = await applicant(h);
    const before = await writes('application.changeStage');
    const bad = await cli(
      ['app', 'archive', '--from', '-', '--reason', 'Position closed', '--yes'],
      `{"application":"${more.email}"}\n{"application":"nobody.here@example.com"}\n`,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('row 2: no candidate');
    expect(await writes('application.changeStage')).toBe(before);
  });

  it('candidate add --from a CSV: one candidate per row, tags by name; its CV flag keeps --resume', async () => {
    const tag = await newTag();
    const stamp = Math.random().toString(36).slice(2, 8);
    const csv = file('add.csv', `name,email,tag\nAda ${stamp},ada.${stamp}@example.com,${tag.title}\nGrace ${stamp},grace.${stamp}@example.com,\n`);
    const r = await cli(['candidate', 'add', '--from', csv]);
    expect(r.code, r.stderr).toBe(0);
    const out = rows(r);
    expect(out.map((x) => x.result.candidate.name)).toEqual([`Ada ${stamp}`, `Grace ${stamp}`]);
    expect(await tagsOf(out[0].result.candidate.id)).toContain(tag.id);
    const help = await cli(['candidate', 'add', '--help']);
    expect(help.stdout).toContain('--resume <file>');
    expect(help.stdout).toContain('--resume-batch');
  });
});

describe.skipIf(!tmuxAvailable())('bulk: one confirmation on a terminal', () => {
  let term: TmuxSession | undefined;
  afterAll(() => term?.close());

  it('shows the count, the first records by name and asks once; yes runs them all', async () => {
    const tag = await newTag();
    const listed = await cli(['candidate', 'list', '--limit', '7', '-o', 'ndjson']);
    const names = listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).name as string);
    const input = file('confirm.ndjson', listed.stdout);
    term = new TmuxSession().start(['candidate', 'add-tag', '--from', input, '--tag-id', tag.title], {
      ...h.env,
      ASHBY_CONFIG_DIR: tempConfigDir(),
      ASHBY_NO_KEYCHAIN: '1',
      NO_COLOR: '1',
    });
    const screen = await term.waitFor('Run all 7?');
    expect(screen).toContain('About to run `ashby candidate add-tag` for 7 records');
    for (const n of names.slice(0, 5)) expect(screen).toContain(n);
    expect(screen).toContain('… and 2 more');
    term.type('y');
    term.press('Enter');
    expect(await term.exitCode()).toBe(0);
    for (const id of listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id as string))
      expect(await tagsOf(id)).toContain(tag.id);
  });

  it('rows printed to the terminal are whole lines, never written after the progress bar', async () => {
    term?.close();
    const tag = await newTag();
    const input = file(
      'tty-rows.ndjson',
      ids
        .slice(300, 312)
        .map((id) => JSON.stringify({ candidateId: id }))
        .join('\n'),
    );
    term = new TmuxSession().start(['candidate', 'add-tag', '--from', input, '--tag-id', tag.id, '--yes', '--fields', 'row,ok'], {
      ...h.env,
      ASHBY_CONFIG_DIR: tempConfigDir(),
      ASHBY_NO_KEYCHAIN: '1',
      NO_COLOR: '1',
    });
    expect(await term.exitCode()).toBe(0);
    const lines = term.screen().split('\n');
    expect(lines.filter((l) => /^\{"row":\d+,"ok":true\}$/.test(l.trim()))).toHaveLength(12);
    expect(lines.filter((l) => l.includes('{"row"') && !/^\{"row":\d+,"ok":true\}$/.test(l.trim()))).toEqual([]);
  });
});
