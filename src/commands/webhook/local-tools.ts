// The local webhook tools, which never call the Ashby API: `listen` (a verifying receiver), `verify`
// (check one signature) and `trigger` (send a signed sample event to a receiver).
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { VERSION, intOption, type Context } from '../../context.js';
import { CliError, UsageError } from '../../errors.js';
import { defineCommand } from '../define.js';
import { eventByName, eventSet, httpUrl, requireSecret, secretOption, warnIfPlain } from '../../webhooks/options.js';
import { SECRET_ENV, isWellFormed, verify } from '../../webhooks/signature.js';

export function registerLocalTools(group: Command, ctx: Context): void {
  defineCommand(group, { name: 'listen', description: 'Receive webhooks on this machine: check signatures, drop duplicates, print each event', endpoints: [] })
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)')
    .option('--secret <secret>', `the webhook's signing secret (env: ${SECRET_ENV})`)
    .option('--events <types>', 'only these event types, comma-separated (others are acknowledged and dropped)')
    .option('--forward-to <url>', 'also pass each event on, unchanged and still signed, to this URL')
    .addHelpText(
      'after',
      `
Deliveries with a missing or wrong Ashby-Signature are answered 401 and not shown. A delivery seen
before (same webhookActionId and action) is answered 200 and not shown again. With --forward-to,
the receiver's failure is passed back to the sender, so Ashby retries. An event is answered 200 only
once it is written to stdout; one that cannot be (a full disk) is answered 500, so Ashby sends it
again, and the listener stops with exit 1. Ashby must be able to reach
the port: expose it with a tunnel (e.g. ngrok or cloudflared) and create the webhook with that URL.
Output: one line per event on a terminal; one JSON object per line when piped (-o ndjson); -o json
prints a JSON array that is closed when you stop with Ctrl-C (exit 0); -o yaml one document and
-o csv one row per event (columns: --fields, else webhookActionId, action and data as JSON).

Examples:
  ashby webhook listen --port 8787 --secret "$ASHBY_WEBHOOK_SECRET"
  ashby webhook listen --events candidateHire,offerCreate --forward-to http://localhost:3000/hooks
  ashby webhook listen -o ndjson | jq -r .data.application.candidate.name`,
    )
    .action(async (o) => {
      const port = intOption('--port', o.port ?? '0', 0, 65535);
      const secret = requireSecret(ctx, o.secret, 'webhook listen');
      const events = eventSet(o.events);
      const forwardTo = o.forwardTo !== undefined ? httpUrl(o.forwardTo, '--forward-to') : undefined;
      if (forwardTo) warnIfPlain(ctx, forwardTo);
      const [{ startListener }, { eventPrinter }] = await Promise.all([import('../../webhooks/listener.js'), import('../../webhooks/print.js')]);
      const printer = await eventPrinter(ctx);
      // An event is answered 2xx only once stdout has reported it written. One that cannot be written
      // (stdout on a full disk) stops the listener: that delivery, and any other being handled, is
      // answered 500 so its sender retries it, later ones are not accepted, and the failure is said once.
      let printFailed: unknown;
      let unwritten = 0;
      const stopped = new AbortController();
      const listener = await startListener({
        port,
        secret,
        events,
        forwardTo,
        signal: AbortSignal.any([ctx.signal, stopped.signal]),
        onEvent: async (d) => {
          try {
            await printer.print(d.payload, d.receivedAt);
          } catch (e) {
            printFailed ??= e;
            unwritten++;
            setImmediate(() => stopped.abort()); // once this delivery has been answered 500
            throw e;
          }
        },
        onNotice: (m) => {
          if (printFailed === undefined) ctx.info(m);
        },
      });
      ctx.info(`Listening for Ashby webhooks on ${listener.url}${forwardTo ? `, forwarding to ${forwardTo.href}` : ''} (Ctrl-C to stop)`);
      // SIGTERM (a service manager, timeout(1)) stops it as Ctrl-C does: a JSON array is closed.
      const onTerm = () => stopped.abort();
      process.once('SIGTERM', onTerm);
      await listener.closed.finally(() => process.off('SIGTERM', onTerm));
      if (printFailed !== undefined) {
        const what =
          unwritten === 1 ? 'the event that could not be written was answered 500' : `the ${unwritten} events that could not be written were answered 500`;
        const hint = `${what}, so Ashby sends ${unwritten === 1 ? 'it' : 'them'} again: make room (or send stdout elsewhere) and start the listener again`;
        if (printFailed instanceof CliError) printFailed.hint ??= hint;
        throw printFailed;
      }
      await printer.close();
    });

  defineCommand(group, { name: 'verify', description: 'Check that a webhook body matches its Ashby-Signature (exit 0 if it does, 1 if not)', endpoints: [] })
    .argument('[file]', 'the raw request body; - or nothing for stdin')
    .option('--secret <secret>', `the webhook's signing secret (env: ${SECRET_ENV})`)
    .option('--signature <value>', 'the Ashby-Signature header value, sha256=<hex>')
    .addHelpText(
      'after',
      `
The body must be the exact bytes that were delivered: a re-formatted or re-saved JSON file (even
one extra newline at the end) no longer matches.

Exit codes: 0 the signature matches; 1 it does not; 2 missing or malformed input.

Examples:
  ashby webhook verify body.json --secret "$SECRET" --signature "sha256=5d1c…"
  printf '%s' "$BODY" | ashby webhook verify --signature "$SIG"       # secret from ${SECRET_ENV}`,
    )
    .action(async (file, o) => {
      const secret = requireSecret(ctx, o.secret, 'webhook verify');
      if (!o.signature) throw new UsageError('--signature is required (the Ashby-Signature header value)');
      if (!isWellFormed(o.signature)) throw new UsageError('--signature must look like sha256=<64 hexadecimal characters>');
      const body = await readBody(ctx, file);
      if (!verify(secret, body, o.signature)) {
        throw new CliError('the signature does not match this body', {
          hint: 'check the secret, and that the body is byte-for-byte what was delivered (no added newline or re-formatting)',
        });
      }
      ctx.info('signature OK');
    });

  defineCommand(group, { name: 'trigger', description: 'Send a realistic, signed sample event to a webhook receiver, to test it', endpoints: [] })
    .argument('<event>', 'event type, e.g. candidateHire or takeHomeAssignmentSubmitted')
    .requiredOption('--url <url>', 'the receiver to POST to')
    .option('--secret <secret>', `signing secret (env: ${SECRET_ENV}); without one the request is unsigned`)
    .option('--id <webhookActionId>', 'webhookActionId to send (default: a new one); repeat one to test de-duplication')
    .addHelpText(
      'after',
      `
The sample is the same for every run of an event type, except its webhookActionId. With --dry-run
the request is printed and not sent.

Exit codes: 0 the receiver answered 2xx; 5 it answered another status; 7 it could not be reached
or did not answer in time (--timeout, default 30 s).

Examples:
  ashby webhook trigger candidateHire --url http://localhost:3000/hooks --secret "$SECRET"
  ashby webhook trigger applicationSubmit --url http://localhost:3000/hooks --dry-run`,
    )
    .action(async (name, o) => {
      const event = eventByName(name, { flag: '<event>' });
      const url = httpUrl(o.url, '--url');
      warnIfPlain(ctx, url);
      const secret = secretOption(ctx, o.secret);
      // Loaded here, not at the top: deliver.ts pulls in undici, which `webhook --help` must not pay for.
      const [{ samplePayload, GUESSED }, { deliver, deliveryHeaders }] = await Promise.all([
        import('../../webhooks/samples.js'),
        import('../../webhooks/deliver.js'),
      ]);
      const guessed = GUESSED[event.action];
      if (guessed) ctx.info(`the sample's ${guessed.join(', ')} is our guess: Ashby's documentation does not show this event's data`);
      const webhookActionId = o.id ?? randomUUID();
      const payload = { webhookActionId, ...samplePayload(event) };
      const body = JSON.stringify(payload);
      const userAgent = `ashby-cli/${VERSION} (webhook trigger)`;
      if (ctx.opts.dryRun) {
        ctx.io.stdout.write(
          `${JSON.stringify({ method: 'POST', url: ctx.redact(url.href), headers: deliveryHeaders({ body, secret, userAgent }), body: payload }, null, 2)}\n`,
        );
        return;
      }
      if (!secret) ctx.warn(`no secret (--secret or ${SECRET_ENV}): sending the event without an Ashby-Signature header`);
      const timeoutMs = ctx.opts.timeout !== undefined ? intOption('--timeout', ctx.opts.timeout, 1, 3600) * 1000 : 30_000;
      const status = await deliver({ url, body, secret, userAgent, timeoutMs, signal: ctx.signal });
      await (await ctx.renderer()).object({
        event: event.action,
        webhookActionId,
        url: ctx.redact(url.href),
        status,
        signed: Boolean(secret),
        ...(guessed ? { guessed } : {}),
      });
    });
}

/** The body as raw bytes: decoding and re-encoding could change them and break the signature. */
async function readBody(ctx: Context, file: string | undefined): Promise<Buffer> {
  if (file && file !== '-') {
    try {
      return await readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file}: ${code ?? (e as Error).message}`,
      );
    }
  }
  if (ctx.io.stdin.isTTY) throw new UsageError('give the body as a FILE argument or pipe it on stdin');
  const chunks: Buffer[] = [];
  for await (const c of ctx.io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
