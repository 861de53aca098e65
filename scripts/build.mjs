// Bundles src/ into dist/ with code splitting so that start-up loads only what a command needs.
import { build } from 'esbuild';
import { rmSync, cpSync, existsSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { ashby: 'src/main.ts' },
  outdir: 'dist',
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
if (existsSync('src/catalog/generated')) cpSync('src/catalog/generated', 'dist/catalog', { recursive: true });
