// Bundles src/ into dist/ with code splitting so that start-up loads only what a command needs.
// The bundle is built beside dist/ and swapped in whole, so a failed or concurrent build never
// leaves a half-written dist/ behind.
import { build } from 'esbuild';
import { rmSync, cpSync, existsSync, renameSync } from 'node:fs';

const tmp = `dist.tmp-${process.pid}`;
const old = `dist.old-${process.pid}`;
try {
  await build({
    // complete: the `ashby __complete` fast path (shell completion), which must not load commander.
    entryPoints: { ashby: 'src/main.ts', complete: 'src/completion/main.ts' },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    // jq-web loads its .wasm file from beside itself, so it stays a runtime dependency.
    external: ['jq-web'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // The catalog is data read at run time, one resource at a time.
  if (existsSync('src/catalog/generated')) cpSync('src/catalog/generated', `${tmp}/catalog`, { recursive: true });
  // The shells' completion drivers, read when `ashby completion <shell>` prints a script.
  cpSync('src/completion/drivers', `${tmp}/drivers`, { recursive: true });
  if (existsSync('dist')) renameSync('dist', old);
  renameSync(tmp, 'dist');
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
