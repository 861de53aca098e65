// `ashby feedback submit`: interview feedback (scorecards) on an application, by form field.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { applicationArg, collect, printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function register(program: Command, ctx: Context): void {
  const group = program.command('feedback').description('Submit interview feedback (scorecards) on applications');
  const submit = defineCommand(group, {
    name: 'submit',
    description: 'Fill in a feedback form for an application and submit it',
    endpoints: [
      'feedbackFormDefinition.list',
      'feedbackFormDefinition.info',
      'interview.list',
      'applicationFeedback.submit',
      'application.info',
      'candidate.search',
      'user.list',
    ],
    fileOptions: ['answers'],
    liveOptions: { application: 'application', job: 'job', interview: 'interview', user: 'user' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', "application id, or the candidate's email or name (or --application)")
    .option('--application <app>', "application id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .option('--form <form>', 'feedback form, by title or id')
    .option('--interview <type>', 'use the feedback form of this interview type (title or id)')
    .option('--answers <file>', 'form values: JSON or YAML keyed by field title or path (- for stdin)')
    .option('--field <title=value>', 'one form value, by field title or path (repeatable)', collect, [])
    .option('--user <user>', "credit the feedback to this user (email or name; default: the API key's user)")
    .option('--interview-event <id>', 'the interview event the feedback is for (needs --user, an interviewer of it)')
    .addHelpText(
      'after',
      `
Without --form or --interview the organisation's default feedback form is used (or, on a
terminal, picked). Values by field type: scores 1-4; text as is; selects by label; yes/no.
The second example names the sandbox's candidate, interview type, form fields and user: add
--sandbox to run it as written.

Examples:
  ashby feedback submit                                     # wizard
  ashby feedback submit --application ada.ritchie4@example.com --interview "Technical interview" \\
      --field "Overall recommendation=4" --field "Summary=Strong systems design" \\
      --field Seniority=Senior --user "Grace Johnson"`,
    );
  bulkCommand(
    submit,
    ctx,
    async () => (await import('../../workflows/feedback.js')).feedbackBatch(),
    async (application, o) => {
      const { submitFeedback } = await import('../../workflows/feedback.js');
      const result = await submitFeedback(ctx, { ...o, application: applicationArg(application, o.application) });
      await printResult(ctx, result, ['submittedFormInstance.id', 'submittedFormInstance.submittedValues']);
    },
  );
}
