// `--web` on the generated commands that show one record with a page in Ashby (candidate info,
// application info, job info): the same as on the hand-made views (workflows/views.ts).
import type { Command } from 'commander';
import { getMeta, setMeta } from './meta.js';

/** Gives the group's generated `info` command --web, opening the link `link` finds in its record. */
export function webOnInfo(group: Command, what: string, link: (record: unknown) => unknown): void {
  const info = (group.commands as Command[]).find((c) => c.name() === 'info' && getMeta(c)?.kind === 'generated');
  if (!info) return;
  info.option('--web', `open the ${what} in Ashby in your browser instead (piped: print its link)`);
  setMeta(info, { kind: 'generated', webLink: link });
}
