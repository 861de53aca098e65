// Quoting words into the generated scripts. Plain words stay bare so the scripts stay readable.
const PLAIN = /^[A-Za-z0-9_.,:/@+-]+$/;

/** bash and zsh: single quotes, a quote inside becomes '\''. */
export function shq(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** fish: single quotes, where only \\ and \' are escapes. */
export function fishq(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/[\\']/g, '\\$&')}'`;
}

/** A case/switch pattern for a table key; a leading "*" stays a wildcard. */
export function pattern(key: string, quote: (w: string) => string): string {
  if (key.startsWith('*')) return `*${quote(key.slice(1))}`;
  if (key.endsWith('|*')) return `${quote(key.slice(0, -1))}*`;
  return key === '' ? "''" : quote(key);
}
