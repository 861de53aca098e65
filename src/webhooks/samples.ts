// Realistic, deterministic sample payloads for every webhook event, built by walking the event's
// payload schema (from the generated catalog) and filling each field with a plausible value chosen
// by its name. Ids are derived from the entity they name, so the same candidate or job carries the
// same id everywhere in a payload and across events. Used by `ashby webhook trigger`. The walk is
// the shared one (catalog/sample.ts); the leaves and the person each record belongs to are here.
import { createHash } from 'node:crypto';
import { responsesOf } from '../catalog/catalog.js';
import { sampleValue, type SampleAt, type SampleRules } from '../catalog/sample.js';
import type { JsonSchema, WebhookEvent } from '../catalog/types.js';

export interface WebhookPayload {
  webhookActionId?: string;
  action: string;
  data: unknown;
  [k: string]: unknown;
}

/** The sample body for an event (without webhookActionId, which each delivery gets fresh). */
export function samplePayload(event: WebhookEvent): WebhookPayload {
  const value = sampleValue(guessedPayload(event) ?? event.payload, RULES, { key: '', depth: 0, ctx: undefined }) as Record<string, unknown>;
  const payload = { action: event.action, data: value?.data ?? {} };
  for (const [path, v] of Object.entries(EVENT_TWEAKS[event.action] ?? {})) setIfPresent(payload, path, v);
  return payload;
}

/**
 * Parts of a sample that are our guess, not Ashby's documentation: the take-home assignment events'
 * sources say only that `data` is an object, so their sample carries the assignment as
 * takeHomeAssignment.info returns it, under a name of our choosing. `webhook trigger` says so.
 */
export const GUESSED: Record<string, string[]> = Object.fromEntries(
  ['takeHomeAssignmentAssigned', 'takeHomeAssignmentCancelled', 'takeHomeAssignmentCompleted', 'takeHomeAssignmentSubmitted'].map((e) => [
    e,
    ['data.takeHomeAssignment'],
  ]),
);

function guessedPayload(event: WebhookEvent): JsonSchema | undefined {
  if (!GUESSED[event.action]) return undefined;
  const results = responsesOf('takeHomeAssignment.info')?.response;
  const success = (results?.oneOf ?? [results]).find((b) => b?.properties?.results)?.properties?.results;
  if (!success) return undefined;
  return { ...event.payload, properties: { ...event.payload.properties, data: { type: 'object', properties: { takeHomeAssignment: success } } } };
}

/** Whose record a value belongs to: it decides names and emails. */
type Where = SampleAt<Person | undefined>;

interface Person {
  first: string;
  last: string;
}

const PEOPLE: Person[] = [
  { first: 'Grace', last: 'Hopper' },
  { first: 'Alan', last: 'Turing' },
  { first: 'Katherine', last: 'Johnson' },
  { first: 'Margaret', last: 'Hamilton' },
  { first: 'Edsger', last: 'Dijkstra' },
  { first: 'Barbara', last: 'Liskov' },
];
const CANDIDATE: Person = { first: 'Ada', last: 'Lovelace' };
const PERSON_KEYS = new Set(['candidate', 'author', 'approver', 'creditedToUser', 'hiringTeam', 'interviewer', 'scheduledBy']);

const RULES: SampleRules<Person | undefined> = {
  maxDepth: 16,
  mapKey: 'notes',
  string: (s, at) => genString(s, at),
  number: (_s, at, integer) => (integer ? INTEGERS : NUMBERS)[at.key] ?? 1,
  boolean: (_s, at) => !/^(is(Archived|Private|Backfill|Debrief|Nullable)|confidential|hasSubmittedFeedback|approvalRequired)$/.test(at.key),
  enum: (values, at) => pickEnum(values, at.key),
  include: () => true,
  property: (k, _s, at) => (k === 'id' ? entityId(at.parent ?? '') : undefined),
  itemKey: (key) => (key.endsWith('Ids') ? key.slice(0, -1) : singular(key)),
  enter: (at) => (PERSON_KEYS.has(at.key) ? (at.key === 'candidate' ? CANDIDATE : PEOPLE[hash(at.key)[0] % PEOPLE.length]) : at.ctx),
};

function genString(schema: JsonSchema, at: Where): string {
  const k = at.key;
  if (schema.format === 'uuid' || /Id$/.test(k)) return entityId(k.replace(/Id$/, ''));
  if (schema.format === 'date-time') return DATES[k] ?? '2026-03-03T10:00:00.000Z';
  const p = at.ctx ?? CANDIDATE;
  const email = `${p.first}.${p.last}@example.com`.toLowerCase();
  if (k === 'name' && at.ctx) return `${p.first} ${p.last}`;
  if (k === 'firstName') return p.first;
  if (k === 'lastName') return p.last;
  if (k === 'email' || (k === 'value' && at.parent === 'primaryEmailAddress')) return email;
  return (
    BY_PARENT[`${at.parent}.${k}`] ??
    (k === 'title' ? TITLES[at.parent ?? ''] : undefined) ??
    STRINGS[k] ??
    (schema.format === 'uri' ? `https://example.com/${k}` : `Sample ${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`)
  );
}

const BY_PARENT: Record<string, string> = {
  'primaryPhoneNumber.value': '+1 415 555 0134',
  'selectableValue.value': 'yes',
  'field.type': 'String',
  'currentInterviewStage.type': 'Active',
  'fileHandle.name': 'offer-letter.pdf',
};

const TITLES: Record<string, string> = {
  currentInterviewStage: 'Technical Screen',
  interview: 'System design',
  source: 'LinkedIn',
  sourceType: 'Job board',
  customField: 'Work authorization',
  fromInterviewPlan: 'Engineering interview plan (2025)',
  toInterviewPlan: 'Engineering interview plan (2026)',
  section: 'About you',
  field: 'LinkedIn profile',
  interviewerPool: 'Backend interviewers',
  trainingStage: 'Shadow two interviews',
};

const STRINGS: Record<string, string> = {
  title: 'Senior Backend Engineer',
  externalTitle: 'Technical interview',
  text: 'Accepted another offer',
  role: 'Recruiter',
  departmentName: 'Engineering',
  teamName: 'Platform',
  locationName: 'Berlin, Germany',
  compensationTierSummary: '€80K – €100K',
  currencyCode: 'EUR',
  applyLink: 'https://jobs.ashbyhq.com/example/1f0c9d4e/application',
  externalLink: 'https://jobs.ashbyhq.com/example/1f0c9d4e',
  publishedDate: '2026-03-02',
  targetHireDate: '2026-05-01',
  targetStartDate: '2026-06-01',
  decidedAt: '2026-03-06T12:00:00.000Z',
  identifier: 'REQ-1042',
  description: 'Backfill for the platform team',
  descriptionPlain: 'Tell us a little about yourself.',
  descriptionHtml: '<p>Tell us a little about yourself.</p>',
  instructionsPlain: 'Pair on a small service design problem.',
  instructionsHtml: '<p>Pair on a small service design problem.</p>',
  submitterClientIp: '203.0.113.7',
  submitterUserAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  humanReadablePath: 'LinkedIn profile',
  path: '_systemfield_linkedin',
  label: 'Yes',
  valueLabel: 'Yes',
  handle: 'eyJoYW5kbGUiOiJzYW1wbGUtb2ZmZXItbGV0dGVyIn0',
  meetingLink: 'https://meet.example.com/abc-defg-hij',
  feedbackLink: 'https://app.ashbyhq.com/interview-briefings/feedback',
  location: 'Video call',
  notes: 'Prefers afternoon slots',
};

const DATES: Record<string, string> = {
  createdAt: '2026-03-02T09:30:00.000Z',
  updatedAt: '2026-03-04T16:12:45.000Z',
  openedAt: '2026-02-16T08:00:00.000Z',
  startTime: '2026-03-10T14:00:00.000Z',
  endTime: '2026-03-10T15:00:00.000Z',
  submittedAt: '2026-03-05T11:20:00.000Z',
  startDate: '2026-06-01T00:00:00.000Z',
  applicationDeadline: '2026-04-30T23:59:00.000Z',
};

const INTEGERS: Record<string, number> = { orderInInterviewPlan: 3, interviewsRequired: 2 };
const NUMBERS: Record<string, number> = { value: 95000, minValue: 80000, maxValue: 100000 };

const PREFERRED_ENUM: Record<string, string> = {
  status: 'Active',
  acceptanceStatus: 'Pending',
  offerStatus: 'WaitingOnCandidateResponse',
  approvalStatus: 'Approved',
  openingState: 'Open',
  employmentType: 'FullTime',
  workplaceType: 'Hybrid',
  globalRole: 'Elevated Access',
  reasonType: 'RejectedByCandidate',
  surveyType: 'Questionnaire',
  type: 'Personal',
  eventType: 'sent',
  interval: '1 YEAR',
};

function pickEnum(values: unknown[], key: string): unknown {
  const preferred = PREFERRED_ENUM[key];
  if (preferred !== undefined && values.includes(preferred)) return preferred;
  if (key === 'status' && values.includes('Scheduled')) return 'Scheduled';
  if (key === 'status' && values.includes('Open')) return 'Open';
  return values.find((v) => v !== null) ?? null;
}

/** Per-event touches that make the story consistent (a hire is Hired, a publish is listed...). */
const EVENT_TWEAKS: Record<string, Record<string, unknown>> = {
  candidateHire: {
    'data.application.status': 'Hired',
    'data.application.currentInterviewStage.title': 'Hired',
    'data.application.currentInterviewStage.type': 'Hired',
    'data.offer.acceptanceStatus': 'Accepted',
    'data.offer.offerStatus': 'CandidateAccepted',
  },
  candidateStageChange: { 'data.application.currentInterviewStage.title': 'Onsite' },
  jobPostingUnpublish: { 'data.jobPosting.isListed': false },
  interviewScheduleUpdate: { 'data.interviewSchedule.status': 'WaitingOnFeedback' },
  takeHomeAssignmentAssigned: { 'data.takeHomeAssignment.status': 'WaitingOnSubmission', 'data.takeHomeAssignment.submission': null },
  takeHomeAssignmentSubmitted: { 'data.takeHomeAssignment.status': 'WaitingOnFeedback' },
  takeHomeAssignmentCompleted: { 'data.takeHomeAssignment.status': 'Complete' },
  takeHomeAssignmentCancelled: { 'data.takeHomeAssignment.status': 'Cancelled', 'data.takeHomeAssignment.submission': null },
};

function setIfPresent(obj: Record<string, unknown>, path: string, v: unknown) {
  const parts = path.split('.');
  let node: unknown = obj;
  for (const p of parts.slice(0, -1)) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
  }
  const last = parts[parts.length - 1];
  if (node && typeof node === 'object' && last in node) (node as Record<string, unknown>)[last] = v;
}

const ENTITY_ALIASES: Record<string, string> = {
  interviewerUser: 'interviewer',
  interviewers: 'interviewer',
  defaultInterviewPlan: 'interviewPlan',
  appliedViaJobPosting: 'jobPosting',
  primaryLocation: 'location',
  currentInterviewStage: 'interviewStage',
  creditedToUser: 'recruiter',
};

function singular(key: string): string {
  return key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}

/** A stable, well-formed (version 4 layout) UUID for a named entity. */
function entityId(entity: string): string {
  const name = ENTITY_ALIASES[entity] ?? ENTITY_ALIASES[singular(entity)] ?? singular(entity);
  const b = hash(name);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function hash(s: string): Buffer {
  return createHash('sha256').update(`ashby-sample/${s}`).digest();
}
