// webhook listen with hostile deliveries: copies that arrive while the first is still being
// forwarded are not forwarded again, and a line on a terminal never carries control sequences.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { IOStreams } from '../../src/io/streams.js';
import { eventPrinter } from '../../src/webhooks/print.js';
import type { WebhookPayload } from '../../src/webhooks/samples.js';
import { post, startListen, until } from '../webhook-helpers.js';
import { EVIL, hasControls } from './server.js';

const SECRET = 'whsec-hostile-1b2c3d';
const sig = (body: string) => `sha256=${createHmac('sha256', Buffer.from(SECRET, 'utf8')).update(body).digest('hex')}`;
const delivery = (id: string, name: string) =>
  JSON.stringify({ webhookActionId: id, action: 'candidateHire', data: { application: { candidate: { name }, job: { title: 'Engineer' } } } });

/** A forward target that holds every request until release() is called. */
async function slowTarget() {
  const received: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const server = createServer((req, res) => {
    let b = '';
    req.on('data', (c) => (b += c));
    req.on('end', async () => {
      received.push(b);
      await gate;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    release,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('webhook listen --forward-to', () => {
  it('forwards a delivery exactly once when copies arrive while the first is being forwarded', async () => {
    const target = await slowTarget();
    const l = await startListen(['--secret', SECRET, '--forward-to', target.url, '-o', 'ndjson']);
    try {
      const body = delivery('act-dup', 'Ada');
      const first = post(l.url, body, sig(body));
      await until(() => target.received.length === 1); // the first copy is being forwarded
      const copies = [post(l.url, body, sig(body)), post(l.url, body, sig(body)), post(l.url, body, sig(body))];
      // All three copies have reached the listener while the first is still held at the target.
      await until(() => (l.stderr().match(/arrived while the first copy is being handled/g) ?? []).length === 3);
      target.release();
      expect(await Promise.all([first, ...copies])).toEqual([200, 200, 200, 200]);
      expect(target.received).toHaveLength(1);
      // A later copy (Ashby retrying) is acknowledged and not forwarded either.
      expect(await post(l.url, body, sig(body))).toBe(200);
      expect(target.received).toHaveLength(1);
      expect(l.stdout().trim().split('\n')).toHaveLength(1);
    } finally {
      expect(await l.stop()).toBe(0);
      await target.stop();
    }
  });
});

describe('webhook listen lines', () => {
  it('never carry control sequences from the delivery', async () => {
    const l = await startListen(['--secret', SECRET, '-o', 'table']);
    try {
      let i = 0;
      for (const name of Object.values(EVIL)) {
        const body = delivery(`act-\u001b]52;c;eA==\u0007${i++}`, name);
        expect(await post(l.url, body, sig(body))).toBe(200);
      }
      await until(() => l.stdout().split('\n').length > Object.values(EVIL).length);
    } finally {
      expect(await l.stop()).toBe(0);
    }
    expect(hasControls(l.stdout())).toBe(false);
    expect(l.stdout()).toContain('Zed Smith');
  });
});

describe('webhook listen -o csv and -o yaml', () => {
  it('on a terminal carry no control sequences; piped they keep the exact bytes', async () => {
    for (const output of ['csv', 'yaml'])
      for (const isTTY of [true, false]) {
        let text = '';
        const stdout = Object.assign(
          new Writable({
            write(chunk, _enc, done) {
              text += chunk.toString();
              done();
            },
          }),
          { isTTY },
        );
        const ctx = new Context({ stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} } as unknown as IOStreams);
        ctx.opts = { output };
        const printer = await eventPrinter(ctx);
        let i = 0;
        for (const name of Object.values(EVIL)) await printer.print(JSON.parse(delivery(`act-${i++}`, name)) as WebhookPayload, new Date());
        await printer.close();
        expect(text).toContain('candidateHire');
        expect(hasControls(text), `${output}, ${isTTY ? 'terminal' : 'piped'}`).toBe(!isTTY);
      }
  });
});
