// Seeded hiring activity for the first few hundred candidates: interview schedules with events
// and feedback for applications past screening, offers (with their processes) for applications in
// Offer or Hired stages. Bounded, so a 100,000-candidate sandbox starts as fast as a small one.
import type { Entity } from './collection.js';
import { checkSubmissions } from './forms.js';
import { Rng } from './prng.js';
import { SLOTS, type ApplicationRecord, type People } from './seed.js';
import type { Store } from './store.js';

const ACTIVE_CANDIDATES = 300;
const HOUR = 3_600_000;

export function seedActivity(store: Store, people: People): void {
  const id = (kind: string, i: number) => store.ids.make(kind, i);
  const users = store.col('user');
  const stages = store.col('interviewStage');
  const interviews = store.col('interview');
  const forms = store.col('feedbackFormDefinition');
  const schedules: Entity[] = [];
  const events: Entity[] = [];
  const feedback: Entity[] = [];
  const processes: Entity[] = [];
  const offers: Entity[] = [];
  let versions = 0;
  const n = Math.min(store.params.candidates, ACTIVE_CANDIDATES);
  for (let o = 0; o < n * SLOTS; o++) {
    const app = people.application(o, id('application', o)) as ApplicationRecord | undefined;
    if (!app) continue;
    const stage = stages.get(app.stageId)!;
    const order = Number(stage.orderInInterviewPlan);
    const r = Rng.of('activity', store.params.seed, o);
    const entered = Date.parse(app.history[app.history.length - 1].enteredStageAt);
    if (stage.type === 'Active' && order >= 3) {
      const scheduleId = id('interviewSchedule', schedules.length);
      const interviewer = users.at(r.int(1, 12))!;
      const interview = interviews.at(order === 3 ? 1 : r.int(2, 4))!;
      const start = entered + r.int(24, 120) * HOUR;
      const done = order === 4;
      const event = {
        id: id('interviewEvent', events.length),
        interviewId: interview.id,
        interviewScheduleId: scheduleId,
        interviewerUserIds: [interviewer.id],
        interviewers: [{ ...interviewer, trainingRole: 'Shadow', interviewerPool: null, isFeedbackRequired: true }],
        createdAt: new Date(entered).toISOString(),
        updatedAt: new Date(entered).toISOString(),
        startTime: new Date(start).toISOString(),
        endTime: new Date(start + HOUR).toISOString(),
        feedbackLink: `https://app.ashbyhq.com/interview-sandbox/${scheduleId}/feedback`,
        location: null,
        meetingLink: `https://meet.example.com/${scheduleId.slice(0, 8)}`,
        hasSubmittedFeedback: done,
        interview,
      };
      events.push(event);
      schedules.push({
        id: scheduleId,
        status: done ? 'Complete' : 'Scheduled',
        applicationId: app.id,
        interviewStageId: app.stageId,
        scheduledBy: users.at(1)!,
        createdAt: event.createdAt,
        updatedAt: event.updatedAt,
        interviewEvents: [event],
      });
      if (done) {
        const form = forms.get(String(interview.feedbackFormDefinitionId))!;
        const values = checkSubmissions(
          form.formDefinition,
          [
            { path: 'overall_score', value: String(r.int(1, 4)) },
            {
              path: 'summary',
              value: r.pick(['Strong signal on fundamentals.', 'Mixed: great communication, gaps in depth.', 'Not ready for this level yet.']),
            },
          ],
          'seed',
        );
        feedback.push({
          id: id('applicationFeedback', feedback.length),
          formDefinition: form.formDefinition,
          submittedValues: values,
          submittedByUser: interviewer,
          interviewId: interview.id,
          interviewEventId: event.id,
          feedbackFormDefinitionId: form.id,
          applicationId: app.id,
          submittedAt: new Date(start + 2 * HOUR).toISOString(),
        });
      }
    }
    if (stage.type === 'Offer' || stage.type === 'Hired') {
      const hired = stage.type === 'Hired';
      const status = hired ? 'CandidateAccepted' : 'WaitingOnCandidateResponse';
      const processId = id('offerProcess', processes.length);
      const created = new Date(entered - (hired ? 5 : 0) * 24 * HOUR).toISOString();
      const v = {
        id: id('offerVersion', versions++),
        startDate: new Date(entered + 30 * 24 * HOUR).toISOString(),
        salary: { currencyCode: 'USD', value: r.int(90, 240) * 1000 },
        createdAt: created,
        customFields: [],
        fileHandles: [],
        author: users.at(0)!,
        approvalStatus: 'Approved',
        submittedValues: {},
      };
      processes.push({ id: processId, applicationId: app.id, status });
      offers.push({
        id: id('offer', offers.length),
        applicationId: app.id,
        offerProcessId: processId,
        formId: id('offerForm', 0),
        acceptanceStatus: hired ? 'Accepted' : 'WaitingOnResponse',
        offerStatus: status,
        ...(hired ? { decidedAt: new Date(entered).toISOString() } : {}),
        latestVersion: v,
        versions: [v],
      });
    }
  }
  store.defineList('interviewSchedule', () => schedules);
  store.defineList('interviewEvent', () => events);
  store.defineList('applicationFeedback', () => feedback);
  store.defineList('offerProcess', () => processes);
  store.defineList('offer', () => offers);
  store.define('offerVersion', versions, () => undefined);
}
