declare module 'jq-web' {
  const jq: Promise<{ raw(json: string, filter: string, flags?: string[]): string; json(value: unknown, filter: string): unknown }>;
  export default jq;
}
