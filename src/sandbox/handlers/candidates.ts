// Candidates: list, search, create, update, tags, notes, anonymize.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import type { Call, Handler } from '../handler.js';
import { newCandidate, SLOTS, type ApplicationRecord, type CandidateRecord } from '../seed.js';
import type { World } from '../world.js';

const SEARCH_MAX = 100;

/**
 * The createdAfter/createdBefore window of candidate.list and application.list (ms). As Ashby
 * (changelog 2026-07-09), a bound in the future or an empty window is invalid_input.
 */
export function createdWindow(world: World, body: Record<string, unknown>): (e: Entity) => boolean {
  const after = typeof body.createdAfter === 'number' ? body.createdAfter : undefined;
  const before = typeof body.createdBefore === 'number' ? body.createdBefore : undefined;
  const now = world.store.now();
  for (const [name, v] of [
    ['createdAfter', after],
    ['createdBefore', before],
  ] as const)
    if (v !== undefined && v > now) throw SandboxError.invalid(name, `parameter "${name}" must not be in the future`);
  if (after !== undefined && before !== undefined && after > before)
    throw SandboxError.invalid('createdAfter', 'parameter "createdAfter" must not be later than "createdBefore"');
  return (e) => {
    const t = Date.parse(String(e.createdAt));
    return (after === undefined || t > after) && (before === undefined || t < before);
  };
}

function show(world: World, c: Entity) {
  return { results: world.renderCandidate(c) };
}

function update(call: Call, id: string, change: (c: CandidateRecord) => void) {
  return show(
    call.world,
    call.world.edit('candidate', id, (d) => change(d as CandidateRecord)),
  );
}

function applyContactFields(c: CandidateRecord, body: Record<string, any>): void {
  if (typeof body.name === 'string') c.name = body.name;
  if (typeof body.email === 'string') {
    c.emailAddresses = [
      { value: body.email, type: 'Personal', isPrimary: true },
      ...c.emailAddresses.filter((e) => e.value !== body.email).map((e) => ({ ...e, isPrimary: false })),
    ];
  }
  for (const alt of [body.alternateEmail, ...(body.alternateEmailAddresses ?? [])]) {
    if (typeof alt === 'string' && !c.emailAddresses.some((e) => e.value === alt))
      c.emailAddresses.push({ value: alt, type: 'Other', isPrimary: c.emailAddresses.length === 0 });
  }
  if (typeof body.phoneNumber === 'string') {
    c.phoneNumbers = [
      { value: body.phoneNumber, type: 'Personal', isPrimary: true },
      ...c.phoneNumbers.filter((p) => p.value !== body.phoneNumber).map((p) => ({ ...p, isPrimary: false })),
    ];
  }
  const links: Array<[string, unknown]> = [
    ['LinkedIn', body.linkedInUrl],
    ['GitHub', body.githubUrl],
    ['Website', body.website ?? body.websiteUrl],
  ];
  if (Array.isArray(body.socialLinks)) c.socialLinks = body.socialLinks;
  for (const [type, url] of links) if (typeof url === 'string') c.socialLinks = [...c.socialLinks.filter((l) => l.type !== type), { type, url }];
  if (typeof body.sourceId === 'string') c.sourceId = body.sourceId;
  if (typeof body.creditedToUserId === 'string') c.creditedToUserId = body.creditedToUserId;
  if (typeof body.createdAt === 'string') c.createdAt = new Date(body.createdAt).toISOString();
  if (body.location && typeof body.location === 'object') {
    const parts = [
      ['City', body.location.city],
      ['Region', body.location.region],
      ['Country', body.location.country],
    ].filter(([, v]) => typeof v === 'string') as string[][];
    c.location = { id: c.id, locationSummary: parts.map(([, v]) => v).join(', '), locationComponents: parts.map(([type, name]) => ({ type, name })) };
  }
}

function checkRefs(world: World, body: Record<string, any>) {
  if (body.sourceId !== undefined) world.need('source', body.sourceId);
  if (body.creditedToUserId !== undefined) world.need('user', body.creditedToUserId);
}

export function candidateApplications(world: World, c: CandidateRecord): ApplicationRecord[] {
  return c.applicationIds.map((id) => world.col('application').get(id) as ApplicationRecord | undefined).filter((a): a is ApplicationRecord => Boolean(a));
}

export const candidateHandlers: Record<string, Handler> = {
  'candidate.list': ({ world, body, endpoint }) =>
    world.page(endpoint, body, world.col('candidate'), { filter: createdWindow(world, body), render: world.renderCandidate, sync: true }),

  'candidate.info': ({ world, body }) => {
    if (body.externalMappingId !== undefined && body.id === undefined)
      throw new SandboxError('candidate_not_found', `no candidate mapped to "${body.externalMappingId}"`);
    return show(world, world.need('candidate', body.id));
  },

  'candidate.search': ({ world, body }) => {
    const email = typeof body.email === 'string' ? body.email.toLowerCase() : undefined;
    const name = typeof body.name === 'string' ? body.name.toLowerCase() : undefined;
    if (!email && !name) throw SandboxError.invalid('email', 'provide "email" or "name" to search');
    const results: unknown[] = [];
    for (const [, e] of world.col('candidate').scan()) {
      const c = e as CandidateRecord;
      if (email && !c.emailAddresses.some((x) => x.value.toLowerCase() === email)) continue;
      if (name && !c.name.toLowerCase().includes(name)) continue;
      results.push(world.renderCandidate(c));
      if (results.length === SEARCH_MAX) break;
    }
    return { results };
  },

  'candidate.create': ({ world, body }) => {
    checkRefs(world, body);
    const now = world.store.nowIso();
    const created = world.col('candidate').create((id) => {
      const c = newCandidate(id, body.name, now);
      applyContactFields(c, body);
      return c;
    }, world.store.bump());
    return show(world, created);
  },

  'candidate.update': (call) => {
    checkRefs(call.world, call.body);
    return update(call, call.body.candidateId, (c) => applyContactFields(c, call.body));
  },

  'candidate.addTag': (call) => {
    const tag = call.world.need('candidateTag', call.body.tagId, 'tag');
    return update(call, call.body.candidateId, (c) => {
      if (!c.tagIds.includes(tag.id)) c.tagIds.push(tag.id);
    });
  },

  'candidate.removeTag': (call) => {
    call.world.need('candidateTag', call.body.tagId, 'tag');
    return update(call, call.body.candidateId, (c) => {
      c.tagIds = c.tagIds.filter((t) => t !== call.body.tagId);
    });
  },

  'candidate.createNote': ({ world, body, keyTitle, actingUserId }) => {
    world.need('candidate', body.candidateId);
    const note = body.note;
    const content = typeof note === 'string' ? note : note.type === 'text/html' ? String(note.value).replace(/<[^>]*>/g, '') : String(note.value);
    const created = world.col('note').create(
      (id) => ({
        id,
        candidateId: body.candidateId,
        createdAt: body.createdAt ? new Date(body.createdAt).toISOString() : world.store.nowIso(),
        isPrivate: body.isPrivate === true,
        content,
        authorId: actingUserId ?? world.col('user').idOf(0),
        via: keyTitle,
      }),
      world.store.bump(),
    );
    return { results: world.renderNote(created) };
  },

  'candidate.listNotes': ({ world, body, endpoint }) => {
    const cand = world.need('candidate', body.candidateId);
    const notes = world.col('note');
    const i = world.col('candidate').ordinalOf(cand.id)!;
    const ordinals = function* () {
      if (i < world.store.params.candidates) for (let k = 0; k < SLOTS; k++) yield i * SLOTS + k;
      for (const [o, n] of notes.scan(notes.baseCount)) if (n.candidateId === cand.id) yield o;
    };
    return world.page(endpoint, body, notes, { filter: (n) => n.candidateId === cand.id, render: world.renderNote, sync: true, ordinals });
  },

  'candidate.addProject': (call) => {
    const project = call.world.need('project', call.body.projectId);
    return update(call, call.body.candidateId, (c) => {
      c.projectIds = [...new Set([...(c.projectIds ?? []), project.id])];
    });
  },

  'candidate.removeProject': (call) => {
    call.world.need('project', call.body.projectId);
    return update(call, call.body.candidateId, (c) => {
      c.projectIds = (c.projectIds ?? []).filter((p) => p !== call.body.projectId);
    });
  },

  'candidate.listProjects': ({ world, body, endpoint }) => {
    const c = world.need('candidate', body.candidateId) as CandidateRecord;
    const ids = new Set(c.projectIds ?? []);
    return world.page(endpoint, body, world.col('project'), { filter: (p) => ids.has(p.id), render: (p) => p, sync: false });
  },

  'candidate.anonymize': (call) => {
    const c = call.world.need('candidate', call.body.candidateId) as CandidateRecord;
    const open = candidateApplications(call.world, c).filter((a) => a.status !== 'Archived' && a.status !== 'Hired');
    if (open.length) {
      throw SandboxError.invalid(
        'candidateId',
        `the candidate has ${open.length} application(s) that are neither Archived nor Hired; archive them before anonymizing`,
      );
    }
    return update(call, c.id, (d) => {
      d.name = 'Anonymized Candidate';
      d.emailAddresses = [];
      d.phoneNumbers = [];
      d.socialLinks = [];
      d.tagIds = [];
      delete d.position;
      delete d.company;
      delete d.school;
      delete d.location;
      delete d.resumeFileHandle;
      d.fileHandles = [];
    });
  },
};
