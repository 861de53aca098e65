// `ashby report run <report-id>`: run a saved report and print its rows as records keyed by the
// report's column names (see src/reports/).
import type { Command } from 'commander';
import { intOption, type Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { defineCommand } from '../define.js';

const DEFAULT_TIMEOUT_S = 600;

export function extend(group: Command, ctx: Context): void {
  defineCommand(group, {
    name: 'run',
    description: 'Run a saved report and print its rows (waits for slow reports, polling)',
    endpoints: ['report.synchronous', 'report.generate'],
  })
    .argument('<report>', 'the report: its id, its URL pasted from Ashby, or the title of a report run here before')
    .option('--poll-interval <seconds>', 'seconds between checks on a report that is still running', '1')
    .option('--async', 'skip the synchronous attempt: start the report in the background and poll it')
    .addHelpText(
      'after',
      `
ashby first asks Ashby to run the report synchronously (Ashby allows 30 s); a report still running
after that is polled until it is done. The global --timeout is the overall limit for this command
(default ${DEFAULT_TIMEOUT_S} s); when it runs out, the error names the request id to collect the
result later with \`ashby report generate\`; no retry is sent that could not end before it. Ashby
allows each organisation 15 report starts a minute and 3 at once; when a limit is hit, ashby waits
as Ashby asks and says so on stderr, or exits 6 at once when that wait would pass --timeout.
Rows are records keyed by the report's column names; CSV keeps the columns in report order.

A report is named by its id, by its URL pasted from Ashby, or by its title once it has been run here
(Ashby's API cannot list reports; against the sandbox, its own reports are known by title).

Examples:
  ashby report run 9a3c…                    # a table on a terminal
  ashby report run "https://app.ashbyhq.com/reports/…/9a3c…"
  ashby --sandbox report run "Pipeline by stage"
  ashby report run 9a3c… -o csv > hires.csv
  ashby report run 9a3c… -o ndjson --timeout 1800 | jq '.["Candidate"]'`,
    )
    .action(async (report, o) => {
      const known = await import('../../reports/known.js');
      const reportId = await known.reportId(ctx, report);
      const pollMs = pollInterval(o.pollInterval);
      const timeoutMs = (ctx.opts.timeout !== undefined ? intOption('--timeout', ctx.opts.timeout, 1, 3600) : DEFAULT_TIMEOUT_S) * 1000;
      const [{ runReport }, { reportTable, writeCsv }] = await Promise.all([import('../../reports/run.js'), import('../../reports/rows.js')]);
      const data = await runReport(ctx, { reportId, timeoutMs, pollMs, async: Boolean(o.async) });
      if (!data) return; // --dry-run
      await known.rememberReport(ctx, reportId, data.metadata?.title);
      const table = reportTable(data);
      if (ctx.io.stderr.isTTY) {
        const title = data.metadata?.title ? `"${data.metadata.title}"` : reportId;
        ctx.info(
          `${title}: ${table.rows.length} row${table.rows.length === 1 ? '' : 's'}${data.metadata?.reportGeneratedAt ? `, generated ${data.metadata.reportGeneratedAt}` : ''}`,
        );
      }
      if (ctx.format === 'csv' && !ctx.opts.fields && !ctx.opts.jq) return writeCsv(ctx.io, table, { raw: Boolean(ctx.opts.csvRaw) });
      // Every column, dotted names included ("Avg. days"): getPath reads a key that holds a dot as one key.
      const out = await ctx.renderer({ columns: table.columns });
      await out.list(table.rows);
    });
}

function pollInterval(raw: string): number {
  const s = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || s < 0.1 || s > 60) throw new UsageError(`--poll-interval must be a number of seconds from 0.1 to 60 (got "${raw}")`);
  return Math.round(s * 1000);
}
