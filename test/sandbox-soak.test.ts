// Soak under injected faults: a full listing of 10,000 candidates with about one response in five
// turned into a 429, a 500 or a dropped connection still yields every record exactly once, and a
// few hundred writes are each applied at most once — those reported as successful exactly once,
// those reported as failed only when the fault struck after the write (and then never twice).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AshbyClient } from '../src/api/client.js';
import { isReadEndpoint } from '../src/catalog/catalog.js';
import { runCli } from './helpers/cli.js';
import { startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

const N = 10_000;
const READ_FAULTS = '429=0.08,429-no-retry-after=0.04,500=0.04,reset=0.04,retry-after=0';
const WRITE_FAULTS = '429=0.06,429-no-retry-after=0.03,500=0.04,reset=0.03,500-after=0.02,reset-after=0.02,retry-after=0';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startSandbox({ candidates: N, seed: 42 });
});
afterAll(() => sb.close());

/** Created candidates by name (the seeded ones have other names). */
function createdByName(): Map<string, number> {
  const col = sb.world.col('candidate');
  const counts = new Map<string, number>();
  for (const [, c] of col.scan(col.baseCount)) counts.set(String(c.name), (counts.get(String(c.name)) ?? 0) + 1);
  return counts;
}

describe('soak with injected faults', () => {
  it('--all -o ndjson over 10,000 candidates prints every record exactly once', async () => {
    sb.setFaults(READ_FAULTS);
    const before = await stats(sb);
    const r = await runCli(['api', 'candidate.list', '--all', '-o', 'ndjson', '--fields', 'id', '--max-retries', '10'], { env: sb.env, timeoutMs: 120_000 });
    sb.setFaults(undefined);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id as string);
    expect(ids).toHaveLength(N);
    expect(new Set(ids).size).toBe(N);
    const col = sb.world.col('candidate');
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: N }, (_, i) => col.idOf(i))));
    const after = await stats(sb);
    const injected = after.faults.total - before.faults.total;
    const requests = after.requests.total - before.requests.total;
    expect(injected).toBeGreaterThan(requests * 0.1);
  });

  it('writes through the shared client are never applied twice', async () => {
    sb.setFaults(WRITE_FAULTS);
    const client = new AshbyClient({ baseUrl: sb.url, apiKey: sb.apiKey, maxRetries: 10, retryBaseMs: 5, isRead: isReadEndpoint });
    const before = await stats(sb);
    const outcomes = new Map<string, boolean>();
    const names = Array.from({ length: 300 }, (_, i) => `Soak Writer ${i}`);
    try {
      for (let i = 0; i < names.length; i += 10) {
        await Promise.all(
          names.slice(i, i + 10).map(async (name) => {
            try {
              await client.call('candidate.create', { name });
              outcomes.set(name, true);
            } catch {
              outcomes.set(name, false);
            }
          }),
        );
      }
    } finally {
      sb.setFaults(undefined);
      await client.close();
    }
    const after = await stats(sb);
    const created = createdByName();
    const appliedButFailed = names.filter((n) => !outcomes.get(n) && created.get(n) === 1);
    for (const n of names) {
      expect(created.get(n) ?? 0, n).toBeLessThanOrEqual(1);
      if (outcomes.get(n)) expect(created.get(n), n).toBe(1);
    }
    const afterFaults =
      (after.faults.byKind['500-after'] ?? 0) +
      (after.faults.byKind['reset-after'] ?? 0) -
      (before.faults.byKind['500-after'] ?? 0) -
      (before.faults.byKind['reset-after'] ?? 0);
    expect(appliedButFailed.length).toBeLessThanOrEqual(afterFaults);
    const writes = (after.writes.byEndpoint['candidate.create'] ?? 0) - (before.writes.byEndpoint['candidate.create'] ?? 0);
    expect(writes).toBe(names.filter((n) => created.get(n) === 1).length);
    expect([...outcomes.values()].filter(Boolean).length).toBeGreaterThan(200);
    expect(after.faults.total - before.faults.total).toBeGreaterThan(20);
  });

  it('writes through the CLI exit 0 only when applied once, and are never duplicated', async () => {
    sb.setFaults(WRITE_FAULTS);
    const names = Array.from({ length: 16 }, (_, i) => `Soak CLI ${i}`);
    const codes = new Map<string, number | null>();
    try {
      for (let i = 0; i < names.length; i += 8) {
        await Promise.all(
          names.slice(i, i + 8).map(async (name) => {
            const r = await runCli(['api', 'candidate.create', '-f', `name=${name}`, '--max-retries', '10'], { env: sb.env });
            codes.set(name, r.code);
          }),
        );
      }
    } finally {
      sb.setFaults(undefined);
    }
    const created = createdByName();
    for (const n of names) {
      expect(created.get(n) ?? 0, n).toBeLessThanOrEqual(1);
      if (codes.get(n) === 0) expect(created.get(n), n).toBe(1);
      else expect([5, 6, 7]).toContain(codes.get(n));
    }
  }, 120_000);
});
