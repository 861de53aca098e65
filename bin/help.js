// The help fast path of bin/ashby.js: finds the page a help request asks for among those the build
// recorded (dist/help/, see scripts/build.mjs) and lays it out at the terminal's width with
// commander's own rules (Help.boxWrap and Help.formatItem, commander 15), so that every help
// request costs a file read or two instead of loading the CLI. test/e2e/help-pages.test.ts holds
// the result to the CLI's own output for every page at several widths.
const { readFileSync } = process.getBuiltinModule('node:fs');

/** Commander's minWidthToWrap: narrower than this, text is not wrapped at all. */
const MIN_WIDTH_TO_WRAP = 40;

/** Help.boxWrap: wraps at whitespace, keeping existing line breaks. Pages hold no escape
 *  sequences (the build checks), so a character is a column. */
function boxWrap(str, width) {
  if (width < MIN_WIDTH_TO_WRAP) return str;
  const lines = [];
  for (const line of str.split(/\r\n|\n/)) {
    const chunks = line.match(/[\s]*[^\s]+/g);
    if (chunks === null) {
      lines.push('');
      continue;
    }
    let cur = chunks[0];
    for (let i = 1; i < chunks.length; i++) {
      if (cur.length + chunks[i].length <= width) cur += chunks[i];
      else {
        lines.push(cur);
        cur = chunks[i].trimStart();
      }
    }
    lines.push(cur);
  }
  return lines.join('\n');
}

/** Help.formatItem: a term padded to the page's term width and its description wrapped beside it. */
function formatItem(term, termWidth, description, width) {
  if (!description) return `  ${term}`;
  const remaining = width - termWidth - 4;
  let text = description;
  if (remaining >= MIN_WIDTH_TO_WRAP && !/\n[^\S\r\n]/.test(description)) {
    text = boxWrap(description, remaining).replace(/\n/g, `\n${' '.repeat(termWidth + 2)}`);
  }
  return `  ${term.padEnd(termWidth)}  ${text.replace(/\n/g, '\n  ')}`;
}

/** A recorded page at `width` columns: text, [description] and [term, termWidth, description]. */
export function layout(page, width) {
  let out = '';
  for (const piece of page) {
    if (typeof piece === 'string') out += piece;
    else if (piece.length === 1) out += boxWrap(piece[0], width);
    else out += formatItem(piece[0], piece[1], piece[2], width);
  }
  return out;
}

const isWord = (a) => /^[A-Za-z0-9][\w-]*$/.test(a);

/**
 * The command words a help request names, or undefined when `args` is not one the fast path
 * answers (the CLI then does): `--help`/`-h` after command words, or `help` before them.
 */
export function helpWords(args) {
  if (args[0] === 'help') return args.slice(1).every(isWord) ? args.slice(1) : undefined;
  const last = args.at(-1);
  if (last === '--help' || last === '-h') return args.slice(0, -1).every(isWord) ? args.slice(0, -1) : undefined;
  return undefined;
}

/** The page for `args` from the recorded help in `dir` (a file: URL), or undefined. */
export function findPage(args, dir) {
  const read = (name) => JSON.parse(readFileSync(new URL(`help/${name}.json`, dir), 'utf8'));
  let index;
  try {
    index = read('index');
  } catch {
    return undefined; // no recorded help (a build without it): the CLI answers
  }
  const words = helpWords(args);
  if (!words || !index.root || !index.groups) return undefined;
  if (!words.length) return index.root;
  const group = Object.hasOwn(index.groups, words[0]) ? index.groups[words[0]] : undefined;
  if (!group) return undefined;
  let node;
  try {
    node = read(group);
  } catch {
    return undefined; // a page missing from a damaged install: the CLI answers
  }
  for (const w of words.slice(1)) {
    if (!node.a || !Object.hasOwn(node.a, w)) return undefined;
    node = node.s[node.a[w]];
  }
  return node.p;
}
