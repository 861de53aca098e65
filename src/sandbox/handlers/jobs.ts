// Jobs and their interview plans: list, info, search, create (with a plan of its own), update,
// status transitions as Ashby allows them, and the stages of a plan.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import type { Handler } from '../handler.js';
import { STAGE_TEMPLATE, STAGE_TYPES } from '../seed.js';
import type { World } from '../world.js';

/** job.setStatus: the transitions Ashby documents. */
export const JOB_TRANSITIONS: Record<string, string[]> = {
  Draft: ['Open', 'Archived'],
  Open: ['Closed'],
  Closed: ['Draft', 'Archived'],
  Archived: ['Draft'],
};

function renderJob(world: World, job: Entity, expand: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...job };
  const ex = Array.isArray(expand) ? expand : [];
  if (ex.includes('location') && typeof job.locationId === 'string') out.location = world.col('location').get(job.locationId);
  if (ex.includes('openings'))
    out.openings = [...world.col('opening').scan()]
      .map(([, o]) => o)
      .filter((o) => ((o.latestVersion as { jobIds?: string[] })?.jobIds ?? []).includes(job.id));
  return out;
}

function ms(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function editJob(world: World, id: string, change: (d: Entity) => void) {
  return { results: renderJob(world, world.edit('job', id, change), []) };
}

export const jobHandlers: Record<string, Handler> = {
  'job.list': ({ world, body, endpoint }) => {
    const statuses = Array.isArray(body.status) ? body.status : undefined;
    const bounds: Array<[string, number | undefined, number | undefined]> = [
      ['createdAt', ms(body.createdAfter), undefined],
      ['openedAt', ms(body.openedAfter), ms(body.openedBefore)],
      ['closedAt', ms(body.closedAfter), ms(body.closedBefore)],
    ];
    const filter = (j: Entity) =>
      // Drafts are listed only when asked for, as in Ashby.
      (statuses ? statuses.includes(j.status) : j.status !== 'Draft') &&
      bounds.every(([field, after, before]) => {
        if (after === undefined && before === undefined) return true;
        const t = typeof j[field] === 'string' ? Date.parse(String(j[field])) : NaN;
        return !Number.isNaN(t) && (after === undefined || t > after) && (before === undefined || t < before);
      });
    return world.page(endpoint, body, world.col('job'), { filter, render: (j) => renderJob(world, j, body.expand), sync: true });
  },

  'job.info': ({ world, body }) => ({ results: renderJob(world, world.need('job', body.id), body.expand) }),

  'job.search': ({ world, body }) => {
    const title = typeof body.title === 'string' ? body.title.toLowerCase() : undefined;
    const req = typeof body.requisitionId === 'string' ? body.requisitionId : undefined;
    const results = [...world.col('job').scan()]
      .map(([, j]) => j)
      .filter((j) => (!title || String(j.title).toLowerCase().includes(title)) && (!req || j.customRequisitionId === req))
      .map((j) => renderJob(world, j, []));
    return { results };
  },

  'job.create': ({ world, body, actingUserId }) => {
    const dept = world.need('department', body.teamId, 'team');
    world.need('location', body.locationId);
    if (body.brandId !== undefined) world.need('brand', body.brandId);
    const seq = world.store.bump();
    const now = world.store.nowIso();
    let planId = body.defaultInterviewPlanId as string | undefined;
    if (planId) world.need('interviewPlan', planId, 'interview_plan');
    else {
      planId = world
        .col('interviewPlan')
        .create((id) => ({ id, title: `${body.title} interview plan`, isArchived: false, createdAt: now, updatedAt: now }), seq).id;
      for (const [s, [title, type]] of STAGE_TEMPLATE.entries()) {
        world.col('interviewStage').create(
          (id) => ({
            id,
            title,
            type,
            orderInInterviewPlan: s + 1,
            interviewStageGroupId: world.col('interviewStageGroup').idOf(STAGE_TYPES.indexOf(type)),
            interviewPlanId: planId!,
          }),
          seq,
        );
      }
    }
    const author = world.user(actingUserId) ?? world.col('user').at(0);
    const job = world.col('job').create(
      (id) => ({
        id,
        title: body.title,
        confidential: false,
        status: 'Draft',
        employmentType: 'FullTime',
        locationId: body.locationId,
        departmentId: dept.id,
        defaultInterviewPlanId: planId,
        interviewPlanIds: [planId],
        customFields: [],
        jobPostingIds: [],
        hiringTeam: [],
        ...(body.brandId ? { brandId: body.brandId } : {}),
        ...(author ? { author } : {}),
        createdAt: now,
        updatedAt: now,
      }),
      seq,
    );
    return { results: renderJob(world, job, []) };
  },

  'job.update': ({ world, body }) => {
    world.need('job', body.jobId);
    if (body.teamId !== undefined) world.need('department', body.teamId, 'team');
    if (body.locationId !== undefined) world.need('location', body.locationId);
    if (body.defaultInterviewPlanId !== undefined) world.need('interviewPlan', body.defaultInterviewPlanId, 'interview_plan');
    return editJob(world, body.jobId, (d) => {
      if (body.title !== undefined) d.title = body.title;
      if (body.teamId !== undefined) d.departmentId = body.teamId;
      if (body.locationId !== undefined) d.locationId = body.locationId;
      if (body.customRequisitionId !== undefined) d.customRequisitionId = body.customRequisitionId;
      if (body.defaultInterviewPlanId !== undefined) {
        d.defaultInterviewPlanId = body.defaultInterviewPlanId;
        const plans = d.interviewPlanIds as string[];
        if (!plans.includes(body.defaultInterviewPlanId)) plans.push(body.defaultInterviewPlanId);
      }
    });
  },

  'job.setStatus': ({ world, body }) => {
    const job = world.need('job', body.jobId);
    const from = String(job.status);
    if (from === body.status) return { results: renderJob(world, job, []) };
    if (!JOB_TRANSITIONS[from]?.includes(body.status)) {
      throw SandboxError.invalid('status', `a ${from} job cannot be set to ${body.status} (allowed: ${JOB_TRANSITIONS[from].join(', ')})`);
    }
    const now = world.store.nowIso();
    return editJob(world, job.id, (d) => {
      d.status = body.status;
      if (body.status === 'Open') {
        d.openedAt = now;
        delete d.closedAt;
      }
      if (body.status === 'Closed' || body.status === 'Archived') d.closedAt ??= now;
    });
  },

  'interviewStage.list': ({ world, body }) => {
    world.need('interviewPlan', body.interviewPlanId, 'interview_plan');
    return { results: world.stagesOfPlan(body.interviewPlanId), moreDataAvailable: false };
  },

  'interviewStage.info': ({ world, body }) => ({ results: world.need('interviewStage', body.interviewStageId, 'interview_stage') }),

  'jobInterviewPlan.info': ({ world, body }) => {
    const job = world.need('job', body.jobId);
    const planId = String(job.defaultInterviewPlanId);
    return {
      results: {
        jobId: job.id,
        interviewPlanId: planId,
        stages: world.stagesOfPlan(planId).map((s) => ({
          id: s.id,
          title: s.title,
          type: s.type,
          orderInInterviewPlan: s.orderInInterviewPlan,
          interviewStageGroupId: s.interviewStageGroupId,
          activities: [],
        })),
      },
    };
  },
};
