// Which tools an assistant may not use on a whim, and the hints MCP clients show about each tool.
// An endpoint the catalog marks destructive (archive, remove, delete, cancel, anonymize) needs
// `confirm: true`; so do offers and the calls that can email a candidate or hire, which the
// catalog sees as ordinary writes. Without the confirmation the tool describes what would happen.
import type { EndpointSummary } from '../catalog/types.js';

/** Writes that need confirmation although the catalog does not call them destructive, and why. */
const CONFIRM: Record<string, string> = {
  'application.changeStage': 'moving an application can archive it (and email the candidate) or hire them',
  'application.transfer': "a transfer can start the new stage's automatic activities, such as emails to the candidate",
  'applicationForm.submit': "submitting an application can trigger the job's automatic emails to the candidate",
  'interviewSchedule.create': 'scheduling can send calendar invitations to the candidate and interviewers',
  'interviewSchedule.update': 'rescheduling can send updated invitations to the candidate and interviewers',
  'offer.approve': 'approving moves an offer towards being sent to the candidate',
  'offer.create': 'this prepares an offer for the candidate',
  'offer.start': 'this starts a new offer version for the candidate',
  'offer.startApprovalProcess': 'this sends the offer to its approvers',
  'offer.update': 'this changes an offer made to a candidate',
  'offerProcess.start': 'this opens an offer process for the application',
  'sequence.add': 'with start: true the sequence begins emailing the candidate at once',
  'sequence.start': 'this starts a sequence of timed emails to the candidate',
};

/**
 * Writes that can reach people outside Ashby (an email or a calendar invitation to the candidate or
 * interviewers): MCP's openWorldHint is true for them, false for every other tool, whose effects
 * stay in the organisation's Ashby.
 */
export const REACHES_OUT = new Set([
  'application.changeStage',
  'application.transfer',
  'applicationForm.submit',
  'interviewSchedule.create',
  'interviewSchedule.update',
  'sequence.add',
  'sequence.start',
]);

/** Why an endpoint's tool needs `confirm: true`, or undefined when it does not. */
export function confirmReason(ep: EndpointSummary): string | undefined {
  if (ep.irreversible) return 'this cannot be undone';
  if (CONFIRM[ep.id]) return CONFIRM[ep.id];
  if (ep.destructive) return 'this removes, archives or cancels something';
  return undefined;
}

/** Writes that only add (a new record, a tag, a note): MCP's destructiveHint is false for them. */
const ADDITIVE = /^(create|add|submit|upload|restore)/;
/** Writes whose repetition with the same arguments changes nothing more. */
const IDEMPOTENT = /^(update|set|remove|delete|archive|restore|anonymize|cancel|changeStage|changeSource|move)/;

export interface Annotations {
  title?: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export function annotations(ep: EndpointSummary, title?: string): Annotations {
  const action = ep.action.split('.').pop() ?? ep.action;
  if (!ep.write) return { title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
  return {
    title,
    readOnlyHint: false,
    destructiveHint: Boolean(confirmReason(ep)) || !ADDITIVE.test(action),
    idempotentHint: IDEMPOTENT.test(action),
    openWorldHint: REACHES_OUT.has(ep.id),
  };
}
