// Project rules a type checker does not see: stdout/stderr only through the io layer, one place
// that exits, no focused or skipped-by-accident tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const problems = [];
for (const f of files('src')) {
  const lines = readFileSync(f, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const at = `${f}:${i + 1}`;
    if (/\bconsole\.(log|error|warn|info|debug)\(/.test(line)) problems.push(`${at}: use the context's renderer or stderr helpers, not console`);
    if (/\bprocess\.exit\(/.test(line) && !f.endsWith('cli.ts') && !/lint-allow-exit/.test(line)) problems.push(`${at}: only cli.ts decides the exit`);
    if (/\bdebugger\b/.test(line)) problems.push(`${at}: debugger statement`);
  });
}
for (const f of files('test')) {
  const text = readFileSync(f, 'utf8');
  if (/\b(it|test|describe)\.only\(/.test(text)) problems.push(`${f}: focused test (.only)`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`lint: ok (${files('src').length + files('test').length} files)`);
