// ashby as a shell script drives it: batches fed from files and pipes (ashby's own list output
// among them), dry runs, and what reaches stdout and the exit code, through the CLI against an
// in-process sandbox over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

let h: TestSandbox;
let ids: string[] = [];

beforeAll(async () => {
  h = await startSandbox({ candidates: 40 });
  const r = await call(h, 'candidate.list', { limit: 10 });
  ids = r.body.results.map((c: { id: string }) => c.id);
});
afterAll(() => h?.close());

const cli = (args: string[], input?: string) => runCli(args, { env: h.env, input, timeoutMs: 60_000 });

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
