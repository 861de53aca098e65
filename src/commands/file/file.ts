// `ashby file download <handle>`: resolve a file handle and save the file (see src/files/download.ts).
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';

export function extend(group: Command, ctx: Context): void {
  defineCommand(group, {
    name: 'download',
    description: 'Download a stored file (a resume, an offer letter, ...) by its handle',
    endpoints: ['file.info'],
    fileOptions: ['to'],
  })
    .argument('<handle>', "the file handle, e.g. from a candidate's resumeFileHandle or fileHandles")
    .option('--to <path>', "file or directory to save to, or - for stdout (default: the current directory, under the file's own name)")
    .option('--force', 'overwrite an existing file')
    .addHelpText(
      'after',
      `
(-o is the output format flag everywhere, hence --to.) The file is written under a temporary
name and renamed when complete, so an interrupted download leaves nothing behind. The storage URL
is fetched without your API key. A summary (path, bytes, content type) is printed as data.

Examples:
  ashby file download "$(ashby candidate info <candidate-id> --jq .resumeFileHandle.handle)"
  ashby file download <handle> --to ~/Downloads/
  ashby file download <handle> --to - > resume.pdf`,
    )
    .action(async (handle, o) => {
      const { downloadFile } = await import('../../files/download.js');
      const saved = await downloadFile(ctx, { handle, to: o.to, force: Boolean(o.force) });
      if (saved && saved.path !== '-') await (await ctx.renderer()).object(saved);
    });
}
