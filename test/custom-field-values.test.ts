// Custom field values as people type them: `custom-field set-value --object-id "Ada …" --field-id
// "Work preference" --field-value Remote`, the field found by title for the --object-type given and
// the text read by the field's type, in single commands and in --from batches; text that cannot be
// a value of the field is exit 2 with nothing sent. The MCP server's tools read them the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchRows, json, runCli, tempConfigDir, type RunResult } from './helpers/cli.js';
import { ok as envelope, type Rec } from './helpers/api.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { callJson, startMcp } from './helpers/mcp.js';

let sb: TestSandbox;
let env: Record<string, string>;
let ada: Rec;
let fields: Rec[];

beforeAll(async () => {
  sb = await startSandbox({ candidates: 30 });
  env = { ...sb.env, ASHBY_CONFIG_DIR: tempConfigDir() };
  ada = (await ok(sb, 'candidate.search', { name: 'Ada Ritchie' }))[0];
  fields = await ok(sb, 'customField.list');
}, 60_000);
afterAll(() => sb.close());

/** An endpoint's results, straight from the sandbox API. */
const ok = async (_sb: TestSandbox, endpoint: string, body: Rec = {}): Promise<any> => (await envelope(_sb, endpoint, body)).results;
const cli = (args: string[], input?: string): Promise<RunResult> => runCli(args, { env, input, timeoutMs: 30_000 });
const field = (title: string) => fields.find((f) => f.title === title)!;
/** The value Ada's record holds for a field, as Ashby gives it back. */
async function heldBy(title: string): Promise<unknown> {
  const c = await ok(sb, 'candidate.info', { id: ada.id });
  return (c.customFields as Rec[]).find((f) => f.id === field(title).id)?.value;
}
const sent = async () => (await stats(sb)).requests.byEndpoint['customField.setValue'] ?? 0;
const setOnAda = (title: string, value: string, extra: string[] = []) =>
  cli([
    'custom-field',
    'set-value',
    '--object-type',
    'Candidate',
    '--object-id',
    'Ada Ritchie',
    '--field-id',
    title,
    '--field-value',
    value,
    '-o',
    'json',
    ...extra,
  ]);

describe('custom-field set-value: a field by title, a value as typed', { timeout: 60_000 }, () => {
  it("reads each type's text: an option's label, yes, an amount with its currency, a number, a list", async () => {
    const languages = (field('Languages').selectableValues as Rec[]).slice(0, 2);
    const cases: Array<[string, string, unknown]> = [
      ['Work preference', 'hybrid', 'hybrid'],
      ['Work preference', 'On site', 'on_site'],
      ['Visa sponsorship needed', 'yes', true],
      ['Expected salary', '120,000 eur', { value: 120000, currencyCode: 'EUR' }],
      ['Notice period (weeks)', '4', 4],
      ['Notice period (weeks)', '2.5', 2.5], // unlike an offer form's, a custom number may have decimals
      ['Languages', languages.map((o) => o.label).join(', '), languages.map((o) => o.value)],
      ['Earliest start date', '2027-01-15', '2027-01-15T00:00:00.000Z'],
    ];
    for (const [title, typed, stored] of cases) {
      const r = await setOnAda(title, typed);
      expect(r.code, `${title} = ${typed}: ${r.stderr}`).toBe(0);
      expect(await heldBy(title), `${title} = ${typed}`).toEqual(stored);
    }
  });

  it('a part of a title is not enough: exit 2 listing the fields it is part of, nothing sent', async () => {
    // "x" is in one title only (Expected salary), but a value is written only to the field named whole.
    const before = await sent();
    const r = await setOnAda('x', '120000 EUR');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('"x" (--field-id) is not the full name of a custom field; it partly matches:');
    expect(r.stderr).toContain('Expected salary');
    expect(await sent()).toBe(before);
    // The whole title, in any case, is.
    expect((await setOnAda('expected SALARY', '120000 EUR')).code).toBe(0);
  });

  it('a number typed for a text field is that text', async () => {
    const job = (await ok(sb, 'job.list'))[0];
    const r = await cli([
      'custom-field',
      'set-value',
      '--object-type',
      'Job',
      '--object-id',
      job.title,
      '--field-id',
      'Cost center',
      '--field-value',
      '4711',
      '-o',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const after = await ok(sb, 'job.info', { id: job.id });
    expect((after.customFields as Rec[]).find((f) => f.id === field('Cost center').id)?.value).toBe('4711');
  });

  it('a value the field cannot hold is exit 2 naming its options, with nothing sent', async () => {
    const before = await sent();
    const moon = await setOnAda('Work preference', 'Moon');
    expect(moon.code).toBe(2);
    expect(moon.stderr).toContain('"Moon" is not one of: Remote, Hybrid, On site, for the ValueSelect field "Work preference"');
    const four = await setOnAda('Notice period (weeks)', 'four');
    expect(four.code).toBe(2);
    expect(four.stderr).toContain('is not a number');
    const bare = await setOnAda('Expected salary', '120000');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('"120000" is not an amount with a currency (e.g. 150000 USD)');
    const maybe = await setOnAda('Visa sponsorship needed', 'maybe');
    expect(maybe.code).toBe(2);
    expect(await sent()).toBe(before);
  });

  it('--no-validate sends the text as typed, and Ashby decides', async () => {
    const before = await sent();
    const r = await setOnAda('Work preference', 'Moon', ['--no-validate']);
    expect(r.code).toBe(5);
    expect(await sent()).toBe(before + 1);
  });

  it("the title is looked up among the fields of the --object-type's records", async () => {
    const job = (await ok(sb, 'job.list'))[0];
    const r = await cli([
      'custom-field',
      'set-value',
      '--object-type',
      'Job',
      '--object-id',
      job.id,
      '--field-id',
      'Work preference',
      '--field-value',
      'Remote',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no custom field matches "Work preference"');
  });

  it('set-values: titles and typed values in --values', async () => {
    const r = await cli([
      'custom-field',
      'set-values',
      '--object-type',
      'Candidate',
      '--object-id',
      ada.id,
      '--values',
      JSON.stringify([
        { fieldId: 'Work preference', fieldValue: 'Remote' },
        { fieldId: 'Visa sponsorship needed', fieldValue: 'no' },
      ]),
      '-o',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(await heldBy('Work preference')).toBe('remote');
    expect(await heldBy('Visa sponsorship needed')).toBe(false);
    const bad = await cli([
      'custom-field',
      'set-values',
      '--object-type',
      'Candidate',
      '--object-id',
      ada.id,
      '--values',
      '{"fieldId":"Work preference","fieldValue":"Moon"}',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--values[0].fieldValue');
  });

  it('--from: a CSV of names, titles and typed values; a bad row stops the batch before anything is sent', async () => {
    const people = (await ok(sb, 'candidate.list', { limit: 3 })) as Rec[];
    const csv = ['objectId,fieldId,fieldValue', ...people.map((p, i) => `${p.id},Work preference,${['Remote', 'Hybrid', 'On site'][i]}`)].join('\n');
    const r = await cli(['custom-field', 'set-value', '--from', '-', '--object-type', 'Candidate', '-o', 'ndjson', '--yes'], csv);
    expect(r.code, r.stderr).toBe(0);
    expect(batchRows(r).every((x) => x.ok)).toBe(true);
    for (const [i, p] of people.entries()) {
      const c = await ok(sb, 'candidate.info', { id: p.id });
      expect((c.customFields as Rec[]).find((f) => f.id === field('Work preference').id)?.value).toBe(['remote', 'hybrid', 'on_site'][i]);
    }
    const before = await sent();
    const bad = await cli(
      ['custom-field', 'set-value', '--from', '-', '--object-type', 'Candidate', '-o', 'ndjson', '--yes'],
      `${csv}\n${people[0].id},Work preference,Moon\n`,
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('"Moon" is not one of: Remote, Hybrid, On site');
    expect(await sent()).toBe(before);
  });

  it('a dry run shows the value as it would be sent (the field list already cached above)', async () => {
    const r = await cli([
      'custom-field',
      'set-value',
      '--object-type',
      'Candidate',
      '--object-id',
      ada.id,
      '--field-id',
      'Languages',
      '--field-value',
      (field('Languages').selectableValues as Rec[])[0].label,
      '--dry-run',
      '-o',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(json<Rec>(r).body).toEqual({
      objectType: 'Candidate',
      objectId: ada.id,
      fieldId: field('Languages').id,
      fieldValue: [(field('Languages').selectableValues as Rec[])[0].value],
    });
  });
});

describe('the MCP tools read custom field values as the CLI does', { timeout: 60_000 }, () => {
  it('customField_setValue takes a title and "Hybrid"; a value the field cannot hold is an error naming the options, nothing sent', async () => {
    const m = await startMcp(['mcp'], tempConfigDir(), sb.env);
    try {
      const set = await callJson(m, 'customField_setValue', { objectType: 'Candidate', objectId: ada.id, fieldId: 'Work preference', fieldValue: 'Hybrid' });
      expect(set.isError, JSON.stringify(set.body)).toBe(false);
      expect(await heldBy('Work preference')).toBe('hybrid');
      const before = await sent();
      const moon = await callJson(m, 'customField_setValue', { objectType: 'Candidate', objectId: ada.id, fieldId: 'Work preference', fieldValue: 'Moon' });
      expect(moon.isError).toBe(true);
      expect(moon.body.error.message).toContain('fieldValue: "Moon" is not one of: Remote, Hybrid, On site');
      expect(await sent()).toBe(before);
      const part = await callJson(m, 'customField_setValue', { objectType: 'Candidate', objectId: ada.id, fieldId: 'x', fieldValue: '1 EUR' });
      expect(part.isError).toBe(true);
      expect(part.body.error.message).toContain('is not the full name of a custom field');
      expect(await sent()).toBe(before);
    } finally {
      await m.close();
    }
  });
});
