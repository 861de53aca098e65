// Straight API calls for tests that compare the CLI's answers with what the sandbox API says.
import { call, type TestSandbox } from './sandbox.js';

export type Rec = Record<string, any>;

/** POST an endpoint; the envelope, or an error naming the endpoint when it is not a success. */
export async function ok(sb: TestSandbox, endpoint: string, body: Rec = {}): Promise<any> {
  const r = await call(sb, endpoint, body);
  if (r.body?.success !== true) throw new Error(`${endpoint}: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Every record of a list endpoint, following cursors. */
export async function listAll(sb: TestSandbox, endpoint: string, body: Rec = {}): Promise<Rec[]> {
  const out: Rec[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await ok(sb, endpoint, { ...body, ...(cursor ? { cursor } : {}) });
    out.push(...(page.results as Rec[]));
    if (!page.moreDataAvailable || !page.nextCursor) return out;
    cursor = page.nextCursor;
  }
}
