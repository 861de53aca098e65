// The first two answers of `ashby mcp`, before the SDK has loaded. A client's first messages are
// always `initialize`, `notifications/initialized` and `tools/list`; importing the SDK (zod building
// its protocol schemas) costs more than the rest of start-up together. So the server reads those
// messages itself and answers them with what the SDK answered at build time (dist/mcp-initialize.json,
// recorded by recordInitialize() in server.ts through the SDK's own Server) and the tool list the
// server would return. Then the SDK loads, is handed the initialize handshake again (its reply to
// that is dropped, so its state is what a client's handshake makes) and serves everything from then
// on. Anything this module does not recognise exactly hands over at once, unanswered, so that the
// SDK answers it as it always would. test/mcp.test.ts compares these answers with the SDK's byte
// for byte.
import type { Readable, Writable } from 'node:stream';

/** The SDK's initialize results, by the protocol version a client asked for. */
export type RecordedInitialize = Record<string, Record<string, unknown>>;

export interface EarlyOutcome {
  /** Lines for the SDK before anything else: the handshake it has not seen, ids replaced by `replayId`. */
  replay: string[];
  /** What stdin gave that nobody has read yet, from the first line this module did not answer. */
  rest: Buffer;
  /** stdin has ended: `rest` is all there will be. */
  ended: boolean;
  /** The first tools/list was answered here. */
  listed: boolean;
}

const NEWLINE = 0x0a;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' || Number.isSafeInteger(v);
const onlyKeys = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

/** An initialize request this module can answer as the SDK would, or undefined. */
function initializeOf(msg: Record<string, unknown>, recorded: RecordedInitialize): string | undefined {
  const p = msg.params;
  if (msg.method !== 'initialize' || !isRecord(p) || !onlyKeys(p, ['protocolVersion', 'capabilities', 'clientInfo', '_meta'])) return undefined;
  if (typeof p.protocolVersion !== 'string' || !Object.hasOwn(recorded, p.protocolVersion)) return undefined;
  // Every client capability is an object; the SDK checks their insides, which no answer depends on.
  if (!isRecord(p.capabilities) || !Object.values(p.capabilities).every(isRecord)) return undefined;
  const info = p.clientInfo;
  if (!isRecord(info) || typeof info.name !== 'string' || typeof info.version !== 'string') return undefined;
  if (p._meta !== undefined && !isRecord(p._meta)) return undefined;
  return p.protocolVersion;
}

/**
 * Answers the handshake and the first tools/list from `stdin`, until a message it does not answer,
 * or the first list has been sent (`onListed` is called then, and the SDK loads, so that the first
 * call does not wait for it), stdin's end, or `signal`. Resolves with what the SDK needs to carry on.
 */
export function answerEarly(
  streams: { stdin: Readable; stdout: Writable },
  recorded: RecordedInitialize,
  listing: unknown[],
  replayId: string,
  onListed: () => void,
  signal: AbortSignal,
): Promise<EarlyOutcome> {
  const { stdin, stdout } = streams;
  const replay: string[] = [];
  let buf = Buffer.alloc(0);
  let initialized = false;
  let listed = false;
  /** Resolves once the answer has left (a pipe takes a long answer in parts, as its reader reads). */
  const answer = (id: unknown, result: unknown) =>
    new Promise<void>((resolve) => stdout.write(`${JSON.stringify({ result, jsonrpc: '2.0', id })}\n`, () => resolve()));
  let sent = Promise.resolve();

  /** Answers one line; false when it is the SDK's to answer. */
  const take = (line: string): boolean => {
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      return false;
    }
    if (!isRecord(msg) || msg.jsonrpc !== '2.0') return false;
    if (!initialized) {
      const version = isId(msg.id) && onlyKeys(msg, ['jsonrpc', 'id', 'method', 'params']) ? initializeOf(msg, recorded) : undefined;
      if (!version) return false;
      initialized = true;
      replay.push(JSON.stringify({ ...msg, id: replayId }));
      void answer(msg.id, recorded[version]);
      return true;
    }
    if (msg.method === 'notifications/initialized' && !('id' in msg) && onlyKeys(msg, ['jsonrpc', 'method', 'params'])) {
      replay.push(line);
      return true;
    }
    // The first list only, without a cursor: the whole list is one page.
    const params = msg.params;
    if (
      listed ||
      msg.method !== 'tools/list' ||
      !isId(msg.id) ||
      !onlyKeys(msg, ['jsonrpc', 'id', 'method', 'params']) ||
      (params !== undefined && !(isRecord(params) && Object.keys(params).length === 0))
    ) {
      return false;
    }
    listed = true;
    sent = answer(msg.id, { tools: listing });
    return true;
  };

  return new Promise((resolve) => {
    let done = false;
    const finish = (ended: boolean) => {
      if (done) return;
      done = true;
      stdin.pause();
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      signal.removeEventListener('abort', onAbort);
      resolve({ replay, rest: buf, ended, listed });
    };
    const onData = (chunk: Buffer | string) => {
      buf = Buffer.concat([buf, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
      // After the list, whatever comes is the SDK's.
      if (listed) return;
      for (let i = buf.indexOf(NEWLINE); i >= 0; i = buf.indexOf(NEWLINE)) {
        // As the SDK's reader does: one message per line, a trailing CR dropped.
        const line = buf.toString('utf8', 0, i).replace(/\r$/, '');
        if (!take(line)) {
          finish(false);
          return;
        }
        buf = buf.subarray(i + 1);
        if (listed) {
          // What comes next (the SDK, the tools) waits until this answer is out: loading holds the
          // event loop, and with it whatever part of the list the pipe has not yet taken.
          void sent.then(() => {
            onListed();
            setImmediate(() => finish(false));
          });
          return;
        }
      }
    };
    // A request that came whole before the end is still answered, as the SDK would.
    const onEnd = () => finish(true);
    const onAbort = () => finish(true);
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
