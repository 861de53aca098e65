// `ashby candidate add`: a new candidate with resume, application, tags and note in one go.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { collect, printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';
import { webOnInfo } from '../web.js';

export function extend(group: Command, ctx: Context): void {
  webOnInfo(group, 'candidate', (c) => (c as { profileUrl?: unknown } | undefined)?.profileUrl);
  const add = defineCommand(group, {
    name: 'add',
    description: 'Add a candidate: create, upload a resume, apply to a job, tag and note in one step',
    endpoints: [
      'candidate.create',
      'file.createFileUploadHandle',
      'candidate.uploadResume',
      'application.create',
      'candidate.addTag',
      'candidate.createNote',
      'candidate.search',
      'job.list',
      'source.list',
      'candidateTag.list',
    ],
    fileOptions: ['resume'],
    liveOptions: { job: 'job', source: 'source', tag: 'tag' },
    hand: true,
  })
    .option('--name <name>', 'full name')
    .option('--email <email>', 'primary email')
    .option('--phone <phone>', 'primary phone number')
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--job <job>', 'apply to this job (title or id)')
    .option('--source <source>', 'where the candidate came from (source title or id)')
    .option('--tag <tag>', 'add this tag (title or id; repeatable)', collect, [])
    .option('--note <text>', 'add this note')
    .option('--resume <file>', 'upload this resume (PDF, DOCX, ...)')
    .option('--allow-duplicate', 'create the candidate even when one with this email exists')
    .addHelpText(
      'after',
      `
Names are resolved and the resume checked before anything is created. If a later step fails
(upload, application, tag, note), the others still run, each is reported, and the exit is non-zero.

Examples:
  ashby candidate add                                  # wizard
  ashby candidate add --name "Ada Lovelace" --email ada@example.com --job "Staff Engineer" \\
      --source LinkedIn --tag "Strong referral" --note "Met at PyCon" --resume ada.pdf`,
    );
  bulkCommand(
    add,
    ctx,
    async () => (await import('../../workflows/candidate-add.js')).addBatch(),
    async (o) => {
      const { addCandidate } = await import('../../workflows/candidate-add.js');
      const { result, failure } = await addCandidate(ctx, o);
      await printResult(ctx, result, ['candidate.id', 'candidate.name', 'candidate.primaryEmailAddress.value', 'application.id', 'application.job.title']);
      if (failure) throw failure;
    },
  );

  defineCommand(group, {
    name: 'view',
    description: 'Everything about a candidate on one screen: applications, interviews, feedback, notes, files',
    endpoints: [
      'candidate.search',
      'candidate.info',
      'application.info',
      'application.listHistory',
      'interviewSchedule.list',
      'applicationFeedback.list',
      'candidate.listNotes',
    ],
    liveArgs: ['candidate'],
    hand: true,
  })
    .argument('[candidate]', 'the candidate: email, name, id or a pasted Ashby link')
    .option('--web', 'open the candidate in Ashby in your browser instead')
    .addHelpText(
      'after',
      `
Shows the candidate, each application (job, stage, status, days in stage, source), upcoming
interviews (local time), the latest feedback per application, the five newest notes, files and
tags. -o json prints the whole dossier, the candidate record included. --web opens the profile in
Ashby on a terminal; piped, or where no browser can be started, it prints the link instead.

Examples:
  ashby candidate view ada@example.com
  ashby candidate view "Ada Ritchie" --web
  ashby candidate view ada@example.com -o json | jq '.applications[].stage'`,
    )
    .action(async (who, o) => {
      const { requireFlags } = await import('../../workflows/guards.js');
      requireFlags(ctx, 'candidate view', [['CANDIDATE', who]]);
      const q = who ?? (await (await import('../../workflows/pick.js')).askCandidate(ctx, 'Candidate (email or name)'));
      const views = await import('../../workflows/views.js');
      if (o.web) {
        const link = await views.candidateLink(ctx, q);
        return ctx.opts.dryRun ? undefined : views.openInBrowser(ctx, link);
      }
      const d = await views.candidateDossier(ctx, q);
      if (!d) return;
      if (ctx.format === 'table' && !ctx.opts.fields && !ctx.opts.jq) {
        const { writeAll } = await import('../../io/streams.js');
        return writeAll(ctx.io.stdout, views.dossierText(d, ctx.io.stdout.columns ?? 100, ctx.timeZone));
      }
      await (await ctx.renderer()).object(d);
    });
}
