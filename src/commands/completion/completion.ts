// `ashby completion bash|zsh|fish` prints the completion script, generated from the command tree
// (the copies in completions/ are the same text, checked for drift). The hidden `ashby __complete`
// is the engine the scripts call for live values; bin/ashby.js normally answers it without
// commander (src/completion/main.ts), and this registration serves `fetch:` and in-process calls.
import { Argument, type Command } from 'commander';
import type { Context } from '../../context.js';
import type { Group } from '../registry.js';
import { setMeta } from '../meta.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const INSTALL = `
Install (once; new shells pick it up; mkdir -p makes the folder a new account lacks):
  bash  mkdir -p ~/.local/share/bash-completion/completions &&
        ashby completion bash > ~/.local/share/bash-completion/completions/ashby
  zsh   mkdir -p ~/.zsh/completions && ashby completion zsh > ~/.zsh/completions/_ashby
        # and in ~/.zshrc, before compinit: fpath=(~/.zsh/completions $fpath)
  fish  mkdir -p ~/.config/fish/completions &&
        ashby completion fish > ~/.config/fish/completions/ashby.fish
Or for the current shell only:  source <(ashby completion bash)
  (zsh: the same with zsh, once compinit has run: autoload -U compinit && compinit)

Package managers install the copies from completions/ as
  /usr/share/bash-completion/completions/ashby, /usr/share/zsh/site-functions/_ashby and
  /usr/share/fish/vendor_completions.d/ashby.fish.`;

export function register(program: Command, ctx: Context, group: Group): void {
  if (group.name === '__complete') {
    program
      .command('__complete', { hidden: true })
      .description(group.summary)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument('[words...]')
      .action(async (words: string[]) => {
        const [spec = '', cur = '', ...rest] = words;
        const { parsePairs, answer } = await import('../../completion/main.js');
        try {
          if (spec.startsWith('fetch:')) {
            const { fetchEntries } = await import('../../completion/fetch.js');
            ctx.io.stdout.write(JSON.stringify(await fetchEntries(ctx, spec.slice('fetch:'.length), cur, parsePairs(rest))));
            return;
          }
          const { format } = await import('../../completion/match.js');
          ctx.io.stdout.write(format(await answer(words, ctx.env)));
        } catch (err) {
          ctx.debug(`__complete: ${String(err)}`); // never an error in the user's command line
        }
      });
    return;
  }
  const cmd = program
    .command('completion')
    .description(group.summary)
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('after', INSTALL)
    .action(async (shell: (typeof SHELLS)[number]) => {
      const { completionScript } = await import('../../completion/render.js');
      ctx.io.stdout.write(await completionScript(shell, ctx));
    });
  setMeta(cmd, { kind: 'hand' });
}
