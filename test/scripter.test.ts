// ashby as a shell script drives it: batches fed from files and pipes (ashby's own list output
// among them), dry runs, and what reaches stdout and the exit code, through the CLI against an
// in-process sandbox over real HTTP.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, batchRows, runCli, tempConfigDir } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

let h: TestSandbox;
let ids: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'ashby-scripter-'));

beforeAll(async () => {
  h = await startSandbox({ candidates: 40 });
  const r = await call(h, 'candidate.list', { limit: 10 });
  ids = r.body.results.map((c: { id: string }) => c.id);
});
afterAll(() => h?.close());

const cli = (args: string[], input?: string) => runCli(args, { env: h.env, input, timeoutMs: 60_000 });

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** The requests a dry run printed with -o ndjson, one per line. */
const printed = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { url: string; body: Record<string, unknown> });

describe('a batch dry run', () => {
  it('shows a name of the command line looked up once, as one placeholder', async () => {
    const before = (await stats(h)).requests.total;
    const r = await cli(
      ['candidate', 'add-tag', '--from', '-', '--tag-id', 'Relocating', '--dry-run', '-o', 'ndjson'],
      `${JSON.stringify({ candidateId: ids[0] })}\n`,
    );
    expect(r.code, r.stderr).toBe(0);
    const reqs = printed(r.stdout);
    expect(reqs.filter((q) => q.url.endsWith('/candidateTag.list'))).toHaveLength(1);
    const writes = reqs.filter((q) => q.url.endsWith('/candidate.addTag'));
    expect(writes.map((q) => q.body)).toEqual([{ candidateId: ids[0], tagId: '<tag:Relocating>' }]);
    expect((await stats(h)).requests.total).toBe(before);
  });
});

const writes = async (endpoint: string) => (await stats(h)).writes.byEndpoint[endpoint] ?? 0;

async function newTag(): Promise<{ id: string; title: string }> {
  const r = await call(h, 'candidateTag.create', { title: `scripter ${Math.random().toString(36).slice(2, 10)}` });
  return r.body.results;
}

async function tagsOf(id: string): Promise<string[]> {
  const r = await call(h, 'candidate.info', { id });
  return r.body.results.tags.map((t: { id: string }) => t.id);
}

describe("ashby's own CSV output as a batch's input", () => {
  it('`candidate list -o csv` feeds a batch, from a file or a pipe: each row gives its id', async () => {
    const tag = await newTag();
    const list = await cli(['candidate', 'list', '--limit', '4', '-o', 'csv']);
    expect(list.code, list.stderr).toBe(0);
    const csv = file('candidates.csv', list.stdout);
    const before = await writes('candidate.addTag');
    const r = await cli(['candidate', 'add-tag', '--from', csv, '--tag-id', tag.title]);
    expect(r.code, r.stderr).toBe(0);
    expect(batchRows(r).map((x) => [x.row, x.ok, x.result.id])).toEqual(ids.slice(0, 4).map((id, i) => [i + 1, true, id]));
    expect(r.stderr).toContain(`${csv}: ashby's own list output: each row gives its id, and its other`);
    expect(await writes('candidate.addTag')).toBe(before + 4);
    for (const id of ids.slice(0, 4)) expect(await tagsOf(id)).toContain(tag.id);
    // The same through a pipe, and a projection (`--fields id,name`) too.
    const tag2 = await newTag();
    const piped = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag2.id], list.stdout);
    expect(piped.code, piped.stderr).toBe(0);
    const names = await cli(['candidate', 'list', '--limit', '2', '--fields', 'id,name', '-o', 'csv']);
    const tag3 = await newTag();
    const projected = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag3.id], names.stdout);
    expect(projected.code, projected.stderr).toBe(0);
    expect(await tagsOf(ids[1])).toEqual(expect.arrayContaining([tag2.id, tag3.id]));
  });

  it('an application list gives its candidate to a candidate command', async () => {
    const tag = await newTag();
    const apps = await cli(['app', 'list', '--limit', '2', '-o', 'csv']);
    expect(apps.code, apps.stderr).toBe(0);
    const r = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], apps.stdout);
    expect(r.code, r.stderr).toBe(0);
    const listed = (await call(h, 'application.list', { limit: 2 })).body.results.map((a: { candidate: { id: string } }) => a.candidate.id);
    expect(batchRows(r).map((x) => x.result.id)).toEqual(listed);
    expect(r.stderr).toContain('each row gives its candidate.id');
  });

  it('a hand-made command takes it too (app stage, dry run)', async () => {
    const apps = await cli(['app', 'list', '--limit', '2', '--status', 'Active', '-o', 'csv']);
    const appIds = (await call(h, 'application.list', { limit: 2, status: 'Active' })).body.results.map((a: { id: string }) => a.id);
    const r = await cli(['app', 'stage', '--from', '-', '--stage', 'Onsite', '--dry-run', '-o', 'ndjson'], apps.stdout);
    expect(r.code, r.stderr).toBe(0);
    const moves = printed(r.stdout).filter((q) => q.url.endsWith('/application.changeStage'));
    expect(moves.map((q) => q.body.applicationId)).toEqual(appIds);
  });

  it('with columns the command takes as well, it is refused naming every column, before anything is sent', async () => {
    const list = await cli(['candidate', 'list', '--limit', '3', '-o', 'csv']);
    const before = (await stats(h)).requests.total;
    const r = await cli(['candidate', 'update', '--from', '-'], list.stdout);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    // Every column, once, not "and 21 more" on every row.
    expect(r.stderr).toMatch(/line 1: the CSV's columns "updatedAt", .*"tags", .*"profileUrl" are not things this command takes/);
    expect(r.stderr).toContain("with an id column, as ashby's own list output has");
    expect(r.stderr).toContain('"name"');
    expect(r.stderr).toContain('--fields id');
    expect(r.stderr).not.toContain('row 1');
    expect((await stats(h)).requests.total).toBe(before);
  });

  it("a column one slip away from a flag the command line gives is not taken for ashby's own and ignored", async () => {
    const tag = await newTag();
    const before = (await stats(h)).requests.total;
    const r = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id], `id,tga-id\n${ids[5]},Relocating\n`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`line 1: the CSV's column "tga-id" is not something this command takes (did you mean "tag-id"?)`);
    expect((await stats(h)).requests.total).toBe(before);
  });

  it("a batch's result rows as CSV are refused as such, pointing at NDJSON, before anything is sent", async () => {
    const tag = await newTag();
    const done = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '-o', 'csv'], `candidate-id\n${ids[7]}\n${ids[8]}\n`);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout.split('\n')[0]).toContain('row,ok');
    const before = (await stats(h)).requests.total;
    const r = await cli(['candidate', 'remove-tag', '--from', '-', '--tag-id', tag.id, '--yes'], done.stdout);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("line 1: these are a batch's result rows as CSV");
    expect(r.stderr).toContain('-o ndjson');
    expect(r.stderr).not.toContain('row 1');
    expect((await stats(h)).requests.total).toBe(before);
  });

  it('an edited projection is sent as edited (candidate update from `--fields id,name`)', async () => {
    const list = await cli(['candidate', 'list', '--limit', '1', '--fields', 'id,name', '-o', 'csv']);
    const edited = list.stdout.replace(/,[^,\n]+\n$/, ',Renamed Bytesmith\n');
    const r = await cli(['candidate', 'update', '--from', '-'], edited);
    expect(r.code, r.stderr).toBe(0);
    expect((await call(h, 'candidate.info', { id: ids[0] })).body.results.name).toBe('Renamed Bytesmith');
  });
});

describe('a CSV round trip', () => {
  it("sends a value ashby's CSV guarded against formulas as Ashby holds it, without the '", async () => {
    const id = ids[6];
    await call(h, 'candidate.update', { candidateId: id, name: '-Dash Formula' });
    const list = await cli(['candidate', 'info', id, '--fields', 'id,name', '-o', 'csv']);
    expect(list.stdout).toBe(`id,name\n${id},'-Dash Formula\n`);
    // Fed back as it was printed: the name is sent as Ashby holds it, not with the guard.
    const r = await cli(['candidate', 'update', '--from', '-'], list.stdout);
    expect(r.code, r.stderr).toBe(0);
    expect((await call(h, 'candidate.info', { id })).body.results.name).toBe('-Dash Formula');
    // A hand-written cell too: a leading ' before =, +, -, @ is the spreadsheet's "this is text".
    const hand = await cli(['candidate', 'update', '--from', '-'], `candidate-id,name\n${id},'=Not A Formula\n`);
    expect(hand.code, hand.stderr).toBe(0);
    expect((await call(h, 'candidate.info', { id })).body.results.name).toBe('=Not A Formula');
    // A value that itself starts with ' before a formula character gets the guard too, and comes back whole.
    await call(h, 'candidate.update', { candidateId: id, name: "'=Own Quote" });
    const quoted = await cli(['candidate', 'info', id, '--fields', 'id,name', '-o', 'csv']);
    expect(quoted.stdout).toBe(`id,name\n${id},''=Own Quote\n`);
    expect((await cli(['candidate', 'update', '--from', '-'], quoted.stdout)).code).toBe(0);
    expect((await call(h, 'candidate.info', { id })).body.results.name).toBe("'=Own Quote");
    // Only that ': one before anything else is the value's own.
    const own = await cli(['candidate', 'update', '--from', '-'], `candidate-id,name\n${id},'Quoted' Name\n`);
    expect(own.code, own.stderr).toBe(0);
    expect((await call(h, 'candidate.info', { id })).body.results.name).toBe("'Quoted' Name");
  });
});

describe('YAML as a batch input', () => {
  it('`-o yaml` output feeds a batch from a .yaml file or a pipe, and a batch printed as YAML feeds the next', async () => {
    const tag = await newTag();
    const list = await cli(['candidate', 'list', '--limit', '3', '-o', 'yaml']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.startsWith('- id: ')).toBe(true);
    const r = await cli(['candidate', 'add-tag', '--from', file('candidates.yaml', list.stdout), '--tag-id', tag.id, '-o', 'yaml']);
    expect(r.code, r.stderr).toBe(0);
    for (const id of ids.slice(0, 3)) expect(await tagsOf(id)).toContain(tag.id);
    // The batch's own rows, as YAML on stdin: their results are the records.
    const removed = await cli(['candidate', 'remove-tag', '--from', '-', '--tag-id', tag.id, '--yes'], r.stdout);
    expect(removed.code, removed.stderr).toBe(0);
    expect(batchRows(removed).map((x) => x.result.id)).toEqual(ids.slice(0, 3));
    for (const id of ids.slice(0, 3)) expect(await tagsOf(id)).not.toContain(tag.id);
  });

  it('a YAML that does not parse, or holds no objects, is refused with its line before anything is sent', async () => {
    const before = (await stats(h)).requests.total;
    const bad = await cli(['candidate', 'add-tag', '--from', '-'], `- candidate-id: ${ids[0]}\n  tag-id: [oops\n`);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toMatch(/line \d: not valid YAML/);
    const odd = await cli(['candidate', 'add-tag', '--from', file('odd.yml', `- 5\n- candidate-id: ${ids[0]}\n  colour: red\n`)]);
    expect(odd.code, odd.stderr).toBe(2);
    expect(odd.stderr).toContain('row 1: expected an object, got a number');
    expect(odd.stderr).toContain('row 2: "colour" is not something this command takes');
    expect((await stats(h)).requests.total).toBe(before);
  });
});

describe('a batch over applications of several interview plans', () => {
  it("finds each plan's stages, however the look-ups interleave", async () => {
    // Active applications of as many different plans as the sandbox has, two of each plan at most.
    const apps = (await call(h, 'application.list', { limit: 100, status: 'Active' })).body.results as Array<{
      id: string;
      currentInterviewStage: { interviewPlanId: string };
    }>;
    const perPlan = new Map<string, string[]>();
    for (const a of apps) {
      const plan = a.currentInterviewStage.interviewPlanId;
      const have = perPlan.get(plan) ?? [];
      if (have.length < 2) perPlan.set(plan, [...have, a.id]);
    }
    expect(perPlan.size).toBeGreaterThan(2);
    const chosen = [...perPlan.values()].flat();
    const input = chosen.map((id) => JSON.stringify({ application: id })).join('\n');
    // A fresh config dir: no stage is cached, every plan's stages are read during the batch.
    const r = await cli(['app', 'archive', '--from', '-', '--reason', 'Position closed', '--yes'], input);
    expect(r.code, r.stderr).toBe(0);
    expect(batchRows(r).map((x) => x.ok)).toEqual(chosen.map(() => true));
    for (const id of chosen) expect((await call(h, 'application.info', { applicationId: id })).body.results.status).toBe('Archived');
  });
});

describe('a signal while a batch waits for its input on stdin', () => {
  // A producer that has not finished (`slow | ashby … --from -`): the batch has nothing to check
  // yet, so a signal ends it at once, as `timeout` or a cancelled CI job expects.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} ends it (exit ${code}) with nothing sent, without waiting for the input's end`, async () => {
      const before = (await stats(h)).writes.total;
      const child = spawn(process.execPath, [BIN, 'candidate', 'add-tag', '--from', '-', '--tag-id', 'Relocating'], {
        env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', NO_COLOR: '1', ...h.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      // More than a pipe holds: its write completes only once ashby is reading stdin. The input
      // is never ended.
      child.stdin.on('error', () => {});
      await new Promise<void>((resolve) => child.stdin.write(`${JSON.stringify({ candidateId: ids[0] })}\n${' '.repeat(1 << 20)}`, () => resolve()));
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const exit = await exited;
      clearTimeout(timer);
      expect(exit, stderr).toBe(code);
      expect(stdout).toBe('');
      expect(stderr).toContain('interrupted');
      expect((await stats(h)).writes.total).toBe(before);
    });
  }
});

describe("a batch's --fields", () => {
  it('keeps a row key that only failed rows have, when every record was applied (exit 0, the rows printed)', async () => {
    const tag = await newTag();
    const input = `candidate-id\n${ids[2]}\n${ids[3]}\n`;
    const csv = await cli(['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '-o', 'csv', '--fields', 'row,ok,outcome,error.code'], input);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toBe('row,ok,outcome,error.code\n1,true,,\n2,true,,\n');
    const nd = await cli(['candidate', 'remove-tag', '--from', '-', '--tag-id', tag.id, '--yes', '-o', 'ndjson', '--fields', 'row,ok,error.message'], input);
    expect(nd.code, nd.stderr).toBe(0);
    expect(batchRows(nd).map((x) => [x.row, x.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('keeps a path in a result when every record failed (exit 8, the rows printed)', async () => {
    const missing = '00000000-0000-4000-8000-000000000009';
    const tag = await newTag();
    const r = await cli(
      ['candidate', 'add-tag', '--from', '-', '--tag-id', tag.id, '-o', 'csv', '--fields', 'row,ok,result.id,error.code'],
      `candidate-id\n${missing}\n`,
    );
    expect(r.code, r.stderr).toBe(8);
    expect(r.stdout).toBe('row,ok,result.id,error.code\n1,false,,candidate_not_found\n');
  });
});
