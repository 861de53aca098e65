// Shapes of the files in src/catalog/generated/ (written by scripts/gen-catalog.ts).
import type { EndpointId } from './generated/endpoint-id.js';

export type { EndpointId };

/** A prose-free JSON Schema (draft 2020-12) derived from the spec; compile with Ajv `strict: false`. */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  deprecated?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** One record of index.json: enough to list, route and guard commands without loading schemas. */
export interface EndpointSummary {
  /** The path without its leading slash, e.g. "candidate.addTag". */
  id: EndpointId;
  /** The part before the first dot ("assessment" for assessment.customField.list). */
  resource: string;
  /** The rest after the first dot ("customField.list"). */
  action: string;
  /** e.g. "candidatesRead"; null for the partner-implemented endpoints and where no source names one. */
  permission: string | null;
  write: boolean;
  destructive: boolean;
  irreversible: boolean;
  /** Implemented by an assessment partner and called by Ashby: not callable on api.ashbyhq.com. */
  partner: boolean;
  beta: boolean;
  deprecated: boolean;
  /** Set when the spec declares no request body (nothing is sent rather than `{}`). */
  noBody?: true;
  /** Set when the spec declares a success without a JSON body (assessment.update). */
  emptySuccess?: true;
  /** Request takes `cursor`. */
  paginated: boolean;
  /** Request takes `syncToken` and the endpoint supports incremental sync. */
  sync: boolean;
}

/** Shared by parameters and array items. */
export interface ParamShape {
  /** string | number | integer | boolean | array | object | file (multipart binary) | any, or a "|"-joined union. */
  type: string;
  /** Present (true) when the schema is a oneOf/anyOf union; `type` then lists the branch types. */
  oneOf?: true;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  deprecated?: true;
  nullable?: true;
  items?: ParamShape;
  /** Nested properties of an object (not set for unions). */
  params?: ParamSpec[];
}

export interface ParamSpec extends ParamShape {
  name: string;
  required: boolean;
}

/** One record of resources/<resource>.json. */
export interface EndpointSpec extends EndpointSummary {
  /** Request content types; [] when the spec declares no request body. */
  contentTypes: string[];
  bodyRequired: boolean;
  /** Set for endpoints from the additions whose schema Ashby's sources give only in part. */
  schemaCompleteness?: 'partial' | 'names-only';
  /** Set for endpoints from the additions known with medium confidence (partly inferred). */
  confidence?: 'medium';
  /** Set when the JSON request schema is a top-level union: its number of branches. */
  variants?: number;
  /** Top-level JSON body parameters in spec order (union branches merged). */
  params: ParamSpec[];
  multipartParams?: ParamSpec[];
  request: JsonSchema | null;
  /** Error codes enumerated in the error branches' schemas, sorted. */
  errorCodes?: string[];
}

/** One endpoint's entry in responses/<resource>.json (kept apart: most of the catalog's bytes). */
export interface EndpointResponses {
  /** HTTP 200 body: usually a oneOf of the success and error envelopes. */
  response: JsonSchema | null;
  /** Other declared statuses (429, 409, 422); null when the status has no JSON body. */
  otherResponses?: Record<string, JsonSchema | null>;
}

export interface ResponsesFile {
  '//': string;
  resource: string;
  responses: Record<string, EndpointResponses>;
}

export interface IndexFile {
  '//': string;
  endpoints: EndpointSummary[];
  /** Deprecated names Ashby still answers, and the endpoint each stands for. */
  aliases: Record<string, EndpointId>;
  /** Names known only from a single third-party source: callable with `ashby api --unlisted`. */
  unlisted: string[];
}

export interface ResourceFile {
  '//': string;
  resource: string;
  endpoints: EndpointSpec[];
}

export interface WebhookEvent {
  action: string;
  /** Listed in webhook.create's webhookType enum. */
  createable: boolean;
  payload: JsonSchema;
}

export interface WebhooksFile {
  '//': string;
  events: WebhookEvent[];
}
