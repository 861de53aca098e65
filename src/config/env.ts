// Reading the environment's on/off variables. A module with no imports of its own: context.ts loads
// it on every start.

/**
 * An on/off environment variable (ASHBY_DEBUG, ASHBY_NO_KEYCHAIN): on for 1, true, yes or on, as
 * tools spell a flag in the environment. ASHBY_SANDBOX is stricter (context.ts): it chooses the
 * organisation a command acts on, so no spelling but 1 is guessed at.
 */
export function envOn(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
