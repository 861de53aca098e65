// Writes newer than the base spec on records the sandbox already keeps: deleting an application,
// pushing a hire to an HR system, an offer's decision date, project and job-posting custom fields.
// (Project create/update/archive/restore and jobPosting.setStatus/updateCompensation are stored by
// the generic handler.)
import { SandboxError } from '../errors.js';
import type { Handler } from '../handler.js';
import type { ApplicationRecord, CandidateRecord } from '../seed.js';
import type { World } from '../world.js';
import { API_VERSION } from '../respond.js';

/** Custom field values on a record, newest write wins; answers the entries written. */
function setFields(
  world: World,
  kind: string,
  id: string,
  values: Array<{ fieldId?: string; referenceIdentifier?: string; value: unknown }>,
): Array<Record<string, unknown>> {
  const fields = values.map((v) => {
    const field =
      v.fieldId !== undefined
        ? world.need('customField', v.fieldId, 'custom_field')
        : [...world.col('customField').scan()].map(([, f]) => f).find((f) => f.referenceIdentifier === v.referenceIdentifier);
    if (!field) throw new SandboxError('custom_field_not_found', `no custom field with reference "${v.referenceIdentifier}"`);
    return { id: field.id, title: field.title, isPrivate: field.isPrivate === true, value: v.value };
  });
  world.edit(kind, id, (d) => {
    const key = kind === 'project' ? 'customFieldEntries' : 'customFields';
    const current = ((d[key] as Array<{ id: string }> | undefined) ?? []).filter((f) => !fields.some((x) => x.id === f.id));
    d[key] = [...current, ...fields];
  });
  return fields.map((f) => ({ ...f, valueLabel: typeof f.value === 'string' ? f.value : JSON.stringify(f.value) }));
}

export const additionHandlers: Record<string, Handler> = {
  // The one version Ashby lists, in the best-known shape (field names are not published).
  'version.list': () => ({ results: [{ version: API_VERSION, status: 'active' }] }),

  // Irreversible: the application is gone from every list and lookup; its candidate stays.
  'application.delete': ({ world, body }) => {
    const app = world.need('application', body.applicationId) as ApplicationRecord;
    const seq = world.store.bump();
    world.col('application').delete(app.id, seq);
    const cand = world.col('candidate').get(app.candidateId) as CandidateRecord | undefined;
    if (cand)
      world
        .col('candidate')
        .update(cand.id, seq, (d) => void ((d as CandidateRecord).applicationIds = (d as CandidateRecord).applicationIds.filter((x) => x !== app.id)));
    return { results: { applicationId: app.id } };
  },

  // Each push creates an employee in the HR system: a second push of the same hire is a duplicate
  // there, so the sandbox counts pushes (admin stats show them) and does not refuse repeats.
  'candidate.pushToHris': ({ world, body }) => {
    const app = world.need('application', body.applicationId) as ApplicationRecord;
    if (app.status !== 'Hired')
      throw SandboxError.invalid('applicationId', `only a hired application can be pushed to an HR system; this one is ${app.status}`);
    const pushes = (world.scratch.get('hrisPushes') as Map<string, number> | undefined) ?? new Map<string, number>();
    world.scratch.set('hrisPushes', pushes);
    pushes.set(app.id, (pushes.get(app.id) ?? 0) + 1);
    world.store.bump();
    return { results: { applicationId: app.id, candidateId: app.candidateId, externalSystem: body.externalSystem, pushCount: pushes.get(app.id) } };
  },

  'offer.setDecidedAt': ({ world, body }) => {
    const o = world.need('offer', body.offerId);
    const at = new Date(String(body.decidedAt));
    if (Number.isNaN(at.getTime())) throw SandboxError.invalid('decidedAt', 'decidedAt must be an ISO 8601 time');
    const updated = world.col('offer').update(o.id, world.store.bump(), (d) => void (d.decidedAt = at.toISOString()))!;
    const { formId: _f, offerProcessId: _p, ...rest } = updated;
    return { results: rest };
  },

  'project.setCustomFieldValue': ({ world, body }) => ({
    results: setFields(world, 'project', world.need('project', body.projectId).id, [{ fieldId: body.fieldId, value: body.value }])[0],
  }),
  'project.setCustomFieldValues': ({ world, body }) => ({ results: setFields(world, 'project', world.need('project', body.projectId).id, body.values) }),
  'jobPosting.setCustomFieldValue': ({ world, body }) => {
    if (body.fieldId === undefined && body.referenceIdentifier === undefined) throw SandboxError.invalid('fieldId', 'give "fieldId" or "referenceIdentifier"');
    return {
      results: setFields(world, 'jobPosting', world.need('jobPosting', body.jobPostingId).id, [
        { fieldId: body.fieldId, referenceIdentifier: body.referenceIdentifier, value: body.value },
      ])[0],
    };
  },
  'jobPosting.setCustomFieldValues': ({ world, body }) => ({
    results: setFields(world, 'jobPosting', world.need('jobPosting', body.jobPostingId).id, body.values),
  }),
};
