// Sourcing (sequences, their templates, the addresses they send from) and take-home assignments,
// newer than the base spec: seeded, stateful, and checked the way Ashby documents them. A sequence
// is added from a template as a NotStarted draft (or started at once), started, cancelled while it
// runs, or discarded while it is a draft; one draft per candidate and template.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import type { Call, Handler } from '../handler.js';
import { Rng } from '../prng.js';
import { SLOTS, type ApplicationRecord, type People } from '../seed.js';
import type { Store } from '../store.js';
import type { World } from '../world.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 1);
const iso = (ms: number) => new Date(ms).toISOString();

const TEMPLATES: Array<[title: string, archived: boolean, stages: string[]]> = [
  ['Senior engineers outreach', false, ['Email', 'Email', 'LinkedInConnection']],
  ['Design leads', false, ['Email', 'InMail']],
  ['Alumni re-engagement', false, ['Email']],
  ['Campus 2023 (old)', true, ['Email']],
];

const SUBJECTS = ['A role you might like at Sandbox Corp', 'Following up', 'One last note'];

/** Seeds templates, a few sequences on the first candidates, and take-home assignments. */
export function seedSourcing(store: Store, people: People): void {
  const id = (kind: string, i: number) => store.ids.make(kind, i);
  let stageN = 0;
  const templates = TEMPLATES.map(([title, isArchived, types], i) => ({
    id: id('sequenceTemplate', i),
    title,
    isArchived,
    unsubscribeLinkActive: true,
    updatedAt: iso(T0 + i * 7 * DAY),
    stages: types.map((type) => ({ id: id('sequenceTemplateStage', stageN++), type, sendAfter: { kind: 'NoDelay' } })),
  }));
  store.defineList('sequenceTemplate', () => templates);
  const sender = store.col('user').at(1)!;
  const statuses = ['Running', 'NotStarted', 'Completed', 'Paused', 'Cancelled'];
  const sequences: Entity[] = [];
  const n = Math.min(store.params.candidates, statuses.length);
  for (let c = 0; c < n; c++) {
    const t = templates[c % 3];
    const app = people.application(c * SLOTS, id('application', c * SLOTS)) as ApplicationRecord | undefined;
    sequences.push({
      id: id('sequence', c),
      candidateId: id('candidate', c),
      ...(app ? { applicationId: app.id } : {}),
      sequenceTemplateId: t.id,
      status: statuses[c],
      createdAt: iso(T0 + (30 + c) * DAY),
      stages: sequenceStages(store, t, c * 10, { email: String(sender.email), displayName: `${sender.firstName} ${sender.lastName}` }),
    });
  }
  store.defineList('sequence', () => sequences);

  const interviews = store.col('interview');
  const takeHomes: Entity[] = [];
  const states = ['WaitingOnSubmission', 'WaitingOnFeedback', 'Complete', 'Cancelled'];
  for (let o = 0; o < Math.min(store.params.candidates, 40) * SLOTS && takeHomes.length < 8; o++) {
    const app = people.application(o, id('application', o)) as ApplicationRecord | undefined;
    if (app?.status !== 'Active') continue;
    const k = takeHomes.length;
    const r = Rng.of('take-home', store.params.seed, o);
    const base = interviews.at(1)!;
    const status = states[k % states.length];
    const created = Date.parse(app.createdAt) + 3 * DAY;
    const submitted = status === 'WaitingOnFeedback' || status === 'Complete';
    const reviewer = store.col('user').at(r.int(2, 10))!;
    takeHomes.push({
      id: id('takeHomeAssignment', k),
      applicationId: app.id,
      candidateId: app.candidateId,
      interviewStageId: app.stageId,
      interviewId: base.id,
      interview: { ...base, title: 'Take-home exercise', externalTitle: 'Take-home exercise', type: 'TakeHome', jobId: app.jobId },
      status,
      createdAt: iso(created),
      updatedAt: iso(created + (submitted ? 4 : 0) * DAY),
      ...(submitted
        ? {
            submission: {
              id: id('takeHomeSubmission', k),
              submittedAt: iso(created + 4 * DAY),
              notesHtml: '<p>Solution attached.</p>',
              notesPlain: 'Solution attached.',
              fileHandles: [],
            },
          }
        : {}),
      feedbackFormDefinitionId: base.feedbackFormDefinitionId,
      reviewers: [
        {
          userId: reviewer.id,
          interviewEventId: id('takeHomeReview', k),
          feedbackLink: `https://app.ashbyhq.com/take-home-sandbox/${id('takeHomeAssignment', k)}/feedback`,
          hasSubmittedFeedback: status === 'Complete',
          feedbackSubmittedAt: iso(created + 6 * DAY),
        },
      ],
    });
  }
  store.defineList('takeHomeAssignment', () => takeHomes);
}

function sequenceStages(store: Store, template: Entity, first: number, from: { email: string; displayName: string }) {
  return (template.stages as Array<{ type: string }>).map((s, i) => ({
    id: store.ids.make('sequenceStage', first + i),
    type: s.type,
    ...(s.type === 'Email' ? { from, subject: SUBJECTS[i] ?? SUBJECTS[2], bodyHtml: '<p>Hi {{candidate.firstName}}, …</p>' } : {}),
    sendAfter: { kind: 'NoDelay' },
  }));
}

/** The addresses a user may send from: their own, an alias, and the organisation's no-reply one. */
function senders(world: World, userId: string | undefined): Array<{ email: string; displayName: string; type: string }> {
  const u = world.user(userId) ?? world.col('user').at(0)!;
  const name = `${u.firstName} ${u.lastName}`;
  const [local, domain] = String(u.email).split('@');
  return [
    { email: String(u.email), displayName: name, type: 'Primary' },
    { email: `${local}+talent@${domain}`, displayName: name, type: 'PersonalAlias' },
    { email: `recruiting@${domain}`, displayName: 'Sandbox Corp Recruiting', type: 'OrganizationAlias' },
    { email: `no-reply@${domain}`, displayName: 'Sandbox Corp', type: 'NoReply' },
  ];
}

function needSequence(world: World, id: unknown): Entity {
  return world.need('sequence', id);
}

function startResult(seq: Entity): Record<string, unknown> {
  return { status: 'Started', sequenceId: seq.id };
}

function start(call: Call, seq: Entity): Entity {
  if (seq.status !== 'NotStarted') throw new SandboxError('sequence_not_found', `no sequence draft "${seq.id}" that has not started (it is ${seq.status})`);
  return call.world.col('sequence').update(seq.id, call.world.store.bump(), (d) => void (d.status = 'Running'))!;
}

const byCandidate = (body: Record<string, unknown>) => (e: Entity) =>
  (body.candidateId === undefined || e.candidateId === body.candidateId) && (body.applicationId === undefined || e.applicationId === body.applicationId);

export const sourcingHandlers: Record<string, Handler> = {
  'emailSender.list': ({ world, actingUserId }) => ({ results: senders(world, actingUserId), moreDataAvailable: false }),

  'sequenceTemplate.list': ({ world, body, endpoint }) =>
    world.page(endpoint, body, world.col('sequenceTemplate'), {
      filter: (t) => body.includeArchived === true || t.isArchived !== true,
      render: (t) => t,
      sync: true,
    }),
  'sequenceTemplate.info': ({ world, body }) => ({ results: world.need('sequenceTemplate', body.sequenceTemplateId) }),

  'sequence.list': ({ world, body, endpoint }) => {
    if (body.candidateId !== undefined) world.need('candidate', body.candidateId);
    return world.page(endpoint, body, world.col('sequence'), { filter: byCandidate(body), render: (s) => s, sync: true });
  },
  'sequence.info': ({ world, body }) => ({ results: needSequence(world, body.sequenceId) }),

  'sequence.add': (call) => {
    const { world, body, actingUserId } = call;
    const template = world.need('sequenceTemplate', body.sequenceTemplateId);
    if (template.isArchived) throw SandboxError.invalid('sequenceTemplateId', `the sequence template "${template.title}" is archived`);
    const candidate = world.need('candidate', body.candidateId);
    if (body.applicationId !== undefined) {
      const app = world.need('application', body.applicationId) as ApplicationRecord;
      if (app.candidateId !== candidate.id) throw SandboxError.invalid('applicationId', 'the application belongs to another candidate');
    }
    const allowed = senders(world, actingUserId);
    const sender = body.from?.email !== undefined ? allowed.find((s) => s.email.toLowerCase() === String(body.from.email).toLowerCase()) : allowed[0];
    if (!sender || sender.type === 'NoReply') {
      throw new SandboxError('sequence_sender_not_allowed', `${body.from?.email} is not an address this user may send sequences from (see emailSender.list)`);
    }
    for (const [, s] of world.col('sequence').scan()) {
      if (s.candidateId === candidate.id && s.sequenceTemplateId === template.id && s.status === 'NotStarted') {
        const err = new SandboxError('sequence_draft_already_exists', `the candidate already has a draft of this sequence (${s.id})`);
        err.meta = { existingSequenceId: s.id };
        throw err;
      }
    }
    const col = world.col('sequence');
    const seq = col.create(
      (id) => ({
        id,
        candidateId: candidate.id,
        ...(body.applicationId ? { applicationId: body.applicationId } : {}),
        sequenceTemplateId: template.id,
        status: 'NotStarted',
        createdAt: world.store.nowIso(),
        stages: sequenceStages(world.store, template, 10_000 + world.store.seq * 10, { email: sender.email, displayName: sender.displayName }),
      }),
      world.store.bump(),
    );
    if (body.start === true) {
      const started = start(call, seq);
      return { results: { sequence: started, startResult: startResult(started) } };
    }
    return { results: { sequence: seq } };
  },

  'sequence.start': (call) => {
    const seq = start(call, needSequence(call.world, call.body.sequenceId));
    return { results: { sequence: seq, startResult: startResult(seq) } };
  },

  'sequence.cancel': ({ world, body }) => {
    const seq = needSequence(world, body.sequenceId);
    if (seq.status !== 'Running' && seq.status !== 'Paused')
      throw SandboxError.invalid('sequenceId', `only a running or paused sequence can be cancelled; this one is ${seq.status}`);
    return { results: { sequence: world.col('sequence').update(seq.id, world.store.bump(), (d) => void (d.status = 'Cancelled')) } };
  },

  'sequence.discard': ({ world, body }) => {
    const seq = needSequence(world, body.sequenceId);
    if (seq.status !== 'NotStarted') throw SandboxError.invalid('sequenceId', `only a draft (NotStarted) can be discarded; this one is ${seq.status}`);
    world.col('sequence').delete(seq.id, world.store.bump());
    return { results: { sequenceId: seq.id } };
  },

  'sequence.updateStage': ({ world, body }) => {
    const seq = needSequence(world, body.sequenceId);
    const stages = seq.stages as Array<Record<string, unknown>>;
    const i = stages.findIndex((s) => s.id === body.stageId);
    if (i < 0) throw new SandboxError('sequence_stage_not_found', `the sequence has no stage "${body.stageId}"`);
    if (stages[i].type !== 'Email') throw SandboxError.invalid('stageId', `stage ${body.stageId} is ${stages[i].type}, not an email`);
    if (seq.status === 'Completed' || seq.status === 'Cancelled') throw SandboxError.invalid('sequenceId', `the sequence is ${seq.status}`);
    const updated = world.col('sequence').update(seq.id, world.store.bump(), (d) => {
      const st = (d.stages as Array<Record<string, unknown>>)[i];
      if (body.subject !== undefined) st.subject = body.subject;
      if (body.body !== undefined) st.bodyHtml = body.body.value;
    })!;
    return { results: { sequence: updated } };
  },

  'takeHomeAssignment.list': ({ world, body, endpoint }) => {
    if (body.candidateId !== undefined) world.need('candidate', body.candidateId);
    if (body.applicationId !== undefined) world.need('application', body.applicationId);
    return world.page(endpoint, body, world.col('takeHomeAssignment'), { filter: byCandidate(body), render: (t) => t, sync: true });
  },
  'takeHomeAssignment.info': ({ world, body }) => ({ results: world.need('takeHomeAssignment', body.takeHomeAssignmentId) }),
};
