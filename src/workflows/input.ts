// Lists of ids or emails read from a file or stdin.

/** Lines of input: ids or emails, one per line; blank lines and # comments are skipped. */
export function inputLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
