// The seeded organisation: a small, fixed set of departments, locations, users, jobs with interview
// plans and stages, and the rest of the hiring metadata, plus any number of candidates (each with
// one or two applications and a few notes) generated lazily from their ordinal.
import type { Entity } from './collection.js';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, NOTE_TEXTS, POSITIONS, SCHOOLS } from './names.js';
import { Rng } from './prng.js';
import type { Store } from './store.js';

/** Seeded data starts here; generated candidates are spread over the following ~500 days. */
export const ORG_EPOCH = Date.UTC(2024, 5, 1);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export const STAGE_TEMPLATE: Array<[title: string, type: string]> = [
  ['New Lead', 'Lead'],
  ['Application Review', 'PreInterviewScreen'],
  ['Recruiter Screen', 'Active'],
  ['Technical Interview', 'Active'],
  ['Onsite', 'Active'],
  ['Offer', 'Offer'],
  ['Hired', 'Hired'],
  ['Archived', 'Archived'],
];
export const STAGE_TYPES = ['Lead', 'PreInterviewScreen', 'Active', 'Offer', 'Hired', 'Archived'];
const STAGE_WEIGHTS = [8, 15, 15, 12, 8, 4, 6, 32];

const DEPARTMENTS = ['Engineering', 'Product', 'Design', 'Sales', 'Marketing', 'People', 'Finance', 'Customer Success'];
const LOCATIONS: Array<[name: string, country: string, region: string, city: string, workplace: string]> = [
  ['San Francisco', 'United States', 'California', 'San Francisco', 'OnSite'],
  ['New York', 'United States', 'New York', 'New York', 'Hybrid'],
  ['London', 'United Kingdom', 'England', 'London', 'Hybrid'],
  ['Berlin', 'Germany', 'Berlin', 'Berlin', 'OnSite'],
  ['Toronto', 'Canada', 'Ontario', 'Toronto', 'Hybrid'],
  ['Remote (Americas)', 'United States', '', '', 'Remote'],
];
// [title, department index, location index, status, employment type]
const JOBS: Array<[string, number, number, string, string]> = [
  ['Staff Engineer', 0, 0, 'Open', 'FullTime'],
  ['Senior Backend Engineer', 0, 3, 'Open', 'FullTime'],
  ['Frontend Engineer', 0, 5, 'Open', 'FullTime'],
  ['Engineering Manager', 0, 2, 'Open', 'FullTime'],
  ['Product Designer', 2, 1, 'Open', 'FullTime'],
  ['Product Manager', 1, 0, 'Open', 'FullTime'],
  ['Data Scientist', 0, 4, 'Closed', 'FullTime'],
  ['Account Executive', 3, 1, 'Open', 'FullTime'],
  ['Marketing Manager', 4, 2, 'Draft', 'FullTime'],
  ['Technical Recruiter', 5, 5, 'Open', 'Contract'],
  ['Customer Success Manager', 7, 3, 'Archived', 'FullTime'],
  ['Finance Intern', 6, 1, 'Closed', 'Intern'],
];
const TAGS = ['Strong referral', 'Needs visa', 'Silver medalist', 'Returning candidate', 'Open source', 'Diversity pipeline', 'Relocating', 'Do not contact'];
const SOURCES: Array<[string, string]> = [
  ['LinkedIn', 'Sourced'],
  ['Referral', 'Referral'],
  ['Company website', 'Inbound'],
  ['Indeed', 'Job board'],
  ['Conference', 'Event'],
  ['Agency', 'Agency'],
  ['GitHub', 'Sourced'],
  ['Internal transfer', 'Internal'],
];
const SOURCE_TYPES = ['Sourced', 'Referral', 'Inbound', 'Job board', 'Event', 'Agency', 'Internal'];
const ARCHIVE_REASONS: Array<[string, string]> = [
  ['Not a fit for the role', 'RejectedByOrg'],
  ['Not enough experience', 'RejectedByOrg'],
  ['Hired someone else', 'RejectedByOrg'],
  ['Accepted another offer', 'RejectedByCandidate'],
  ['Compensation mismatch', 'RejectedByCandidate'],
  ['Position closed', 'Other'],
];
export const JOB_COUNT = JOBS.length;
export const STAGES_PER_PLAN = STAGE_TEMPLATE.length;
const USER_COUNT = 24;

export interface OrgRefs {
  stageOf(jobIndex: number, stageIndex: number): string;
}

/** Defines every seeded collection on the store. */
export function seedOrg(store: Store): void {
  const seed = store.params.seed;
  const id = (kind: string, i: number) => store.ids.make(kind, i);
  const users = Array.from({ length: USER_COUNT }, (_, i) => {
    const first = FIRST_NAMES[(i * 7 + seed) % FIRST_NAMES.length];
    const last = LAST_NAMES[(i * 11 + seed * 3) % LAST_NAMES.length];
    return {
      id: id('user', i),
      firstName: first,
      lastName: last,
      email: `${first}.${last}@sandbox-corp.example`.toLowerCase(),
      globalRole: i === 0 ? 'Organization Admin' : i < 6 ? 'Elevated Access' : i === USER_COUNT - 1 ? 'External Recruiter' : 'Limited Access',
      isEnabled: i !== USER_COUNT - 2,
      updatedAt: iso(ORG_EPOCH - 30 * DAY + i * DAY),
      ...(i > 0 ? { managerId: id('user', i < 6 ? 0 : 1 + (i % 5)) } : {}),
    };
  });
  store.defineList('user', () => users);
  store.defineList('department', () =>
    DEPARTMENTS.map((name, i) => ({
      id: id('department', i),
      name,
      isArchived: false,
      createdAt: iso(ORG_EPOCH - 200 * DAY),
      updatedAt: iso(ORG_EPOCH - 100 * DAY + i * DAY),
    })),
  );
  store.defineList('location', () =>
    LOCATIONS.map(([name, country, region, city, workplaceType], i) => ({
      id: id('location', i),
      name,
      isArchived: false,
      address: { postalAddress: { addressCountry: country, ...(region ? { addressRegion: region } : {}), ...(city ? { addressLocality: city } : {}) } },
      isRemote: workplaceType === 'Remote',
      workplaceType,
      type: 'Location',
    })),
  );
  store.defineList('interviewStageGroup', () =>
    STAGE_TYPES.map((t, i) => ({ id: id('interviewStageGroup', i), title: t.replace(/([a-z])([A-Z])/g, '$1 $2'), order: i + 1, stageType: t })),
  );
  store.defineList('interviewPlan', () =>
    JOBS.map(([title], j) => ({
      id: id('interviewPlan', j),
      title: `${title} interview plan`,
      isArchived: false,
      createdAt: iso(ORG_EPOCH - 90 * DAY),
      updatedAt: iso(ORG_EPOCH - 60 * DAY),
    })),
  );
  store.defineList('interviewStage', () =>
    JOBS.flatMap((_, j) =>
      STAGE_TEMPLATE.map(([title, type], s) => ({
        id: id('interviewStage', j * STAGES_PER_PLAN + s),
        title,
        type,
        orderInInterviewPlan: s + 1,
        interviewStageGroupId: id('interviewStageGroup', STAGE_TYPES.indexOf(type)),
        interviewPlanId: id('interviewPlan', j),
      })),
    ),
  );
  store.defineList('job', () =>
    JOBS.map(([title, d, l, status, employmentType], j) => {
      const created = ORG_EPOCH - (120 - j * 5) * DAY;
      return {
        id: id('job', j),
        title,
        confidential: false,
        status,
        employmentType,
        locationId: id('location', l),
        departmentId: id('department', d),
        defaultInterviewPlanId: id('interviewPlan', j),
        interviewPlanIds: [id('interviewPlan', j)],
        customFields: [],
        jobPostingIds: status === 'Open' ? [id('jobPosting', j)] : [],
        hiringTeam: [hiringMember(users[1 + (j % 5)], 'Recruiter'), hiringMember(users[6 + (j % 12)], 'Hiring Manager')],
        author: users[0],
        createdAt: iso(created),
        updatedAt: iso(created + 10 * DAY),
        ...(status !== 'Draft' ? { openedAt: iso(created + 7 * DAY) } : {}),
        ...(status === 'Closed' || status === 'Archived' ? { closedAt: iso(created + 300 * DAY) } : {}),
      };
    }),
  );
  store.defineList(
    'jobPosting',
    () =>
      JOBS.map(([title, d, l, status, employmentType], j) =>
        status === 'Open'
          ? {
              id: id('jobPosting', j),
              title,
              jobId: id('job', j),
              departmentName: DEPARTMENTS[d],
              teamName: DEPARTMENTS[d],
              locationName: LOCATIONS[l][0],
              locationIds: { primaryLocationId: id('location', l), secondaryLocationIds: [] },
              workplaceType: LOCATIONS[l][4],
              employmentType,
              isListed: j % 4 !== 3,
              publishedDate: iso(ORG_EPOCH - (110 - j * 5) * DAY).slice(0, 10),
              applyLink: `https://jobs.sandbox-corp.example/${slug(title)}/apply`,
              shouldDisplayCompensationOnJobBoard: false,
              updatedAt: iso(ORG_EPOCH - 100 * DAY),
            }
          : null,
      ).filter(Boolean) as Entity[],
  );
  store.defineList('opening', () =>
    JOBS.map(([, d, l, status, employmentType], j) => ({
      id: id('opening', j),
      openedAt: iso(ORG_EPOCH - (110 - j * 5) * DAY),
      isArchived: false,
      openingState: status === 'Open' ? 'Open' : status === 'Draft' ? 'Draft' : 'Closed',
      latestVersion: {
        id: id('openingVersion', j),
        identifier: `REQ-${1001 + j}`,
        description: `Headcount for ${JOBS[j][0]}`,
        authorId: users[0].id,
        createdAt: iso(ORG_EPOCH - (115 - j * 5) * DAY),
        teamId: id('department', d),
        jobIds: [id('job', j)],
        isBackfill: j % 3 === 2,
        employmentType,
        locationIds: [id('location', l)],
        hiringTeam: [],
        customFields: [],
      },
    })),
  );
  store.defineList('candidateTag', () => TAGS.map((title, i) => ({ id: id('candidateTag', i), title, isArchived: false })));
  store.defineList('sourceType', () => SOURCE_TYPES.map((title, i) => ({ id: id('sourceType', i), title, isArchived: false })));
  store.defineList('source', () =>
    SOURCES.map(([title, type], i) => ({
      id: id('source', i),
      title,
      isArchived: false,
      sourceType: { id: id('sourceType', SOURCE_TYPES.indexOf(type)), title: type, isArchived: false },
    })),
  );
  store.defineList('archiveReason', () =>
    ARCHIVE_REASONS.map(([text, reasonType], i) => ({ id: id('archiveReason', i), text, reasonType, isArchived: false, customFields: [] })),
  );
  store.defineList('closeReason', () =>
    ['Filled', 'Budget cut', 'Role redefined'].map((reasonText, i) => ({ id: id('closeReason', i), reasonText, isArchived: false })),
  );
  store.defineList('communicationTemplate', () =>
    [
      ['Rejection (after application review)', ['email']],
      ['Rejection (after interviews)', ['email']],
      ['Scheduling request', ['email', 'inMail']],
      ['LinkedIn connection note', ['linkedInConnection']],
    ].map(([title, intendedTypes], i) => ({
      id: id('communicationTemplate', i),
      createdAt: iso(ORG_EPOCH - 150 * DAY),
      updatedAt: iso(ORG_EPOCH - 20 * DAY + i * DAY),
      title,
      intendedTypes,
    })),
  );
}

function hiringMember(u: { id: string; email: string; firstName: string; lastName: string }, role: string) {
  return { email: u.email, firstName: u.firstName, lastName: u.lastName, role, userId: u.id };
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---- Lazily generated people ----------------------------------------------------------------

/** The stored form of a candidate: the API shape with tags and source kept as ids. */
export interface CandidateRecord extends Entity {
  name: string;
  createdAt: string;
  updatedAt: string;
  emailAddresses: Array<{ value: string; type: string; isPrimary: boolean }>;
  phoneNumbers: Array<{ value: string; type: string; isPrimary: boolean }>;
  socialLinks: Array<{ type: string; url: string }>;
  tagIds: string[];
  projectIds?: string[];
  applicationIds: string[];
  sourceId?: string;
  creditedToUserId?: string;
  fileHandles: Array<{ id: string; name: string; handle: string }>;
  resumeFileHandle?: { id: string; name: string; handle: string };
  customFields: Array<Record<string, unknown>>;
}

/** A candidate created through the API (candidate.create, an application form): a name and nothing yet. */
export function newCandidate(id: string, name: string, now: string, emailAddresses: CandidateRecord['emailAddresses'] = []): CandidateRecord {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    emailAddresses,
    phoneNumbers: [],
    socialLinks: [],
    tagIds: [],
    applicationIds: [],
    fileHandles: [],
    customFields: [],
  };
}

export interface HistoryEntry {
  id: string;
  stageId: string;
  enteredStageAt: string;
  leftStageAt?: string;
  actorId?: string;
}

export interface ApplicationRecord extends Entity {
  candidateId: string;
  jobId: string;
  interviewPlanId: string;
  stageId: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  sourceId?: string;
  creditedToUserId?: string;
  archiveReasonId?: string;
  archivedAt?: string;
  history: HistoryEntry[];
  customFields: Array<Record<string, unknown>>;
  /** Set when the application came through applicationForm.submit. */
  formInstanceId?: string;
  appliedViaJobPostingId?: string;
}

export interface NoteRecord extends Entity {
  candidateId: string;
  createdAt: string;
  isPrivate: boolean;
  content: string;
  authorId: string;
}

/** Applications and notes use two ordinal slots per candidate: candidate i owns 2i and 2i+1. */
export const SLOTS = 2;
/** History entry ids of seeded application o use ordinals o*8 … o*8+7. */
export const HISTORY_SLOTS = 8;

export function statusOfStageType(type: string): string {
  return type === 'Lead' ? 'Lead' : type === 'Hired' ? 'Hired' : type === 'Archived' ? 'Archived' : 'Active';
}

export class People {
  private spanMs: number;
  constructor(private store: Store) {
    this.spanMs = 500 * DAY;
  }

  private id(kind: string, i: number) {
    return this.store.ids.make(kind, i);
  }

  private createdMs(i: number): number {
    const n = Math.max(1, this.store.params.candidates);
    return ORG_EPOCH + Math.floor((i * this.spanMs) / n);
  }

  applicationCount(i: number): number {
    return Rng.of('apps', this.store.params.seed, i).chance(0.2) ? 2 : 1;
  }

  noteCount(i: number): number {
    return Rng.of('notes', this.store.params.seed, i).int(0, 2);
  }

  candidate(i: number, id: string): CandidateRecord {
    const seed = this.store.params.seed;
    const r = Rng.of('candidate', seed, i);
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    const handle = `${first}.${last}${i}`.toLowerCase();
    const created = this.createdMs(i);
    const apps = Array.from({ length: this.applicationCount(i) }, (_, k) => this.id('application', i * SLOTS + k));
    const company = r.pick(COMPANIES);
    return {
      id,
      name,
      createdAt: iso(created),
      updatedAt: iso(created + r.int(1, 20) * DAY),
      emailAddresses: [{ value: `${handle}@example.com`, type: 'Personal', isPrimary: true }],
      phoneNumbers: r.chance(0.7)
        ? [{ value: `+1 555 01${String(i % 100).padStart(2, '0')} ${String(1000 + (i % 9000)).padStart(4, '0')}`, type: 'Personal', isPrimary: true }]
        : [],
      socialLinks: r.chance(0.6) ? [{ type: 'LinkedIn', url: `https://www.linkedin.com/in/${handle.replace('.', '-')}` }] : [],
      tagIds: r.sample(
        TAGS.map((_, t) => this.id('candidateTag', t)),
        r.weighted([0, 1, 2], [6, 3, 1]),
      ),
      position: r.pick(POSITIONS),
      company,
      school: r.pick(SCHOOLS),
      applicationIds: apps,
      sourceId: this.id('source', r.int(0, SOURCES.length - 1)),
      ...(r.chance(0.3) ? { creditedToUserId: this.id('user', r.int(1, 10)) } : {}),
      fileHandles: [],
      customFields: [],
      timezone: r.pick(['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'America/Toronto']),
    };
  }

  /** Ordinal o belongs to candidate floor(o/2); k = o % 2 is its first or second application. */
  application(o: number, id: string): ApplicationRecord | undefined {
    const i = Math.floor(o / SLOTS);
    const k = o % SLOTS;
    if (i >= this.store.params.candidates || k >= this.applicationCount(i)) return undefined;
    const seed = this.store.params.seed;
    const r = Rng.of('application', seed, o);
    const openish = JOBS.map((j, n) => [j, n] as const).filter(([j]) => j[3] !== 'Draft');
    const j = r.pick(openish)[1];
    const s = r.weighted(
      STAGE_TEMPLATE.map((_, n) => n),
      STAGE_WEIGHTS,
    );
    const created = this.createdMs(i) + k * 3 * DAY;
    const history: HistoryEntry[] = [];
    let t = created;
    const path = s === 7 ? [...Array(r.int(1, 5)).keys()].map((x) => x + 1).concat([7]) : [...Array(s + 1).keys()].filter((x) => x > 0 || s === 0);
    for (const [n, st] of path.entries()) {
      const entered = t;
      t += r.int(1, 9) * DAY;
      history.push({
        id: this.id('applicationHistory', o * HISTORY_SLOTS + n),
        stageId: this.id('interviewStage', j * STAGES_PER_PLAN + st),
        enteredStageAt: iso(entered),
        ...(n < path.length - 1 ? { leftStageAt: iso(t) } : {}),
      });
    }
    const last = history[history.length - 1];
    const type = STAGE_TEMPLATE[s][1];
    return {
      id,
      candidateId: this.id('candidate', i),
      jobId: this.id('job', j),
      interviewPlanId: this.id('interviewPlan', j),
      stageId: last.stageId,
      status: statusOfStageType(type),
      createdAt: iso(created),
      updatedAt: last.enteredStageAt,
      sourceId: this.id('source', r.int(0, SOURCES.length - 1)),
      ...(type === 'Archived' ? { archiveReasonId: this.id('archiveReason', r.int(0, ARCHIVE_REASONS.length - 1)), archivedAt: last.enteredStageAt } : {}),
      history,
      customFields: [],
    };
  }

  note(o: number, id: string): NoteRecord | undefined {
    const i = Math.floor(o / SLOTS);
    const k = o % SLOTS;
    if (i >= this.store.params.candidates || k >= this.noteCount(i)) return undefined;
    const r = Rng.of('note', this.store.params.seed, o);
    return {
      id,
      candidateId: this.id('candidate', i),
      createdAt: iso(this.createdMs(i) + (k + 1) * 2 * DAY),
      isPrivate: r.chance(0.1),
      content: r.pick(NOTE_TEXTS),
      authorId: this.id('user', r.int(1, 10)),
    };
  }
}
