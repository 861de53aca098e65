// A second QA sweep of `ashby mcp` as an assistant drives it for a recruiter (find a candidate, tag
// them, add a note, move or archive an application): what the tool list tells a model, and what
// each answer lets it do next with its tools alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { startMcp, type McpSession } from './helpers/mcp.js';
import { sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
let m: McpSession;
let tools: Array<{ name: string; description?: string; inputSchema: { properties?: Record<string, any> }; annotations?: Record<string, unknown> }>;
beforeAll(async () => {
  m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
  tools = (await m.client.listTools()).tools as typeof tools;
});
afterAll(() => m?.close());

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
