// Hand-made commands in a batch (--from) look every record's names up before the first write: a name
// that matches nothing (or several things) in a later row stops the batch with exit 2, every bad row
// listed and nothing written; the earlier rows' applications are left as they were. Through the CLI
// against the sandbox, with the look-ups made once per batch.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchRows as rows, runCli, type RunResult } from './helpers/cli.js';
import { call, stats } from './helpers/sandbox.js';
import { applicant, application, apiOk, sandboxSuite, stageId } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-resolve-'));

const cli = (args: string[], input?: string) => s.cli(args, {}, input);

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Requests (and writes) the sandbox saw while `f` ran, by endpoint. */
async function counting<T>(f: () => Promise<T>): Promise<{ out: T; requests: (ep: string) => number; writes: number }> {
  const before = await stats(s.h);
  const out = await f();
  const after = await stats(s.h);
  return {
    out,
    requests: (ep) => (after.requests.byEndpoint[ep] ?? 0) - (before.requests.byEndpoint[ep] ?? 0),
    writes: after.writes.total - before.writes.total,
  };
}

const stageOf = async (id: string) => (await application(s.h, id)).currentInterviewStage.title as string;

/** Exit 2, each bad row named with its problem, nothing sent. */
function refused(r: RunResult, bad: Record<number, string | RegExp>, count = Object.keys(bad).length) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`${count} record${count === 1 ? '' : 's'} cannot be used; nothing was sent`);
  for (const [row, problem] of Object.entries(bad)) {
    const line = r.stderr.split('\n').find((l) => new RegExp(`^\\s*row ${row}[ :]`).test(l));
    expect(line, `row ${row} in:\n${r.stderr}`).toBeDefined();
    expect(line).toMatch(problem);
  }
}

describe('app stage --from', () => {
  it('moves every record, reading the shared plan once', async () => {
    const people = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const csv = file('stage-ok.csv', `application,stage\n${people.map((p) => `${p.email},Onsite`).join('\n')}\n`);
    const { out: r, requests } = await counting(() => cli(['app', 'stage', '--from', csv]));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true, true]);
    for (const p of people) expect(await stageOf(p.applicationId)).toBe('Onsite');
    expect(requests('interviewStage.list')).toBe(1);
    expect(requests('application.changeStage')).toBe(3);
  });

  it('a stage or candidate that does not exist in a later row stops the batch before the first move', async () => {
    const [a, b, c] = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const csv = file(
      'stage-bad.csv',
      `application,stage\n${a.email},Onsite\n${b.email},Onsight\nnobody.${a.candidateId}@example.com,Onsite\n${c.email},Technical Interview\n`,
    );
    const { out: r, writes } = await counting(() => cli(['app', 'stage', '--from', csv]));
    refused(r, { 2: /no stage matches "Onsight"/, 3: /no candidate matches "nobody\./ });
    expect(writes).toBe(0);
    expect(await stageOf(a.applicationId)).not.toBe('Onsite');
    expect(await stageOf(c.applicationId)).not.toBe('Technical Interview');
  });

  it('--dry-run shows the look-ups and the moves, and sends nothing', async () => {
    const a = await applicant(s.h);
    const { out: r, writes } = await counting(() =>
      cli(['app', 'stage', '--from', '-', '--dry-run'], JSON.stringify({ application: a.email, stage: 'Onsite' })),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/"url": "[^"]*candidate\.search"/);
    expect(r.stdout).toMatch(/"url": "[^"]*application\.changeStage"/);
    expect(r.stderr).toContain('dry run: 1 record');
    expect(writes).toBe(0);
  });
});

describe('app hire --from', () => {
  it('hires every record', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const r = await cli(['app', 'hire', '--from', '-', '--yes'], people.map((p) => JSON.stringify({ application: p.email })).join('\n'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('not easily undone');
    for (const p of people) expect((await application(s.h, p.applicationId)).status).toBe('Hired');
  });

  it('a name that matches nothing or several candidates stops the batch: nobody is hired', async () => {
    const a = await applicant(s.h);
    const twin = `Twin ${a.candidateId.slice(0, 8)} Example`;
    await applicant(s.h, ['Staff Engineer'], twin);
    await applicant(s.h, ['Product Designer'], twin);
    const input = [a.email, twin, `ghost.${a.candidateId}@example.com`].map((x) => JSON.stringify({ application: x })).join('\n');
    const { out: r, writes } = await counting(() => cli(['app', 'hire', '--from', '-', '--yes'], input));
    refused(r, { 2: /matches 2 candidates/, 3: /no candidate matches "ghost\./ });
    expect(writes).toBe(0);
    expect((await application(s.h, a.applicationId)).status).not.toBe('Hired');
  });
});

describe('app transfer --from', () => {
  it('transfers every record into the stage named, looking the job up once', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const csv = file('transfer-ok.csv', `application,job,stage\n${people.map((p) => `${p.email},Frontend Engineer,Technical Interview`).join('\n')}\n`);
    const { out: r, requests } = await counting(() => cli(['app', 'transfer', '--from', csv]));
    expect(r.code, r.stderr).toBe(0);
    for (const p of people) {
      const app = await application(s.h, p.applicationId);
      expect([app.job.title, app.currentInterviewStage.title]).toEqual(['Frontend Engineer', 'Technical Interview']);
    }
    expect(requests('job.list')).toBeLessThanOrEqual(1);
    expect(requests('application.transfer')).toBe(2);
  });

  it('a job or stage that does not exist in a later row stops the batch: nothing is transferred', async () => {
    const [a, b, c] = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const csv = file(
      'transfer-bad.csv',
      `application,job,stage\n${a.email},Frontend Engineer,\n${b.email},Astronaut,\n${c.email},Frontend Engineer,Moon Landing\n`,
    );
    const { out: r, writes } = await counting(() => cli(['app', 'transfer', '--from', csv]));
    refused(r, { 2: /no job matches "Astronaut"/, 3: /no stage matches "Moon Landing"/ });
    expect(writes).toBe(0);
    expect((await application(s.h, a.applicationId)).job.title).toBe('Staff Engineer');
  });
});

const exists = async (id: string) => (await call(s.h, 'application.info', { applicationId: id })).body.success === true;

describe('app delete --from', () => {
  it('deletes every record', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const r = await cli(['app', 'delete', '--from', '-', '--yes'], people.map((p) => JSON.stringify({ application: p.email })).join('\n'));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.ok)).toEqual([true, true]);
    for (const p of people) expect(await exists(p.applicationId)).toBe(false);
  });

  it('an id that names nothing or a candidate with several applications stops the batch: nothing is deleted', async () => {
    const a = await applicant(s.h);
    const both = await applicant(s.h, ['Staff Engineer', 'Product Designer']);
    const csv = file('delete-bad.csv', `application\n${a.email}\n00000000-0000-4000-8000-00000000dead\n${both.email}\n`);
    const { out: r, writes } = await counting(() => cli(['app', 'delete', '--from', csv, '--yes']));
    refused(r, { 2: /no application or candidate has the id/, 3: /matches 2 applications/ });
    expect(writes).toBe(0);
    expect(await exists(a.applicationId)).toBe(true);
  });
});

describe('candidate push-hris --from', () => {
  const hired = async () => {
    const p = await applicant(s.h);
    await apiOk(s.h, 'application.changeStage', { applicationId: p.applicationId, interviewStageId: await stageId(s.h, p.planId, 'Hired') });
    return p;
  };

  it('pushes every record once', async () => {
    const people = [await hired(), await hired()];
    const { out: r, requests } = await counting(() =>
      cli(['candidate', 'push-hris', '--from', '-', '--system', 'BambooHR', '--yes'], people.map((p) => JSON.stringify({ application: p.email })).join('\n')),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => x.result.pushCount)).toEqual([1, 1]);
    expect(requests('candidate.pushToHris')).toBe(2);
  });

  it('an unknown HR system or candidate in a later row stops the batch: nobody is pushed', async () => {
    const [a, b] = [await hired(), await hired()];
    const csv = file('hris-bad.csv', `application,system\n${a.email},BambooHR\n${b.email},Bamboo\nghost.${a.candidateId}@example.com,Personio\n`);
    const { out: r, requests } = await counting(() => cli(['candidate', 'push-hris', '--from', csv, '--yes']));
    refused(r, { 2: /--system must be one of: .*not "Bamboo"/, 3: /no candidate matches "ghost\./ });
    expect(requests('candidate.pushToHris')).toBe(0);
  });
});

describe('candidate upload-file|upload-resume --from', () => {
  const candidateInfo = async (id: string) => (await call(s.h, 'candidate.info', { id })).body.results;

  it('uploads every record', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const paths = people.map((p, i) => file(`notes-${i}.txt`, `notes on ${p.name}\n`));
    const csv = file('upload-ok.csv', `candidate,path\n${people.map((p, i) => `${p.email},${paths[i]}`).join('\n')}\n`);
    const r = await cli(['candidate', 'upload-file', '--from', csv]);
    expect(r.code, r.stderr).toBe(0);
    for (const [i, p] of people.entries())
      expect((await candidateInfo(p.candidateId)).fileHandles.map((f: { name: string }) => f.name)).toContain(`notes-${i}.txt`);
  });

  it('a missing or empty file, or an unknown candidate, in a later row stops the batch before the first upload', async () => {
    const [a, b, c] = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const cv = file('cv-a.pdf', '%PDF-1.4 a\n');
    const empty = file('cv-empty.pdf', '');
    const csv = file(
      'upload-bad.csv',
      `candidate,path\n${a.email},${cv}\n${b.email},${join(dir, 'no-such-cv.pdf')}\nghost.${a.candidateId}@example.com,${cv}\n${c.email},${empty}\n`,
    );
    const { out: r, requests, writes } = await counting(() => cli(['candidate', 'upload-resume', '--from', csv]));
    refused(r, { 2: /no such file: .*no-such-cv\.pdf/, 3: /no candidate matches "ghost\./, 4: /cv-empty\.pdf is empty/ });
    expect(requests('file.createFileUploadHandle')).toBe(0);
    expect(writes).toBe(0);
    expect((await candidateInfo(a.candidateId)).resumeFileHandle ?? null).toBeNull();
  });
});

describe('webhook create|update --from (nothing to look up online: every record is checked first)', () => {
  it('creates and updates every record', async () => {
    const csv = file('hooks-ok.csv', 'event,url\ncandidateHire,https://a.example.com/hook\napplicationSubmit,https://b.example.com/hook\n');
    const created = await cli(['webhook', 'create', '--from', csv]);
    expect(created.code, created.stderr).toBe(0);
    const hooks = rows(created).map((x) => x.result as { id: string; webhookType: string });
    expect(hooks.map((x) => x.webhookType)).toEqual(['candidateHire', 'applicationSubmit']);
    const moved = await cli(
      ['webhook', 'update', '--from', '-'],
      hooks.map((x, i) => JSON.stringify({ id: x.id, url: `https://c${i}.example.com/hook` })).join('\n'),
    );
    expect(moved.code, moved.stderr).toBe(0);
    for (const [i, x] of hooks.entries())
      expect((await call(s.h, 'webhook.info', { webhookId: x.id })).body.results.requestUrl).toBe(`https://c${i}.example.com/hook`);
  });

  it('an unknown event type or a bad URL in a later row stops the batch before the first webhook', async () => {
    const csv = file(
      'hooks-bad.csv',
      'event,url\ncandidateHire,https://a.example.com/hook\ncandidateHried,https://b.example.com/hook\nofferCreate,hooks.example.com\n',
    );
    const { out: r, writes } = await counting(() => cli(['webhook', 'create', '--from', csv]));
    refused(r, { 2: /unknown event type "candidateHried"/, 3: /"hooks\.example\.com" is not a URL/ });
    expect(writes).toBe(0);

    const hook = (await call(s.h, 'webhook.create', { webhookType: 'candidateHire', requestUrl: 'https://d.example.com/hook', secretToken: 'x'.repeat(32) }))
      .body.results;
    const updates = [
      { 'webhook-id': hook.id, url: 'https://e.example.com/hook' },
      { 'webhook-id': hook.id, url: 'ftp://e.example.com/hook' },
    ];
    const { out: u, writes: w } = await counting(() => cli(['webhook', 'update', '--from', '-'], updates.map((x) => JSON.stringify(x)).join('\n')));
    refused(u, { 2: /only http:\/\/ and https:\/\/ URLs/ });
    expect(w).toBe(0);
    expect((await call(s.h, 'webhook.info', { webhookId: hook.id })).body.results.requestUrl).toBe('https://d.example.com/hook');
  });
});

describe('a converted batch as a whole', () => {
  it('one confirmation names each record with what was looked up, and what the batch does', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const input = people.map((p) => JSON.stringify({ application: p.email })).join('\n');
    const r = await runCli(['app', 'hire', '--from', '-'], { env: s.h.env, input, answers: [true] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('About to run `ashby application hire` for 2 records');
    for (const [i, p] of people.entries()) expect(r.stderr).toMatch(new RegExp(`row ${i + 1}: ${p.name} — Staff Engineer \\(.*\\) → "Hired"`));
    expect(r.stderr).toContain('not easily undone');
    for (const p of people) expect((await application(s.h, p.applicationId)).status).toBe('Hired');
    // Moving them back is a batch of its own kind: the confirmation says the hires are reversed.
    const back = people.map((p) => JSON.stringify({ application: p.email, stage: 'Onsite' })).join('\n');
    const undo = await runCli(['app', 'stage', '--from', '-'], { env: s.h.env, input: back, answers: [true] });
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stderr).toContain('2 applications leave Hired or Archived: a hire is reversed');
    for (const p of people) expect(await stageOf(p.applicationId)).toBe('Onsite');
  });

  it('--resume knows an applied record by what it asks for, even at another row, and does not send it again', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const journal = join(dir, 'stage.journal');
    const line = (p: { email: string }) => JSON.stringify({ application: p.email, stage: 'Onsite' });
    const first = await cli(['app', 'stage', '--from', '-', '--journal', journal], line(a));
    expect(first.code, first.stderr).toBe(0);
    const { out: r, requests } = await counting(() => cli(['app', 'stage', '--from', '-', '--journal', journal, '--resume'], `${line(b)}\n${line(a)}\n`));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r).map((x) => [x.row, x.ok, (x as { resumed?: boolean }).resumed ?? false])).toEqual([
      [1, true, false],
      [2, true, true],
    ]);
    expect(requests('application.changeStage')).toBe(1);
    expect(await stageOf(b.applicationId)).toBe('Onsite');
  });
});
