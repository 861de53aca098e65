// main(argv) -> exit code. Builds the commander program, loading only the command group that argv
// names, maps every error to its documented exit code, and is the only place that decides the exit.
import { Command, CommanderError, Help, type Option } from 'commander';
import { Context, VERSION, type Injected } from './context.js';
import { ExitCode, UsageError } from './errors.js';
import { processStreams, type IOStreams } from './io/streams.js';
import { getMeta } from './commands/meta.js';
import { findGroup, groups } from './commands/registry.js';
import { addGlobalOptions } from './commands/tree.js';
import { guardProcess, onInterrupt, reportFailure } from './process-guards.js';

/**
 * Where the first command word is in argv, skipping global flags and the values of those that take
 * one (`valueFlags`, from the program's own options); -1 if none.
 */
function commandWordAt(argv: string[], valueFlags: Set<string>): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (a.startsWith('-')) {
      if (valueFlags.has(a)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/**
 * A flag that takes one value, given twice (`--status A --status B`), --json with another -o, or
 * --sandbox with --profile or --base-url: one would win silently, so it is a usage error naming both.
 */
function checkOneValueFlags(action: Command, argv: string[]): void {
  const opts = action.optsWithGlobals();
  if (opts.json && opts.output && opts.output !== 'json') throw new UsageError(`--json and -o ${opts.output} ask for two formats: give one`);
  // `--profile "$P"` with P unset: not the active profile (auth logout would forget it).
  if (opts.profile === '') throw new UsageError('--profile needs a name', { hint: '`ashby auth status` lists the profiles' });
  if (opts.sandbox && (opts.profile !== undefined || opts.baseUrl !== undefined))
    throw new UsageError(`--sandbox and ${opts.profile !== undefined ? '--profile' : '--base-url'} name two organisations: give one`, {
      hint: '--sandbox is the built-in offline organisation; without it the profile or base URL is used',
    });
  const end = argv.indexOf('--');
  const args = end >= 0 ? argv.slice(0, end) : argv;
  const seen = new Set<Command>();
  for (let c: Command | null = action; c && !seen.has(c); c = c.parent) {
    seen.add(c);
    for (const o of c.options) {
      if (!(o.required || o.optional) || o.variadic || Array.isArray(o.defaultValue) || (o.parseArg?.length ?? 0) >= 2) continue;
      const names = [o.long, o.short].filter((f): f is string => Boolean(f));
      const given = args.filter((a) => names.some((n) => a === n || a.startsWith(`${n}=`)));
      if (given.length > 1) throw new UsageError(`${o.long ?? o.short} was given ${given.length} times but takes one value`, { hint: 'give it once' });
    }
  }
}

/** Runs one command; `injected` replaces the prompter, clock or retry back-off (tests). */
export async function main(argv: string[], io: IOStreams = processStreams(), injected: Injected = {}): Promise<number> {
  // `ashby -v` alone is `--version`, as bin/ashby.js answers it (commander takes one short flag).
  if (argv.length === 1 && argv[0] === '-v') argv = ['--version'];
  const ctx = new Context(io, injected);
  // Help is wrapped to the terminal's width (80 when not a terminal), read from io so that the
  // build can render help at a given width (see scripts/build.mjs).
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    // commander's messages quote the command line, which may carry data: made safe like every message.
    outputError: (s: string, write: (s: string) => void) => write(ctx.forHuman(s.replace(/^error:/, 'ashby: error:'))),
    getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
    getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
  };
  const program = addGlobalOptions(new Command('ashby'));
  program
    .description('Ashby from the command line: every API endpoint, everyday recruiting workflows, and an offline sandbox.')
    .version(`ashby ${VERSION}`, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, subcommandTerm, optionDescription })
    .exitOverride()
    .configureOutput(output)
    .addHelpText('after', HELP_FOOTER);

  program.hook('preAction', async (_this, action) => {
    ctx.opts = action.optsWithGlobals();
    // Output options are checked before the command runs, so a typo never follows a request: a bad
    // --fields or --jq is exit 2 with nothing sent.
    if (ctx.opts.fields !== undefined) (await import('./io/output.js')).parseFields(ctx.opts.fields);
    if (ctx.opts.jq !== undefined) await (await import('./io/jq.js')).checkJq(ctx.opts.jq, ctx.signal);
    checkOneValueFlags(action, argv);
    if (!ctx.opts.sandbox && ctx.sandbox && (ctx.opts.profile !== undefined || ctx.opts.baseUrl !== undefined))
      ctx.warn(
        `ASHBY_SANDBOX=1 is set: running against the sandbox, not ${ctx.opts.profile !== undefined ? `profile ${ctx.opts.profile}` : ctx.opts.baseUrl} (unset ASHBY_SANDBOX to use it)`,
      );
  });

  const globals = program.options.filter((o) => !['--version', '--help'].includes(o.long ?? ''));
  const valueFlags = new Set(globals.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))));
  const wordAt = (args: string[]) => commandWordAt(args, valueFlags);
  const at = wordAt(argv);
  if (argv[at] === 'help' && wordAt(argv.slice(at + 1)) >= 0) {
    argv = [...argv.slice(0, at), ...argv.slice(at + 1), '--help']; // `ashby help candidate list` is `ashby candidate list --help`
  }
  const word = argv[wordAt(argv)] as string | undefined;
  const group = word ? findGroup(word) : undefined;
  if (group) {
    const mod = await group.load();
    await mod.register(program, ctx, group);
  } else {
    // Only names and summaries: enough for `ashby --help` and for "unknown command" suggestions.
    for (const g of groups()) {
      const c = program.command(g.name, { hidden: g.hidden }).description(g.summary);
      c.helpGroup(g.resource ? 'API resources (every endpoint, by resource):' : g.topic ? 'Help topics:' : 'Commands:');
      if (g.aliases) c.aliases(g.aliases);
    }
  }
  argv = withoutHelpForUnknown(program, argv, wordAt);
  argv = helpWhenNoCommand(program, argv, wordAt);
  const hint = globalFlagsHint(globals);
  applyToTree(program, (c) => {
    if (c !== program && getMeta(c)?.kind !== 'topic') c.addHelpText('after', hint);
    c.exitOverride();
    c.configureOutput(output);
    c.showSuggestionAfterError(true);
  });

  // SIGTERM too: under timeout(1) or a cancelled CI job a list still closes its JSON and a batch
  // finishes the records in flight and says what it did, as after Ctrl-C.
  const offInterrupt = onInterrupt(ctx, ['SIGINT', 'SIGTERM']);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (err) {
    return reportError(err, ctx, io);
  } finally {
    offInterrupt();
    await ctx.cleanup();
  }
}

/**
 * `ashby candidat --help` or `ashby candidate lst --help`: commander would print the parent's help
 * and exit 0, as if the mistyped word were not there. Without the help flag it reports the unknown
 * command with a suggestion and exits 2, which is what a typo deserves.
 */
function withoutHelpForUnknown(program: Command, argv: string[], wordAt: (args: string[]) => number): string[] {
  if (!argv.some((a) => a === '--help' || a === '-h')) return argv;
  let cmd = program;
  let rest = argv;
  for (;;) {
    const at = wordAt(rest);
    const word = rest[at];
    if (at < 0 || word === 'help' || !cmd.commands.length) return argv;
    const sub = cmd.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) return argv.filter((a) => a !== '--help' && a !== '-h');
    cmd = sub;
    rest = rest.slice(at + 1);
  }
}

/**
 * `ashby` or `ashby candidate` alone: the help page, on stdout and exit 0 as `--help` gives it (and
 * as gh does), so that `ashby candidate | less` shows it; commander wrote it to stderr.
 */
function helpWhenNoCommand(program: Command, argv: string[], wordAt: (args: string[]) => number): string[] {
  if (argv.some((a) => ['--help', '-h', '--version', '-V', '--'].includes(a))) return argv;
  let cmd = program;
  let rest = argv;
  for (;;) {
    if (!cmd.commands.length) return argv; // a command that runs
    const at = wordAt(rest);
    // An option neither the group nor ashby has (`ashby --verison`, `ashby candidate -v`) is a typo for
    // commander to report (exit 2, with a suggestion), not a request for help.
    if (at < 0) return argv.every((a) => !a.startsWith('-') || knownOption(cmd, a)) ? [...argv, '--help'] : argv;
    const word = rest[at];
    const sub = cmd.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) return argv; // unknown (commander says so, with a suggestion) or commander's own `help`
    cmd = sub;
    rest = rest.slice(at + 1);
  }
}

/** Whether `arg` (`--flag` or `--flag=value`) is an option of `cmd` or of a command above it. */
function knownOption(cmd: Command, arg: string): boolean {
  const flag = arg.split('=')[0];
  for (let c: Command | null = cmd; c; c = c.parent) if (c.options.some((o) => o.long === flag || o.short === flag)) return true;
  return false;
}

/** A command's name in a listing, with its first alias other than the API's own camelCase name
 *  (`application|app`, `api-key`): those still work but would widen every line of the list. */
function subcommandTerm(cmd: Command): string {
  const camel = cmd.name().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const alias = cmd.aliases().find((a) => a !== camel);
  const args = cmd.registeredArguments.map((a) => {
    const n = a.name() + (a.variadic ? '...' : '');
    return a.required ? `<${n}>` : `[${n}]`;
  });
  return [cmd.name() + (alias ? `|${alias}` : ''), ...(cmd.options.length ? ['[options]'] : []), ...args].join(' ');
}

/** An option's help as commander writes it, less its `(default: [])` for a repeatable flag, and
 *  with `(default: 1)` unquoted. */
function optionDescription(this: Help, option: Option): string {
  const { defaultValue, defaultValueDescription } = option;
  if (Array.isArray(defaultValue) && defaultValue.length === 0) option.defaultValue = undefined;
  else if (typeof defaultValue === 'string' && !defaultValueDescription) option.defaultValueDescription = defaultValue;
  try {
    return Help.prototype.optionDescription.call(this, option);
  } finally {
    Object.assign(option, { defaultValue, defaultValueDescription });
  }
}

function applyToTree(cmd: Command, fn: (c: Command) => void) {
  fn(cmd);
  for (const c of cmd.commands) applyToTree(c, fn);
}

function reportError(err: unknown, ctx: Context, io: IOStreams): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.ok;
    if (err.code === 'commander.executeSubCommandAsync') return ExitCode.ok;
    return ExitCode.usage; // commander already printed the message
  }
  return reportFailure(err, ctx, io);
}

/** The line under every command's help that names the global flags, wrapped at 100 columns. */
function globalFlagsHint(globals: readonly Option[]): string {
  const lines = ['Global flags (see `ashby --help`):'];
  for (const o of globals) {
    const name = `${o.short ? `${o.short}/` : ''}${o.long}`;
    if (`${lines[lines.length - 1]} ${name},`.length > 100) lines.push(' ');
    lines[lines.length - 1] += ` ${name},`;
  }
  return `\n${lines.join('\n').slice(0, -1)}`;
}

const HELP_FOOTER = `
Everyday work (names or emails instead of ids; asks for what is missing):
    ashby candidate search "Ada Ritchie"                 find someone
    ashby candidate view ada@example.com                 everything on one screen
    ashby app stage ada@example.com --stage Onsite       move to a stage
    ashby app archive ada@example.com --reason "Not a fit"
    ashby app hire ada@example.com                       mark as hired
    ashby offer create ada@example.com                   the offer wizard
    ashby interview schedule ada@example.com             schedule an interview
    ashby job pipeline "Staff Engineer"                  who is in which stage

Output: a table on a terminal, JSON when piped; -o json|ndjson|csv|yaml|table, --fields, --jq.
Exit codes: 0 ok, 1 error, 2 bad input, 3 not found, 4 auth, 5 API error, 6 rate limited, 7 network,
            8 partial batch, 9 outcome unknown, 130 Ctrl-C, 143 SIGTERM (see: ashby exit-codes).

Try it offline:  ashby --sandbox candidate list
Any endpoint:    ashby api candidate.search -f email=ada@example.com
Learn more:      ashby <command> --help`;

/** Entry point used by bin/ashby.js. */
export async function run(argv: string[]): Promise<void> {
  guardProcess(argv);
  process.exitCode = await main(argv);
}
