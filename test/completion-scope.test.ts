// The completion engine finds the name cache without a Context (src/completion/scope.ts), so it
// must land on the very file src/resolve/cache.ts writes, for every way of choosing an
// organisation: profile flag, ASHBY_PROFILE, the active profile, a stored or overridden base
// URL, the sandbox. Each case writes through resolve and reads through the engine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { configDir as cliConfigDir } from '../src/config/config.js';
import { cacheScope, configDir, readCached, type Pairs } from '../src/completion/scope.js';
import { Context, type GlobalOptions } from '../src/context.js';
import { writeCache } from '../src/resolve/cache.js';

function context(env: Record<string, string>, opts: GlobalOptions = {}): Context {
  const ctx = new Context({ stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env });
  ctx.opts = opts;
  return ctx;
}

describe('the completion engine and resolve agree on the cache file', () => {
  it('finds the config dir as the CLI does', () => {
    for (const env of [{ ASHBY_CONFIG_DIR: '/x/y' }, { XDG_CONFIG_HOME: '/xdg' }, {}, { APPDATA: '/appdata' }]) {
      expect(configDir(env)).toBe(cliConfigDir(env));
    }
  });

  const cases: Array<{
    name: string;
    env?: Record<string, string>;
    opts?: GlobalOptions;
    pairs?: Pairs;
    stored?: { name: string; baseUrl?: string; current?: boolean };
  }> = [
    { name: 'the default profile and URL' },
    { name: 'ASHBY_PROFILE', env: { ASHBY_PROFILE: 'staging' }, stored: { name: 'staging' } },
    { name: '--profile on the line', opts: { profile: 'ops team' }, pairs: { profile: 'ops team' }, stored: { name: 'ops team' } },
    { name: 'the active profile with its own base URL', stored: { name: 'eu', baseUrl: 'https://eu.example.test/', current: true } },
    { name: 'ASHBY_BASE_URL', env: { ASHBY_BASE_URL: 'http://127.0.0.1:4000' } },
    { name: '--base-url on the line', opts: { baseUrl: 'http://127.0.0.1:5000/' }, pairs: { 'base-url': 'http://127.0.0.1:5000/' } },
    { name: '--sandbox on the line', opts: { sandbox: true }, pairs: { sandbox: '1' } },
    { name: 'ASHBY_SANDBOX', env: { ASHBY_SANDBOX: '1' } },
  ];

  it.each(cases)('$name', async (c) => {
    const env = { ASHBY_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'ashby-scope-')), ASHBY_NO_KEYCHAIN: '1', ASHBY_API_KEY: 'k', ...c.env };
    const ctx = context(env, c.opts);
    if (c.stored) {
      const cfg = await ctx.loadConfig();
      await cfg.setProfile(c.stored.name, c.stored.baseUrl ? { baseUrl: c.stored.baseUrl } : {});
      if (c.stored.current) await cfg.setCurrent(c.stored.name);
    }
    const items = [{ id: 'j1', name: `Job of ${c.name}` }];
    await writeCache(ctx, 'job', items);
    const got = readCached(cacheScope(c.pairs ?? {}, env), 'job');
    expect(got?.items).toEqual(items);
    expect(got?.stale).toBe(false);
  });

  it('does not serve one organisation the cache of another', async () => {
    const env = {
      ASHBY_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'ashby-scope-')),
      ASHBY_NO_KEYCHAIN: '1',
      ASHBY_API_KEY: 'k',
      ASHBY_BASE_URL: 'http://127.0.0.1:4000',
    };
    await writeCache(context(env), 'job', [{ id: 'j1', name: 'x' }]);
    expect(readCached(cacheScope({ 'base-url': 'http://127.0.0.1:4001' }, env), 'job')).toBeUndefined();
  });
});
