// `ashby audit-log list`: who changed what, in a window of time, in readable columns.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { intOption } from '../../context.js';
import { defineCommand } from '../define.js';
import { collect } from '../hand-command.js';

export function extend(group: Command, ctx: Context): void {
  defineCommand(group, {
    name: 'list',
    description: 'List audit log entries, newest first: the last day unless --since says otherwise',
    endpoints: ['auditLog.list', 'user.list'],
    hand: true,
    liveOptions: { actor: 'user' },
  })
    .option('--since <time>', 'from this time: "2026-11-30 09:00" (local), 2026-11-30, or back from now: 30m, 24h, 7d')
    .option('--until <time>', 'up to this time (same forms; default: now)')
    .option('--actor <user>', 'only what this user did: email, name or id (repeatable)', collect, [])
    .option('--target <id>', 'only changes to this record (repeatable)', collect, [])
    .option('--target-type <type>', 'only changes to this kind of record, e.g. Candidate (repeatable)', collect, [])
    .option('--category <name>', 'only entries in this category (repeatable)', collect, [])
    .option('--limit <n>', 'stop after this many entries (default: one page of up to 100)')
    .option('--all', 'fetch every page')
    .addHelpText(
      'after',
      `
Ashby keeps the window to at most 18 months. Tables show the time in local time and UTC, who acted,
the category, what happened and the record; -o json and the other formats give the entries whole.
Needs the auditLogsRead permission (a closed beta at Ashby).

Examples:
  ashby audit-log list --since 24h
  ashby audit-log list --since 2026-11-01 --actor ada@example.com --target-type Candidate
  ashby audit-log list --since 7d --all -o ndjson > audit.ndjson`,
    )
    .action(async (o) => {
      const { auditBody, readableEntry } = await import('../../workflows/additions.js');
      const body = await auditBody(ctx, o);
      const max = o.limit !== undefined ? intOption('--limit', o.limit, 1, Number.MAX_SAFE_INTEGER) : undefined;
      const pager = (await ctx.client()).paginate('auditLog.list', body, { all: o.all, max });
      const table = ctx.format === 'table' && !ctx.opts.fields;
      const out = await ctx.renderer(table ? { columns: ['when', 'who', 'category', 'what', 'target'] } : {});
      const rows = async function* () {
        for await (const e of pager) yield table ? readableEntry(e as Record<string, unknown>, ctx.timeZone) : e;
      };
      if (ctx.opts.dryRun) {
        for await (const _ of pager) void _;
        return;
      }
      await out.list(rows());
      if (!pager.complete && pager.moreDataAvailable && ctx.io.stderr.isTTY) ctx.info('more entries: use --all, or --limit N');
    });
}
