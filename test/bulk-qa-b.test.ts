// Adversarial checks of the hand-made batches (offer create|cancel|set-status, feedback submit,
// interview schedule, candidate add): what a batch must refuse before its first write, and how a
// record that was applied in part is reported.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchRows as rows, runBin, tempConfigDir, type RunResult } from './helpers/cli.js';
import { callJson, startMcp } from './helpers/mcp.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, failingProxy, offerCreate, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-qa-b-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const writes = async () => (await stats(s.h)).writes.total;
const offersOf = async (applicationId: string): Promise<any[]> => apiOk(s.h, 'offer.list', { applicationId });

const fields = ['--field', 'Base salary=150000 USD', '--field', 'Start date=2030-09-01', '--field', 'Employment type=Full time'];
async function withOffer() {
  const a = await applicant(s.h);
  const r = await s.cli(offerCreate(a.email, '--yes', '--json'));
  if (r.code !== 0) throw new Error(r.stderr);
  return { ...a, offerId: JSON.parse(r.stdout).id };
}

describe('two records of one batch for the same offer or application', () => {
  it('offer create: two rows for one application stop the batch (exit 2) before any offer process is started', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const input = [b.email, a.email, a.email, a.applicationId].map((x) => JSON.stringify({ application: x })).join('\n');
    const before = await writes();
    const r = await s.cli(['offer', 'create', '--from', '-', ...fields, '--yes'], {}, input);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    // Row 3 names it as row 2 does, row 4 by its id.
    expect(r.stderr).toMatch(/rows 3, 4: the same application as row 2 \(Testy .* Staff Engineer .*\): a batch takes each application once/);
    expect(await writes()).toBe(before);
    expect(await offersOf(a.applicationId)).toEqual([]);
    expect(await offersOf(b.applicationId)).toEqual([]);
  });

  it('offer cancel: two rows for one application stop the batch before anything is withdrawn', async () => {
    const a = await withOffer();
    const before = await writes();
    const r = await s.cli(['offer', 'cancel', '--from', '-', '--yes'], {}, `{"application":"${a.email}"}\n{"application":"${a.email}"}\n`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('1 record cannot be used; nothing was sent');
    expect(r.stderr).toMatch(/row 2: the same application as row 1 \(Testy .*\): a batch takes each application once/);
    expect(await writes()).toBe(before);
    expect((await apiOk(s.h, 'offer.info', { offerId: a.offerId })).offerStatus).not.toBe('OfferCancelled');
  });

  it('offer set-status: two decisions for one offer stop the batch, rather than the faster one winning', async () => {
    const a = await withOffer();
    const input = `offer-id,status\n${a.offerId},accepted\n${a.offerId},declined\n`;
    const before = await writes();
    const r = await s.cli(['offer', 'set-status', '--from', file('conflict.csv', input), '--yes']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`row 2 (line 3): the same offer as row 1 (offer ${a.offerId}: Declined, decided`);
    expect(r.stderr).toContain('a batch takes each offer once');
    expect(await writes()).toBe(before);
    expect((await apiOk(s.h, 'offer.info', { offerId: a.offerId })).acceptanceStatus).toBe('Created');
  });
});

describe('a record applied in part', () => {
  it('offer set-status: the decision recorded but not its date is partly applied (unknown), not failed, and --resume does not send it again', async () => {
    const a = await withOffer();
    const journal = join(dir, `decide-${a.offerId}.journal`);
    const input = file(`decide-${a.offerId}.csv`, `offer-id,status\n${a.offerId},accepted\n`);
    const refuse = { status: 400, body: { success: false, errors: ['invalid_input'], errorInfo: { code: 'invalid_input', message: 'refused by the test' } } };
    const proxy = await failingProxy(s.h, (ep) => ep === 'offer.setDecidedAt', refuse);
    try {
      const r = await s.cli(['offer', 'set-status', '--from', input, '--yes', '--journal', journal], proxy.env);
      expect(r.code, r.stderr).toBe(9);
      const [row] = rows(r);
      expect(row).toMatchObject({
        ok: false,
        outcome: 'unknown',
        exit: 9,
        error: { code: 'partially_applied' },
        result: { id: a.offerId, acceptanceStatus: 'Accepted' },
      });
    } finally {
      await proxy.close();
    }
    const before = await writes();
    const again = await s.cli(['offer', 'set-status', '--from', input, '--yes', '--journal', journal, '--resume']);
    expect(again.code, again.stderr).toBe(9);
    expect(rows(again)[0]).toMatchObject({ ok: false, outcome: 'unknown', resumed: true });
    expect(await writes()).toBe(before);
  });
});

describe('candidate add: an email as typed', () => {
  it('spaces around an email are not part of it: a taken one is found, a new one is stored without them', async () => {
    const t = randomUUID().slice(0, 8);
    const taken = `taken.${t}@example.com`;
    await apiOk(s.h, 'candidate.create', { name: `Taken ${t}`, email: taken });
    const before = await writes();
    const bad = await s.cli(['candidate', 'add', '--from', '-'], {}, JSON.stringify({ name: `Again ${t}`, email: ` ${taken.toUpperCase()} ` }));
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain(`row 1: a candidate with the email ${taken.toUpperCase()} already exists`);
    expect(await writes()).toBe(before);

    const r = await s.cli(['candidate', 'add', '--from', '-'], {}, JSON.stringify({ name: `New ${t}`, email: `  new.${t}@example.com\t` }));
    expect(r.code, r.stderr).toBe(0);
    expect(rows(r)[0].result.candidate.primaryEmailAddress.value).toBe(`new.${t}@example.com`);
  });
});

describe('MCP create_offer', () => {
  it("values that do not fit the form (not known before the offer process started) are told in the tool's terms, and calling again continues the process", async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const answers = { 'Base salary': '150000 USD', 'Start date': 'next week', 'Employment type': 'Full time' };
      const bad = await callJson(m, 'create_offer', { application: a.email, answers, confirm: true });
      expect(bad.isError).toBe(true);
      expect(bad.body.error.message).toMatch(/Start date: "next week" is not a date/);
      expect(bad.body.error.hint).toMatch(/stays open and the create_offer tool with \{"application":"[0-9a-f-]+"\} continues it/);
      expect(JSON.stringify(bad.body.error)).not.toMatch(/--[a-z]/);
      // A note for approvers without approve would be dropped: refused in the tool's terms, nothing sent.
      const before = (await stats(s.h)).requests.total;
      const note = await callJson(m, 'create_offer', { application: a.email, answers, note: 'Strong hire', confirm: true });
      expect(note.isError).toBe(true);
      expect(note.body.error.message).toBe(
        'note is for the approvers, and approve is not given: no approval process would start and the note would not be sent',
      );
      expect(JSON.stringify(note.body)).not.toMatch(/--[a-z]/);
      expect((await stats(s.h)).requests.total).toBe(before);
      const good = await callJson(m, 'create_offer', { application: a.email, answers: { ...answers, 'Start date': '2030-09-01' }, confirm: true });
      expect(good.isError, JSON.stringify(good.body)).toBe(false);
      expect(await offersOf(a.applicationId)).toHaveLength(1);
      // Again, with the offer made: the next steps are this server's tools, and what none of them
      // does is a command for the person at the terminal; no CLI flag.
      const again = await callJson(m, 'create_offer', { application: a.email, answers: { ...answers, 'Start date': '2030-09-01' }, confirm: true });
      expect(again.isError).toBe(true);
      expect(again.body.error.hint).toBe(
        `the application already has an offer in progress: the offer_list tool with {"applicationId":"${a.applicationId}"} shows it; change it with the offer_update tool, or withdraw it with \`ashby offer cancel ${a.applicationId}\` in a terminal`,
      );
      expect(JSON.stringify(again.body.error)).not.toMatch(/--[a-z]/);
    } finally {
      await m.close();
    }
  });

  it('offerProcess continues an open offer process by its id, as --offer-process does', async () => {
    const a = await applicant(s.h);
    const proc = (await apiOk(s.h, 'offerProcess.start', { applicationId: a.applicationId })) as { id: string };
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const answers = { 'Base salary': '150000 USD', 'Start date': '2030-09-01', 'Employment type': 'Full time' };
      // The id given is the one used: one that names no process is Ashby's not-found, nothing made.
      const wrong = await callJson(m, 'create_offer', { application: a.email, answers, offerProcess: randomUUID(), confirm: true });
      expect(wrong.isError).toBe(true);
      expect(JSON.stringify(wrong.body.error)).toMatch(/offer.?process/i);
      expect(await offersOf(a.applicationId)).toHaveLength(0);
      const r = await callJson(m, 'create_offer', { application: a.email, answers, offerProcess: proc.id, confirm: true });
      expect(r.isError, JSON.stringify(r.body)).toBe(false);
      expect(await offersOf(a.applicationId)).toHaveLength(1);
    } finally {
      await m.close();
    }
  });

  it('an offer made whose approval then fails: the hint is the tool that starts it, with the offer version', async () => {
    const a = await applicant(s.h);
    const refused = {
      status: 200,
      body: { success: false, errors: ['invalid_input'], errorInfo: { code: 'invalid_input', message: 'no approval process is set up' } },
    };
    const proxy = await failingProxy(s.h, (ep) => ep === 'offer.startApprovalProcess', refused);
    const m = await startMcp(['mcp'], tempConfigDir(), proxy.env);
    try {
      const answers = { 'Base salary': '150000 USD', 'Start date': '2030-09-01', 'Employment type': 'Full time' };
      const r = await callJson(m, 'create_offer', { application: a.email, answers, approve: true, confirm: true });
      expect(r.isError).toBe(true);
      const [offer] = await offersOf(a.applicationId);
      expect(r.body.error.hint).toBe(
        `the offer ${offer.id} was created; start its approval with the offer_startApprovalProcess tool with {"offerVersionId":"${offer.latestVersion.id}"}`,
      );
    } finally {
      await m.close();
      await proxy.close();
    }
  });
});

/**
 * A pass-through to the sandbox that forwards `holds`' requests but keeps their answers back until
 * `release()`; `held` resolves when the first one has reached the sandbox (its write is applied).
 */
async function holdingProxy(holds: (endpoint: string) => boolean) {
  let reached!: () => void;
  let open!: () => void;
  const held = new Promise<void>((r) => (reached = r));
  const gate = new Promise<void>((r) => (open = r));
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const endpoint = (req.url ?? '/').slice(1);
      const up = await fetch(`${s.h.url}/${endpoint}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: String(req.headers.authorization ?? '') },
        body: raw || '{}',
      });
      const text = await up.text();
      if (holds(endpoint)) {
        reached();
        await gate;
      }
      res.writeHead(up.status, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ASHBY_BASE_URL: url, ASHBY_API_KEY: s.h.apiKey },
    held,
    release: () => open(),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The CLI run through a holdingProxy, Ctrl-C sent once `holds`' write reached the sandbox and before its answer came back. */
async function interrupted(args: string[], holds: string): Promise<RunResult> {
  const proxy = await holdingProxy((ep) => ep === holds);
  try {
    return await runBin(args, {
      env: proxy.env,
      timeoutMs: 60_000,
      // Node handles the signal as soon as its loop is idle (it is waiting for this answer); the
      // delay only gives a loaded machine room, and asserts nothing about time.
      onSpawn: (child) =>
        void proxy.held.then(() => {
          child.kill('SIGINT');
          setTimeout(proxy.release, 1000);
        }),
    });
  } finally {
    proxy.release();
    await proxy.close();
  }
}

describe('Ctrl-C in the middle of a record of several steps', () => {
  it('candidate add: a candidate created before Ctrl-C, its tag not sent, is partly applied (unknown), and --resume does not create it again', async () => {
    const t = randomUUID().slice(0, 8);
    const tag = await apiOk(s.h, 'candidateTag.create', { title: `qa-b ${t}` });
    const input = file(`ctrlc-${t}.csv`, `name,tag\nCtrl ${t},${tag.title}\n`);
    const journal = join(dir, `ctrlc-${t}.journal`);
    const first = await interrupted(['candidate', 'add', '--from', input, '--journal', journal], 'candidate.create');
    expect(first.code, first.stderr).toBe(130);
    const [row] = rows(first);
    expect(row).toMatchObject({ ok: false, outcome: 'unknown', error: { code: 'partially_applied' } });
    const made = (await apiOk(s.h, 'candidate.search', { name: `Ctrl ${t}` })) as any[];
    expect(made).toHaveLength(1);
    expect(row.result.candidate.id).toBe(made[0].id);
    expect(row.result.steps).toEqual([
      { step: 'create candidate', ok: true },
      { step: `tag ${tag.title}`, ok: false, error: 'not sent: the batch was stopped' },
    ]);
    expect(made[0].tags ?? []).toEqual([]);

    const before = await writes();
    const again = await s.cli(['candidate', 'add', '--from', input, '--journal', journal, '--resume-batch']);
    expect(again.code, again.stderr).toBe(9);
    expect(rows(again)[0]).toMatchObject({ ok: false, outcome: 'unknown', resumed: true });
    expect(await writes()).toBe(before);
    expect(await apiOk(s.h, 'candidate.search', { name: `Ctrl ${t}` })).toHaveLength(1);
  });

  it('offer set-status: a decision recorded before Ctrl-C, its date not sent, is partly applied (unknown) with the offer', async () => {
    const a = await withOffer();
    const input = file(`ctrlc-${a.offerId}.csv`, `offer-id,status\n${a.offerId},accepted\n`);
    const r = await interrupted(['offer', 'set-status', '--from', input, '--yes'], 'offer.setStatus');
    expect(r.code, r.stderr).toBe(130);
    expect(rows(r)[0]).toMatchObject({
      ok: false,
      outcome: 'unknown',
      error: { code: 'partially_applied' },
      result: { id: a.offerId, acceptanceStatus: 'Accepted' },
    });
  });
});

describe('a name that is only part of one', () => {
  it('interview schedule --from: an interviewer found by part of a name is said on stderr before the batch runs, once', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string; firstName: string; lastName: string }>;
    const names = (u: (typeof users)[0]) => `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase();
    const who = users.find((u) => users.filter((x) => names(x).includes(u.lastName.toLowerCase())).length === 1)!;
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const rec = (email: string, hour: number) =>
      JSON.stringify({ application: email, interview: 'System design', interviewer: [who.lastName], start: `2030-08-0${hour}T10:00:00Z`, duration: 30 });
    const r = await s.cli(['interview', 'schedule', '--from', '-', '--yes'], {}, `${rec(a.email, 1)}\n${rec(b.email, 2)}\n`);
    expect(r.code, r.stderr).toBe(0);
    const said = `using user "${who.firstName} ${who.lastName}" for "${who.lastName}"`;
    expect(r.stderr.split(said)).toHaveLength(2);
    expect(r.stderr.indexOf(said)).toBeLessThan(r.stderr.indexOf('About to run'));
  });
});

describe('interview schedule --from: local times around a change of clocks', () => {
  it('a time the clocks skip, or one they show twice, stops the batch naming both readings; nothing is scheduled', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string }>;
    const a = await applicant(s.h);
    const rec = (start: string) => JSON.stringify({ application: a.email, interview: 'System design', interviewer: [users[1].email], start, duration: 30 });
    const input = [rec('2030-07-01 10:00'), rec('2030-03-10 02:30'), rec('2030-11-03 01:30')].join('\n');
    const before = await writes();
    const r = await s.cli(['interview', 'schedule', '--from', '-', '--yes'], { TZ: 'America/New_York' }, input);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('2 records cannot be used; nothing was sent');
    expect(r.stderr).toContain('row 2: --start "2030-03-10 02:30" does not exist in America/New_York: the clocks skip it');
    expect(r.stderr).toContain(
      'row 3: --start "2030-11-03 01:30" happens twice in America/New_York (the clocks go back): "2030-11-03T01:30-04:00" (2030-11-03 05:30 UTC) or "2030-11-03T01:30-05:00" (2030-11-03 06:30 UTC)',
    );
    expect(await writes()).toBe(before);

    // Said with its offset, the same time is one instant.
    const ok = await s.cli(['interview', 'schedule', '--from', '-', '--yes'], { TZ: 'America/New_York' }, rec('2030-11-03T01:30-05:00'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(rows(ok)[0].result.interviewEvents[0].startTime).toBe('2030-11-03T06:30:00.000Z');
  });
});

describe('offer create --note without --approve', () => {
  it('is bad input before anything is sent, alone and in a batch (the note would be dropped)', async () => {
    const a = await applicant(s.h);
    const before = await writes();
    const one = await s.cli(offerCreate(a.email, '--note', 'Strong hire', '--yes'));
    expect(one.code, one.stderr).toBe(2);
    expect(one.stderr).toContain('--note is for the approvers, and --approve is not given');
    const batch = await s.cli(['offer', 'create', '--from', '-', ...fields, '--yes'], {}, JSON.stringify({ application: a.email, note: 'Strong hire' }));
    expect(batch.code, batch.stderr).toBe(2);
    expect(batch.stderr).toContain('row 1: --note is for the approvers, and --approve is not given');
    expect(await writes()).toBe(before);
    expect(await offersOf(a.applicationId)).toEqual([]);
  });
});

describe('interview schedule --from: two records for one candidate at once', () => {
  it('are warned about before the confirmation, as an existing interview at that time is', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string }>;
    const a = await applicant(s.h);
    const rec = (start: string, interviewer: string) =>
      JSON.stringify({ application: a.email, interview: 'System design', interviewer: [interviewer], start, duration: 60 });
    const input = [rec('2030-09-01T10:00:00Z', users[1].email), rec('2030-09-01T10:30:00Z', users[2].email), rec('2030-09-02T10:00:00Z', users[1].email)].join(
      '\n',
    );
    const r = await s.cli(['interview', 'schedule', '--from', '-', '--yes'], {}, input);
    expect(r.code, r.stderr).toBe(0);
    const warned = r.stderr.split('\n').filter((l) => l.includes('this would double-book them'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(
      /^warning: Testy .* Example would have two interviews of this batch at once: "System design" at 2030-09-01 10:00 UTC and at 2030-09-01 10:30 UTC; this would double-book them$/,
    );
    expect(r.stderr.indexOf(warned[0])).toBeLessThan(r.stderr.indexOf('About to run'));
  });
});

describe('interview schedule --from: a time in the past', () => {
  it('is warned about naming the candidate, so the row can be found among many', async () => {
    const users = (await apiOk(s.h, 'user.list', {})) as Array<{ email: string }>;
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const rec = (email: string, start: string) =>
      JSON.stringify({ application: email, interview: 'System design', interviewer: [users[1].email], start, duration: 30 });
    const r = await s.cli(
      ['interview', 'schedule', '--from', '-', '--yes'],
      {},
      `${rec(a.email, '2030-09-01T10:00:00Z')}\n${rec(b.email, '2020-01-01T10:00:00Z')}\n`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: --start 2020-01-01 10:00 UTC is in the past: the interview for ${b.name} — Staff Engineer`);
  });
});
