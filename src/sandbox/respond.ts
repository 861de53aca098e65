// Writes a JSON reply with the headers every sandbox answer carries.
import type { ServerResponse } from 'node:http';
import type { Reply } from './dispatch.js';

export function send(res: ServerResponse, r: Reply): void {
  const text = JSON.stringify(r.body);
  res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'ashby-version': '1.0.0', 'ashby-version-status': 'active', ...r.headers });
  res.end(text);
}
