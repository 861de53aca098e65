// The yardstick for bench/list-stream.mjs: the least a client can do to dump candidate.list as
// NDJSON with undici (page, parse, write with back-pressure), with nothing else around it.
//   ASHBY_BASE_URL=… ASHBY_API_KEY=… node bench/list-stream-baseline.mjs > out.ndjson
import { once } from 'node:events';
import { request } from 'undici';

const base = process.env.ASHBY_BASE_URL;
const headers = {
  'content-type': 'application/json',
  authorization: `Basic ${Buffer.from(`${process.env.ASHBY_API_KEY}:`).toString('base64')}`,
};
let cursor;
for (;;) {
  const res = await request(`${base}/candidate.list`, { method: 'POST', headers, body: JSON.stringify({ limit: 100, ...(cursor ? { cursor } : {}) }) });
  const page = await res.body.json();
  if (!page.success) throw new Error(JSON.stringify(page.errorInfo ?? page));
  let chunk = '';
  for (const r of page.results) chunk += `${JSON.stringify(r)}\n`;
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  if (!page.moreDataAvailable || !page.nextCursor) break;
  cursor = page.nextCursor;
}
