// What TAB leaves on the line in each shell's interactive editor: quoting, ids chosen by name,
// the --flag= and comma prefixes kept. Live values come from a sandbox organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { lineAfterTab, shellEnv, SHELLS } from './completion-harness.js';

let h: TestSandbox;
let env: Record<string, string>;
let staff: { id: string; title: string };

beforeAll(async () => {
  h = await startSandbox();
  env = shellEnv({ ...h.env, ASHBY_COMPLETE_BUDGET_MS: '60000' });
  staff = ((await call(h, 'job.list')).body.results as Array<{ id: string; title: string }>).find((j) => j.title === 'Staff Engineer')!;
});

afterAll(async () => {
  await h?.close();
});

describe.each(SHELLS)('%s: the line after TAB', (shell) => {
  it('completes a command and a flag', async () => {
    expect(await lineAfterTab(shell, 'ashby candidate sear', env)).toBe('ashby candidate search ');
    expect(await lineAfterTab(shell, 'ashby app stage --sta', env)).toBe('ashby app stage --stage ');
  });

  it('inserts a job title quoted for the shell', async () => {
    expect(await lineAfterTab(shell, 'ashby app stage --job Staff', env)).toBe('ashby app stage --job Staff\\ Engineer ');
    expect(await lineAfterTab(shell, 'ashby app stage --job "Staff', env)).toBe('ashby app stage --job "Staff Engineer" ');
  });

  it('keeps --flag= and the fields already typed', async () => {
    expect(await lineAfterTab(shell, 'ashby app stage --job=Staff', env)).toBe('ashby app stage --job=Staff\\ Engineer ');
    expect(await lineAfterTab(shell, 'ashby candidate info --fields id,primaryE', env)).toMatch(/^ashby candidate info --fields id,primaryEmailAddress ?$/);
  });

  it.skipIf(shell === 'fish')('replaces a typed name with the id where the flag takes ids', async () => {
    expect(await lineAfterTab(shell, 'ashby job info Staff', env)).toBe(`ashby job info ${staff.id} `);
  });
});
