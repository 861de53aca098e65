// `ashby sequence add` and `sequence start`: a candidate into a sourcing sequence, by template name.
import type { Command } from 'commander';
import type { Context } from '../../context.js';
import { defineCommand } from '../define.js';
import { printResult } from '../hand-command.js';

const FIELDS = ['sequence.id', 'sequence.status', 'sequence.sequenceTemplateId', 'startResult.status'];

export function extend(group: Command, ctx: Context): void {
  for (const verb of ['add', 'start'] as const) {
    const cmd = defineCommand(group, {
      name: verb,
      description:
        verb === 'add'
          ? 'Enrol a candidate in a sourcing sequence, by template name (a draft unless --start)'
          : 'Enrol a candidate in a sourcing sequence by template name and start it',
      endpoints: ['candidate.info', 'candidate.search', 'sequenceTemplate.list', 'sequence.add', ...(verb === 'start' ? (['sequence.start'] as const) : [])],
      hand: true,
    })
      .argument('[candidate]', 'candidate id, email or name')
      .option('--template <name>', 'the sequence template, by title or id (see `ashby sequence-template list`)')
      .option('--application <id>', "the application whose details fill the emails' placeholders")
      .option('--from <email>', 'send from this address (see `ashby email-sender list`; default: your own)');
    // Only `add` offers --start (`start` always starts); the workflow reads it from the options.
    if (verb === 'add') cmd.option('--start', 'start sending at once instead of leaving a draft');
    cmd.addHelpText(
      'after',
      `
${verb === 'start' ? 'A draft of the same template that already exists for the candidate is started instead.\n' : ''}
Example:
  ashby sequence ${verb} ada@example.com --template "Senior engineers outreach"`,
    );
    cmd.action(async (candidate, o) => {
      const { addToSequence } = await import('../../workflows/additions.js');
      await printResult(ctx, await addToSequence(ctx, { ...o, candidate }, verb), FIELDS);
    });
  }
}
