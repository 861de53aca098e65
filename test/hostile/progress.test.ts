// Progress on a terminal quotes data too: an upload's bar names the file, and a file's name was
// chosen by whoever sent it (a candidate's attachment, saved as it came). Checked in a real
// terminal (tmux), on the raw bytes the CLI wrote while the bar was drawn.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempConfigDir } from '../helpers/cli.js';
import { TmuxSession, tmuxAvailable } from '../helpers/workflow-tmux.js';
import { HostileServer, candidate, ok } from './server.js';

const ID = '00000000-0000-4000-8000-000000000001';
let srv: HostileServer;
let release: () => void = () => {};

beforeAll(async () => {
  srv = await new HostileServer()
    .on('candidate.info', () => ok(candidate(ID, 'Ada Lovelace')))
    .on('file.createFileUploadHandle', () => ok({ handle: 'h-1', url: `${srv.url}/upload`, fields: { key: 'k' } }))
    // The storage answers once the test has seen the bar: until then the bar stays on screen.
    .on('upload', () => new Promise((r) => (release = () => r({ status: 204, body: '' }))))
    .on('candidate.uploadFile', () => ok({ id: ID }))
    .start();
});
afterAll(() => {
  release();
  return srv.stop();
});

describe.skipIf(!tmuxAvailable())('an upload progress bar on a terminal', () => {
  it("shows the file's name without its control sequences or bidi overrides", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashby-up-'));
    const name = 'cv \u001b]52;c;cHduZWQ=\u0007\u202efdp.exe\u001b[2J\rX.pdf';
    const path = join(dir, name);
    writeFileSync(path, Buffer.alloc(2 * 1024 * 1024, 0x41)); // the bar is drawn from 1 MB on
    const log = join(dir, 'raw.log');
    const t = new TmuxSession().start(['candidate', 'upload-file', ID, path], { ASHBY_CONFIG_DIR: tempConfigDir(), ASHBY_NO_KEYCHAIN: '1', ...srv.env() });
    try {
      await t.waitFor('Uploading cv', 'the progress bar');
      // Record the raw bytes from here on: the spinner draws its line again several times a second.
      (t as unknown as { tmux: (...a: string[]) => string }).tmux('pipe-pane', '-o', '-t', 'w', `cat > '${log}'`);
      await new Promise((r) => setTimeout(r, 500));
      release();
      expect(await t.exitCode()).toBe(0);
    } finally {
      t.close();
    }
    const raw = readFileSync(log, 'utf8');
    expect(raw).toContain('Uploading cv ');
    expect(raw).not.toContain('cHduZWQ'); // the OSC 52 clipboard write never reached the terminal
    expect(raw).not.toContain('\u001b]');
    expect(raw).not.toContain('\u001b[2J');
    expect(raw).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
