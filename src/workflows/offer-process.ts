// `ashby offer process show` and `ashby offer cancel`: what is in progress for an application, and
// withdrawing it. Ashby's API lists offers but not offer processes, so a process without an offer
// is known only when it was started on this machine (offer-state.ts).
import type { Context } from '../context.js';
import { ApiError, CliError, UsageError } from '../errors.js';
import { LookupNotFoundError, Resolver, describeApp, type AppInfo } from '../resolve/index.js';
import { confirmStep, requireConfirmable, requireFlags } from './guards.js';
import { done } from './report.js';
import { isDry } from './envelope.js';
import { readOfferState, updateOfferState } from './offer-state.js';
import { pickApplication } from './pick.js';
import { BatchLookups, appTarget } from '../bulk/lookups.js';
import type { HandSpec } from '../bulk/hand.js';

export interface OfferProcessOptions {
  application?: string;
  job?: string;
  refreshCache?: boolean;
}

type Rec = Record<string, unknown>;
const FINAL = new Set(['CandidateAccepted', 'CandidateRejected', 'OfferCancelled']);

async function offersOf(ctx: Context, app: AppInfo): Promise<Rec[]> {
  const env = await (await ctx.client()).call('offer.list', { applicationId: app.id, limit: 100 });
  const list = (Array.isArray(env.results) ? env.results : []) as Rec[];
  const created = (o: Rec) => Date.parse(String((o.latestVersion as Rec | undefined)?.createdAt ?? '')) || 0;
  return list.sort((a, b) => created(b) - created(a));
}

const inProgress = (offers: Rec[]) => offers.find((o) => !FINAL.has(String(o.offerStatus)));

/** The application's offer that is neither accepted, declined nor cancelled, if it has one (a read). */
export async function offerInProgress(ctx: Context, app: AppInfo): Promise<Rec | undefined> {
  return inProgress(await offersOf(ctx, app));
}

export async function showOfferProcess(ctx: Context, o: OfferProcessOptions): Promise<unknown> {
  requireFlags(ctx, 'offer process show', [['APPLICATION', o.application]]);
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app } = await pickApplication(ctx, r, o.application, { job: o.job, flag: 'APPLICATION', strict: false, open: false });
  const offers = await offersOf(ctx, app);
  if (ctx.opts.dryRun) return undefined;
  const process = (await readOfferState(ctx)).processes[app.id];
  const active = inProgress(offers);
  let state: string;
  let next: string;
  if (active) {
    state = `offer ${active.id} is ${active.offerStatus}`;
    next = `ashby offer update … (a new version), or ashby offer cancel ${app.id}`;
  } else if (process) {
    state = 'an offer process is open without an offer';
    next = `ashby offer create --application ${app.id} (continues it)`;
  } else {
    state = offers.length ? 'no offer in progress' : 'no offers';
    next = `ashby offer create --application ${app.id}`;
  }
  return {
    applicationId: app.id,
    candidate: app.candidate.name,
    job: app.job.title,
    applicationStatus: app.status,
    state,
    offerProcessId: process && !active ? process.offerProcessId : null,
    next,
    offers: offers.map((x) => ({
      id: x.id,
      offerStatus: x.offerStatus,
      acceptanceStatus: x.acceptanceStatus,
      createdAt: (x.latestVersion as Rec | undefined)?.createdAt ?? null,
    })),
  };
}

export async function cancelOffer(ctx: Context, o: OfferProcessOptions): Promise<unknown> {
  requireFlags(ctx, 'offer cancel', [['APPLICATION', o.application]]);
  requireConfirmable(ctx, 'offer cancel withdraws an offer');
  const r = new Resolver(ctx, { refreshCache: o.refreshCache });
  const { app } = await pickApplication(ctx, r, o.application, { job: o.job, flag: 'APPLICATION', open: false });
  const { offerId, active } = await offerToCancel(ctx, app);
  if (active) ctx.info(`About to withdraw offer ${offerId} (${active.offerStatus}) for ${describeApp(app, { email: true })}. This ends its offer process.`);
  await confirmStep(ctx, 'Withdraw this offer?', 'offer cancel');
  return withdraw(ctx, app, offerId);
}

/** The application's offer in progress (reads only), or an error saying why there is none to withdraw. */
async function offerToCancel(ctx: Context, app: AppInfo): Promise<{ offerId: string; active?: Rec }> {
  const offers = await offersOf(ctx, app);
  const active = inProgress(offers);
  if (!active && !ctx.opts.dryRun) {
    const process = (await readOfferState(ctx)).processes[app.id];
    if (process) {
      throw new CliError(`${describeApp(app)} has no offer to withdraw: its offer process ${process.offerProcessId} is open without one`, {
        hint: `Ashby's API cannot cancel an offer process; \`ashby offer create --application ${app.id}\` continues it`,
      });
    }
    throw new LookupNotFoundError(
      `${describeApp(app)} has no offer in progress`,
      offers.length ? `its offers: ${offers.map((x) => `${x.id} (${x.offerStatus})`).join(', ')}` : undefined,
    );
  }
  return { offerId: active ? String(active.id) : '<offer in progress>', active };
}

async function withdraw(ctx: Context, app: AppInfo, offerId: string): Promise<unknown> {
  const env = await (await ctx.client()).call('offer.setStatus', { offerId, acceptanceStatus: 'Cancelled', excludeFormDefinition: true });
  if (isDry(env)) return undefined;
  await updateOfferState(ctx, (s) => void delete s.processes[app.id]);
  done(ctx, `withdrew offer ${offerId} for ${app.candidate.name} (${app.job.title})`);
  return env.results;
}

interface CancelPlan {
  app: AppInfo;
  offerId: string;
  status?: string;
}

/**
 * `offer cancel --from`: every record's application and its offer in progress looked up before the
 * first offer is withdrawn; an application that cannot be found, or has no offer to withdraw,
 * stops the batch with nothing sent.
 */
export function cancelBatch(): HandSpec<CancelPlan> {
  const look = new BatchLookups();
  return {
    required: ['application'],
    destructive: true,
    async prepare(v, io) {
      const app = await look.recordApplication(io, v, { open: false });
      const { offerId, active } = await offerToCancel(io.ctx, app).catch((err: unknown) => {
        // An offer process open without an offer is this record's problem, not the batch's: listed with the others.
        if (err instanceof CliError && !(err instanceof ApiError) && !(err instanceof UsageError)) throw new UsageError(err.message, { hint: err.hint });
        throw err;
      });
      return { app, offerId, status: active?.offerStatus as string | undefined };
    },
    execute: (p, io) => withdraw(io.ctx, p.app, p.offerId),
    target: appTarget,
    label: (_v, p) => `${describeApp(p.app)}: offer ${p.offerId}${p.status ? ` (${p.status})` : ''}`,
    effects: () => ["Each candidate's offer in progress is withdrawn."],
  };
}
