// What a person meeting ashby for the first time types before reading much: the version, a
// resource's help. Through the CLI, as they would type it.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('first run', () => {
  it('`ashby version` (the API versions resource, as gh and stripe name their own version command) points at --version', async () => {
    const bare = await runCli(['version']);
    expect(bare.code).toBe(0);
    expect(bare.stdout + bare.stderr).toContain("Versions of the Ashby API and their status (ashby's own: ashby --version)");
    const top = await runCli(['--help']);
    expect(top.stdout).toMatch(/version\s+Versions of the Ashby API and their status\s+\(ashby's own:\s+ashby --version\)/);
  });
});
