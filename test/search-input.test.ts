// A search for nothing, through the CLI against the sandbox: the generated search commands and the
// hand-made lookups of a candidate refuse no term (or only blank ones) with exit 2 and say what to
// give, and nothing reaches the API; --no-validate and `ashby api` still send the request as given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: 20 });
}, 60_000);
afterAll(() => sb?.close());

const cli = (args: string[]) => runCli(args, { env: sb.env });
const sent = async () => (await stats(sb)).requests.total;

describe('a search with nothing to search for', () => {
  const refused: Array<[string[], RegExp]> = [
    [['candidate', 'search'], /give <name> \(or --name\) or --email/],
    [['candidate', 'search', ''], /give <name> \(or --name\) or --email/],
    [['candidate', 'find', '--name', '', '--email', '  '], /give <name> \(or --name\) or --email/],
    [['candidate', 'search', '--data', '{"name":" "}'], /give <name> \(or --name\) or --email/],
    [['job', 'search', '--title', ''], /give --title or --requisition-id/],
    [['project', 'search'], /give --title/],
    [['user', 'search', '--email', ' '], /give --email/],
    [['opening', 'search', '--identifier', ''], /give --identifier/],
  ];
  it.each(refused)('%j exits 2, says what to give with an example, and sends nothing', async (args, what) => {
    const before = await sent();
    const r = await cli([...args, '--json']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/nothing to search for/);
    expect(r.stderr).toMatch(what);
    expect(r.stderr).toMatch(new RegExp(`for example: ashby ${args[0]} search \\S`));
    expect(r.stdout).toBe('');
    expect(await sent()).toBe(before);
  });

  it('a term still searches, and an email given as <name> searches by email', async () => {
    const c = (await cli(['candidate', 'info', sb.world.col('candidate').idOf(2), '--json']).then(json)) as {
      name: string;
      primaryEmailAddress: { value: string };
    };
    const byName = await cli(['candidate', 'search', c.name, '--json']);
    expect(byName.code, byName.stderr).toBe(0);
    expect(json<Array<{ name: string }>>(byName).map((x) => x.name)).toContain(c.name);
    const byEmail = await cli(['candidate', 'search', c.primaryEmailAddress.value, '--json']);
    expect(byEmail.code, byEmail.stderr).toBe(0);
    expect(json<Array<{ name: string }>>(byEmail).map((x) => x.name)).toEqual([c.name]);
  });

  it('--no-validate and `ashby api` send the request as given (Ashby decides)', async () => {
    const searches = async () => (await stats(sb)).requests.byEndpoint['candidate.search'] ?? 0;
    const before = await searches();
    const raw = await cli(['candidate', 'search', '--no-validate']);
    expect(raw.code).toBe(5); // the sandbox, like Ashby, refuses it: but it was sent
    expect(raw.stderr).toMatch(/invalid_input/);
    const api = await cli(['api', 'candidate.search']);
    expect(api.code).toBe(5);
    expect(await searches()).toBe(before + 2);
  });
});

describe('a candidate or application given as blank text', () => {
  const refused: Array<[string[], RegExp]> = [
    [['candidate', 'view', '  '], /CANDIDATE: empty value/],
    [['candidate', 'info', ' '], /<candidate-id>: empty value/],
    [['candidate', 'add-tag', '--candidate-id', ' ', '--tag-id', 'Strong referral'], /--candidate-id: empty value/],
    [['app', 'info', ' '], /<application-id>: empty value/],
  ];
  it.each(refused)('%j exits 2 naming the empty value, and sends nothing', async (args, what) => {
    const before = await sent();
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(what);
    expect(r.stderr).toMatch(/hint: give the (candidate|application)'s/);
    expect(await sent()).toBe(before);
  });
});
