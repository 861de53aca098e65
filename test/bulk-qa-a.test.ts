// Adversarial checks of the hand-made batches (app stage|hire|transfer|delete|archive, candidate
// push-hris, the uploads, webhook create|update|delete): what a person can do to a batch that the
// happy paths do not, through the CLI against the sandbox.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interruptWhen, runBin, type RunResult } from './helpers/cli.js';
import { call, stats } from './helpers/sandbox.js';
import { applicant, application, failingProxy, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-qa-a-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const cli = (args: string[], input?: string) => s.cli(args, {}, input);

async function writes(): Promise<number> {
  return (await stats(s.h)).writes.total;
}

/** Exit 2, each bad row named with its problem, nothing on stdout. */
function refused(r: RunResult, bad: Record<number, string | RegExp>) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const count = Object.keys(bad).length;
  expect(r.stderr).toContain(`${count} record${count === 1 ? '' : 's'} cannot be used; nothing was sent`);
  for (const [row, problem] of Object.entries(bad)) {
    const line = r.stderr.split('\n').find((l) => new RegExp(`^\\s*row ${row}[ :]`).test(l));
    expect(line, `row ${row} in:\n${r.stderr}`).toBeDefined();
    expect(line).toMatch(problem);
  }
}

const ndjson = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('Ctrl-C while the batch is still looking names up', () => {
  it('stops the batch: exit 130 and nothing is written', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => applicant(s.h)));
    const input = file('sigint-prepare.ndjson', ndjson(people.map((p) => ({ application: p.email, stage: 'Onsite' }))));
    await call(s.h, '_sandbox/faults', { latencyMs: 150 });
    const before = await stats(s.h);
    const searches = () => stats(s.h).then((x) => (x.requests.byEndpoint['candidate.search'] ?? 0) - (before.requests.byEndpoint['candidate.search'] ?? 0));
    const r = await runBin(['app', 'stage', '--from', input, '--concurrency', '1', '--yes'], {
      env: s.h.env,
      timeoutMs: 60_000,
      onSpawn: (child) => interruptWhen(child, async () => (await searches()) >= 2),
    }).finally(() => call(s.h, '_sandbox/faults', { latencyMs: 0 }));
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain('stopped while looking names up: nothing was sent');
    expect(r.stdout).toBe('');
    expect(await searches()).toBeLessThan(people.length);
    expect((await stats(s.h)).writes.total - before.writes.total).toBe(0);
    for (const p of people) expect((await application(s.h, p.applicationId)).currentInterviewStage.title).not.toBe('Onsite');
  });
});

describe('the same thing twice in one batch', () => {
  // Records run several at a time: two moves of one application would land in no set order, and a
  // repeated hire, archive (with its email) or HR push would be made twice.
  it('app stage: one application named by email and again by id is refused, nothing moved', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const csv = file('dup-stage.csv', `application,stage\n${a.email},Onsite\n${b.email},Onsite\n${a.applicationId},Technical Interview\n`);
    const before = await writes();
    refused(await cli(['app', 'stage', '--from', csv]), { 3: /the same application as row 1/ });
    expect((await writes()) - before).toBe(0);
    expect((await application(s.h, b.applicationId)).currentInterviewStage.title).not.toBe('Onsite');
  });

  it('app hire, app archive, app delete, candidate push-hris: a repeated application is refused', async () => {
    const a = await applicant(s.h);
    const twice = ndjson([{ application: a.email }, { application: a.email.toUpperCase() }]);
    const status = (await application(s.h, a.applicationId)).status;
    const before = await writes();
    refused(await cli(['app', 'hire', '--from', '-', '--yes'], twice), { 2: /the same application as row 1/ });
    refused(await cli(['app', 'archive', '--from', '-', '--reason', 'Position closed', '--yes'], twice), { 2: /the same application as row 1/ });
    refused(await cli(['app', 'archive', a.email, a.applicationId, '--reason', 'Position closed', '--yes']), { 2: /the same application as row 1/ });
    refused(await cli(['app', 'delete', '--from', '-', '--yes'], twice), { 2: /the same application as row 1/ });
    refused(await cli(['candidate', 'push-hris', '--from', '-', '--system', 'BambooHR', '--yes'], twice), {
      2: /the same application and HR system as row 1/,
    });
    expect((await writes()) - before).toBe(0);
    expect((await application(s.h, a.applicationId)).status).toBe(status);
  });

  it('app transfer: a repeated application is refused', async () => {
    const a = await applicant(s.h);
    const input = ndjson([
      { application: a.applicationId, job: 'Frontend Engineer' },
      { application: a.email, job: 'Product Designer' },
    ]);
    const before = await writes();
    refused(await cli(['app', 'transfer', '--from', '-'], input), { 2: /the same application as row 1/ });
    expect((await writes()) - before).toBe(0);
  });

  it('webhook update and delete: a repeated webhook id is refused; webhook create: a repeated event and URL', async () => {
    const hook = (await call(s.h, 'webhook.create', { webhookType: 'candidateHire', requestUrl: 'https://dup.example.com/hook', secretToken: 'x'.repeat(32) }))
      .body.results as { id: string };
    const before = await writes();
    refused(
      await cli(
        ['webhook', 'update', '--from', '-'],
        ndjson([
          { 'webhook-id': hook.id, disable: true },
          { 'webhook-id': hook.id, enable: true },
        ]),
      ),
      { 2: /the same webhook as row 1/ },
    );
    refused(await cli(['webhook', 'delete', '--from', '-', '--yes'], ndjson([{ 'webhook-id': hook.id }, { 'webhook-id': hook.id }])), {
      2: /the same webhook as row 1/,
    });
    const csv = file(
      'dup-hooks.csv',
      'event,url\ncandidateHire,https://dup.example.com/a\ncandidateHire,https://dup.example.com/b\ncandidateHire,https://dup.example.com/a\n',
    );
    refused(await cli(['webhook', 'create', '--from', csv]), { 3: /the same event and URL as row 1/ });
    expect((await writes()) - before).toBe(0);
  });

  it('the uploads may give one candidate several files', async () => {
    const a = await applicant(s.h);
    const [one, two] = [file('cv-one.txt', 'one\n'), file('cv-two.txt', 'two\n')];
    const r = await cli(
      ['candidate', 'upload-file', '--from', '-'],
      ndjson([
        { candidate: a.email, path: one },
        { candidate: a.candidateId, path: two },
      ]),
    );
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('app archive --from with a --send-at in the past', () => {
  it('says the emails go out at once, as app archive does for one application', async () => {
    const a = await applicant(s.h);
    const args = ['--reason', 'Position closed', '--email-template', 'Rejection (after interviews)', '--send-at', '2020-01-01T09:00:00Z'];
    const one = await cli(['app', 'archive', a.email, ...args, '--dry-run']);
    expect(one.stderr).toMatch(/2020-01-01 09:00 UTC is in the past: the email would be sent at once/);
    const r = await cli(['app', 'archive', '--from', '-', ...args, '--yes'], ndjson([{ application: a.email }]));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2020-01-01 09:00 UTC is in the past: the email will be sent at once/);
  });
});

describe('a rate limit that does not lift, on the writes of a hand-made batch', () => {
  it('app stage: each move gives up after --max-retries, exit 6 in its row, the batch exit 8, nothing moved', async () => {
    const people = [await applicant(s.h), await applicant(s.h), await applicant(s.h)];
    const limited = {
      status: 429,
      body: { success: false, errors: ['rate_limit_exceeded'], errorInfo: { code: 'rate_limit_exceeded', message: 'slow down' } },
    };
    const proxy = await failingProxy(s.h, (endpoint) => endpoint === 'application.changeStage', limited);
    try {
      const before = await writes();
      const r = await s.cli(
        ['app', 'stage', '--from', '-', '--max-retries', '1'],
        proxy.env,
        ndjson(people.map((p) => ({ application: p.email, stage: 'Onsite' }))),
      );
      expect(r.code, r.stderr).toBe(8);
      const out = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(out.map((x) => [x.ok, x.outcome, x.exit, x.error.code])).toEqual(people.map(() => [false, 'failed', 6, 'rate_limit_exceeded']));
      // The first attempt and one retry each: a 429 was not applied, so sending it again is safe.
      expect(proxy.hits.filter((e) => e === 'application.changeStage')).toHaveLength(people.length * 2);
      expect((await writes()) - before).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});

describe('a look-up that fails on the server side while the batch is being prepared', () => {
  it('stops the batch with the API error (not exit 2), says nothing was sent, and sends nothing', async () => {
    const people = [await applicant(s.h), await applicant(s.h)];
    const input = ndjson(people.map((p) => ({ application: p.email, stage: 'Onsite' })));
    const limited = {
      status: 429,
      body: { success: false, errors: ['rate_limit_exceeded'], errorInfo: { code: 'rate_limit_exceeded', message: 'slow down' } },
    };
    for (const [reply, code] of [[undefined, 5] as const, [limited, 6] as const]) {
      const proxy = await failingProxy(s.h, (endpoint) => endpoint === 'candidate.search', reply);
      try {
        const before = await writes();
        const r = await s.cli(['app', 'stage', '--from', '-', '--max-retries', '1', '--yes'], proxy.env, input);
        expect(r.code, r.stderr).toBe(code);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/nothing was sent/);
        expect((await writes()) - before).toBe(0);
      } finally {
        await proxy.close();
      }
    }
  });
});

describe('--journal of a batch whose results hold secrets', () => {
  it.skipIf(process.platform === 'win32')(
    'webhook create --from --journal: the journal (it holds the generated secrets) is readable by its owner only',
    async () => {
      const journal = join(dir, 'hooks.journal');
      const r = await cli([
        'webhook',
        'create',
        '--from',
        file('journal-hooks.csv', 'event,url\ncandidateHire,https://journal.example.com/a\n'),
        '--journal',
        journal,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(journal, 'utf8')).toContain('secretToken');
      expect(statSync(journal).mode & 0o077).toBe(0);
    },
  );
});

describe('webhook create|update --from with plain http URLs', () => {
  it('warns once per host, not once per record', async () => {
    const csv = file('http-hooks.csv', `event,url\n${['a', 'b', 'c'].map((x) => `candidateHire,http://plain.example.com/${x}`).join('\n')}\n`);
    const r = await cli(['webhook', 'create', '--from', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/plain\.example\.com is plain http/g)).toHaveLength(1);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).result.id as string);
    const u = await cli(['webhook', 'update', '--from', '-', '--url', 'http://plain.example.com/v2'], ndjson(ids.map((id) => ({ 'webhook-id': id }))));
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr.match(/plain\.example\.com is plain http/g)).toHaveLength(1);
  });
});

describe('app stage --from to a Hired stage, or out of Hired or Archived, without a terminal', () => {
  // Alone, app stage asks before these moves and needs --yes without a terminal; app hire --from does too.
  it('needs --yes: exit 2, nothing moved; with --yes the batch runs', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    await cli(['app', 'archive', b.email, '--reason', 'Position closed', '--yes']);
    expect((await application(s.h, b.applicationId)).status).toBe('Archived');
    const before = await writes();
    for (const input of [ndjson([{ application: a.email, stage: 'Hired' }]), ndjson([{ application: b.email, stage: 'Onsite' }])]) {
      const r = await cli(['app', 'stage', '--from', '-'], input);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/needs --yes without a terminal/);
      expect(r.stdout).toBe('');
    }
    expect((await writes()) - before).toBe(0);
    const ok = await cli(['app', 'stage', '--from', '-', '--yes'], ndjson([{ application: a.email, stage: 'Hired' }]));
    expect(ok.code, ok.stderr).toBe(0);
    expect((await application(s.h, a.applicationId)).status).toBe('Hired');
  });
});

describe('the uploads: the same candidate twice', () => {
  it('upload-resume: two resumes for one candidate (one would replace the other, in no set order) are refused', async () => {
    const a = await applicant(s.h);
    const [one, two] = [file('resume-one.txt', 'one\n'), file('resume-two.txt', 'two\n')];
    const before = await writes();
    refused(
      await cli(
        ['candidate', 'upload-resume', '--from', '-'],
        ndjson([
          { candidate: a.email, path: one },
          { candidate: a.candidateId, path: two },
        ]),
      ),
      { 2: /the same candidate as row 1/ },
    );
    expect((await writes()) - before).toBe(0);
  });

  it('upload-file: the same file for the same candidate twice is refused', async () => {
    const a = await applicant(s.h);
    const one = file('attach-one.txt', 'one\n');
    refused(
      await cli(
        ['candidate', 'upload-file', '--from', '-'],
        ndjson([
          { candidate: a.email, path: one },
          { candidate: a.candidateId, path: join(dir, '.', 'attach-one.txt') },
        ]),
      ),
      { 2: /the same candidate and file as row 1/ },
    );
  });
});

describe('--resume with a record added since', () => {
  it('refuses a new row acting on an application an earlier run already applied; nothing is sent', async () => {
    const a = await applicant(s.h);
    const b = await applicant(s.h);
    const journal = join(dir, `resume-target-${a.applicationId}.journal`);
    const first = await cli(['app', 'stage', '--from', '-', '--stage', 'Onsite', '--journal', journal], ndjson([{ application: a.applicationId }]));
    expect(first.code, first.stderr).toBe(0);
    // The same application again, now by its candidate's email, beside a new one: the new row for `a`
    // would move it a second time.
    const before = await writes();
    const again = await cli(
      ['app', 'stage', '--from', '-', '--stage', 'Onsite', '--journal', journal, '--resume'],
      ndjson([{ application: a.applicationId }, { application: a.email }, { application: b.email }]),
    );
    refused(again, { 2: /the same application as row 1 of the journal, which an earlier run applied or may have/ });
    expect(await writes()).toBe(before);
    // Without that row the batch carries on: row 1 comes from the journal, row 2 is sent.
    const fine = await cli(
      ['app', 'stage', '--from', '-', '--stage', 'Onsite', '--journal', journal, '--resume'],
      ndjson([{ application: a.applicationId }, { application: b.email }]),
    );
    expect(fine.code, fine.stderr).toBe(0);
    expect(await writes()).toBe(before + 1);
  });
});
