// One completion script from the live command tree: every group is loaded, reduced to the model,
// flattened to tables and written in the shell's syntax, followed by the shell's hand-written
// driver (drivers/driver.<shell>, real shell files so `bash -n`/`zsh -n`/`fish -n` check them).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullTree } from '../commands/tree.js';
import type { Context } from '../context.js';
import { buildModel } from './model.js';
import { renderBash } from './render-bash.js';
import { renderFish } from './render-fish.js';
import { renderZsh } from './render-zsh.js';
import { buildTables } from './tables.js';

const RENDER = { bash: renderBash, zsh: renderZsh, fish: renderFish };

export function header(shell: keyof typeof RENDER): string {
  return [
    `${shell} completion for ashby. Generated from the command tree by scripts/gen-completions.mjs`,
    `(or \`ashby completion ${shell}\`): do not edit. Install: \`ashby completion --help\`.`,
    'Commands, flags and enum values are in this file; live values (jobs, stages, users, ...) and',
    '--fields names come from `ashby __complete` (protocol: src/completion/main.ts).',
  ].join('\n');
}

/** From src/completion/drivers (tests) or dist/drivers (the bundle; copied by scripts/build.mjs). */
function driver(shell: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'drivers', `driver.${shell}`), 'utf8');
}

export async function completionScript(shell: keyof typeof RENDER, ctx: Context): Promise<string> {
  return RENDER[shell](buildTables(buildModel(await fullTree(ctx))), header(shell), driver(shell));
}
