// Builds dist/ once before the tests run, so that the tests which spawn the real binary
// (runBin, test/e2e/) never run a bundle older than src/.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: resolve(__dirname, '..'), stdio: 'inherit' });
}
