// Reading values from a response that may be a dry run's placeholder.
import type { Envelope } from '../api/client.js';

export function isDry(env: Envelope): boolean {
  return (env as { dryRun?: boolean }).dryRun === true;
}

/** A value from a response, or a readable placeholder when the response is a dry run's. */
export function idFrom(env: Envelope, name: string, key = 'id'): string {
  if (isDry(env)) return `<${name}.${key}>`;
  return String((env.results as Record<string, unknown> | null)?.[key] ?? '');
}
