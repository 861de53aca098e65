// The README's examples about seeded people run as written against the sandbox (issue 15, item
// 15): every `ashby …` line in a sh/console block that names the seeded candidate Ada Ritchie runs,
// each in a fresh sandbox, and succeeds. A renamed seed or a changed flag breaks this test, not a
// reader's first try.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from './helpers/cli.js';

const SEEDED = 'ada.ritchie4@example.com';

/** Words of a command line as a POSIX shell splits them (quotes, no expansions: the README has none). */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let inWord = false;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

/** `ashby …` commands from the README's code blocks, continuation lines joined, comments dropped. */
function readmeCommands(): string[] {
  const text = readFileSync(resolve(__dirname, '../README.md'), 'utf8');
  const commands: string[] = [];
  for (const block of text.matchAll(/```(?:sh|console)\n([\s\S]*?)```/g)) {
    const joined = block[1].replace(/\\\n\s*/g, ' ');
    for (const raw of joined.split('\n')) {
      const line = raw
        .replace(/^\$ /, '')
        .replace(/\s+#.*$/, '')
        .trim();
      if (line.startsWith('ashby ') && !/[|<>`$]/.test(line)) commands.push(line);
    }
  }
  return commands;
}

describe('README examples', () => {
  const seeded = readmeCommands().filter((c) => c.includes(SEEDED) && !c.includes('--web') && !c.includes('upload-resume'));

  it('has examples about the seeded candidate', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(10);
  });

  // What an example presupposes, as in the README's own order: withdrawing needs an offer first.
  const before = (line: string) => (line.startsWith('ashby offer cancel') ? seeded.filter((c) => c.startsWith('ashby offer create')) : []);
  const sandboxed = (line: string) => {
    const args = words(line).slice(1);
    return args[0] === '--sandbox' ? args : ['--sandbox', ...args];
  };

  it.each(seeded)('%s', async (line) => {
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    for (const setup of before(line)) expect((await runCli(sandboxed(setup), { env })).code, setup).toBe(0);
    const r = await runCli(sandboxed(line), { env });
    expect(r.code, `${line}\n${r.stderr}`).toBe(0);
  });
});
