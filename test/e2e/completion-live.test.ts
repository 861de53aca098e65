// Live values (job titles, stages of the chosen job or application, users, archive reasons,
// sources, tags, candidates by a typed prefix) through each shell's completion machinery, from a
// sandbox organisation. The expectations are read from the sandbox's API, not from the CLI.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { applicant } from '../helpers/workflow-fixtures.js';
import { complete, shellEnv, SHELLS, values, type Shell } from './completion-harness.js';

type Rec = Record<string, any>;

let h: TestSandbox;
let env: Record<string, string>;
let person: Awaited<ReturnType<typeof applicant>>;

async function list(endpoint: string, body: Rec = {}): Promise<Rec[]> {
  const r = await call(h, endpoint, body);
  if (r.body?.success !== true) throw new Error(`${endpoint}: ${JSON.stringify(r.body)}`);
  return r.body.results;
}

beforeAll(async () => {
  h = await startSandbox();
  // A generous budget: the first TAB of each kind fetches (a cold cache), and must not time out here.
  env = shellEnv({ ...h.env, ASHBY_COMPLETE_BUDGET_MS: '60000' });
  person = await applicant(h, ['Frontend Engineer'], `Zoltan ${randomBytes(3).toString('hex')} Quagmire`);
});

afterAll(async () => {
  await h?.close();
});

/** What ends up on the line, without the backslash escapes bash and zsh add. */
async function offered(shell: Shell, line: string): Promise<string[]> {
  const vs = values(await complete(shell, line, env));
  return shell === 'fish' ? vs : vs.map((v) => v.replace(/\\(.)/g, '$1'));
}

const sorted = (xs: string[]) => [...new Set(xs)].sort();

describe.each(SHELLS)('%s live completion', (shell) => {
  it('offers job titles, and narrows them by a typed prefix', async () => {
    const jobs = await list('job.list');
    const titles = jobs.filter((j) => j.status !== 'Archived').map((j) => j.title);
    expect(sorted(await offered(shell, 'ashby app stage --job '))).toEqual(sorted(titles));
    const sta = titles.filter((t) => t.toLowerCase().startsWith('sta'));
    expect(sta.length).toBeGreaterThan(0);
    expect(sorted(await offered(shell, 'ashby app stage --job Sta'))).toEqual(sorted(sta));
  });

  it('offers the stage names of the chosen job', async () => {
    const job = (await list('job.list')).find((j) => j.title === 'Staff Engineer')!;
    const stages = await list('interviewStage.list', { interviewPlanId: job.defaultInterviewPlanId });
    const got = await offered(shell, 'ashby app stage --job "Staff Engineer" --stage ');
    expect(sorted(got)).toEqual(sorted(stages.map((s) => s.title)));
  });

  it("offers the stage ids of the chosen application's plan, not other plans'", async () => {
    const stages = await list('interviewStage.list', { interviewPlanId: person.planId });
    const got = await offered(shell, `ashby application change-stage ${person.applicationId} --interview-stage-id `);
    expect(sorted(got)).toEqual(sorted(stages.map((s) => s.id)));
    // and by name, for an application named by its candidate's email
    expect(sorted(await offered(shell, `ashby app stage ${person.email} --stage `))).toEqual(sorted(stages.map((s) => s.title)));
  });

  it('offers users, archive reasons, sources and tags', async () => {
    const users = (await list('user.list')).filter((u) => u.isEnabled !== false).map((u) => `${u.firstName} ${u.lastName}`.trim());
    expect(sorted(await offered(shell, 'ashby feedback submit --user '))).toEqual(sorted(users));
    const reasons = (await list('archiveReason.list')).filter((r) => !r.isArchived).map((r) => r.text);
    expect(sorted(await offered(shell, 'ashby app archive --reason '))).toEqual(sorted(reasons));
    const sources = (await list('source.list')).filter((r) => !r.isArchived).map((r) => r.title);
    expect(sorted(await offered(shell, 'ashby candidate add --source '))).toEqual(sorted(sources));
    const tags = (await list('candidateTag.list')).filter((r) => !r.isArchived).map((r) => r.title);
    expect(sorted(await offered(shell, 'ashby candidate add --tag '))).toEqual(sorted(tags));
  });

  it('offers candidates for a typed name prefix (by email), and their ids where ids are wanted', async () => {
    const first = person.name.split(' ')[0];
    expect(await offered(shell, `ashby app stage ${first}`)).toEqual([person.email]);
    // Where ids are wanted, typing the name selects the id in bash and zsh (the engine replaces
    // the word). fish only keeps candidates that match the typed word, and people are searched by
    // name, so there is no id completion for candidates in fish (README says so).
    if (shell !== 'fish') expect(await offered(shell, `ashby candidate info ${first}`)).toEqual([person.candidateId]);
  });
});

describe.each(SHELLS)('%s: values not known yet', (shell) => {
  it('offers the flags while a live argument has no values (a cold cache, a slow network), and the values on a later TAB', async () => {
    const cold = shellEnv({ ...h.env }); // a fresh config dir: nothing cached; the default budget
    const tab = async (line: string) => values(await complete(shell, line, cold)).map((v) => (shell === 'fish' ? v : v.replace(/\\(.)/g, '$1')));
    h.setLatency(3000);
    try {
      const first = await tab('ashby job pipeline ');
      expect(first).toContain('--web');
      expect(first).toContain('--output');
    } finally {
      h.setLatency(0);
    }
    // The late fetch finishes in the background and fills the cache; a later TAB offers the jobs.
    const open = (await list('job.list')).filter((j) => j.status !== 'Archived').map((j) => j.title);
    let later: string[] = [];
    for (let i = 0; i < 60 && !later.includes('Staff Engineer'); i++) {
      if (i) await new Promise((r) => setTimeout(r, 500));
      later = await tab('ashby job pipeline ');
    }
    expect(sorted(later)).toEqual(sorted(open));
  });
});
