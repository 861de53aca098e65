// The organisation a sandbox serves: the store with every seeded collection defined, renderers
// that turn stored records into API objects, and the event hook that feeds webhooks.
import type { Collection, Entity } from './collection.js';
import { SandboxError } from './errors.js';
import { DEFAULT_PAGING, listPage, type Page, type PageRequest, type PagingConfig } from './paging.js';
import { HISTORY_SLOTS, People, SLOTS, seedOrg, type ApplicationRecord, type CandidateRecord, type NoteRecord } from './seed.js';
import { seedActivity } from './seed-activity.js';
import { seedForms } from './seed-forms.js';
import { seedSourcing } from './handlers/sourcing.js';
import { Store, type StateFile, type StoreParams } from './store.js';

export type EventListener = (action: string, data: Record<string, unknown>, actionId: string) => void;

export interface WorldConfig {
  paging: PagingConfig;
  /** Polls of report.generate that answer in_progress before the result is complete. */
  reportPolls: number;
  /**
   * How report.synchronous behaves: 'fast' answers with the result; 'slow' answers in_progress with
   * a request id that report.generate polls (a report past the 30 s synchronous window);
   * 'slow-unpollable' does the same but report.generate does not know that id (Ashby does not say
   * whether it should).
   */
  reportSync: ReportSync;
  /** When set, every report run ends with status failed and this reason. */
  reportFailure: string | null;
}

export const REPORT_SYNC = ['fast', 'slow', 'slow-unpollable'] as const;
export type ReportSync = (typeof REPORT_SYNC)[number];

export const DEFAULT_CONFIG: WorldConfig = { paging: DEFAULT_PAGING, reportPolls: 2, reportSync: 'fast', reportFailure: null };

export class World {
  readonly store: Store;
  readonly people: People;
  readonly config: WorldConfig;
  private listeners: EventListener[] = [];
  private actionCounter = 0;
  /** Runtime state of other modules (reports, upload tokens) keyed by module name. */
  readonly scratch = new Map<string, unknown>();

  constructor(params: StoreParams, config: Partial<WorldConfig> = {}, state?: StateFile) {
    this.config = { ...DEFAULT_CONFIG, ...config, paging: { ...DEFAULT_PAGING, ...config.paging } };
    this.store = new Store(params);
    this.people = new People(this.store);
    seedOrg(this.store);
    seedForms(this.store);
    const n = params.candidates;
    this.store.define('candidate', n, (o, id) => this.people.candidate(o, id));
    this.store.define('application', n * SLOTS, (o, id) => this.people.application(o, id));
    this.store.define('note', n * SLOTS, (o, id) => this.people.note(o, id));
    seedActivity(this.store, this.people);
    seedSourcing(this.store, this.people);
    this.store.define('auditLog', 0, () => undefined);
    this.store.define('webhook', 0, () => undefined);
    this.store.define('submittedFormInstance', 0, () => undefined);
    this.store.define('offerFormInstance', 0, () => undefined);
    this.store.define('applicationHistory', n * SLOTS * HISTORY_SLOTS, () => undefined);
    if (state) this.store.loadState(state);
  }

  col(kind: string): Collection {
    return this.store.col(kind);
  }

  /** One page of a list endpoint over a collection (see paging.ts). */
  page(endpoint: string, body: Record<string, unknown>, collection: Collection, opts: Pick<PageRequest, 'filter' | 'render' | 'sync' | 'ordinals'>): Page {
    return listPage({ endpoint, body, store: this.store, config: this.config.paging, collection, ...opts });
  }

  /** Applies a change to a stored entity as one write: new change sequence, fresh updatedAt. */
  edit(kind: string, id: string, change: (draft: Entity) => void): Entity {
    this.need(kind, id);
    const now = this.store.nowIso();
    return this.col(kind).update(id, this.store.bump(), (d) => {
      change(d);
      d.updatedAt = now;
    })!;
  }

  /** The stages of an interview plan, in plan order. */
  stagesOfPlan(planId: string): Entity[] {
    return [...this.col('interviewStage').scan()]
      .map(([, s]) => s)
      .filter((s) => s.interviewPlanId === planId)
      .sort((a, b) => Number(a.orderInInterviewPlan) - Number(b.orderInInterviewPlan));
  }

  /** The entity or a `<kind>_not_found` error. */
  need(kind: string, id: unknown, label = kind): Entity {
    const e = typeof id === 'string' ? this.store.maybeCol(kind)?.get(id) : undefined;
    if (!e) throw SandboxError.notFound(label, id);
    return e;
  }

  onEvent(l: EventListener): void {
    this.listeners.push(l);
  }

  /** Fires webhook events; related events share one webhookActionId, as Ashby's do. */
  emit(events: Array<[action: string, data: Record<string, unknown>]>): void {
    if (!this.listeners.length || !events.length) return;
    const actionId = `sbx-action-${this.store.params.seed}-${++this.actionCounter}-${this.store.seq}`;
    for (const [action, data] of events) for (const l of this.listeners) l(action, data, actionId);
  }

  // ---- renderers -----------------------------------------------------------------------------

  user(id: string | undefined): Entity | undefined {
    return id ? this.col('user').get(id) : undefined;
  }

  renderCandidate = (e: Entity): Record<string, unknown> => {
    const c = e as CandidateRecord;
    const { tagIds, projectIds, sourceId, creditedToUserId, ...rest } = c;
    void projectIds;
    const out: Record<string, unknown> = { ...rest };
    const primaryEmail = c.emailAddresses.find((x) => x.isPrimary) ?? c.emailAddresses[0];
    if (primaryEmail) out.primaryEmailAddress = primaryEmail;
    const primaryPhone = c.phoneNumbers.find((x) => x.isPrimary) ?? c.phoneNumbers[0];
    if (primaryPhone) out.primaryPhoneNumber = primaryPhone;
    const tags = this.col('candidateTag');
    out.tags = tagIds.map((t) => tags.get(t)).filter(Boolean);
    const source = sourceId ? this.col('source').get(sourceId) : undefined;
    if (source) out.source = source;
    const credited = this.user(creditedToUserId);
    if (credited) out.creditedToUser = credited;
    out.profileUrl = `https://app.ashbyhq.com/candidate-sandbox/${c.id}`;
    return out;
  };

  stageSummary(stageId: string): Record<string, unknown> {
    return (
      this.col('interviewStage').get(stageId) ?? { id: stageId, title: 'Unknown stage', type: 'Active', orderInInterviewPlan: 1, interviewPlanId: stageId }
    );
  }

  renderApplication = (e: Entity): Record<string, unknown> => {
    const a = e as ApplicationRecord;
    const cand = this.col('candidate').get(a.candidateId) as CandidateRecord | undefined;
    const job = this.col('job').get(a.jobId);
    const candidate: Record<string, unknown> = { id: a.candidateId, name: cand?.name ?? 'Unknown candidate' };
    const email = cand?.emailAddresses.find((x) => x.isPrimary);
    if (email) candidate.primaryEmailAddress = email;
    const phone = cand?.phoneNumbers.find((x) => x.isPrimary);
    if (phone) candidate.primaryPhoneNumber = phone;
    const out: Record<string, unknown> = {
      id: a.id,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      status: a.status,
      customFields: a.customFields,
      candidate,
      currentInterviewStage: this.stageSummary(a.stageId),
      job: job ? { id: job.id, title: job.title, locationId: job.locationId, departmentId: job.departmentId } : { id: a.jobId, title: 'Unknown job' },
      hiringTeam: (job?.hiringTeam as unknown[]) ?? [],
      applicationHistory: a.history.map((h, n) => ({
        id: h.id,
        stageId: h.stageId,
        title: String(this.stageSummary(h.stageId).title),
        enteredStageAt: h.enteredStageAt,
        ...(h.leftStageAt ? { leftStageAt: h.leftStageAt } : {}),
        stageNumber: n + 1,
        allowedActions: ['none'],
        ...(h.actorId ? { actorId: h.actorId } : {}),
      })),
    };
    const source = a.sourceId ? this.col('source').get(a.sourceId) : undefined;
    if (source) out.source = source;
    if (a.archiveReasonId) {
      const r = this.col('archiveReason').get(a.archiveReasonId);
      if (r) out.archiveReason = r;
    }
    if (a.archivedAt) out.archivedAt = a.archivedAt;
    if (a.appliedViaJobPostingId) out.appliedViaJobPostingId = a.appliedViaJobPostingId;
    const credited = this.user(a.creditedToUserId);
    if (credited) out.creditedToUser = credited;
    return out;
  };

  renderNote = (e: Entity): Record<string, unknown> => {
    const n = e as NoteRecord;
    const u = this.user(n.authorId);
    return {
      id: n.id,
      createdAt: n.createdAt,
      isPrivate: n.isPrivate,
      content: n.content,
      author: u ? { id: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email } : { id: n.authorId, firstName: 'API', lastName: 'User' },
    };
  };
}
