// The yardstick for `ashby sync` (bench/mirror.mjs): bare undici fetching the same data a first
// sync fetches (every list the mirror keeps, then the stage history of every application with 8
// requests in flight, and the stages of every interview plan) and writing it as NDJSON, with
// nothing else around it: no database, no retries, no checks.
//   ASHBY_BASE_URL=… ASHBY_API_KEY=… node bench/mirror-baseline.mjs > out.ndjson
import { once } from 'node:events';
import { Agent, request } from 'undici';

const base = process.env.ASHBY_BASE_URL;
const dispatcher = new Agent({ connections: 16 });
const headers = {
  'content-type': 'application/json',
  authorization: `Basic ${Buffer.from(`${process.env.ASHBY_API_KEY}:`).toString('base64')}`,
};
const LISTS = [
  ['candidate.list', {}],
  ['application.list', {}],
  ['applicationFeedback.list', {}],
  ['job.list', { status: ['Draft', 'Open', 'Closed', 'Archived'] }],
  ['jobPosting.list', {}],
  ['opening.list', {}],
  ['user.list', { includeDeactivated: true }],
  ['department.list', { includeArchived: true }],
  ['location.list', { includeArchived: true }],
  ['source.list', { includeArchived: true }],
  ['candidateTag.list', { includeArchived: true }],
  ['archiveReason.list', { includeArchived: true }],
  ['interviewPlan.list', { includeArchived: true }],
  ['interviewSchedule.list', {}],
  ['offer.list', {}],
  ['project.list', {}],
  ['customField.list', { includeArchived: true }],
];

async function write(records) {
  let chunk = '';
  for (const r of records) chunk += `${JSON.stringify(r)}\n`;
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

async function pages(endpoint, body, onPage) {
  let cursor;
  for (;;) {
    const res = await request(`${base}/${endpoint}`, {
      method: 'POST',
      headers,
      dispatcher,
      body: JSON.stringify({ limit: 100, ...body, ...(cursor ? { cursor } : {}) }),
    });
    const page = await res.body.json();
    if (!page.success) throw new Error(`${endpoint}: ${JSON.stringify(page.errorInfo ?? page)}`);
    await onPage(page.results);
    if (!page.moreDataAvailable || !page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

const appIds = [];
const planIds = [];
for (const [endpoint, body] of LISTS) {
  await pages(endpoint, body, async (results) => {
    if (endpoint === 'application.list') for (const a of results) appIds.push(a.id);
    if (endpoint === 'interviewPlan.list') for (const p of results) planIds.push(p.id);
    await write(results);
  });
}
async function each(endpoint, param, ids) {
  let i = 0;
  const worker = async () => {
    while (i < ids.length) {
      const id = ids[i++];
      await pages(endpoint, { [param]: id }, write);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
await each('application.listHistory', 'applicationId', appIds);
await each('interviewStage.list', 'interviewPlanId', planIds);
await dispatcher.close();
