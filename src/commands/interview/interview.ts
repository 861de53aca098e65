// `ashby interview schedule`: put an interview in the calendar for an application.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { collect, printResult } from '../hand-command.js';
import { bulkCommand } from '../../bulk/hand.js';

export function extend(group: Command, ctx: Context): void {
  const schedule = defineCommand(group, {
    name: 'schedule',
    description: 'Schedule an interview for an application with interviewers and a time',
    endpoints: ['interview.list', 'user.list', 'interviewSchedule.list', 'interviewSchedule.create', 'application.info', 'candidate.search'],
    liveOptions: { job: 'job', interview: 'interview', interviewer: 'user' },
    liveArgs: ['application'],
    hand: true,
  })
    .argument('[application]', "application id, or the candidate's email or name")
    .option('--job <job>', 'the job, when the candidate has several applications')
    .option('--interview <type>', 'interview type, by title or id')
    .option('--interviewer <user>', 'interviewer, by email, name or id (repeatable)', collect, [])
    .option('--start <time>', 'start time: local time ("2030-05-01 14:00") unless a zone is given')
    .option('--duration <minutes>', 'length in minutes')
    .addHelpText(
      'after',
      `
Asks before scheduling on a terminal (Ashby sends the invitations); scripts pass --yes. An
overlapping schedule of the same application and a time in the past are warned about.`,
    )
    .addHelpText(
      'after',
      `
Example:
  ashby interview schedule ada@example.com --job "Staff Engineer" --interview "Technical interview" \\
      --interviewer grace@example.com --interviewer alan@example.com \\
      --start 2030-05-01T14:00:00+02:00 --duration 60`,
    );
  bulkCommand(
    schedule,
    ctx,
    async () => (await import('../../workflows/schedule.js')).scheduleBatch(),
    async (application, o) => {
      const { scheduleInterview } = await import('../../workflows/schedule.js');
      const result = await scheduleInterview(ctx, { ...o, application });
      await printResult(ctx, result, [
        'id',
        'status',
        'applicationId',
        'interviewEvents.interview.title',
        'interviewEvents.startTime',
        'interviewEvents.endTime',
      ]);
    },
  );
}
