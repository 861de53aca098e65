// Shell completion never executes data: candidates named with $( ), backticks, ;, |, quotes, !,
// and backslashes are completed in real bash, zsh and fish (interactive, in tmux) inside no quotes,
// '…' and "…"; the line is then run, and the command must receive the name exactly, with nothing
// executed. A name with a line break or an escape sequence is not offered at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { call, startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { hasControls } from './server.js';

const HAVE = ['tmux', 'bash', 'zsh', 'fish'].every(
  (t) => spawnSync(t, ['--version'], { stdio: 'ignore' }).status === 0 || spawnSync(t, ['-V'], { stdio: 'ignore' }).status === 0,
);
if (!HAVE) process.stderr.write('completion-shells: tmux, bash, zsh or fish is missing, so these tests are skipped\n');

const COMPLETIONS = resolve(__dirname, '../../completions');
// Each starts with a different prefix, so that TAB has exactly one candidate to insert.
const NAMES = {
  Zaa: 'Zaa $(touch pwned-1); x | y',
  Zbb: `Zbb "q" 's' !x \\ \`touch pwned-2\``,
} as const;

let sb: TestSandbox;
let work: string;
let bin: string;

beforeAll(async () => {
  if (!HAVE) return;
  sb = await startSandbox({ candidates: 20 });
  for (const name of [...Object.values(NAMES), 'Zcc\n$(touch pwned-3)', 'Zdd \u001b]52;c;eA==\u0007 x']) {
    const r = await call(sb, 'candidate.create', { name });
    if (r.body?.success !== true) throw new Error(`candidate.create: ${JSON.stringify(r.body)}`);
  }
  work = mkdtempSync(join(tmpdir(), 'ashby-shells-'));
  bin = join(work, 'bin');
  mkdirSync(bin);
  symlinkSync(BIN, join(bin, 'ashby'));
});
afterAll(() => sb?.close());

type ShellName = 'bash' | 'zsh' | 'fish';

/** An interactive shell in tmux whose `ashby` prints its arguments (and passes __complete on). */
class Shell {
  private dir = mkdtempSync(join(tmpdir(), 'ashby-shell-'));
  private sock = join(this.dir, 'sock');
  readonly cwd = mkdtempSync(join(tmpdir(), 'ashby-cwd-'));

  constructor(readonly name: ShellName) {
    const env = {
      ...sb.env,
      ASHBY_CONFIG_DIR: join(this.dir, 'config'),
      ASHBY_NO_KEYCHAIN: '1',
      ASHBY_COMPLETE_BUDGET_MS: '30000',
      HOME: this.dir,
      PATH: [bin, dirname(process.execPath), process.env.PATH].join(':'),
      LANG: 'C.UTF-8',
    };
    const exports = Object.entries(env)
      .map(([k, v]) => `export ${k}='${v}'`)
      .join('\n');
    let start: string;
    if (name === 'bash') {
      writeFileSync(
        join(this.dir, 'rc'),
        `PS1='$ '\nsource ${COMPLETIONS}/ashby.bash\nashby() { if [ "$1" = __complete ]; then command ashby "$@"; else printf 'ARG<%s>\\n' "$@"; echo END; fi; }\n`,
      );
      start = `exec bash --noprofile --rcfile ${this.dir}/rc -i`;
    } else if (name === 'zsh') {
      writeFileSync(
        join(this.dir, '.zshrc'),
        `PROMPT='$ '\nfpath=(${COMPLETIONS} $fpath)\nautoload -Uz compinit && compinit -u -d ${this.dir}/zcompdump\nashby() { if [[ $1 == __complete ]]; then command ashby "$@"; else printf 'ARG<%s>\\n' "$@"; echo END; fi }\n`,
      );
      start = `export ZDOTDIR=${this.dir}\nexec zsh -i`;
    } else {
      writeFileSync(
        join(this.dir, 'rc.fish'),
        `function fish_prompt; echo -n '$ '; end\nsource ${COMPLETIONS}/ashby.fish\nfunction ashby; if test "$argv[1]" = __complete; command ashby $argv; else; printf 'ARG<%s>\\n' $argv; echo END; end; end\n`,
      );
      start = `exec fish --no-config -C 'source ${this.dir}/rc.fish'`;
    }
    writeFileSync(join(this.dir, 'start.sh'), `${exports}\ncd '${this.cwd}'\n${start}\n`, { mode: 0o700 });
    this.tmux('new-session', '-d', '-s', 's', '-x', '220', '-y', '50', `sh ${this.dir}/start.sh`);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.sock, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', 's', '-S', '-200');
  }

  async waitFor(cond: (screen: string) => boolean, what: string): Promise<string> {
    const end = Date.now() + 40_000;
    for (;;) {
      const s = this.screen();
      if (cond(s)) return s;
      if (Date.now() > end) throw new Error(`${this.name}: never saw ${what}; the screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Types `line`, presses TAB until the line changes, runs it, and returns the last argument it got. */
  async completeAndRun(line: string): Promise<string> {
    await this.waitFor((s) => s.trimEnd().split('\n').pop()?.trim() === '$', 'a prompt');
    this.tmux('send-keys', '-t', 's', 'C-l');
    this.tmux('send-keys', '-t', 's', '-l', line);
    await this.waitFor((s) => s.includes(line), 'the typed line');
    this.tmux('send-keys', '-t', 's', 'Tab');
    await this.waitFor((s) => !s.trimEnd().endsWith(line), 'the completion');
    this.tmux('send-keys', '-t', 's', 'Enter');
    const s = await this.waitFor((x) => /^END$/m.test(x), 'the command run');
    const args = [...s.matchAll(/^ARG<(.*)>$/gm)].map((m) => m[1]);
    this.tmux('send-keys', '-t', 's', 'C-l');
    this.tmux('send-keys', '-t', 's', 'clear', 'Enter');
    await new Promise((r) => setTimeout(r, 300));
    return args[args.length - 1];
  }

  close() {
    spawnSync('tmux', ['-S', this.sock, 'kill-server'], { stdio: 'ignore' });
  }
}

describe.skipIf(!HAVE).each(['bash', 'zsh', 'fish'] as const)('%s completion inserts data as data', (shell) => {
  it.each([
    ['no quote', ''],
    ["'…'", "'"],
    ['"…"', '"'],
  ])('inside %s', async (_, quote) => {
    const sh = new Shell(shell);
    try {
      for (const [prefix, name] of Object.entries(NAMES)) {
        const got = await sh.completeAndRun(`ashby candidate upload-resume ${quote}${prefix}`);
        expect(got, `${shell} ${quote || 'bare'} ${prefix}`).toBe(name);
      }
      expect(readdirSync(sh.cwd)).toEqual([]); // nothing was executed
      expect(existsSync(join(sh.cwd, 'pwned-1'))).toBe(false);
    } finally {
      sh.close();
    }
  });
});

describe.skipIf(!HAVE)('the completion engine', () => {
  it('leaves out a value with a line break or an escape sequence, and sanitises descriptions', async () => {
    const env = { ...sb.env, ASHBY_COMPLETE_BUDGET_MS: '30000' };
    const lb = await runCli(['__complete', 'live:candidate:name', 'Zcc'], { env });
    expect(lb.stdout).toBe('');
    const esc = await runCli(['__complete', 'live:candidate:name', 'Zdd'], { env });
    expect(esc.stdout).toBe('');
    const ok = await runCli(['__complete', 'live:candidate:name', 'Zaa'], { env });
    expect(ok.stdout).toBe(`${NAMES.Zaa}\n`);
    // By id, the name is the description: shown, so sanitised.
    const ids = await runCli(['__complete', 'live:candidate:id', 'Zdd'], { env });
    expect(ids.stdout).toMatch(/^[0-9a-f-]{36}\tZdd {2}x\n$/);
    expect(hasControls(ids.stdout.replace(/\t/, ' '))).toBe(false);
  });
});
