// Placeholder until the sandbox lands: --sandbox starts the local organisation in-process.
export async function startEmbeddedSandbox(_opts: { dir: string }): Promise<{ baseUrl: string; apiKey: string; close(): Promise<void> }> {
  throw new Error('the sandbox is not built yet');
}
