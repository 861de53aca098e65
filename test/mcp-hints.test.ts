// What `ashby mcp` must not do that the CLI may: read stdin (the protocol stream) for "-", name a tool
// the server does not offer (--tools) as the way to check a write whose outcome is unknown, or tell an
// assistant to pass --db, which no tool takes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { callJson, startMcp } from './helpers/mcp.js';
import { sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

describe('MCP: a mirror that cannot be made where it is', () => {
  it('the hint says to set ASHBY_DB for the server, never --db', async () => {
    const file = join(tempConfigDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const m = await startMcp(['mcp'], tempConfigDir(), { ...s.h.env, ASHBY_DB: join(file, 'm.db') });
    try {
      const r = await callJson(m, 'pipeline', {});
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toMatch(/^cannot sync the mirror at .*: .* is a file, not a folder$/);
      expect(r.body.error.hint).toMatch(/set ASHBY_DB to a path in a folder this server can write, in the environment the assistant's client starts it with/);
      expect(JSON.stringify(r.body)).not.toContain('--db');
    } finally {
      await m.close();
    }
  });
});
