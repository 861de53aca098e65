// One tool per endpoint a client may call, made from the catalog at run time, so endpoints added to
// the catalog appear as tools with no code. The request is checked against the endpoint's schema
// before anything is sent; lists answer one page with a cursor to continue.
import { callableEndpoints, endpointSpec } from '../catalog/catalog.js';
import { commandOverlay } from '../catalog/overlay.js';
import type { EndpointSpec, EndpointSummary } from '../catalog/types.js';
import { UsageError } from '../errors.js';
import { PAGING_PARAMS } from '../commands/endpoint/flags.js';
import { requireSearchTerm, unknownKeys, validateRequest } from '../commands/endpoint/validate.js';
import { setsFieldValues } from '../resolve/param-kinds.js';
import type { ToolResult } from './results.js';
import { annotations, confirmReason } from './safety.js';
import { inputSchema, toolWords } from './schema.js';
import { confirmParam, DRY_RUN_PARAM, inCall, page, previewResult, toolName, type ToolDef, type ToolEnv } from './tool.js';

/** Records per page when the assistant gives no limit: enough to act on, small enough to read. */
export const PAGE = 25;
/** Longest list an endpoint without paging answers in one result; `offset` continues. */
export const MAX_LIST = 50;

const LISTING = /^(list|search)/;

/**
 * `fields` of a read that answers a list (the CLI's --fields): a page of full records can be larger
 * than an assistant should read, and most questions need a few fields of each.
 */
const FIELDS_PARAM = {
  type: 'array',
  items: { type: 'string' },
  minItems: 1,
  description: 'only these fields of each record, as dot paths (["id", "name", "primaryEmailAddress.value"]); default: every field',
} as const;
/** The records with only `fields`; a field that no record has is a slip, named with the fields there are. */
async function pickFields(name: string, records: unknown[], fields: string[]): Promise<unknown[]> {
  const { fieldsMissing, missingText, picker } = await import('../io/output.js');
  const found = fieldsMissing(records, fields);
  if (found) throw new UsageError(`${name}: fields ${missingText(found.missing)}`, { hint: `their fields: ${found.available.join(', ')}` });
  const pick = picker(fields);
  return records.map(pick);
}

export function catalogTools(): ToolDef[] {
  return callableEndpoints().map((e) => catalogTool(e, endpointSpec(e.id)!));
}

function describe(e: EndpointSummary, summary: string, alternatives: string[][], confirm?: string): string {
  const bits = [`${summary}.`];
  if (alternatives.length > 1) bits.push(`Give one of: ${alternatives.map((a) => a.join(' + ')).join(' | ')}.`);
  if (e.paginated) bits.push(`Answers up to \`limit\` records (default ${PAGE}, at most 100) and a nextCursor; pass it as \`cursor\` for more.`);
  else if (LISTING.test(e.action)) bits.push(`Answers at most ${MAX_LIST} records; \`offset\` continues a longer list.`);
  if (confirm) bits.push(`Needs confirm: true (${confirm}); without it, the effect is described and nothing changes.`);
  if (e.beta) bits.push('Beta in Ashby.');
  if (e.deprecated) bits.push('Deprecated by Ashby.');
  bits.push(e.write ? `Changes data in Ashby (needs the ${e.permission} permission).` : `Read-only (needs the ${e.permission} permission).`);
  return bits.join(' ');
}

function catalogTool(e: EndpointSummary, spec: EndpointSpec): ToolDef {
  const name = toolName(e.id);
  const summary = toolWords(commandOverlay(e.resource, e.action)?.summary ?? `Call ${e.id}`);
  const { schema, alternatives } = inputSchema(spec);
  const confirm = e.write ? confirmReason(e) : undefined;
  if (confirm) schema.properties.confirm = confirmParam(confirm);
  else if (e.write) schema.properties.dryRun = { ...DRY_RUN_PARAM };
  const offset = !e.paginated && LISTING.test(e.action);
  if (!e.write && (e.paginated || LISTING.test(e.action)) && !schema.properties.fields) schema.properties.fields = { ...FIELDS_PARAM };
  if (offset) schema.properties.offset = { type: 'integer', minimum: 0, description: 'skip this many records of the answer (to continue a list that was cut)' };
  if (e.paginated && schema.properties.limit)
    // default: the page this server asks for, not the one Ashby's schema gives for a call without a limit (100 for some).
    schema.properties.limit = {
      ...schema.properties.limit,
      type: 'integer',
      minimum: 1,
      default: PAGE,
      description: `records to answer (default ${PAGE}, at most 100)`,
    };
  return {
    name,
    description: describe(e, summary, alternatives, confirm),
    inputSchema: schema,
    annotations: annotations(e, summary),
    write: e.write,
    confirm,
    run: (args, env) => runEndpoint(e, spec, name, args, env, { confirm, offset, summary, params: schema.properties }),
  };
}

async function runEndpoint(
  e: EndpointSummary,
  spec: EndpointSpec,
  name: string,
  args: Record<string, unknown>,
  env: ToolEnv,
  o: { confirm?: string; offset: boolean; summary: string; params: Record<string, unknown> },
): Promise<ToolResult> {
  const body = { ...args };
  const confirmed = body.confirm === true;
  const confirmGiven = body.confirm;
  // Ours, on every tool: no Ashby endpoint has a confirm parameter, and some refuse unknown ones.
  delete body.confirm;
  const dryRun = 'dryRun' in o.params ? body.dryRun : undefined;
  if ('dryRun' in o.params) delete body.dryRun;
  const fields = 'fields' in o.params && !('fields' in (spec.request?.properties ?? {})) ? body.fields : undefined;
  if (fields !== undefined) delete body.fields;
  let skip = 0;
  if (o.offset && body.offset !== undefined) {
    skip = Number(body.offset);
    delete body.offset;
  }
  return inCall(env, { confirmed }, async (ctx) => {
    if (!Number.isInteger(skip) || skip < 0) throw new UsageError(`${name}: offset must be a whole number, 0 or more`);
    if (confirmGiven !== undefined && typeof confirmGiven !== 'boolean') throw new UsageError(`${name}: confirm must be true or false`);
    if (dryRun !== undefined && typeof dryRun !== 'boolean') throw new UsageError(`${name}: dryRun must be true or false`);
    const path = fields === undefined ? undefined : (await import('../io/output.js')).FIELD_PATH;
    if (path && !(Array.isArray(fields) && fields.length && fields.every((f) => typeof f === 'string' && path.test(f))))
      throw new UsageError(`${name}: fields must be a list of field names or dot paths, such as ["id", "primaryEmailAddress.value"]`);
    // The CLI sends a key its catalog does not know (Ashby may be newer); a tool's parameters are
    // the ones it offered, so another is a slip, refused before anything is sent.
    // unknownKeys lets paging parameters through (the CLI's own): here only a tool that offers them takes them.
    const unknown = spec.request?.additionalProperties
      ? []
      : [...unknownKeys(spec, body), ...Object.keys(body).filter((k) => PAGING_PARAMS.has(k) && !(k in o.params))];
    if (unknown.length)
      throw new UsageError(`${name}: unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`, {
        hint: `its parameters: ${Object.keys(o.params).join(', ') || 'none'}`,
      });
    if (e.paginated && body.limit === undefined) body.limit = PAGE;
    else if (e.paginated) {
      // "25" is 25 to Ashby; 0, -1 and 2.5 it refuses (and the schema check would name the CLI's --limit).
      if (typeof body.limit === 'string' && /^\s*\d+\s*$/.test(body.limit)) body.limit = Number(body.limit);
      if (!(Number.isInteger(body.limit) && (body.limit as number) >= 1))
        throw new UsageError(`${name}: limit must be a whole number, 1 or more (at most 100 are answered), not ${JSON.stringify(body.limit)}`);
    }
    // Custom field values as the CLI reads them ("Remote", "yes", "120000 USD"; a field by title).
    if (setsFieldValues(spec)) await (await import('../commands/endpoint/field-values.js')).readFieldValues(ctx, spec, body, (p) => p, true);
    const searchBy = commandOverlay(e.resource, e.action)?.searchBy;
    try {
      // A search for nothing, as the CLI refuses it (the hand-made search_candidates does too).
      if (searchBy) requireSearchTerm(body, searchBy, { defs: [], tool: true }, name);
      await validateRequest(spec, body, { defs: [], tool: true }, name);
    } catch (err) {
      if (err instanceof UsageError) err.hint = undefined; // it names `--help` or --no-validate, which a tool has not
      throw err;
    }
    if (o.confirm && !confirmed) return previewResult(ctx, name, [`${o.summary}: ${o.confirm}.`], { endpoint: e.id, body });
    if (dryRun === true) return previewResult(ctx, name, [`${o.summary}.`], { endpoint: e.id, body }, true);
    const envelope = await (await ctx.client()).call(e.id, body);
    if (fields && Array.isArray(envelope.results)) envelope.results = await pickFields(name, envelope.results, fields as string[]);
    const out = Array.isArray(envelope.results) && !e.paginated ? page(envelope.results, skip, MAX_LIST, 'results') : { results: envelope.results };
    if (envelope.moreDataAvailable) out.moreDataAvailable = true;
    if (envelope.nextCursor && envelope.moreDataAvailable) out.nextCursor = envelope.nextCursor;
    if (envelope.syncToken) out.syncToken = envelope.syncToken;
    return out;
  });
}
