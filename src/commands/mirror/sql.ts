// `ashby sql "SELECT …"`: read-only SQL over the local mirror.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { killableRows } from '../../process-guards.js';
import { readStdin } from '../run-helpers.js';
import { setMeta } from '../meta.js';
import { dbOption } from './common.js';

export function register(program: Command, ctx: Context): void {
  const cmd = dbOption(
    program
      .command('sql')
      .description('Query the local mirror with SQL (read-only)')
      .argument('[query]', 'one SQL statement; - reads it from stdin')
      .option('--schema', 'list the tables and columns instead')
      .option('--max-age <duration>', 'refresh the mirror first when it is older than this (e.g. 15m, 2h); without it, sql never syncs')
      .option('--offline', 'answer from the mirror as it is (the default for sql; wins over --max-age)'),
  ).addHelpText(
    'after',
    `
The mirror is filled by \`ashby sync\`. Each table has id, the columns below, and the whole record
as JSON in data (json_extract(data, '$.field')). Nothing here can change it. Unlike search and
the analytics, sql answers from the mirror as it is, without asking Ashby, unless --max-age is
given: a script's query never starts a sync it did not ask for.

Examples:
  ashby sql --schema
  ashby sql "SELECT status, count(*) AS n FROM applications GROUP BY status"
  ashby sql "SELECT name, email FROM candidates WHERE created_at >= '2026-11-01'" -o csv
  ashby sql --max-age 1h "SELECT count(*) FROM applications"   # sync first if older than an hour
  echo "SELECT title FROM jobs WHERE status = 'Open'" | ashby sql -`,
  );
  cmd.action(async (text: string | undefined, o: { schema?: boolean; db?: string; maxAge?: string; offline?: boolean }) => {
    if (o.schema) {
      const { schemaRows } = await import('../../mirror/sql.js');
      const out = await ctx.renderer({ columns: ['table', 'column', 'type', 'indexed', 'description'] });
      await out.list(schemaRows());
      return;
    }
    if (text === undefined) throw new UsageError('give a query, e.g. ashby sql "SELECT count(*) FROM candidates" (or --schema)');
    const sql = text === '-' ? await readStdin(ctx) : text;
    const { NoMirrorError, openToRead, sayAge } = await import('../../mirror/open.js');
    const { query, sqlError } = await import('../../mirror/sql.js');
    const { damaged } = await import('../../mirror/db.js');
    const refresh = o.maxAge !== undefined && !o.offline;
    if (refresh) {
      // Bad SQL is refused before a refresh sends anything: checked against the mirror as it is.
      const before = await openToRead(ctx, { db: o.db, maxAge: o.maxAge }, false).catch((e: unknown) => {
        if (e instanceof NoMirrorError) return undefined;
        throw e;
      });
      try {
        if (before) query(before.db, sql);
      } finally {
        before?.db.close();
      }
    }
    const m = await openToRead(ctx, { db: o.db, maxAge: o.maxAge, offline: o.offline }, refresh);
    try {
      // A statement that is bad input is refused before anything is said about the mirror.
      const r = query(m.db, sql);
      await sayAge(ctx, m);
      // A Ctrl-C before the query starts stops it here (killableRows: one during it ends the process).
      ctx.signal.throwIfAborted();
      const out = await ctx.renderer({ columns: r.columns, header: r.columns });
      try {
        await out.list(killableRows(r.rows));
      } catch (e) {
        throw sqlError(e, sql);
      }
    } catch (e) {
      throw damaged(e, m.loc.path);
    } finally {
      m.db.close();
    }
  });
  setMeta(cmd, { kind: 'hand', endpoints: [], fileOptions: ['db'] });
}
