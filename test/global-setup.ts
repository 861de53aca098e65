// Builds dist/ once before the tests run, so that the tests which spawn the real binary
// (runBin, test/e2e/) never run a bundle older than src/. Every temporary file or folder the
// tests make (config dirs, fake homes, journals, mirrors, shell rc files) goes under one folder
// of this run, through TMPDIR, which the workers and everything they spawn inherit; it is removed
// when the run ends, so a run leaves nothing behind in the machine's temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: resolve(__dirname, '..'), stdio: 'inherit' });
  const outer = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'ashby-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    rmSync(dir, { recursive: true, force: true });
  };
}
