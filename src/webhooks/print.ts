// How `webhook listen` prints events as they arrive: one aligned line per event on a terminal, one
// JSON object per line (NDJSON) when piped, a JSON array that is closed when the listener stops, one
// YAML document or CSV row per event. Every event is written as soon as it arrives, never batched,
// and print() resolves only once stdout has reported it written (not merely buffered): the listener
// answers a delivery 2xx only then, so an event that could not be written is never acknowledged.
import type { Context } from '../context.js';
import { csvHeader, csvRow } from '../io/csv.js';
import { csvCellValue, getPath, parseFields } from '../io/output.js';
import { forStdout, sanitizeCell } from '../io/sanitize.js';
import { writeConfirmed } from '../io/streams.js';
import type { WebhookPayload } from './samples.js';

export interface EventPrinter {
  /** Resolves once the event is written; rejects if it could not be (and for every event after). */
  print(payload: WebhookPayload, receivedAt: Date): Promise<void>;
  /** Ends the output (closes a JSON array); safe to call once the listener has stopped. */
  close(): Promise<void>;
}

export async function eventPrinter(ctx: Context): Promise<EventPrinter> {
  // typedFields off: events of different types have different fields, so a --fields path that one
  // event lacks (a ping has no application) is printed as null, not taken for a typo that stops the listener.
  const out = await ctx.renderer({ columns: ['webhookActionId', 'action'], typedFields: undefined, confirmWrites: true });
  const put = (s: string) => writeConfirmed(ctx.io.stdout, s);
  // Deliveries are handled concurrently: events are written one after another, each whole (a YAML
  // document's "---" and its text, a CSV header and the first row, are never split by another
  // event), and none after one that failed.
  let last: Promise<void> = Promise.resolve();
  const serial = (write: () => Promise<void>): Promise<void> => (last = last.then(write));
  const printer = (print: (p: WebhookPayload, at: Date) => Promise<void>, close = async () => {}): EventPrinter => ({
    print: (p, at) => serial(() => print(p, at)),
    close: () => serial(close),
  });
  if (out.format === 'table' && !ctx.opts.jq && !ctx.opts.fields) {
    return printer(async (p, at) => {
      // A delivery is whatever reached the port: every part of the line is made safe to print.
      const action = sanitizeCell(String(p.action ?? '-'), 40);
      const id = sanitizeCell(String(p.webhookActionId ?? '-'), 60);
      await put(`${at.toTimeString().slice(0, 8)}  ${action.padEnd(24)}  ${id.padEnd(36)}  ${sanitizeCell(summary(p))}\n`);
    });
  }
  if (out.format === 'ndjson' || out.format === 'table' || ctx.opts.jq) return printer((p) => out.object(p));
  // The list renderer would hold CSV (to learn every column) and YAML (laid out once complete)
  // until Ctrl-C; a listener writes each event as it comes: YAML as one document per event, CSV
  // with fixed columns (--fields, else the id, the action and the data as JSON).
  if (out.format === 'yaml') {
    return printer(async (p) => {
      await put('---\n');
      await out.object(p);
    });
  }
  if (out.format === 'csv') {
    const cols = parseFields(ctx.opts.fields) ?? ['webhookActionId', 'action', 'data'];
    const opts = { raw: Boolean(ctx.opts.csvRaw) };
    let started = false;
    return printer(async (p) => {
      const row = csvRow(cols, (c) => csvCellValue(getPath(p, c)), opts);
      await put(forStdout(ctx.io.stdout, started ? row : csvHeader(cols, opts) + row));
      started = true;
    });
  }
  // json: an array, one item written per event (the list renderer would batch them).
  const items = out.jsonItems();
  return printer(
    (p) => items.push(p),
    () => items.end(),
  );
}

/** The few words a person wants to see for an event: who and what it is about. */
export function summary(p: WebhookPayload): string {
  // biome-ignore lint/suspicious/noExplicitAny: the payload's shape differs by event; every read below is guarded
  const d = (p.data ?? {}) as Record<string, any>;
  const app = d.application;
  const parts = [
    app?.candidate?.name,
    app?.job?.title ?? d.job?.title ?? d.jobPosting?.title,
    app?.currentInterviewStage?.title,
    d.offer?.id && `offer ${d.offer.id}`,
    d.interviewSchedule?.status,
    d.candidate?.id && `candidate ${d.candidate.id}`,
    d.mergedCandidate?.id && `merged into ${d.mergedCandidate.id}`,
    d.opening?.id && `opening ${d.opening.id}`,
    d.surveySubmission?.surveyType,
    d.eventType && `${d.relatedEntityType ?? ''} signature ${d.eventType}`.trim(),
  ].filter((x) => typeof x === 'string' && x);
  return parts.join(' · ');
}
