// `ashby mcp`: the built CLI as an MCP server on stdio, driven by the SDK's own client against the
// embedded sandbox: the tool list against the catalog, reads, writes, name-resolving workflows,
// confirmations, --read-only, --tools, and the sandbox state seen by the CLI afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callableEndpoints, endpoints } from '../src/catalog/catalog.js';
import { directOptions } from '../src/mcp/main.js';
import { confirmReason } from '../src/mcp/safety.js';
import { BIN, json, runBin, runCli, tempConfigDir } from './helpers/cli.js';
import { callJson, startMcp, type McpSession } from './helpers/mcp.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';
import { applicant, application, failingProxy } from './helpers/workflow-fixtures.js';

const WORKFLOWS = ['search_candidates', 'view_candidate', 'move_application_to_stage', 'archive_applications', 'hire_application', 'create_offer'];
const MIRROR = ['pipeline', 'stale_applications', 'funnel', 'time_in_stage', 'search_mirror'];
const HAND_MADE = [...WORKFLOWS, ...MIRROR];
const toolOf = (endpoint: string) => endpoint.replace(/\./g, '_');

describe('ashby mcp --sandbox', () => {
  const dir = tempConfigDir();
  let s: McpSession;
  const tag = randomBytes(4).toString('hex');
  const person = { name: `Mcp ${tag} Tester`, email: `mcp.${tag}@example.com` };
  let candidateId = '';
  let applicationId = '';

  beforeAll(async () => {
    s = await startMcp(['mcp', '--sandbox'], dir);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists a tool for every callable endpoint and each workflow, with annotations from the catalog', async () => {
    const { tools } = await s.client.listTools();
    const byName = new Map(tools.map((t) => [t.name, t]));
    const callable = callableEndpoints();
    expect(tools.length).toBe(callable.length + HAND_MADE.length);
    for (const w of HAND_MADE) expect(byName.has(w), w).toBe(true);
    for (const m of MIRROR) expect(byName.get(m)!.annotations?.readOnlyHint, m).toBe(true);
    for (const e of endpoints().filter((x) => x.partner)) expect(byName.has(toolOf(e.id)), `partner ${e.id}`).toBe(false);
    for (const e of callable) {
      const t = byName.get(toolOf(e.id));
      expect(t, e.id).toBeDefined();
      expect(t!.inputSchema.type).toBe('object');
      expect(t!.annotations?.readOnlyHint, e.id).toBe(!e.write);
      if (!e.write) expect(t!.annotations?.idempotentHint, e.id).toBe(true);
      if (e.destructive || e.irreversible) expect(t!.annotations?.destructiveHint, e.id).toBe(true);
      // Tools that need confirmation say so in their schema, and only those.
      expect(Boolean((t!.inputSchema.properties as Record<string, unknown> | undefined)?.confirm), e.id).toBe(Boolean(e.write && confirmReason(e)));
      expect((t!.description ?? '').length, e.id).toBeGreaterThan(20);
    }
    // Names every client accepts (Claude's API allows no dots, at most 64 characters).
    for (const t of tools) expect(t.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(byName.get('archive_applications')!.annotations?.destructiveHint).toBe(true);
    expect(byName.get('view_candidate')!.annotations?.readOnlyHint).toBe(true);
    // Our own words for the parameters, pointing at tools rather than shell commands.
    const appInfo = byName.get('application_changeStage')!.inputSchema.properties as Record<string, { description?: string }>;
    expect(appInfo.applicationId.description).toContain('application_list');
    expect(appInfo.applicationId.description).not.toContain('ashby ');
  });

  it('answers a read with one page and a cursor to continue', async () => {
    const r = await callJson(s, 'candidate_list', { limit: 3 });
    expect(r.isError, JSON.stringify(r.body)).toBe(false);
    expect(r.body.results).toHaveLength(3);
    expect(r.body.moreDataAvailable).toBe(true);
    const next = await callJson(s, 'candidate_list', { limit: 3, cursor: r.body.nextCursor });
    expect(next.body.results).toHaveLength(3);
    expect(next.body.results[0].id).not.toBe(r.body.results[0].id);
  });

  it('checks input against the endpoint schema and sends nothing when it does not fit', async () => {
    const r = await callJson(s, 'candidate_info', {});
    expect(r.isError).toBe(true);
    expect(r.body.error.code).toBe('invalid_input');
    expect(r.body.error.message).toMatch(/id/);
    const missing = await callJson(s, 'candidate_info', { id: '3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f' });
    expect(missing.isError).toBe(true);
    expect(missing.body.error.code).toMatch(/not_found$/);
  });

  it('keeps confirm to itself: a tool that needs none takes it and does not send it to Ashby', async () => {
    // applicationHiringTeamRole.list refuses parameters it does not know, as Ashby does.
    const r = await callJson(s, 'applicationHiringTeamRole_list', { confirm: true });
    expect(r.isError, JSON.stringify(r.body)).toBe(false);
    expect(Array.isArray(r.body.results)).toBe(true);
  });

  it('makes a write, and reads it back', async () => {
    const created = await callJson(s, 'candidate_create', person);
    expect(created.isError, JSON.stringify(created.body)).toBe(false);
    candidateId = created.body.results.id;
    const jobs = await callJson(s, 'job_search', { title: 'Staff Engineer' });
    const job = jobs.body.results.find((j: { title: string }) => j.title === 'Staff Engineer');
    const app = await callJson(s, 'application_create', { candidateId, jobId: job.id });
    expect(app.isError, JSON.stringify(app.body)).toBe(false);
    applicationId = app.body.results.id;
    const back = await callJson(s, 'view_candidate', { candidate: person.email });
    expect(back.body.result.candidate.name).toBe(person.name);
    expect(back.body.result.applications.map((a: { id: string }) => a.id)).toEqual([applicationId]);
  });

  it('moves an application by the candidate email and a stage name', async () => {
    const r = await callJson(s, 'move_application_to_stage', { application: person.email, stage: 'onsite' });
    expect(r.isError, JSON.stringify(r.body)).toBe(false);
    expect(r.body.result.stage.title).toBe('Onsite');
    // The server holds no lock between calls: the CLI sees the change while it runs.
    const cli = await runCli(['--sandbox', 'app', 'info', applicationId, '--json'], { env: { ASHBY_CONFIG_DIR: dir } });
    expect(cli.code, cli.stderr).toBe(0);
    expect(json<any>(cli).currentInterviewStage.title).toBe('Onsite');
  });

  it('describes an archive without confirm and changes nothing, then archives with confirm', async () => {
    const preview = await callJson(s, 'archive_applications', { applications: [person.email], reason: 'Not a fit for the role' });
    expect(preview.isError, JSON.stringify(preview.body)).toBe(false);
    expect(preview.body.preview).toBe(true);
    expect(preview.body.changed).toBe(false);
    expect(preview.body.wouldSend.endpoint).toBe('application.changeStage');
    expect(preview.body.effect.join('\n')).toContain(person.name);
    const still = await callJson(s, 'application_info', { applicationId });
    expect(still.body.results.status).toBe('Active');

    const done = await callJson(s, 'archive_applications', { applications: [person.email], reason: 'Not a fit for the role', confirm: true });
    expect(done.isError, JSON.stringify(done.body)).toBe(false);
    expect(done.body.result).toEqual([expect.objectContaining({ applicationId, result: 'archived' })]);
    const after = await callJson(s, 'application_info', { applicationId });
    expect(after.body.results.status).toBe('Archived');
  });

  it('gates a destructive endpoint tool on confirm', async () => {
    const preview = await callJson(s, 'candidate_anonymize', { candidateId });
    expect(preview.isError).toBe(false);
    expect(preview.body).toMatchObject({ preview: true, changed: false, wouldSend: { endpoint: 'candidate.anonymize', body: { candidateId } } });
    expect((await callJson(s, 'candidate_info', { id: candidateId })).body.results.name).toBe(person.name);
    const done = await callJson(s, 'candidate_anonymize', { candidateId, confirm: true });
    expect(done.isError, JSON.stringify(done.body)).toBe(false);
    expect((await callJson(s, 'candidate_info', { id: candidateId })).body.results.name).not.toBe(person.name);
  });

  it('kept stdout for the protocol, and the CLI sees the final state after the server ends', async () => {
    expect(s.errors).toEqual([]);
    expect(s.stderr()).toContain('serving');
    await s.close();
    const cli = await runCli(['--sandbox', 'app', 'info', applicationId, '--json'], { env: { ASHBY_CONFIG_DIR: dir } });
    expect(cli.code, cli.stderr).toBe(0);
    expect(json<any>(cli).status).toBe('Archived');
  });
});

describe('ashby mcp --read-only', () => {
  const dir = tempConfigDir();
  let s: McpSession;
  beforeAll(async () => {
    s = await startMcp(['mcp', '--sandbox', '--read-only'], dir);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists no tool that writes', async () => {
    const { tools } = await s.client.listTools();
    const reads = callableEndpoints().filter((e) => !e.write);
    expect(
      tools
        .filter((t) => !HAND_MADE.includes(t.name))
        .map((t) => t.name)
        .sort(),
    ).toEqual(reads.map((e) => toolOf(e.id)).sort());
    for (const t of tools) expect(t.annotations?.readOnlyHint, t.name).toBe(true);
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['search_candidates', 'view_candidate', ...MIRROR]));
  });

  it('refuses a write tool called by name, and nothing is written', async () => {
    const email = `readonly.${randomBytes(4).toString('hex')}@example.com`;
    const r = await callJson(s, 'candidate_create', { name: 'Read Only', email });
    expect(r.isError).toBe(true);
    expect(r.body.error.message).toContain('read-only');
    const w = await callJson(s, 'archive_applications', { applications: ['x@example.com'], reason: 'x', confirm: true });
    expect(w.isError).toBe(true);
    expect(w.body.error.message).toContain('read-only');
    const found = await callJson(s, 'search_candidates', { query: email });
    expect(found.body.result.candidates).toEqual([]);
  });
});

describe('ashby mcp against an Ashby API (a sandbox server) with a key from the environment', () => {
  const key = 'sk_mcp_test_key_0123456789';
  let h: TestSandbox;
  let s: McpSession;
  beforeAll(async () => {
    h = await startSandbox({ apiKey: key, candidates: 20 });
    s = await startMcp(['mcp'], tempConfigDir(), h.env);
  });
  afterAll(async () => {
    await s?.close();
    await h?.close();
  });

  it('uses the key, and neither it nor a webhook secret appears in any answer', async () => {
    const who = await callJson(s, 'apiKey_info', {});
    expect(who.isError, JSON.stringify(who.body)).toBe(false);
    const hook = await callJson(s, 'webhook_create', {
      webhookType: 'candidateHire',
      requestUrl: 'https://hooks.example.com/ashby',
      secretToken: 'whsec-never-shown-42',
    });
    expect(hook.isError, JSON.stringify(hook.body)).toBe(false);
    const missing = await callJson(s, 'job_info', { id: '3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f' });
    expect(missing.isError).toBe(true);
    const everything = JSON.stringify([who.body, hook.body, missing.body]) + s.stderr();
    expect(everything).not.toContain(key);
    expect(everything).not.toContain('whsec-never-shown-42');
    expect((await stats(h)).writes.byEndpoint['webhook.create']).toBe(1);
  });

  it('refuses a limit Ashby would refuse (0, negative, a fraction, text) and sends nothing', async () => {
    const before = (await stats(h)).requests.byEndpoint['candidate.list'] ?? 0;
    for (const limit of [0, -1, 2.5, '0', 'ten']) {
      const r = await callJson(s, 'candidate_list', { limit });
      expect(r.isError, JSON.stringify(r.body)).toBe(true);
      expect(r.body.error).toMatchObject({ code: 'invalid_input', exitCode: 2 });
      expect(r.body.error.message).toContain('candidate_list: limit must be a whole number');
    }
    expect((await stats(h)).requests.byEndpoint['candidate.list'] ?? 0).toBe(before);
    const big = await callJson(s, 'candidate_list', { limit: 500 });
    expect(big.isError, JSON.stringify(big.body)).toBe(false);
    expect(big.body.results).toHaveLength(20);
    const text = await callJson(s, 'candidate_list', { limit: '3' });
    expect(text.isError, JSON.stringify(text.body)).toBe(false);
    expect(text.body.results).toHaveLength(3);
  });
});

describe('ashby mcp batch with a failure', () => {
  it('archives what it can and answers every outcome as a partial tool error', async () => {
    const h = await startSandbox({ candidates: 20 });
    const a = await applicant(h);
    const b = await applicant(h);
    const proxy = await failingProxy(h, (endpoint, body) => endpoint === 'application.changeStage' && body.applicationId === b.applicationId);
    const s = await startMcp(['mcp'], tempConfigDir(), proxy.env);
    try {
      const r = await callJson(s, 'archive_applications', { applications: [a.email, b.email], reason: 'Not a fit for the role', confirm: true });
      expect(r.isError).toBe(true);
      expect(r.body.error.code).toBe('partial');
      const byApp = Object.fromEntries(r.body.outcomes.map((o: { applicationId: string; result: string }) => [o.applicationId, o.result]));
      expect(byApp[a.applicationId]).toBe('archived');
      expect(['failed', 'unknown']).toContain(byApp[b.applicationId]);
      expect((await application(h, a.applicationId)).status).toBe('Archived');
      expect((await application(h, b.applicationId)).status).not.toBe('Archived');
      expect(proxy.hits).toEqual(['application.changeStage']); // the failed write was not sent again
    } finally {
      await s.close();
      await proxy.close();
      await h.close();
    }
  });
});

describe('ashby mcp ending', () => {
  it('ends cleanly on SIGTERM while its stdin stays open', async () => {
    const child = spawn(process.execPath, [BIN, 'mcp', '--sandbox'], {
      env: { PATH: process.env.PATH ?? '', ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('serving')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child.stdin.end();
  });
});

describe('ashby mcp --tools and --print-config', () => {
  it('offers only the tools the globs name', async () => {
    const s = await startMcp(['mcp', '--sandbox', '--tools', 'candidate_*', '--tools', 'search_candidates'], tempConfigDir());
    try {
      const names = (await s.client.listTools()).tools.map((t) => t.name).sort();
      const expected = [
        ...callableEndpoints()
          .filter((e) => e.resource === 'candidate')
          .map((e) => toolOf(e.id)),
        'search_candidates',
      ].sort();
      expect(names).toEqual(expected);
      const r = await callJson(s, 'job_list', {});
      expect(r.isError).toBe(true);
      expect(r.body.error.message).toContain('--tools');
    } finally {
      await s.close();
    }
  });

  it('exits 2 for a glob that matches no tool', async () => {
    const r = await runCli(['mcp', '--sandbox', '--tools', 'nothing_like_this*']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing_like_this*');
    expect(r.stdout).toBe('');
  });

  it('names what is wrong with --tools: an empty glob, or read tools only under --read-only', async () => {
    for (const glob of ['', ' , ']) {
      const r = await runCli(['mcp', '--sandbox', '--tools', glob]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--tools needs a glob');
      expect(r.stderr).not.toContain('--read-only');
    }
    const writes = await runCli(['mcp', '--sandbox', '--read-only', '--tools', 'candidate_create']);
    expect(writes.code).toBe(2);
    expect(writes.stderr).toContain('with --read-only, only read tools count');
  });

  it.each([
    ['claude', 'mcpServers'],
    ['cursor', 'mcpServers'],
    ['vscode', 'servers'],
  ])('prints a %s snippet that starts this server with the same flags', async (client, key) => {
    const r = await runCli(['mcp', '--print-config', client, '--read-only', '--profile', 'work'], { env: { ASHBY_API_KEY: 'k-not-printed-123' } });
    expect(r.code, r.stderr).toBe(0);
    const server = json<any>(r)[key].ashby;
    expect(server.args.slice(-4)).toEqual(['mcp', '--read-only', '--profile', 'work']);
    expect(r.stdout + r.stderr).not.toContain('k-not-printed-123');
  });

  it('keeps --base-url in the snippet, as the server would otherwise talk to another API', async () => {
    const r = await runCli(['mcp', '--print-config', 'claude', '--base-url', 'https://ashby-proxy.example.test']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<any>(r).mcpServers.ashby.args.slice(-3)).toEqual(['mcp', '--base-url', 'https://ashby-proxy.example.test']);
  });

  it('refuses an unknown client', async () => {
    const r = await runCli(['mcp', '--print-config', 'emacs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('claude');
  });
});

describe('ashby mcp start-up without the command tree (bin/ashby.js -> dist/mcp.js)', () => {
  it('reads the flags a launch line carries, and leaves anything else to the whole CLI', () => {
    expect(directOptions([])).toEqual({ input: true, tools: [] });
    expect(directOptions(['--sandbox', '--read-only', '--tools', 'candidate_*', '--tools=job_list', '--debug'])).toEqual({
      input: true,
      sandbox: true,
      readOnly: true,
      debug: true,
      tools: ['candidate_*', 'job_list'],
    });
    expect(directOptions(['--read-only', '--profile=work'])).toEqual({ input: true, readOnly: true, profile: 'work', tools: [] });
    for (const args of [
      ['--help'],
      ['--print-config', 'claude'],
      ['--list-tools'],
      ['--profile', 'a', '--profile', 'b'],
      ['--sandbox', '--profile', 'work'],
      ['--base-url', 'http://127.0.0.1:1', '--sandbox'],
      ['--tools'],
      ['--tools', '--sandbox'],
      ['--sandbox=1'],
      ['-o', 'json'],
      ['--dry-run'],
      ['extra'],
    ]) {
      expect(directOptions(args), args.join(' ')).toBeUndefined();
    }
  });

  it('reports a bad --tools glob as the CLI does, and hands --print-config to the CLI', async () => {
    const direct = await runBin(['mcp', '--sandbox', '--tools', 'nothing_like_this*']);
    const cli = await runCli(['mcp', '--sandbox', '--tools', 'nothing_like_this*']);
    expect(direct.code).toBe(2);
    expect(direct.stderr).toBe(cli.stderr);
    expect(direct.stdout).toBe('');
    const config = await runBin(['mcp', '--print-config', 'claude', '--sandbox']);
    expect(config.code, config.stderr).toBe(0);
    expect(json<any>(config).mcpServers.ashby.args.slice(-2)).toEqual(['mcp', '--sandbox']);
  });

  it('answers tools/list without loading commander, any command module or the SDK', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-mcp-hook-'));
    const hook = join(dir, 'hook.mjs');
    const log = join(dir, 'modules.log');
    // Logs every module Node resolves, and a mark when the tools/list answer is written.
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nimport net from 'node:net';\n` +
        `registerHooks({ resolve(s, c, next) { const r = next(s, c); appendFileSync(process.env.HOOK_LOG, r.url + '\\n'); return r; } });\n` +
        `const write = net.Socket.prototype.write;\n` +
        `net.Socket.prototype.write = function (chunk, ...rest) { if (String(chunk).includes('"tools":[')) appendFileSync(process.env.HOOK_LOG, 'ANSWERED\\n'); return write.call(this, chunk, ...rest); };\n`,
    );
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ['--import', hook, BIN, 'mcp', '--sandbox'],
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', HOOK_LOG: log },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'ashby-test', version: '1.0.0' });
    await client.connect(transport);
    expect((await client.listTools()).tools.length).toBeGreaterThan(100);
    await client.close();
    const lines = readFileSync(log, 'utf8').split('\n');
    const before = lines.slice(0, lines.indexOf('ANSWERED'));
    expect(before.length).toBeGreaterThan(0);
    const files = before.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code).toMatch(/function answerEarly/); // the check sees what is loaded
    expect(files.filter((f) => f.endsWith(join('dist', 'ashby.js')))).toEqual([]);
    // The SDK is not loaded before the answer either (src/mcp/early.ts), but is once it is out.
    expect(code).not.toMatch(/StdioServerTransport\s*=\s*class/);
    const after = lines.slice(lines.indexOf('ANSWERED')).filter((u) => u.startsWith('file:'));
    expect(after.map((f) => readFileSync(fileURLToPath(f), 'utf8')).join('\n')).toMatch(/StdioServerTransport\s*=\s*class/);
    expect(code).not.toMatch(/CommanderError\s*=\s*class|\/\/ src\/commands\//);
    // The tools themselves are built after the answer (their modules load commander's flag words).
    expect(lines.slice(lines.indexOf('ANSWERED')).join('\n')).toMatch(/catalog-tools/);
  });
});

describe('ashby mcp workflows by name', () => {
  const dir = tempConfigDir();
  let s: McpSession;
  beforeAll(async () => {
    s = await startMcp(['mcp', '--sandbox'], dir);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** A fresh candidate applied to Staff Engineer, made through the endpoint tools. */
  async function newApplicant(): Promise<{ name: string; email: string; applicationId: string }> {
    const tag = randomBytes(4).toString('hex');
    const who = { name: `Flow ${tag} Person`, email: `flow.${tag}@example.com` };
    const cand = await callJson(s, 'candidate_create', who);
    const job = (await callJson(s, 'job_search', { title: 'Staff Engineer' })).body.results.find((j: { title: string }) => j.title === 'Staff Engineer');
    const app = await callJson(s, 'application_create', { candidateId: cand.body.results.id, jobId: job.id });
    expect(app.isError, JSON.stringify(app.body)).toBe(false);
    return { ...who, applicationId: app.body.results.id };
  }
  const status = async (applicationId: string) => (await callJson(s, 'application_info', { applicationId })).body.results;

  it('hires only with confirm, describing the hire first', async () => {
    const a = await newApplicant();
    const first = (await status(a.applicationId)).status;
    const preview = await callJson(s, 'hire_application', { application: a.email });
    expect(preview.body).toMatchObject({ preview: true, changed: false, wouldSend: { endpoint: 'application.changeStage' } });
    expect(preview.body.effect.join('\n')).toContain(a.name);
    expect((await status(a.applicationId)).status).toBe(first);
    const done = await callJson(s, 'hire_application', { application: a.email, confirm: true });
    expect(done.isError, JSON.stringify(done.body)).toBe(false);
    expect((await status(a.applicationId)).status).toBe('Hired');
  });

  it('asks for confirm before moving into a Hired stage, and moves without it otherwise', async () => {
    const a = await newApplicant();
    const onsite = await callJson(s, 'move_application_to_stage', { application: a.name, stage: 'Onsite' });
    expect(onsite.isError, JSON.stringify(onsite.body)).toBe(false);
    expect(onsite.body.result.stage.title).toBe('Onsite');
    const asked = await callJson(s, 'move_application_to_stage', { application: a.name, stage: 'Hired' });
    expect(asked.body).toMatchObject({ preview: true, changed: false });
    expect((await status(a.applicationId)).currentInterviewStage.title).toBe('Onsite');
    const moved = await callJson(s, 'move_application_to_stage', { application: a.name, stage: 'Hired', confirm: true });
    expect(moved.isError, JSON.stringify(moved.body)).toBe(false);
    expect((await status(a.applicationId)).status).toBe('Hired');
  });

  it('makes an offer from answers by field title only with confirm', async () => {
    const a = await newApplicant();
    const answers = { 'Base salary': '150000 USD', 'Start date': '2030-09-01', 'Employment type': 'Full time' };
    const before = (await callJson(s, 'offer_list', { applicationId: a.applicationId })).body.results.length;
    const preview = await callJson(s, 'create_offer', { application: a.email, answers });
    expect(preview.isError, JSON.stringify(preview.body)).toBe(false);
    expect(preview.body).toMatchObject({ preview: true, changed: false });
    expect((await callJson(s, 'offer_list', { applicationId: a.applicationId })).body.results).toHaveLength(before);
    const made = await callJson(s, 'create_offer', { application: a.email, answers, confirm: true });
    expect(made.isError, JSON.stringify(made.body)).toBe(false);
    const offers = (await callJson(s, 'offer_list', { applicationId: a.applicationId })).body.results;
    expect(offers).toHaveLength(before + 1);
    expect(offers.map((o: { id: string }) => o.id)).toContain(made.body.result.id);
  });

  it('answers a name that fits several people, or only part of one, with the matches and changes nothing', async () => {
    const a = await newApplicant();
    const first = (await status(a.applicationId)).status;
    const partial = await callJson(s, 'archive_applications', {
      applications: [a.name.split(' ').slice(0, 2).join(' ')],
      reason: 'Not a fit for the role',
      confirm: true,
    });
    expect(partial.isError).toBe(true);
    expect(partial.body.error.message).toContain(a.name);
    expect((await status(a.applicationId)).status).toBe(first);
    const missing = await callJson(s, 'view_candidate', { candidate: 'nobody.like.this@example.com' });
    expect(missing.isError).toBe(true);
    expect(missing.body.error.code).toMatch(/not_found/);
  });

  it('answers pipeline and stale questions from the mirror, synced from the sandbox first', async () => {
    const a = await newApplicant();
    await callJson(s, 'move_application_to_stage', { application: a.email, stage: 'Onsite' });
    const pipe = await callJson(s, 'pipeline', { job: 'Staff Engineer', maxAge: '0s' });
    expect(pipe.isError, JSON.stringify(pipe.body)).toBe(false);
    const jobId = pipe.body.rows[0].jobId;
    const apps = await callJson(s, 'application_list', { jobId, limit: 100 });
    expect(apps.body.moreDataAvailable).toBeUndefined();
    const sum = (rows: Array<{ applications: number }>) => rows.reduce((n, r) => n + r.applications, 0);
    expect(sum(pipe.body.rows)).toBe(apps.body.results.length);
    const onsite = apps.body.results.filter((x: any) => x.currentInterviewStage?.title === 'Onsite').length;
    expect(pipe.body.rows.find((r: { stage: string }) => r.stage === 'Onsite').applications).toBe(onsite);

    const stale = await callJson(s, 'stale_applications', { job: 'Staff Engineer', days: 0, offline: true });
    expect(stale.body.rows.map((r: { applicationId: string }) => r.applicationId)).toContain(a.applicationId);
    const old = await callJson(s, 'stale_applications', { job: 'Staff Engineer', days: 100000, offline: true });
    expect(old.body.rows).toEqual([]);
    const bad = await callJson(s, 'funnel', { by: 'colour' });
    expect(bad.isError).toBe(true);
    expect(bad.body.error.message).toContain('source, job');
  });

  it('answers mirror questions asked side by side before there is a mirror: they take turns, and all answer', async () => {
    const fresh = await startMcp(['mcp', '--sandbox'], tempConfigDir());
    try {
      const answers = await Promise.all([
        callJson(fresh, 'pipeline', {}),
        callJson(fresh, 'funnel', {}),
        callJson(fresh, 'stale_applications', { days: 0 }),
        callJson(fresh, 'search_mirror', { text: 'a' }),
      ]);
      for (const r of answers) {
        expect(r.isError, JSON.stringify(r.body)).toBe(false);
        expect(r.body.rows.length, JSON.stringify(r.body).slice(0, 400)).toBeGreaterThan(0);
        expect(JSON.stringify(r.body)).not.toMatch(/another ashby sync/);
      }
    } finally {
      await fresh.close();
    }
  });

  it('checks the arguments of a workflow tool before anything is looked up', async () => {
    const r = await callJson(s, 'move_application_to_stage', { application: 'x@example.com' });
    expect(r.isError).toBe(true);
    expect(r.body.error.message).toContain('missing stage');
    const t = await callJson(s, 'archive_applications', { applications: 'x@example.com', reason: 'x' });
    expect(t.body.error.message).toContain('applications must be a list');
  });
});

/**
 * A raw stdio session with the built server: each message is written as its own line and, when it
 * has an id, the line answering it is awaited. Answers the lines the server wrote and its stderr.
 */
async function rawSession(args: string[], messages: Array<Record<string, unknown>>, o: { together?: boolean } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines: string[] = [];
  let buf = '';
  const waiting = new Map<unknown, () => void>();
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      waiting.get(JSON.parse(line).id)?.();
    }
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const line = (m: Record<string, unknown>) => `${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`;
  if (o.together) {
    // Everything in one write, then the end of stdin: what a scripted client may do.
    child.stdin.end(messages.map(line).join(''));
  } else {
    for (const m of messages) {
      const answered = 'id' in m ? new Promise<void>((resolve) => waiting.set(m.id, resolve)) : undefined;
      child.stdin.write(line(m));
      await answered;
    }
    child.stdin.end();
  }
  const code = await closed;
  return { lines, stderr, code, byId: (id: unknown) => lines.find((l) => JSON.parse(l).id === id) };
}

describe('ashby mcp answers the handshake and the first tools/list before the SDK loads', () => {
  const initialize = (protocolVersion: string, id: unknown = 1) => ({
    id,
    method: 'initialize',
    params: { protocolVersion, capabilities: { roots: { listChanged: true } }, clientInfo: { name: 'raw-test', version: '1.0' } },
  });
  const initialized = { method: 'notifications/initialized' };
  const EARLY = 'answered initialize and tools/list before the SDK loaded';

  it.each([
    ['2025-11-25', []],
    ['2025-06-18', ['--read-only']],
    ['2024-11-05', ['--tools', 'candidate_*']],
  ])('answers protocol %s byte for byte as the SDK does (flags %j)', async (version, flags) => {
    const args = ['mcp', '--sandbox', '--debug', ...flags];
    const early = await rawSession(args, [initialize(version), initialized, { id: 2, method: 'tools/list', params: {} }]);
    // A ping first is not one of the messages answered early, so the SDK answers everything here.
    const sdk = await rawSession(args, [{ id: 0, method: 'ping' }, initialize(version), initialized, { id: 2, method: 'tools/list', params: {} }]);
    expect(early.stderr).toContain(EARLY);
    expect(sdk.stderr).not.toContain('before the SDK loaded');
    expect(early.byId(1)).toBe(sdk.byId(1));
    expect(early.byId(2)).toBe(sdk.byId(2));
    expect(JSON.parse(early.byId(1) ?? '{}').result.protocolVersion).toBe(version);
    expect(early.lines).toHaveLength(2);
    expect([early.code, sdk.code]).toEqual([0, 0]);
  });

  it('leaves a protocol version it has no answer for, and a list with a cursor, to the SDK', async () => {
    const odd = await rawSession(
      ['mcp', '--sandbox', '--debug'],
      [initialize('2099-01-01'), initialized, { id: 2, method: 'tools/list', params: { cursor: 'x' } }],
    );
    expect(odd.stderr).not.toContain('before the SDK loaded');
    // The SDK offers the newest version it speaks, and lists the tools for any cursor.
    expect(JSON.parse(odd.byId(1) ?? '{}').result.protocolVersion).toBe(
      JSON.parse(readFileSync(new URL('../dist/mcp-initialize.json', import.meta.url), 'utf8'))['2025-11-25'].protocolVersion,
    );
    expect(JSON.parse(odd.byId(2) ?? '{}').result.tools.length).toBeGreaterThan(100);
    const listOnly = await rawSession(
      ['mcp', '--sandbox', '--debug'],
      [initialize('2025-06-18'), initialized, { id: 2, method: 'tools/list', params: { cursor: 'x' } }],
    );
    expect(listOnly.stderr).toContain('answered initialize before the SDK loaded');
    expect(JSON.parse(listOnly.byId(2) ?? '{}').result.tools.length).toBeGreaterThan(100);
  });

  it('hands the session to the SDK after the list: later requests are answered, the replayed handshake is not', async () => {
    const s = await rawSession(
      ['mcp', '--sandbox', '--debug'],
      [
        initialize('2025-06-18', 'init'),
        initialized,
        { id: 2, method: 'tools/list' },
        { id: 3, method: 'ping' },
        { id: 4, method: 'tools/list', params: {} },
        { id: 5, method: 'tools/call', params: { name: 'candidate_list', arguments: { limit: 1 } } },
      ],
    );
    expect(s.stderr).toContain(EARLY);
    expect(s.lines.map((l) => JSON.parse(l).id)).toEqual(['init', 2, 3, 4, 5]);
    expect(s.byId(4)).toBe(s.byId(2)?.replace('"id":2}', '"id":4}'));
    const call = JSON.parse(s.byId(5) ?? '{}').result;
    expect(call.isError).toBeFalsy();
    expect(JSON.parse(call.content[0].text).results).toHaveLength(1);
    expect(s.code).toBe(0);
  });

  it('answers everything a client wrote at once before closing stdin, the call included', async () => {
    const s = await rawSession(
      ['mcp', '--sandbox', '--debug'],
      [
        initialize('2025-06-18'),
        initialized,
        { id: 2, method: 'tools/list', params: {} },
        { id: 3, method: 'tools/call', params: { name: 'candidate_list', arguments: { limit: 2 } } },
      ],
      { together: true },
    );
    expect(s.stderr).toContain(EARLY);
    expect(s.lines.map((l) => JSON.parse(l).id)).toEqual([1, 2, 3]);
    expect(JSON.parse(JSON.parse(s.byId(3) ?? '{}').result.content[0].text).results).toHaveLength(2);
    expect(s.code).toBe(0);
  });

  it('leaves a malformed first line to the SDK, which reports it and serves on', async () => {
    const child = await rawSession(
      ['mcp', '--sandbox', '--debug'],
      [
        { id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18' } },
        { id: 7, method: 'ping' },
      ],
    );
    expect(child.stderr).not.toContain('before the SDK loaded');
    // The SDK's own answer to an initialize without clientInfo: an error for that id.
    expect(JSON.parse(child.byId(1) ?? '{}').error).toBeTruthy();
    expect(JSON.parse(child.byId(7) ?? '{}').result).toEqual({});
  });
});
