// Writes completions/ashby.bash, completions/_ashby and completions/ashby.fish from the command
// tree, by running the built CLI's `ashby completion <shell>` (build first). With --check it only
// compares and fails when a checked-in script is out of date (CI runs that after the build).
//   node scripts/gen-completions.mjs [--check]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const files = { bash: 'completions/ashby.bash', zsh: 'completions/_ashby', fish: 'completions/ashby.fish' };
// A private, empty config dir: the scripts must not depend on whoever runs this.
const config = mkdtempSync(join(tmpdir(), 'ashby-gen-completions-'));
const stale = [];
try {
  for (const [shell, file] of Object.entries(files)) {
    const text = execFileSync(process.execPath, ['bin/ashby.js', 'completion', shell], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: config, ASHBY_CONFIG_DIR: config, ASHBY_NO_KEYCHAIN: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      /* new file */
    }
    if (old === text) continue;
    if (check) stale.push(file);
    else {
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
} finally {
  rmSync(config, { recursive: true, force: true });
}
if (stale.length) {
  console.error(`out of date: ${stale.join(', ')}\nrun: npm run build && npm run gen:completions`);
  process.exit(1);
}
if (check) console.log('completions: up to date');
