// `ashby candidate upload-resume|upload-file <candidate> <path>`: upload a file from disk and attach
// it to a candidate (presigned flow in src/files/upload.ts). They take over the generated commands of
// the same names, which attach an already uploaded handle (those move to upload-resume-raw / -raw).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import type { UploadContext } from '../../files/upload.js';
import { defineCommand } from '../define.js';
import { bulkCommand, type HandSpec } from '../../bulk/hand.js';
import type { Entry } from '../../resolve/index.js';

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
    // The file and the content type are checked before any look-up: a typo in the path should not cost one.
    const checkFile = async (candidate: string | undefined, path: string | undefined, contentType: string | undefined) => {
      const { openForUpload } = await import('../../files/local-file.js');
      if (!candidate) throw new UsageError(`candidate ${v.name}: give the <candidate>`);
      if (!path) throw new UsageError(`candidate ${v.name}: give the <path> of the file (or --path)`);
      if (contentType !== undefined && !/^[\w.+-]+\/[\w.+-]+$/.test(contentType))
        throw new UsageError(`--content-type must look like type/subtype, e.g. application/pdf (got "${contentType}")`);
      await (await openForUpload(path)).handle.close();
    };
    const send = async (c: Context, who: Entry, path: string, contentType: string | undefined) => {
      const { uploadFile } = await import('../../files/upload.js');
      const up = await uploadFile(c, { path, context: v.context, contentType });
      const env = await (await c.client()).call(v.endpoint, { candidateId: who.id, [v.handleField]: up.handle });
      return { env, who, filename: up.filename };
    };
    const upload = async (c: Context, candidate: string | undefined, path: string | undefined, contentType: string | undefined) => {
      await checkFile(candidate, path, contentType);
      const { Resolver, resolveCandidate } = await import('../../resolve/index.js');
      return send(c, await resolveCandidate(new Resolver(c), candidate!, '<candidate>'), path!, contentType);
    };
    // A batch checks every record's file and looks every candidate up before the first upload.
    const batch = async (): Promise<HandSpec<{ who: Entry; path: string; contentType?: string }>> => {
      const { BatchLookups } = await import('../../bulk/lookups.js');
      const look = new BatchLookups();
      return {
        required: ['candidate', 'path'],
        async prepare(r, io) {
          const [candidate, path, contentType] = [r.candidate as string, r.path as string, r.contentType as string | undefined];
          await checkFile(candidate, path, contentType);
          look.resolver(io, r.refreshCache);
          return { who: await look.candidate(io, candidate, 'candidate', true), path, contentType };
        },
        execute: async (p, io) => (await send(io.ctx, p.who, p.path, p.contentType)).env.results,
        label: (_r, p) => `${p.who.name} ← ${p.path}`,
        // A candidate has one resume: two in a batch would replace each other in no set order. Files
        // add up, but the same one twice is attached twice.
        target: (p) =>
          v.name === 'upload-resume' ? { what: 'candidate', key: p.who.id } : { what: 'candidate and file', key: `${p.who.id}\0${resolve(p.path)}` },
      };
    };
    bulkCommand(cmd, ctx, batch, async (candidate, path, o) => {
      if (path !== undefined && o.path !== undefined) throw new UsageError('give the file as the second argument or with --path, not both');
      const { env, who, filename } = await upload(ctx, candidate, path ?? o.path, o.contentType);
      if ((env as { dryRun?: boolean }).dryRun) return;
      if (ctx.io.stderr.isTTY) ctx.info(`Uploaded ${filename} to ${who.name}`);
      await (await ctx.renderer()).object(env.results ?? null);
    });
  }
}
