// Applications: list, info, create, stage changes (archive with a reason, hire), transfer, source.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import type { Call, Handler } from '../handler.js';
import { applicationByFormInstance } from './careers.js';
import { createdWindow } from './candidates.js';
import { acceptedOffer } from './offers.js';
import { statusOfStageType, type ApplicationRecord, type CandidateRecord } from '../seed.js';
import type { World } from '../world.js';

/** The stage must belong to the plan; "FirstPreInterviewScreen" names the plan's first such stage. */
function stageInPlan(world: World, planId: string, stageId: unknown): Entity {
  const stages = world.stagesOfPlan(planId);
  const stage = stageId === 'FirstPreInterviewScreen' ? stages.find((s) => s.type === 'PreInterviewScreen') : stages.find((s) => s.id === stageId);
  if (!stage) throw new SandboxError('interview_stage_not_found', `interview stage "${String(stageId)}" is not in interview plan ${planId}`);
  return stage;
}

function withApplicationEvents(world: World, app: Entity, events: string[]) {
  const rendered = world.renderApplication(app);
  world.emit(
    events.map((action) => {
      const offer = action === 'candidateHire' ? acceptedOffer(world, app.id) : undefined;
      return [action, { application: rendered, ...(offer ? { offer } : {}) }];
    }),
  );
  return { results: rendered };
}

/** Moves an application to a stage, recording history; shared by changeStage and transfer. */
export function moveToStage(world: World, app: ApplicationRecord, stage: Entity, extra: (d: ApplicationRecord) => void = () => {}): ApplicationRecord {
  const now = world.store.nowIso();
  return world.col('application').update(app.id, world.store.bump(), (draft) => {
    const d = draft as ApplicationRecord;
    const last = d.history[d.history.length - 1];
    if (last && !last.leftStageAt) last.leftStageAt = now;
    d.history.push({ id: world.col('applicationHistory').allocate(), stageId: stage.id, enteredStageAt: now });
    d.stageId = stage.id;
    d.status = statusOfStageType(String(stage.type));
    if (stage.type === 'Archived') d.archivedAt = now;
    else {
      delete d.archiveReasonId;
      delete d.archivedAt;
    }
    d.updatedAt = now;
    extra(d);
  }) as ApplicationRecord;
}

function needApp(world: World, id: unknown): ApplicationRecord {
  return world.need('application', id) as ApplicationRecord;
}

export const applicationHandlers: Record<string, Handler> = {
  'application.list': ({ world, body, endpoint }) => {
    const created = createdWindow(world, body);
    if (body.jobId !== undefined) world.need('job', body.jobId);
    const filter = (e: Entity) => {
      const a = e as ApplicationRecord;
      return (body.status === undefined || a.status === body.status) && (body.jobId === undefined || a.jobId === body.jobId) && created(e);
    };
    return world.page(endpoint, body, world.col('application'), { filter, render: world.renderApplication, sync: true });
  },

  'application.info': ({ world, body }) => {
    if (body.applicationId === undefined) {
      const app = applicationByFormInstance(world, body.submittedFormInstanceId);
      if (!app) throw new SandboxError('application_not_found', `no application for form instance "${body.submittedFormInstanceId}"`);
      return { results: world.renderApplication(app) };
    }
    return { results: world.renderApplication(needApp(world, body.applicationId)) };
  },

  'application.listHistory': ({ world, body }) => {
    const a = world.renderApplication(needApp(world, body.applicationId));
    return { results: a.applicationHistory, moreDataAvailable: false };
  },

  'application.create': ({ world, body }) => {
    const cand = world.need('candidate', body.candidateId) as CandidateRecord;
    const job = world.need('job', body.jobId);
    if (body.sourceId !== undefined) world.need('source', body.sourceId);
    if (body.creditedToUserId !== undefined) world.need('user', body.creditedToUserId);
    const planId = String(body.interviewPlanId ?? job.defaultInterviewPlanId);
    if (!(job.interviewPlanIds as string[]).includes(planId))
      throw new SandboxError('interview_plan_not_found', `interview plan "${planId}" is not a plan of job ${job.id}`);
    const stage = body.interviewStageId !== undefined ? stageInPlan(world, planId, body.interviewStageId) : world.stagesOfPlan(planId)[0];
    const history = (body.applicationHistory ?? []) as Array<{ stageId: string; stageNumber: number; enteredStageAt: string; archiveReasonId?: string }>;
    for (const h of history) {
      const s = stageInPlan(world, planId, h.stageId);
      if (s.type === 'Archived' && !h.archiveReasonId)
        throw SandboxError.invalid('applicationHistory.archiveReasonId', 'an applicationHistory entry in an Archived stage needs "archiveReasonId"');
      if (h.archiveReasonId) world.need('archiveReason', h.archiveReasonId, 'archive_reason');
    }
    const now = world.store.nowIso();
    const created = body.createdAt ? new Date(body.createdAt).toISOString() : now;
    const seq = world.store.bump();
    const sorted = [...history].sort((a, b) => a.stageNumber - b.stageNumber);
    const entries = sorted.length
      ? sorted.map((h, n) => ({
          id: world.col('applicationHistory').allocate(),
          stageId: h.stageId,
          enteredStageAt: new Date(h.enteredStageAt).toISOString(),
          ...(n < sorted.length - 1 ? { leftStageAt: new Date(sorted[n + 1].enteredStageAt).toISOString() } : {}),
        }))
      : [{ id: world.col('applicationHistory').allocate(), stageId: stage.id, enteredStageAt: created }];
    const current = world.col('interviewStage').get(entries[entries.length - 1].stageId)!;
    const lastArchive = sorted.length ? sorted[sorted.length - 1].archiveReasonId : undefined;
    const app = world.col('application').create(
      (id) =>
        ({
          id,
          candidateId: cand.id,
          jobId: job.id,
          interviewPlanId: planId,
          stageId: current.id,
          status: statusOfStageType(String(current.type)),
          createdAt: created,
          updatedAt: now,
          ...(body.sourceId ? { sourceId: body.sourceId } : {}),
          ...(body.creditedToUserId ? { creditedToUserId: body.creditedToUserId } : {}),
          ...(current.type === 'Archived' && lastArchive ? { archiveReasonId: lastArchive, archivedAt: entries[entries.length - 1].enteredStageAt } : {}),
          history: entries,
          customFields: [],
        }) as ApplicationRecord,
      seq,
    );
    world.col('candidate').update(cand.id, seq, (d) => {
      (d as CandidateRecord).applicationIds.push(app.id);
      d.updatedAt = now;
    });
    return withApplicationEvents(world, app, ['applicationSubmit']);
  },

  'application.changeStage': ({ world, body }) => {
    const app = needApp(world, body.applicationId);
    const stage = world.store.col('interviewStage').get(body.interviewStageId);
    if (!stage) throw new SandboxError('interview_stage_not_found', `no interview stage with id "${body.interviewStageId}"`);
    if (stage.interviewPlanId !== app.interviewPlanId)
      throw new SandboxError('interview_stage_not_found', `interview stage ${stage.id} is not in the application's interview plan`);
    const archived = stage.type === 'Archived';
    if (archived && body.archiveReasonId === undefined) throw SandboxError.invalid('archiveReasonId', 'moving to an Archived stage needs "archiveReasonId"');
    if (!archived && body.archiveReasonId !== undefined)
      throw SandboxError.invalid('archiveReasonId', '"archiveReasonId" is only accepted when moving to an Archived stage');
    if (!archived && body.archiveEmail !== undefined)
      throw SandboxError.invalid('archiveEmail', '"archiveEmail" is only accepted when moving to an Archived stage');
    if (archived) world.need('archiveReason', body.archiveReasonId, 'archive_reason');
    if (body.archiveEmail) {
      const t = world.need('communicationTemplate', body.archiveEmail.communicationTemplateId, 'communication_template');
      if (!(t.intendedTypes as string[]).includes('email'))
        throw new SandboxError('communication_template_not_allowed', `communication template ${t.id} is not an email template`);
      // Ashby (changelog 2026-11-09): invalid_input, and the stage is left as it was.
      const candidate = world.col('candidate').get(app.candidateId) as CandidateRecord | undefined;
      if (!candidate?.emailAddresses.length)
        throw SandboxError.invalid('archiveEmail', 'the candidate has no email address to send "archiveEmail" to; archive without it');
    }
    const wasHired = app.status === 'Hired';
    const moved = moveToStage(world, app, stage, (d) => {
      if (archived) d.archiveReasonId = body.archiveReasonId;
    });
    const events = ['candidateStageChange', 'applicationUpdate'];
    if (stage.type === 'Hired' && !wasHired) events.unshift('candidateHire');
    return withApplicationEvents(world, moved, events);
  },

  'application.transfer': ({ world, body }) => {
    const app = needApp(world, body.applicationId);
    const job = world.need('job', body.jobId);
    if (!(job.interviewPlanIds as string[]).includes(body.interviewPlanId))
      throw new SandboxError('interview_plan_not_found', `interview plan "${body.interviewPlanId}" is not a plan of job ${job.id}`);
    const stage = stageInPlan(world, body.interviewPlanId, body.interviewStageId);
    if (stage.type === 'Archived')
      throw SandboxError.invalid('interviewStageId', 'transfer to an Archived stage is not allowed; transfer, then archive with a reason');
    const moved = moveToStage(world, app, stage, (d) => {
      d.jobId = job.id;
      d.interviewPlanId = body.interviewPlanId;
    });
    return withApplicationEvents(world, moved, ['applicationUpdate']);
  },

  'application.updateHistory': ({ world, body }) => {
    const app = needApp(world, body.applicationId);
    const entries = [
      ...(body.applicationHistory as Array<{
        stageId: string;
        stageNumber: number;
        enteredStageAt: string;
        applicationHistoryId?: string;
        archiveReasonId?: string;
      }>),
    ].sort((a, b) => a.stageNumber - b.stageNumber);
    for (const [i, h] of entries.entries()) {
      const stage = stageInPlan(world, app.interviewPlanId, h.stageId);
      if (stage.type === 'Archived' && !h.archiveReasonId)
        throw SandboxError.invalid(`applicationHistory[${i}].archiveReasonId`, 'an entry in an Archived stage needs "archiveReasonId"');
      if (h.archiveReasonId) world.need('archiveReason', h.archiveReasonId, 'archive_reason');
      if (h.applicationHistoryId && !app.history.some((x) => x.id === h.applicationHistoryId))
        throw new SandboxError('application_history_not_found', `no history entry "${h.applicationHistoryId}" on application ${app.id}`);
    }
    const history = entries.map((h, n) => ({
      id: h.applicationHistoryId ?? world.col('applicationHistory').allocate(),
      stageId: h.stageId,
      enteredStageAt: new Date(h.enteredStageAt).toISOString(),
      ...(n < entries.length - 1 ? { leftStageAt: new Date(entries[n + 1].enteredStageAt).toISOString() } : {}),
    }));
    const last = entries[entries.length - 1];
    const stage = last ? world.col('interviewStage').get(last.stageId)! : world.col('interviewStage').get(app.stageId)!;
    const updated = world.col('application').update(app.id, world.store.bump(), (draft) => {
      const d = draft as ApplicationRecord;
      if (!history.length) return;
      d.history = history;
      d.stageId = stage.id;
      d.status = statusOfStageType(String(stage.type));
      if (stage.type === 'Archived') {
        d.archiveReasonId = last.archiveReasonId;
        d.archivedAt = history[history.length - 1].enteredStageAt;
      } else {
        delete d.archiveReasonId;
        delete d.archivedAt;
      }
      d.updatedAt = world.store.nowIso();
    })!;
    return withApplicationEvents(world, updated, ['applicationUpdate']);
  },

  'application.update': (call) =>
    editApplication(call, (d) => {
      if (call.body.sourceId !== undefined) d.sourceId = call.body.sourceId;
      if (call.body.creditedToUserId !== undefined) d.creditedToUserId = call.body.creditedToUserId;
      if (call.body.createdAt !== undefined) d.createdAt = new Date(call.body.createdAt).toISOString();
    }),

  'application.changeSource': (call) =>
    editApplication(call, (d) => {
      d.sourceId = call.body.sourceId;
    }),
};

function editApplication(call: Call, change: (d: ApplicationRecord) => void) {
  const { world, body } = call;
  needApp(world, body.applicationId);
  if (body.sourceId !== undefined) world.need('source', body.sourceId);
  if (body.creditedToUserId !== undefined) world.need('user', body.creditedToUserId);
  return withApplicationEvents(
    world,
    world.edit('application', body.applicationId, (d) => change(d as ApplicationRecord)),
    ['applicationUpdate'],
  );
}
