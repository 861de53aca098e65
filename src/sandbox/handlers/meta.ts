// The key itself and small organisation-wide lists.
import type { Handler } from '../handler.js';

export const HIRING_TEAM_ROLES = ['Recruiter', 'Hiring Manager', 'Coordinator', 'Sourcer'];

export const metaHandlers: Record<string, Handler> = {
  'apiKey.info': ({ scopes, keyTitle }) => ({
    results: { title: keyTitle, createdAt: '2024-01-02T09:00:00.000Z', scopes },
  }),

  'hiringTeamRole.list': () => ({ results: HIRING_TEAM_ROLES }),

  'user.list': ({ world, body, endpoint }) =>
    world.page(endpoint, body, world.col('user'), { filter: (u) => body.includeDeactivated === true || u.isEnabled !== false, render: (u) => u, sync: true }),
};
