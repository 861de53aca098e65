// `ashby interview schedule`: one interview for an application, with its interviewers and time.
import type { Context } from '../context.js';
import { intOption } from '../context.js';
import { UsageError } from '../errors.js';
import { LookupNotFoundError, Resolver, describeApp, type AppInfo, type Entry } from '../resolve/index.js';
import { BatchLookups } from '../bulk/lookups.js';
import type { HandSpec } from '../bulk/hand.js';
import { confirmStep, requireConfirmable, requireFlags, validateWith } from './guards.js';
import { done, scriptHint } from './report.js';
import { isDry } from './envelope.js';
import { checkNotPast, inZone, showTime, typedTime } from './time.js';
import { pickApplication } from './pick.js';

export interface ScheduleOptions {
  application?: string;
  job?: string;
  interview?: string;
  interviewer: string[];
  start?: string;
  duration?: string;
  refreshCache?: boolean;
}

export async function scheduleInterview(ctx: Context, o: ScheduleOptions): Promise<unknown> {
  requireFlags(ctx, 'interview schedule', [
    ['APPLICATION', o.application],
    ['--interview', o.interview],
    ['--interviewer', o.interviewer],
    ['--start', o.start],
    ['--duration', o.duration],
  ]);
  let start = o.start ? typedTime(ctx, '--start', o.start) : undefined;
  if (start) checkNotPast(ctx, '--start', start, 'the interview would be booked for a time already gone');
  let minutes = o.duration ? intOption('--duration', o.duration, 5, 24 * 60) : undefined;
  requireConfirmable(ctx, 'interview schedule sends calendar invitations');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app, prompted } = await pickApplication(ctx, r, o.application, { job: o.job, flag: 'APPLICATION' });
  let wizard = prompted;
  const p = () => ctx.prompter();

  let interview: Entry;
  if (o.interview) interview = await r.resolve('interview', o.interview, { flag: '--interview' });
  else {
    wizard = true;
    interview = (await r.choose('interview', 'Which interview?'))!;
  }
  let people: Entry[] = [];
  for (const who of o.interviewer) people.push(await r.resolve('user', who, { flag: '--interviewer' }));
  if (!people.length) {
    wizard = true;
    const users = (await r.entries('user')).items.filter((u) => !u.archived && u.alt?.length);
    const ids = await (await p()).checkbox(
      'Interviewers',
      users.map((u) => ({ name: `${u.name} <${u.alt![0]}>`, value: u.id })),
      { required: 'choose at least one (type a name, Enter adds them)', search: true },
    );
    people = users.filter((u) => ids.includes(u.id));
    if (!people.length) throw new UsageError('an interview needs at least one interviewer');
  }
  const emails = await Promise.all(people.map((u) => emailOf(r, u)));
  if (!start) {
    wizard = true;
    const raw = await (await p()).input(`Start time (local time${inZone(ctx)}, e.g. 2030-05-01 14:00)`, {
      validate: validateWith((s) => typedTime(ctx, 'start time', s)),
    });
    start = typedTime(ctx, 'start time', raw);
    checkNotPast(ctx, 'start time', start, 'the interview would be booked for a time already gone');
  }
  if (minutes === undefined) {
    wizard = true;
    const raw = await (await p()).input('Duration in minutes', { default: '60', validate: validateWith((s) => intOption('duration', s, 5, 24 * 60)) });
    minutes = intOption('duration', raw, 5, 24 * 60);
  }
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();

  const overlapping = await overlaps(ctx, app.id, start, end);
  ctx.info(`\nAbout to schedule "${interview.name}" for ${describeApp(app, { email: true })}`);
  ctx.info(`  at ${showTime(start, ctx.timeZone)}, ${minutes} min`);
  ctx.info(`  with ${people.map((u, i) => (u.name && u.name !== emails[i] && u.name !== u.id ? `${u.name} <${emails[i]}>` : emails[i])).join(', ')}`);
  for (const o of overlapping) ctx.warn(`${app.candidate.name} already has ${o}: this would double-book them`);
  ctx.info('Ashby will send the calendar invitations.');
  await confirmStep(ctx, 'Schedule this interview?', 'interview schedule');
  const results = await createSchedule(ctx, { app, interview, emails, start, end });
  if (results === undefined) return undefined;
  if (wizard) {
    const args = ['interview', 'schedule', app.id, '--interview', await r.forScript('interview', interview), ...emails.flatMap((e) => ['--interviewer', e])];
    scriptHint(ctx, [...args, '--start', start, '--duration', String(minutes), '--yes']);
  }
  return results;
}

/** Everything a schedule needs, looked up: the write is all that is left. */
interface SchedulePlan {
  app: AppInfo;
  interview: Entry;
  emails: string[];
  start: string;
  end: string;
}

/** interviewSchedule.create: the write (undefined in a dry run). */
async function createSchedule(ctx: Context, { app, interview, emails, start, end }: SchedulePlan): Promise<unknown> {
  const env = await (await ctx.client()).call('interviewSchedule.create', {
    applicationId: app.id,
    interviewEvents: [{ startTime: start, endTime: end, interviewers: emails.map((email) => ({ email })), interviewId: interview.id }],
  });
  if (isDry(env)) return undefined;
  done(ctx, `scheduled "${interview.name}" for ${app.candidate.name} at ${showTime(start, ctx.timeZone)}`);
  return env.results;
}

/**
 * `interview schedule --from`: every record's time, application, interview type and interviewers
 * looked up (each name once per batch) before the first schedule is made, so a name that matches
 * nothing stops the batch with no invitation sent.
 */
export function scheduleBatch(): HandSpec<SchedulePlan> {
  const look = new BatchLookups();
  // The batch's own interviews so far: Ashby's list cannot show those not made yet.
  const planned: SchedulePlan[] = [];
  return {
    required: ['application', 'interview', 'interviewer', 'start', 'duration'],
    destructive: true,
    async prepare(v, io) {
      const ctx = io.ctx;
      const start = typedTime(ctx, '--start', String(v.start));
      const minutes = intOption('--duration', String(v.duration), 5, 24 * 60);
      const app = await look.recordApplication(io, v, { open: true });
      // Among many records, the warning says whose interview it is.
      checkNotPast(ctx, '--start', start, `the interview for ${describeApp(app)} would be booked for a time already gone`);
      const r = look.resolver(io);
      const interview = await look.resolve(io, 'interview', String(v.interview), { flag: '--interview' });
      const people = await Promise.all((v.interviewer as string[]).map((who) => look.resolve(io, 'user', who, { flag: '--interviewer' })));
      const emails = await Promise.all(people.map((u) => emailOf(r, u)));
      const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
      for (const o of await overlaps(ctx, app.id, start, end)) ctx.warn(`${app.candidate.name} already has ${o}: this would double-book them`);
      const plan = { app, interview, emails, start, end };
      for (const p of planned.filter((p) => p.app.id === app.id && p.start < end && p.end > start)) {
        const [x, y] = [p, plan].sort((l, r) => l.start.localeCompare(r.start));
        ctx.warn(
          `${app.candidate.name} would have two interviews of this batch at once: "${x.interview.name}" at ${showTime(x.start, ctx.timeZone)} and ${y.interview.name === x.interview.name ? '' : `"${y.interview.name}" `}at ${showTime(y.start, ctx.timeZone)}; this would double-book them`,
        );
      }
      planned.push(plan);
      return plan;
    },
    execute: (p, io) => createSchedule(io.ctx, p),
    label: (_v, p, ctx) => `${describeApp(p.app)}: "${p.interview.name}" at ${showTime(p.start, ctx.timeZone)} with ${p.emails.join(', ')}`,
    effects: () => ['Ashby sends calendar invitations to the interviewers (and the candidates) of every schedule.'],
  };
}

/** The API wants interviewers by email; an id given on the command line is looked up. */
async function emailOf(r: Resolver, u: Entry): Promise<string> {
  if (u.alt?.length) return u.alt[0];
  if (r.dryRun) return `<email of user ${u.id}>`;
  const known = (await r.entries('user')).items.find((x) => x.id === u.id);
  if (known?.alt?.length) return known.alt[0];
  throw new LookupNotFoundError(`no user with the id ${u.id} (or the user has no email)`);
}

/** The application's scheduled interviews that overlap [start, end), described for a warning. */
async function overlaps(ctx: Context, applicationId: string, start: string, end: string): Promise<string[]> {
  if (ctx.opts.dryRun) return [];
  const env = await (await ctx.client()).call('interviewSchedule.list', { applicationId, limit: 100 });
  const from = Date.parse(start);
  const to = Date.parse(end);
  const found: string[] = [];
  for (const s of (Array.isArray(env.results) ? env.results : []) as Array<Record<string, unknown>>) {
    if (s.status === 'Cancelled') continue;
    for (const ev of (s.interviewEvents ?? []) as Array<{ startTime?: string; endTime?: string; interview?: { title?: string } }>) {
      const a = Date.parse(String(ev.startTime));
      const b = Date.parse(String(ev.endTime));
      if (a < to && b > from)
        found.push(`"${ev.interview?.title ?? 'an interview'}" at ${showTime(String(ev.startTime), ctx.timeZone)} (schedule ${String(s.id)})`);
    }
  }
  return found;
}
