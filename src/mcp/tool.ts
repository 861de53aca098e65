// What the server knows about a tool: what clients see (name, description, input schema,
// annotations) and how to run it.
import type { CallContext, CallOptions } from './call-context.js';
import { errorResult, textResult } from './results.js';
import { UsageError } from '../errors.js';
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

/**
 * The `dryRun` parameter of a write that needs no confirmation (the CLI's --dry-run): a model can
 * show the person what a call would do before making it. Those that need `confirm` preview without it.
 */
export const DRY_RUN_PARAM = {
  type: 'boolean',
  description: 'true: check the arguments and answer what would be sent, changing nothing (call again without it to act)',
} as const;

/** Tool names follow the endpoint (`candidate.addTag` → `candidate_addTag`): dots are not allowed in every client. */
export function toolName(endpoint: string): string {
  return endpoint.replace(/\./g, '_');
}

interface PropSchema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  items?: { type?: string; enum?: unknown[] };
  minItems?: number;
}

/**
 * Checks the arguments of a hand-made tool against its (simple) input schema: required, known,
 * and of the right type. The endpoint tools are checked against the endpoint's full schema instead.
 */
export function checkArgs(args: Record<string, unknown>, schema: ObjectSchema, tool: string): void {
  const problems: string[] = [];
  // Blank text is no value: it would reach a lookup as "" (and Ashby refuses an empty search).
  for (const r of schema.required ?? []) if (args[r] === undefined || (typeof args[r] === 'string' && !args[r].trim())) problems.push(`missing ${r}`);
  for (const [k, v] of Object.entries(args)) {
    const p = schema.properties[k] as PropSchema | undefined;
    if (!p) problems.push(`unknown parameter ${k}`);
    else if (p.type === 'string' && typeof v !== 'string') problems.push(`${k} must be text`);
    else if (p.type === 'boolean' && typeof v !== 'boolean') problems.push(`${k} must be true or false`);
    else if (p.type === 'integer' && (!Number.isInteger(v) || (p.minimum !== undefined && (v as number) < p.minimum)))
      problems.push(`${k} must be a whole number${p.minimum !== undefined ? ` from ${p.minimum}` : ''}`);
    else if (p.type === 'object' && (!v || typeof v !== 'object' || Array.isArray(v))) problems.push(`${k} must be an object`);
    else if (
      p.type === 'array' &&
      (!Array.isArray(v) || !v.every((x) => typeof x === (p.items?.type ?? 'string') && (!p.items?.enum || p.items.enum.includes(x))))
    ) {
      problems.push(`${k} must be a list of ${p.items?.enum ? p.items.enum.join(' / ') : 'text'}`);
    } else if (p.type === 'array' && p.minItems && (v as unknown[]).length < p.minItems) {
      problems.push(`${k} must list at least ${p.minItems === 1 ? 'one' : p.minItems}`);
    } else if (p.enum && !p.enum.includes(v)) problems.push(`${k} must be one of ${p.enum.join(', ')}`);
  }
  if (problems.length) throw new UsageError(`${tool}: ${problems.join('; ')}`);
}

/**
 * Runs one call in its own context: `fn` answers a value (shown with the notes the call collected)
 * or a finished result; an error becomes a tool error, unless `onError` answers it. The context is
 * always cleaned up (with --sandbox, that saves the organisation).
 */
export async function inCall(
  env: ToolEnv,
  call: CallOptions,
  fn: (ctx: CallContext) => Promise<Record<string, unknown> | ToolResult>,
  onError?: (err: unknown, ctx: CallContext) => ToolResult | undefined,
): Promise<ToolResult> {
  const ctx = env.context(call);
  try {
    const out = await fn(ctx);
    if (Array.isArray(out.content)) return out as ToolResult;
    const notes = ctx.flushNotes();
    return textResult(notes.length ? { ...out, notes } : out, ctx.redact);
  } catch (err) {
    return onError?.(err, ctx) ?? errorResult(err, ctx.redact, ctx.flushNotes());
  } finally {
    await ctx.cleanup();
  }
}

/** What a tool that needs `confirm: true` answers without it. */
export function previewResult(ctx: CallContext, tool: string, effect: string[], wouldSend?: { endpoint: string; body: unknown }, dryRun = false): ToolResult {
  const toProceed = dryRun ? 'call again with the same arguments without dryRun' : 'call again with the same arguments and confirm: true';
  return textResult({ preview: true, tool, effect, ...(wouldSend ? { wouldSend } : {}), changed: false, toProceed }, ctx.redact);
}

/** At most `max` items from `offset`, with the total and the next offset when there are more. */
export function page(all: unknown[], offset: number, max: number, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = { [key]: all.slice(offset, offset + max) };
  if (offset + max < all.length) Object.assign(out, { total: all.length, nextOffset: offset + max });
  return out;
}
