// `ashby --help` and `ashby <group> --help` are served by bin/ashby.js from pages the build renders
// (dist/help). These tests hold the pages to what the full CLI prints: through the shim for every
// group name and alias off a terminal, against commander's rendering at the widths where the shim
// serves the unwrapped page, and in a real terminal both where a page is served and where the shim
// must hand over to the CLI because the terminal is narrower. What the CLI itself decides (topics,
// mistyped commands, how defaults read) runs in-process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBin, runCli, tempConfigDir } from '../helpers/cli.js';
import { TmuxSession, tmuxAvailable } from '../helpers/workflow-tmux.js';

const DIST = resolve(__dirname, '../../dist');
const index: Record<string, [string, number]> = JSON.parse(readFileSync(join(DIST, 'help/index.json'), 'utf8'));

/** Commander's own rendering of each page at each width, from the bundle (not the shim). */
function reference(pages: [string, string[]][], widths: (page: string) => number[]): Record<string, Record<number, string>> {
  const script = `
    const { main } = await import(${JSON.stringify(join(DIST, 'ashby.js'))});
    const pages = JSON.parse(process.argv[1]);
    const out = {};
    for (const [name, argv, widths] of pages) {
      out[name] = {};
      for (const columns of widths) {
        let text = '';
        const sink = { isTTY: true, columns, write: (s) => ((text += s), true), on() {}, once() {}, off() {} };
        await main(argv, { stdin: { isTTY: false }, stdout: sink, stderr: sink, env: {} });
        out[name][columns] = text;
      }
    }
    process.stdout.write(JSON.stringify(out));`;
  const arg = JSON.stringify(pages.map(([name, argv]) => [name, argv, widths(name)]));
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, arg], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const page = (name: string) => readFileSync(join(DIST, 'help', `${name}.txt`), 'utf8');
const argvOf = (word: string) => (word === '' ? ['--help'] : [word, '--help']);

describe('help pages', () => {
  it('has a page for the top level and every visible group and alias', async () => {
    const root = await runBin(['--help']);
    const listed = [...root.stdout.matchAll(/^ {2}([a-z][\w-]*)(?:\|(\S+))?/gm)].filter((m) => m[1] !== 'help');
    expect(listed.length).toBeGreaterThan(40);
    for (const m of listed) expect(index, m[1]).toHaveProperty(m[1]);
    expect(index).toHaveProperty(['']);
    expect(index).toHaveProperty('app');
    expect(index).toHaveProperty('cand');
  });

  it('serves, off a terminal, exactly what the CLI prints at 80 columns, for every name and alias', async () => {
    const words = Object.keys(index);
    const names = [...new Set(words.map((w) => index[w][0]))];
    const ref = reference(names.map((n) => [n, argvOf(words.find((w) => index[w][0] === n)!)]), () => [80]);
    for (const w of words) {
      const r = await runBin(argvOf(w));
      expect(r.code, w).toBe(0);
      expect(r.stderr, w).toBe('');
      expect(r.stdout, `ashby ${argvOf(w).join(' ')}`).toBe(ref[index[w][0]][80]);
    }
  }, 300_000); // one process per name and alias: slow on a loaded machine

  it('holds the unwrapped page to what commander prints on any terminal at least as wide as its longest line', () => {
    const names = [...new Set(Object.values(index).map(([n]) => n))];
    const from = (n: string) => Object.values(index).find(([m]) => m === n)![1];
    const word = (n: string) => Object.keys(index).find((w) => index[w][0] === n)!;
    const ref = reference(names.map((n) => [n, argvOf(word(n))]), (n) => [from(n), from(n) + 1, 250]);
    for (const n of names) {
      const served = from(n) === 80 ? page(n) : page(`${n}.wide`);
      for (const w of [from(n), from(n) + 1, 250]) expect(ref[n][w], `${n} at ${w} columns`).toBe(served);
    }
  }, 60_000);

  it('answers -h too, and leaves other argument shapes to the CLI', async () => {
    expect((await runBin(['candidate', '-h'])).stdout).toBe(page('candidate'));
    const leaf = await runBin(['candidate', 'list', '--help']);
    expect(leaf.stdout).toContain('Usage: ashby candidate list');
    // With a global flag in front the CLI itself answers, with the same page.
    expect((await runBin(['--no-input', 'candidate', '--help'])).stdout).toBe(page('candidate'));
  });

  it('answers `ashby help <command…>` like `--help`', async () => {
    expect((await runBin(['help', 'candidate'])).stdout).toBe(page('candidate'));
    const leaf = await runBin(['help', 'candidate', 'list']);
    expect(leaf.stdout).toBe((await runBin(['candidate', 'list', '--help'])).stdout);
    expect(leaf.stdout).toContain('Usage: ashby candidate list');
    // A global flag's value that happens to be a command name is not the command.
    expect((await runBin(['--profile', 'help', 'help', 'candidate'])).stdout).toBe(page('candidate'));
    expect((await runBin(['--profile', 'app', 'app', 'list', '--help'])).stdout).toContain('Usage: ashby application list');
  });

  it('treats a mistyped command with --help as a mistake: exit 2 with a suggestion, no help', async () => {
    for (const args of [['candidat', '--help'], ['help', 'candidat'], ['--no-input', 'candidat', '-h']]) {
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
    for (const c of [0, 1, 2, 3, 4, 5, 6, 7, 130]) expect(codes.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
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
    term = new TmuxSession().start(args, { ASHBY_CONFIG_DIR: tempConfigDir(), NO_COLOR: '1' }, columns);
    const screen = await term.waitFor(/__EXIT:0/, 'the help to end');
    return screen.slice(0, screen.indexOf('__EXIT:')).replace(/[ \t]+$/gm, '').trimEnd();
  };
  const trim = (s: string) => s.replace(/[ \t]+$/gm, '').trimEnd();

  it('shows the unwrapped page on a wide terminal', async () => {
    const wideFrom = index.candidate[1];
    const expected = trim(wideFrom === 80 ? page('candidate') : page('candidate.wide'));
    expect(await show(['candidate', '--help'], Math.max(wideFrom, 100) + 10)).toBe(expected);
  });

  it('hands a narrower terminal to the CLI, which wraps to it', async () => {
    const [name, wideFrom] = index[''];
    expect(wideFrom).toBeGreaterThan(90);
    const ref = reference([[name, ['--help']]], () => [90])[name][90];
    expect(ref).not.toBe(page(name));
    expect(await show(['--help'], 90)).toBe(trim(ref));
  });
});
