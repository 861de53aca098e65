// Every tool call runs in a Context of its own: the same flags, profile and key as the server, but
// streams that never reach the protocol (what a workflow would print on stderr is collected and
// returned with the result as notes), no prompts, and a signal the client can cancel. With
// --sandbox, each call opens the sandbox organisation and saves it when done, so the server holds
// no lock between calls and `ashby --sandbox …` in a terminal sees the assistant's changes at once.
import { Readable, type Writable } from 'node:stream';
import type { AshbyClient, EndpointName } from '../api/client.js';
import { redactText } from '../api/redact.js';
import { isReadEndpoint } from '../catalog/catalog.js';
import { Context, type GlobalOptions, type ToolStep } from '../context.js';
import { UsageError } from '../errors.js';
import type { IOStreams } from '../io/streams.js';
import type { Choice, Prompter } from '../prompts/prompter.js';
import { cleanText } from './results.js';

/** A write reached while previewing: nothing was sent. */
export class PreviewStop extends Error {
  constructor(
    readonly endpoint: string,
    readonly body: unknown,
  ) {
    super(`would call ${endpoint}`);
  }
}

/** A step asked for confirmation that the call did not give. */
export class NeedsConfirmation extends Error {}

/** Collects lines into `lines`; --debug traces go to `log` (the server's stderr) instead. */
function collector(lines: string[], log?: Writable): Writable {
  let partial = '';
  const sink = {
    isTTY: false,
    write(chunk: unknown) {
      partial += String(chunk);
      const parts = partial.split('\n');
      partial = parts.pop() ?? '';
      for (const p of parts) {
        if (p.startsWith('[debug] ')) log?.write(`${p}\n`);
        else if (p.trim()) lines.push(cleanText(p.trimEnd(), 500));
      }
      return true;
    },
    end() {
      if (partial.trim()) lines.push(cleanText(partial, 500));
      partial = '';
    },
    on() {
      return sink;
    },
    once() {
      return sink;
    },
    off() {
      return sink;
    },
  };
  return sink as unknown as Writable;
}

/** Questions a workflow would ask on a terminal become errors an assistant can act on. */
const prompter: Prompter = {
  async input(message) {
    throw new UsageError(`missing: ${message}`);
  },
  async password(message) {
    throw new UsageError(`missing: ${message}`);
  },
  async confirm(message) {
    throw new NeedsConfirmation(message);
  },
  async select<T>(message: string, choices: Choice<T>[]): Promise<T> {
    throw new UsageError(`${message}\n${choices.map((c) => `  ${c.name}${c.description ? ` (${c.description})` : ''}`).join('\n')}`, {
      hint: 'call again with one of these, by its id or full name',
    });
  },
  async checkbox(message) {
    throw new UsageError(`missing: ${message}`);
  },
};

export interface CallOptions {
  /** `confirm: true` was given: confirmations are answered yes. */
  confirmed: boolean;
  /** Stop at the first write, send nothing, and report what it would have been. */
  preview?: boolean;
  /** A preview the caller asked for (a tool's dryRun): a confirmation is still asked, so the answer says one is needed. */
  dryRun?: boolean;
  signal?: AbortSignal;
  /** Where --debug traces go: the server's stderr, never a result. */
  log?: Writable;
  /** Whether the server offers a tool (--read-only, --tools): a hint names only tools the assistant can call. */
  offers?: (tool: string) => boolean;
}

export class CallContext extends Context {
  /** What the call would have printed on stderr (or stdout), line by line. */
  readonly notes: string[];
  private made?: AshbyClient;
  private readonly call: CallOptions;

  constructor(env: NodeJS.ProcessEnv, opts: GlobalOptions, call: CallOptions) {
    const notes: string[] = [];
    const out = collector(notes, call.log);
    super({ stdin: Object.assign(Readable.from([]), { isTTY: false }), stdout: out, stderr: out, env } satisfies IOStreams);
    this.notes = notes;
    this.call = call;
    // Never a dry run (it would print requests), never a prompt; --yes only from `confirm: true`.
    this.opts = { ...opts, dryRun: false, input: false, yes: call.confirmed || (Boolean(call.preview) && !call.dryRun), color: 'never' };
    call.signal?.addEventListener('abort', () => this.controller.abort(call.signal?.reason), { once: true });
  }

  /**
   * A hint's next step as the tool to call; a command with no tool, or whose tool this server does
   * not offer (ashby mcp --tools, --read-only), is the person's to run.
   */
  override suggest(command: string, step?: ToolStep): string {
    if (!step) return `\`${command}\` in a terminal`;
    if (this.call.offers && !this.call.offers(step.tool)) return `\`${command}\` in a terminal (this server does not offer the ${step.tool} tool)`;
    return `the ${step.tool} tool${step.args ? ` with ${JSON.stringify(step.args)}` : ''}`;
  }

  /** The key is the person's to set up, outside the assistant; each call reads it afresh. */
  override noKeyHint(): string {
    return `no tool sets a key: ${this.suggest('ashby auth login')} stores one (the next call uses it), or ASHBY_API_KEY in this server's environment gives one; \`ashby mcp --sandbox\` serves the offline sandbox instead`;
  }

  /** No tool takes a mirror path (the CLI's --db): the person sets ASHBY_DB where the client starts this server. */
  override mirrorHint(_cli: string): string {
    return "no tool chooses the mirror file: set ASHBY_DB to a path in a folder this server can write, in the environment the assistant's client starts it with, and restart the server";
  }

  /** "-" is refused (readStdin, and by the workflows in the tool's terms): the server's stdin is the protocol. */
  override get hasStdin(): boolean {
    return false;
  }

  /** Workflows "ask" through the prompter above, which turns each question into an answer for the assistant. */
  override get canPrompt(): boolean {
    return true;
  }

  /** A name that fits several records is an error listing them, naming the tool's parameter (Resolver.one). */
  override get canPick(): boolean {
    return false;
  }

  override prompter(): Promise<Prompter> {
    return Promise.resolve(prompter);
  }

  override async client(): Promise<AshbyClient> {
    const real = await super.client();
    this.made = real;
    if (!this.call.preview) return real;
    const stop = async (endpoint: EndpointName, body: object = {}, o?: object) => {
      if (isReadEndpoint(endpoint)) return real.call(endpoint, body, o);
      // Abort so that a workflow that carries on after a failed item stops here too.
      this.controller.abort(new PreviewStop(endpoint, body));
      throw new PreviewStop(endpoint, body);
    };
    return Object.assign(Object.create(real) as AshbyClient, { call: stop });
  }

  /** Removes the key in use (from the environment or a stored profile) from any text. */
  readonly redact = (text: string): string => redactText(this.made ? this.made.redact(text) : text, [this.env.ASHBY_API_KEY]);

  flushNotes(): string[] {
    (this.io.stderr as unknown as { end(): void }).end();
    return this.notes;
  }
}
