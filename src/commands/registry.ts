// The top-level command groups. Cheap to load: names, aliases and summaries only; each group's
// module is imported when argv names it (or when the whole tree is needed, by `ashby commands`).
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { RESOURCE_ALIASES, RESOURCE_SUMMARIES, kebab } from '../catalog/names.js';

export interface GroupModule {
  register(program: Command, ctx: Context, group: Group): void | Promise<void>;
}

export interface Group {
  name: string;
  aliases?: string[];
  summary: string;
  hidden?: boolean;
  /** The API resource a generated group stands for. */
  resource?: string;
  /** A help topic (`ashby environment`): a page, no actions. */
  topic?: boolean;
  load: () => Promise<GroupModule>;
}

/** A hand-written module that adds to, or replaces commands of, a resource's generated group. */
export interface Extension {
  extend(group: Command, ctx: Context): void | Promise<void>;
}

/** Hand-written extensions per resource, applied after the generated commands. */
const EXTENSIONS: Record<string, Array<() => Promise<Extension>>> = {
  // Recruiter workflows (issue 5): hand-made commands that take names, not ids.
  offer: [() => import('./offer/offer.js'), () => import('./offer/decision.js')],
  application: [() => import('./application/application.js'), () => import('./application/delete.js')],
  candidate: [() => import('./candidate/candidate.js'), () => import('./candidate/files.js'), () => import('./candidate/hris.js')],
  // Endpoints newer than the base spec (issue 13).
  auditLog: [() => import('./audit-log/audit-log.js')],
  sequence: [() => import('./sequence/sequence.js')],
  interview: [() => import('./interview/interview.js')],
  webhook: [() => import('./webhook/webhook.js')],
  report: [() => import('./report/report.js')],
  file: [() => import('./file/file.js')],
  job: [() => import('./job/job.js')],
};

const HAND_GROUPS: Group[] = [
  { name: 'auth', summary: 'Log in, show and switch API key profiles', load: () => import('./auth/auth.js') },
  { name: 'api', summary: 'Call any Ashby endpoint directly', load: () => import('./api/api.js') },
  { name: 'commands', summary: 'List every command and the endpoint it calls', load: () => import('./catalog/commands.js') },
  { name: 'feedback', summary: 'Submit interview feedback (scorecards) on applications', load: () => import('./feedback/feedback.js') },
  { name: 'sandbox', summary: 'Run or reset the offline sandbox organisation', load: () => import('./sandbox/sandbox.js') },
  // The local mirror (issue 16): Ashby in SQLite, queried offline.
  { name: 'sync', summary: 'Copy Ashby into a local SQLite mirror, or bring it up to date', load: () => import('./mirror/sync.js') },
  { name: 'sql', summary: 'Query the local mirror with read-only SQL', load: () => import('./mirror/sql.js') },
  { name: 'search', summary: 'Full-text search over the local mirror', load: () => import('./mirror/search.js') },
  { name: 'pipeline', summary: 'Open jobs by stage, from the local mirror', load: () => import('./mirror/analytics.js') },
  { name: 'funnel', summary: 'Stage-to-stage conversion by source or job, from the local mirror', load: () => import('./mirror/analytics.js') },
  { name: 'stale', summary: 'Applications stuck in their stage, from the local mirror', load: () => import('./mirror/analytics.js') },
  { name: 'time-in-stage', summary: 'Median and p90 days per stage, from the local mirror', load: () => import('./mirror/analytics.js') },
  { name: 'mcp', summary: 'Serve Ashby to AI assistants over the Model Context Protocol (stdio)', load: () => import('./mcp/mcp.js') },
  { name: 'completion', summary: 'Print the shell completion script for bash, zsh or fish', load: () => import('./completion/completion.js') },
  { name: 'doctor', summary: 'Check the setup: Node, config, keychain, API key and reach, completion', load: () => import('./doctor/doctor.js') },
  // The engine the completion scripts call; bin/ashby.js answers it before loading the CLI.
  {
    name: '__complete',
    summary: 'Values for shell completion (used by the completion scripts)',
    hidden: true,
    load: () => import('./completion/completion.js'),
  },
];

/** Help topics (`ashby environment`, `ashby help exit-codes`): pages, listed after the resources. */
const TOPIC_GROUPS: Group[] = [
  { name: 'environment', summary: 'Environment variables that ashby reads', topic: true, load: () => import('./help/topics.js') },
  { name: 'exit-codes', summary: 'What each exit status means', topic: true, load: () => import('./help/topics.js') },
];

let cached: Group[] | undefined;

export function groups(): Group[] {
  if (cached) return cached;
  const resourceGroups: Group[] = Object.keys(RESOURCE_SUMMARIES).map((resource) => {
    const name = kebab(resource);
    const aliases = [...(name !== resource ? [resource] : []), ...(RESOURCE_ALIASES[resource] ?? [])];
    return {
      name,
      aliases,
      resource,
      summary: RESOURCE_SUMMARIES[resource],
      load: async () => ({
        async register(program: Command, ctx: Context) {
          const { registerResource } = await import('./endpoint/resource.js');
          const cmd = registerResource(program, resource, ctx);
          for (const ext of EXTENSIONS[resource] ?? []) await (await ext()).extend(cmd, ctx);
        },
      }),
    };
  });
  cached = [...HAND_GROUPS, ...resourceGroups, ...TOPIC_GROUPS];
  return cached;
}

export function findGroup(word: string): Group | undefined {
  return groups().find((g) => g.name === word || g.aliases?.includes(word));
}
