// `ashby __complete`: the values the completion scripts cannot carry themselves. bin/ashby.js
// imports this bundle entry directly, without commander or any command module, so that a TAB
// served from the cache costs little more than starting Node.
//
// Protocol (all three scripts in completions/ speak it):
//   ashby __complete SPEC CUR [NAME=VALUE]...
//     SPEC  live:<kind>:id|name   live values of a kind (job, user, stage, archiveReason, source,
//                                 tag, interview, emailTemplate, candidate, application, profile);
//                                 `id` when the flag takes ids, else names
//           fields:<endpoint>     field paths of the endpoint's records, for --fields
//     CUR   the word being completed, unquoted (for fields: the whole comma-separated value)
//     NAME=VALUE  what the line says elsewhere: profile=, base-url=, sandbox=1 (which organisation
//           and cache), and <kind>=<value> for flags and arguments with live values (job=Staff
//           Engineer narrows stages to that job's plan; application=ada@example.com to its plan)
//   Output: one candidate per line, `value<TAB>description` (the description may be absent),
//   already matched against CUR (a typed name may select an id). Exit status 0 and nothing at all
//   on stdout or stderr when something goes wrong: a TAB must never print an error into the line.
//
//   ashby __complete fetch:<kind> CUR [NAME=VALUE]...   (internal) asks the API, through the full
//     CLI, for the entries of a kind as JSON, refreshing the cache; see live.ts.
import { fieldCandidates } from './fields.js';
import { liveCandidates } from './live.js';
import { format, type Candidate } from './match.js';
import type { Pairs } from './scope.js';
import { processStreams, type IOStreams } from '../io/streams.js';

export function parsePairs(words: string[]): Pairs {
  const pairs: Pairs = {};
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq > 0) pairs[w.slice(0, eq)] = w.slice(eq + 1);
  }
  return pairs;
}

/** The candidates for one request; [] for anything it does not understand. */
export async function answer(args: string[], env: NodeJS.ProcessEnv): Promise<Candidate[]> {
  const [spec = '', cur = '', ...rest] = args;
  const [what, kind = '', mode] = spec.split(':');
  if (what === 'fields') return fieldCandidates(kind, cur);
  if (what === 'live' && kind) return liveCandidates(kind, mode === 'id', cur, parsePairs(rest), env);
  return [];
}

/**
 * Entry point for bin/ashby.js: `args` are the words after `__complete`. `__complete fetch:<kind>`
 * needs the API and so the whole CLI: bin/ashby.js sends it to main() (src/commands/completion/).
 */
export async function complete(args: string[], io: IOStreams = processStreams()): Promise<void> {
  let text = '';
  try {
    text = format(await answer(args, io.env));
  } catch {
    return; // nothing rather than an error in the user's command line
  }
  io.stdout.on('error', () => {});
  io.stdout.write(text);
}
