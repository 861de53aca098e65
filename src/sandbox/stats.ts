// Counters behind GET /_sandbox/stats: what was asked, what was applied, what was injected.
export interface SandboxStats {
  requests: { total: number; byEndpoint: Record<string, number> };
  writes: { total: number; byEndpoint: Record<string, number> };
  /** Requests accepted with X-On-Behalf-Of, by user id. */
  onBehalfOf: Record<string, number>;
  faults: { total: number; byKind: Record<string, number> };
  responses: Record<string, number>;
  webhooks: { delivered: number; failed: number; attempts: number; pending: number };
  seq: number;
}

export class Stats {
  private s: SandboxStats = {
    requests: { total: 0, byEndpoint: {} },
    writes: { total: 0, byEndpoint: {} },
    onBehalfOf: {},
    faults: { total: 0, byKind: {} },
    responses: {},
    webhooks: { delivered: 0, failed: 0, attempts: 0, pending: 0 },
    seq: 0,
  };

  request(endpoint: string): void {
    this.s.requests.total++;
    this.s.requests.byEndpoint[endpoint] = (this.s.requests.byEndpoint[endpoint] ?? 0) + 1;
  }

  write(endpoint: string): void {
    this.s.writes.total++;
    this.s.writes.byEndpoint[endpoint] = (this.s.writes.byEndpoint[endpoint] ?? 0) + 1;
  }

  onBehalfOf(userId: string): void {
    this.s.onBehalfOf[userId] = (this.s.onBehalfOf[userId] ?? 0) + 1;
  }

  fault(kind: string): void {
    this.s.faults.total++;
    this.s.faults.byKind[kind] = (this.s.faults.byKind[kind] ?? 0) + 1;
  }

  response(status: number | string): void {
    this.s.responses[status] = (this.s.responses[status] ?? 0) + 1;
  }

  get webhooks(): SandboxStats['webhooks'] {
    return this.s.webhooks;
  }

  snapshot(seq: number): SandboxStats {
    return { ...structuredClone(this.s), seq };
  }
}
