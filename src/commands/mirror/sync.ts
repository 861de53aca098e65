// `ashby sync [RESOURCE…] [--full]`: bring the local mirror up to date.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { intOption } from '../../context.js';
import { setMeta } from '../meta.js';
import { dbOption } from './common.js';

export function register(program: Command, ctx: Context): void {
  const cmd = dbOption(
    program
      .command('sync')
      .description('Copy Ashby into the local mirror (SQLite), or bring it up to date')
      .argument('[resource...]', 'tables to sync (default: all); e.g. candidates applications notes')
      .option('--full', 'list everything again instead of only what changed (also drops what Ashby deleted)')
      .option('--concurrency <n>', 'parallel requests for per-application and per-candidate data', '8'),
  ).addHelpText(
    'after',
    `
The first sync lists everything; later ones ask Ashby only for what changed since (its sync
tokens), and fetch stage history only for applications that changed. Each table is saved with its
sync token in one step, so an interrupted sync loses nothing. Notes cost one request per candidate
and are synced only when named once (ashby sync notes); after that, every sync includes them.

Examples:
  ashby sync                                  # everything
  ashby sync candidates applications          # just these (and what they need)
  ashby sync --full                           # start over: also removes what was deleted in Ashby
  ashby sync --dry-run                        # which tables a sync would pass over, and how
  ashby sql "SELECT status, count(*) FROM applications GROUP BY status"`,
  );
  cmd.action(async (resources: string[], o: { full?: boolean; concurrency: string; db?: string }) => {
    const concurrency = intOption('--concurrency', o.concurrency, 1, 64);
    const { planSync, runSync } = await import('../../mirror/open.js');
    if (ctx.opts.dryRun) {
      // What a sync sends depends on Ashby's answers (pages, changed records): the plan is the tables.
      const p = await planSync(ctx, { resources, full: o.full, db: o.db });
      const out = await ctx.renderer({ columns: ['table', 'mode', 'lastSynced'] });
      await out.list(p.planned);
      if (p.layout === 'migrate') ctx.info("the mirror's layout would be brought up to date first (no requests)");
      if (p.layout === 'rebuild') ctx.info("the mirror's layout is too old to update: it would be rebuilt with a full sync");
      ctx.info(`--dry-run: nothing was sent and ${p.loc.path} was not changed`);
      return;
    }
    const r = await runSync(ctx, { resources, full: o.full, concurrency, db: o.db });
    const out = await ctx.renderer({ columns: ['table', 'mode', 'rows', 'added', 'updated', 'deleted', 'requests', 'seconds'] });
    await out.list(r.summary.map((s) => ({ ...s, seconds: Math.round(s.seconds * 100) / 100 })));
    if (ctx.io.stderr.isTTY) ctx.info(`${r.requests} requests in ${r.seconds.toFixed(1)} s; mirror: ${r.loc.path}`);
  });
  setMeta(cmd, { kind: 'hand', endpoints: [], fileOptions: ['db'] });
}
