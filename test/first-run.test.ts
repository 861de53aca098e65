// What a person meeting ashby for the first time types before reading much: the version, a
// resource's help. Through the CLI, as they would type it.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli, tempConfigDir } from './helpers/cli.js';
import { startSandbox, stats } from './helpers/sandbox.js';

describe('first run', () => {
  it('`ashby version` (the API versions resource, as gh and stripe name their own version command) points at --version', async () => {
    const bare = await runCli(['version']);
    expect(bare.code).toBe(0);
    expect(bare.stdout + bare.stderr).toContain("Versions of the Ashby API and their status (ashby's own: ashby --version)");
    const top = await runCli(['--help']);
    expect(top.stdout).toMatch(/version\s+Versions of the Ashby API and their status\s+\(ashby's own:\s+ashby --version\)/);
  });

  it('`ashby -v` prints the version as --version and -V do (gh, node and npm users type it), in the binary and in main()', async () => {
    const want = (await runBin(['--version'])).stdout;
    expect(want).toMatch(/^ashby \d+\.\d+\.\d+\n$/);
    for (const run of [runBin, runCli]) {
      const r = await run(['-v']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(want);
      expect(r.stderr).toBe('');
    }
    // Only alone: after a command it is still an unknown option (no command has a -v).
    const sub = await runCli(['job', 'list', '-v']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain("unknown option '-v'");
  });

  it('a dry run with no API key says the real run would need one (the quick start does this)', async () => {
    const r = await runCli(['api', 'apiKey.info', '--dry-run'], { env: { ASHBY_API_KEY: undefined, ASHBY_PROFILE: undefined } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).headers.authorization).toBeUndefined();
    expect(r.stderr).toMatch(/^warning: no API key for profile "default": without --dry-run this exits 4 \(run `ashby auth login`/m);
    // With a key there is no such warning.
    const keyed = await runCli(['api', 'apiKey.info', '--dry-run'], { env: { ASHBY_API_KEY: 'k_0123456789', ASHBY_PROFILE: undefined } });
    expect(keyed.code, keyed.stderr).toBe(0);
    expect(keyed.stderr).toBe('');
    expect(JSON.parse(keyed.stdout).headers.authorization).toBe('Basic [REDACTED]');
  });

  it('ASHBY_SANDBOX=true (or any value but 1 and 0) is exit 2 with nothing sent, never the real organisation', async () => {
    // Before, only "1" meant the sandbox, so ASHBY_SANDBOX=true sent the command to the organisation
    // of the key in the environment: a write meant for the sandbox applied for real.
    const real = await startSandbox({ candidates: 5 });
    try {
      const env = { ASHBY_API_KEY: real.apiKey, ASHBY_BASE_URL: real.url };
      for (const v of ['true', 'yes', 'TRUE']) {
        const before = (await stats(real)).requests.total;
        const r = await runCli(['candidate', 'create', '--name', 'Test Person'], { env: { ...env, ASHBY_SANDBOX: v } });
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain(`ASHBY_SANDBOX="${v}" is neither 1 nor 0`);
        expect((await stats(real)).requests.total).toBe(before);
      }
      const off = await runCli(['job', 'list', '--limit', '1', '-o', 'json'], { env: { ...env, ASHBY_SANDBOX: '0' } });
      expect(off.code, off.stderr).toBe(0);
      const on = await runCli(['--dry-run', 'job', 'list', '--limit', '1', '-o', 'json'], { env: { ...env, ASHBY_SANDBOX: '1' } });
      expect(on.code, on.stderr).toBe(0);
      expect(on.stdout).toContain('127.0.0.1:<port>');
    } finally {
      await real.close();
    }
  });

  it("completion's help says zsh needs compinit before the script is sourced (a bare zsh has no compdef)", async () => {
    const r = await runCli(['completion', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(zsh: the same with zsh, once compinit has run: autoload -U compinit && compinit)');
    // What it says, in a zsh without any ~/.zshrc: the script registers itself for ashby.
    const home = tempConfigDir();
    const script = join(home, 'ashby.zsh');
    writeFileSync(script, (await runCli(['completion', 'zsh'])).stdout);
    const zsh = spawnSync('zsh', ['-fc', `autoload -U compinit && compinit -u -d ${home}/.zcompdump; source ${script}; print -r -- $_comps[ashby]`], {
      encoding: 'utf8',
      env: { HOME: home, PATH: process.env.PATH },
    });
    expect(zsh.stderr).toBe('');
    expect(zsh.stdout.trim()).toBe('_ashby');
  });

  it('`ashby` or `ashby candidate` alone prints the help page on stdout, as --help does (so `| less` shows it)', async () => {
    for (const args of [[], ['candidate'], ['--sandbox', 'auth'], ['webhook']]) {
      const bare = await runCli(args);
      const asked = await runCli([...args, '--help']);
      expect(bare.code, args.join(' ')).toBe(0);
      expect(bare.stderr).toBe('');
      expect(bare.stdout).toContain('Usage: ashby');
      expect(bare.stdout).toBe(asked.stdout);
    }
    // A mistyped word is still an error with a suggestion, not a help page.
    const typo = await runCli(['candidate', 'lst']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('(Did you mean one of list, ls?)');
    // So is a mistyped option with no command after it: `ashby --verison` once printed the help, exit 0.
    for (const args of [['--verison'], ['candidate', '-v'], ['candidate', '--bogus']]) {
      const bad = await runCli(args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toContain(`unknown option '${args[args.length - 1]}'`);
    }
    expect((await runCli(['--verison'])).stderr).toContain('(Did you mean --version?)');
  });
});
