// An assistant pages through a long list with the cursor or nextOffset a tool answers: every record
// of a page reaches it, since the next page starts after the last one and nothing else gets it back.
import { describe, expect, it } from 'vitest';
import { tempConfigDir } from './helpers/cli.js';
import { callJson, startMcp } from './helpers/mcp.js';
import { call } from './helpers/sandbox.js';
import { sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();

/** Every candidate id, read from the sandbox directly (not through the server under test). */
async function allCandidateIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const r = await call(s.h, 'candidate.list', { limit: 100, ...(cursor ? { cursor } : {}) });
    ids.push(...r.body.results.map((c: { id: string }) => c.id));
    cursor = r.body.moreDataAvailable ? r.body.nextCursor : undefined;
  } while (cursor);
  return ids;
}

describe('MCP: a page of more than 50 records', () => {
  it('candidate_list with limit 100 answers every record of the page, and the cursor continues after them', async () => {
    const all = await allCandidateIds();
    expect(all.length).toBeGreaterThan(50); // the seeded organisation: a page above the nested-list cut
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const r = await callJson(m, 'candidate_list', { limit: 100, ...(cursor ? { cursor } : {}) });
        expect(r.isError, JSON.stringify(r.body).slice(0, 300)).toBe(false);
        for (const c of r.body.results) expect(typeof c, JSON.stringify(c)).toBe('object');
        seen.push(...r.body.results.map((c: { id: string }) => c.id));
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual([...all].sort());
    } finally {
      await m.close();
    }
  });

  it('pipeline answers every row up to 100, with nextOffset only when there are more', async () => {
    const m = await startMcp(['mcp'], tempConfigDir(), s.h.env);
    try {
      const r = await callJson(m, 'pipeline', {});
      expect(r.isError, JSON.stringify(r.body).slice(0, 300)).toBe(false);
      expect(r.body.rows.length).toBeGreaterThan(50);
      for (const row of r.body.rows) expect(typeof row, JSON.stringify(row)).toBe('object');
      expect(r.body.nextOffset).toBeUndefined();
      // The same rows as asking for the rest from 50 on.
      const rest = await callJson(m, 'pipeline', { offline: true, offset: 50 });
      expect(rest.body.rows).toEqual(r.body.rows.slice(50));
    } finally {
      await m.close();
    }
  });
});
