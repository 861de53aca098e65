// Project rules a type checker does not see: stdout/stderr only through the io layer, one place
// that exits, no process.env outside the entry's streams, which folder may import which
// (BOUNDARIES), no focused or skipped-by-accident tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * What may import what, by src-relative path prefix: a file under `from` must not import a module
 * matching any of `not` (a src-relative prefix, or a package name). docs/architecture.md draws it.
 */
const CLI = [
  'cli.ts',
  'main.ts',
  'context.ts',
  'commands/',
  'workflows/',
  'prompts/',
  'completion/',
  'bulk/',
  'mirror/',
  'mcp/',
  'resolve/',
  'reports/',
  'webhooks/',
  'files/',
  'config/',
];
const BOUNDARIES = [
  { from: 'commands/', not: ['undici'], why: 'HTTP goes through api/ (the client) or files/ (storage), never a command' },
  { from: 'sandbox/', not: CLI, why: 'the sandbox is a separate component: it may use catalog/, io/ and itself, never CLI code' },
  { from: 'io/', not: ['commands/', 'workflows/', 'cli.ts', 'context.ts'], why: 'io/ is below the commands' },
  { from: 'api/', not: ['commands/', 'workflows/', 'cli.ts'], why: 'the API core is below the commands' },
  { from: 'catalog/', not: ['commands/', 'workflows/', 'cli.ts', 'context.ts', 'undici'], why: 'the catalog is data and lookups' },
  { from: '', not: ['cli.ts'], except: ['main.ts'], why: 'only the bundle entry imports cli.ts; the tree is commands/tree.ts' },
];

/** The modules a file imports (static, dynamic and type imports), as src-relative paths or package names. */
function importsOf(file, text) {
  const out = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
    const spec = m[1];
    if (spec.startsWith('.')) out.push(relative('src', normalize(join(dirname(file), spec))).replace(/\.js$/, '.ts'));
    else if (!spec.startsWith('node:')) out.push(spec);
  }
  return out;
}

const problems = [];
for (const f of files('src')) {
  const rel = relative('src', f);
  const text = readFileSync(f, 'utf8');
  for (const b of BOUNDARIES) {
    if (!rel.startsWith(b.from) || b.except?.includes(rel)) continue;
    for (const target of importsOf(f, text)) {
      if (b.not.some((n) => target === n || (n.endsWith('/') && target.startsWith(n)) || target.startsWith(`${n}/`)))
        problems.push(`${f}: imports ${target}: ${b.why}`);
    }
  }
  if (/\bprocess\.env\b/.test(text.replace(/\/\/.*$/gm, '')) && !['io/streams.ts'].includes(rel) && !rel.startsWith('sandbox/')) {
    problems.push(`${f}: reads process.env: read ctx.env (or the env passed in), so a command run in-process sees its own environment`);
  }
}
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
