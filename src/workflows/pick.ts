// The first step of most wizards: the application, from its flag or, on a terminal, by asking for
// the candidate and picking among their applications.
import type { Context } from '../context.js';
import { validateWith } from './guards.js';
import { resolveApplication, type AppInfo, type Resolver } from '../resolve/index.js';

export async function askCandidate(ctx: Context, question = 'Candidate (email or name, or an application id)'): Promise<string> {
  return (await ctx.prompter()).input(question, { validate: validateWith(() => {}) });
}

/** The application a flag names, or the one the person picks; `prompted` tells whether we asked. */
export async function pickApplication(
  ctx: Context,
  r: Resolver,
  query: string | undefined,
  opts: { job?: string; open?: boolean; question?: string; flag?: string; jobFlag?: string; strict?: boolean } = {},
): Promise<{ app: AppInfo; prompted: boolean }> {
  const prompted = !query;
  const q = query ?? (await askCandidate(ctx, opts.question));
  // Wizards change things: a partial name never acts on its own (strict), unless only reading.
  return {
    app: await resolveApplication(r, q, { job: opts.job, open: opts.open ?? true, flag: opts.flag, jobFlag: opts.jobFlag, strict: opts.strict ?? true }),
    prompted,
  };
}
