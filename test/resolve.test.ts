// Name resolution and its cache, seen from the CLI: what is looked up, what is cached where, when
// the cache is refreshed, and how ambiguity and misses end.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, application, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

const cli = s.cli;

async function counting<T>(fn: () => Promise<T>): Promise<{ result: T; calls: (ep: string) => number }> {
  const before = await stats(s.h);
  const result = await fn();
  const after = await stats(s.h);
  return { result, calls: (ep) => (after.requests.byEndpoint[ep] ?? 0) - (before.requests.byEndpoint[ep] ?? 0) };
}

describe('name cache', () => {
  it('stores looked-up names per profile and reuses them on the next run', async () => {
    const dir = tempConfigDir();
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const first = await counting(() => cli(['app', 'archive', a.email, '--reason', 'Position closed', '--yes'], { ASHBY_CONFIG_DIR: dir }));
    expect(first.result.code, first.result.stderr).toBe(0);
    expect(first.calls('archiveReason.list')).toBe(1);
    const file = join(dir, 'cache', 'default', 'archiveReason.json');
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    expect(cached.origin).toBe(s.h.url);
    expect(cached.items.map((e: { name: string }) => e.name)).toContain('Position closed');
    expect(JSON.stringify(cached)).not.toContain(s.h.apiKey);

    const second = await counting(() => cli(['app', 'archive', b.email, '--reason', 'Position closed', '--yes'], { ASHBY_CONFIG_DIR: dir }));
    expect(second.result.code, second.result.stderr).toBe(0);
    expect(second.calls('archiveReason.list')).toBe(0);
    expect(second.calls('interviewStage.list')).toBe(0); // the plan's stages were cached too
    expect((await application(s.h, b.applicationId)).archiveReason.text).toBe('Position closed');
  });

  it('never caches candidates', async () => {
    const dir = tempConfigDir();
    const a = await applicant(s.h);
    expect((await cli(['app', 'stage', a.email, '--stage', 'Onsite'], { ASHBY_CONFIG_DIR: dir })).code).toBe(0);
    const files = ['stage', 'candidate', 'application'].map((k) => join(dir, 'cache', 'default', `${k}.json`));
    expect(existsSync(files[0])).toBe(true);
    expect(existsSync(files[1]) || existsSync(files[2])).toBe(false);
    expect(readFileSync(files[0], 'utf8')).not.toContain(a.email);
  });

  it('--refresh-cache lists again; a name missing from a fresh cache triggers one refresh', async () => {
    const dir = tempConfigDir();
    const env = { ASHBY_CONFIG_DIR: dir };
    expect((await cli(['candidate', 'add', '--name', 'Cache Probe One', '--tag', 'Open source'], env)).code).toBe(0);
    const refreshed = await counting(() => cli(['candidate', 'add', '--name', 'Cache Probe Two', '--tag', 'Open source', '--refresh-cache'], env));
    expect(refreshed.result.code, refreshed.result.stderr).toBe(0);
    expect(refreshed.calls('candidateTag.list')).toBeGreaterThan(0);

    const title = `Fresh tag ${Date.now()}`;
    await apiOk(s.h, 'candidateTag.create', { title });
    const miss = await counting(() => cli(['candidate', 'add', '--name', 'Cache Probe Three', '--tag', title, '--json'], env));
    expect(miss.result.code, miss.result.stderr).toBe(0);
    expect(miss.calls('candidateTag.list')).toBeGreaterThan(0);
    expect(JSON.parse(miss.result.stdout).candidate.tags.map((t: { title: string }) => t.title)).toContain(title);
  });

  it('ignores a cache read from another organisation (base URL)', async () => {
    const dir = tempConfigDir();
    const a = await applicant(s.h);
    expect((await cli(['app', 'archive', a.email, '--reason', 'Position closed', '--yes'], { ASHBY_CONFIG_DIR: dir })).code).toBe(0);
    const file = join(dir, 'cache', 'default', 'archiveReason.json');
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...cached, origin: 'https://api.elsewhere.example', items: [{ id: 'x', name: 'Elsewhere only' }] }));
    const b = await applicant(s.h);
    const run = await counting(() => cli(['app', 'archive', b.email, '--reason', 'Elsewhere only', '--yes'], { ASHBY_CONFIG_DIR: dir }));
    expect(run.result.code).toBe(3);
    expect(run.calls('archiveReason.list')).toBe(1);
  });

  it('ASHBY_CACHE_TTL=0 turns the cache off', async () => {
    const dir = tempConfigDir();
    const a = await applicant(s.h);
    expect((await cli(['app', 'stage', a.email, '--stage', 'Onsite'], { ASHBY_CONFIG_DIR: dir, ASHBY_CACHE_TTL: '0' })).code).toBe(0);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});

describe('names that do not identify one thing', () => {
  it('an ambiguous candidate name exits 2 listing each match with its id; nothing is changed', async () => {
    const name = `Twin ${Date.now()}`;
    const [a, b] = [await applicant(s.h, ['Staff Engineer'], name), await applicant(s.h, ['Staff Engineer'], name)];
    const r = await cli(['app', 'stage', name, '--stage', 'Onsite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${name}" matches 2 candidates`);
    expect(r.stderr).toContain(a.candidateId);
    expect(r.stderr).toContain(b.candidateId);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).not.toBe('Onsite');
  });

  it('on a terminal the ambiguity opens a picker', async () => {
    const name = `Triplet ${Date.now()}`;
    const [a, b] = [await applicant(s.h, ['Staff Engineer'], name), await applicant(s.h, ['Staff Engineer'], name)];
    const r = await cli(['app', 'stage', name, '--stage', 'Onsite'], { ASHBY_PROMPT_ANSWERS: JSON.stringify([b.candidateId]) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('matches 2 candidates; which one?');
    expect((await application(s.h, b.applicationId)).currentInterviewStage.title).toBe('Onsite');
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).not.toBe('Onsite');
  });

  it('no match exits 3 naming what was looked up', async () => {
    const r = await cli(['app', 'stage', 'no-such-person@example.com', '--stage', 'Onsite']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no candidate matches "no-such-person@example.com"');
    const job = await cli(['app', 'transfer', (await applicant(s.h)).email, '--job', 'Astronaut']);
    expect(job.code).toBe(3);
    expect(job.stderr).toContain('no job matches "Astronaut"');
  });

  it('an id of the candidate works where an application id is expected; an unknown id exits 3', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'stage', a.candidateId, '--stage', 'Onsite']);
    expect(r.code, r.stderr).toBe(0);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe('Onsite');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const miss = await cli(['app', 'stage', unknown, '--stage', 'Onsite']);
    expect(miss.code).toBe(3);
    expect(miss.stderr).toContain(`no application or candidate has the id ${unknown}`);
  });

  it('a partial name that fits one thing is used, and the choice is said', async () => {
    const a = await applicant(s.h);
    const r = await cli(['app', 'transfer', a.email, '--job', 'backend']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('using job "Senior Backend Engineer" for "backend"');
    expect((await application(s.h, a.applicationId)).job.title).toBe('Senior Backend Engineer');
  });
});
