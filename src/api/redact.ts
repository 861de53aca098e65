// Secrets never reach output, logs or traces: every printed request or error passes through here.

const SECRET_KEYS = /^(apiKey|api_key|secretToken|secret|password|authorization)$/i;

export function redactText(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length >= 4) out = out.split(s).join('[REDACTED]');
  }
  return out;
}

/** A copy of a JSON value with secret-named fields replaced. */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) && typeof v === 'string' ? '[REDACTED]' : redactJson(v);
    return out;
  }
  return value;
}
