// What an endpoint handler gets and returns.
import type { World } from './world.js';

export interface Upload {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export interface Call {
  world: World;
  endpoint: string;
  /** The validated JSON body (or the text fields of a multipart body). */
  body: Record<string, any>;
  /** File parts of a multipart body. */
  uploads: Upload[];
  /** Base URL of this server, for URLs it hands out (uploads, files). */
  baseUrl: string;
  /** Permissions of the calling key. */
  scopes: string[];
  keyTitle: string;
  /** The user the key acts as (X-On-Behalf-Of): the author of what this call creates. */
  actingUserId?: string;
}

/** The success envelope minus `success`: results plus any list fields. */
export type Result = Record<string, unknown>;

export type Handler = (call: Call) => Result | Promise<Result>;
