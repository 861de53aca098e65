// The loopback rule, in one place: plain http:// (no TLS) is allowed only to this machine. Used for
// API base URLs, file storage URLs and webhook URLs.
//
// Loopback is exactly: an IPv4 literal in 127.0.0.0/8, the name `localhost`, or the IPv6 literal
// `::1`. A host name that merely starts with `127.` (127.0.0.1.example.com) is a name anyone can
// point anywhere, so it is not loopback.

/** Whether a host (as in URL.hostname; brackets around IPv6 are allowed) is this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return Boolean(m?.slice(1).every((o) => Number(o) <= 255));
}

/** Whether a URL may be used: https anywhere, http only to loopback. */
export function isSecureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** How the rule reads in a hint. */
export const LOOPBACK_HINT = 'http:// is allowed only to this machine (127.0.0.0/8, localhost, ::1)';
