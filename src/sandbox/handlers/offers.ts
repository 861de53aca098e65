// The offer chain: offerProcess.start → offer.start (the form) → offer.create →
// offer.startApprovalProcess → offer.approve; offer.update makes a new version.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import { checkSubmissions } from '../forms.js';
import type { Handler } from '../handler.js';
import type { ApplicationRecord } from '../seed.js';
import type { World } from '../world.js';

const FINAL = new Set(['CandidateAccepted', 'CandidateRejected', 'OfferCancelled']);

function offerForm(world: World): Entity {
  return world.col('offerForm').at(0)!;
}

function render(world: World, offer: Entity, excludeForm: unknown): Record<string, unknown> {
  const { formId, ...rest } = offer;
  void formId;
  return excludeForm === true ? rest : { ...rest, formDefinition: offerForm(world).formDefinition };
}

/** Builds an offer version from the submitted form values. */
function version(world: World, id: string, values: Record<string, unknown>, actingUserId?: string) {
  const author = world.user(actingUserId) ?? world.col('user').at(0)!;
  return {
    id,
    ...(values.startDate ? { startDate: new Date(String(values.startDate)).toISOString() } : {}),
    salary: typeof values.salary === 'object' ? values.salary : { currencyCode: 'USD', value: Number(values.salary ?? 0) },
    createdAt: world.store.nowIso(),
    customFields: [],
    fileHandles: [],
    author,
    approvalStatus: null,
    submittedValues: values,
  };
}

function stripVersion(v: Record<string, unknown>) {
  const { submittedValues, ...rest } = v;
  void submittedValues;
  return rest;
}

function findByVersion(world: World, versionId: string): Entity {
  for (const [, o] of world.col('offer').scan()) if ((o.latestVersion as { id: string }).id === versionId) return o;
  throw new SandboxError('offer_version_not_found', `no offer whose latest version is "${versionId}"`);
}

function saveOffer(world: World, id: string, change: (d: Entity) => void, events: string[]) {
  const updated = world.col('offer').update(id, world.store.bump(), change)!;
  const process = world.col('offerProcess').get(String(updated.offerProcessId));
  if (process) world.col('offerProcess').update(process.id, world.store.seq, (p) => void (p.status = updated.offerStatus));
  world.emit(events.map((e) => [e, { offer: publicOffer(updated) }]));
  return updated;
}

export function publicOffer(o: Entity): Record<string, unknown> {
  const { formId, offerProcessId, ...rest } = o;
  void formId;
  void offerProcessId;
  return {
    ...rest,
    latestVersion: stripVersion(rest.latestVersion as Record<string, unknown>),
    versions: (rest.versions as Array<Record<string, unknown>>).map(stripVersion),
  };
}

export const offerHandlers: Record<string, Handler> = {
  'offerProcess.start': ({ world, body }) => {
    const app = world.need('application', body.applicationId) as ApplicationRecord;
    if (app.status === 'Archived' || app.status === 'Hired')
      throw SandboxError.invalid('applicationId', `the application is ${app.status}; offers can only be started for active applications`);
    for (const [, p] of world.col('offerProcess').scan()) {
      if (p.applicationId === app.id && !FINAL.has(String(p.status)))
        throw SandboxError.invalid('applicationId', `the application already has an offer process in progress (${p.id})`);
    }
    const p = world.col('offerProcess').create((id) => ({ id, applicationId: app.id, status: 'WaitingOnOfferCreation' }), world.store.bump());
    return { results: p };
  },

  // offer.start hands out the offer form to fill: its id is the offerFormId offer.create takes.
  'offer.start': ({ world, body }) => {
    const p = world.need('offerProcess', body.offerProcessId, 'offer_process');
    if (p.status !== 'WaitingOnOfferCreation')
      throw SandboxError.invalid('offerProcessId', `the offer process is ${p.status}; start a new offer process to make another offer`);
    const formId = (p.offerFormId as string | undefined) ?? world.col('offerFormInstance').allocate();
    world.col('offerProcess').update(p.id, world.store.bump(), (d) => void (d.offerFormId = formId));
    return { results: { id: formId, formDefinition: offerForm(world).formDefinition } };
  },

  'offer.create': ({ world, body, actingUserId }) => {
    const p = world.need('offerProcess', body.offerProcessId, 'offer_process');
    if (!p.offerFormId) throw SandboxError.invalid('offerProcessId', 'call offer.start for this offer process before offer.create');
    if (body.offerFormId !== p.offerFormId && body.offerFormId !== offerForm(world).id)
      throw new SandboxError('offer_form_not_found', `no offer form "${body.offerFormId}" for offer process ${p.id}: use the id offer.start returned`);
    if (p.status !== 'WaitingOnOfferCreation') throw SandboxError.invalid('offerProcessId', `the offer process is ${p.status}; an offer was already created`);
    const form = offerForm(world);
    const values = checkSubmissions(form.formDefinition, body.offerForm.fieldSubmissions, 'offerForm.fieldSubmissions');
    const v = version(world, world.col('offerVersion').allocate(), values, actingUserId);
    const seq = world.store.bump();
    const offer = world.col('offer').create(
      (id) => ({
        id,
        applicationId: p.applicationId,
        offerProcessId: p.id,
        formId: form.id,
        acceptanceStatus: 'Created',
        offerStatus: 'WaitingOnApprovalStart',
        latestVersion: v,
        versions: [v],
      }),
      seq,
    );
    world.col('offerProcess').update(p.id, seq, (d) => void (d.status = 'WaitingOnApprovalStart'));
    world.emit([['offerCreate', { offer: publicOffer(offer) }]]);
    return { results: render(world, publicOffer(offer) as Entity, body.excludeFormDefinition) };
  },

  'offer.update': ({ world, body, actingUserId }) => {
    const o = world.need('offer', body.offerId);
    if (FINAL.has(String(o.offerStatus))) throw SandboxError.invalid('offerId', `the offer is ${o.offerStatus} and cannot change`);
    const values = checkSubmissions(offerForm(world).formDefinition, body.offerForm.fieldSubmissions, 'offerForm.fieldSubmissions');
    const v = version(world, world.col('offerVersion').allocate(), values, actingUserId);
    const updated = saveOffer(
      world,
      o.id,
      (d) => {
        d.latestVersion = v;
        (d.versions as unknown[]).unshift(v);
        d.offerStatus = 'WaitingOnApprovalStart';
        d.acceptanceStatus = 'Created';
      },
      ['offerUpdate'],
    );
    return { results: render(world, publicOffer(updated) as Entity, body.excludeFormDefinition) };
  },

  'offer.startApprovalProcess': ({ world, body }) => {
    const o = findByVersion(world, body.offerVersionId);
    if (o.offerStatus !== 'WaitingOnApprovalStart') throw SandboxError.invalid('offerVersionId', `approval cannot start: the offer is ${o.offerStatus}`);
    const updated = saveOffer(
      world,
      o.id,
      (d) => {
        d.offerStatus = 'WaitingOnOfferApproval';
        (d.latestVersion as Record<string, unknown>).approvalStatus = 'WaitingOnApprovals';
        (d.versions as Array<Record<string, unknown>>)[0].approvalStatus = 'WaitingOnApprovals';
      },
      ['offerUpdate'],
    );
    return { results: render(world, publicOffer(updated) as Entity, body.excludeFormDefinition) };
  },

  'offer.approve': ({ world, body }) => {
    // One step is approved for one of its approvers: the two come together, or neither does.
    if ((body.approvalStepId === undefined) !== (body.userId === undefined))
      throw SandboxError.invalid(body.userId === undefined ? 'userId' : 'approvalStepId', 'give "approvalStepId" and "userId" together, or neither');
    const o = findByVersion(world, body.offerVersionId);
    if (body.userId !== undefined) world.need('user', body.userId);
    if (o.offerStatus !== 'WaitingOnOfferApproval') throw SandboxError.invalid('offerVersionId', `nothing to approve: the offer is ${o.offerStatus}`);
    const updated = saveOffer(
      world,
      o.id,
      (d) => {
        d.offerStatus = 'WaitingOnCandidateResponse';
        d.acceptanceStatus = 'WaitingOnResponse';
        (d.latestVersion as Record<string, unknown>).approvalStatus = 'Approved';
        (d.versions as Array<Record<string, unknown>>)[0].approvalStatus = 'Approved';
      },
      ['offerUpdate'],
    );
    return { results: render(world, publicOffer(updated) as Entity, body.excludeFormDefinition) };
  },

  // offer.setStatus (2026-07): the acceptance status, from which the offer status follows.
  'offer.setStatus': ({ world, body }) => {
    const o = world.need('offer', body.offerId);
    if (FINAL.has(String(o.offerStatus))) throw SandboxError.invalid('offerId', `the offer is ${o.offerStatus} and cannot change`);
    const status = ({ Accepted: 'CandidateAccepted', Declined: 'CandidateRejected', Cancelled: 'OfferCancelled' } as Record<string, string>)[
      String(body.acceptanceStatus)
    ];
    if (!status) throw SandboxError.invalid('acceptanceStatus', 'acceptanceStatus must be Accepted, Declined or Cancelled');
    const updated = saveOffer(
      world,
      o.id,
      (d) => {
        d.acceptanceStatus = body.acceptanceStatus;
        d.offerStatus = status;
      },
      ['offerUpdate'],
    );
    return { results: render(world, publicOffer(updated) as Entity, body.excludeFormDefinition) };
  },

  'offer.info': ({ world, body }) => ({ results: render(world, publicOffer(world.need('offer', body.offerId)) as Entity, body.excludeFormDefinition) }),

  'offer.list': ({ world, body, endpoint }) => {
    const inList = (list: unknown, v: unknown) => !Array.isArray(list) || list.includes(v);
    const after = typeof body.createdAfter === 'number' ? body.createdAfter : undefined;
    const filter = (o: Entity) => {
      const v = o.latestVersion as { approvalStatus?: string; createdAt: string };
      return (
        (body.applicationId === undefined || o.applicationId === body.applicationId) &&
        inList(body.offerStatus, o.offerStatus) &&
        inList(body.acceptanceStatus, o.acceptanceStatus) &&
        inList(body.approvalStatus, v.approvalStatus) &&
        (after === undefined || Date.parse(v.createdAt) > after)
      );
    };
    return world.page(endpoint, body, world.col('offer'), { filter, render: publicOffer, sync: true });
  },
};

/** The most recent accepted offer of an application, for candidateHire payloads. */
export function acceptedOffer(world: World, applicationId: string): Record<string, unknown> | undefined {
  let found: Entity | undefined;
  for (const [, o] of world.col('offer').scan()) if (o.applicationId === applicationId && o.acceptanceStatus === 'Accepted') found = o;
  return found ? publicOffer(found) : undefined;
}
