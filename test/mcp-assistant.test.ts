// A second QA sweep of `ashby mcp` as an assistant drives it for a recruiter (find a candidate, tag
// them, add a note, move or archive an application): what the tool list tells a model, and what
// each answer lets it do next with its tools alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { callJson, startMcp, type McpSession } from './helpers/mcp.js';
import { stats } from './helpers/sandbox.js';
import { applicant, application, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
let m: McpSession;
let tools: Array<{ name: string; description?: string; inputSchema: { properties?: Record<string, any> }; annotations?: Record<string, unknown> }>;
beforeAll(async () => {
  m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
  tools = (await m.client.listTools()).tools as typeof tools;
});
afterAll(() => m?.close());
const writes = async () => (await stats(s.h)).writes.total;

const tool = (name: string) => {
  const t = tools.find((x) => x.name === name);
  if (!t) throw new Error(`no tool ${name}`);
  return t;
};

describe('MCP: an endpoint tool parameter that takes an id', () => {
  it('says it takes an id (not a name, which the CLI would look up), except a custom field by title', () => {
    expect(tool('customField_setValue').inputSchema.properties?.objectId.description).toBe('the record the field belongs to; an id, not a name');
    expect(tool('candidate_addTag').inputSchema.properties?.candidateId.description).toBe('the candidate (see the candidate_search tool); an id, not a name');
    expect(tool('customField_setValue').inputSchema.properties?.fieldId.description).toMatch(/; an id, or the field's title$/);
    const silent: string[] = [];
    for (const t of tools) {
      for (const [k, p] of Object.entries(t.inputSchema.properties ?? {})) {
        const item = p.type === 'array' ? p.items : p;
        if (item?.type === 'string' && (item.format === 'uuid' || /(^id|Id)s?$/.test(k)) && !/\bids?\b/.test(p.description ?? ''))
          silent.push(`${t.name}.${k}`);
      }
    }
    expect(silent).toEqual([]);
  });
});

describe('MCP: a write that needs no confirm', () => {
  it('every such tool takes dryRun, and every other write tool confirm', () => {
    const neither = tools
      .filter((t) => t.annotations?.readOnlyHint === false)
      .filter((t) => !t.inputSchema.properties?.confirm && !t.inputSchema.properties?.dryRun)
      .map((t) => t.name);
    expect(neither).toEqual([]);
    expect(tools.filter((t) => t.annotations?.readOnlyHint === true && t.inputSchema.properties?.dryRun).map((t) => t.name)).toEqual([]);
  });

  it('candidate_createNote with dryRun: the request it would send, nothing written; without it, the note', async () => {
    const a = await applicant(s.h);
    const before = await writes();
    const dry = await callJson(m, 'candidate_createNote', { candidateId: a.candidateId, note: 'Strong on systems design', dryRun: true });
    expect(dry.isError, JSON.stringify(dry.body)).toBe(false);
    expect(dry.body).toMatchObject({
      preview: true,
      changed: false,
      wouldSend: { endpoint: 'candidate.createNote', body: { candidateId: a.candidateId, note: 'Strong on systems design' } },
      toProceed: 'call again with the same arguments without dryRun',
    });
    expect(await writes()).toBe(before);
    const bad = await callJson(m, 'candidate_createNote', { candidateId: a.candidateId, note: 'x', dryRun: 'yes' });
    expect(bad.body.error).toMatchObject({ code: 'invalid_input', message: 'candidate_createNote: dryRun must be true or false' });
    const real = await callJson(m, 'candidate_createNote', { candidateId: a.candidateId, note: 'Strong on systems design' });
    expect(real.isError, JSON.stringify(real.body)).toBe(false);
    expect(await writes()).toBe(before + 1);
  });

  it('move_application_to_stage with dryRun names the candidate, job and stage and moves nothing; into Hired it says confirm is needed', async () => {
    const a = await applicant(s.h);
    const { status, currentInterviewStage } = await application(s.h, a.applicationId);
    const was = currentInterviewStage.title;
    const before = await writes();
    const dry = await callJson(m, 'move_application_to_stage', { application: a.email, stage: 'Onsite', dryRun: true });
    expect(dry.isError, JSON.stringify(dry.body)).toBe(false);
    expect(dry.body.preview).toBe(true);
    expect(dry.body.effect).toEqual([`would move ${a.name} <${a.email}> — Staff Engineer (${status}, ${was}) to "Onsite"`]);
    expect(dry.body.wouldSend.endpoint).toBe('application.changeStage');
    expect(dry.body.toProceed).toBe('call again with the same arguments without dryRun');

    const hired = await callJson(m, 'move_application_to_stage', { application: a.email, stage: 'Hired', dryRun: true });
    expect(hired.body.preview).toBe(true);
    expect(hired.body.toProceed).toBe('call again with the same arguments and confirm: true');
    expect(await writes()).toBe(before);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe(was);

    const moved = await callJson(m, 'move_application_to_stage', { application: a.email, stage: 'Onsite' });
    expect(moved.isError, JSON.stringify(moved.body)).toBe(false);
    expect((await application(s.h, a.applicationId)).currentInterviewStage.title).toBe('Onsite');
  });
});

describe('MCP: surveyRequest_create', () => {
  it('says it makes a link and emails nothing (an assistant told the person the survey was sent), and answers the link', async () => {
    const t = tool('surveyRequest_create');
    expect(t.description).toMatch(/^Make a survey link for a candidate to fill in \(Ashby emails nothing\)\./);
    expect(t.description).not.toMatch(/\bsend/i);
    const a = await applicant(s.h);
    const form = (await callJson(m, 'surveyFormDefinition_list', {})).body.results[0];
    const r = await callJson(m, 'surveyRequest_create', { candidateId: a.candidateId, applicationId: a.applicationId, surveyFormDefinitionId: form.id });
    expect(r.isError, JSON.stringify(r.body)).toBe(false);
    expect(r.body.results.surveyUrl).toMatch(/^https:\/\//);
  });
});

describe('MCP: a list read with fields', () => {
  it('answers only those fields of each record, the cursor continues, and a field no record has is named with the ones there are', async () => {
    const fields = ['id', 'candidate.name', 'currentInterviewStage.title'];
    const whole = await callJson(m, 'application_list', { limit: 100 });
    const narrow = await callJson(m, 'application_list', { limit: 100, fields });
    expect(narrow.isError, JSON.stringify(narrow.body)).toBe(false);
    expect(narrow.body.results).toHaveLength(100);
    expect(narrow.body.results[0]).toEqual({
      id: whole.body.results[0].id,
      candidate: { name: whole.body.results[0].candidate.name },
      currentInterviewStage: { title: whole.body.results[0].currentInterviewStage.title },
    });
    expect(JSON.stringify(narrow.body).length).toBeLessThan(JSON.stringify(whole.body).length / 4);
    const next = await callJson(m, 'application_list', { limit: 5, fields: ['id'], cursor: narrow.body.nextCursor });
    expect(next.body.results.map((r: { id: string }) => r.id)).toEqual(
      (await callJson(m, 'application_list', { limit: 5, cursor: whole.body.nextCursor })).body.results.map((r: { id: string }) => r.id),
    );

    const typo = await callJson(m, 'candidate_search', { name: 'a', fields: ['id', 'emial'] });
    expect(typo.isError).toBe(true);
    expect(typo.body.error.code).toBe('invalid_input');
    expect(typo.body.error.message).toBe('candidate_search: fields "emial" matches no field of these records');
    expect(typo.body.error.hint).toMatch(/^their fields: id, name, .*primaryEmailAddress\.value/);

    const before = (await stats(s.h)).requests.total;
    const bad = await callJson(m, 'candidateTag_list', { fields: 'title' });
    expect(bad.body.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^candidateTag_list: fields must be a list/) });
    expect((await stats(s.h)).requests.total).toBe(before);
  });
});

describe('MCP: openWorldHint', () => {
  it('is true for the tools that can email or invite people outside Ashby, and only for them', () => {
    const open = tools.filter((t) => t.annotations?.openWorldHint === true).map((t) => t.name);
    expect(open.sort()).toEqual(
      [
        'application_changeStage',
        'application_transfer',
        'applicationForm_submit',
        'archive_applications',
        'interviewSchedule_create',
        'interviewSchedule_update',
        'sequence_add',
        'sequence_start',
      ].sort(),
    );
    expect(tools.every((t) => typeof t.annotations?.openWorldHint === 'boolean')).toBe(true);
  });
});
