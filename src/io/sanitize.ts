// The one sanitiser for text a person reads on a terminal. Data from Ashby is hostile: a candidate
// can name themselves "\e]52;c;…\a" (a clipboard write), "\e]8;;https://evil\e\\" (a link), a CR
// that overwrites the line before it, or a bidi override that reverses what a reader sees. Every
// human-facing writer (tables, stderr messages, prompts and pickers, `webhook listen` lines) passes
// text through here; machine formats (JSON, NDJSON, CSV, YAML) keep the exact bytes when piped, and
// on a terminal are escaped (JSON: escapeJsonForTerminal) or sanitised (CSV, YAML) by io/output.ts.
//
// What happens to what:
// - escape sequences (ESC followed by CSI, OSC, DCS, SOS, PM, APC, or one more character) and their
//   8-bit C1 forms are removed whole, payload included: they are instructions, not text;
// - any other C0 control (BEL, BS, CR, NUL, …) and DEL is shown as its Unicode "control picture"
//   (␇, ␈, ␍, ␀, ␡), visible and one column wide; LF and TAB are kept where a layout allows them
//   (`keepNewlines`), otherwise shown as ␊ and ␉ too;
// - the Unicode line and paragraph separators (U+2028, U+2029) are shown as ␤: a viewer that breaks
//   lines on them would show a line the text only pretends to start, and turning them into a real
//   LF would do that on every terminal; where lines are folded (table cells, one-line messages)
//   they are folded like LF;
// - other C1 controls (U+0080–U+009F) become U+FFFD;
// - bidi controls are removed: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
//   and the invisible marks LRM, RLM and ALM (U+200E, U+200F, U+061C), which reorder what stands
//   around them just the same ("résumé\u200F.exe…") and make two names look alike that are not;
// - invisible characters that join or mark nothing a reader sees are removed: zero-width space
//   (U+200B), word joiner and invisible operators (U+2060–U+2064), the deprecated format controls
//   (U+206A–U+206F), the byte-order mark (U+FEFF), the interlinear annotation marks (U+FFF9–U+FFFB),
//   the Mongolian vowel separator (U+180E) and the tag characters (U+E0000–U+E007F), which can spell a
//   whole hidden text. Zero-width (non-)joiners (U+200C, U+200D) stay: scripts and emoji need them.

export interface SanitizeOptions {
  /** Keep LF and TAB as they are (multi-line messages); otherwise they are shown as ␊ and ␉. */
  keepNewlines?: boolean;
}

// ESC-introduced and 8-bit sequences. A string terminator is BEL, ESC \ or 0x9C; an unterminated
// string runs to the end of the text (a half sequence is never left behind for the terminal).
// eslint-disable-next-line no-control-regex
const SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c|(?=\u001b)|$)|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// The characters of the list above that are no controls, each set written once; the tests below
// (is anything unsafe here?) are built from the same sets, so a character added to one is caught
// by all of them.
const BIDI_SET = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const SEPARATOR_SET = '\\u2028\\u2029';
const INVISIBLE_SET = '\\u180e\\u200b\\u2060-\\u2064\\u206a-\\u206f\\ufeff\\ufff9-\\ufffb';
/** The tag characters U+E0000–U+E007F, as their UTF-16 pairs. */
const TAGS = '\\udb40[\\udc00-\\udc7f]';
const BIDI = new RegExp(`[${BIDI_SET}]`, 'g');
const SEPARATORS = new RegExp(`[${SEPARATOR_SET}]`, 'g');
const INVISIBLE = new RegExp(`[${INVISIBLE_SET}]|${TAGS}`, 'g');
// eslint-disable-next-line no-control-regex
const C0 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const C0_ALL = /[\u0000-\u001f\u007f]/g;
const C1 = /[\u0080-\u009f]/g;
/** Anything of the sets above, or of `controls`. */
const unsafe = (controls: string) => new RegExp(`[${controls}${BIDI_SET}${SEPARATOR_SET}${INVISIBLE_SET}]|${TAGS}`);
const ANY_UNSAFE = unsafe('\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f');
const ANY_UNSAFE_STRICT = unsafe('\\u0000-\\u001f\\u007f-\\u009f');

const picture = (c: string) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0)));

/** Text safe to print on a terminal: no control sequences, no controls, no bidi overrides. */
export function sanitizeText(s: string, opts: SanitizeOptions = {}): string {
  if (!(opts.keepNewlines ? ANY_UNSAFE : ANY_UNSAFE_STRICT).test(s)) return s; // the common case: nothing to do
  return s
    .replace(SEQUENCE, '')
    .replace(BIDI, '')
    .replace(INVISIBLE, '')
    .replace(SEPARATORS, '\u2424')
    .replace(opts.keepNewlines ? C0 : C0_ALL, picture)
    .replace(C1, '\ufffd');
}

/**
 * Text bound for stdout as it is (CSV, YAML, raw strings): on a terminal a person reads it, so
 * nothing a terminal would act on gets there; piped or to a file, the bytes are exact.
 */
export function forStdout(stdout: { isTTY?: boolean }, text: string): string {
  return stdout.isTTY ? sanitizeText(text, { keepNewlines: true }) : text;
}

/**
 * A name (a profile's) in double quotes for a message, on one line. Error messages keep their line
 * breaks (they list things), so a line break in the name is shown as ␊ instead of starting a
 * line of its own that could pass for one of ours ("warning: ...").
 */
export function quoteName(name: string): string {
  return `"${sanitizeText(name)}"`;
}

// What JSON.stringify leaves raw that a terminal may act on or a reader cannot see: DEL, C1
// controls, bidi controls, the line and paragraph separators, and the invisible characters above.
const JSON_UNSAFE = unsafe('\\u007f-\\u009f');
const JSON_UNSAFE_ALL = new RegExp(JSON_UNSAFE.source, 'g');

/**
 * JSON text for a terminal: the characters above written as \u escapes. They can only stand inside
 * strings, so the text stays valid JSON with the very same values (lossless, unlike sanitizeText);
 * JSON itself already escapes C0 controls such as ESC.
 */
export function escapeJsonForTerminal(json: string): string {
  if (!JSON_UNSAFE.test(json)) return json;
  // A tag character is two UTF-16 units, each written as its own escape (JSON's way for those).
  return json.replace(JSON_UNSAFE_ALL, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}

/**
 * Text with every escape sequence, control character (C0, DEL, C1), line or paragraph separator and
 * bidi control removed rather than shown: for a name that reaches the file system (`file download`),
 * where a visible symbol would become part of the name and a bidi control misleads (an override:
 * `cv\u202efdp.exe` reads as `cvexe.pdf`; an invisible mark makes `cv\u200f.pdf` a name that looks
 * like `cv.pdf` but is not).
 */
export function withoutControls(s: string): string {
  if (!ANY_UNSAFE_STRICT.test(s)) return s;
  return s.replace(SEQUENCE, '').replace(BIDI, '').replace(INVISIBLE, '').replace(SEPARATORS, '').replace(C0_ALL, '').replace(C1, '');
}

/**
 * One table cell: sanitised, line breaks folded to spaces, and cut to `width` characters (code
 * points, so a surrogate pair is never split; sequences are already gone, so none is cut in half).
 */
export function sanitizeCell(s: string, width = 0): string {
  const one = sanitizeText(s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' '));
  return truncate(one, width);
}

/** Cuts to at most `width` code points, ending with … when something was cut (0: no limit). */
export function truncate(s: string, width: number): string {
  if (width <= 0 || s.length <= width) return s;
  const cps = Array.from(s);
  return cps.length <= width ? s : `${cps.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** Whether a string holds anything sanitizeText would change. */
export function isUnsafeText(s: string, opts: SanitizeOptions = {}): boolean {
  return (opts.keepNewlines ? ANY_UNSAFE : ANY_UNSAFE_STRICT).test(s);
}

/**
 * The readable part of an error body a server sent instead of JSON (an HTML error page from a proxy,
 * S3 XML, plain text): its <title> or its text without tags, on one line, at most `max` characters.
 * Not yet sanitised or redacted: the caller's writer does that.
 */
export function bodySummary(text: string, max = 200): string {
  const t = text.trim();
  let s = t;
  if (/^<(!doctype|html|\?xml|[a-z]+[\s>])/i.test(t)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(t)?.[1];
    const message = /<Message>([\s\S]*?)<\/Message>/.exec(t)?.[1];
    s = (message ?? title ?? t.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(
      /&(lt|gt|amp|quot|#39);/g,
      (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[e] ?? '',
    );
  }
  return truncate(s.replace(/\s+/g, ' ').trim(), max);
}
