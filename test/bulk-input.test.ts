// Batch input through the CLI against the sandbox: what a missing value is called, an input with no
// records, a single YAML mapping, the exit code of a batch whose outcomes are unknown, every bad row
// reported in one go, and progress while --jq waits for the whole batch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchRows as rows, runCli, tempConfigDir } from './helpers/cli.js';
import { call, stats } from './helpers/sandbox.js';
import { apiOk, applicant, application, failingProxy, sandboxSuite } from './helpers/workflow-fixtures.js';
import { TmuxSession, tmuxAvailable } from './helpers/workflow-tmux.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-input-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const writes = async () => (await stats(s.h)).writes.total;
const runCliTty = (args: string[], input: string, env: Record<string, string>, tty: { stdout: boolean; stderr: boolean } = { stdout: true, stderr: true }) =>
  runCli(args, { env: { ...s.h.env, ...env }, input, tty: { stdin: false, ...tty } });
const newTag = async (): Promise<{ id: string; title: string }> =>
  (await call(s.h, 'candidateTag.create', { title: `input ${Math.random().toString(36).slice(2, 10)}` })).body.results;
const tagsOf = async (candidateId: string): Promise<string[]> =>
  ((await apiOk(s.h, 'candidate.info', { id: candidateId })).tags as Array<{ id: string }>).map((t) => t.id);

describe('a value every record needs, missing', () => {
  it('ids on stdin without --reason: exit 2 naming the flag, nothing sent', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const before = await writes();
    const r = await s.cli(['application', 'archive', '--yes'], {}, `${a.applicationId}\n${b.applicationId}\n`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('missing --reason');
    expect(r.stderr).toContain('on stdin');
    expect(r.stderr).toContain('nothing was sent');
    expect(await writes()).toBe(before);
    expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
    // Several as arguments: the same, once rather than per application.
    const args = await s.cli(['app', 'archive', a.applicationId, b.applicationId, '--yes'], {}, '');
    expect(args.code, args.stderr).toBe(2);
    expect(args.stderr).toMatch(/missing --reason\nhint: it applies to every application given as arguments/);
  });

  it('--from records: the flag, or the column (CSV) or key (JSON) that would do', async () => {
    const a = await applicant(s.h);
    const before = await writes();
    const csv = await s.cli(['app', 'archive', '--from', file('no-reason.csv', `application\n${a.applicationId}\n`), '--yes']);
    expect(csv.code, csv.stderr).toBe(2);
    expect(csv.stderr).toContain('row 1 (line 2): missing --reason (or a "reason" column)');
    const json = await s.cli(['app', 'archive', '--from', '-', '--yes'], {}, `{"reason":"Not a fit"}\n`);
    expect(json.code, json.stderr).toBe(2);
    expect(json.stderr).toContain('row 1: missing <application> (an "application" key)');
    expect(await writes()).toBe(before);
  });
});

describe('one YAML mapping is one record, as one JSON object is', () => {
  it('on stdin (`-o yaml` of one record), in a file of any extension, and in a .yaml file', async () => {
    const [a, b, c] = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const tag = await newTag();
    const one = await s.cli(['candidate', 'info', a.candidateId, '-o', 'yaml']);
    expect(one.code, one.stderr).toBe(0);
    const piped = await s.cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], {}, one.stdout);
    expect(piped.code, piped.stderr).toBe(0);
    expect(rows(piped).map((x) => [x.row, x.ok])).toEqual([[1, true]]);
    const mapping = (id: string) => `# one record\ncandidate-id: ${id}\ntag-id: ${tag.id}\n`;
    for (const [who, name] of [
      [b, 'one.txt'],
      [c, 'one.yaml'],
    ] as const) {
      const r = await s.cli(['candidate', 'add-tag', '--from', file(name, mapping(who.candidateId))]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(rows(r).map((x) => [x.row, x.ok])).toEqual([[1, true]]);
    }
    for (const who of [a, b, c]) expect(await tagsOf(who.candidateId)).toContain(tag.id);
    // A CSV header is still a CSV header.
    const csv = await s.cli(['candidate', 'add-tag', '--from', '-', '--dry-run'], {}, `candidate-id,tag-id\n${a.candidateId},${tag.id}\n`);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stderr).toContain('dry run: 1 record shown above');
  });
});

describe('an input with no records', () => {
  it('is a batch of nothing: exit 0, stderr says so, nothing sent, an empty list on stdout', async () => {
    const tag = await newTag();
    const before = await stats(s.h);
    const piped = await s.cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], {}, '');
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe('');
    expect(piped.stderr).toBe('no records on stdin: nothing was changed\n');
    // As an empty list is printed: -o json is [].
    const json = await s.cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '-o', 'json'], {}, '\n\n');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toBe('[]\n');
    expect(json.stderr).toContain('no records on stdin: nothing was changed');
    // A file, and a dry run, say the same.
    const empty = file('empty.ndjson', '');
    for (const extra of [[], ['--dry-run']]) {
      const r = await s.cli(['candidate', 'add-tag', '--from', empty, '--tag-id', tag.id, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`no records in ${empty}: nothing was changed`);
    }
    // app archive reading ids on stdin.
    const archive = await s.cli(['app', 'archive', '--reason', 'Not a fit', '--yes'], {}, '');
    expect(archive.code, archive.stderr).toBe(0);
    expect(archive.stderr).toContain('no records on stdin: nothing was changed');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    // A command line wrong in itself is still exit 2.
    const noYes = await s.cli(['app', 'archive', '--reason', 'Not a fit'], {}, '');
    expect(noYes.code, noYes.stderr).toBe(2);
    expect(noYes.stderr).toContain('needs --yes');
  });
});

describe('the exit code of a batch not wholly applied', () => {
  const GHOST = '00000000-0000-4000-8000-0000000000aa';

  it('every outcome unknown (a server error after sending): exit 9, not 8', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const tag = await newTag();
    const proxy = await failingProxy(s.h, (ep) => ep === 'candidate.addTag');
    try {
      const j = await s.cli(
        ['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id],
        proxy.env,
        [a, b].map((x) => JSON.stringify({ candidateId: x.candidateId })).join('\n'),
      );
      expect(j.code, j.stderr).toBe(9);
      expect(rows(j).map((x) => [x.row, x.outcome, x.exit])).toEqual([
        [1, 'unknown', 9],
        [2, 'unknown', 9],
      ]);
      expect(j.stderr).toContain('2 of 2 records may or may not have been applied (outcome unknown)');
      expect(j.stderr).not.toContain('were not applied');
      expect(proxy.hits).toEqual(['candidate.addTag', 'candidate.addTag']); // each sent once, not retried
    } finally {
      await proxy.close();
    }
  });

  it('applied, unknown and failed together: 9 (the unknown one is checked first); applied and failed: 8', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const tag = await newTag();
    const input = [a.candidateId, b.candidateId, GHOST].map((id) => JSON.stringify({ candidateId: id })).join('\n');
    const proxy = await failingProxy(s.h, (ep, body) => ep === 'candidate.addTag' && body.candidateId === b.candidateId);
    try {
      const r = await s.cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], proxy.env, input);
      expect(r.code, r.stderr).toBe(9);
      expect(rows(r).map((x) => [x.row, x.ok, x.outcome ?? null])).toEqual([
        [1, true, null],
        [2, false, 'unknown'],
        [3, false, 'failed'],
      ]);
      expect(r.stderr).toContain('1 of 3 records may or may not have been applied (outcome unknown), and 1 were not applied (1 failed, 0 skipped)');
    } finally {
      await proxy.close();
    }
    const plain = await s.cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], {}, input);
    expect(plain.code, plain.stderr).toBe(8);
    expect(rows(plain).map((x) => x.ok)).toEqual([true, true, false]);
    expect(plain.stderr).toContain('1 of 3 records were not applied (1 failed, 0 unknown, 0 skipped)');
  });
});

describe('every bad row in one go', () => {
  it('a record of the wrong shape and names that match nothing are listed together, nothing written', async () => {
    const a = await applicant(s.h);
    const tag = await newTag();
    const csv = file(
      'mixed.csv',
      `candidate-id,tag-id\n${a.candidateId},${tag.title}\n${a.candidateId},\n${a.candidateId},No such tag anywhere\nnobody.${a.candidateId}@example.com,${tag.title}\n`,
    );
    const before = await writes();
    const r = await s.cli(['candidate', 'add-tag', '--from', csv]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('3 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 2 (line 3): missing --tag-id');
    expect(r.stderr).toContain('row 3 (line 4): no tag matches "No such tag anywhere"');
    expect(r.stderr).toContain(`row 4 (line 5): no candidate matches "nobody.${a.candidateId}@example.com"`);
    expect(await writes()).toBe(before);
    expect(await tagsOf(a.candidateId)).not.toContain(tag.id);
  });

  it('app archive --from: a missing reason, an application and a reason that match nothing, at once', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const csv = file(
      'archive-mixed.csv',
      `application,reason\n${a.applicationId},\nnobody.${a.candidateId}@example.com,Position closed\n${b.applicationId},No such reason at all\n`,
    );
    const before = await writes();
    const r = await s.cli(['app', 'archive', '--from', csv, '--yes']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('3 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 1 (line 2): missing --reason (or a "reason" column)');
    expect(r.stderr).toContain(`row 2 (line 3): no candidate matches "nobody.${a.candidateId}@example.com"`);
    expect(r.stderr).toContain('row 3 (line 4): no archive reason matches "No such reason at all"');
    expect(await writes()).toBe(before);
  });

  it('when the look-ups fail, the rows already known to be bad are still listed (exit 2), saying the rest were not all checked', async () => {
    const a = await applicant(s.h);
    const csv = file('lookup-fails.csv', `candidate-id,tag-id\n${a.candidateId},Some tag\n${a.candidateId},\n`);
    const proxy = await failingProxy(s.h, (ep) => ep === 'candidateTag.list');
    try {
      const r = await s.cli(['candidate', 'add-tag', '--from', csv, '--max-retries', '0'], proxy.env);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('row 2 (line 3): missing --tag-id');
      expect(r.stderr).toMatch(/the other records' names could not all be looked up \(.*\); run it again once these are fixed/);
    } finally {
      await proxy.close();
    }
  });
});

describe('progress while --jq waits for the whole batch', () => {
  // jq reads the rows as one list, so its output comes when the last record is done; until then the
  // batch's progress bar on stderr shows it running, also when stdout is the same terminal.
  const bar = (n: number) => new RegExp(`\\[#+\\] ${n}/${n} {2}0 not applied`);
  const batch = async (n: number) => {
    const tag = await newTag();
    const people = await Promise.all(Array.from({ length: n }, () => applicant(s.h)));
    return { tag, input: people.map((p) => JSON.stringify({ candidateId: p.candidateId })).join('\n') };
  };

  it('on a terminal the bar is drawn with --jq (stdout the terminal too); not under CI', async () => {
    const { tag, input } = await batch(3);
    const args = ['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '--yes', '--jq', '[.[] | .ok] | length'];
    const tty = await runCliTty(args, input, {});
    expect(tty.code, tty.stderr).toBe(0);
    expect(tty.stdout.trim()).toBe('3');
    expect(tty.stderr).toMatch(bar(3));
    const ci = await runCliTty(args, input, { CI: 'true' }, { stdout: false, stderr: true });
    expect(ci.code, ci.stderr).toBe(0);
    expect(ci.stderr).not.toContain('not applied');
    expect(ci.stderr).toContain('3 records: 3 applied');
  });

  describe.skipIf(!tmuxAvailable())('in a real terminal', () => {
    let term: TmuxSession | undefined;
    afterAll(() => term?.close());

    it('the bar shows while the batch runs, not a list spinner; then the jq output', async () => {
      const { tag, input } = await batch(30);
      s.h.setLatency(40);
      try {
        term = new TmuxSession().start(
          ['candidate', 'add-tag', '--from', file('tty-jq.ndjson', input), '--tag-id', tag.id, '--yes', '--concurrency', '1', '--jq', '[.[] | .ok] | length'],
          { ...s.h.env, ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1' },
        );
        const running = await term.waitFor(/\[#*\.+\] \d+\/30/, 'the progress bar');
        expect(running).not.toContain('Fetching');
        expect(await term.exitCode()).toBe(0);
        expect(term.screen()).toMatch(/^30$/m);
      } finally {
        s.h.setLatency(0);
      }
    });
  });
});
