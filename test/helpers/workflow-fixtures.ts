// Known people in the sandbox for workflow tests: a candidate with a unique name and email applied
// to a seeded job, made through the API (not the CLI under test), and readers of the resulting state.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { runCli, type RunResult } from './cli.js';
import { call, startSandbox, type TestSandbox } from './sandbox.js';

/** One sandbox for a test file, and the CLI pointed at it (extra env on top). */
export function sandboxSuite(opts: { when?: boolean } = {}) {
  const suite = {
    h: undefined as unknown as TestSandbox,
    cli: (args: string[], env: Record<string, string> = {}, input?: string): Promise<RunResult> => runCli(args, { env: { ...suite.h.env, ...env }, input }),
  };
  beforeAll(async () => {
    if (opts.when !== false) suite.h = await startSandbox();
  });
  afterAll(() => suite.h?.close());
  return suite;
}

/** The sandbox offer form's required fields, as `ashby offer create` flags. */
const OFFER_FIELDS = ['--field', 'Base salary=150000 USD', '--field', 'Start date=2030-09-01', '--field', 'Employment type=Full time'];

/** `ashby offer create` for the application of `who` (an email), with the form's required fields, then `rest`. */
export const offerCreate = (who: string, ...rest: string[]): string[] => ['offer', 'create', '--application', who, ...OFFER_FIELDS, ...rest];

/** `ashby interview schedule` for `who`: the interview, its interviewers (emails or names), start and duration, then `rest`. */
export function interviewSchedule(
  who: string,
  o: { interview: string; interviewers: string[]; start: string; duration: number | string },
  ...rest: string[]
): string[] {
  const interviewers = o.interviewers.flatMap((i) => ['--interviewer', i]);
  return ['interview', 'schedule', who, '--interview', o.interview, ...interviewers, '--start', o.start, '--duration', String(o.duration), ...rest];
}

export interface Applicant {
  name: string;
  email: string;
  candidateId: string;
  applicationId: string;
  jobId: string;
  planId: string;
}

async function ok(h: TestSandbox, endpoint: string, body: unknown): Promise<any> {
  const r = await call(h, endpoint, body);
  if (r.body?.success !== true) throw new Error(`${endpoint} failed in the fixture: ${JSON.stringify(r.body)}`);
  return r.body.results;
}

export async function jobId(h: TestSandbox, title: string): Promise<string> {
  const jobs = (await ok(h, 'job.search', { title })) as Array<{ id: string; title: string }>;
  const job = jobs.find((j) => j.title === title);
  if (!job) throw new Error(`no seeded job titled ${title}`);
  return job.id;
}

/** A fresh candidate applied to each of the given seeded jobs (first one in `applicationId`). */
export async function applicant(
  h: TestSandbox,
  jobs: string[] = ['Staff Engineer'],
  name?: string,
): Promise<Applicant & { applications: Record<string, string> }> {
  const tag = randomBytes(4).toString('hex');
  const who = name ?? `Testy ${tag} Example`;
  const email = `testy.${tag}@example.com`;
  const cand = await ok(h, 'candidate.create', { name: who, email });
  const applications: Record<string, string> = {};
  let first: { id: string; jobId: string; planId: string } | undefined;
  for (const title of jobs) {
    const id = await jobId(h, title);
    const app = await ok(h, 'application.create', { candidateId: cand.id, jobId: id });
    applications[title] = app.id;
    first ??= { id: app.id, jobId: id, planId: app.currentInterviewStage.interviewPlanId };
  }
  return { name: who, email, candidateId: cand.id, applicationId: first!.id, jobId: first!.jobId, planId: first!.planId, applications };
}

export async function application(h: TestSandbox, id: string): Promise<any> {
  return ok(h, 'application.info', { applicationId: id });
}

export async function stageId(h: TestSandbox, planId: string, title: string): Promise<string> {
  const stages = (await ok(h, 'interviewStage.list', { interviewPlanId: planId })) as Array<{ id: string; title: string }>;
  return stages.find((s) => s.title === title)!.id;
}

export async function archiveReasonId(h: TestSandbox, text: string): Promise<string> {
  const reasons = (await ok(h, 'archiveReason.list', {})) as Array<{ id: string; text: string }>;
  return reasons.find((r) => r.text === text)!.id;
}

export { ok as apiOk };

const INJECTED = { status: 500, body: { success: false, errors: ['internal_error'], errorInfo: { code: 'internal_error', message: 'injected by the test' } } };

/**
 * A pass-through to the sandbox that answers `reply` (default: HTTP 500) to the requests `fails`
 * picks, without forwarding them, so one item of a batch can fail while the others go through.
 */
export async function failingProxy(h: TestSandbox, fails: (endpoint: string, body: any) => boolean, reply: { status: number; body: unknown } = INJECTED) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', async () => {
      const endpoint = (req.url ?? '/').slice(1);
      const body = raw ? JSON.parse(raw) : {};
      if (fails(endpoint, body)) {
        hits.push(endpoint);
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
        return;
      }
      const up = await fetch(`${h.url}/${endpoint}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: String(req.headers.authorization ?? '') },
        body: raw || '{}',
      });
      res.writeHead(up.status, { 'content-type': 'application/json' });
      res.end(await up.text());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ASHBY_BASE_URL: url, ASHBY_API_KEY: h.apiKey },
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
