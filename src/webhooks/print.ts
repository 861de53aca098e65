// How `webhook listen` prints events as they arrive: one aligned line per event on a terminal, one
// JSON object per line (NDJSON) when piped, a JSON array that is closed when the listener stops, one
// YAML document or CSV row per event. Every event is written as soon as it arrives, never batched.
import type { Context } from '../context.js';
import { csvHeader, csvRow } from '../io/csv.js';
import { csvCellValue, getPath, parseFields } from '../io/output.js';
import { forStdout, sanitizeCell } from '../io/sanitize.js';
import { writeAll } from '../io/streams.js';
import type { WebhookPayload } from './samples.js';

export interface EventPrinter {
  print(payload: WebhookPayload, receivedAt: Date): Promise<void>;
  /** Ends the output (closes a JSON array); safe to call once the listener has stopped. */
  close(): Promise<void>;
}

export async function eventPrinter(ctx: Context): Promise<EventPrinter> {
  // typedFields off: events of different types have different fields, so a --fields path that one
  // event lacks (a ping has no application) is printed as null, not taken for a typo that stops the listener.
  const out = await ctx.renderer({ columns: ['webhookActionId', 'action'], typedFields: undefined });
  if (out.format === 'table' && !ctx.opts.jq && !ctx.opts.fields) {
    return {
      print: async (p, at) => {
        // A delivery is whatever reached the port: every part of the line is made safe to print.
        const action = sanitizeCell(String(p.action ?? '-'), 40);
        const id = sanitizeCell(String(p.webhookActionId ?? '-'), 60);
        await writeAll(ctx.io.stdout, `${at.toTimeString().slice(0, 8)}  ${action.padEnd(24)}  ${id.padEnd(36)}  ${sanitizeCell(summary(p))}\n`);
      },
      close: async () => {},
    };
  }
  if (out.format === 'ndjson' || out.format === 'table' || ctx.opts.jq) {
    return { print: (p) => out.object(p), close: async () => {} };
  }
  // The list renderer would hold CSV (to learn every column) and YAML (laid out once complete)
  // until Ctrl-C; a listener writes each event as it comes: YAML as one document per event, CSV
  // with fixed columns (--fields, else the id, the action and the data as JSON).
  if (out.format === 'yaml') {
    return {
      print: async (p) => {
        await writeAll(ctx.io.stdout, '---\n');
        await out.object(p);
      },
      close: async () => {},
    };
  }
  if (out.format === 'csv') {
    const cols = parseFields(ctx.opts.fields) ?? ['webhookActionId', 'action', 'data'];
    const opts = { raw: Boolean(ctx.opts.csvRaw) };
    const put = (s: string) => writeAll(ctx.io.stdout, forStdout(ctx.io.stdout, s));
    let started = false;
    return {
      print: async (p) => {
        if (!started) await put(csvHeader(cols, opts));
        started = true;
        await put(csvRow(cols, (c) => csvCellValue(getPath(p, c)), opts));
      },
      close: async () => {},
    };
  }
  // json goes through the list renderer, fed as events come in (it streams).
  const queue = new AsyncQueue<WebhookPayload>();
  const done = out.list(queue);
  // A failed write (a full disk) is the next event's failure, which stops the listener; close() reports it too.
  let failure: { error: unknown } | undefined;
  done.catch((error) => (failure = { error }));
  return {
    print: async (p) => {
      if (failure) throw failure.error;
      queue.push(p);
    },
    close: async () => {
      queue.end();
      await done;
    },
  };
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

/** A push-fed async iterable: the list renderer pulls while the HTTP server pushes. */
class AsyncQueue<T> implements AsyncIterable<T> {
  private items: T[] = [];
  private waiting?: () => void;
  private ended = false;

  push(item: T) {
    this.items.push(item);
    this.wake();
  }

  end() {
    this.ended = true;
    this.wake();
  }

  private wake() {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length) yield this.items.shift()!;
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }
}
