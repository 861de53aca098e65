// Adversarial checks of the hand-made batches (app stage|hire|transfer|delete|archive, candidate
// push-hris, the uploads, webhook create|update|delete): what a person can do to a batch that the
// happy paths do not, through the CLI against the sandbox.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempConfigDir } from './helpers/cli.js';
import { call, stats } from './helpers/sandbox.js';
import { applicant, application, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const dir = mkdtempSync(join(tmpdir(), 'ashby-bulk-qa-a-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const ndjson = (records: object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('Ctrl-C while the batch is still looking names up', () => {
  it('stops the batch: exit 130 and nothing is written', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => applicant(s.h)));
    const input = file('sigint-prepare.ndjson', ndjson(people.map((p) => ({ application: p.email, stage: 'Onsite' }))));
    await call(s.h, '_sandbox/faults', { latencyMs: 150 });
    const before = await stats(s.h);
    const searches = () => stats(s.h).then((x) => (x.requests.byEndpoint['candidate.search'] ?? 0) - (before.requests.byEndpoint['candidate.search'] ?? 0));
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      ASHBY_NO_KEYCHAIN: '1',
      NO_COLOR: '1',
      ASHBY_CONFIG_DIR: tempConfigDir(),
      ...s.h.env,
    };
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'app', 'stage', '--from', input, '--concurrency', '1', '--yes'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const poll = setInterval(async () => {
        if ((await searches()) >= 2) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 10);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stdout, stderr });
      });
    }).finally(() => call(s.h, '_sandbox/faults', { latencyMs: 0 }));
    expect(r.code, r.stderr).toBe(130);
    expect(r.stdout).toBe('');
    expect(await searches()).toBeLessThan(people.length);
    expect((await stats(s.h)).writes.total - before.writes.total).toBe(0);
    for (const p of people) expect((await application(s.h, p.applicationId)).currentInterviewStage.title).not.toBe('Onsite');
  });
});
