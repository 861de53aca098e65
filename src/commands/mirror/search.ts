// `ashby search TEXT`: full-text search over the local mirror.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { intOption } from '../../context.js';
import { UsageError } from '../../errors.js';
import { setMeta } from '../meta.js';
import { readOptions } from './common.js';

const KINDS = ['candidate', 'application', 'note'] as const;

export function register(program: Command, ctx: Context): void {
  const cmd = readOptions(
    program
      .command('search')
      .description('Full-text search over the local mirror: candidates, applications and notes')
      .argument('<text...>', 'words to find (all must match; the last one may be the start of a word)')
      .option('--kind <kind>', `only this kind of record: ${KINDS.join(', ')} (repeatable)`, (v: string, prev: string[]) => [...prev, v], [] as string[])
      .option('--limit <n>', 'at most this many results', '50'),
  ).addHelpText(
    'after',
    `
Searches names, email addresses, companies, positions, schools, tags and sources of candidates;
the job, stage, source, archive reason and custom fields of applications; and notes (once synced
with \`ashby sync notes\`). Best matches first. A word ending in * ('eng*', quoted for the shell)
matches the words it starts; OR in capitals between words gives alternatives (a OR b c: a, or b
and c). Quotes, hyphens and other symbols are plain text. The mirror is refreshed first when older
than --max-age (default 15m).

Examples:
  ashby search ada lovelace
  ashby search "acme corp" --kind candidate -o json --jq '.[].id'
  ashby search referral onsite --kind application --offline
  ashby search 'eng*' OR 'design*' --kind application`,
  );
  cmd.action(async (words: string[], o: { kind: string[]; limit: string; db?: string; maxAge?: string; offline?: boolean }) => {
    const kinds = o.kind.map((k) => k.toLowerCase().replace(/s$/, ''));
    for (const k of kinds) if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(`--kind "${k}": expected one of ${KINDS.join(', ')}`);
    const limit = intOption('--limit', o.limit, 1, 10_000);
    const text = words.join(' ');
    if (!text.trim()) throw new UsageError('give some words to search for');
    const { search } = await import('../../mirror/search.js');
    const hits = await search(ctx, text, { ...o, kinds: kinds as Array<(typeof KINDS)[number]>, limit });
    const out = await ctx.renderer({ columns: ['kind', 'name', 'match', 'id'], header: ['kind', 'id', 'candidateId', 'name', 'match', 'rank'] });
    await out.list(hits);
  });
  setMeta(cmd, { kind: 'hand', endpoints: [], fileOptions: ['db'] });
}
