// The errors a sandbox handler raises; the router turns them into Ashby's error envelope.
export class SandboxError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 200,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** errorInfo.meta of the reply (e.g. the id of a draft that already exists). */
  meta?: Record<string, unknown>;

  static invalid(param: string, message?: string): SandboxError {
    return new SandboxError('invalid_input', message ?? `parameter "${param}" is invalid`);
  }

  static notFound(kind: string, id: unknown): SandboxError {
    return new SandboxError(`${kind}_not_found`, `no ${kind} with id "${String(id)}"`);
  }
}
