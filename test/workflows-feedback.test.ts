// feedback submit against the sandbox: the form by name, by interview type or the default, values
// by field type from flags, an answers file or prompts; the stored feedback is read back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, runBin, runCli, tempConfigDir } from './helpers/cli.js';
import { words } from './helpers/shell-words.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

const cli = s.cli;

async function feedbackOf(applicationId: string): Promise<any[]> {
  return apiOk(s.h, 'applicationFeedback.list', { applicationId });
}

describe('feedback submit', () => {
  it('--help gives an example that runs as written against the sandbox: its fields are those of the form', async () => {
    const help = await runBin(['feedback', 'submit', '--help']);
    expect(help.code, help.stderr).toBe(0);
    const examples = (help.stdout.split(/^Examples:$/m)[1] ?? '').split(/\n\n/)[0].replace(/\\\n\s*/g, ' ');
    const lines = examples
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l.startsWith('ashby feedback submit --'));
    expect(lines).toHaveLength(1);
    const r = await runCli(['--sandbox', ...words(lines[0]).slice(1)], { env: { ASHBY_CONFIG_DIR: tempConfigDir() } });
    expect(r.code, `${lines[0]}\n${r.stderr}`).toBe(0);
    expect(json<{ submittedFormInstance: { submittedValues: Record<string, unknown> } }>(r).submittedFormInstance.submittedValues).toEqual({
      overall_score: 4,
      summary: 'Strong systems design',
      seniority: 'senior',
    });
  });

  it('fills the form of an interview type from flags and stores it, credited to a user', async () => {
    const a = await applicant(s.h);
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ id: string; email: string }>;
    const r = await cli([
      'feedback',
      'submit',
      '--application',
      a.email,
      '--interview',
      'Technical interview',
      '--field',
      'Overall recommendation=4',
      '--field',
      'Summary=Clear thinker',
      '--field',
      'Seniority=Senior',
      '--field',
      'Would you like to work with them?=yes',
      '--user',
      users[3].email,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const [fb] = await feedbackOf(a.applicationId);
    expect(fb.feedbackFormDefinitionId).toBe(
      ((await apiOk(s.h, 'interview.list', {})) as any[]).find((i) => i.title === 'Technical interview').feedbackFormDefinitionId,
    );
    expect(fb.submittedByUser.id).toBe(users[3].id);
    expect(fb.submittedValues).toMatchObject({ overall_score: 4, seniority: 'senior', would_work_with: true });
    expect(JSON.stringify(fb.submittedValues.summary)).toContain('Clear thinker');
  });

  it('takes the application as its argument, as app stage does', async () => {
    const a = await applicant(s.h);
    const r = await cli([
      'feedback',
      'submit',
      a.email,
      '--interview',
      'Technical interview',
      '--field',
      'Overall recommendation=3',
      '--field',
      'Summary=Fine',
      '--field',
      'Seniority=Senior',
      '--field',
      'Would you like to work with them?=no',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const [fb] = await feedbackOf(a.applicationId);
    expect(fb.submittedValues).toMatchObject({ overall_score: 3, would_work_with: false });
  });

  it('uses the default form when none is named, with values from an answers file', async () => {
    const a = await applicant(s.h);
    const file = join(tempConfigDir(), 'fb.json');
    writeFileSync(file, JSON.stringify({ 'Overall recommendation': 2, summary: 'Not yet', 'General skills': 1 }));
    const r = await cli(['feedback', 'submit', '--application', a.applicationId, '--answers', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('using the feedback form "Interview scorecard"');
    const [fb] = await feedbackOf(a.applicationId);
    expect(fb.submittedValues).toMatchObject({ overall_score: 2, skills_score: 1 });
  });

  it('refuses a score out of range and a missing required field, naming them; nothing is stored', async () => {
    const a = await applicant(s.h);
    const before = await stats(s.h);
    const r = await cli(['feedback', 'submit', '--application', a.email, '--form', 'Culture add interview', '--field', 'Overall recommendation=7']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Overall recommendation: 7 is not a score from 1 to 4');
    const missing = await cli(['feedback', 'submit', '--application', a.email, '--form', 'Culture add interview', '--field', 'Overall recommendation=3']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Summary (text): --field "Summary=…"');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    expect(await feedbackOf(a.applicationId)).toEqual([]);
  });

  it('an answers file giving a text field a list or an object is refused by name, nothing sent; a number is sent as text', async () => {
    const a = await applicant(s.h);
    const dir = tempConfigDir();
    const yaml = join(dir, 'fb.yaml');
    writeFileSync(yaml, 'Overall recommendation: 3\nSummary:\n  text: Strong\n');
    const json = join(dir, 'fb.json');
    writeFileSync(json, JSON.stringify({ 'Overall recommendation': 3, Summary: ['Strong', 'kind'] }));
    const before = await stats(s.h);
    const obj = await cli(['feedback', 'submit', '--application', a.email, '--answers', yaml]);
    expect(obj.code, obj.stderr).toBe(2);
    expect(obj.stderr).toContain('Summary: expected text, got an object');
    const list = await cli(['feedback', 'submit', '--application', a.email, '--answers', json]);
    expect(list.code, list.stderr).toBe(2);
    expect(list.stderr).toContain('Summary: expected text, got a list');
    expect((await stats(s.h)).writes.total).toBe(before.writes.total);
    writeFileSync(yaml, 'Overall recommendation: 3\nSummary: 42\n');
    const num = await cli(['feedback', 'submit', '--application', a.email, '--answers', yaml]);
    expect(num.code, num.stderr).toBe(0);
    const [fb] = await feedbackOf(a.applicationId);
    expect(JSON.stringify(fb.submittedValues.summary)).toContain('"42"');
  });

  it('a batch with --answers - gives every record the answers read from stdin; --from - cannot share stdin with it', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const csv = join(tempConfigDir(), 'apps.csv');
    writeFileSync(csv, `application\n${people.map((p) => p.email).join('\n')}\n`);
    const r = await cli(['feedback', 'submit', '--from', csv, '--answers', '-'], {}, 'Overall recommendation: 3\nSummary: Same for both\n');
    expect(r.code, r.stderr).toBe(0);
    for (const p of people) expect((await feedbackOf(p.applicationId))[0]?.submittedValues).toMatchObject({ overall_score: 3 });
    const before = await stats(s.h);
    const both = await cli(['feedback', 'submit', '--from', '-', '--answers', '-'], {}, JSON.stringify({ application: people[0].email }));
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--from - and --answers - cannot both read stdin');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });

  it('a batch whose answers file cannot be read, or is no mapping, is bad input: exit 2, nothing sent', async () => {
    const a = await applicant(s.h);
    const dir = tempConfigDir();
    writeFileSync(join(dir, 'list.json'), '[1, 2]');
    const csv = join(dir, 'apps.csv');
    writeFileSync(csv, `application,answers\n${a.email},${join(dir, 'list.json')}\n${a.email},\n`);
    const before = await stats(s.h);
    const r = await cli(['feedback', 'submit', '--from', csv, '--answers', join(dir, 'missing.yaml')]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('must map field titles (or paths) to values');
    expect(r.stderr).toContain('cannot read the answers file');
    expect((await stats(s.h)).requests.total).toBe(before.requests.total);
  });

  it('asks for the form and each field on a terminal, confirms, and prints the command to script it', async () => {
    const a = await applicant(s.h);
    // form, overall score, summary, skills (skip), seniority, work with them?, confirm
    const answers = [a.email, 'Technical interview scorecard', '3', 'Good depth', '(skip)', 'Staff', 'no', true];
    const r = await cli(['feedback', 'submit'], { ASHBY_PROMPT_ANSWERS: JSON.stringify(answers) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('? Overall recommendation');
    expect(r.stderr).toMatch(
      /# to script this: ashby feedback submit --application \S+ --form \S+ --field 'Overall recommendation=3' --field 'Summary=Good depth' --field Seniority=Staff/,
    );
    const [fb] = await feedbackOf(a.applicationId);
    expect(fb.submittedValues).toMatchObject({ overall_score: 3, seniority: 'staff', would_work_with: false });
  });
});
