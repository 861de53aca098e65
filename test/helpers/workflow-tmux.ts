// Drives the built CLI in a real terminal: a private tmux server runs the command in a pane, the
// test types keys into it and reads the screen back. Waits poll the screen for what a person would
// look for, and fail with the screen's content when it never shows up.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './cli.js';

export function tmuxAvailable(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

export class TmuxSession {
  private dir = mkdtempSync(join(tmpdir(), 'ashby-tty-'));
  private socket = join(this.dir, 'tmux.sock');

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /**
   * Runs `ashby args` in a fresh terminal (120x40 unless told); after it ends the pane shows
   * `__EXIT:<code>`. `stderrTo`: a file the shell sends the command's stderr to (`2>FILE`).
   */
  start(args: string[], env: Record<string, string>, columns = 120, stderrTo?: string): this {
    const script = join(this.dir, 'run.sh');
    const exports = Object.entries({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? this.dir, ...env })
      .map(([k, v]) => `export ${k}=${shq(v)}`)
      .join('\n');
    const cmd = [process.execPath, BIN, ...args].map(shq).join(' ') + (stderrTo ? ` 2>${shq(stderrTo)}` : '');
    // Ctrl-C outside a prompt signals the whole foreground group: the shell traps it (the command
    // gets the default) so that it lives on to print the command's exit code. The pane starts from
    // the environment the tests run in; CI there (a CI machine sets it) is a person's terminal's
    // business only when a test says so.
    const unset = 'CI' in env ? '' : 'unset CI\n';
    writeFileSync(script, `trap true INT\n${unset}${exports}\n${cmd}\necho "__EXIT:$?"\nsleep 86400\n`, { mode: 0o700 });
    this.tmux('new-session', '-d', '-s', 'w', '-x', String(columns), '-y', '40', `sh ${shq(script)}`);
    return this;
  }

  /** Types text literally. */
  type(text: string): this {
    this.tmux('send-keys', '-t', 'w', '-l', text);
    return this;
  }

  /** Presses named keys: Enter, Down, Up, Space, BSpace, C-c, ... */
  press(...keys: string[]): this {
    this.tmux('send-keys', '-t', 'w', ...keys);
    return this;
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', 'w', '-S', '-2000');
  }

  /** Waits until the screen matches, then returns the screen. */
  async waitFor(pattern: RegExp | string, what = String(pattern), deadlineMs = 20_000): Promise<string> {
    const end = Date.now() + deadlineMs;
    for (;;) {
      const s = this.screen();
      if (typeof pattern === 'string' ? s.includes(pattern) : pattern.test(s)) return s;
      if (Date.now() > end) throw new Error(`the terminal never showed ${what}; the screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(): Promise<number> {
    const s = await this.waitFor(/__EXIT:\d+/, 'the end of the command');
    return Number(/__EXIT:(\d+)/.exec(s)![1]);
  }

  /** Whether the terminal shows its cursor (a program that hid it and died leaves it hidden). */
  cursorVisible(): boolean {
    return this.tmux('display-message', '-p', '-t', 'w', '#{cursor_flag}').trim() === '1';
  }

  close(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server'], { stdio: 'ignore' });
  }
}

function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Answers a text prompt once it is on screen. */
export async function answer(t: TmuxSession, prompt: string, text: string): Promise<void> {
  await t.waitFor(prompt);
  if (text) t.type(text);
  t.press('Enter');
}

/** Picks a choice of a select prompt by typing the start of its name. */
export async function choose(t: TmuxSession, prompt: string, choice: string): Promise<void> {
  await t.waitFor(prompt);
  t.type(choice.slice(0, 12));
  await t.waitFor(`❯ ${choice}`, `"${choice}" highlighted`);
  t.press('Enter');
}
