// The one redactor: secrets never reach output, logs or traces. Every printed request, --debug line,
// error message and server-originated text (errorInfo.message, storage error bodies, HTML error
// pages) passes through here before it is shown.

const SECRET_KEYS = /^(apiKey|api_key|secretToken|secret|password|authorization)$/i;

export const REDACTED = '[REDACTED]';

/**
 * Every form in which a key can travel: itself, and the base64 of `key:` (the Basic credentials the
 * client sends) and of the bare key, so a server that echoes the Authorization header is caught.
 */
export function secretForms(secret: string | undefined): string[] {
  // A key is sent without the spaces and line breaks around it (ASHBY_API_KEY pasted with its
  // newline is trimmed, context.ts): every holder of the raw value redacts the key that was sent.
  const sent = secret?.trim();
  if (!sent || sent.length < 4) return [];
  const forms = [sent, Buffer.from(`${sent}:`).toString('base64'), Buffer.from(sent).toString('base64')];
  // Without padding too (a server may strip it); longest first so a form is never half replaced.
  for (const f of [...forms.slice(1)]) forms.push(f.replace(/=+$/, ''));
  return [...new Set(forms)].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

/**
 * A password in a URL (`https://user:password@host`): the base URL or a proxy may carry one. A user
 * without a password is a secret too (`https://KEY@host`): that is how a key travels as Basic
 * credentials, Ashby's own among them.
 */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:)[^\s/?#@]+@/gi;
const URL_USER = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@:]+@/gi;

/** The text with every form of every secret, and every password in a URL, replaced by [REDACTED]. */
export function redactText(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  for (const s of secrets) for (const f of secretForms(s)) if (out.includes(f)) out = out.split(f).join(REDACTED);
  return out.includes('@') ? out.replace(URL_PASSWORD, `$1${REDACTED}@`).replace(URL_USER, `$1${REDACTED}@`) : out;
}

/** Same as redactText, named for call sites that read better with it. */
export const redact = redactText;

/** A copy of a JSON value with secret-named fields replaced. */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) && typeof v === 'string' ? REDACTED : redactJson(v);
    return out;
  }
  return value;
}
