// The generated command tree: every callable endpoint reachable through exactly one generated
// command, unique paths, our own summaries, help that shows permission and examples, and a few
// endpoints' flags pinned.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, runCli } from './helpers/cli.js';
import { goldenCallable } from './helpers/golden.js';

interface Entry {
  path: string;
  aliases: string[];
  summary: string;
  kind: string;
  endpoint?: string;
  arguments: Array<{ name: string; required: boolean; live?: string }>;
  options: Array<{ long?: string; takesValue: boolean; choices?: string[]; file?: boolean; live?: string; description: string }>;
}

const ROOT = resolve(import.meta.dirname, '..');
const index = JSON.parse(readFileSync(join(ROOT, 'src/catalog/generated/index.json'), 'utf8')) as {
  endpoints: Array<{ id: string; partner: boolean; permission: string | null; paginated: boolean; sync: boolean }>;
};
const callable = index.endpoints.filter((e) => !e.partner);

let entries: Entry[];
let generated: Entry[];
beforeAll(async () => {
  const r = await runCli(['commands', '--json']);
  expect(r.code, r.stderr).toBe(0);
  entries = json<Entry[]>(r);
  generated = entries.filter((e) => e.kind === 'generated');
}, 60_000);

const byEndpoint = (id: string) => {
  const hits = generated.filter((e) => e.endpoint === id);
  expect(hits, id).toHaveLength(1);
  return hits[0];
};
const longs = (e: Entry) => e.options.map((o) => o.long);

describe('coverage invariants', () => {
  it('reaches each callable endpoint of the reviewed list through exactly one generated command', () => {
    expect(callable.map((e) => e.id)).toEqual(goldenCallable());
    const counts = new Map<string, number>();
    for (const e of generated) counts.set(e.endpoint!, (counts.get(e.endpoint!) ?? 0) + 1);
    for (const ep of callable) expect(counts.get(ep.id), ep.id).toBe(1);
    expect([...counts.keys()].sort()).toEqual(callable.map((e) => e.id).sort());
  });

  it('does not make the partner-implemented assessment endpoints commands', () => {
    for (const ep of index.endpoints.filter((e) => e.partner))
      expect(
        generated.some((e) => e.endpoint === ep.id),
        ep.id,
      ).toBe(false);
  });

  it('gives every command a unique path, and no alias shadows another command of its group', () => {
    const paths = entries.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    const names = new Map<string, string>();
    for (const e of entries) {
      const group = e.path.split(' ').slice(0, -1).join(' ');
      for (const n of [e.path.split(' ').pop()!, ...e.aliases]) {
        const key = `${group} ${n}`;
        expect(names.get(key), `${key} is taken by ${names.get(key)} and ${e.path}`).toBeUndefined();
        names.set(key, e.path);
      }
    }
  });

  it('names commands in kebab case after the endpoint', () => {
    expect(byEndpoint('candidate.addTag').path).toBe('candidate add-tag');
    expect(byEndpoint('application.changeStage').path).toBe('application change-stage');
    expect(byEndpoint('interviewStageGroup.list').path).toBe('interview-stage-group list');
    for (const e of generated) expect(e.path, e.endpoint).toMatch(/^[a-z][a-z-]* [a-z][a-z-]*$/);
  });

  it("summarises every endpoint in our own words, never the spec's", () => {
    for (const e of generated) {
      expect(e.summary, e.endpoint).not.toBe(e.endpoint);
      expect(e.summary.length, e.endpoint).toBeGreaterThan(10);
    }
    const spec = resolve(ROOT, '../shared/spec/ashby-openapi.yml');
    if (!existsSync(spec)) return;
    const text = readFileSync(spec, 'utf8').toLowerCase();
    for (const e of generated) expect(text.includes(e.summary.toLowerCase()), `${e.endpoint}: "${e.summary}" is in the spec`).toBe(false);
  });

  it('never gives a generated flag the name of a global flag', async () => {
    const r = await runCli(['--help']);
    // The option lines of the top-level help (its footer's examples use command flags too).
    const optionLines = r.stdout
      .split('\n')
      .filter((l) => /^ {2}(-\w, )?--/.test(l))
      .join('\n');
    const globals = new Set([...optionLines.matchAll(/--[a-z-]+/g)].map((m) => m[0]));
    expect(globals.has('--json')).toBe(true);
    for (const e of generated) {
      for (const l of longs(e)) if (l && !['--help'].includes(l)) expect(globals.has(l), `${e.path} ${l}`).toBe(false);
    }
  });

  it('offers list flags on paginated endpoints and sync flags where sync is supported', () => {
    for (const ep of callable) {
      const l = longs(byEndpoint(ep.id));
      expect(l.includes('--all'), ep.id).toBe(ep.paginated);
      expect(l.includes('--sync-state'), ep.id).toBe(ep.sync);
      expect(l, ep.id).toEqual(expect.arrayContaining(['--data', '--input']));
    }
  });
});

describe('spot checks', () => {
  it('candidate create', () => {
    const e = byEndpoint('candidate.create');
    expect(e.path).toBe('candidate create');
    expect(e.arguments).toEqual([]);
    expect(longs(e)).toEqual(
      expect.arrayContaining([
        '--name',
        '--email',
        '--phone-number',
        '--alternate-email-addresses',
        '--source-id',
        '--credited-to-user-id',
        '--location.city',
        '--location.region',
        '--location.country',
        '--created-at',
      ]),
    );
    expect(e.options.find((o) => o.long === '--name')!.description).toMatch(/required/);
    expect(e.options.find((o) => o.long === '--alternate-email-addresses')!.description).toMatch(/repeatable/);
    expect(e.options.find((o) => o.long === '--source-id')!.live).toBe('source');
    expect(e.options.find((o) => o.long === '--credited-to-user-id')!.live).toBe('user');
    expect(e.options.find((o) => o.long === '--input')!.file).toBe(true);
  });

  it('application change-stage', () => {
    const e = byEndpoint('application.changeStage');
    expect(e.arguments).toEqual([expect.objectContaining({ name: 'application-id', live: 'application' })]);
    expect(longs(e)).toEqual(
      expect.arrayContaining(['--interview-stage-id', '--archive-reason-id', '--archive-email.communication-template-id', '--archive-email.send-at']),
    );
    expect(longs(e)).not.toContain('--application-id'); // hidden: the positional argument stands for it
    expect(e.options.find((o) => o.long === '--interview-stage-id')!.live).toBe('stage');
    expect(e.options.find((o) => o.long === '--archive-reason-id')!.live).toBe('archiveReason');
  });

  it('job list', () => {
    const e = byEndpoint('job.list');
    expect(e.path).toBe('job list');
    expect(e.aliases).toContain('ls');
    const status = e.options.find((o) => o.long === '--status')!;
    expect(status.choices).toEqual(['Draft', 'Open', 'Closed', 'Archived']);
    expect(status.description).toMatch(/repeatable/);
    expect(longs(e)).toEqual(
      expect.arrayContaining(['--limit', '--all', '--cursor', '--sync-token', '--sync-state', '--created-after', '--opened-before', '--expand']),
    );
    expect(longs(e)).not.toContain('--sync-token-x');
    expect(e.options.find((o) => o.long === '--sync-state')!.file).toBe(true);
  });

  it('offer create (wherever a hand-made `offer create` leaves it)', () => {
    const e = byEndpoint('offer.create');
    expect(['offer create', 'offer create-raw']).toContain(e.path);
    expect(longs(e)).toEqual(expect.arrayContaining(['--offer-process-id', '--offer-form-id', '--offer-form.field-submissions', '--exclude-form-definition']));
    expect(e.arguments).toEqual([]);
  });

  it('candidate info takes the id as its argument and has friendlier aliases', () => {
    const e = byEndpoint('candidate.info');
    expect(e.arguments).toEqual([expect.objectContaining({ name: 'candidate-id', live: 'candidate' })]);
    expect(e.aliases).toEqual(expect.arrayContaining(['show']));
  });
});

describe('help', () => {
  it("shows a resource's commands with our summaries and examples", async () => {
    const r = await runCli(['candidate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/add-tag\|tag .*Label a candidate with a tag/);
    expect(r.stdout).toMatch(/Examples:\n {2}ashby candidate /);
  });

  it('shows the endpoint, the permission and an example for a command, and says when it cannot be undone', async () => {
    const r = await runCli(['candidate', 'anonymize', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: ashby candidate anonymize <candidate-id>');
    expect(r.stdout).toContain('Endpoint:   POST /candidate.anonymize');
    expect(r.stdout).toContain('Permission: candidatesWrite');
    expect(r.stdout).toMatch(/cannot be undone/);
    expect(r.stdout).toMatch(/--yes/);
    expect(r.stdout).toContain('ashby candidate anonymize <candidate-id>');
  });

  it('answers through resource aliases and verb aliases', async () => {
    const r = await runCli(['app', 'show', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Endpoint:   POST /application.info');
  });

  it('has examples for every resource', async () => {
    const resources = [...new Set(callable.map((e) => e.id.split('.')[0]))];
    const groups = [...new Set(generated.map((e) => e.path.split(' ')[0]))];
    expect(groups.length).toBe(resources.length);
    for (const g of groups) {
      const r = await runCli([g, '--help']);
      expect(r.stdout, g).toMatch(new RegExp(`Examples:\\n {2}ashby (${g}|\\S+) `));
    }
  }, 60_000);
});
