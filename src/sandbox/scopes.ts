// A key's scopes in the two forms Ashby uses: endpoints name the permission they need
// (`candidatesRead`, `candidatesDelete`), apiKey.info lists a key's scopes as `candidates:read`.

/**
 * A permission as apiKey.info names it among a key's scopes: `candidatesRead` is `candidates:read`
 * (Ashby's example scopes are `jobs:read` and `candidates:read`; endpoints name `jobsRead`).
 */
export function scopeName(permission: string): string {
  return permission.replace(/(Read|Write|Delete)$/, (m) => `:${m.toLowerCase()}`);
}

/** A scope in either form (`candidates:read` or `candidatesRead`) as the permission endpoints name. */
export function permissionName(scope: string): string {
  return scope.replace(/:(read|write|delete)$/i, (_, how: string) => how[0].toUpperCase() + how.slice(1).toLowerCase());
}
