// Saved reports by name. Ashby's API cannot list saved reports, so a report is found by title only
// among those this machine has run before (remembered with the title Ashby returned) or, against a
// sandbox on this machine, among the sandbox's own (GET /_sandbox/reports). A pasted report URL
// gives its id; an id is used as is.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { quoteName, sanitizeCell } from '../io/sanitize.js';
import { LookupNotFoundError, Resolver } from '../resolve/index.js';
import { cacheScope } from '../resolve/cache.js';
import { idFromUrl, isUuid, type Entry } from '../resolve/entry.js';
import { matchEntries } from '../resolve/resolver.js';

async function file(ctx: Context): Promise<{ dir: string; path: string; origin: string; profile?: string }> {
  const { dir, origin, profile } = await cacheScope(ctx);
  return { dir, path: join(dir, 'reports.json'), origin, profile };
}

/** What reports.json holds: the reports of one organisation and profile, as the name cache keeps
 *  its files (resolve/cache.ts). A plain list is the file as earlier versions wrote it. */
interface ReportsFile {
  origin: string;
  profile?: string;
  items: Entry[];
}

async function remembered(ctx: Context): Promise<Entry[]> {
  const { path, origin, profile } = await file(ctx);
  try {
    const read = JSON.parse(await readFile(path, 'utf8')) as ReportsFile | Entry[];
    const list = Array.isArray(read) ? read : read.origin === origin && read.profile === profile ? read.items : [];
    return Array.isArray(list) ? list.filter((e) => e && typeof e.id === 'string' && typeof e.name === 'string') : [];
  } catch {
    return [];
  }
}

/** After a run: the report's title, so that the title works next time. */
export async function rememberReport(ctx: Context, id: string, title: string | undefined): Promise<void> {
  if (!title || ctx.opts.dryRun) return;
  const { dir, path, origin, profile } = await file(ctx);
  const items = [...(await remembered(ctx)).filter((e) => e.id !== id), { id, name: title }];
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const tmp = join(dir, `.reports.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify({ origin, profile, items } satisfies ReportsFile), { mode: 0o600 });
    await rename(tmp, path);
  } catch (err) {
    ctx.debug(`cannot remember report ${id}: ${String(err)}`);
  }
}

/** The sandbox's reports, when the API is a sandbox on this machine; [] otherwise. */
async function sandboxReports(ctx: Context): Promise<Entry[]> {
  const client = await ctx.client();
  const base = new URL(client.baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) return [];
  try {
    const res = await fetch(`${client.baseUrl}/_sandbox/reports`, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) return [];
    const body = (await res.json()) as { results?: Array<{ id: string; title: string }> };
    return (body.results ?? []).map((r) => ({ id: r.id, name: r.title }));
  } catch {
    return [];
  }
}

/** Every report known by name here: remembered ones and, for a local sandbox, its own. */
export async function knownReports(ctx: Context): Promise<Entry[]> {
  const [mine, sandbox] = await Promise.all([remembered(ctx), sandboxReports(ctx)]);
  return [...sandbox, ...mine.filter((m) => !sandbox.some((s) => s.id === m.id))];
}

/** The report id a value names: an id, a pasted report URL, or a known report's title. */
export async function reportId(ctx: Context, value: string): Promise<string> {
  const v = value.trim();
  if (isUuid(v)) return v;
  const fromUrl = idFromUrl(v);
  if (fromUrl) return fromUrl;
  if (ctx.opts.dryRun) return `<report:${v}>`;
  const known = await knownReports(ctx);
  const { matches, exact } = matchEntries(known, v);
  if (!matches.length) {
    throw new LookupNotFoundError(
      `no report known here is titled ${quoteName(v)}`,
      `Ashby's API cannot list reports: pass the report's id or paste its URL from Ashby once; after that its title works${known.length ? `. Known: ${known.map((k) => sanitizeCell(k.name)).join(', ')}` : ''}`,
    );
  }
  return (await new Resolver(ctx).one('report', v, matches, exact, 'REPORT')).id;
}
