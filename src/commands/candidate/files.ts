// `ashby candidate upload-resume|upload-file <candidate> <path>`: upload a file from disk and attach
// it to a candidate (presigned flow in src/files/upload.ts). They take over the generated commands of
// the same names, which attach an already uploaded handle (those move to upload-resume-raw / -raw).
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { UploadContext } from '../../files/upload.js';
import { defineCommand } from '../define.js';
import { bulkCommand } from '../../bulk/hand.js';

interface Variant {
  name: string;
  endpoint: 'candidate.uploadResume' | 'candidate.uploadFile';
  context: UploadContext;
  handleField: 'resumeHandle' | 'fileHandle';
  description: string;
  example: string;
}

const VARIANTS: Variant[] = [
  {
    name: 'upload-resume',
    endpoint: 'candidate.uploadResume',
    context: 'CandidateResume',
    handleField: 'resumeHandle',
    description: "Upload a resume from disk and set it as the candidate's resume (Ashby parses it)",
    example: 'ashby candidate upload-resume ada@example.com ~/cv/ada-lovelace.pdf',
  },
  {
    name: 'upload-file',
    endpoint: 'candidate.uploadFile',
    context: 'CandidateFiles',
    handleField: 'fileHandle',
    description: 'Upload a file from disk and attach it to the candidate (portfolio, references, ...)',
    example: 'ashby candidate upload-file 3f0c… portfolio.pdf',
  },
];

export function extend(group: Command, ctx: Context): void {
  for (const v of VARIANTS) {
    const cmd = defineCommand(group, {
      name: v.name,
      description: v.description,
      endpoints: ['file.createFileUploadHandle', v.endpoint, 'candidate.info', 'candidate.search'],
      liveArgs: ['candidate'],
    })
      .argument('[candidate]', 'candidate id, email address or name')
      .argument('[path]', 'the file to upload')
      .option('--path <file>', 'the file to upload, instead of the second argument (a "path" column with --from)')
      .option('--content-type <type>', 'MIME type (default: guessed from the file extension)')
      .addHelpText(
        'after',
        `
The file is streamed (a progress bar shows on a terminal for large files) to the storage URL Ashby
hands out, then attached; the updated candidate is printed. Missing, unreadable, empty files and
directories are refused before anything is sent.

Examples:
  ${v.example}
  ashby candidate ${v.name} --from files.csv        # columns: candidate,path`,
      );
    const upload = async (c: Context, candidate: string | undefined, path: string | undefined, contentType: string | undefined) => {
      const [{ uploadFile }, { openForUpload }, { Resolver, resolveCandidate }] = await Promise.all([
        import('../../files/upload.js'),
        import('../../files/local-file.js'),
        import('../../resolve/index.js'),
      ]);
      if (!candidate) throw new UsageError(`candidate ${v.name}: give the <candidate>`);
      if (!path) throw new UsageError(`candidate ${v.name}: give the <path> of the file (or --path)`);
      if (contentType !== undefined && !/^[\w.+-]+\/[\w.+-]+$/.test(contentType))
        throw new UsageError(`--content-type must look like type/subtype, e.g. application/pdf (got "${contentType}")`);
      // The file is checked first: a typo in the path should not cost a lookup.
      await (await openForUpload(path)).handle.close();
      const who = await resolveCandidate(new Resolver(c), candidate, '<candidate>');
      const up = await uploadFile(c, { path, context: v.context, contentType });
      const env = await (await c.client()).call(v.endpoint, { candidateId: who.id, [v.handleField]: up.handle });
      return { env, who, filename: up.filename };
    };
    const run = async (c: Context, r: Record<string, unknown>) =>
      (await upload(c, r.candidate as string | undefined, r.path as string | undefined, r.contentType as string | undefined)).env.results;
    bulkCommand(cmd, ctx, { run, required: ['candidate', 'path'] }, async (candidate, path, o) => {
      if (path !== undefined && o.path !== undefined) throw new UsageError('give the file as the second argument or with --path, not both');
      const { env, who, filename } = await upload(ctx, candidate, path ?? o.path, o.contentType);
      if ((env as { dryRun?: boolean }).dryRun) return;
      if (ctx.io.stderr.isTTY) ctx.info(`Uploaded ${filename} to ${who.name}`);
      await (await ctx.renderer()).object(env.results ?? null);
    });
  }
}
