// The bulk engine: any write command over the records of `--from FILE|-`. Every record is read,
// mapped and checked first (a bad input is reported whole, exit 2, nothing sent); names are looked
// up once each; one confirmation covers the batch; then the records run concurrently within one
// request budget (scheduler.ts), each outcome is journaled (journal.ts) and printed as one result
// row, in input order. Commands take part by describing themselves as a BulkCommand.
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync } from 'node:fs';
import type { AshbyClient, CallOptions, Envelope, EndpointName } from '../api/client.js';
import type { Context } from '../context.js';
import { ApiError, CliError, ExitCode, InterruptedError, NetworkError, UnknownOutcomeError, UsageError } from '../errors.js';
import { readStdin } from '../commands/run-helpers.js';
import { stoppedExit, whenReaderGone } from '../process-guards.js';
import { sanitizeText as visible } from '../io/sanitize.js';
import { OutputError } from '../io/streams.js';
import { parseFields } from '../io/output.js';
import { formatOf, readRecords, sniff, where, type InputRecord, type ReadResult, type RowProblem, type YamlModule } from './records.js';
import { RecordMapper, type BulkShape, type Mapped } from './mapping.js';
import { NotSentError, Scheduler } from './scheduler.js';
import { Journal, readJournal, recordKey, type JournalEntry } from './journal.js';
import { Progress, ResultRows, summaryLine, type Outcome, type Row, type Tally } from './rows.js';
import type { BulkOptions } from './options.js';

/** What a record's work gets: calls within the batch's budget, and a context that never prompts. */
export interface BulkIO {
  call(endpoint: EndpointName, body: object, opts?: CallOptions): Promise<Envelope>;
  /** A client whose calls (and pages) go through `call`. */
  client: AshbyClient;
  /** The command's context for one record: no prompts, no confirmations, no chatter on stderr. */
  ctx: Context;
}

export interface BulkCommand<P> {
  /** `candidate add-tag`: in messages, and what a journal belongs to. */
  command: string;
  shape: BulkShape;
  /** Values from the command line, by parameter key: every record gets them unless it has its own. */
  base: Record<string, unknown>;
  /** Needs --yes without a terminal. */
  destructive: boolean;
  irreversible?: boolean;
  /** Checks one record's merged values without the network; throws an Error naming what is wrong. */
  check(values: Record<string, unknown>, record: InputRecord): void | Promise<void>;
  /** Looks up what the record names (reads only); a lookup that fails makes the input unusable. */
  prepare(values: Record<string, unknown>, io: BulkIO): Promise<P>;
  /** Sends the record's write(s); returns what the row's `result` shows. */
  execute(plan: P, io: BulkIO): Promise<unknown>;
  /** How a record is named in the confirmation. */
  label(plan: P, mapped: Mapped, values: Record<string, unknown>): string;
  /** What the batch does to candidates (emails, offers, ...), for the confirmation. */
  effects?(plans: P[]): string[];
  /**
   * What a record's write acts on (`what`: "application"; `key`: its id). A later record acting on
   * the same one is bad input: records run several at a time, so two moves would land in no set
   * order, and a hire, an archive email or an HR push would be made twice.
   */
  target?(plan: P): { what: string; key: string } | undefined;
  /** Why this batch, as looked up, needs --yes without a terminal (`app stage` to Hired), if it does. */
  needsYes?(plans: P[]): string | undefined;
  /** Lookups (names) are shared: resolved once per distinct name across the batch. */
}

interface Item<P> {
  record: InputRecord;
  mapped: Mapped;
  values: Record<string, unknown>;
  key: string;
  /** What a previous run journaled for it. */
  before?: JournalEntry;
  plan?: P;
  row?: Row;
}

const MAX_LISTED = 50;

/** The keys of a result row (rows.ts). */
const ROW_KEYS = ['row', 'ok', 'result', 'outcome', 'exit', 'error', 'resumed'];

/** Runs a batch. Resolves when every record has an outcome; throws for exit 2, 8 and 130. */
export async function runBulk<P>(ctx: Context, cmd: BulkCommand<P>, o: BulkOptions, records?: InputRecord[]): Promise<void> {
  const started = Date.now();
  const dry = Boolean(ctx.opts.dryRun);
  if (cmd.destructive && !dry && !ctx.opts.yes && !ctx.canPrompt) {
    throw new UsageError(`${cmd.command}: a batch of ${cmd.irreversible ? 'irreversible' : 'destructive'} changes needs --yes without a terminal`);
  }
  // A --fields path no result row can have would be found only once rows are printed, after their
  // records were applied: a row's own keys are known now, so a typo there stops the batch first.
  const stray = (parseFields(ctx.opts.fields) ?? []).filter((f) => !ROW_KEYS.includes(f.split('.')[0]));
  if (stray.length) {
    throw new UsageError(
      `--fields: ${stray.map((f) => `"${f}"`).join(', ')} ${stray.length === 1 ? 'is' : 'are'} not in a batch's result rows; nothing was sent`,
      {
        hint: `a row has ${ROW_KEYS.join(', ')}; the command's answer is under result (e.g. --fields row,ok,result.id)`,
      },
    );
  }
  const source = o.from === '-' ? 'stdin' : o.from;
  const read = records ? { records, problems: [] as RowProblem[] } : await readBatch(ctx, o.from);
  // Unreadable records count too: the input is longer than --max whether or not they parse.
  const count = read.records.length + new Set(read.problems.filter((p) => p.row > 0).map((p) => p.row)).size;
  if (o.max !== undefined && count > o.max) {
    throw new UsageError(`--max ${o.max}: ${source} has ${count} records; nothing was sent`, { hint: 'check the input, or raise --max' });
  }

  // 1. Every record mapped and checked, without the network.
  const mapper = new RecordMapper(cmd.shape);
  const problems: RowProblem[] = [...read.problems];
  // A CSV refused as a whole (true) is not read row by row: its rows would only repeat why.
  if ('header' in read && read.header && read.records.length && csvHeader(ctx, read as ReadResult, mapper, Object.keys(cmd.base), source, problems))
    badInput(problems, source, mapper);
  const items: Item<P>[] = [];
  for (const record of read.records) {
    try {
      const mapped = mapper.map(record.values, record.text);
      const values = { ...cmd.base, ...mapped.values };
      await cmd.check(values, record);
      items.push({ record, mapped, values, key: recordKey(cmd.command, { base: cmd.base, values }) });
    } catch (e) {
      problems.push({ row: record.row, line: record.line, message: (e as Error).message });
    }
  }
  // A CSV that is only a header (a one-line list of ids is read as one) is a batch of nothing: its
  // column names are checked as a record's keys would be.
  if (!read.records.length && 'header' in read) {
    for (const h of read.header ?? []) {
      if (h && !mapper.param(h) && h.toLowerCase() !== 'id') {
        problems.push({
          row: 0,
          message: `the CSV header names "${h}", which is not something this command takes${mapper.didYouMean(h)} (a CSV's first line names its columns)`,
        });
      }
    }
  }
  // A record that cannot be used is listed with every other bad row, those naming what does not
  // exist included: the others' names are looked up first (reads only), so the input is fixed in
  // one go. Not when the input as a whole is wrong (it does not parse, a CSV header), nor in a dry
  // run, which looks nothing up.
  if (dry || !items.length || problems.some((p) => p.row === 0)) badInput(problems, source, mapper);
  const unusable = new Set(problems.map((p) => p.row)).size;
  // An input with no records (an empty pipe: the list before it found nothing) is a batch of
  // nothing, as an empty list is a list: exit 0, said on stderr in place of the summary.
  const nothing = items.length ? undefined : `no records ${source === 'stdin' ? 'on stdin' : `in ${source}`}: nothing was changed`;

  // 2. The journal: what earlier runs of this batch did.
  let journal: Journal | undefined;
  let journaled = new Map<string, JournalEntry>();
  if (o.journal) {
    // A mistyped journal path would make --resume send the whole batch again, applied records too.
    if (o.resume && !existsSync(o.journal)) {
      throw new UsageError(`${o.resumeFlag ?? '--resume'}: --journal ${o.journal} does not exist, so there is no batch to continue; nothing was sent`, {
        hint: `check the journal's path; to run the batch afresh, leave out ${o.resumeFlag ?? '--resume'}`,
      });
    }
    const seen = readJournal(o.journal, cmd.command);
    journaled = seen;
    if (seen.size && !o.resume) {
      throw new UsageError(`--journal ${o.journal} already records a batch`, {
        hint: `add ${o.resumeFlag ?? '--resume'} to continue it (applied records are skipped), or use a new journal file`,
      });
    }
    // A record is its journaled self at the same row, else (rows deleted or reordered since) the
    // next entry for the same request at another row, so an applied record is never sent twice.
    const unused = new Map(seen);
    const byKey = new Map<string, string[]>();
    for (const [k, e] of seen) {
      const same = byKey.get(e.key);
      if (same) same.push(k);
      else byKey.set(e.key, [k]);
    }
    for (const it of items) {
      const k = `${it.record.row}:${it.key}`;
      it.before = unused.get(k);
      unused.delete(k);
    }
    for (const it of items) {
      if (it.before) continue;
      const left = byKey.get(it.key) ?? [];
      while (left.length && !unused.has(left[0])) left.shift();
      const k = left.shift();
      if (k === undefined) continue;
      it.before = unused.get(k);
      unused.delete(k);
    }
    const strangers = unused.size;
    if (strangers) ctx.warn(`--journal ${o.journal}: ${strangers} journaled record(s) are not in this input (was it changed?); they are left alone`);
  }
  const todo = items.filter((it) => sends(it, o));

  // 3. Names looked up (reads only), once each; a name that cannot be found makes the input unusable.
  const scheduler = new Scheduler({ concurrency: dry ? 1 : o.concurrency });
  const client = await ctx.client();
  const io = bulkIO(ctx, client, scheduler);
  // Ctrl-C while names are looked up ends the batch before its first write (the look-ups' own
  // requests are not cut off, so no new one starts; none of the records is sent).
  // (The error's own message is not shown after Ctrl-C, only "interrupted": the line above it says what was left.)
  const interrupted = () => {
    ctx.info('stopped while looking names up: nothing was sent');
    return new InterruptedError('interrupted');
  };
  if (unusable && todo.length && ctx.io.stderr.isTTY)
    ctx.info(
      `${unusable === 1 ? 'a record cannot' : `${unusable} records cannot`} be used; looking up the names of the others too, to list every bad row (nothing will be sent)…`,
    );
  await pool(todo, dry ? 1 : o.concurrency, async (it) => {
    if (ctx.signal.aborted) throw new InterruptedError('interrupted');
    try {
      it.plan = await cmd.prepare(it.values, io);
    } catch (e) {
      if (!isInputProblem(e) || ctx.signal.aborted) throw e;
      problems.push({ row: it.record.row, line: it.record.line, message: (e as Error).message });
    }
  }).catch((e: unknown) => {
    if (ctx.signal.aborted) throw interrupted();
    // Records already bad make the input unusable whatever the API says: those are listed, with why the rest were not all checked.
    if (unusable && e instanceof CliError && !(e instanceof InterruptedError)) {
      problems.push({ row: 0, message: `the other records' names could not all be looked up (${e.message}); run it again once these are fixed` });
      badInput(problems, source, mapper);
    }
    // A look-up the API refused (5xx, 429 after the retries, no network) ends the batch as it would
    // one command; the hint says no record was sent, so the batch can simply be run again.
    if (e instanceof CliError && !(e instanceof InterruptedError) && !ctx.signal.aborted)
      e.hint = `${e.hint ? `${e.hint}; ` : ''}the batch stopped while looking names up: nothing was sent`;
    throw e;
  });
  if (ctx.signal.aborted) throw interrupted();
  if (cmd.target) {
    // Earlier runs of a resumed batch count too: a record added since that acts on what a journaled
    // record applied (or may have) would do it twice. A record sent again now is not its own earlier.
    const first = new Map<string, { row: number; journaled: boolean }>();
    const again = new Set(todo.map((it) => it.before));
    for (const e of journaled.values())
      if (e.target && !again.has(e) && (e.state === 'applied' || e.state === 'unknown' || e.state === 'sending'))
        first.set(`${e.target.what}\0${e.target.key}`, { row: e.row, journaled: true });
    for (const it of todo) {
      const t = it.plan === undefined ? undefined : cmd.target(it.plan);
      if (!t) continue;
      const earlier = first.get(`${t.what}\0${t.key}`);
      if (!earlier) first.set(`${t.what}\0${t.key}`, { row: it.record.row, journaled: false });
      else
        problems.push({
          row: it.record.row,
          line: it.record.line,
          message: earlier.journaled
            ? `the same ${t.what} as row ${earlier.row} of the journal, which an earlier run applied or may have (${cmd.label(it.plan as P, it.mapped, it.values)}): a batch takes each ${t.what} once`
            : `the same ${t.what} as row ${earlier.row} (${cmd.label(it.plan as P, it.mapped, it.values)}): a batch takes each ${t.what} once`,
        });
    }
  }
  badInput(problems, source, mapper);
  const why = !dry && !ctx.opts.yes && !ctx.canPrompt ? cmd.needsYes?.(todo.map((it) => it.plan as P)) : undefined;
  if (why) throw new UsageError(`${cmd.command}: ${why} needs --yes without a terminal; nothing was sent`);

  if (dry) {
    for (const it of todo) await cmd.execute(it.plan as P, io);
    // The requests went to stdout's stream, which reports a failed write (a full disk) on a later
    // tick (process-guards.ts ends the run then): let it, before saying they were shown.
    await new Promise((resolve) => setImmediate(resolve));
    ctx.info(nothing ?? `dry run: ${todo.length} record${todo.length === 1 ? '' : 's'} shown above, nothing was sent`);
    return;
  }

  // 4. What the batch will do, spelled out on stderr; one confirmation for all of it.
  if (todo.length) {
    const lines = [
      `\nAbout to run \`ashby ${cmd.command}\` for ${todo.length} record${todo.length === 1 ? '' : 's'}${items.length > todo.length ? ` (${items.length - todo.length} done in an earlier run)` : ''}:`,
    ];
    for (const it of todo.slice(0, 5)) lines.push(`  row ${it.record.row}: ${visible(cmd.label(it.plan as P, it.mapped, it.values))}`);
    if (todo.length > 5) lines.push(`  … and ${todo.length - 5} more`);
    for (const e of cmd.effects?.(todo.map((it) => it.plan as P)) ?? []) lines.push(e);
    if (cmd.irreversible) lines.push('This cannot be undone.');
    for (const line of lines) ctx.info(line);
    if (!ctx.opts.yes && ctx.canPrompt) {
      const ok = await (await ctx.prompter()).confirm(`Run ${todo.length === 1 ? 'it' : `all ${todo.length}`}?`, false);
      if (!ok) throw new UsageError('cancelled: nothing was changed');
    }
  }

  // 5. The batch.
  if (o.journal) journal = await Journal.open(o.journal, cmd.command);
  const stop = () => scheduler.stop();
  const out = new ResultRows(ctx, items.length, stop);
  const progress = new Progress(ctx, items.length, scheduler);
  ctx.signal.addEventListener('abort', stop, { once: true });
  if (ctx.signal.aborted) stop(); // Ctrl-C at the confirmation or just before: no record starts
  // stdout closed (`| head -1`, a reader that crashed): stop as for Ctrl-C, and say so on stderr.
  let readerGone = false;
  whenReaderGone(() => {
    readerGone = true;
    stop();
  });
  try {
    for (const it of items) if (!sends(it, o)) out.set(it.record.row, resumedRow(it));
    await pool(
      items.filter((it) => !out.has(it.record.row)),
      o.concurrency,
      async (it) => {
        const row = await runOne(cmd, it, io, scheduler, journal);
        out.set(it.record.row, row);
        progress.tick(row);
      },
    );
  } finally {
    ctx.signal.removeEventListener('abort', stop);
    progress.end();
    await out.end().finally(() => whenReaderGone(undefined));
    await journal?.close();
  }
  const tally = out.tally();
  ctx.info(nothing ?? summaryLine(tally, Date.now() - started, scheduler.requests));
  if (scheduler.rateLimited)
    ctx.info(
      `rate limited ${scheduler.rateLimited} time${scheduler.rateLimited === 1 ? '' : 's'}: the batch slowed to ${scheduler.rate.toFixed(1)} requests/s`,
    );
  if (readerGone) ctx.warn('stdout was closed before every row was shown: records not yet started then were not sent');
  if (out.outputError) throw batchOutputError(out.outputError, tally, o);
  if (scheduler.stopping && !readerGone) {
    if (o.journal) ctx.info(`to continue: run the same command again with ${o.resumeFlag ?? '--resume'} (journal ${o.journal})`);
    throw new InterruptedError('interrupted');
  }
  const notApplied = tally.failed + tally.unknown + tally.skipped;
  if (notApplied) {
    const notSent = tally.failed + tally.skipped;
    const err = new CliError(
      tally.unknown
        ? `${tally.unknown} of ${tally.total} records may or may not have been applied (outcome unknown)${notSent ? `, and ${notSent} were not applied (${tally.failed} failed, ${tally.skipped} skipped)` : ''}`
        : `${notApplied} of ${tally.total} records were not applied (${tally.failed} failed, ${tally.unknown} unknown, ${tally.skipped} skipped)`,
      {
        hint: readerGone
          ? o.journal
            ? `run the same command again with ${o.resumeFlag ?? '--resume'} (journal ${o.journal}) to carry on`
            : 'records that were not started were not sent; add --journal FILE to a batch to be able to carry on'
          : tally.unknown > 0
            ? 'rows with "outcome":"unknown" may have been applied: check them before sending them again' +
              (o.journal ? ` (${o.resumeFlag ?? '--resume'} --retry-unknown sends them again)` : '')
            : 'the rows with "ok":false on stdout say why; fix those records and run them again',
      },
    );
    err.exitCode = partialExit(tally);
    throw err;
  }
}

/**
 * A batch not wholly applied: 9 when any record's outcome is unknown (it may have been applied:
 * a person checks before anything is sent again, as for one write), else 8 (each record not
 * applied failed or was not sent, so sending it again is safe).
 */
function partialExit(t: Tally): number {
  return t.unknown ? ExitCode.unknown : ExitCode.partial;
}

/**
 * stdout failed part-way (a full disk): the batch stopped starting records, and the summary above
 * counts what was applied. Exit 8 (or 9) when records were not applied, as for any partial batch;
 * 1 when every record was and only their rows are missing.
 */
function batchOutputError(cause: Error, t: Tally, o: BulkOptions): CliError {
  const notApplied = t.failed + t.unknown + t.skipped;
  const why = cause instanceof OutputError ? String((cause.cause as Error)?.message ?? cause.cause) : cause.message;
  const err = new CliError(
    `cannot write the result rows to stdout: ${why}; ${
      notApplied
        ? `${notApplied} of ${t.total} records were not applied${t.skipped ? ` (${t.skipped} not sent: the batch stopped)` : ''}`
        : `all ${t.total} records were applied`
    }`,
    {
      cause,
      hint: !notApplied
        ? undefined
        : o.journal
          ? `run the same command again with ${o.resumeFlag ?? '--resume'} (journal ${o.journal}) once stdout can be written`
          : 'records that were not started were not sent; add --journal FILE to a batch to be able to carry on',
    },
  );
  if (notApplied) err.exitCode = partialExit(t);
  return err;
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --from ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Whether a record is sent in this run (a resumed batch skips what was applied, and by default what is unknown). */
function sends<P>(it: Item<P>, o: BulkOptions): boolean {
  const s = it.before?.state;
  if (s === 'applied') return false;
  if (s === 'sending' || s === 'unknown') return Boolean(o.retryUnknown);
  return true;
}

function resumedRow<P>(it: Item<P>): Row {
  const row = it.record.row;
  if (it.before?.state === 'applied') return { row, ok: true, result: it.before.result ?? null, resumed: true };
  return {
    row,
    ok: false,
    outcome: 'unknown',
    exit: ExitCode.unknown,
    error: {
      code: 'outcome_unknown',
      message:
        it.before?.error?.message ??
        'an earlier run sent this record and got no answer: it may have been applied; check it, then add --retry-unknown to send it again',
    },
    resumed: true,
  };
}

/** Errors that mean "this record names something that is not there" rather than "the API is down". */
function isInputProblem(e: unknown): boolean {
  if (e instanceof UsageError) return true;
  if (e instanceof ApiError) return e.exitCode === ExitCode.notFound || e.code === 'invalid_input';
  return false;
}

/** The records of --from FILE or stdin; the yaml package is loaded only for YAML. */
async function readBatch(ctx: Context, from: string): Promise<ReadResult> {
  const text = from === '-' ? await readStdin(ctx) : readInput(from);
  const format = from === '-' ? undefined : formatOf(from);
  if ((format ?? sniff(text.replace(/^\uFEFF/, ''))) !== 'yaml') return readRecords(text, format);
  // yaml is CommonJS: in the bundle a dynamic import exposes it as `default`.
  const mod = (await import('yaml')) as YamlModule & { default?: YamlModule };
  return readRecords(text, format, mod.default ?? mod);
}

/**
 * A CSV's columns, read once for the whole file (those that hold a value in some row). ashby's own
 * list output gives each row's id (mapping.ts says when a CSV is that); otherwise a column the
 * command does not take is named once, as the header's problem, rather than on every row.
 */
function csvHeader(ctx: Context, read: ReadResult, mapper: RecordMapper, given: string[], source: string, problems: RowProblem[]): boolean {
  const filled = (read.header ?? []).filter((h) => h && read.records.some((r) => r.values[h] !== undefined));
  // A batch's own rows printed as CSV (`-o csv`) keep each result's id alone, not what it is (a
  // candidate, an application): which argument it is for cannot be told, so it is not guessed.
  const rowsCsv =
    filled.includes('row') &&
    filled.includes('ok') &&
    !mapper.param('row') &&
    !mapper.param('ok') &&
    filled.every((c) => ROW_KEYS.includes(c) || /^(result|error)\./.test(c));
  if (rowsCsv) {
    problems.push({
      row: 0,
      line: read.headerLine,
      message:
        "these are a batch's result rows as CSV, which keep only each result's id, not what it is: feed one batch's rows to the next as NDJSON (-o ndjson), or give a CSV with the command's columns",
    });
    return true;
  }
  const cols = mapper.csvColumns(filled, given);
  const quoted = (cs: string[]) => cs.map((c) => `"${c}"`).join(', ');
  if (cols.own) {
    const by = (mapper.shape.idFields ?? []).find((f) => filled.includes(f)) ?? 'id';
    ctx.info(
      `${source}: ashby's own list output: each row gives its ${by}, and its other ${cols.unknown.length === 1 ? 'column is' : `${cols.unknown.length} columns are`} left out`,
    );
    return false;
  }
  if (!cols.unknown.length) return false;
  const line = read.headerLine;
  problems.push({ row: 0, line, message: `the CSV's column${cols.unknown.length === 1 ? '' : 's'} ${mapper.notTaken(cols.unknown, true)}` });
  for (const r of read.records) for (const c of cols.unknown) delete r.values[c];
  if (cols.id && cols.taken.length)
    problems.push({
      row: 0,
      line,
      message: `with an id column, as ashby's own list output has, each row would give its id alone, but ${quoted(cols.taken)} ${cols.taken.length === 1 ? 'is a column' : 'are columns'} this command takes too, so which to send is unclear: list with --fields id (and any columns meant for this command), or delete the others`,
    });
  return false;
}

function badInput(problems: RowProblem[], source: string, mapper: RecordMapper): void {
  if (!problems.length) return;
  problems.sort((a, b) => a.row - b.row);
  // Rows with the same problem are listed once: a wrong column in a 1,000-row file is one line.
  const byMessage = new Map<string, RowProblem[]>();
  for (const p of problems) byMessage.set(p.message, [...(byMessage.get(p.message) ?? []), p]);
  const lines = [...byMessage].map(([message, ps]) => {
    const at =
      ps.length === 1
        ? where(ps[0])
        : `rows ${ps
            .slice(0, 5)
            .map((p) => p.row)
            .join(', ')}${ps.length > 5 ? `, … (${ps.length} rows)` : ''}`;
    return `  ${at}: ${visible(message)}`;
  });
  const shown = lines.slice(0, MAX_LISTED);
  if (lines.length > MAX_LISTED) shown.push(`  … and ${lines.length - MAX_LISTED} more`);
  // Problems of the input as a whole (row 0: a CSV header, a JSON array that does not parse) are no record's.
  const rows = new Set(problems.filter((p) => p.row > 0).map((p) => p.row)).size;
  const unknownKey = problems.some((p) => /not (something|things) this command takes/.test(p.message));
  const noIdArg = unknownKey && !mapper.shape.idParam && problems.some((p) => p.message.includes('"id"'));
  const unusable = rows ? `${rows} record${rows === 1 ? '' : 's'} cannot be used` : 'cannot be used';
  throw new UsageError(`${source}: ${unusable}; nothing was sent:\n${shown.join('\n')}`, {
    hint: unknownKey
      ? `a record's keys name the command's arguments and flags: ${mapper.accepted()}${noIdArg ? `; this command has no id argument, so say where an id goes (e.g. --jq '.[] | {"${mapper.accepted().split(', ')[0]}": .id}' -o ndjson)` : ''}`
      : undefined,
  });
}

/** Runs `fn` over the items with at most `n` at a time, stopping early when one throws. */
async function pool<T>(items: T[], n: number, fn: (it: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const it = items[next++];
      try {
        await fn(it);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  if (failure !== undefined) throw failure;
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** A failed write that may have been applied: no answer after sending, or a server error. */
function mayHaveApplied(e: unknown): boolean {
  if (e instanceof UnknownOutcomeError) return true;
  if (e instanceof NetworkError) return !NEVER_SENT.has(String((e.cause as { code?: string } | undefined)?.code ?? ''));
  return e instanceof ApiError && (e.info.status ?? 0) >= 500;
}

/**
 * The record being run: whether one of its writes was sent (a stop after that leaves it applied in
 * part), and the warnings Ashby gave with its successes (a part of a request that did not apply).
 */
const running = new AsyncLocalStorage<{ wrote: boolean; warnings: string[] }>();

function bulkIO(ctx: Context, client: AshbyClient, scheduler: Scheduler): BulkIO {
  // In-flight requests are not cut off by Ctrl-C: the batch stops starting new ones and lets these answer.
  const never = new AbortController().signal;
  const isRead = (ep: string) => (client as unknown as { opts: { isRead?: (e: string) => boolean } }).opts.isRead?.(ep) ?? false;
  const call = async (endpoint: EndpointName, body: object, opts: CallOptions = {}) => {
    const write = !(opts.read ?? isRead(endpoint));
    const wrote = () => {
      const rec = running.getStore();
      if (write && rec) rec.wrote = true;
    };
    try {
      const env = await scheduler.call(client, endpoint, body, { signal: never, ...opts });
      wrote();
      if (Array.isArray(env.warnings)) for (const w of env.warnings) running.getStore()?.warnings.push(`${endpoint}: ${String(w)}`);
      return env;
    } catch (e) {
      if (!(e instanceof NotSentError)) wrote();
      if (!(e instanceof UnknownOutcomeError) && write && mayHaveApplied(e)) {
        throw new UnknownOutcomeError(`${(e as Error).message}: the request was sent and may have been applied`, endpoint, { cause: e });
      }
      throw e;
    }
  };
  const scheduled = Object.create(client, { call: { value: call } }) as AshbyClient;
  const quiet = Object.create(ctx, {
    opts: { value: { ...ctx.opts, yes: true, input: false } },
    client: { value: async () => scheduled },
    info: { value: () => {} },
  }) as Context;
  return { call, client: scheduled, ctx: quiet };
}

async function runOne<P>(cmd: BulkCommand<P>, it: Item<P>, io: BulkIO, scheduler: Scheduler, journal?: Journal): Promise<Row> {
  const row = it.record.row;
  const target = cmd.target && it.plan !== undefined ? cmd.target(it.plan) : undefined;
  const note = (e: Omit<JournalEntry, 'row' | 'key'>) => journal?.append({ row, key: it.key, ...e, ...(target ? { target } : {}) });
  if (scheduler.stopping) return skippedRow(row, note, io.ctx.signal);
  await note({ state: 'sending' });
  const rec = { wrote: false, warnings: [] as string[] };
  try {
    const result = (await running.run(rec, () => cmd.execute(it.plan as P, io))) ?? null;
    await note({ state: 'applied', result });
    return { row, ok: true, result, ...(rec.warnings.length ? { warnings: rec.warnings } : {}) };
  } catch (e) {
    // Stopped (Ctrl-C) before its first write: not sent. After it (a candidate created, its tags
    // not), the record was applied in part, and sending it again would repeat what was done.
    if (e instanceof NotSentError && !rec.wrote) return skippedRow(row, note, io.ctx.signal);
    const stoppedPart = e instanceof NotSentError;
    if (stoppedPart) e.message = 'the batch was stopped after this record had sent a write: its later steps were not sent';
    // A command of several steps that failed after its first write (`candidate add`) was applied in
    // part: not "failed" (that means nothing was applied) but unknown, with what was done.
    const partial = (e as { partial?: unknown }).partial;
    const outcome: Outcome = e instanceof UnknownOutcomeError || partial !== undefined || stoppedPart ? 'unknown' : 'failed';
    const err = e as CliError;
    const error = {
      code:
        partial !== undefined || stoppedPart
          ? 'partially_applied'
          : e instanceof ApiError
            ? e.code
            : outcome === 'unknown'
              ? 'outcome_unknown'
              : (err.name ?? 'error').replace(/Error$/, '').toLowerCase() || 'error',
      message: err.message,
    };
    const exit = outcome === 'unknown' ? ExitCode.unknown : (err.exitCode ?? ExitCode.other);
    const result = partial === undefined ? {} : { result: partial };
    await note({ state: outcome, exit, error, ...result });
    return { row, ok: false, outcome, exit, error, ...result };
  }
}

async function skippedRow(row: number, note: (e: Omit<JournalEntry, 'row' | 'key'>) => Promise<void> | undefined, signal: AbortSignal): Promise<Row> {
  const error = { code: 'not_sent', message: 'not sent: the batch was stopped' };
  // 143 when SIGTERM stopped the batch, as the command's own exit; 130 otherwise (Ctrl-C, stdout closed).
  const exit = stoppedExit(signal);
  await note({ state: 'skipped', exit, error });
  return { row, ok: false, outcome: 'skipped', exit, error };
}
