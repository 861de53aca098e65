// --on-behalf-of (the X-On-Behalf-Of header) through the CLI against the sandbox: writes made as a
// user, the user named by id, email or environment, and what happens when the key may not act for
// users or the user is unknown or disabled. Nothing is written in the failing cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../src/sandbox/server.js';
import { json, runCli } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

let sb: TestSandbox;
let candidateId: string;
let users: Array<{ id: string; email: string; firstName: string; lastName: string; isEnabled: boolean }>;

beforeAll(async () => {
  sb = await startSandbox();
  candidateId = (await call(sb, 'candidate.list', { limit: 1 })).body.results[0].id;
  users = (await call(sb, 'user.list', { limit: 100 })).body.results;
});
afterAll(() => sb?.close());

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env: { ...sb.env, ...env } });
const notes = async () =>
  (await call(sb, 'candidate.listNotes', { candidateId, limit: 100 })).body.results as Array<{ content: string; author: { id: string } }>;
const noteBy = async (content: string) => (await notes()).find((n) => n.content === content);
const writes = async () => (await stats(sb)).writes.byEndpoint['candidate.createNote'] ?? 0;

describe('--on-behalf-of', () => {
  it('writes as the user given by id, and sends the header with every request', async () => {
    const user = users.find((u) => u.isEnabled)!;
    const before = (await stats(sb)).onBehalfOf[user.id] ?? 0;
    const r = await cli(['--on-behalf-of', user.id, 'candidate', 'create-note', candidateId, '--note', 'by id']);
    expect(r.code, r.stderr).toBe(0);
    expect((await noteBy('by id'))?.author.id).toBe(user.id);
    expect((await stats(sb)).onBehalfOf[user.id]).toBe(before + 1);
  });

  it('looks a user up by email (as the key itself), also from ASHBY_ON_BEHALF_OF', async () => {
    const user = users.filter((u) => u.isEnabled)[3];
    const before = (await stats(sb)).onBehalfOf[user.id] ?? 0;
    const r = await cli(['candidate', 'create-note', candidateId, '--note', 'by email'], { ASHBY_ON_BEHALF_OF: user.email });
    expect(r.code, r.stderr).toBe(0);
    expect((await noteBy('by email'))?.author.id).toBe(user.id);
    // The lookup (user.list) went without the header; only the note was written as the user.
    expect((await stats(sb)).onBehalfOf[user.id]).toBe(before + 1);
  });

  it('shows in auth status', async () => {
    const r = await cli(['auth', 'status', '--json', '--offline'], { ASHBY_ON_BEHALF_OF: 'ada@example.com' });
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ onBehalfOf: string }>(r).onBehalfOf).toBe('ada@example.com');
    const plain = await cli(['auth', 'status', '--json', '--offline']);
    expect(json<Record<string, unknown>>(plain)).not.toHaveProperty('onBehalfOf');
  });

  it('acts as the key itself without the flag', async () => {
    const r = await cli(['candidate', 'create-note', candidateId, '--note', 'as the key']);
    expect(r.code, r.stderr).toBe(0);
    expect((await noteBy('as the key'))?.author.id).toBe(users[0].id);
  });

  it('exits 3 for an email that names no user, before writing anything', async () => {
    const before = await writes();
    const r = await cli(['--on-behalf-of', 'nobody@example.com', 'candidate', 'create-note', candidateId, '--note', 'x']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no user matches "nobody@example.com"/);
    expect(r.stderr).toMatch(/--on-behalf-of/);
    expect(await writes()).toBe(before);
  });

  it('exits 4 with a hint when the key may not act for users, and writes nothing', async () => {
    sb.addKey('no-acting', ALL_SCOPES, 'Plain key', { onBehalfOf: false });
    const before = await writes();
    const r = await cli(['--on-behalf-of', users[1].id, 'candidate', 'create-note', candidateId, '--note', 'x'], { ASHBY_API_KEY: 'no-acting' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/on_behalf_of_not_allowed/);
    expect(r.stderr).toMatch(/hint: .*"Allow acting on behalf of a user"/);
    expect(r.stderr).not.toContain('no-acting');
    expect(await writes()).toBe(before);
  });

  it('exits 5 for a disabled user named by id, and writes nothing', async () => {
    const disabled = [...sb.world.col('user').scan()].map(([, u]) => u).find((u) => u.isEnabled === false)!;
    const before = await writes();
    const r = await cli(['--on-behalf-of', disabled.id, 'candidate', 'create-note', candidateId, '--note', 'x']);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/invalid_on_behalf_of_user/);
    expect(await writes()).toBe(before);
  });

  it('shows the header in --dry-run and sends nothing', async () => {
    const before = (await stats(sb)).requests.total;
    const r = await cli(['--on-behalf-of', users[2].id, '--dry-run', 'candidate', 'create-note', candidateId, '--note', 'x']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ headers: Record<string, string> }>(r).headers['x-on-behalf-of']).toBe(users[2].id);
    expect((await stats(sb)).requests.total).toBe(before);
  });
});
