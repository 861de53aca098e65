// Generated commands' input handling, lists and confirmations, through the CLI against the sandbox:
// bad input exits 2 naming the flag and sends nothing; lists page, stream and sync; destructive
// endpoints ask or need --yes.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, runBin, runCli } from './helpers/cli.js';
import { call, startSandbox, stats, type TestSandbox } from './helpers/sandbox.js';

const CANDIDATES = 230;
let sb: TestSandbox;
let dir: string;
let candidateId: string;
let tagId: string;

beforeAll(async () => {
  sb = await startSandbox({ candidates: CANDIDATES });
  dir = mkdtempSync(join(tmpdir(), 'ashby-resource-'));
  candidateId = (await call(sb, 'candidate.list', { limit: 1 })).body.results[0].id;
  tagId = (await call(sb, 'candidateTag.list', { limit: 1 })).body.results[0].id;
}, 60_000);
afterAll(() => sb?.close());

const cli = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}) =>
  runCli(args, { env: { ...sb.env, ...opts.env }, input: opts.input });
const requests = async () => (await stats(sb)).requests.total;
const lines = (s: string) => s.split('\n').filter(Boolean);

describe('bad input: exit 2, a message naming the flag, nothing sent', () => {
  // Well-formed ids that name nothing: these cases are about other mistakes.
  const [A, B, C, J, S, U] = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `00000000-0000-4000-8000-00000000000${x}`);
  const cases: Array<[string, string[], RegExp, string?]> = [
    ['missing required flag', ['candidate', 'create', '--email', 'ada@example.com'], /missing --name/],
    ['missing positional id', ['candidate', 'add-tag', '--tag-id', S], /missing <candidate-id>/],
    [
      'missing nested required',
      ['application', 'change-stage', A, '--interview-stage-id', S, '--archive-email.send-at', '2026-01-01T00:00:00Z'],
      /missing --archive-email\.communication-template-id/,
    ],
    ['missing one of alternatives', ['candidate', 'info'], /needs one of: <candidate-id> \(or --id\) \| --external-mapping-id/],
    ['wrong type: not a number', ['user', 'update-interviewer-settings', U, '--daily-limit', 'many'], /--daily-limit.*whole number/],
    ['wrong type: not a time', ['candidate', 'list', '--created-after', 'someday'], /--created-after.*time/],
    [
      'wrong type: not a date-time',
      ['candidate', 'create-note', C, '--note', 'x', '--created-at', 'someday'],
      /--created-at "someday": expected a date.*or an age/,
    ],
    [
      'impossible date-time',
      ['candidate', 'create-note', C, '--note', 'x', '--created-at', '2024-02-31 09:00'],
      /--created-at "2024-02-31 09:00" is not a valid time/,
    ],
    ['an age with no unit', ['candidate', 'list', '--created-after', '7 days'], /--created-after "7 days": expected a date.*or an age such as 30d/],
    ['wrong type in --data', ['candidate', 'update', C, '--data', '{"sendNotifications":"maybe"}'], /--send-notifications must be true or false/],
    ['wrong type in --input', ['job', 'list', '--input', 'INPUT'], /--status must be a list/, '{"status":"Open"}'],
    ['bad boolean word', ['candidate', 'update', C, '--send-notifications=maybe'], /--send-notifications takes true or false/],
    ['bad enum', ['job', 'set-status', J, '--status', 'Paused'], /--status.*one of: Draft, Open, Closed, Archived/],
    ['bad enum in a repeatable flag', ['job', 'list', '--status', 'Open', '--status', 'Sleeping'], /--status.*one of: Draft, Open, Closed, Archived/],
    [
      'bad enum in --data',
      ['candidate', 'set-fraud-status', C, '--data', '{"fraudStatus":"Maybe"}'],
      /--fraud-status must be one of: Fraudulent, NotFraudulent, Unsure/,
    ],
    [
      'bad enum inside a JSON flag',
      ['candidate', 'update', C, '--social-links', '{"type":"Myspace","url":"u"}'],
      /--social-links \(at item 1, "type"\) must be one of: LinkedIn/,
    ],
    ['malformed --data', ['candidate', 'create', '--data', '{"name":'], /--data is not valid JSON/],
    ['--data not an object', ['candidate', 'create', '--data', '[1]'], /--data must hold a JSON object/],
    ['malformed --input file', ['candidate', 'create', '--input', 'INPUT'], /--input .* is not valid JSON/, 'name: Ada'],
    ['malformed --input on stdin', ['candidate', 'create', '--input', '-'], /--input - \(stdin\) is not valid JSON/, '{oops'],
    ['missing --input file', ['candidate', 'create', '--input', '/nonexistent/body.json'], /cannot read --input \/nonexistent\/body\.json: ENOENT/],
    ['malformed JSON flag', ['interview-schedule', 'create', A, '--interview-events', '{nope'], /--interview-events.*expected JSON/],
    ['positional and flag disagree', ['candidate', 'anonymize', C, '--candidate-id', B, '--yes'], /<candidate-id> and --candidate-id give different values/],
    ['--limit not a count', ['candidate', 'list', '--limit', '0'], /--limit must be a whole number from 1/],
    ['--sync-state with --limit', ['candidate', 'list', '--sync-state', 'STATE', '--limit', '5'], /--sync-state needs a complete pass/],
    // Ids of things that have no name to look up (candidates, jobs, ... are looked up by name).
    ['malformed id', ['interview-schedule', 'cancel', 'nope'], /<interview-schedule-id> \(or --id\) must be an id \(a UUID like .*\), not "nope"/],
    [
      'malformed id in a flag',
      ['interview-event', 'list', '--interview-schedule-id', '123'],
      /interview-schedule-id\S* (\(or --interview-schedule-id\) )?must be an id .*not "123"/,
    ],
    ['unknown flag', ['candidate', 'create', '--name', 'A', '--nickname', 'B'], /unknown option '--nickname'/],
    ['destructive without --yes and no terminal', ['candidate-tag', 'archive', 'TAG'], /--yes/],
  ];
  it.each(cases)('%s', async (_name, args, message, fileText) => {
    const file = join(dir, `input-${Math.random().toString(36).slice(2)}.json`);
    if (fileText !== undefined) writeFileSync(file, fileText);
    const argv = args.map((a) => (a === 'INPUT' ? file : a === 'STATE' ? join(dir, 'never.sync') : a === 'TAG' ? tagId : a));
    const before = await requests();
    const r = await cli(argv, { input: args.includes('-') ? fileText : undefined });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^ashby: ashby /); // the line says "ashby:" once, then what it is about
    expect(r.stdout).toBe('');
    expect(await requests()).toBe(before);
  });

  it('sends a valid request built from flags, --data and the positional id (flags win)', async () => {
    const before = (await stats(sb)).requests.byEndpoint['candidate.update'] ?? 0;
    const r = await cli([
      'candidate',
      'update',
      candidateId,
      '--location.city',
      'Berlin',
      '--data',
      '{"location":{"city":"Paris","country":"Germany"},"name":"Ada Flag"}',
      '--send-notifications=false',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ name: string; location?: unknown }>(r).name).toBe('Ada Flag');
    expect((await stats(sb)).requests.byEndpoint['candidate.update']).toBe(before + 1);
    const shown = json<{ name: string }>(await cli(['candidate', 'show', candidateId, '--json']));
    expect(shown.name).toBe('Ada Flag');
  });

  it('reads a date-time flag typed without a zone as local time, and sends UTC ISO 8601', async () => {
    const created = async (when: string) => {
      const r = await runBin(['candidate', 'create-note', candidateId, '--note', 'x', '--created-at', when, '--dry-run'], {
        env: { ...sb.env, TZ: 'America/New_York' },
      });
      expect(r.code, r.stderr).toBe(0);
      return json<{ body: { createdAt: string } }>(r).body.createdAt;
    };
    const before = await requests();
    expect(await created('2024-05-31 09:00')).toBe('2024-05-31T13:00:00.000Z');
    expect(await created('2024-05-31')).toBe('2024-05-31T04:00:00.000Z');
    expect(await created('2024-05-31T09:00:00+02:00')).toBe('2024-05-31T07:00:00.000Z');
    // Times in milliseconds read a date the same way: local midnight.
    const ms = await runBin(['job', 'list', '--created-after', '2024-01-01', '--dry-run'], { env: { ...sb.env, TZ: 'America/New_York' } });
    expect(ms.code, ms.stderr).toBe(0);
    expect(json<{ body: { createdAfter: number } }>(ms).body.createdAfter).toBe(Date.UTC(2024, 0, 1, 5));
    expect(await requests()).toBe(before);
  });

  it('reads an age (7d, 2w, 3h) on a time flag as that long before now, as --since does, and a dry run shows the instant sent', async () => {
    const now = new Date('2026-12-02T12:00:00.000Z');
    const dry = (args: string[]) => runCli([...args, '--dry-run'], { env: { ...sb.env, TZ: 'America/New_York' }, now: () => now });
    const before = await requests();
    const ms = await dry(['application', 'list', '--created-after', '7d']);
    expect(ms.code, ms.stderr).toBe(0);
    expect(json<{ body: { createdAfter: number } }>(ms).body.createdAfter).toBe(Date.UTC(2026, 10, 25, 12));
    expect(ms.stderr).toContain(`--created-after "7d" is 2026-11-25 07:00 EST (2026-11-25 12:00 UTC); sent as ${Date.UTC(2026, 10, 25, 12)}`);
    const iso = await dry(['candidate', 'create-note', candidateId, '--note', 'x', '--created-at', '2w']);
    expect(iso.code, iso.stderr).toBe(0);
    expect(json<{ body: { createdAt: string } }>(iso).body.createdAt).toBe('2026-11-18T12:00:00.000Z');
    expect(iso.stderr).toContain('sent as 2026-11-18T12:00:00.000Z');
    const span = await dry(['audit-log', 'list-raw', '--start-date', '3h', '--end-date', 'now']);
    expect(span.code, span.stderr).toBe(0);
    expect(json<{ body: { startDate: string; endDate: string } }>(span).body).toMatchObject({
      startDate: '2026-12-02T09:00:00.000Z',
      endDate: '2026-12-02T12:00:00.000Z',
    });
    // Local times and dates are read by the same parser, in the command's zone.
    const local = await dry(['job', 'list', '--created-after', '2026-11-10 09:00', '--opened-before', '2026-11-10']);
    expect(local.code, local.stderr).toBe(0);
    expect(json<{ body: Record<string, number> }>(local).body).toMatchObject({
      createdAfter: Date.UTC(2026, 10, 10, 14),
      openedBefore: Date.UTC(2026, 10, 10, 5),
    });
    expect(await requests()).toBe(before);
  });

  it('a time something is to happen at takes no age (2w would be two weeks ago), and an email sent in the past is a question', async () => {
    const before = await requests();
    const email = [
      'application',
      'change-stage',
      randomUUID(),
      '--interview-stage-id',
      randomUUID(),
      '--archive-email.communication-template-id',
      randomUUID(),
    ];
    const age = await runBin([...email, '--archive-email.send-at', '2w', '--yes'], { env: sb.env });
    expect(age.code, age.stderr).toBe(2);
    expect(age.stderr).toContain('--archive-email.send-at "2w" would be that long ago');
    expect(age.stderr).toMatch(/hint: give the time itself, e\.g\. --archive-email\.send-at "\d{4}-\d{2}-\d{2} 09:00"/);
    const pause = await runBin(['user', 'create-interviewer-pause', randomUUID(), '--ends-at', '3d'], { env: sb.env });
    expect(pause.code, pause.stderr).toBe(2);
    expect(pause.stderr).toContain('--ends-at "3d" would be that long ago');
    // A past send time sends the email at once: off a terminal that needs --yes, and nothing is sent.
    const past = await runBin([...email, '--archive-email.send-at', '2020-01-01 09:00'], { env: sb.env });
    expect(past.code, past.stderr).toBe(2);
    expect(past.stderr).toContain('is in the past: the email would be sent at once');
    expect(await requests()).toBe(before);
    // Filters keep their ages.
    const filter = await runBin(['application', 'list', '--created-after', '2w', '--dry-run'], { env: sb.env });
    expect(filter.code, filter.stderr).toBe(0);
  });

  it("a batch's CSV cells take the times the flags take (local dates, ages); a JSON record's strings are sent as they are", async () => {
    const before = await requests();
    const env = { ...sb.env, TZ: 'America/New_York' };
    const csv = `candidateId,note,createdAt\n${candidateId},a,2w\n${candidateId},b,2026-11-10\n${candidateId},c,2026-11-10T09:00:00Z\n`;
    const dry = await runBin(['candidate', 'create-note', '--from', '-', '--dry-run', '-o', 'ndjson'], { env, input: csv });
    expect(dry.code, dry.stderr).toBe(0);
    const sent = lines(dry.stdout).map((l) => (JSON.parse(l) as { body: { createdAt: string } }).body.createdAt);
    expect(Math.abs(Date.parse(sent[0]) - (Date.now() - 14 * 86_400_000))).toBeLessThan(120_000);
    expect(sent.slice(1)).toEqual(['2026-11-10T05:00:00.000Z', '2026-11-10T09:00:00.000Z']);
    const json = await runBin(['candidate', 'create-note', '--from', '-', '--dry-run', '-o', 'ndjson'], {
      env,
      input: JSON.stringify({ candidateId, note: 'd', createdAt: '2026-11-10T09:00:00+01:00' }),
    });
    expect((JSON.parse(lines(json.stdout)[0]) as { body: { createdAt: string } }).body.createdAt).toBe('2026-11-10T09:00:00+01:00');
    // A time something is to happen at takes no age, from a CSV cell or a JSON record alike.
    const stage = ['application', 'change-stage', '--from', '-'];
    for (const input of [
      `applicationId,interviewStageId,archiveEmail.communicationTemplateId,archiveEmail.sendAt\n${randomUUID()},${randomUUID()},${randomUUID()},2w\n`,
      JSON.stringify({ applicationId: randomUUID(), interviewStageId: randomUUID(), archiveEmail: { communicationTemplateId: randomUUID(), sendAt: '2w' } }),
    ]) {
      const r = await runBin(stage, { env, input });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/row 1( \(line 2\))?: archive-email\.send-at: "2w" would be that long ago/);
    }
    expect(await requests()).toBe(before);
  });

  it('filters a list by an age against the sandbox: --created-after 1h finds what was just made, --created-before 1h does not', async () => {
    const made = await cli(['candidate', 'create', '--name', 'Recent Relative', '--email', 'recent.relative@example.com', '--json']);
    expect(made.code, made.stderr).toBe(0);
    const id = json<{ id: string }>(made).id;
    const after = await cli(['candidate', 'list', '--created-after', '1h', '--all', '--json']);
    expect(after.code, after.stderr).toBe(0);
    const recent = json<Array<{ id: string; createdAt: string }>>(after);
    expect(recent.map((c) => c.id)).toContain(id);
    for (const c of recent) expect(Date.parse(c.createdAt)).toBeGreaterThan(Date.now() - 3_600_000 - 60_000);
    const older = await cli(['candidate', 'list', '--created-before', '1h', '--all', '--json']);
    expect(older.code, older.stderr).toBe(0);
    const old = json<Array<{ id: string }>>(older);
    expect(old.length).toBeGreaterThan(100);
    expect(old.map((c) => c.id)).not.toContain(id);
  });

  it('--no-validate sends an enumeration value our catalog does not know, from a flag as from --data', async () => {
    const dry = await cli(['job', 'list', '--status', 'open', '--status', 'Paused', '--no-validate', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(json<{ body: { status: string[] } }>(dry).body.status).toEqual(['Open', 'Paused']);
    const jobId = (await call(sb, 'job.list', { limit: 1 })).body.results[0].id;
    const before = (await stats(sb)).requests.byEndpoint['job.setStatus'] ?? 0;
    const sent = await cli(['job', 'set-status', jobId, '--status', 'Paused', '--no-validate']);
    expect(sent.code).toBe(5); // the sandbox, like our catalog, does not know it: Ashby's answer
    expect(sent.stderr).toContain('invalid_input');
    expect((await stats(sb)).requests.byEndpoint['job.setStatus']).toBe(before + 1);
  });

  it('leaves out a null cursor, sync token or limit from --data: none is meant, and Ashby refuses null on some lists', async () => {
    const r = await cli(['user', 'list', '--data', '{"cursor":null,"syncToken":null,"limit":null}', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ body: unknown }>(r).body).toEqual({ limit: 100 });
    const sent = await cli(['candidate', 'list', '--data', '{"cursor":null}', '--limit', '2', '--json']);
    expect(sent.code, sent.stderr).toBe(0);
    expect(json<unknown[]>(sent)).toHaveLength(2);
  });

  it('accepts booleans and numbers written as strings, as Ashby does, and sends them as given', async () => {
    const note = await cli(['candidate', 'create-note', candidateId, '--data', '{"note":"strings","isPrivate":"false","sendNotifications":"false"}', '--json']);
    expect(note.code, note.stderr).toBe(0);
    expect(json<{ content: string; isPrivate: boolean }>(note)).toMatchObject({ content: 'strings', isPrivate: false });
    // A limit in the body is the page size, also when it comes as a string.
    const tags = await cli(['candidate-tag', 'list', '--data', '{"limit":"2","includeArchived":"true"}', '--json']);
    expect(tags.code, tags.stderr).toBe(0);
    expect(json<unknown[]>(tags)).toHaveLength(2);
    const before = await requests();
    const bad = await cli(['candidate-tag', 'list', '--data', '{"includeArchived":"nah","limit":"lots"}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--include-archived must be true or false/);
    expect(bad.stderr).toMatch(/--limit must be a number/);
    expect(await requests()).toBe(before);
  });

  it('shows the exact body with --dry-run and sends nothing', async () => {
    const before = await requests();
    const r = await cli([
      'job',
      'list',
      '--status',
      'open',
      '--status',
      'Closed',
      '--created-after',
      '2024-01-01',
      '--no-include-unpublished-job-postings-ids',
      '--dry-run',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ body: unknown }>(r).body).toEqual({
      status: ['Open', 'Closed'],
      createdAfter: new Date(2024, 0, 1).getTime(), // a date is local midnight
      includeUnpublishedJobPostingsIds: false,
      limit: 100,
    });
    expect(await requests()).toBe(before);
  });
});

describe('lists', () => {
  it('prints one page of up to 100 by default', async () => {
    const r = await cli(['candidate', 'list', '-o', 'ndjson']);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout)).toHaveLength(100);
  });

  it('--limit N stops after N records across pages', async () => {
    const r = await cli(['candidate', 'list', '--limit', '150', '-o', 'ndjson']);
    expect(r.code, r.stderr).toBe(0);
    const ids = lines(r.stdout).map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(150);
    expect(new Set(ids).size).toBe(150);
  });

  it('--all streams every record once, as NDJSON or one JSON array', async () => {
    const nd = await cli(['candidate', 'list', '--all', '-o', 'ndjson']);
    expect(nd.code, nd.stderr).toBe(0);
    const ids = lines(nd.stdout).map((l) => JSON.parse(l).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(CANDIDATES);
    const arr = await cli(['candidate', 'list', '--all', '--json']);
    expect(json<Array<{ id: string }>>(arr).map((c) => c.id)).toEqual(ids);
  });

  it('--sync-state runs a full pass first, then only what changed, saving the token after each complete pass', async () => {
    const state = join(dir, 'candidates.sync');
    const first = await cli(['candidate', 'list', '--sync-state', state, '-o', 'ndjson']);
    expect(first.code, first.stderr).toBe(0);
    expect(lines(first.stdout).length).toBeGreaterThanOrEqual(CANDIDATES);
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { endpoint: string; syncToken: string };
    expect(saved.endpoint).toBe('candidate.list');
    expect(saved.syncToken).toBeTruthy();

    const created = (await call(sb, 'candidate.create', { name: 'Grace Sync' })).body.results;
    const second = await cli(['candidate', 'list', '--sync-state', state, '-o', 'ndjson']);
    expect(second.code, second.stderr).toBe(0);
    const changed = lines(second.stdout).map((l) => JSON.parse(l).id);
    expect(changed).toContain(created.id);
    expect(changed.length).toBeLessThan(CANDIDATES);
    expect(JSON.parse(readFileSync(state, 'utf8')).syncToken).not.toBe(saved.syncToken);

    const third = await cli(['candidate', 'list', '--sync-state', state, '-o', 'ndjson']);
    expect(lines(third.stdout)).toEqual([]);
  });

  it('--sync-state leaves the saved token alone when the pass does not complete', async () => {
    const state = join(dir, 'broken.sync');
    const failing = await startSandbox({ candidates: 10, faults: '500=1' });
    try {
      const r = await runCli(['candidate', 'list', '--sync-state', state, '-o', 'ndjson', '--max-retries', '0'], { env: failing.env });
      expect(r.code).toBe(5);
      expect(existsSync(state)).toBe(false);
    } finally {
      await failing.close();
    }
  });

  it('refuses a sync state file written for another endpoint', async () => {
    const state = join(dir, 'jobs.sync');
    writeFileSync(state, JSON.stringify({ endpoint: 'job.list', syncToken: 't' }));
    const r = await cli(['candidate', 'list', '--sync-state', state]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds a token for job\.list/);
  });

  it('names the records of a list in a table cell (tags by title), and keeps them whole as JSON in CSV', async () => {
    const all = (await call(sb, 'candidate.list', { limit: 100 })).body.results as Array<{ id: string; tags: Array<{ title: string }> }>;
    const c = all.find((x) => x.tags.length > 0)!;
    const table = await cli(['candidate', 'info', c.id, '-o', 'table', '--fields', 'id,tags']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`^tags +${c.tags.map((t) => t.title).join(', ')}$`, 'm'));
    const csv = await cli(['candidate', 'info', c.id, '-o', 'csv', '--fields', 'id,tags']);
    const [, row] = lines(csv.stdout);
    const cell = row.slice(row.indexOf(',') + 1);
    expect(JSON.parse(cell.slice(1, -1).replace(/""/g, '"'))).toEqual(c.tags);
  });

  it("shows the resource's default columns in a table, and --fields overrides them", async () => {
    const table = await cli(['candidate', 'list', '--limit', '2', '-o', 'table']);
    expect(lines(table.stdout)[0].split(/\s{2,}/)).toEqual(['ID', 'NAME', 'PRIMARY EMAIL ADDRESS', 'POSITION', 'COMPANY', 'UPDATED AT']);
    const picked = await cli(['candidate', 'list', '--limit', '2', '-o', 'table', '--fields', 'id,name']);
    expect(lines(picked.stdout)[0].split(/\s{2,}/)).toEqual(['ID', 'NAME']);
  });
});

describe('destructive endpoints', () => {
  it('run with --yes', async () => {
    const before = (await stats(sb)).requests.byEndpoint['candidate.removeTag'] ?? 0;
    const r = await cli(['candidate', 'remove-tag', candidateId, '--tag-id', tagId, '--yes', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((await stats(sb)).requests.byEndpoint['candidate.removeTag']).toBe(before + 1);
  });

  it('ask on a terminal and send nothing when the answer is no', async () => {
    const before = await requests();
    const r = await cli(['candidate', 'anonymize', candidateId], { env: { ASHBY_PROMPT_ANSWERS: '["no"]' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\? Run `ashby candidate anonymize` for candidateId .*\? This cannot be undone\./);
    expect(r.stderr).toMatch(/cancelled/);
    expect(await requests()).toBe(before);
  });

  it('go ahead on a terminal when the answer is yes', async () => {
    const fresh = (await call(sb, 'candidate.create', { name: 'Temporary Person' })).body.results.id;
    const r = await cli(['candidate', 'anonymize', fresh, '--json'], { env: { ASHBY_PROMPT_ANSWERS: '["yes"]' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/This cannot be undone/);
  });
});
