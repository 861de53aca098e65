// The yardstick for bench/bulk.mjs: the least a client can do to send the same candidate.addTag
// POSTs with undici, N in flight (default 8), reading the records from an NDJSON file, with nothing
// else around it (no checks, no output).
//   ASHBY_BASE_URL=… ASHBY_API_KEY=… node bench/bulk-baseline.mjs records.ndjson TAG_ID [inFlight]
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

const [file, tagId, n = '8'] = process.argv.slice(2);
const base = process.env.ASHBY_BASE_URL;
const headers = {
  'content-type': 'application/json',
  authorization: `Basic ${Buffer.from(`${process.env.ASHBY_API_KEY}:`).toString('base64')}`,
};
const dispatcher = new Agent({ connections: 16 });
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
let next = 0;
let failed = 0;
async function worker() {
  while (next < records.length) {
    const r = records[next++];
    const res = await request(`${base}/candidate.addTag`, {
      method: 'POST',
      headers,
      dispatcher,
      body: JSON.stringify({ candidateId: r.candidateId ?? r.id, tagId }),
    });
    const body = await res.body.json();
    if (!body.success) failed++;
  }
}
await Promise.all(Array.from({ length: Number(n) }, worker));
await dispatcher.close();
if (failed) process.stderr.write(`${failed} failed\n`);
