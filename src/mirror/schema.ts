// The mirror's tables: one per resource, named after it, each with `id` as primary key, the whole
// record as JSON in `data`, and the columns people filter on copied out of the record (and indexed).
// The list is data: the sync engine, `ashby sql --schema` and the README's schema all read it.
// Changing a table's columns means bumping SCHEMA_VERSION and adding a migration from the previous
// version to db.ts (or none: the mirror is then rebuilt by a full sync on next use).

import type { EndpointId } from '../catalog/types.js';

export const SCHEMA_VERSION = 4;

type Rec = Record<string, unknown>;

export interface Column {
  name: string;
  type: 'TEXT' | 'INTEGER' | 'REAL';
  get: (r: Rec) => unknown;
  index?: boolean;
  doc: string;
}

/** Where a table's rows come from. */
export type Source =
  /** A list endpoint, paged; `sync`: Ashby returns a sync token, so refreshes are incremental. */
  | { kind: 'list'; endpoint: EndpointId; body?: Rec; sync: boolean }
  /**
   * A list per parent record (an application's history, a candidate's notes, a plan's stages),
   * fetched only for parents that were added or changed since the last sync.
   */
  | { kind: 'each'; endpoint: EndpointId; parent: string; param: string; parentColumn: string }
  /** Records embedded in another table's records (a schedule's interview events): no requests. */
  | { kind: 'embedded'; parent: string; field: string; parentColumn: string };

export interface TableDef {
  name: string;
  doc: string;
  source: Source;
  columns: Column[];
  /** Synced only when named (`ashby sync notes`) or synced before: it costs a request per parent. */
  optIn?: boolean;
  /** Indexes over several columns (what the analytics read, without touching the records); `where`
   *  makes one partial (only the rows it holds). */
  composite?: Array<{ name: string; columns: string[]; where?: string }>;
}

// ---- small readers over untyped records ----------------------------------------------------------

/** A reader of `path` (dotted) in a record; the path is split once, not per record. */
function reader(path: string): (r: unknown) => unknown {
  const keys = path.split('.');
  return (r) => {
    let cur = r;
    for (const k of keys) {
      if (!cur || typeof cur !== 'object') return undefined;
      cur = (cur as Rec)[k];
    }
    return cur;
  };
}
const str = (path: string) => {
  const at = reader(path);
  return (r: Rec) => {
    const v = at(r);
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
  };
};
const bool = (path: string) => {
  const at = reader(path);
  return (r: Rec) => {
    const v = at(r);
    return typeof v === 'boolean' ? (v ? 1 : 0) : null;
  };
};
const int = (path: string) => {
  const at = reader(path);
  return (r: Rec) => {
    const v = at(r);
    return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null;
  };
};
/** A list of records reduced to one text: their `field`s joined. */
const joined = (path: string, field: string, sep = ', ') => {
  const at = reader(path);
  const sub = reader(field);
  return (r: Rec) => {
    const v = at(r);
    if (!Array.isArray(v)) return null;
    const parts = v.map((x) => (x && typeof x === 'object' ? sub(x) : x)).filter((x): x is string => typeof x === 'string' && x !== '');
    return parts.length ? parts.join(sep) : null;
  };
};
const personName = (path: string) => {
  const at = path ? reader(path) : (r: unknown) => r;
  return (r: Rec) => {
    const p = at(r) as Rec | undefined;
    if (!p || typeof p !== 'object') return null;
    const name = [p.firstName, p.lastName].filter((x) => typeof x === 'string' && x).join(' ');
    return name || null;
  };
};

/** Milliseconds between two times (an ISO 8601 text each), or null when either is missing or unreadable. */
export function durationMs(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? ms : null;
}

const col = (name: string, get: (r: Rec) => unknown, doc: string, index = false, type: Column['type'] = 'TEXT'): Column => ({ name, type, get, index, doc });
const created = col('created_at', str('createdAt'), 'when it was created (ISO 8601, UTC)', true);
const updated = col('updated_at', str('updatedAt'), 'when it last changed (ISO 8601, UTC)', true);
const archived = col('is_archived', bool('isArchived'), '1 when archived, else 0', false, 'INTEGER');

const enteredAt = str('enteredStageAt');
const leftAt = str('leftStageAt');

export const TABLES: TableDef[] = [
  {
    name: 'candidates',
    doc: 'Candidates (personal data: names, emails, phone numbers)',
    source: { kind: 'list', endpoint: 'candidate.list', sync: true },
    columns: [
      col('name', str('name'), 'full name', true),
      col('email', str('primaryEmailAddress.value'), 'primary email address', true),
      col('emails', joined('emailAddresses', 'value', ' '), 'every email address, space-separated'),
      col('phone', str('primaryPhoneNumber.value'), 'primary phone number'),
      col('company', str('company'), 'current company'),
      col('position', str('position'), 'current position'),
      col('school', str('school'), 'school'),
      col('source_id', str('source.id'), 'source id', true),
      col('source', str('source.title'), 'source title'),
      col('tags', joined('tags', 'title'), 'tag titles, comma-separated'),
      created,
      updated,
    ],
  },
  {
    name: 'applications',
    doc: 'Applications: a candidate for a job, with the current stage',
    source: { kind: 'list', endpoint: 'application.list', sync: true },
    columns: [
      col('candidate_id', str('candidate.id'), 'candidate id', true),
      col('candidate_name', str('candidate.name'), 'candidate name'),
      col('job_id', str('job.id'), 'job id', true),
      col('job_title', str('job.title'), 'job title'),
      col('status', str('status'), 'Active, Lead, Hired or Archived', true),
      col('stage_id', str('currentInterviewStage.id'), 'current interview stage id', true),
      col('stage', str('currentInterviewStage.title'), 'current interview stage title'),
      col('stage_type', str('currentInterviewStage.type'), 'current stage type (Lead, PreInterviewScreen, Active, Offer, Hired, Archived)'),
      col('source_id', str('source.id'), 'source id', true),
      col('source', str('source.title'), 'source title'),
      col('archive_reason_id', str('archiveReason.id'), 'archive reason id'),
      col('archive_reason', str('archiveReason.text'), 'archive reason text'),
      col('archived_at', str('archivedAt'), 'when it was archived'),
      created,
      updated,
    ],
  },
  {
    name: 'application_history',
    doc: 'Stage history of applications: one row per stage an application entered',
    source: { kind: 'each', endpoint: 'application.listHistory', parent: 'applications', param: 'applicationId', parentColumn: 'application_id' },
    columns: [
      col('application_id', () => null, 'application id'),
      col('stage_id', str('stageId'), 'interview stage id'),
      col('stage', str('title'), 'stage title'),
      col('stage_number', int('stageNumber'), 'position in the history (1 = first)', false, 'INTEGER'),
      col('entered_at', str('enteredStageAt'), 'when the application entered the stage', true),
      col('left_at', str('leftStageAt'), 'when it left the stage (empty: still there)'),
      col('duration_ms', (r) => durationMs(enteredAt(r), leftAt(r)), 'milliseconds from entering to leaving the stage (empty: still there)', false, 'INTEGER'),
    ],
    // By application and by stage, with what time-in-stage reads: it never touches the records.
    composite: [
      { name: 'application_history_visits', columns: ['application_id', 'stage_id', 'stage', 'duration_ms'] },
      { name: 'application_history_stage', columns: ['stage_id', 'stage', 'duration_ms'] },
    ],
  },
  {
    name: 'feedback',
    doc: 'Submitted interview feedback (scorecards)',
    source: { kind: 'list', endpoint: 'applicationFeedback.list', sync: true },
    columns: [
      col('application_id', str('applicationId'), 'application id', true),
      col('form_id', str('feedbackFormDefinitionId'), 'feedback form id'),
      col('submitted_by_id', str('submittedByUser.id'), 'user who submitted it'),
      col('submitted_by', personName('submittedByUser'), 'their name'),
      col('interview_id', str('interviewId'), 'interview id'),
      col('interview_event_id', str('interviewEventId'), 'interview event id'),
      col('submitted_at', str('submittedAt'), 'when it was submitted', true),
    ],
  },
  {
    name: 'jobs',
    doc: 'Jobs, including drafts and archived ones',
    source: { kind: 'list', endpoint: 'job.list', body: { status: ['Draft', 'Open', 'Closed', 'Archived'] }, sync: true },
    columns: [
      col('title', str('title'), 'job title', true),
      col('status', str('status'), 'Draft, Open, Closed or Archived', true),
      col('department_id', str('departmentId'), 'department id'),
      col('location_id', str('locationId'), 'location id'),
      col('interview_plan_id', str('defaultInterviewPlanId'), 'default interview plan id'),
      col('opened_at', str('openedAt'), 'when it was opened'),
      col('closed_at', str('closedAt'), 'when it was closed'),
      created,
      updated,
    ],
  },
  {
    name: 'job_postings',
    doc: 'Job postings, listed and unlisted',
    source: { kind: 'list', endpoint: 'jobPosting.list', sync: false },
    columns: [
      col('title', str('title'), 'posting title'),
      col('job_id', str('jobId'), 'job id', true),
      col('is_listed', bool('isListed'), '1 when shown on the job board', false, 'INTEGER'),
      col('department', str('departmentName'), 'department name'),
      col('location', str('locationName'), 'location name'),
      col('published_at', str('publishedDate'), 'when it was published'),
      updated,
    ],
  },
  {
    name: 'openings',
    doc: 'Openings (headcount)',
    source: { kind: 'list', endpoint: 'opening.list', sync: true },
    columns: [
      col('state', str('openingState'), 'Open, Closed, Draft, Approved, Filled', true),
      archived,
      col('opened_at', str('openedAt'), 'when it was opened'),
      col('closed_at', str('closedAt'), 'when it was closed'),
    ],
  },
  {
    name: 'users',
    doc: 'Ashby users, including deactivated ones',
    source: { kind: 'list', endpoint: 'user.list', body: { includeDeactivated: true }, sync: true },
    columns: [
      col('name', personName(''), 'full name', true),
      col('email', str('email'), 'email address', true),
      col('role', str('globalRole'), 'global role'),
      col('is_enabled', bool('isEnabled'), '1 when active', false, 'INTEGER'),
      updated,
    ],
  },
  {
    name: 'departments',
    doc: 'Departments (teams)',
    source: { kind: 'list', endpoint: 'department.list', body: { includeArchived: true }, sync: true },
    columns: [col('name', str('name'), 'name'), col('parent_id', str('parentId'), 'parent department id'), archived],
  },
  {
    name: 'locations',
    doc: 'Locations',
    source: { kind: 'list', endpoint: 'location.list', body: { includeArchived: true }, sync: true },
    columns: [col('name', str('name'), 'name'), col('workplace_type', str('workplaceType'), 'OnSite, Remote or Hybrid'), archived],
  },
  {
    name: 'sources',
    doc: 'Candidate sources',
    source: { kind: 'list', endpoint: 'source.list', body: { includeArchived: true }, sync: false },
    columns: [col('title', str('title'), 'title'), col('source_type', str('sourceType.title'), 'kind of source'), archived],
  },
  {
    name: 'tags',
    doc: 'Candidate tags',
    source: { kind: 'list', endpoint: 'candidateTag.list', body: { includeArchived: true }, sync: true },
    columns: [col('title', str('title'), 'title'), archived],
  },
  {
    name: 'archive_reasons',
    doc: 'Archive reasons',
    source: { kind: 'list', endpoint: 'archiveReason.list', body: { includeArchived: true }, sync: false },
    columns: [col('text', str('text'), 'the reason'), col('reason_type', str('reasonType'), 'RejectedByCandidate, RejectedByOrg or Other'), archived],
  },
  {
    name: 'interview_plans',
    doc: 'Interview plans',
    source: { kind: 'list', endpoint: 'interviewPlan.list', body: { includeArchived: true }, sync: true },
    columns: [col('title', str('title'), 'title'), archived],
  },
  {
    name: 'interview_stages',
    doc: 'Stages of each interview plan, in plan order',
    source: { kind: 'each', endpoint: 'interviewStage.list', parent: 'interview_plans', param: 'interviewPlanId', parentColumn: 'interview_plan_id' },
    columns: [
      col('interview_plan_id', () => null, 'interview plan id', true),
      col('title', str('title'), 'title'),
      col('type', str('type'), 'stage type (Lead, PreInterviewScreen, Active, Offer, Hired, Archived)'),
      col('position', int('orderInInterviewPlan'), 'order in the plan', false, 'INTEGER'),
    ],
  },
  {
    name: 'interview_schedules',
    doc: 'Interview schedules',
    source: { kind: 'list', endpoint: 'interviewSchedule.list', sync: true },
    columns: [
      col('application_id', str('applicationId'), 'application id', true),
      col('stage_id', str('interviewStageId'), 'interview stage id'),
      col('status', str('status'), 'schedule status', true),
      created,
      updated,
    ],
  },
  {
    name: 'interview_events',
    doc: 'Interview events (the meetings of a schedule)',
    source: { kind: 'embedded', parent: 'interview_schedules', field: 'interviewEvents', parentColumn: 'schedule_id' },
    columns: [
      col('schedule_id', () => null, 'interview schedule id', true),
      col('interview_id', str('interviewId'), 'interview id'),
      col('start_time', str('startTime'), 'start time', true),
      col('end_time', str('endTime'), 'end time'),
      created,
      updated,
    ],
  },
  {
    name: 'offers',
    doc: 'Offers',
    source: { kind: 'list', endpoint: 'offer.list', sync: true },
    columns: [
      col('application_id', str('applicationId'), 'application id', true),
      col('status', str('offerStatus'), 'offer status', true),
      col('acceptance_status', str('acceptanceStatus'), 'acceptance status'),
      col('decided_at', str('decidedAt'), 'when it was decided'),
      col('created_at', str('latestVersion.createdAt'), 'when its latest version was made', true),
    ],
  },
  {
    name: 'projects',
    doc: 'Projects (candidate lists for sourcing)',
    source: { kind: 'list', endpoint: 'project.list', sync: true },
    columns: [col('title', str('title'), 'title'), archived, created],
  },
  {
    name: 'custom_fields',
    doc: 'Custom field definitions',
    source: { kind: 'list', endpoint: 'customField.list', body: { includeArchived: true }, sync: true },
    columns: [
      col('title', str('title'), 'title'),
      col('object_type', str('objectType'), 'what it applies to (Candidate, Application, Job, ...)'),
      col('field_type', str('fieldType'), 'value type'),
      archived,
    ],
  },
  {
    name: 'notes',
    doc: 'Notes on candidates (opt-in: one request per candidate; `ashby sync notes`)',
    optIn: true,
    source: { kind: 'each', endpoint: 'candidate.listNotes', parent: 'candidates', param: 'candidateId', parentColumn: 'candidate_id' },
    columns: [
      col('candidate_id', () => null, 'candidate id', true),
      col('author_id', str('author.id'), 'author (user) id'),
      col('author', personName('author'), 'author name'),
      col('is_private', bool('isPrivate'), '1 when private', false, 'INTEGER'),
      col('content', str('content'), 'the text'),
      created,
    ],
  },
];

export function table(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`mirror: no table ${name}`);
  return t;
}

/** Tables that hang off a parent table (rows to delete with it, parents whose changes queue work). */
export function children(parent: string): TableDef[] {
  return TABLES.filter((t) => t.source.kind !== 'list' && t.source.parent === parent);
}

/** A table's secondary indexes: name and CREATE statement. */
export function indexes(name: string): Array<{ name: string; sql: string }> {
  const t = name === PROGRESS.name ? PROGRESS : table(name);
  return [
    ...t.columns.filter((c) => c.index).map((c) => ({ name: `${name}_${c.name}`, sql: `CREATE INDEX IF NOT EXISTS ${name}_${c.name} ON ${name}(${c.name})` })),
    ...(t.composite ?? []).map((ix) => ({
      name: ix.name,
      sql: `CREATE INDEX IF NOT EXISTS ${ix.name} ON ${name}(${ix.columns.join(', ')})${ix.where ? ` WHERE ${ix.where}` : ''}`,
    })),
  ];
}

/** Whether a column can be looked up by an index (it leads one that holds every row). */
export function isIndexed(t: { columns: Array<Pick<Column, 'name' | 'index'>>; composite?: TableDef['composite'] }, column: string): boolean {
  return Boolean(t.columns.find((c) => c.name === column)?.index) || Boolean(t.composite?.some((ix) => !ix.where && ix.columns[0] === column));
}

// ---- derived at sync time -------------------------------------------------------------------

/** Columns of `applications` that application_progress repeats, so the analytics need not read the records. */
export const PROGRESS_COPIED = [
  'candidate_id',
  'candidate_name',
  'job_id',
  'job_title',
  'status',
  'stage_id',
  'stage',
  'stage_type',
  'source_id',
  'source',
  'created_at',
  'updated_at',
] as const;

/** What `ashby stale` reads: see PROGRESS. */
const STALE_INDEX = {
  name: 'application_progress_stale',
  columns: ['stage_entered_ms', 'id', 'candidate_name', 'job_id', 'job_title', 'stage', 'stage_entered_at', 'candidate_id', 'created_at'],
  where: `status = 'Active'`,
};

/**
 * One row per application, derived from it and its stage history (no requests): what `ashby
 * pipeline`, `funnel` and `stale` read. rows.ts keeps it in step, in the transaction that changes
 * the application or its history.
 */
export const PROGRESS: Pick<TableDef, 'name' | 'doc' | 'composite'> & { columns: Array<Omit<Column, 'get'>> } = {
  name: 'application_progress',
  doc: 'Derived from applications and their stage history at sync time: one row per application',
  columns: [
    ...PROGRESS_COPIED.map((name) => {
      const c = table('applications').columns.find((x) => x.name === name)!;
      return { name, type: c.type, doc: `${c.doc} (as in applications)` };
    }),
    { name: 'stage_entered_at', type: 'TEXT', doc: 'when it entered its current stage (its latest history entry for that stage; else updated_at)' },
    { name: 'stage_entered_ms', type: 'INTEGER', doc: 'the same as milliseconds since 1970 (empty when unreadable)' },
    { name: 'stages', type: 'TEXT', doc: 'every stage id in its history, sorted, space-separated' },
  ],
  // What pipeline and funnel group by, in that order, with the filter columns: no sorting, no records.
  composite: [
    { name: 'application_progress_job_stage', columns: ['job_id', 'stage_id', 'created_at'] },
    { name: 'application_progress_source_stages', columns: ['source_id', 'source', 'stages', 'job_id', 'created_at'] },
    { name: 'application_progress_job_stages', columns: ['job_id', 'job_title', 'stages', 'created_at'] },
    // stale: the active applications in the order it lists them (longest in their stage first),
    // with every column it shows and filters on. Read in this order: no table, no sort.
    STALE_INDEX,
  ],
};

/** Every table's CREATE statements, for a fresh mirror. */
export function ddl(): string[] {
  const out: string[] = [];
  for (const t of TABLES) {
    const cols = t.columns.map((c) => `  ${c.name} ${c.type}`).join(',\n');
    out.push(`CREATE TABLE ${t.name} (\n  id TEXT PRIMARY KEY,\n${cols},\n  data TEXT NOT NULL\n)`);
    for (const ix of indexes(t.name)) out.push(ix.sql);
  }
  out.push(...progressDdl());
  return out;
}

export function progressDdl(): string[] {
  const cols = PROGRESS.columns.map((c) => `  ${c.name} ${c.type}`).join(',\n');
  // Clustered by application id: a sync works off applications in id order, so the rows it updates
  // in one transaction sit on a few pages, not one page each.
  return [`CREATE TABLE ${PROGRESS.name} (\n  id TEXT PRIMARY KEY,\n${cols}\n) WITHOUT ROWID`, ...indexes(PROGRESS.name).map((ix) => ix.sql)];
}
