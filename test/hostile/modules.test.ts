// The shared mechanisms themselves: one sanitiser, one redactor, one loopback rule.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/api/loopback.js';
import { redactText } from '../../src/api/redact.js';
import { bodySummary, sanitizeCell, sanitizeText } from '../../src/io/sanitize.js';

describe('sanitizeText', () => {
  it.each([
    ['OSC 52 clipboard write', 'a\u001b]52;c;ZXZpbA==\u0007b', 'ab'],
    ['OSC 8 link', 'a\u001b]8;;https://e\u001b\\x\u001b]8;;\u001b\\b', 'axb'],
    ['CSI colour and clear', 'a\u001b[31mb\u001b[2J', 'ab'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['unterminated OSC runs to the end', 'a\u001b]0;title', 'a'],
    ['bidi override', 'a\u202eb\u2066c\u2069', 'abc'],
    ['bidi marks LRM, RLM, ALM', 'a\u200eb\u200fc\u061cd', 'abcd'],
    ['line and paragraph separators shown', 'a\u2028b\u2029c', 'a\u2424b\u2424c'],
    ['zero-width space, word joiner, BOM and a hidden tag text dropped', 'a\u200bb\u2060c\ufeffd\u{e0049}\u{e0067}\u{e007f}', 'abcd'],
    ['zero-width joiners kept (emoji and scripts need them)', '👩\u200d💻 \u0646\u200c\u0645', '👩\u200d💻 \u0646\u200c\u0645'],
    ['BEL shown', 'a\u0007', 'a␇'],
    ['CR shown', 'a\rb', 'a␍b'],
    ['LF and TAB shown on one line', 'a\nb\tc', 'a␊b␉c'],
    ['other C1', 'a\u0085b', 'a\ufffdb'],
  ])('%s', (_, input, want) => expect(sanitizeText(input)).toBe(want));

  it('keeps LF and TAB in multi-line messages when asked', () => {
    expect(sanitizeText('a\nb\tc\r', { keepNewlines: true })).toBe('a\nb\tc␍');
  });

  it('never passes line and paragraph separators on, even where LF is kept', () => {
    expect(sanitizeText('a\u2028b\u2029c', { keepNewlines: true })).toBe('a\u2424b\u2424c');
  });

  it('truncation never cuts a sequence or a surrogate pair', () => {
    const s = sanitizeCell('😀😀😀\u001b]52;c;QUFBQUFBQUFBQUFBQUFBQQ==\u0007abcdef', 5);
    expect(s).toBe('😀😀😀a…');
  });
});

describe('redactText', () => {
  const key = 'secret-key-123456';
  it('replaces the key and its Basic base64 forms', () => {
    const b64 = Buffer.from(`${key}:`).toString('base64');
    const out = redactText(`k=${key} auth=Basic ${b64} bare=${Buffer.from(key).toString('base64')}`, [key]);
    expect(out).not.toContain(key);
    expect(out).not.toContain(b64);
    expect(out.match(/\[REDACTED\]/g)).toHaveLength(3);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.3.4', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['127.0.0.1.evil.example', false],
    ['127.example', false],
    ['128.0.0.1', false],
    ['127.0.0.256', false],
    ['localhost.evil.example', false],
    ['example.com', false],
  ])('%s → %s', (host, want) => expect(isLoopbackHost(host)).toBe(want));
});

describe('bodySummary', () => {
  it('shows an HTML page by its title', () => {
    expect(bodySummary('<html><head><title>502 Bad Gateway</title></head><body><script>x</script></body></html>')).toBe('502 Bad Gateway');
  });
});
