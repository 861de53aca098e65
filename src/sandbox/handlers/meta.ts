// The key itself, small organisation-wide lists, and location.create's remote rule.
import { SandboxError } from '../errors.js';
import { genericHandler } from '../generic.js';
import type { Handler } from '../handler.js';
import { scopeName } from '../scopes.js';

export const HIRING_TEAM_ROLES = ['Recruiter', 'Hiring Manager', 'Coordinator', 'Sourcer'];

export const metaHandlers: Record<string, Handler> = {
  // Scopes as Ashby names them (`candidates:read`), not as endpoints name permissions (`candidatesRead`).
  'apiKey.info': ({ scopes, keyTitle }) => ({
    results: { title: keyTitle, createdAt: '2024-01-02T09:00:00.000Z', scopes: [...new Set(scopes.map(scopeName))] },
  }),

  'hiringTeamRole.list': () => ({ results: HIRING_TEAM_ROLES }),

  // isRemote must agree with workplaceType (Ashby, changelog 2026-02-18); the rest is generic.
  'location.create': (call) => {
    const { isRemote, workplaceType } = call.body;
    const remoteType = workplaceType === 'Remote' || workplaceType === 'Hybrid';
    if (isRemote === true && !remoteType) throw SandboxError.invalid('isRemote', 'parameter "isRemote" can be true only with workplaceType Remote or Hybrid');
    if (isRemote === false && remoteType) throw SandboxError.invalid('isRemote', `parameter "isRemote" cannot be false with workplaceType ${workplaceType}`);
    return genericHandler(call);
  },

  'user.list': ({ world, body, endpoint }) =>
    world.page(endpoint, body, world.col('user'), { filter: (u) => body.includeDeactivated === true || u.isEnabled !== false, render: (u) => u, sync: true }),
};
