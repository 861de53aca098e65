// A recruiting-ops analyst's reports from the local mirror (`ashby sql`, the analytics), through
// the CLI and real HTTP against the sandbox: what such reports found broken, each case the fix it
// came with.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptWhen, runBin, runCli } from './helpers/cli.js';
import { startSandbox, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
let db: string;

beforeAll(async () => {
  sb = await startSandbox({ candidates: 40 });
  db = join(mkdtempSync(join(tmpdir(), 'ashby-qa-analyst-')), 'm.db');
  const r = await runCli(['sync', '--db', db], { env: sb.env, timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => sb.close());

describe('a runaway ashby sql query', { timeout: 60_000 }, () => {
  // node:sqlite runs a statement on the main thread: while it runs no JavaScript does, so a signal
  // handled in JavaScript waited for the statement to end (here: never), and only kill -9 stopped
  // it. The query prints 5,000 rows (more than one 32 KB write, so the test sees it under way),
  // then looks for a row that never comes.
  const RUNAWAY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c WHERE x <= 5000 OR x = 0';

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    it(`stops at ${signal} (Ctrl-C, timeout(1)) as a shell reports ${code}`, async () => {
      let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      let seen = '';
      const r = await runBin(['sql', RUNAWAY, '--db', db, '-o', 'ndjson'], {
        env: sb.env,
        timeoutMs: 20_000,
        onSpawn: (c) => {
          c.on('exit', (code, sig) => (ended = { code, signal: sig }));
          interruptWhen(c, () => seen.length > 0, signal);
          c.stdout?.on('data', (d) => (seen += d));
        },
      });
      // Killed by the signal (which a shell reports as 128 + its number), or exited with that code.
      expect(ended?.signal === signal || ended?.code === code, JSON.stringify(ended)).toBe(true);
      // What was written before is whole lines.
      const lines = r.stdout.split('\n');
      expect(lines.at(-1)).toBe('');
      expect(lines.slice(0, -1).every((l) => /^\{"x":\d+\}$/.test(l))).toBe(true);
    });
});
