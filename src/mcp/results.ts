// What a tool answers: compact JSON text, small enough for an assistant's context. Long text is
// trimmed with a marker, long nested lists are cut with a marker, control characters from Ashby's
// data are made harmless, secret-named fields and the API key are redacted. Errors are MCP tool errors
// (isError) carrying Ashby's code and our hint.
import { redactJson } from '../api/redact.js';
import { sanitizeText } from '../io/sanitize.js';
import { ApiError, CliError, ExitCode, UnknownOutcomeError, UsageError } from '../errors.js';

export interface ToolResult {
  content: Array<{ type: 'text'; text: string }>;
  isError?: boolean;
  [k: string]: unknown;
}

/** Text fields longer than this are cut (notes, descriptions, emails, form HTML). */
export const MAX_TEXT = 2000;
/**
 * Lists inside a record longer than this are cut. The answer's own lists (a page of records, a
 * mirror tool's rows, a batch's outcomes) are not: the tool has bounded them already, and its
 * cursor or nextOffset continues after the last one, so a cut there would lose records for good.
 */
export const MAX_NESTED = 50;

/**
 * Text an assistant (and the person reading its host's window) will see: through the project's
 * sanitiser, like anything else people read (escape sequences and bidi overrides gone, controls
 * made visible), and cut with a marker. JSON alone would carry them through as \u escapes.
 */
export function cleanText(s: string, max = MAX_TEXT): string {
  const clean = sanitizeText(s, { keepNewlines: true });
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max)}… [trimmed: ${clean.length - max} more characters]`;
}

/** A copy fit to show: trimmed strings, cut nested lists, cleaned keys. */
export function compact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    // depth 1: a list the answer holds itself ({results: [...]}, {rows: [...]}), never cut.
    const items = depth > 1 && value.length > MAX_NESTED ? value.slice(0, MAX_NESTED) : value;
    const out = items.map((v) => compact(v, depth + 1));
    if (items.length < value.length) out.push(`[… ${value.length - items.length} more items not shown]`);
    return out;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue; // absent and null read the same to an assistant
      out[cleanText(k, 200)] = compact(v, depth + 1);
    }
    return out;
  }
  return value;
}

export type Redact = (text: string) => string;

export function textResult(value: unknown, redact: Redact, isError = false): ToolResult {
  const text = redact(JSON.stringify(compact(redactJson(value))) ?? 'null');
  return { content: [{ type: 'text', text }], ...(isError ? { isError: true } : {}) };
}

const BY_EXIT: Record<number, string> = {
  [ExitCode.usage]: 'invalid_input',
  [ExitCode.notFound]: 'not_found',
  [ExitCode.partial]: 'partial',
  [ExitCode.unknown]: 'outcome_unknown',
};

/** An error as a tool result: what went wrong, Ashby's code, and what to do about it. */
export function errorResult(err: unknown, redact: Redact, notes: string[] = []): ToolResult {
  const e = err as Error;
  const out: Record<string, unknown> = { error: { message: e?.message ?? String(err) } };
  const info = out.error as Record<string, unknown>;
  if (err instanceof ApiError) {
    info.code = err.code;
    if (err.info.requestId) info.requestId = err.info.requestId;
  } else if (err instanceof UnknownOutcomeError) {
    info.code = 'outcome_unknown';
    info.endpoint = err.endpoint;
  } else if (err instanceof UsageError) info.code = 'invalid_input';
  // A plain CliError has no kind of its own (its name would read "cli"): its exit code tells it.
  else if (err instanceof CliError && err.constructor === CliError) info.code = BY_EXIT[err.exitCode] ?? 'error';
  else if (err instanceof CliError)
    info.code =
      err.name
        .replace(/Error$/, '')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase() || 'error';
  else info.code = 'internal_error';
  if (err instanceof CliError) {
    // The server failed while handling a write (api/client.ts): as the CLI says, it may have been applied.
    const check = (err as { writeMayBeApplied?: string }).writeMayBeApplied;
    if (check !== undefined) {
      info.mayBeApplied = true;
      info.note = `the server failed while handling this write, so it may have been applied; it was not retried: check before trying again${check ? `: ${check}` : ''}`;
    }
    if (err.hint) info.hint = err.hint;
    info.exitCode = err.exitCode;
  }
  if (notes.length) out.notes = notes;
  return textResult(out, redact, true);
}
