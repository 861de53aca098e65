// The words of generated flags (src/catalog/params.ts): every flag of every generated command says
// what it means in our own words before its facts, none of those words are the spec's, no entry is
// left unused when the spec changes, and `--help` shows them. Runs the built CLI for what users see.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARAM_HELP, PARAM_HELP_BY_ENDPOINT } from '../src/catalog/params.js';
import type { EndpointSpec, ResourceFile } from '../src/catalog/types.js';
import { flagDefs, helpKey, paramWords, type FlagDef } from '../src/commands/endpoint/flags.js';
import { json, runBin, runCli } from './helpers/cli.js';

interface Entry {
  path: string;
  kind: string;
  endpoint?: string;
  options: Array<{ long?: string; description: string }>;
  arguments?: unknown[];
}

const ROOT = resolve(import.meta.dirname, '..');
const RESOURCES = join(ROOT, 'src/catalog/generated/resources');
const endpoints: EndpointSpec[] = readdirSync(RESOURCES)
  .flatMap((f) => (JSON.parse(readFileSync(join(RESOURCES, f), 'utf8')) as ResourceFile).endpoints)
  .filter((ep) => !ep.partner);
const defsOf = new Map<string, FlagDef[]>(endpoints.map((ep) => [ep.id, flagDefs(ep)]));
const allDefs: FlagDef[] = [...defsOf.values()].flat();

const words = (d: FlagDef) => paramWords(d.endpoint, d.path);
const where = (d: FlagDef) => `${d.endpoint} --${d.flag}`;
const entries = () => [...Object.entries(PARAM_HELP), ...Object.entries(PARAM_HELP_BY_ENDPOINT)];

let generated: Entry[];
beforeAll(async () => {
  const r = await runCli(['commands', '--json']);
  expect(r.code, r.stderr).toBe(0);
  generated = json<Entry[]>(r).filter((e) => e.kind === 'generated');
}, 60_000);

describe('flag descriptions', () => {
  it('give every visible flag of every generated command words from the table, then its facts', () => {
    let checked = 0;
    for (const e of generated) {
      const defs = defsOf.get(e.endpoint!)!;
      expect(defs, e.path).toBeDefined();
      let shown = 0;
      for (const o of e.options) {
        const d = defs.find((x) => `--${x.flag}` === o.long);
        if (!d) continue; // --data, --input, --limit, --all, ...: not parameters, worded in resource.ts
        const w = words(d);
        expect(w, `${where(d)} has no words in src/catalog/params.ts`).toBeDefined();
        expect(o.description === w || o.description.startsWith(`${w}; `), `${where(d)}: "${o.description}"`).toBe(true);
        shown++;
      }
      // Every parameter is a visible flag, but the one the positional argument stands for.
      expect(defs.length - shown, e.path).toBeLessThanOrEqual(1);
      checked += shown;
    }
    expect(checked).toBeGreaterThan(350);
  });

  it('have words for every flag, hidden ones (taken as the positional argument) included', () => {
    const missing = allDefs.filter((d) => words(d) === undefined).map(where);
    expect(missing).toEqual([]);
  });

  it('keeps every entry short, lower-case at the start and without a full stop', () => {
    // "; " separates the words from the facts, so the words have no semicolon of their own.
    const bad = entries().filter(([, text]) => text.length > 60 || !/^[^A-Z\s]/.test(text) || /[.\s]$/.test(text) || text.includes(';'));
    expect(bad).toEqual([]);
  });

  it('has no stale keys: every entry is the one some flag uses', () => {
    const used = new Set(allDefs.map((d) => helpKey(d.endpoint, d.path)));
    const stale = [...Object.keys(PARAM_HELP), ...Object.keys(PARAM_HELP_BY_ENDPOINT)].filter((k) => !used.has(k));
    expect(stale).toEqual([]);
    for (const k of Object.keys(PARAM_HELP_BY_ENDPOINT)) expect(k, 'endpoint:dotted.path').toMatch(/^[a-zA-Z]+\.[a-zA-Z]+:[\w.]+$/);
  });

  it("uses none of the spec's descriptions (skipped without ../shared/spec)", () => {
    const spec = resolve(ROOT, '../shared/spec/ashby-openapi.yml');
    if (!existsSync(spec)) return;
    const text = readFileSync(spec, 'utf8').toLowerCase().replace(/\s+/g, ' ');
    const copied = entries().filter(([, words]) => text.includes(words.toLowerCase()));
    expect(copied, 'these words are in the spec').toEqual([]);
  });
});

describe('flag help', () => {
  /** A command's help with commander's wrapped lines joined back. */
  const help = async (args: string[]) => {
    const r = await runCli([...args, '--help']);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.replace(/\n {10,}/g, ' ');
  };

  it('puts the words before the facts', async () => {
    const out = await help(['candidate', 'update']);
    expect(out).toMatch(/--source-id <id> +the source to credit \(see `ashby source list`\); an id or a name\n/);
    expect(out).toMatch(/--location\.city <text> +city where they live\n/);
    expect(out).toMatch(/--send-notifications +notify users who follow it; on unless --no-send-notifications\n/);
  });

  it('says what a filter matches', async () => {
    expect(await help(['job-posting', 'list'])).toMatch(/--location <text> +only postings at this location \(exact name\)\n/);
  });

  it('keeps "required" and the choices commander appends', async () => {
    expect(await help(['candidate', 'create'])).toMatch(/--name <text> +their full name; required\n/);
    expect(await help(['job', 'list'])).toMatch(/--status <value> +only jobs in these states; repeatable \(choices: "Draft", "Open", "Closed", "Archived"\)\n/);
  });

  it('words a name by its endpoint where it means something else', async () => {
    expect(await help(['job', 'search'])).toMatch(/--title <text> +find by job title\n/);
    expect(await help(['interviewer-pool', 'create'])).toMatch(/--title <text> +the pool's name; required\n/);
  });
});

describe('positional arguments', () => {
  /** A help page's section (Arguments:, Options:) with commander's wrapped lines joined back. */
  const section = (page: string, title: string) => {
    const m = new RegExp(`\\n${title}:\\n([\\s\\S]*?)\\n\\n`).exec(page);
    return (m?.[1] ?? '').replace(/\n {10,}/g, ' ');
  };

  it('say what they take in their own words, pointing to no flag the page hides', async () => {
    const withArgs = generated.filter((e) => e.arguments?.length);
    expect(withArgs.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const e of withArgs) {
      const r = await runCli([...e.path.split(' '), '--help']);
      expect(r.code, r.stderr).toBe(0);
      const args = section(r.stdout, 'Arguments');
      const shown = new Set([...section(r.stdout, 'Options').matchAll(/^ {2}(?:-\w, )?(--[\w.-]+)/gm)].map((m) => m[1]));
      for (const [flag] of args.matchAll(/--[\w.-]+/g)) if (!shown.has(flag)) bad.push(`${e.path}: ${args.trim()}`);
      if (!args.trim()) bad.push(`${e.path}: no Arguments section`);
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('name what the argument is and what it takes, through the binary', async () => {
    const r = await runBin(['application', 'change-stage', '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(section(r.stdout, 'Arguments')).toMatch(
      /application-id +the application \(see `ashby application list`\); required; an id, the candidate's name or email, or an Ashby link/,
    );
    const info = section((await runCli(['offer', 'info', '--help'])).stdout, 'Arguments');
    expect(info).toMatch(/offer-id +the offer \(see `ashby offer list`\); required; an id$/);
  });
});
