// Issue 15, item 8: --web on the view commands (candidate view, app view, job view, job pipeline)
// opens the record's Ashby page in the browser on a terminal and prints the link otherwise, as gh
// does; a link from Ashby's data reaches no shell and only an https link to Ashby is opened.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir } from './helpers/cli.js';
import { ScriptServer } from './helpers/script-server.js';
import { applicant, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const cli = s.cli;

/** A $BROWSER that records the link it was given (and would show shell code run, if any were). */
function fakeBrowser(): { env: Record<string, string>; opened: () => Promise<string | undefined>; dir: string } {
  const dir = tempConfigDir();
  const script = join(dir, 'browser.sh');
  // Written aside and renamed: the file appears with its whole content (a redirect creates it
  // empty first, and a read in between saw '').
  writeFileSync(script, `#!/bin/sh\nprintf '%s' "$1" > ${join(dir, 'opened.part')} && mv ${join(dir, 'opened.part')} ${join(dir, 'opened')}\n`, {
    mode: 0o755,
  });
  return {
    dir,
    env: { BROWSER: script },
    opened: async () => {
      for (let i = 0; i < 100 && !existsSync(join(dir, 'opened')); i++) await new Promise((res) => setTimeout(res, 50));
      return existsSync(join(dir, 'opened')) ? readFileSync(join(dir, 'opened'), 'utf8') : undefined;
    },
  };
}

const onTerminal = (args: string[], env: Record<string, string | undefined>) => runCli(args, { env: { ...s.h.env, ...env }, tty: true });

describe('--web on the view commands', () => {
  it('candidate view --web opens the profile with $BROWSER on a terminal, without a shell', async () => {
    const a = await applicant(s.h);
    const b = fakeBrowser();
    const r = await onTerminal(['candidate', 'view', a.email, '--web'], b.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('in your browser');
    expect(await b.opened()).toMatch(new RegExp(`^https://app\\.ashbyhq\\.com/.*${a.candidateId}$`));
  });

  it('prints the link instead when not on a terminal, and opens nothing', async () => {
    const a = await applicant(s.h);
    const b = fakeBrowser();
    const r = await cli(['candidate', 'view', a.email, '--web'], b.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^https://app\\.ashbyhq\\.com/\\S*${a.candidateId}\\n$`));
    await new Promise((res) => setTimeout(res, 200));
    expect(existsSync(join(b.dir, 'opened'))).toBe(false);
  });

  it('prints the link on a terminal with no browser to open it: none on a display-less Linux, or one that will not start', async () => {
    const a = await applicant(s.h);
    const none = await onTerminal(['candidate', 'view', a.email, '--web'], { BROWSER: undefined, DISPLAY: undefined, WAYLAND_DISPLAY: undefined });
    expect(none.code, none.stderr).toBe(0);
    if (process.platform === 'linux') {
      expect(none.stdout).toMatch(/^https:\/\/app\.ashbyhq\.com\/\S+\n$/);
      expect(none.stderr).toMatch(/No browser to open it with \(set BROWSER/);
    }
    const missing = await onTerminal(['candidate', 'view', a.email, '--web'], { BROWSER: join(tempConfigDir(), 'no-such-browser') });
    expect(missing.code, missing.stderr).toBe(0);
    expect(missing.stdout).toMatch(new RegExp(`^https://app\\.ashbyhq\\.com/\\S*${a.candidateId}\\n$`));
    expect(missing.stderr).toMatch(/could not start .*no-such-browser/);
  });

  it("app view shows one application, and --web gives the candidate's profile, where Ashby shows it", async () => {
    const a = await applicant(s.h, ['Staff Engineer', 'Product Designer']);
    const v = await cli(['app', 'view', a.email, '--job', 'Staff Engineer', '--json']);
    expect(v.code, v.stderr).toBe(0);
    const app = json<any>(v);
    expect(app).toMatchObject({
      id: a.applicationId,
      job: 'Staff Engineer',
      stage: 'New Lead',
      status: 'Lead',
      candidate: { id: a.candidateId, email: a.email },
    });
    expect(app.daysInStage).toBe(0);
    expect(app.profileUrl).toMatch(new RegExp(`^https://app\\.ashbyhq\\.com/.*${a.candidateId}$`));
    const table = await cli(['app', 'view', a.applicationId, '-o', 'table']);
    expect(table.stdout).toMatch(/job\s+Staff Engineer/);
    const web = await cli(['app', 'view', a.email, '--job', 'Staff Engineer', '--web']);
    expect(web.code, web.stderr).toBe(0);
    expect(web.stdout).toBe(`${app.profileUrl}\n`);
    const b = fakeBrowser();
    expect((await onTerminal(['app', 'view', a.applicationId, '--web'], b.env)).code).toBe(0);
    expect(await b.opened()).toBe(app.profileUrl);
    // Two applications and no --job: which one is asked, not guessed.
    const ambiguous = await cli(['app', 'view', a.email, '--web']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toBe('');
  });

  it('job view shows the job by name, and --web (also on job pipeline) gives its Ashby page', async () => {
    const v = await cli(['job', 'view', 'Staff Engineer', '--json']);
    expect(v.code, v.stderr).toBe(0);
    const job = json<any>(v);
    expect(job).toMatchObject({ title: 'Staff Engineer', status: 'Open' });
    expect(job.location).toEqual(expect.any(String));
    expect(job.hiringTeam.length).toBeGreaterThan(0);
    expect(job.url).toBe(`https://app.ashbyhq.com/jobs/${job.id}`);
    for (const args of [
      ['job', 'view', 'Staff Engineer', '--web'],
      ['job', 'pipeline', 'Staff Engineer', '--web'],
    ]) {
      const r = await cli(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${job.url}\n`);
    }
    const b = fakeBrowser();
    expect((await onTerminal(['job', 'view', job.id, '--web'], b.env)).code).toBe(0);
    expect(await b.opened()).toBe(job.url);
  });
});

describe('--web on the generated info commands', () => {
  it('candidate info, application info and job info take --web too', async () => {
    const a = await applicant(s.h);
    const profile = json<any>(await cli(['candidate', 'info', a.email, '--json'])).profileUrl;
    expect(profile).toMatch(/^https:\/\/app\.ashbyhq\.com\//);
    for (const args of [
      ['candidate', 'info', a.email, '--web'],
      ['application', 'info', a.applicationId, '--web'],
    ]) {
      const r = await cli(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, args.join(' ')).toBe(`${profile}\n`);
    }
    const job = await cli(['job', 'info', 'Staff Engineer', '--web']);
    expect(job.code, job.stderr).toBe(0);
    expect(job.stdout).toBe(`https://app.ashbyhq.com/jobs/${a.jobId}\n`);
    const b = fakeBrowser();
    expect((await onTerminal(['app', 'info', a.applicationId, '--web'], b.env)).code).toBe(0);
    expect(await b.opened()).toBe(profile);
    // Without --web, the record as before.
    expect(json<any>(await cli(['job', 'info', a.jobId, '--json'])).id).toBe(a.jobId);
  });
});

describe('--web with a hostile link', () => {
  const ID = '3f6c2b1e-8d4a-4c2f-9b7e-1a2b3c4d5e6f';
  for (const link of [
    'https://evil.example.com/$(touch pwned)',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://app.ashbyhq.com/candidates/x',
    'https://user:pw@app.ashbyhq.com/x',
    '--help',
    'https://app.ashbyhq.com.evil.example/x',
  ]) {
    it(`refuses ${link}: exit 2, nothing opened or printed`, async () => {
      const srv = await new ScriptServer().start();
      srv.on('candidate.info', () => ({ body: { success: true, results: { id: ID, name: 'Mallory', profileUrl: link } } }));
      const b = fakeBrowser();
      try {
        for (const [tty, cmd] of [
          [true, 'view'],
          [false, 'view'],
          [true, 'info'],
          [false, 'info'],
        ] as const) {
          const r = await runCli(['candidate', cmd, ID, '--web'], { env: { ASHBY_BASE_URL: srv.url, ASHBY_API_KEY: 'k_web_test', ...b.env }, tty });
          expect(r.code, r.stderr).toBe(2);
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/no Ashby link to open|must be https on app\.ashbyhq\.com/);
          expect(r.stderr).not.toContain('\x1b');
        }
        await new Promise((res) => setTimeout(res, 200));
        expect(existsSync(join(b.dir, 'opened'))).toBe(false);
      } finally {
        await srv.stop();
      }
    });
  }
});
