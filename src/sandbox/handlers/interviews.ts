// Interview schedules (create, cancel, update, list) and interview feedback (submit, list).
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import { checkSubmissions } from '../forms.js';
import type { Handler } from '../handler.js';
import type { ApplicationRecord } from '../seed.js';
import type { World } from '../world.js';

interface EventInput {
  startTime: string;
  endTime: string;
  interviewers: Array<{ email: string; feedbackRequired?: boolean }>;
  interviewId?: string;
  extraData?: Record<string, string>;
}

function userByEmail(world: World, email: string, param: string): Entity {
  for (const [, u] of world.col('user').scan()) if (String(u.email).toLowerCase() === email.toLowerCase()) return u;
  throw SandboxError.invalid(param, `${param}: no user with email "${email}"`);
}

function buildEvents(world: World, scheduleId: string, events: EventInput[], param: string) {
  const now = world.store.nowIso();
  return events.map((ev, i) => {
    const start = Date.parse(ev.startTime);
    const end = Date.parse(ev.endTime);
    if (Number.isNaN(start)) throw SandboxError.invalid(`${param}[${i}].startTime`, `${param}[${i}].startTime is not a date-time`);
    if (Number.isNaN(end) || end <= start) throw SandboxError.invalid(`${param}[${i}].endTime`, `${param}[${i}].endTime must be a date-time after startTime`);
    const interview = ev.interviewId ? world.need('interview', ev.interviewId) : world.col('interview').at(0)!;
    const users = ev.interviewers.map((x, k) => ({
      user: userByEmail(world, x.email, `${param}[${i}].interviewers[${k}].email`),
      required: x.feedbackRequired ?? true,
    }));
    return world.col('interviewEvent').create(
      (id) => ({
        id,
        interviewId: interview.id,
        interviewScheduleId: scheduleId,
        interviewerUserIds: users.map((u) => u.user.id),
        interviewers: users.map(({ user, required }) => ({ ...user, trainingRole: 'Shadow', interviewerPool: null, isFeedbackRequired: required })),
        createdAt: now,
        updatedAt: now,
        startTime: new Date(start).toISOString(),
        endTime: new Date(end).toISOString(),
        feedbackLink: `https://app.ashbyhq.com/interview-sandbox/${id}/feedback`,
        location: null,
        meetingLink: `https://meet.example.com/${id.slice(0, 8)}`,
        hasSubmittedFeedback: false,
        interview,
        ...(ev.extraData ? { extraData: ev.extraData } : {}),
      }),
      world.store.seq,
    );
  });
}

function saveSchedule(world: World, id: string, change: (d: Entity) => void) {
  const s = world.edit('interviewSchedule', id, change);
  world.emit([['interviewScheduleUpdate', { interviewSchedule: s }]]);
  return { results: s };
}

export const interviewHandlers: Record<string, Handler> = {
  'interviewSchedule.create': ({ world, body }) => {
    const app = world.need('application', body.applicationId) as ApplicationRecord;
    if (app.status === 'Archived' || app.status === 'Hired')
      throw SandboxError.invalid('applicationId', `the application is ${app.status}; schedule interviews for active applications`);
    const id = world.col('interviewSchedule').allocate();
    world.store.bump();
    const events = buildEvents(world, id, body.interviewEvents, 'interviewEvents');
    const now = world.store.nowIso();
    const schedule = world.col('interviewSchedule').createWithId(
      id,
      () => ({
        id,
        status: 'Scheduled',
        applicationId: app.id,
        interviewStageId: app.stageId,
        scheduledBy: world.col('user').at(1)!,
        createdAt: now,
        updatedAt: now,
        interviewEvents: events,
      }),
      world.store.bump(),
    );
    world.emit([
      ['interviewScheduleCreate', { interviewSchedule: schedule }],
      ['interviewScheduleUpdate', { interviewSchedule: schedule }],
    ]);
    return { results: schedule };
  },

  'interviewSchedule.cancel': ({ world, body }) => {
    const s = world.need('interviewSchedule', body.id, 'interview_schedule');
    if (s.status === 'Cancelled') return { results: s };
    return saveSchedule(world, s.id, (d) => void (d.status = body.allowReschedule ? 'NeedsScheduling' : 'Cancelled'));
  },

  'interviewSchedule.update': ({ world, body }) => {
    const s = world.need('interviewSchedule', body.interviewScheduleId, 'interview_schedule');
    const cancel = body.interviewEventIdToCancel === undefined ? [] : ([] as string[]).concat(body.interviewEventIdToCancel);
    const current = s.interviewEvents as Array<{ id: string }>;
    for (const id of cancel)
      if (!current.some((e) => e.id === id)) throw new SandboxError('interview_event_not_found', `no interview event "${id}" in schedule ${s.id}`);
    if (body.interviewEvent !== undefined) world.store.bump();
    const added = body.interviewEvent === undefined ? [] : buildEvents(world, s.id, ([] as EventInput[]).concat(body.interviewEvent), 'interviewEvent');
    for (const id of cancel) world.col('interviewEvent').delete(id, world.store.bump());
    return saveSchedule(world, s.id, (d) => {
      d.interviewEvents = [...current.filter((e) => !cancel.includes(e.id)), ...added];
    });
  },

  'interviewSchedule.list': ({ world, body, endpoint }) => {
    const after = typeof body.createdAfter === 'number' ? body.createdAfter : undefined;
    const filter = (s: Entity) =>
      (body.applicationId === undefined || s.applicationId === body.applicationId) &&
      (body.interviewStageId === undefined || s.interviewStageId === body.interviewStageId) &&
      (after === undefined || Date.parse(String(s.createdAt)) > after);
    return world.page(endpoint, body, world.col('interviewSchedule'), { filter, render: (s) => s, sync: true });
  },

  'interviewEvent.list': ({ world, body, endpoint }) => {
    world.need('interviewSchedule', body.interviewScheduleId, 'interview_schedule');
    const after = typeof body.createdAfter === 'number' ? body.createdAfter : undefined;
    const filter = (e: Entity) => e.interviewScheduleId === body.interviewScheduleId && (after === undefined || Date.parse(String(e.createdAt)) > after);
    return world.page(endpoint, body, world.col('interviewEvent'), { filter, render: (e) => e, sync: true });
  },

  'applicationFeedback.submit': ({ world, body }) => {
    const app = world.need('application', body.applicationId);
    const form = world.need('feedbackFormDefinition', body.formDefinitionId, 'feedback_form_definition');
    const user = body.userId !== undefined ? world.need('user', body.userId) : world.col('user').at(1)!;
    const values = checkSubmissions(form.formDefinition, body.feedbackForm.fieldSubmissions, 'feedbackForm.fieldSubmissions');
    if (body.interviewEventId !== undefined) {
      const owned = [...world.col('interviewSchedule').scan()].some(
        ([, s]) => s.applicationId === app.id && (s.interviewEvents as Array<{ id: string }>).some((e) => e.id === body.interviewEventId),
      );
      if (!owned) throw new SandboxError('interview_event_not_found', `no interview event "${body.interviewEventId}" for application ${app.id}`);
    }
    const fb = world.col('applicationFeedback').create(
      (id) => ({
        id,
        formDefinition: form.formDefinition,
        submittedValues: values,
        submittedByUser: user,
        feedbackFormDefinitionId: form.id,
        applicationId: app.id,
        submittedAt: world.store.nowIso(),
        ...(body.interviewEventId ? { interviewEventId: body.interviewEventId } : {}),
      }),
      world.store.bump(),
    );
    return { results: { submittedFormInstance: { id: fb.id, formDefinition: fb.formDefinition, submittedValues: values } } };
  },

  'applicationFeedback.list': ({ world, body, endpoint }) => {
    if (body.applicationId !== undefined) world.need('application', body.applicationId);
    const after = typeof body.createdAfter === 'number' ? body.createdAfter : undefined;
    const filter = (f: Entity) =>
      (body.applicationId === undefined || f.applicationId === body.applicationId) && (after === undefined || Date.parse(String(f.submittedAt)) > after);
    return world.page(endpoint, body, world.col('applicationFeedback'), { filter, render: (f) => f, sync: true });
  },
};
