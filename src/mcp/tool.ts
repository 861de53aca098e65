// What the server knows about a tool: what clients see (name, description, input schema,
// annotations) and how to run it.
import type { CallContext, CallOptions } from './call-context.js';
import type { ObjectSchema } from './schema.js';
import type { Annotations } from './safety.js';
import type { ToolResult } from './results.js';

export interface ToolEnv {
  /** A fresh context for one call; the caller cleans it up. */
  context(call: CallOptions): CallContext;
}

export interface ToolDef {
  name: string;
  description: string;
  inputSchema: ObjectSchema;
  annotations: Annotations;
  /** Changes something: hidden (and refused) with --read-only. */
  write: boolean;
  /** Why it needs `confirm: true`; undefined when it does not. */
  confirm?: string;
  run(args: Record<string, unknown>, env: ToolEnv): Promise<ToolResult>;
}

/** The `confirm` parameter of a tool that needs it. */
export function confirmParam(reason: string) {
  return { type: 'boolean', description: `must be true to act (${reason}); without it the effect is described and nothing changes` } as const;
}

/** Tool names follow the endpoint (`candidate.addTag` → `candidate_addTag`): dots are not allowed in every client. */
export function toolName(endpoint: string): string {
  return endpoint.replace(/\./g, '_');
}
