// Commands, aliases, flags, enum values, files and --fields names, through each shell's own
// completion machinery with the checked-in scripts. Expectations come from `ashby commands --json`
// and the catalog, so the tests follow the command tree rather than a copy of it.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandEntry } from '../../src/commands/catalog/commands.js';
import { json, runCli } from '../helpers/cli.js';
import { complete, SHELLS, values, type Offer } from './completion-harness.js';

let tree: CommandEntry[];
let groups: Array<{ name: string; aliases: string[]; summary: string }>;

beforeAll(async () => {
  tree = json<CommandEntry[]>(await runCli(['commands', '--json']));
  groups = json(await runCli(['commands', '--groups', '--json']));
});

const sorted = (xs: string[]) => [...new Set(xs)].sort();
const described = (offers: Offer[], value: string) => offers.find((o) => o.value === value)?.description;
const leaf = (path: string) => tree.find((e) => e.path === path)!;

/** Top-level fields of an endpoint's records, read straight from the catalog file. */
function recordFields(endpoint: string): string[] {
  const [resource] = endpoint.split('.');
  const file = JSON.parse(readFileSync(join(__dirname, '../../src/catalog/generated/responses', `${resource}.json`), 'utf8'));
  const ep = file.responses[endpoint];
  const ok = ep.response.oneOf.find((b: any) => b.properties?.success);
  const results = ok.properties.results;
  return Object.keys((results.items ?? results).properties);
}

describe.each(SHELLS)('%s completion', (shell) => {
  it('offers every visible command group with its aliases, and not the hidden engine', async () => {
    const offers = await complete(shell, 'ashby ');
    expect(sorted(values(offers))).toEqual(sorted(groups.flatMap((g) => [g.name, ...g.aliases])));
    expect(values(offers)).not.toContain('__complete');
  });

  it('completes a group by prefix, aliases included', async () => {
    const offers = await complete(shell, 'ashby cand');
    const want = groups.flatMap((g) => [g.name, ...g.aliases]).filter((w) => w.startsWith('cand'));
    expect(sorted(values(offers))).toEqual(sorted(want));
    if (shell !== 'bash') expect(described(offers, 'cand')).toBe(groups.find((g) => g.name === 'candidate')!.summary);
  });

  it('offers the actions of a group, through an alias too', async () => {
    const want = sorted(tree.filter((e) => e.path.startsWith('application ')).flatMap((e) => [e.path.split(' ')[1], ...e.aliases]));
    expect(sorted(values(await complete(shell, 'ashby application ')))).toEqual(want);
    expect(sorted(values(await complete(shell, 'ashby app ')))).toEqual(want);
  });

  it("offers a command's flags with their descriptions, and the global ones", async () => {
    const own = leaf('application stage').options;
    const offers = await complete(shell, 'ashby app stage --');
    for (const o of own) {
      expect(values(offers)).toContain(o.long);
      if (shell !== 'bash' && o.description) expect(described(offers, o.long!)).toBe(o.description);
    }
    expect(values(offers)).toEqual(expect.arrayContaining(['--output', '--fields', '--profile', '--sandbox', '--help']));
    expect(values(await complete(shell, 'ashby app stage --st'))).toEqual(['--stage']);
  });

  it('offers the enum values of a flag', async () => {
    const entry = tree.find((e) => e.path === 'application list')!;
    const status = entry.options.find((o) => o.choices?.length)!;
    expect(sorted(values(await complete(shell, `ashby application list ${status.long} `)))).toEqual(sorted(status.choices!));
    expect(sorted(values(await complete(shell, `ashby app ls ${status.long} `)))).toEqual(sorted(status.choices!));
  });

  it('offers output formats and other global choices anywhere on the line', async () => {
    expect(sorted(values(await complete(shell, 'ashby -o ')))).toEqual(sorted(['table', 'json', 'ndjson', 'csv', 'yaml']));
    expect(values(await complete(shell, 'ashby job list --output nd'))).toEqual(['ndjson']);
    expect(sorted(values(await complete(shell, 'ashby job list --color ')))).toEqual(['always', 'auto', 'never']);
  });

  it('offers the shells to `ashby completion`', async () => {
    expect(sorted(values(await complete(shell, 'ashby completion ')))).toEqual(['bash', 'fish', 'zsh']);
  });

  it('offers file paths where a flag takes a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-completion-files-'));
    writeFileSync(join(dir, 'body.json'), '{}');
    writeFileSync(join(dir, 'other.txt'), '');
    mkdirSync(join(dir, 'bodies'));
    const offered = values(await complete(shell, 'ashby api candidate.search --input bod', undefined, dir));
    expect(offered.map((v) => v.replace(/\/$/, ''))).toEqual(expect.arrayContaining(['body.json', 'bodies']));
    expect(offered).not.toContain('other.txt');
  });

  it("offers --fields names from the catalog's response schema, one level at a time", async () => {
    const top = recordFields('candidate.info');
    expect(sorted(values(await complete(shell, 'ashby candidate info --fields ')))).toEqual(sorted(top));
    const nested = values(await complete(shell, 'ashby candidate info --fields id,primaryEmailAddress.'));
    expect(nested).toEqual(expect.arrayContaining(['id,primaryEmailAddress.value', 'id,primaryEmailAddress.type']));
    expect(nested.every((v) => v.startsWith('id,primaryEmailAddress.'))).toBe(true);
  });

  it('completes values after --flag=', async () => {
    const got = values(await complete(shell, 'ashby job list --output=ya'));
    // bash replaces only the text after '=' (a COMP_WORDBREAKS character); zsh and fish the word
    expect(got).toEqual([shell === 'bash' ? 'yaml' : '--output=yaml']);
  });

  it('offers no flags after --', async () => {
    expect(values(await complete(shell, 'ashby app stage -- -'))).toEqual([]);
  });
});
