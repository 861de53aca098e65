// The MCP server's pieces in-process: tool words, selection by --read-only and --tools, result
// compaction (trimmed text, cut lists, control characters) and secrets kept out of answers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callableEndpoints } from '../src/catalog/catalog.js';
import { NotFoundError, UsageError } from '../src/errors.js';
import { MAX_NESTED, MAX_TEXT, cleanText, compact, errorResult, textResult } from '../src/mcp/results.js';
import { toolWords } from '../src/mcp/schema.js';
import { allTools, listed, recordInitialize, selectTools, type ListedTool } from '../src/mcp/server.js';
import { page } from '../src/mcp/tool.js';

describe('tool words', () => {
  it('turns command-line references into tool and parameter names', () => {
    expect(toolWords('the application (see `ashby application list`)')).toBe('the application (see the application_list tool)');
    expect(toolWords("an application's team (or --job-id, --opening-id)")).toBe("an application's team (or jobId, openingId)");
    expect(toolWords('format of --description.content')).toBe('format of description.content');
    expect(toolWords('List candidates: one page by default, --all for every one')).toBe('List candidates: one page by default');
  });

  it('leaves no shell command or flag in any tool description or parameter', async () => {
    const tools = await allTools();
    for (const t of tools) {
      const text = JSON.stringify([t.description, t.inputSchema]);
      expect(text, t.name).not.toMatch(/`ashby |(^|[\s(])--[a-z]/);
    }
  });
});

describe('tool selection', () => {
  it('--read-only keeps exactly the tools that do not write', async () => {
    const all = await allTools();
    const ro = selectTools(all, { readOnly: true });
    expect(ro.every((t) => !t.write && t.annotations.readOnlyHint)).toBe(true);
    expect(ro).toEqual(all.filter((t) => !t.write));
    const names = ro.map((t) => t.name);
    for (const e of callableEndpoints()) expect(names.includes(e.id.replace(/\./g, '_')), e.id).toBe(!e.write);
  });

  it('--tools takes globs, repeated or comma-separated, and refuses one that matches nothing', async () => {
    const all = await allTools();
    expect(selectTools(all, { tools: ['*_list'] }).every((t) => t.name.endsWith('_list'))).toBe(true);
    expect(
      selectTools(all, { tools: ['job_info,job_list'] })
        .map((t) => t.name)
        .sort(),
    ).toEqual(['job_info', 'job_list']);
    expect(() => selectTools(all, { tools: ['nope*'] })).toThrow(UsageError);
    expect(() => selectTools(all, { tools: ['candidate_create'], readOnly: true })).toThrow(/no tool/);
  });

  it('gives every tool a unique name', async () => {
    const names = (await allTools()).map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the tool list the build renders (dist/mcp-tools.json, answered at start-up)', () => {
  const rendered = () => JSON.parse(readFileSync(new URL('../dist/mcp-tools.json', import.meta.url), 'utf8')) as ListedTool[];

  it('is exactly what the catalog and the workflows build', async () => {
    const built = (await allTools()).map(listed);
    expect(rendered()).toEqual(JSON.parse(JSON.stringify(built)));
    expect(rendered().length).toBeGreaterThan(150);
  });

  it('--read-only and --tools select the same tools from it as from the tools themselves', async () => {
    const all = await allTools();
    const list = rendered();
    const names = (ts: Array<{ name: string }>) => ts.map((t) => t.name);
    for (const o of [{ readOnly: true }, { tools: ['candidate_*'] }, { tools: ['candidate_*,*_list'], readOnly: true }, { tools: ['archive_applications'] }]) {
      expect(names(selectTools(list, o)), JSON.stringify(o)).toEqual(names(selectTools(all, o)));
    }
    expect(selectTools(list, { readOnly: true }).every((t) => !t.write && t.annotations.readOnlyHint)).toBe(true);
    expect(() => selectTools(list, { tools: ['candidate_create'], readOnly: true })).toThrow(/no tool/);
  });
});

describe('the initialize answers the build records (dist/mcp-initialize.json, answered before the SDK loads)', () => {
  it("are the SDK server's own answers, for every protocol version the SDK speaks", async () => {
    const { SUPPORTED_PROTOCOL_VERSIONS } = await import('@modelcontextprotocol/sdk/types.js');
    const file = JSON.parse(readFileSync(new URL('../dist/mcp-initialize.json', import.meta.url), 'utf8'));
    const recorded = await recordInitialize();
    expect(file).toEqual(recorded);
    expect(Object.keys(file)).toEqual(SUPPORTED_PROTOCOL_VERSIONS);
    for (const v of SUPPORTED_PROTOCOL_VERSIONS)
      expect(file[v]).toMatchObject({ protocolVersion: v, capabilities: { tools: {} }, serverInfo: { name: 'ashby' } });
  });
});

describe("the SDK's Ajv provider in the bundle (Ajv loaded when it is first made)", () => {
  it('still checks a JSON Schema, formats included', async () => {
    const dist = new URL('../dist/', import.meta.url);
    const file = readdirSync(dist).find((f) => f.startsWith('ajv-provider-') && f.endsWith('.js'));
    expect(file).toBeDefined();
    const { AjvJsonSchemaValidator } = await import(new URL(file!, dist).href);
    const check = new AjvJsonSchemaValidator().getValidator({
      type: 'object',
      properties: { email: { type: 'string', format: 'email' } },
      required: ['email'],
    });
    expect(check({ email: 'ada@example.com' }).valid).toBe(true);
    expect(check({ email: 'not an email' }).valid).toBe(false);
    expect(check({}).errorMessage).toMatch(/email/);
  });
});

describe('results', () => {
  it('trims long text with a marker and cuts long nested lists', () => {
    const long = 'x'.repeat(MAX_TEXT + 10);
    expect(cleanText(long)).toBe(`${'x'.repeat(MAX_TEXT)}… [trimmed: 10 more characters]`);
    const v = compact({ results: { items: Array.from({ length: MAX_NESTED + 5 }, (_, i) => i) } }) as { results: { items: unknown[] } };
    expect(v.results.items).toHaveLength(MAX_NESTED + 1);
    expect(v.results.items[MAX_NESTED]).toBe('[… 5 more items not shown]');
    // The answer's own list (a page, rows) is bounded by its tool and continued by its cursor or offset.
    const rows = Array.from({ length: MAX_NESTED + 5 }, (_, i) => i);
    expect(compact({ rows })).toEqual({ rows });
  });

  it('cuts a long list with the total and the offset that continues it', () => {
    const all = Array.from({ length: 120 }, (_, i) => i);
    expect(page(all, 0, 50, 'rows')).toEqual({ rows: all.slice(0, 50), total: 120, nextOffset: 50 });
    expect(page(all, 100, 50, 'rows')).toEqual({ rows: all.slice(100) });
    expect(page(all.slice(0, 3), 0, 50, 'rows')).toEqual({ rows: [0, 1, 2] });
  });

  it('drops control characters and bidirectional overrides from Ashby data', () => {
    expect(cleanText('Ada\u001b[31m Love\u0007lace\u202e\u001b]52;c;ZXZpbA==\u0007')).toBe('Ada Love\u2407lace');
    expect(cleanText('line one\nline two\tend')).toBe('line one\nline two\tend');
  });

  it('keeps secrets out: secret-named fields and the key in messages', () => {
    const redact = (s: string) => s.split('sk_live_abcdef').join('[REDACTED]');
    const r = textResult({ webhook: { secretToken: 'shh-123456' }, note: 'key sk_live_abcdef' }, redact);
    expect(r.content[0].text).not.toContain('shh-123456');
    expect(r.content[0].text).not.toContain('sk_live_abcdef');
    const e = errorResult(
      new NotFoundError({ endpoint: 'candidate.info', code: 'candidate_not_found', message: 'sent with sk_live_abcdef' }, 'check the id'),
      redact,
    );
    expect(e.isError).toBe(true);
    const body = JSON.parse(e.content[0].text);
    expect(body.error).toMatchObject({ code: 'candidate_not_found', hint: 'check the id', exitCode: 3 });
    expect(e.content[0].text).not.toContain('sk_live_abcdef');
  });
});
