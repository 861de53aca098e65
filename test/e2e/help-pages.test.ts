// Every help request (`ashby --help`, `-h`, `ashby help …`, a group's or a command's --help, the
// help topics) is answered by bin/ashby.js from pages the build records through the CLI (dist/help)
// and lays out at the terminal's width (bin/help.js). These tests hold the fast path to what the
// full CLI prints: every page at several widths and piped, in-process against the bundle's main();
// through the real binary, piped and on a terminal; and that it loads no part of the CLI. What the
// CLI itself decides (topics, mistyped commands, how defaults read) runs in-process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBin, runCli, tempConfigDir } from '../helpers/cli.js';
import { TmuxSession, tmuxAvailable } from '../helpers/workflow-tmux.js';
// @ts-expect-error: plain JavaScript beside the shim, no declarations
import { findPage, layout } from '../../bin/help.js';

const DIST = resolve(__dirname, '../../dist');
const DIST_URL = pathToFileURL(`${DIST}/`);
const index: { root: unknown[]; groups: Record<string, string | 0> } = JSON.parse(readFileSync(join(DIST, 'help/index.json'), 'utf8'));
/** The widths a terminal is tried at; undefined is piped (not a terminal). */
const WIDTHS = [undefined, 40, 80, 100, 120, 134, 200];
const fast = (args: string[], columns?: number): string | undefined => {
  const page = findPage(args, DIST_URL);
  return page && layout(page, columns ?? 80);
};

/** The full CLI's output (the bundle's main(), not the shim) for each argv at each width. */
function reference(argvs: string[][], widths: (number | undefined)[], env: Record<string, string> = {}): Record<string, string>[] {
  const script = `
    const { main } = await import(${JSON.stringify(join(DIST, 'ashby.js'))});
    const [argvs, widths] = JSON.parse(process.argv[1]);
    const out = [];
    for (const argv of argvs) {
      const row = {};
      for (const columns of widths) {
        let text = '';
        const sink = { isTTY: columns !== null, columns: columns ?? undefined, write: (s) => ((text += s), true), on() {}, once() {}, off() {} };
        const code = await main(argv, { stdin: { isTTY: false }, stdout: sink, stderr: sink, env: {} });
        row[String(columns ?? 'piped')] = code === 0 ? text : 'exit ' + code + ': ' + text;
      }
      out.push(row);
    }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify([argvs, widths.map((w) => w ?? null)])], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

interface Listed {
  path: string;
  aliases: string[];
}
let commands: Listed[];
beforeAll(async () => {
  const r = await runCli(['commands', '-o', 'json']);
  commands = JSON.parse(r.stdout);
  expect(commands.length).toBeGreaterThan(200);
});

describe('help pages', () => {
  it('has a page for the top level and every visible group and alias', async () => {
    const root = await runBin(['--help']);
    const listed = [...root.stdout.matchAll(/^ {2}([a-z][\w-]*)(?:\|(\S+))?/gm)].filter((m) => m[1] !== 'help');
    expect(listed.length).toBeGreaterThan(40);
    for (const m of listed) expect(index.groups, m[1]).toHaveProperty(m[1]);
    expect(index.groups).toHaveProperty('app', 'application');
    expect(index.groups).toHaveProperty('cand', 'candidate');
    expect(index.groups.__complete).toBe(0); // hidden: the CLI answers
  });

  it('lays out every page exactly as the CLI prints it, piped and at 40, 80, 100, 120, 134 and 200 columns', () => {
    const requests: string[][] = [['--help'], ['-h'], ['help']];
    for (const g of new Set(commands.map((c) => c.path.split(' ')[0]))) requests.push([g, '--help'], ['help', g]);
    for (const c of commands) {
      const words = c.path.split(' ');
      requests.push([...words, '--help']);
      // Each alias, at the place it stands in.
      for (const a of c.aliases) requests.push(['help', ...words.slice(0, -1), a], [...words.slice(0, -1), a, '-h']);
    }
    for (const [w, g] of Object.entries(index.groups)) if (g && w !== g) requests.push([w, '--help']);
    for (const t of ['environment', 'exit-codes']) requests.push(['help', t], [t, '--help']);
    const ref = reference(requests, WIDTHS);
    let compared = 0;
    for (const [i, argv] of requests.entries()) {
      for (const w of WIDTHS) {
        const expected = ref[i][String(w ?? 'piped')];
        expect(expected, `the CLI for ashby ${argv.join(' ')}`).not.toMatch(/^exit /);
        expect(fast(argv, w), `ashby ${argv.join(' ')} at ${w ?? 'piped'}`).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  }, 300_000);

  it('has no colour to lose: the CLI prints the same pages with FORCE_COLOR and NO_COLOR', () => {
    const argvs = [['--help'], ['candidate', '--help'], ['candidate', 'list', '--help']];
    for (const env of [{ FORCE_COLOR: '1' }, { NO_COLOR: '1' }] as Record<string, string>[]) {
      const ref = reference(argvs, [undefined, 100], env);
      for (const [i, argv] of argvs.entries()) {
        expect(ref[i].piped).not.toContain('\x1b');
        expect(fast(argv), argv.join(' ')).toBe(ref[i].piped);
        expect(fast(argv, 100), argv.join(' ')).toBe(ref[i]['100']);
      }
    }
  }, 60_000);

  it('leaves to the CLI what is not a plain help request, or names no command', () => {
    for (const args of [
      ['candidat', '--help'],
      ['candidate', 'lst', '--help'],
      ['help', 'candidat'],
      ['--no-input', 'candidate', '--help'],
      ['candidate', '--help', 'list'],
      ['api', 'candidate.search', '--help'],
      ['candidate', 'list'],
      ['__complete', '--help'],
      ['help', '__proto__'],
      ['candidate', 'constructor', '--help'],
      ['environment'],
    ]) {
      expect(findPage(args, DIST_URL), args.join(' ')).toBeUndefined();
    }
  });

  it('serves through the binary what the CLI prints, piped', async () => {
    const argvs = [
      ['--help'],
      ['-h'],
      ['help'],
      ['candidate', '-h'],
      ['help', 'app'],
      ['candidate', 'list', '--help'],
      ['help', 'candidate', 'view'],
      ['offer', 'process', 'show', '--help'],
      ['help', 'exit-codes'],
    ];
    const ref = reference(argvs, [undefined]);
    for (const [i, argv] of argvs.entries()) {
      const r = await runBin(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stderr, argv.join(' ')).toBe('');
      expect(r.stdout, `ashby ${argv.join(' ')}`).toBe(ref[i].piped);
    }
    // Global flags in front: the CLI answers, with the same page; a flag's value that happens to be
    // a command name is not the command.
    expect((await runBin(['--no-input', 'candidate', '--help'])).stdout).toBe(fast(['candidate', '--help']));
    expect((await runBin(['--profile', 'help', 'help', 'candidate'])).stdout).toBe(fast(['candidate', '--help']));
    expect((await runBin(['--profile', 'app', 'app', 'list', '--help'])).stdout).toBe(fast(['application', 'list', '--help']));
  }, 120_000);

  it('answers help at any width without loading the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-help-hook-'));
    const hook = join(dir, 'hook.mjs');
    // Records every module Node loads, and makes stdout a terminal of 113 columns.
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
        `registerHooks({ resolve(s, c, next) { const r = next(s, c); appendFileSync(process.env.HOOK_LOG, r.url + '\\n'); return r; } });\n` +
        `Object.assign(process.stdout, { isTTY: true, columns: 113 });\n`,
    );
    const argvs = [['--help'], ['help', 'candidate', 'list'], ['app', 'stage', '-h'], ['webhook', '--help']];
    const ref = reference(argvs, [113]);
    for (const [i, argv] of argvs.entries()) {
      const log = join(dir, `${i}.log`);
      writeFileSync(log, '');
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, resolve(__dirname, '../../bin/ashby.js'), ...argv], {
        encoding: 'utf8',
        env: { ...process.env, HOOK_LOG: log, ASHBY_CONFIG_DIR: tempConfigDir() },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, argv.join(' ')).toBe(ref[i]['113']);
      const loaded = readFileSync(log, 'utf8')
        .split('\n')
        .filter((u) => u.startsWith('file:') && !u.endsWith('hook.mjs'));
      expect(
        loaded.map((u) => u.replace(/^.*\/(bin|dist)\//, '$1/')),
        argv.join(' '),
      ).toEqual(['bin/ashby.js', 'bin/help.js']);
    }
  }, 60_000);

  it('treats a mistyped command with --help as a mistake: exit 2 with a suggestion, no help', async () => {
    for (const args of [
      ['candidat', '--help'],
      ['help', 'candidat'],
      ['--no-input', 'candidat', '-h'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/unknown command 'candidat'\n\(Did you mean candidate\?\)/);
    }
    const sub = await runCli(['candidate', 'lst', '--help']);
    expect(sub.code).toBe(2);
    expect(sub.stdout).toBe('');
    expect(sub.stderr).toMatch(/unknown command 'lst'.*list/s);
  });

  it('has help topics: every environment variable the code reads, and every exit code', async () => {
    const env = await runCli(['environment']);
    expect(env.code).toBe(0);
    expect((await runCli(['help', 'environment'])).stdout).toBe(env.stdout);
    // Every ASHBY_* variable in src/ is on the page (the tests inject what they need, not through the environment).
    const src = spawnSync('grep', ['-rhoE', 'ASHBY_[A-Z_]+[A-Z]', resolve(__dirname, '../../src')], { encoding: 'utf8' }).stdout;
    const names = new Set(src.split('\n').filter(Boolean));
    expect(names.size).toBeGreaterThan(10);
    for (const n of names) expect(env.stdout, n).toMatch(new RegExp(`^  ${n}\\b`, 'm'));
    const codes = await runCli(['exit-codes']);
    for (const c of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 130, 143]) expect(codes.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    expect(codes.stdout).not.toContain('Global flags');
    const root = await runCli(['--help']);
    expect(root.stdout).toMatch(/Help topics:\n {2}environment +Environment variables[^\n]*\n {2}exit-codes /);
  });

  it('shows defaults once and in words: no "(default: [])" for repeatable flags, no quoted numbers', async () => {
    const help = async (...args: string[]) => (await runCli([...args, '--help'])).stdout;
    for (const page of [await help('api'), await help('candidate', 'add'), await help('offer', 'create')]) expect(page).not.toContain('(default: [])');
    expect(await help('webhook', 'listen')).toMatch(/--port <n> +port on 127\.0\.0\.1 \(default: any free port\)\n/);
    expect(await help('report', 'run')).toMatch(/\(default: 1\)/);
  });

  it('stops quietly when the reader goes away', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${resolve(__dirname, '../../bin/ashby.js')}" --help | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('Usage: ashby [options] [command]\n');
    expect(r.stderr).toBe('');
  });
});

describe.skipIf(!tmuxAvailable())('help pages in a terminal', () => {
  let term: TmuxSession | undefined;
  afterEach(() => term?.close());

  const show = async (args: string[], columns: number) => {
    term = new TmuxSession().start(args, { ASHBY_CONFIG_DIR: tempConfigDir() }, columns);
    const screen = await term.waitFor(/__EXIT:0/, 'the help to end');
    return screen
      .slice(0, screen.indexOf('__EXIT:'))
      .replace(/[ \t]+$/gm, '')
      .trimEnd();
  };
  const trim = (s: string) => s.replace(/[ \t]+$/gm, '').trimEnd();

  it('wraps to the terminal at every width, as the CLI does', async () => {
    const cases: [string[], number][] = [
      [['--help'], 100],
      [['help', 'candidate', 'list'], 134],
      [['candidate', '--help'], 90],
    ];
    const ref = reference(
      cases.map(([a]) => a),
      [90, 100, 134],
    );
    for (const [i, [args, columns]] of cases.entries()) {
      expect(ref[i][String(columns)]).not.toBe(ref[i]['134' === String(columns) ? '90' : '134']);
      expect(await show(args, columns), `${args.join(' ')} at ${columns}`).toBe(trim(ref[i][String(columns)]));
      term?.close();
      term = undefined;
    }
  }, 60_000);
});
