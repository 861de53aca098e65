// One API call, from endpoint name and body to Ashby's envelope: permission check, request
// validation, the hand-written handler or the generic one, and errors as Ashby sends them.
import { endpoint as endpointSummary } from '../catalog/catalog.js';
import { recordAudit } from './audit.js';
import { SandboxError } from './errors.js';
import { envelopeBase, genericHandler } from './generic.js';
import type { Call, Handler, Upload } from './handler.js';
import { HANDLERS } from './handlers/index.js';
import { permissionName } from './scopes.js';
import { validateMultipart, validateRequest } from './schemas.js';
import type { World } from './world.js';
import { errorReply, requestId, type Reply } from './respond.js';

export { errorReply, requestId, type Reply };

/** A key's permissions: a write permission includes the matching read one. Scopes may be in either form. */
export function allows(scopes: string[], permission: string | null): boolean {
  if (!permission) return true;
  const p = permission === 'candidateWrite' ? 'candidatesWrite' : permission;
  const has = scopes.map(permissionName);
  return has.includes(p) || (p.endsWith('Read') && has.includes(`${p.slice(0, -4)}Write`));
}

export interface CallInput {
  world: World;
  endpoint: string;
  body: Record<string, unknown>;
  uploads?: Upload[];
  baseUrl: string;
  scopes: string[];
  keyTitle: string;
  /** The user named by X-On-Behalf-Of, checked by the server. */
  actingUserId?: string;
  /** The body came as multipart/form-data (text fields in body, file parts in uploads). */
  multipart?: boolean;
}

export async function dispatch(input: CallInput): Promise<Reply> {
  const summary = endpointSummary(input.endpoint);
  if (!summary || summary.partner) {
    return errorReply('endpoint_not_found', `no endpoint named ${input.endpoint}`, 404);
  }
  if (!allows(input.scopes, summary.permission)) {
    return errorReply('missing_endpoint_permission', `this API key lacks the ${summary.permission} permission needed by ${input.endpoint}`, 403);
  }
  const problem = input.multipart
    ? validateMultipart(
        input.endpoint,
        input.body,
        (input.uploads ?? []).map((u) => u.name),
      )
    : validateRequest(input.endpoint, input.body);
  if (problem) return errorReply('invalid_input', problem.message);
  const call: Call = { ...input, body: input.body as Record<string, any>, uploads: input.uploads ?? [] };
  const handler: Handler = HANDLERS[input.endpoint] ?? genericHandler;
  const seqBefore = input.world.store.seq;
  try {
    const result = await handler(call);
    const applied = input.world.store.seq !== seqBefore;
    if (applied && summary.write) recordAudit(call, requestId(), result.results);
    return { status: 200, body: { success: true, ...envelopeBase(input.endpoint), ...result }, applied };
  } catch (err) {
    if (err instanceof SandboxError)
      return { ...errorReply(err.code, err.message, err.status, err.headers, err.meta), applied: input.world.store.seq !== seqBefore };
    throw err;
  }
}
