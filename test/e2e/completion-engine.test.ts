// `ashby __complete` itself: the wire format, the cache it reads (the one src/resolve writes), the
// background refresh, the budget, silence on every error, and a start-up that loads no CLI.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin, type RunResult } from '../helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from '../helpers/sandbox.js';
import { spawnSync } from 'node:child_process';

let h: TestSandbox;
/** Titles of the jobs offered (archived ones are not), and of every job (the cache keeps all). */
let titles: string[];
let allTitles: string[];

beforeAll(async () => {
  h = await startSandbox();
  const jobs = (await call(h, 'job.list')).body.results as Array<{ title: string; status: string }>;
  titles = jobs.filter((j) => j.status !== 'Archived').map((j) => j.title);
  allTitles = jobs.map((j) => j.title);
});

afterAll(async () => {
  await h?.close();
});

const configDir = () => mkdtempSync(join(tmpdir(), 'ashby-complete-engine-'));
const lines = (r: RunResult) => r.stdout.split('\n').filter(Boolean);
const valuesOf = (r: RunResult) => lines(r).map((l) => l.split('\t')[0]);

function complete(args: string[], config: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return runBin(['__complete', ...args], { env: { ...h.env, ASHBY_CONFIG_DIR: config, ASHBY_COMPLETE_BUDGET_MS: '60000', ...env } });
}

/** Waits for something a detached child does; the wait is for liveness, not a speed check. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

const cacheFile = (config: string, scope: string, kind: string) => join(config, 'cache', scope, `${kind}.json`);
const cachedNames = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).items as Array<{ name: string }>).map((e) => e.name) : []);

describe('ashby __complete', () => {
  it('answers one candidate a line, value<TAB>description, and nothing on stderr', async () => {
    const r = await complete(['fields:candidate.info', 'id,primaryEmailAddress.'], configDir());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines(r)).toContain('id,primaryEmailAddress.value\tstring');
    expect(lines(r).every((l) => /^id,primaryEmailAddress\.[A-Za-z]+\t\S/.test(l))).toBe(true);
  });

  it('fills the cache on the first TAB and serves the next from it without asking the API', async () => {
    const config = configDir();
    const first = await complete(['live:job:name', ''], config);
    expect(valuesOf(first).sort()).toEqual([...titles].sort());
    expect(cachedNames(cacheFile(config, 'default', 'job')).sort()).toEqual([...allTitles].sort());
    const before = (await stats(h)).requests.total;
    const again = await complete(['live:job:name', 'Sta'], config);
    expect(valuesOf(again)).toEqual(titles.filter((t) => t.startsWith('Sta')));
    expect((await stats(h)).requests.total).toBe(before);
  });

  it('serves a stale cache at once and refreshes it in the background', async () => {
    const config = configDir();
    const file = cacheFile(config, 'default', 'job');
    mkdirSync(join(config, 'cache', 'default'), { recursive: true });
    const old = new Date(Date.now() - 2 * 3600_000).toISOString();
    writeFileSync(file, JSON.stringify({ kind: 'job', origin: h.url, profile: 'default', fetchedAt: old, items: [{ id: 'j1', name: 'Stale Job' }] }));
    const r = await complete(['live:job:name', ''], config);
    expect(valuesOf(r)).toEqual(['Stale Job']);
    await eventually(() => cachedNames(file).includes(titles[0]), 'the background refresh rewrote the cache');
  });

  it('gives up at the budget, prints nothing, and lets the fetch finish in the background', async () => {
    const config = configDir();
    h.setLatency(1500);
    try {
      const r = await complete(['live:user:name', ''], config, { ASHBY_COMPLETE_BUDGET_MS: '0' });
      expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
      await eventually(() => cachedNames(cacheFile(config, 'default', 'user')).length > 0, 'the fetch finished and filled the cache');
    } finally {
      h.setLatency(0);
    }
  });

  it('answers a slow candidate search with the people found before, and keeps what a late search finds for the next TAB', async () => {
    const config = configDir();
    const tag = Math.random().toString(36).slice(2, 8);
    const email = `quill.${tag}@example.com`;
    const cand = (await call(h, 'candidate.create', { name: `Zelda ${tag} Quill`, email })).body.results;
    const jobs = (await call(h, 'job.list')).body.results as Array<{ id: string; status: string }>;
    const app = (await call(h, 'application.create', { candidateId: cand.id, jobId: jobs.find((j) => j.status === 'Open')!.id })).body.results;
    const people = cacheFile(config, 'default', 'people');
    h.setLatency(3000);
    try {
      // A cold cache and a search that comes too late: an answer all the same (empty: nothing is known yet).
      const cold = await complete(['live:candidate:name', `Zelda ${tag}`], config, { ASHBY_COMPLETE_BUDGET_MS: undefined });
      expect(cold).toMatchObject({ code: 0, stderr: '' });
      // The search finishes in the background and keeps the people it found.
      await eventually(() => cachedNames(people).includes(`Zelda ${tag} Quill`), 'the late search kept the people it found');
      // The next TAB, just as slow, offers them within the default budget: by email, and as applications.
      const next = await complete(['live:candidate:name', `Zelda ${tag}`], config, { ASHBY_COMPLETE_BUDGET_MS: undefined });
      expect(next).toMatchObject({ code: 0, stderr: '' });
      expect(lines(next)).toContain(`${email}\tZelda ${tag} Quill`);
      expect(valuesOf(await complete(['live:application:id', email.slice(0, 9)], config, { ASHBY_COMPLETE_BUDGET_MS: '0' }))).toContain(app.id);
      expect(valuesOf(await complete(['live:candidate:id', 'Z'], config, { ASHBY_COMPLETE_BUDGET_MS: '0' }))).toContain(cand.id);
    } finally {
      h.setLatency(0);
    }
    // In time, the search's own answer is offered, with the people found before.
    const fresh = await complete(['live:candidate:name', `Zelda ${tag}`], config);
    expect(valuesOf(fresh)).toEqual([email]);
  });

  it('offers the people it kept as it offers a live answer: no escape sequences, shell code kept as text', async () => {
    const config = configDir();
    const tag = Math.random().toString(36).slice(2, 8);
    const names = [`Zq${tag} \u001b]52;c;eA==\u0007 x`, `Zq${tag} $(touch pwned) \u001b[2J`];
    for (const [i, name] of names.entries()) await call(h, 'candidate.create', { name, email: `z${i}.${tag}@example.com` });
    const people = cacheFile(config, 'default', 'people');
    const kept = () => (existsSync(people) ? readFileSync(people, 'utf8') : '');
    h.setLatency(3000);
    try {
      // A late search keeps, in the background, the people it found ...
      await complete(['live:candidate:name', `Zq${tag}`], config, { ASHBY_COMPLETE_BUDGET_MS: undefined });
      await eventually(() => kept().includes(`z1.${tag}@example.com`), 'the late search kept the people it found');
      // ... and the next TAB offers them from the file through the same checks as a live answer.
      const r = await complete(['live:candidate:name', `Zq${tag}`], config, { ASHBY_COMPLETE_BUDGET_MS: '0' });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(valuesOf(r).sort()).toEqual([`z0.${tag}@example.com`, `z1.${tag}@example.com`]);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    } finally {
      h.setLatency(0);
    }
  });

  it('keeps no people with the cache turned off (ASHBY_CACHE_TTL=0)', async () => {
    const config = configDir();
    const r = await complete(['live:candidate:name', 'Ada'], config, { ASHBY_CACHE_TTL: '0' });
    expect(r.code).toBe(0);
    expect(valuesOf(r).length).toBeGreaterThan(0);
    expect(existsSync(cacheFile(config, 'default', 'people'))).toBe(false);
  });

  it('prints nothing at all when something is wrong', async () => {
    const config = configDir();
    const down = { ASHBY_BASE_URL: 'http://127.0.0.1:9', ASHBY_API_KEY: 'k' };
    for (const args of [
      ['live:job:name', ''],
      ['live:candidate:id', 'Ada'],
      ['live:stage:name', '', 'application=nobody@example.com'],
    ]) {
      expect(await complete(args, config, down)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    }
    mkdirSync(join(config, 'cache', 'default'), { recursive: true });
    writeFileSync(cacheFile(config, 'default', 'job'), '{ not json');
    expect(await complete(['live:job:name', ''], config, down)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    for (const args of [['nonsense'], [], ['live:'], ['fields:no.suchEndpoint', ''], ['live:nosuchkind:name', 'x']]) {
      expect(await complete(args, config)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('keeps a cache per profile, and offers the profiles', async () => {
    const config = configDir();
    const login = await runBin(['auth', 'login', '--profile', 'staging', '--with-token'], {
      input: `${h.apiKey}\n`,
      env: { ASHBY_CONFIG_DIR: config, ASHBY_BASE_URL: h.url },
    });
    expect(login.code).toBe(0);
    const profiles = await complete(['live:profile:name', 'st'], config);
    expect(valuesOf(profiles)).toEqual(['staging']);
    // No key or URL in the environment: the stored profile says where to go.
    const scoped = { ASHBY_BASE_URL: undefined, ASHBY_API_KEY: undefined };
    const r = await complete(['live:job:name', '', 'profile=staging'], config, scoped);
    expect(valuesOf(r).sort()).toEqual([...titles].sort());
    expect(cachedNames(cacheFile(config, 'staging', 'job')).sort()).toEqual([...allTitles].sort());
    const before = (await stats(h)).requests.total;
    expect(valuesOf(await complete(['live:job:name', '', 'profile=staging'], config, scoped)).length).toBe(titles.length);
    expect((await stats(h)).requests.total).toBe(before);
  });

  it("never shows the password of a profile's base URL beside its name", async () => {
    const config = configDir();
    const profiles = { proxied: { baseUrl: 'https://ci:s3cret-pw@proxy.example.test' } };
    writeFileSync(join(config, 'config.json'), JSON.stringify({ profiles, currentProfile: 'proxied' }));
    const r = await complete(['live:profile:name', ''], config);
    expect(lines(r)).toEqual(['proxied\thttps://ci:[REDACTED]@proxy.example.test']);
  });

  it('uses the offline sandbox for sandbox=1, with a cache of its own', async () => {
    const config = configDir();
    const r = await complete(['live:job:name', '', 'sandbox=1'], config, { ASHBY_BASE_URL: undefined, ASHBY_API_KEY: undefined });
    expect(r.code).toBe(0);
    expect(valuesOf(r).length).toBeGreaterThan(0);
    expect(cachedNames(cacheFile(config, 'sandbox', 'job'))).toEqual(expect.arrayContaining(valuesOf(r)));
  });

  it('answers from the cache without loading commander, undici, conf, child_process or any command module', async () => {
    const config = configDir();
    await complete(['live:job:name', ''], config); // warm
    const dir = mkdtempSync(join(tmpdir(), 'ashby-complete-hook-'));
    const hook = join(dir, 'hook.mjs');
    // Records every module file Node loads; the bundle's chunks are checked for what they contain.
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
        `registerHooks({ resolve(s, c, next) { const r = next(s, c); appendFileSync(process.env.HOOK_LOG, r.url + '\\n'); return r; } });\n`,
    );
    const loaded = (args: string[]) => {
      const log = join(dir, `${args[0]}.log`);
      const env = { ...process.env, ...h.env, ASHBY_CONFIG_DIR: config, HOOK_LOG: log, NODE_OPTIONS: '' };
      const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], { env, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const urls = readFileSync(log, 'utf8').split('\n');
      const files = urls.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
      return { stdout: r.stdout, urls, files, code: files.map((f) => readFileSync(f, 'utf8')).join('\n') };
    };
    // The check can see commander when it is loaded:
    expect(loaded(['commands', '--groups']).code).toMatch(/CommanderError\s*=\s*class/);
    const fast = loaded(['__complete', 'live:job:name', 'Sta']);
    expect(fast.stdout).toContain('Staff Engineer');
    expect(fast.files.filter((f) => f.endsWith(join('dist', 'ashby.js')))).toEqual([]);
    expect(fast.code).not.toMatch(/CommanderError\s*=\s*class|undici|new Conf\b/);
    expect(fast.urls).not.toContain('node:child_process'); // only when a child is needed
  });
});
