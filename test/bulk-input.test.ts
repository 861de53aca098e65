// Batch input through the CLI against the sandbox: what a missing value is called, an input with no
// records, a single YAML mapping, the exit code of a batch whose outcomes are unknown, every bad row
// reported in one go, and progress while --jq waits for the whole batch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stats } from './helpers/sandbox.js';
import { applicant, application, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-input-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const writes = async () => (await stats(s.h)).writes.total;

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
