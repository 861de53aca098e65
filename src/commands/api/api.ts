// `ashby api <resource.action>`: the escape hatch to any endpoint, through the same client, output
// and exit codes as every other command.
import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import type { UnlistedEndpoint } from '../../api/client.js';
import type { Context } from '../../context.js';
import { intOption } from '../../context.js';
import { UsageError } from '../../errors.js';
import { setMeta } from '../meta.js';
import { printPages, readInputBody } from '../request.js';
import { emitResult } from '../run-helpers.js';
import { suggest } from '../../io/suggest.js';

export function register(program: Command, ctx: Context): void {
  const cmd = program
    .command('api')
    .description('Call any Ashby endpoint with a JSON body built from fields')
    .argument('<endpoint>', 'endpoint name, e.g. candidate.search')
    .option('-f, --raw-field <key=value>', 'add a string field (repeatable; key[]=v appends, a.b=v nests)', collect, [])
    .option('-F, --field <key=value>', 'add a typed field: numbers, true/false, null, @file for file contents (repeatable)', collect, [])
    .option('--input <file>', 'read the JSON body from a file, or - for stdin (fields are merged on top)')
    .option('--all', 'follow pagination to the end (list endpoints)')
    .option('--limit <n>', 'stop after this many records (list endpoints)')
    .addOption(new Option('--unlisted', 'allow an endpoint that is not in the catalog (newer than our spec)'))
    .addHelpText(
      'after',
      `
Examples:
  ashby api apiKey.info
  ashby api candidate.search -f email=ada@example.com
  ashby api candidate.list --all -o ndjson
  ashby api application.changeStage -f applicationId=… -f interviewStageId=…
  ashby api job.list -F 'status[]=Open' -F 'status[]=Closed'
  echo '{"candidateId":"…"}' | ashby api candidate.info --input -`,
    )
    .action(async (endpointId: string, o: { rawField: string[]; field: string[]; input?: string; all?: boolean; limit?: string; unlisted?: boolean }) => {
      const { endpoint, endpoints, aliasOf, isUnlisted } = await import('../../catalog/catalog.js');
      const target = aliasOf(endpointId);
      if (target) {
        ctx.info(`${endpointId} is an older name of ${target}; calling ${target}`);
        endpointId = target;
      }
      const ep = endpoint(endpointId);
      if (!ep && !o.unlisted && isUnlisted(endpointId)) {
        throw new UsageError(`${endpointId} is known only from a third-party source, not from Ashby's documentation`, {
          hint: 'pass --unlisted to call it anyway (nothing checks the request)',
        });
      }
      if (!ep && !o.unlisted) {
        if (!/^[A-Za-z]+\.[A-Za-z.]+$/.test(endpointId))
          throw new UsageError(`"${endpointId}" is not an endpoint name (expected resource.action, e.g. candidate.info)`);
        const near = suggest(
          endpointId,
          endpoints().map((e) => e.id),
        );
        throw new UsageError(`unknown endpoint "${endpointId}"${near.length ? `; did you mean ${near.join(' or ')}?` : ''}`, {
          hint: 'run `ashby commands` for the full list, or pass --unlisted to call an endpoint newer than our catalog',
        });
      }
      if (ep?.partner) {
        throw new UsageError(`${endpointId} is implemented by assessment partners and called by Ashby; it cannot be called on the Ashby API`);
      }
      let body: Record<string, unknown> = {};
      if (o.input) body = await readInputBody(ctx, o.input);
      for (const f of o.rawField) setField(body, f, false);
      for (const f of o.field) setField(body, f, true);
      const limit = o.limit !== undefined ? intOption('--limit', o.limit, 1, Number.MAX_SAFE_INTEGER) : undefined;
      const client = await ctx.client();
      const name = ep ? ep.id : (endpointId as UnlistedEndpoint); // --unlisted: on purpose
      if ((o.all || limit !== undefined) && ep?.paginated && !ctx.opts.raw) {
        const pager = client.paginate(name, body, { all: o.all, max: limit });
        await printPages(ctx, pager);
        if (pager.syncToken) ctx.info(`syncToken: ${pager.syncToken}`);
        return;
      }
      const env = await client.call(name, body, ep ? {} : { read: false });
      await emitResult(ctx, env);
      // As with the generated lists: a script must learn that it got one page of several.
      if (ep?.paginated && !ctx.opts.raw && env.moreDataAvailable === true)
        ctx.warn('only the first page was fetched and more results are available: pass --all for every page, or --limit N');
    });
  setMeta(cmd, { kind: 'builtin', fileOptions: ['input'] });
}

function collect(v: string, prev: string[]) {
  return [...prev, v];
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Parses a -F value: numbers, booleans, null, @file, JSON arrays/objects; otherwise the string. */
export function typedValue(raw: string): unknown {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'null') return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw);
  if (raw.startsWith('@')) return readFile(raw.slice(1));
  if ((raw.startsWith('{') && raw.endsWith('}')) || (raw.startsWith('[') && raw.endsWith(']'))) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new UsageError(`invalid JSON value: ${raw}`);
    }
  }
  return raw;
}

/** key=value into body: `a.b=v` nests, `k[]=v` appends to an array. */
export function setField(body: Record<string, unknown>, spec: string, typed: boolean): void {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new UsageError(`invalid field "${spec}": expected key=value`);
  const key = spec.slice(0, eq);
  const raw = spec.slice(eq + 1);
  const value = typed ? typedValue(raw) : raw;
  const append = key.endsWith('[]');
  const parts = (append ? key.slice(0, -2) : key).split('.');
  if (parts.some((p) => !p)) throw new UsageError(`invalid field name "${key}"`);
  let node = body;
  for (const p of parts.slice(0, -1)) {
    const next = node[p];
    if (next === undefined) node = node[p] = {} as Record<string, unknown>;
    else if (next && typeof next === 'object' && !Array.isArray(next)) node = next as Record<string, unknown>;
    else throw new UsageError(`field "${key}" conflicts with an earlier value of ${p}`);
  }
  const last = parts[parts.length - 1];
  if (append) {
    const arr = node[last] ?? [];
    if (!Array.isArray(arr)) throw new UsageError(`field "${key}" appends to ${last}, which is not an array`);
    arr.push(value);
    node[last] = arr;
  } else node[last] = value;
}
