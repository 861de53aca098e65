// What `ashby mcp` must not do that the CLI may: read stdin (the protocol stream) for "-", name a tool
// the server does not offer (--tools) as the way to check a write whose outcome is unknown, or tell an
// assistant to pass --db, which no tool takes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { callJson, startMcp } from './helpers/mcp.js';
import { stats } from './helpers/sandbox.js';
import { applicant, application, failingProxy, sandboxSuite } from './helpers/workflow-fixtures.js';
import { HostileServer } from './hostile/server.js';

const s = sandboxSuite();
const writes = async () => (await stats(s.h)).writes.total;

describe('MCP: "-" (stdin on the command line) is refused', () => {
  it('archive_applications: a tool error naming applications, nothing read or archived, and the server still answers', async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const before = await writes();
      for (const applications of [['-'], [a.email, '-']]) {
        for (const confirm of [true, false]) {
          const r = await callJson(m, 'archive_applications', { applications, reason: 'Position closed', confirm });
          expect(r.isError, JSON.stringify(r.body)).toBe(true);
          expect(r.body.error.code).toBe('invalid_input');
          expect(r.body.error.message).toMatch(/^applications: "-" /);
          expect(JSON.stringify(r.body)).not.toMatch(/--[a-z]|APPLICATION/);
        }
      }
      expect(await writes()).toBe(before);
      expect((await application(s.h, a.applicationId)).status).not.toBe('Archived');
      // The protocol stream was not read as a list of ids: the next call is answered as usual.
      const view = await callJson(m, 'view_candidate', { candidate: a.email });
      expect(view.isError, JSON.stringify(view.body)).toBe(false);
      expect(m.errors).toEqual([]);
    } finally {
      await m.close();
    }
  });
});

describe('MCP --tools: a hint names only tools this server offers', () => {
  it('a write the server failed while handling: the check is the command in a terminal when its tool is not offered', async () => {
    const a = await applicant(s.h);
    const proxy = await failingProxy(s.h, (ep) => ep === 'candidate.update');
    const m = await startMcp(['mcp', '--tools', 'candidate_update'], tempConfigDir(), proxy.env);
    try {
      const r = await callJson(m, 'candidate_update', { candidateId: a.candidateId, name: 'Renamed' });
      expect(r.isError).toBe(true);
      expect(r.body.error.mayBeApplied).toBe(true);
      expect(r.body.error.note).toBe(
        `the server failed while handling this write, so it may have been applied; it was not retried: check before trying again: \`ashby api candidate.info -f id=${a.candidateId}\` in a terminal (this server does not offer the candidate_info tool)`,
      );
      // Offered, it is named as the tool to call.
      const both = await startMcp(['mcp', '--tools', 'candidate_update,candidate_info'], tempConfigDir(), proxy.env);
      try {
        const r2 = await callJson(both, 'candidate_update', { candidateId: a.candidateId, name: 'Renamed' });
        expect(r2.body.error.note).toMatch(/check before trying again: the candidate_info tool with \{"id":"[^"]+"\}$/);
      } finally {
        await both.close();
      }
    } finally {
      await m.close();
      await proxy.close();
    }
  });

  it('an outcome that is not known (the connection dropped): the hint does not name application_info when it is not offered', async () => {
    const a = await applicant(s.h);
    const srv = await new HostileServer().passThrough(s.h.url).start();
    srv.on('application.changeStage', () => ({ drop: true }));
    const m = await startMcp(['mcp', '--tools', 'hire_application'], tempConfigDir(), srv.env(s.h.apiKey));
    try {
      const r = await callJson(m, 'hire_application', { application: a.applicationId, confirm: true });
      expect(r.isError).toBe(true);
      expect(r.body.error.code).toBe('outcome_unknown');
      expect(r.body.error.hint).toBe(
        `it was not retried, to avoid doing it twice; check before trying again: \`ashby api application.info -f applicationId=${a.applicationId}\` in a terminal (this server does not offer the application_info tool)`,
      );
    } finally {
      await m.close();
      await srv.stop();
    }
  });
});

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
