// Every ASHBY_* variable the code reads is documented, in `ashby environment` and in the README.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../src/commands/help/topics.js';

const ROOT = resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'generated' ? [] : sources(p);
    return /\.(ts|mjs|js)$/.test(n) ? [p] : [];
  });
}

describe('environment variables', () => {
  const used = new Set<string>();
  for (const f of [...sources(join(ROOT, 'src')), join(ROOT, 'bin', 'ashby.js')]) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\bASHBY_[A-Z0-9_]*[A-Z0-9]\b/g)) used.add(m[0]);
  }
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('finds the variables (the scan works)', () => {
    expect(used.has('ASHBY_API_KEY')).toBe(true);
    expect(used.has('ASHBY_MAX_RESPONSE_MB')).toBe(true);
  });

  it.each([...used].sort())('%s is in `ashby environment` and the README', (name) => {
    expect(TOPICS.environment).toMatch(new RegExp(`\\b${name}\\b`));
    expect(readme).toMatch(new RegExp(`\\b${name}\\b`));
  });
  // The other way round: a variable documented but read nowhere (the help topic itself aside) is a promise the code does not keep.
  const read = new Set<string>();
  for (const f of [...sources(join(ROOT, 'src')), join(ROOT, 'bin', 'ashby.js')]) {
    if (f.endsWith(join('help', 'topics.ts'))) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/\bASHBY_[A-Z0-9_]*[A-Z0-9]\b/g)) read.add(m[0]);
  }
  const documented = [...new Set([...TOPICS.environment.matchAll(/\bASHBY_[A-Z0-9_]*[A-Z0-9]\b/g)].map((m) => m[0]))].sort();
  it.each(documented)('%s, listed by `ashby environment`, is read by the code', (name) => {
    expect(read.has(name)).toBe(true);
  });
});
