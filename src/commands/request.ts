// The request body and the listing of pages, as `ashby api` and the generated commands
// (endpoint/run.ts) both build and print them.
import { readFileSync } from 'node:fs';
import type { Pager } from '../api/client.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { OutputOptions } from '../io/output.js';
import { readStdin } from './run-helpers.js';

export function parseJsonObject(text: string, where: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${where} is not valid JSON: ${(e as Error).message}`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`${where} must hold a JSON object`);
  return v as Record<string, unknown>;
}

/** A UTF-8 byte order mark at the start (Notepad, PowerShell's Out-File) is no part of the JSON. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The JSON object of `--input FILE`, or of stdin for `--input -`. */
export async function readInputBody(ctx: Context, input: string): Promise<Record<string, unknown>> {
  if (input === '-') return parseJsonObject(withoutBom(await readStdin(ctx)), '--input - (stdin)');
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --input ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseJsonObject(withoutBom(text), `--input ${input}`);
}

/**
 * Prints the records of a paginated list as they come; with --dry-run, only the requests show. The
 * renderer is made first, so that bad output options (--jq, --fields) stop the command before a request.
 */
export async function printPages(ctx: Context, pager: Pager, extra: Partial<OutputOptions> = {}): Promise<void> {
  const out = await ctx.renderer(extra);
  if (ctx.opts.dryRun) {
    for await (const _ of pager) void _;
    return;
  }
  await out.list(pager);
}
