// A recruiting-ops admin's scripts (no terminal: pipes and files), through the CLI and real HTTP
// against the sandbox: what such scripts found broken, each case the fix it came with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

describe('-o csv --fields on a list that fails part-way', () => {
  // Seed 12 draws its faults so that the first two requests pass and the third is dropped
  // (src/sandbox/faults.ts): with --max-retries 0, page 3 of 4 fails with a network error.
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 350, seed: 12, faults: 'reset=0.5' });
  });
  afterAll(() => sb.close());

  it('writes the rows of the pages it got, as ndjson does, and exits 7', async () => {
    const r = await runCli(['candidate', 'list', '--all', '--max-retries', '0', '-o', 'csv', '--fields', 'id,name'], { env: sb.env });
    expect(r.code, r.stderr).toBe(7);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('id,name');
    expect(lines.at(-1)).toBe('');
    // Two pages of 100 answered before the third was dropped.
    expect(lines.slice(1, -1)).toHaveLength(200);
    const s = await stats(sb);
    expect(s.faults.byKind).toEqual({ reset: 1 });
  });
});
