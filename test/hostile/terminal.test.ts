// Hostile data never reaches a terminal as control sequences, and keys never appear in messages:
// tables, stderr error messages (errorInfo.message, HTML error pages) through the real CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EVIL, HOSTILE_KEY, HostileServer, basicOf, candidate, hasControls, htmlError, ok } from './server.js';

let srv: HostileServer;
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const names = Object.values(EVIL);

beforeAll(async () => {
  srv = await new HostileServer()
    .on('candidate.list', () =>
      ok(
        names.map((n, i) => candidate(uuid(i), n)),
        { moreDataAvailable: false },
      ),
    )
    .on('candidate.info', () => ok(candidate(uuid(0), EVIL.clipboard)))
    .on('candidate.search', () => ({
      body: {
        success: false,
        errorInfo: {
          code: 'invalid_input',
          message: `bad key ${HOSTILE_KEY} / Basic ${basicOf(HOSTILE_KEY)} \u001b]52;c;cHduZWQ=\u0007 \u202eok`,
          requestId: 'req_\u001b[2Jx',
        },
      },
    }))
    .on('job.list', () => htmlError(502, `<p>key ${HOSTILE_KEY}</p>`))
    .on('report.synchronous', () =>
      ok({
        status: 'complete',
        reportData: { columnNames: ['Candidate', `Stage${EVIL.colour}`], data: names.map((n) => [n, 'Onsite']) },
      }),
    )
    .start();
});
afterAll(() => srv.stop());

describe('human-facing output is sanitised', () => {
  it('a table never carries control sequences or bidi overrides from data', async () => {
    const r = await runCli(['candidate', 'list', '-o', 'table'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(0);
    expect(hasControls(r.stdout)).toBe(false);
    expect(r.stdout).toContain('Zed Smith'); // the OSC 52 clipboard write is gone, payload and all
    expect(r.stdout).not.toContain('ZWNobyBwd25lZA');
    expect(r.stdout).toContain('Cat OVERWRITTEN'); // a CR is a space in a cell, not obeyed
    expect(r.stdout).not.toContain('evil.example');
  });

  it('a single record as a table is sanitised too', async () => {
    const r = await runCli(['candidate', 'info', uuid(0), '-o', 'table'], { env: srv.env() });
    expect(r.code, r.stderr).toBe(0);
    expect(hasControls(r.stdout)).toBe(false);
  });

  it('JSON and NDJSON keep the exact bytes', async () => {
    const j = await runCli(['candidate', 'list', '--json'], { env: srv.env() });
    expect(JSON.parse(j.stdout).map((c: { name: string }) => c.name)).toEqual(names);
    const n = await runCli(['candidate', 'list', '-o', 'ndjson'], { env: srv.env() });
    expect(
      n.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).name),
    ).toEqual(names);
  });

  it('JSON and NDJSON on a terminal write C1 controls and bidi overrides as escapes, with the same values', async () => {
    for (const format of ['json', 'ndjson']) {
      const r = await runCli(['candidate', 'list', '-o', format], { env: srv.env(), tty: true });
      expect(r.code, r.stderr).toBe(0);
      expect(hasControls(r.stdout), format).toBe(false);
      expect(r.stdout).toContain('Fay \\u009b31mX');
      const values =
        format === 'json'
          ? JSON.parse(r.stdout)
          : r.stdout
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l));
      expect(values.map((c: { name: string }) => c.name)).toEqual(names);
    }
  });

  it('CSV and YAML on a terminal are sanitised; piped they keep the exact bytes', async () => {
    for (const format of ['csv', 'yaml']) {
      const r = await runCli(['candidate', 'list', '-o', format, '--fields', 'name'], { env: srv.env(), tty: true });
      expect(r.code, r.stderr).toBe(0);
      expect(hasControls(r.stdout), format).toBe(false);
      if (format === 'csv') expect(r.stdout).not.toContain('ZWNobyBwd25lZA'); // YAML writes it as harmless \e text
      const piped = await runCli(['candidate', 'list', '-o', format, '--fields', 'name'], { env: srv.env() });
      expect(piped.stdout, format).toContain(format === 'csv' ? EVIL.clipboard : 'Zed \\e]52;c;ZWNobyBwd25lZA==\\aSmith');
      expect(piped.stdout, format).toContain(EVIL.c1);
    }
  });

  it('a report as CSV on a terminal is sanitised too; piped it keeps the exact bytes', async () => {
    const report = uuid(9);
    const tty = await runCli(['report', 'run', report, '-o', 'csv'], { env: srv.env(), tty: { stdout: true } });
    expect(tty.code, tty.stderr).toBe(0);
    expect(hasControls(tty.stdout)).toBe(false);
    expect(tty.stdout).toContain('Zed Smith');
    const piped = await runCli(['report', 'run', report, '-o', 'csv'], { env: srv.env() });
    expect(piped.stdout).toContain(EVIL.clipboard);
  });

  it('--jq strings printed raw on a terminal are sanitised; piped they keep the exact bytes', async () => {
    const tty = await runCli(['candidate', 'list', '--jq', '.[].name'], { env: srv.env(), tty: true });
    expect(tty.code, tty.stderr).toBe(0);
    expect(hasControls(tty.stdout.replace(/\n/g, ''))).toBe(false);
    expect(tty.stdout).toContain('Zed Smith');
    expect(tty.stdout).not.toContain('ZWNobyBwd25lZA');
    expect(tty.stdout.trimEnd().split('\n')).toHaveLength(names.length); // one line per name, as before
    const piped = await runCli(['candidate', 'list', '--jq', '.[].name'], { env: srv.env() });
    expect(piped.stdout).toBe(`${names.join('\n')}\n`);
  });

  it('--jq results that are not records are a one-column table with -o table, sanitised', async () => {
    const r = await runCli(['candidate', 'list', '--jq', '.[].name', '-o', 'table'], { env: srv.env(), tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(hasControls(r.stdout)).toBe(false);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(names.length + 1); // VALUE, then one line per name
    expect(r.stdout).toContain('Zed Smith');
  });

  it("commander's own errors, which quote the command line, are sanitised too", async () => {
    for (const argv of [['candidate', 'list', `--x${EVIL.clipboard}`], [`cand${EVIL.colour}`], ['candidate', 'list', '-o', EVIL.link]]) {
      const r = await runCli(argv, { env: srv.env() });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^ashby: error: /);
      expect(hasControls(r.stderr), r.stderr).toBe(false);
    }
  });

  it('an error message from the server is sanitised and redacted (key and Basic form)', async () => {
    const r = await runCli(['api', 'candidate.search', '-f', 'email=a@b.c'], { env: srv.env() });
    expect(r.code).toBe(5);
    expect(hasControls(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain(HOSTILE_KEY);
    expect(r.stderr).not.toContain(basicOf(HOSTILE_KEY));
    expect(r.stderr).toContain('[REDACTED]');
  });

  it('an HTML error page is shown as its title, without markup, controls or keys', async () => {
    const r = await runCli(['api', 'job.list', '--max-retries', '0'], { env: srv.env() });
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('502 Bad Gateway');
    expect(r.stderr).not.toContain('<script>');
    expect(hasControls(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain(HOSTILE_KEY);
  });
});

describe('invisible bidi marks and Unicode line separators from data', () => {
  // LRM, RLM and ALM reorder what stands around them as an override does, invisibly; U+2028 and
  // U+2029 are line breaks to a viewer that honours them, and a name could fake a line with them.
  const tricky = [
    'Gus \u200fgnp.exe',
    'Ida\u061cX\u200eY',
    'Hal\u2028warning: fake line',
    'Jo\u2029Ann',
    // Invisible: a zero-width space and a BOM, and a text spelt in tag characters ("hi").
    'Zoe\u200bAdams\ufeff\u{e0068}\u{e0069}',
  ];
  let marks: HostileServer;
  beforeAll(async () => {
    marks = await new HostileServer()
      .on('candidate.list', () =>
        ok(
          tricky.map((n, i) => candidate(uuid(i), n)),
          { moreDataAvailable: false },
        ),
      )
      .on('candidate.search', () => ({
        body: { success: false, errorInfo: { code: 'invalid_input', message: 'bad\u2028ashby: looks like ours \u200f' } },
      }))
      .start();
  });
  afterAll(() => marks.stop());

  it('a table drops the marks and folds the separators like any line break', async () => {
    const r = await runCli(['candidate', 'list', '-o', 'table', '--fields', 'name'], { env: marks.env(), tty: true });
    expect(r.code, r.stderr).toBe(0);
    expect(hasControls(r.stdout)).toBe(false);
    expect(r.stdout).toContain('Gus gnp.exe');
    expect(r.stdout).toContain('IdaXY');
    expect(r.stdout).toContain('Hal warning: fake line');
    expect(r.stdout).toContain('Jo Ann');
    expect(r.stdout).toMatch(/ZoeAdams\s*$/m);
  });

  it('JSON on a terminal writes them as escapes with the same values; piped the bytes are exact', async () => {
    const tty = await runCli(['candidate', 'list', '--json'], { env: marks.env(), tty: true });
    expect(tty.code, tty.stderr).toBe(0);
    expect(hasControls(tty.stdout)).toBe(false);
    expect(tty.stdout).toContain('Gus \\u200fgnp.exe');
    expect(tty.stdout).toContain('Hal\\u2028warning');
    expect(tty.stdout).toContain('Zoe\\u200bAdams\\ufeff\\udb40\\udc68\\udb40\\udc69');
    expect(JSON.parse(tty.stdout).map((c: { name: string }) => c.name)).toEqual(tricky);
    const piped = await runCli(['candidate', 'list', '--json'], { env: marks.env() });
    expect(JSON.parse(piped.stdout).map((c: { name: string }) => c.name)).toEqual(tricky);
    expect(piped.stdout).toContain('Gus \u200fgnp.exe');
  });

  it('CSV and raw --jq strings on a terminal show a separator as ␤ on the same line, and drop the marks', async () => {
    for (const argv of [
      ['candidate', 'list', '-o', 'csv', '--fields', 'name'],
      ['candidate', 'list', '--jq', '.[].name'],
    ]) {
      const r = await runCli(argv, { env: marks.env(), tty: true });
      expect(r.code, r.stderr).toBe(0);
      expect(hasControls(r.stdout.replace(/\n/g, '')), argv.join(' ')).toBe(false);
      expect(r.stdout).toContain('Hal\u2424warning: fake line');
      expect(r.stdout).toContain('Gus gnp.exe');
      expect(r.stdout).not.toMatch(/^warning/m);
    }
  });

  it('an error message from the server shows neither (stderr)', async () => {
    const r = await runCli(['api', 'candidate.search', '-f', 'email=a@b.c'], { env: marks.env() });
    expect(r.code).toBe(5);
    expect(hasControls(r.stderr)).toBe(false);
    expect(r.stderr).not.toMatch(/^ashby: looks like ours/m);
  });
});
