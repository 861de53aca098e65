// What every command gets: the streams, the global flags, and lazy providers (config, API client,
// renderer, prompter). Nothing heavy is loaded until a command asks for it.
import { statSync } from 'node:fs';
import type { AshbyClient, ClientOptions, DryRunRequest } from './api/client.js';
import type { ConfigStore } from './config/config.js';
import { AuthError, UsageError } from './errors.js';
import type { Renderer, Format, OutputOptions } from './io/output.js';
import type { IOStreams } from './io/streams.js';
import type { Prompter } from './prompts/prompter.js';
import { redactText } from './api/redact.js';
import { escapeJsonForTerminal, quoteName, sanitizeText } from './io/sanitize.js';
import { envOn } from './config/env.js';

/** The base URL of --dry-run --sandbox, where no sandbox runs, and how its port is shown. */
const SANDBOX_DRY_RUN_BASE = 'http://127.0.0.1:0';
const SANDBOX_PORT = '<port>';

/** An MCP tool that does what a hint's command does, and the arguments to call it with. */
export interface ToolStep {
  tool: string;
  args?: Record<string, unknown>;
}

export interface GlobalOptions {
  profile?: string;
  baseUrl?: string;
  output?: string;
  json?: boolean;
  fields?: string;
  jq?: string;
  yes?: boolean;
  input?: boolean;
  dryRun?: boolean;
  debug?: boolean;
  color?: string;
  sandbox?: boolean;
  raw?: boolean;
  maxRetries?: string;
  timeout?: string;
  onBehalfOf?: string;
  csvRaw?: boolean;
}

export interface ResolvedAuth {
  profile: string;
  apiKey?: string;
  /** env, keychain, file, sandbox or none */
  keySource: string;
  baseUrl: string;
  baseUrlSource: string;
}

export const VERSION = '0.1.0';

/**
 * What a caller may put in place of the real world, through main(argv, io, injected): the tests'
 * in-process runner (test/helpers/run.ts) scripts the prompts, fixes the clock and shortens the
 * retry back-off this way, so the product carries no test-only environment variables.
 */
export interface Injected {
  /** Answers prompts in place of a terminal; prompts are then allowed without one (not with --no-input). */
  prompter?: (ctx: Context) => Prompter;
  /** The current time. */
  now?: () => Date;
  /** The first retry's back-off in ms (the client's default otherwise). */
  retryBaseMs?: number;
}

export class Context {
  opts: GlobalOptions = {};
  readonly controller = new AbortController();
  private _client?: Promise<AshbyClient>;
  private _config?: ConfigStore;
  private cleanups: Array<() => Promise<void> | void> = [];

  constructor(
    readonly io: IOStreams,
    private readonly injected: Injected = {},
  ) {}

  /**
   * A next step for a hint: the command line to run. Under MCP (CallContext) the tool to call
   * instead, or, when no tool does it, the command for the person at the terminal.
   */
  suggest(command: string, _tool?: ToolStep): string {
    return `\`${command}\``;
  }

  /**
   * A hint that points at another mirror file, as a command reads it (`cli` names --db). Under MCP
   * (CallContext) no tool takes a path: the server's environment chooses the file instead.
   */
  mirrorHint(cli: string): string {
    return cli;
  }

  /** How to give a command a key when it has none. */
  noKeyHint(): string {
    return 'run `ashby auth login`, set ASHBY_API_KEY, or add --sandbox to try the offline sandbox';
  }

  /** The current time (injected in tests). */
  now(): Date {
    return this.injected.now?.() ?? new Date();
  }

  /** The zone local times are read and shown in: TZ from this command's environment, else the system's. */
  get timeZone(): string | undefined {
    return this.env.TZ || undefined;
  }

  get env(): NodeJS.ProcessEnv {
    return this.io.env;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Whether stdin is the user's input, which "-" reads. Not under MCP (CallContext): the server's
   * stdin is the protocol stream, and a tool call has no input but its arguments.
   */
  get hasStdin(): boolean {
    return true;
  }

  /**
   * Prompts are allowed only on a terminal, unless --no-input. The questions are drawn on stderr:
   * with stderr sent to a file (`2>log`) they would land there, colours and all, while the
   * terminal waited for an answer to a question it never showed.
   */
  get canPrompt(): boolean {
    if (this.opts.input === false) return false;
    if (this.injected.prompter) return true;
    return Boolean(this.io.stdin.isTTY && this.io.stdout.isTTY && this.io.stderr.isTTY);
  }

  /**
   * Whether a name that fits several records is settled by asking which one (a picker). A tool call
   * (CallContext) answers the choices as an error instead, in the tool's terms.
   */
  get canPick(): boolean {
    return this.canPrompt;
  }

  get color(): boolean {
    const when = this.opts.color ?? 'auto';
    if (!['auto', 'always', 'never'].includes(when)) throw new UsageError(`invalid --color "${when}": expected auto, always or never`);
    if (when === 'never') return false;
    if (when === 'always') return true;
    if (this.env.NO_COLOR !== undefined && this.env.NO_COLOR !== '') return false;
    if (this.env.FORCE_COLOR && this.env.FORCE_COLOR !== '0') return true;
    return Boolean(this.io.stdout.isTTY) && this.env.TERM !== 'dumb';
  }

  get stderrColor(): boolean {
    if (this.opts.color === 'never' || (this.env.NO_COLOR ?? '') !== '') return false;
    return this.opts.color === 'always' || Boolean(this.io.stderr.isTTY);
  }

  get sandbox(): boolean {
    if (this.opts.sandbox) return true;
    const v = this.env.ASHBY_SANDBOX;
    if (v === undefined || v === '' || v === '0') return false;
    if (v === '1') return true;
    // `true` or `yes` read as "not 1" sent a command meant for the sandbox to the real organisation.
    throw new UsageError(`ASHBY_SANDBOX=${quoteName(v)} is neither 1 nor 0`, {
      hint: 'set ASHBY_SANDBOX=1 to use the offline sandbox, or unset it; since it chooses the organisation a command acts on, no other value is guessed at',
    });
  }

  /** Output format: --json / -o, else table on a terminal and JSON when piped. */
  get format(): Format {
    if (this.opts.json) return 'json';
    if (this.opts.output) return this.opts.output as Format;
    return this.io.stdout.isTTY ? 'table' : 'json';
  }

  async renderer(extra: Partial<OutputOptions> = {}): Promise<Renderer> {
    const { Renderer: R, parseFields, parseFormat } = await import('./io/output.js');
    const format = this.opts.json ? 'json' : this.opts.output ? parseFormat(this.opts.output) : this.format;
    const typed = parseFields(this.opts.fields);
    return new R(this.io, {
      format,
      fields: typed,
      typedFields: typed,
      jq: this.opts.jq,
      color: this.color,
      csvRaw: Boolean(this.opts.csvRaw),
      signal: this.signal,
      explicitFormat: Boolean(this.opts.output),
      gathering: async () => (await import('./files/progress.js')).startSpinner(this, 'Fetching…'),
      ...extra,
    });
  }

  /** Writes the API confirmed in this command, for messages about what was done when a later step fails. */
  readonly applied: Array<{ endpoint: string; id?: string }> = [];

  /** Keys this command knows (ASHBY_API_KEY, the stored key once read, a key being logged in). */
  private readonly secrets = new Set<string>();

  /** Adds a secret every message is redacted of from now on. */
  addSecret(secret: string | undefined): void {
    if (secret) this.secrets.add(secret);
  }

  /** Text with every known key, in every form (raw, Basic base64), replaced by [REDACTED]. */
  redact(text: string): string {
    return redactText(text, [this.env.ASHBY_API_KEY, ...this.secrets]);
  }

  /**
   * Text for a person's terminal: sanitised (no control sequences or bidi overrides from data),
   * then redacted. Every stderr line goes through here; machine output on stdout never does. In that
   * order: a key that a server's text splits with something the sanitiser drops (a zero-width space,
   * an escape sequence) is whole again only once sanitised, and must be redacted as it is shown.
   */
  forHuman(text: string): string {
    return this.redact(sanitizeText(text, { keepNewlines: true }));
  }

  /** Writes a line to stderr, made safe (see forHuman). */
  errLine(text: string): void {
    this.io.stderr.write(`${this.forHuman(text)}\n`);
  }

  warn(msg: string): void {
    this.io.stderr.write(`${this.stderrColor ? '\u001b[33mwarning:\u001b[39m' : 'warning:'} ${this.oneLine(msg)}\n`);
  }

  /** A line on stderr; `mark` is our own (possibly coloured) prefix, written as is before the safe text. */
  info(msg: string, mark?: string): void {
    const lead = /^\n*/.exec(msg)?.[0] ?? '';
    this.io.stderr.write(`${lead}${mark ? `${mark} ` : ''}${this.oneLine(msg.slice(lead.length))}\n`);
  }

  /**
   * A message as one line (see forHuman): its line breaks folded to spaces. Messages quote names
   * from Ashby ("moved Ada … to Onsite"), and a name with a line break in it would otherwise start
   * a line of its own, one that can pass for the CLI's ("warning: …", "✓ …") above a confirmation.
   * Blank lines before a message (a paragraph break of our own) are kept.
   */
  private oneLine(msg: string): string {
    return this.forHuman(msg.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '));
  }

  debug(line: string): void {
    if (this.opts.debug || envOn(this.env.ASHBY_DEBUG)) this.errLine(`[debug] ${line}`);
  }

  get config(): ConfigStore {
    if (!this._config) throw new Error('config not loaded: call loadConfig() first');
    return this._config;
  }

  async loadConfig(): Promise<ConfigStore> {
    if (!this._config) {
      const { ConfigStore: C, configDir } = await import('./config/config.js');
      const dir = configDir(this.env);
      // A file where the folder should be (ASHBY_CONFIG_DIR set to a file): said as that, not as
      // the ENOTDIR of whichever file ashby opens first in it.
      if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false)
        throw new UsageError(`${this.env.ASHBY_CONFIG_DIR ? 'ASHBY_CONFIG_DIR' : 'the config folder'} ${quoteName(dir)} is a file, not a folder`, {
          hint: this.env.ASHBY_CONFIG_DIR
            ? 'point ASHBY_CONFIG_DIR at a folder (it is made when missing), or unset it'
            : 'move that file away; ashby makes the folder',
        });
      this._config = new C(dir, this.env);
    }
    return this._config;
  }

  onCleanup(fn: () => Promise<void> | void): void {
    this.cleanups.push(fn);
  }

  async cleanup(): Promise<void> {
    const fns = this.cleanups.splice(0).reverse();
    for (const fn of fns) {
      try {
        await fn();
      } catch (err) {
        this.debug(`cleanup failed: ${String(err)}`);
      }
    }
  }

  /** Profile, key and base URL with where each came from. Flags > environment > stored profile. */
  async resolveAuth(): Promise<ResolvedAuth> {
    const { activeProfileGone, chooseBaseUrl, chooseProfile, profileNamed, refuseUnstoredProfile } = await import('./config/paths.js');
    const cfg = await this.loadConfig();
    const profile = chooseProfile(this.opts.profile, this.env, await cfg.currentProfileName());
    const stored = await cfg.profile(profile);
    // A key never holds spaces or line breaks: those around it come from a secret pasted with its
    // newline (a CI variable, `export ASHBY_API_KEY="$(cat key.txt)"` of a CRLF file), and would be sent.
    const envKey = this.env.ASHBY_API_KEY?.trim();
    if (profileNamed(this.opts.profile, this.env) && !stored)
      refuseUnstoredProfile(profile, Object.keys(await cfg.profiles()), this.opts.profile ? 'flag' : 'env', Boolean(envKey));
    else if (!stored && (await cfg.goneActive()) === profile) throw activeProfileGone(profile, Object.keys(await cfg.profiles()), cfg.configPath);
    let apiKey: string | undefined;
    let keySource = 'none';
    if (envKey) {
      apiKey = envKey;
      keySource = 'ASHBY_API_KEY';
    } else if (stored) {
      apiKey = await cfg.readKey(profile, stored.keyStore);
      this.addSecret(apiKey);
      if (apiKey) keySource = stored.keyStore === 'keychain' ? 'keychain' : cfg.credentialsPath;
    }
    const { baseUrl, source: baseUrlSource } = chooseBaseUrl(this.opts.baseUrl, this.env, { name: profile, baseUrl: stored?.baseUrl });
    return { profile, apiKey, keySource, baseUrl, baseUrlSource };
  }

  /** The shared API client, configured from flags, environment, profile or the local sandbox. */
  client(): Promise<AshbyClient> {
    this._client ??= this.makeClient();
    return this._client;
  }

  private async makeClient(): Promise<AshbyClient> {
    let baseUrl: string;
    let apiKey: string | undefined;
    if (this.sandbox && !this.opts.dryRun) {
      const { startEmbeddedSandbox } = await import('./sandbox/embedded.js');
      const cfg = await this.loadConfig();
      const sb = await startEmbeddedSandbox({ dir: cfg.dir, env: this.env });
      this.onCleanup(() => sb.close());
      ({ baseUrl, apiKey } = sb);
    } else if (this.sandbox) {
      // --dry-run starts no sandbox: its requests are shown going to a port the sandbox would pick
      // (SANDBOX_PORT, as a placeholder like those of names not looked up), with its key, redacted.
      baseUrl = SANDBOX_DRY_RUN_BASE;
      apiKey = 'sandbox-dry-run';
    } else {
      const auth = await this.resolveAuth();
      ({ baseUrl, apiKey } = auth);
      this.addSecret(apiKey);
      if (!apiKey && !this.opts.dryRun) {
        throw new AuthError({ endpoint: 'auth', code: 'no_api_key', message: `no API key for profile ${quoteName(auth.profile)}` }, this.noKeyHint());
      }
      // A dry run shows the requests all the same, without the key they would need: said, so that
      // a clean dry run is not read as a command that will work.
      if (!apiKey) this.warn(`no API key for profile ${quoteName(auth.profile)}: without --dry-run this exits 4 (${this.noKeyHint()})`);
    }
    const client = await this.clientFor({ baseUrl, apiKey });
    const user = this.opts.onBehalfOf ?? this.env.ASHBY_ON_BEHALF_OF;
    if (user) await this.actAs(client, user);
    return client;
  }

  /**
   * A client with this command's settings (flags, environment, tracing, Ctrl-C) for a given base
   * URL and key: the shared client is one; `auth login` makes another to check a key before storing
   * it. Closed when the command ends.
   */
  async clientFor(target: { baseUrl: string; apiKey?: string }, overrides: Partial<ClientOptions> = {}): Promise<AshbyClient> {
    const [{ AshbyClient: C }, catalog] = await Promise.all([import('./api/client.js'), import('./catalog/catalog.js')]);
    const maxRetries = this.opts.maxRetries !== undefined ? intOption('--max-retries', this.opts.maxRetries, 0, 20) : undefined;
    const timeoutMs = this.opts.timeout !== undefined ? intOption('--timeout', this.opts.timeout, 1, 3600) * 1000 : undefined;
    const debugOn = this.opts.debug || envOn(this.env.ASHBY_DEBUG);
    const client = new C({
      ...target,
      maxRetries,
      timeoutMs,
      userAgent: `ashby-cli/${VERSION} node/${process.versions.node}`,
      ashbyVersion: this.env.ASHBY_API_VERSION,
      retryBaseMs: this.injected.retryBaseMs,
      env: this.env,
      debug: debugOn ? (l) => this.errLine(`[debug] ${l}`) : undefined,
      warn: (m) => this.warn(m),
      dryRun: this.opts.dryRun ? (req) => this.printDryRun(req) : undefined,
      isRead: (ep) => catalog.isReadEndpoint(ep),
      permissionOf: (ep) => catalog.permissionOf(ep),
      bodyless: (ep) => catalog.endpoint(ep)?.noBody === true,
      paginated: (ep) => catalog.endpoint(ep)?.paginated ?? true,
      emptySuccess: (ep) => catalog.endpoint(ep)?.emptySuccess === true,
      signal: this.signal,
      applied: (endpoint, env) => this.applied.push({ endpoint, id: idOf(env.results) }),
      // Retries are visible to a person waiting at a terminal; scripts see them with --debug.
      retryNotice: this.io.stderr.isTTY ? (l) => this.info(l) : undefined,
      suggest: (command) => this.suggest(command),
      checkCommand: (ep, body) => {
        const step = checkStep(
          ep,
          body,
          (id) => Boolean(catalog.endpoint(id)),
          (id) => catalog.endpointSpec(id)?.params.map((p) => p.name) ?? [],
        );
        return step && this.suggest(step.command, step.tool);
      },
      maxBodyBytes:
        this.env.ASHBY_MAX_RESPONSE_MB !== undefined ? intOption('ASHBY_MAX_RESPONSE_MB', this.env.ASHBY_MAX_RESPONSE_MB, 1, 65536) * 1048576 : undefined,
      ...overrides,
    });
    this.onCleanup(() => client.close());
    return client;
  }

  /**
   * --on-behalf-of: every request acts as this Ashby user. An email or name is looked up first,
   * as the key itself, through this client before anything else can use it.
   */
  private async actAs(client: AshbyClient, who: string): Promise<void> {
    const { Resolver } = await import('./resolve/resolver.js');
    const asKey = Object.create(this, { client: { value: async () => client } }) as Context;
    const user = await new Resolver(asKey).resolve('user', who, { flag: '--on-behalf-of' });
    client.actAs(user.id);
  }

  private printDryRun(req: DryRunRequest) {
    req = { ...req, url: this.redact(this.shownUrl(req.url)) };
    // -o ndjson: one compact line per request, so a script can read them line by line.
    const ndjson = this.format === 'ndjson';
    const text = ndjson ? JSON.stringify(req) : JSON.stringify(req, null, 2);
    // A body holds data (a --from file, an --input record exported from Ashby): on a terminal, as -o json.
    this.io.stdout.write(`${this.io.stdout.isTTY ? escapeJsonForTerminal(text) : text}\n`);
  }

  /** A URL as a person should read it: under --dry-run --sandbox, no port was picked, so it says so. */
  shownUrl(url: string): string {
    return this.sandbox && url.startsWith(SANDBOX_DRY_RUN_BASE) ? `http://127.0.0.1:${SANDBOX_PORT}${url.slice(SANDBOX_DRY_RUN_BASE.length)}` : url;
  }

  /**
   * Asks before a destructive step. --yes skips the question; without a terminal the answer must
   * come from --yes, so scripts never hang.
   */
  async confirm(question: string, opts: { what?: string } = {}): Promise<void> {
    if (this.opts.yes || this.opts.dryRun) return;
    if (!this.canPrompt) {
      throw new UsageError(`${opts.what ?? 'this action'} needs confirmation: pass --yes to proceed without a terminal`);
    }
    const ok = await (await this.prompter()).confirm(question, false);
    if (!ok) throw new UsageError('cancelled: nothing was changed');
  }

  private _prompter?: Promise<Prompter>;
  prompter(): Promise<Prompter> {
    this._prompter ??= import('./prompts/prompter.js').then((m) => m.createPrompter(this, this.injected.prompter));
    return this._prompter;
  }
}

export function intOption(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** The id of what a write returned, if it names one. */
function idOf(results: unknown): string | undefined {
  if (!results || typeof results !== 'object') return undefined;
  const r = results as Record<string, unknown>;
  const id = r.id ?? Object.entries(r).find(([k, v]) => /Id$/.test(k) && typeof v === 'string')?.[1];
  return typeof id === 'string' ? id : undefined;
}

/**
 * The read that shows whether a write to `endpoint` was applied, as a command and as a tool: the
 * record's info call when the request names it (by the name its info call takes: candidate.info
 * takes `id`, application.info `applicationId`), else its list or search call.
 */
export function checkStep(
  endpoint: string,
  body: object,
  exists: (endpoint: string) => boolean,
  paramsOf: (endpoint: string) => string[],
): { command: string; tool: ToolStep } | undefined {
  const res = endpoint.split('.')[0];
  const b = body as Record<string, unknown>;
  const idKey = `${res}Id`;
  const id = b[idKey];
  if (typeof id === 'string' && exists(`${res}.info`)) {
    const key = paramsOf(`${res}.info`).includes(idKey) ? idKey : 'id';
    return { command: `ashby api ${res}.info -f ${key}=${id}`, tool: { tool: `${res}_info`, args: { [key]: id } } };
  }
  for (const read of ['search', 'list']) if (exists(`${res}.${read}`)) return { command: `ashby api ${res}.${read}`, tool: { tool: `${res}_${read}` } };
  return undefined;
}
