// "Did you mean …?": the known words closest to a mistyped one.

/** Up to three of `words` within a few edits of `word` (case ignored), closest first. */
export function suggest(word: string, words: string[]): string[] {
  const w = word.toLowerCase();
  return words
    .map((c) => [c, distance(w, c.toLowerCase())] as const)
    .filter(([, d]) => d <= Math.max(2, Math.floor(w.length / 4)))
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([c]) => c);
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}
