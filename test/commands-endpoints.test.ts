// Each hand-made command calls only the endpoints it declares (`endpoints` in its definition, shown
// by `ashby commands --json`): the sandbox counts every request by endpoint, and a run of each
// command, from a cold name cache, may reach no endpoint outside its list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, tempConfigDir, type RunResult } from './helpers/cli.js';
import { stats } from './helpers/sandbox.js';
import { apiOk, offerCreate, applicant, interviewSchedule, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

interface Entry {
  path: string;
  kind: string;
  endpoints?: string[];
}

let declared: Map<string, string[]>;
beforeAll(async () => {
  const entries = json<Entry[]>(await s.cli(['commands', '--json']));
  declared = new Map(entries.filter((e) => e.kind === 'hand' && e.endpoints?.length).map((e) => [e.path, e.endpoints!]));
});

/** Runs one command with a fresh config dir (so names are looked up, not read from a cache) and returns what it called. */
async function called(args: string[], input?: string): Promise<{ r: RunResult; endpoints: string[] }> {
  const before = (await stats(s.h)).requests.byEndpoint;
  const r = await s.cli(args, { ASHBY_CONFIG_DIR: tempConfigDir() }, input);
  const after = (await stats(s.h)).requests.byEndpoint;
  return {
    r,
    endpoints: Object.keys(after)
      .filter((k) => after[k] !== (before[k] ?? 0))
      .sort(),
  };
}

const users = async () => (await apiOk(s.h, 'user.list', {})) as Array<{ email: string }>;
const pdf = () => {
  const path = join(tempConfigDir(), 'cv.pdf');
  writeFileSync(path, '%PDF-1.4\n% a resume\n');
  return path;
};

/** A run of each hand-made command that declares endpoints, made with what the sandbox holds. */
const RUNS: Record<string, () => Promise<string[]>> = {
  'application archive': async () => ['app', 'archive', (await applicant(s.h)).email, '--reason', 'Position closed', '--yes'],
  'application hire': async () => ['app', 'hire', (await applicant(s.h)).email, '--yes'],
  'application stage': async () => ['app', 'stage', (await applicant(s.h)).email, '--stage', 'Onsite', '--job', 'Staff Engineer'],
  'application transfer': async () => ['app', 'transfer', (await applicant(s.h)).email, '--job', 'Frontend Engineer'],
  'candidate add': async () => [
    'candidate',
    'add',
    '--name',
    'Declared Endpoints',
    '--email',
    `declared.${Date.now()}@example.com`,
    '--job',
    'Staff Engineer',
    '--tag',
    'Open source',
    '--resume',
    pdf(),
    '--note',
    'Met at a meetup',
  ],
  'candidate view': async () => ['candidate', 'view', (await applicant(s.h)).email],
  'job pipeline': async () => ['job', 'pipeline', 'Staff Engineer'],
  'job view': async () => ['job', 'view', 'Staff Engineer'],
  'application view': async () => ['app', 'view', (await applicant(s.h)).email],
  'candidate upload-file': async () => ['candidate', 'upload-file', (await applicant(s.h)).candidateId, pdf()],
  'candidate upload-resume': async () => ['candidate', 'upload-resume', (await applicant(s.h)).candidateId, pdf()],
  'feedback submit': async () => {
    const u = await users();
    return [
      'feedback',
      'submit',
      '--application',
      (await applicant(s.h)).email,
      '--interview',
      'Technical interview',
      '--field',
      'Overall recommendation=4',
      '--field',
      'Summary=Clear',
      '--field',
      'Seniority=Senior',
      '--field',
      'Would you like to work with them?=yes',
      '--user',
      u[3].email,
    ];
  },
  'interview schedule': async () => {
    const u = await users();
    return interviewSchedule(
      (await applicant(s.h)).email,
      { interview: 'System design', interviewers: [u[2].email], start: '2030-06-01T14:00:00Z', duration: 45 },
      '--yes',
    );
  },
  'offer create': async () => offerCreate((await applicant(s.h)).email, '--no-approve', '--yes'),
  'offer process show': async () => ['offer', 'process', 'show', (await applicant(s.h)).email],
  'offer cancel': async () => {
    const a = await applicant(s.h);
    await s.cli(offerCreate(a.email, '--yes'));
    return ['offer', 'cancel', a.email, '--yes'];
  },
  'report run': async () => {
    const reports = (await apiOk(s.h, 'report.list', {}).catch(() => [])) as Array<{ id: string }>;
    return ['report', 'run', reports[0]?.id ?? '00000000-0000-4000-8000-000000000000', '--poll-interval', '0.1'];
  },
  'file download': async () => ['file', 'download', 'no-such-handle', '--to', join(tempConfigDir(), 'f.pdf')],
  'application delete': async () => ['app', 'delete', Object.values((await applicant(s.h)).applications)[0], '--yes'],
  'candidate push-hris': async () => ['candidate', 'push-hris', Object.values((await applicant(s.h)).applications)[0], '--system', 'BambooHR', '--yes'],
  'offer set-status': async () => ['offer', 'set-status', '00000000-0000-4000-8000-000000000000', '--status', 'accepted', '--yes'],
  'audit-log list': async () => ['audit-log', 'list', '--since', '1h'],
  'sequence add': async () => ['sequence', 'add', (await applicant(s.h)).email, '--template', 'Design leads'],
  'sequence start': async () => ['sequence', 'start', (await applicant(s.h)).email, '--template', 'Senior engineers outreach'],
  'webhook create': async () => [
    'webhook',
    'create',
    '--event',
    'applicationSubmit',
    '--url',
    'https://example.com/hook',
    '--secret',
    'declared-endpoints-secret',
  ],
  'webhook show': async () => ['webhook', 'show', '00000000-0000-4000-8000-000000000000'],
  'webhook update': async () => ['webhook', 'update', '00000000-0000-4000-8000-000000000000', '--disable'],
  'webhook delete': async () => ['webhook', 'delete', '00000000-0000-4000-8000-000000000000', '--yes'],
};

/** Hand-made commands that landed after this test and have no run here yet: each one is a gap to close. */
const NO_RUN_YET = new Set(['doctor']);

describe('hand-made commands and their declared endpoints', () => {
  it('has a run here for every hand-made command that declares endpoints', () => {
    expect([...declared.keys()].filter((p) => !RUNS[p] && !NO_RUN_YET.has(p))).toEqual([]);
  });

  for (const [path, args] of Object.entries(RUNS)) {
    it(`${path} calls only what it declares`, async () => {
      const { r, endpoints } = await called(await args());
      const undeclared = endpoints.filter((e) => !(declared.get(path) ?? []).includes(e));
      expect(endpoints.length, `ashby ${path} sent nothing (exit ${r.code}): ${r.stderr}`).toBeGreaterThan(0);
      expect(undeclared, `ashby ${path} (exit ${r.code}) called endpoints it does not declare; stderr:\n${r.stderr}`).toEqual([]);
    });
  }
});
