// Which kind of record an id parameter names, by the parameter's name: one table for live
// completion of generated commands (commands/endpoint/resource.ts) and for names in place of ids in
// batches (bulk/endpoint.ts) and single commands (commands/endpoint/names.ts). Imports nothing: resource.ts loads it at start-up.
export const PARAM_KINDS = {
  jobId: 'job',
  applicationId: 'application',
  candidateId: 'candidate',
  userId: 'user',
  creditedToUserId: 'user',
  interviewerUserId: 'user',
  teamMemberId: 'user',
  interviewStageId: 'stage',
  archiveReasonId: 'archiveReason',
  sourceId: 'source',
  tagId: 'tag',
  hiringManagerId: 'user',
  recruiterId: 'user',
  interviewId: 'interview',
  locationId: 'location',
  departmentId: 'department',
  fieldId: 'customField',
  customFieldId: 'customField',
} as const;

export type ParamKind = (typeof PARAM_KINDS)[keyof typeof PARAM_KINDS];

/** The kind a parameter names, if it is one of the table's. */
export function paramKind(name: string): ParamKind | undefined {
  return Object.hasOwn(PARAM_KINDS, name) ? PARAM_KINDS[name as keyof typeof PARAM_KINDS] : undefined;
}

/** The endpoints that set custom field values: {fieldId, fieldValue|value} pairs, at the top or in
 *  `values` (their text values are read by commands/endpoint/field-values.ts). */
export const setsFieldValues = (ep: { id: string }): boolean => /^(customField\.setValues?|\w+\.setCustomFieldValues?)$/.test(ep.id);
