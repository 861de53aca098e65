// Adversarial checks of the hand-made batches (offer create|cancel|set-status, feedback submit,
// interview schedule, candidate add): what a batch must refuse before its first write, and how a
// record that was applied in part is reported.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempConfigDir, type RunResult } from './helpers/cli.js';
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

function rows(r: RunResult): any[] {
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

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
    // Rows 2 and 3 name it alike (the first is kept); row 4 by id, found in its own time.
    expect(r.stderr).toMatch(/another record of this batch also creates an offer for Testy .* Staff Engineer/);
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
    expect(r.stderr).toContain(`row 2: another record of this batch also withdraws the offer ${a.offerId}`);
    expect(await writes()).toBe(before);
    expect((await apiOk(s.h, 'offer.info', { offerId: a.offerId })).offerStatus).not.toBe('OfferCancelled');
  });

  it('offer set-status: two decisions for one offer stop the batch, rather than the faster one winning', async () => {
    const a = await withOffer();
    const input = `offer-id,status\n${a.offerId},accepted\n${a.offerId},declined\n`;
    const before = await writes();
    const r = await s.cli(['offer', 'set-status', '--from', file('conflict.csv', input), '--yes']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`row 2 (line 3): another record of this batch also records a decision for the offer ${a.offerId}`);
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
      expect(r.code, r.stderr).toBe(8);
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
    expect(again.code, again.stderr).toBe(8);
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
      expect(bad.body.error.hint).toMatch(/stays open and creating the offer again for application \S+ continues it/);
      expect(JSON.stringify(bad.body.error)).not.toMatch(/--[a-z]/);
      const good = await callJson(m, 'create_offer', { application: a.email, answers: { ...answers, 'Start date': '2030-09-01' }, confirm: true });
      expect(good.isError, JSON.stringify(good.body)).toBe(false);
      expect(await offersOf(a.applicationId)).toHaveLength(1);
    } finally {
      await m.close();
    }
  });
});
