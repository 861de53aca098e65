// The README's examples about seeded people run as written against the sandbox (issue 15, item
// 15): every `ashby …` line in a sh/console block that names the seeded candidate Ada Ritchie runs,
// each in a fresh sandbox, and succeeds. A renamed seed or a changed flag breaks this test, not a
// reader's first try.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from './helpers/cli.js';
import { words } from './helpers/shell-words.js';

const SEEDED = 'ada.ritchie4@example.com';

/** `ashby …` commands from the README's code blocks, continuation lines joined, comments dropped. */
function readmeCommands(): string[] {
  const text = readFileSync(resolve(__dirname, '../README.md'), 'utf8');
  const commands: string[] = [];
  for (const block of text.matchAll(/```(?:sh|console)\n([\s\S]*?)```/g)) {
    const joined = block[1].replace(/\\\n\s*/g, ' ');
    for (const raw of joined.split('\n')) {
      const line = raw
        .replace(/^\$ /, '')
        .replace(/\s+#.*$/, '')
        .trim();
      if (line.startsWith('ashby ') && !/[|<>`$]/.test(line)) commands.push(line);
    }
  }
  return commands;
}

describe('README examples', () => {
  const seeded = readmeCommands().filter((c) => c.includes(SEEDED) && !c.includes('--web') && !c.includes('upload-resume'));

  it('has examples about the seeded candidate', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(10);
  });

  // What an example presupposes, as in the README's own order: withdrawing needs an offer first.
  const before = (line: string) => (line.startsWith('ashby offer cancel') ? seeded.filter((c) => c.startsWith('ashby offer create')) : []);
  const sandboxed = (line: string) => {
    const args = words(line).slice(1);
    return args[0] === '--sandbox' ? args : ['--sandbox', ...args];
  };

  it.each(seeded)('%s', async (line) => {
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    for (const setup of before(line)) expect((await runCli(sandboxed(setup), { env })).code, setup).toBe(0);
    const r = await runCli(sandboxed(line), { env });
    expect(r.code, `${line}\n${r.stderr}`).toBe(0);
  });
});

// The local mirror's example queries (README, "Example queries") run as written against a mirror
// of a sandbox, and answer what their comments say, checked against the API.
describe("README: the local mirror's example queries", { timeout: 120_000 }, () => {
  const block = readFileSync(resolve(__dirname, '../README.md'), 'utf8').split('### Example queries')[1]?.split('```')[1] ?? '';
  const queries = [...block.matchAll(/ashby sql "([\s\S]*?)"(?: -o (\w+))?/g)].map((m) => ({ sql: m[1], format: m[2] }));

  it('five queries, each answered from the mirror as its comment says', async () => {
    expect(queries).toHaveLength(5);
    const { startSandbox } = await import('./helpers/sandbox.js');
    const { listAll, ok } = await import('./helpers/api.js');
    const sb = await startSandbox({ candidates: 80 });
    try {
      // Something applied today, so that "this week" has an answer.
      const job = (await listAll(sb, 'job.list')).find((j) => j.status === 'Open')!;
      const cand = (await ok(sb, 'candidate.create', { name: 'Readme Example' })).results;
      await ok(sb, 'application.create', { candidateId: cand.id, jobId: job.id });
      const db = resolve(tempConfigDir(), 'm.db');
      const env = { ...sb.env };
      expect((await runCli(['sync', '--db', db], { env, timeoutMs: 60_000 })).code).toBe(0);
      const answers: Array<Record<string, unknown>[]> = [];
      for (const q of queries) {
        const r = await runCli(['sql', q.sql, '--db', db, '-o', q.format ?? 'json'], { env });
        expect(r.code, `${q.sql}\n${r.stderr}`).toBe(0);
        answers.push(q.format === 'csv' ? [] : JSON.parse(r.stdout));
        if (q.format === 'csv') expect(r.stdout.split('\n')[0]).toBe('source,applications,hired');
      }
      const apps = await listAll(sb, 'application.list');
      const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      // 1. Who applied this week, by job.
      const week = new Map<string, number>();
      for (const a of apps.filter((x) => x.createdAt >= weekAgo)) week.set(a.job.title, (week.get(a.job.title) ?? 0) + 1);
      expect(answers[0]).toContainEqual({ job_title: job.title, applied: week.get(job.title) });
      expect(answers[0].reduce((n, r) => n + Number(r.applied), 0)).toBe([...week.values()].reduce((n, k) => n + k, 0));
      // 2. Active applications in their current stage for more than 14 days.
      expect(answers[1].length).toBeGreaterThan(0);
      expect(answers[1].every((r) => Date.parse(String(r.stage_entered_at)) < Date.now() - 14 * 86_400_000)).toBe(true);
      // 4. Applications and hires by source (CSV).
      const r4 = await runCli(['sql', queries[3].sql, '--db', db, '-o', 'json'], { env });
      const bySource = new Map<string, { applications: number; hired: number }>();
      for (const a of apps) {
        const k = a.source?.title ?? '(none)';
        const v = bySource.get(k) ?? { applications: 0, hired: 0 };
        v.applications++;
        if (a.status === 'Hired') v.hired++;
        bySource.set(k, v);
      }
      const got = JSON.parse(r4.stdout) as Array<{ source: string; applications: number; hired: number }>;
      expect(new Map(got.map((r) => [r.source, { applications: r.applications, hired: r.hired }]))).toEqual(bySource);
    } finally {
      await sb.close();
    }
  });
});
