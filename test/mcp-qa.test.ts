// What `ashby mcp`'s tools answer an assistant when a call cannot go ahead as asked: a name that fits
// several records, a step that another tool takes, arguments that do not fit. The assistant cannot
// type a flag or answer a prompt: every message names the tool's parameters and tools, and a call
// refused for its input sends nothing.
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { callJson, startMcp } from './helpers/mcp.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, applicant, application, failingProxy, sandboxSuite } from './helpers/workflow-fixtures.js';
import { HostileServer } from './hostile/server.js';

const s = sandboxSuite();
const writes = async () => (await stats(s.h)).writes.total;
/** Nothing the CLI's user would type: no --flag, no prompt's question, no `ashby …` to run. */
const toolTerms = (body: unknown) => {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/--[a-z]|which one\?|`ashby /);
};

describe('MCP: a name that fits several records', () => {
  it('two candidates of one name: a tool error naming the parameter, listing both with email and id, and what tells them apart', async () => {
    const name = `Namesake ${Date.now()} Person`;
    const a = await applicant(s.h, ['Staff Engineer'], name);
    const b = await applicant(s.h, ['Product Manager'], name);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const before = await writes();
      for (const [tool, args, param] of [
        ['view_candidate', { candidate: name }, 'candidate'],
        ['move_application_to_stage', { application: name, stage: 'Onsite' }, 'application'],
        ['hire_application', { application: name, confirm: true }, 'application'],
        ['archive_applications', { applications: [name], reason: 'Position closed', confirm: true }, 'applications'],
      ] as const) {
        const r = await callJson(m, tool, args);
        expect(r.isError, tool).toBe(true);
        expect(r.body.error.code).toBe('invalid_input');
        expect(r.body.error.message).toContain(`"${name}" matches 2 candidates (${param}):`);
        for (const who of [a, b]) expect(r.body.error.message).toContain(`${name} (${who.email})  ${who.candidateId}`);
        expect(r.body.error.hint).toBe('they share the name: give the email or the id');
        toolTerms(r.body);
      }
      expect(await writes()).toBe(before);
    } finally {
      await m.close();
    }
  });

  it('a mirror tool: the jobs a title fits are listed, naming the job parameter and no command', async () => {
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const r = await callJson(m, 'pipeline', { job: 'Manager' });
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toMatch(/^"Manager" matches 3 jobs \(job\):\n {2}Engineering Manager \(Open\) {2}\S+\n/);
      expect(r.body.error.hint).toBe('give the full title or the id');
      toolTerms(r.body);
    } finally {
      await m.close();
    }
  });

  it('a candidate with several applications: the applications listed, and the job parameter named', async () => {
    const a = await applicant(s.h, ['Staff Engineer', 'Product Manager']);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const before = await writes();
      const r = await callJson(m, 'move_application_to_stage', { application: a.email, stage: 'Onsite' });
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toContain(`"${a.email}" matches 2 applications (application):`);
      for (const [job, id] of Object.entries(a.applications)) expect(r.body.error.message).toContain(`${a.name} — ${job} (Lead, New Lead)  ${id}`);
      expect(r.body.error.hint).toBe("add job (the job's title) to choose one, or pass the application id");
      toolTerms(r.body);
      expect(await writes()).toBe(before);
    } finally {
      await m.close();
    }
  });
});

describe('MCP archive_applications: several that cannot be identified', () => {
  it('answers each in the notes and an error whose code says what kind it is, archiving none', async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const before = await writes();
      const r = await callJson(m, 'archive_applications', {
        applications: [a.email, 'nobody.here@example.com', 'nobody.there@example.com'],
        reason: 'Position closed',
        confirm: true,
      });
      expect(r.isError).toBe(true);
      expect(r.body.error).toEqual({ message: '2 of 3 applications could not be identified; nothing was archived', code: 'not_found', exitCode: 3 });
      expect(r.body.notes).toEqual([
        '✗ nobody.here@example.com: no candidate matches "nobody.here@example.com"',
        '✗ nobody.there@example.com: no candidate matches "nobody.there@example.com"',
      ]);
      expect(await writes()).toBe(before);
    } finally {
      await m.close();
    }
  });
});

describe('MCP: a hint names the tool, or the parameter', () => {
  it("a move to the archive stage points at archive_applications; a candidate not found names view_candidate's parameter", async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const before = await writes();
      const r = await callJson(m, 'move_application_to_stage', { application: a.email, stage: 'Archived' });
      expect(r.isError).toBe(true);
      expect(r.body.error.hint).toBe(`archiving needs a reason: the archive_applications tool with {"applications":["${a.applicationId}"],"reason":"REASON"}`);
      toolTerms(r.body);
      const missing = await callJson(m, 'view_candidate', { candidate: 'Nobody Of This Name Zzq' });
      expect(missing.body.error.hint).toBe('check the value of candidate, or look for part of the name: the search_candidates tool with {"query":"Nobody"}');
      expect(await writes()).toBe(before);
    } finally {
      await m.close();
    }
  });
});

describe('MCP create_offer: required offer form fields not among the answers', () => {
  it('are listed all at once, each as a key of answers, rather than asked for one by one; no offer is made', async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const r = await callJson(m, 'create_offer', { application: a.email, answers: { 'Base salary': '150000 USD' }, confirm: true });
      expect(r.isError).toBe(true);
      expect(r.body.error.code).toBe('invalid_input');
      expect(r.body.error.message).toMatch(/^missing required offer form fields:\n/);
      expect(r.body.error.message).toContain('Start date (a date, YYYY-MM-DD): the key "Start date" in answers');
      expect(r.body.error.message).toMatch(/Employment type \(.*\): the key "Employment type" in answers/);
      toolTerms(r.body);
      expect(await apiOk(s.h, 'offer.list', { applicationId: a.applicationId })).toEqual([]);
    } finally {
      await m.close();
    }
  });
});

describe('MCP create_offer: an answer for a field the form does not have', () => {
  it("is answered with the form's fields and what became of the offer", async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const r = await callJson(m, 'create_offer', { application: a.email, answers: { Salary: '150000 USD' }, confirm: true });
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toBe('the offer form has no field "Salary"');
      expect(r.body.error.hint).toMatch(/^its fields: .*Base salary, .*Start date, .*Employment type.*; no offer was created; /);
      toolTerms(r.body);
    } finally {
      await m.close();
    }
  });
});

describe('MCP: arguments that do not fit', () => {
  it('blank text for a required parameter, an empty list, an unknown parameter, a confirm that is not true or false: invalid_input naming it, no request', async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const requests = async () => (await stats(s.h)).requests.total;
      const before = await requests();
      for (const [tool, args, message] of [
        ['search_candidates', { query: '   ' }, 'search_candidates: missing query'],
        ['view_candidate', { candidate: '' }, 'view_candidate: missing candidate'],
        ['archive_applications', { applications: [], reason: 'Position closed' }, 'archive_applications: applications must list at least one'],
        ['candidate_info', { id: a.candidateId, bogus: true }, 'candidate_info: unknown parameter bogus'],
        ['candidate_info', { id: a.candidateId, limit: 5 }, 'candidate_info: unknown parameter limit'],
        ['candidate_update', { candidateId: a.candidateId, nmae: 'Typo', emial: 'x@example.com' }, 'candidate_update: unknown parameters nmae, emial'],
        ['candidate_anonymize', { candidateId: a.candidateId, confirm: 'yes' }, 'candidate_anonymize: confirm must be true or false'],
        ['candidate_search', {}, 'candidate_search: nothing to search for: give name or email'],
        ['candidate_search', { name: '  ' }, 'candidate_search: nothing to search for: give name or email'],
      ] as const) {
        const r = await callJson(m, tool, args);
        expect(r.isError, tool).toBe(true);
        expect(r.body.error).toMatchObject({ code: 'invalid_input', message });
        toolTerms(r.body);
      }
      const info = await callJson(m, 'candidate_info', { id: a.candidateId, bogus: true });
      expect(info.body.error.hint).toBe('its parameters: id, externalMappingId');
      expect(await requests()).toBe(before);
    } finally {
      await m.close();
    }
  });
});

describe('MCP: a write whose outcome is not known', () => {
  it('the server failed while handling it: the answer says it may have been applied, and which tool checks it', async () => {
    const a = await applicant(s.h);
    const proxy = await failingProxy(s.h, (ep) => ep === 'candidate.update');
    const m = await startMcp(['mcp'], tempConfigDir(), proxy.env);
    try {
      const r = await callJson(m, 'candidate_update', { candidateId: a.candidateId, name: 'Renamed' });
      expect(r.isError).toBe(true);
      expect(r.body.error.mayBeApplied).toBe(true);
      expect(r.body.error.note).toBe(
        `the server failed while handling this write, so it may have been applied; it was not retried: check before trying again: the candidate_info tool with {"id":"${a.candidateId}"}`,
      );
      expect(proxy.hits).toEqual(['candidate.update']);
      toolTerms(r.body);
    } finally {
      await m.close();
      await proxy.close();
    }
  });

  it('archive_applications: an item the server failed while handling is unknown, not failed, and is not sent again', async () => {
    const [a, b] = [await applicant(s.h), await applicant(s.h)];
    const proxy = await failingProxy(s.h, (ep, body) => ep === 'application.changeStage' && body.applicationId === b.applicationId);
    const m = await startMcp(['mcp'], tempConfigDir(), proxy.env);
    try {
      const r = await callJson(m, 'archive_applications', { applications: [a.email, b.email], reason: 'Position closed', confirm: true });
      expect(r.isError).toBe(true);
      expect(r.body.error).toEqual({
        code: 'partial',
        message:
          'of 2 applications, 1 sent without an answer (they may or may not be archived: check them before trying again); the others were archived, and nothing is retried',
      });
      const byApp = Object.fromEntries(r.body.outcomes.map((o: { applicationId: string }) => [o.applicationId, o]));
      expect(byApp[a.applicationId].result).toBe('archived');
      expect(byApp[b.applicationId]).toMatchObject({ result: 'unknown' });
      expect(byApp[b.applicationId].error).toMatch(/internal_error.*: the server failed while handling it, so it may have been applied$/);
      expect(proxy.hits).toEqual(['application.changeStage']);
    } finally {
      await m.close();
      await proxy.close();
    }
  });

  it('the connection dropped after a hire was sent: outcome_unknown, checked with application_info', async () => {
    const a = await applicant(s.h);
    const srv = await new HostileServer().passThrough(s.h.url).start();
    srv.on('application.changeStage', () => ({ drop: true }));
    const m = await startMcp(['mcp'], tempConfigDir(), srv.env(s.h.apiKey));
    try {
      const r = await callJson(m, 'hire_application', { application: a.applicationId, confirm: true });
      expect(r.isError).toBe(true);
      expect(r.body.error.code).toBe('outcome_unknown');
      expect(r.body.error.hint).toBe(
        `it was not retried, to avoid doing it twice; check before trying again: the application_info tool with {"applicationId":"${a.applicationId}"}`,
      );
      toolTerms(r.body);
      expect((await application(s.h, a.applicationId)).status).not.toBe('Hired');
    } finally {
      await m.close();
      await srv.stop();
    }
  });
});

describe('MCP: no key, or a key Ashby refuses', () => {
  it("says the key is the person's to set up in a terminal or the server's environment, never a flag for the call", async () => {
    const none = await startMcp(['mcp'], tempConfigDir(), { ASHBY_BASE_URL: s.h.url });
    const wrong = await startMcp(['mcp'], tempConfigDir(), { ASHBY_BASE_URL: s.h.url, ASHBY_API_KEY: 'not-a-key-of-this-org' });
    try {
      for (const tool of ['candidate_list', 'search_candidates'] as const) {
        const r = await callJson(none, tool, tool === 'candidate_list' ? {} : { query: 'x' });
        expect(r.body.error.code).toBe('no_api_key');
        expect(r.body.error.hint).toBe(
          "no tool sets a key: `ashby auth login` in a terminal stores one (the next call uses it), or ASHBY_API_KEY in this server's environment gives one; `ashby mcp --sandbox` serves the offline sandbox instead",
        );
      }
      const refused = await callJson(wrong, 'candidate_list', {});
      expect(refused.body.error.exitCode).toBe(4);
      expect(refused.body.error.hint).toBe(
        "the API key was refused (HTTP 403, Ashby's answer to a wrong or deactivated key); it comes from ASHBY_API_KEY, which is used before any stored profile: check it in Ashby (Admin > Integrations > API Keys), then correct the variable, or unset it and run `ashby auth login` in a terminal",
      );
      expect(JSON.stringify(refused.body)).not.toContain('not-a-key-of-this-org');
    } finally {
      await none.close();
      await wrong.close();
    }
  });
});

/** A value of the schema's type, valid where it can be (ids are well-formed UUIDs). */
function sample(schema: any): unknown {
  if (schema?.enum) return schema.enum[0];
  switch (schema?.type) {
    case 'string':
      return schema.format === 'uuid' ? '00000000-0000-4000-8000-000000000001' : schema.format === 'date-time' ? '2030-01-01T09:00:00Z' : 'x';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array':
      return [sample(schema.items)];
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((k: string) => [k, sample(schema.properties?.[k])]));
    default:
      return 'x';
  }
}

describe('MCP: every tool that needs confirm, called without it', () => {
  it('sends nothing to Ashby: a catalog tool not even a read, a workflow no write', async () => {
    const a = await applicant(s.h);
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const { tools } = await m.client.listTools();
      const gated = tools.filter((t) => (t.inputSchema.properties as Record<string, unknown> | undefined)?.confirm);
      expect(gated.length).toBeGreaterThan(20);
      let previews = 0;
      const workflows = ['move_application_to_stage', 'archive_applications', 'hire_application', 'create_offer'];
      for (const t of gated.filter((x) => !workflows.includes(x.name))) {
        const before = (await stats(s.h)).requests.total;
        const r = await callJson(m, t.name, sample(t.inputSchema) as Record<string, unknown>);
        expect((await stats(s.h)).requests.total, t.name).toBe(before);
        if (r.isError) expect(r.body.error.code, `${t.name}: ${JSON.stringify(r.body)}`).toBe('invalid_input');
        else {
          expect(r.body, t.name).toMatchObject({ preview: true, changed: false });
          previews++;
        }
      }
      expect(previews).toBeGreaterThan(10);
      const writesBefore = await writes();
      for (const [tool, args] of [
        ['archive_applications', { applications: [a.email], reason: 'Position closed', emailTemplate: 'Rejection (after interviews)' }],
        ['hire_application', { application: a.email }],
        ['create_offer', { application: a.email, answers: { 'Base salary': '150000 USD' }, approve: true }],
        ['move_application_to_stage', { application: a.email, stage: 'Hired' }],
      ] as const) {
        const r = await callJson(m, tool, args);
        expect(r.body, tool).toMatchObject({ preview: true, changed: false });
      }
      expect(await writes()).toBe(writesBefore);
      // A preview describes; it asks nothing (a terminal's question would read as one to answer).
      const move = await callJson(m, 'move_application_to_stage', { application: a.email, stage: 'Hired' });
      expect(move.body.effect.join('\n')).toContain('Hiring fills an opening');
      for (const line of move.body.effect) expect(line).not.toMatch(/\?$/);
      expect(move.body.toProceed).toBe('call again with the same arguments and confirm: true');
    } finally {
      await m.close();
    }
  });
});

describe('MCP --read-only: every tool that writes, called by name anyway', () => {
  it('is refused, and nothing is sent', async () => {
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    const ro = await startMcp(['mcp', '--read-only'], tempConfigDir(), s.h.env);
    try {
      const writers = (await m.client.listTools()).tools.filter((t) => t.annotations?.readOnlyHint === false);
      expect(writers.length).toBeGreaterThan(50);
      const offered = new Set((await ro.client.listTools()).tools.map((t) => t.name));
      const before = (await stats(s.h)).requests.total;
      for (const t of writers) {
        expect(offered.has(t.name), t.name).toBe(false);
        const r = await callJson(ro, t.name, { ...(sample(t.inputSchema) as Record<string, unknown>), confirm: true });
        expect(r.isError, t.name).toBe(true);
        expect(r.body.error.message).toBe(`refused: ${t.name} changes data, and this server is read-only (ashby mcp --read-only)`);
      }
      expect((await stats(s.h)).requests.total).toBe(before);
    } finally {
      await m.close();
      await ro.close();
    }
  });
});

describe('MCP mirror tools: Ashby fails the refresh of a mirror there is', () => {
  it('the error says offline: true answers from the mirror as it is, and it does', async () => {
    let broken = false;
    const proxy = await failingProxy(s.h, (ep) => broken && ep === 'application.list');
    // A read Ashby fails is retried: not here, where it would only take longer.
    const m = await startMcp(['mcp', '--max-retries', '0'], tempConfigDir(), proxy.env);
    try {
      expect((await callJson(m, 'pipeline', {})).isError).toBe(false);
      broken = true;
      const r = await callJson(m, 'pipeline', { maxAge: '0s' });
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toBe('application.list: internal_error: injected by the test');
      expect(r.body.error.hint).toMatch(/^the mirror was not refreshed; offline: true answers from it as it is, from .+ ago$/);
      toolTerms(r.body);
      expect((await callJson(m, 'pipeline', { offline: true })).isError).toBe(false);
    } finally {
      await m.close();
      await proxy.close();
    }
  });
});
