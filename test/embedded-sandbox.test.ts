// The bundled CLI's own sandbox (--sandbox): consecutive commands share state, and the file flow
// works end to end. This guards the bundle itself: module order there differs from vitest's, and an
// import cycle once left the file handlers out of the bundled sandbox.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, runCli, tempConfigDir } from './helpers/cli.js';

describe('--sandbox', () => {
  it('uploads a resume, sees it on the candidate in the next command, and downloads the same bytes', async () => {
    const env = { ASHBY_CONFIG_DIR: tempConfigDir() };
    const work = mkdtempSync(join(tmpdir(), 'ashby-embedded-'));
    const resume = join(work, 'resume.pdf');
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    writeFileSync(resume, bytes);

    const list = await runCli(['--sandbox', 'candidate', 'list', '--limit', '1', '--json'], { env });
    expect(list.code).toBe(0);
    const [cand] = json<Array<{ id: string }>>(list);

    const up = await runCli(['--sandbox', 'candidate', 'upload-resume', cand.id, resume, '--json'], { env });
    expect(up.code, up.stderr).toBe(0);

    const info = await runCli(['--sandbox', 'candidate', 'info', cand.id, '--json'], { env });
    const handle = json<{ resumeFileHandle?: { handle: string } }>(info).resumeFileHandle?.handle;
    expect(handle).toBeTruthy();
    expect(handle).not.toMatch(/example\.com/);

    const out = join(work, 'back.pdf');
    const down = await runCli(['--sandbox', 'file', 'download', handle!, '--to', out], { env });
    expect(down.code, down.stderr).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});
