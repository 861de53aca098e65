// Straight API calls for tests that compare the CLI's answers with what the sandbox API says.
import { call, type TestSandbox } from './sandbox.js';

export type Rec = Record<string, any>;

/** POST an endpoint; the envelope, or an error naming the endpoint when it is not a success. */
export async function ok(sb: TestSandbox, endpoint: string, body: Rec = {}): Promise<any> {
  const r = await call(sb, endpoint, body);
  if (r.body?.success !== true) throw new Error(`${endpoint}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Every record of a list endpoint, following cursors. */
export async function listAll(sb: TestSandbox, endpoint: string, body: Rec = {}): Promise<Rec[]> {
  const out: Rec[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await ok(sb, endpoint, { ...body, ...(cursor ? { cursor } : {}) });
    out.push(...(page.results as Rec[]));
    if (!page.moreDataAvailable || !page.nextCursor) return out;
    cursor = page.nextCursor;
  }
}

/**
 * Moves an application to a stage of `type` in its own plan other than the one it is in (to
 * Archived with the first archive reason), as a recruiter would in Ashby.
 */
export async function moveToStageOfType(sb: TestSandbox, applicationId: string, type: string): Promise<void> {
  const current = (await ok(sb, 'application.info', { applicationId })).results.currentInterviewStage;
  const stages = (await ok(sb, 'interviewStage.list', { interviewPlanId: current.interviewPlanId })).results as Rec[];
  const stage = stages.find((x) => x.type === type && x.id !== current.id);
  if (!stage) throw new Error(`no other ${type} stage in the plan of ${applicationId}`);
  const reason = type === 'Archived' ? (await listAll(sb, 'archiveReason.list'))[0] : undefined;
  await ok(sb, 'application.changeStage', { applicationId, interviewStageId: stage.id, ...(reason ? { archiveReasonId: reason.id } : {}) });
}
