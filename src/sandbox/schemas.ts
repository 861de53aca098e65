// Request validation and response shapes, from the catalog's prose-free schemas. Ajv (draft
// 2020-12, strict off) compiles each endpoint's request schema on first use only, so a command that
// calls one endpoint never pays for the other 159.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { endpointSpec, responsesOf } from '../catalog/catalog.js';
import type { EndpointSpec, JsonSchema } from '../catalog/types.js';
import { mergeAllOf } from '../catalog/sample.js';
import { loosenFormValues } from '../catalog/form-values.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let ajv: Ajv2020 | undefined;
function getAjv(): Ajv2020 {
  ajv ??= new Ajv2020({
    strict: false,
    allErrors: false,
    logger: false,
    formats: {
      uuid: UUID,
      'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
      date: /^\d{4}-\d{2}-\d{2}$/,
    },
  });
  return ajv;
}

export function spec(endpoint: string): EndpointSpec {
  const s = endpointSpec(endpoint);
  if (!s) throw new Error(`sandbox: unknown endpoint ${endpoint}`);
  return s;
}

/** The success branch of an endpoint's HTTP 200 response (the one without errorInfo). */
export function successSchema(endpoint: string): JsonSchema {
  const r = responsesOf(endpoint)?.response ?? {};
  const branches = r.oneOf ?? r.anyOf ?? [r];
  const ok = branches.map(mergeAllOf).find((b) => !b.properties?.errorInfo) ?? {};
  return ok;
}

/** Schema of `results` in the success envelope (for lists, of the array). */
export function resultsSchema(endpoint: string): JsonSchema | undefined {
  return successSchema(endpoint).properties?.results;
}

/** The item schema when `results` is an array. */
export function itemSchema(endpoint: string): JsonSchema | undefined {
  const r = resultsSchema(endpoint);
  return r?.type === 'array' ? r.items : undefined;
}

const validators = new Map<string, ValidateFunction | null>();

export interface InputProblem {
  param: string;
  message: string;
}

/**
 * Checks a request body. String-encoded booleans and numbers are accepted for boolean and number
 * fields, as Ashby does; everything else must match the schema.
 */
export function validateRequest(endpoint: string, body: Record<string, unknown>): InputProblem | undefined {
  dropDocumentedNulls(endpoint, body);
  if (CLOSED_BODY.has(endpoint)) {
    const extra = Object.keys(body)[0];
    if (extra !== undefined) return { param: extra, message: `unknown parameter "${extra}"` };
  }
  let v = validators.get(endpoint);
  if (v === undefined) {
    const schema = spec(endpoint).request;
    v = schema ? getAjv().compile(anyOfSchema(loosenFormValues(schema))) : null; // a union: any branch fits, as on Ashby
    validators.set(endpoint, v);
  }
  if (!v) return undefined;
  coerce(spec(endpoint).request ?? {}, body);
  if (v(body)) return undefined;
  return describe(v.errors ?? []);
}

/**
 * Fields Ashby documents as taking null, read as not sent: user.list's cursor and syncToken
 * (changelog 2026-04-02, a regression fixed) and applicationForm.submit's utmData fields.
 */
const NULL_AS_ABSENT: Record<string, string[][]> = {
  'user.list': [['cursor'], ['syncToken']],
  'applicationForm.submit': [['utmData', '*']],
};

function dropDocumentedNulls(endpoint: string, body: Record<string, unknown>): void {
  for (const [key, sub] of NULL_AS_ABSENT[endpoint] ?? []) {
    if (sub === undefined) {
      if (body[key] === null) delete body[key];
      continue;
    }
    const obj = body[key];
    if (obj && typeof obj === 'object' && !Array.isArray(obj))
      for (const [k, v] of Object.entries(obj)) if (v === null) delete (obj as Record<string, unknown>)[k];
  }
}

/** Endpoints that refuse any request field (applicationHiringTeamRole.list, per Ashby's changelog). */
const CLOSED_BODY = new Set(['applicationHiringTeamRole.list']);

function coerce(schema: JsonSchema, value: unknown): unknown {
  const s = mergeAllOf(schema);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (typeof value === 'string') {
    if (types.includes('boolean') && (value === 'true' || value === 'false') && !types.includes('string')) return value === 'true';
    if ((types.includes('integer') || types.includes('number')) && !types.includes('string') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    return value;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = { ...s.properties };
    for (const b of [...(s.oneOf ?? []), ...(s.anyOf ?? [])]) Object.assign(props, mergeAllOf(b).properties);
    for (const [k, sub] of Object.entries(props)) if (k in obj) obj[k] = coerce(sub, obj[k]);
  } else if (Array.isArray(value) && s.items) {
    for (let i = 0; i < value.length; i++) value[i] = coerce(s.items, value[i]);
  }
  return value;
}

function describe(errors: ErrorObject[]): InputProblem {
  const e = errors.find((x) => x.keyword !== 'oneOf' && x.keyword !== 'anyOf' && x.keyword !== 'if') ?? errors[0];
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const param = path ? `${path}.${p.missingProperty}` : String(p.missingProperty);
      return { param, message: `missing required parameter "${param}"` };
    }
    case 'additionalProperties': {
      const param = path ? `${path}.${p.additionalProperty}` : String(p.additionalProperty);
      return { param, message: `unknown parameter "${param}"` };
    }
    case 'type':
      return { param: path || 'body', message: `parameter "${path || 'body'}" must be of type ${p.type}` };
    case 'enum':
      return { param: path, message: `parameter "${path}" must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'format':
      return { param: path, message: `parameter "${path}" must be a valid ${p.format}` };
    default:
      return { param: path || 'body', message: `parameter "${path || 'body'}" ${e.message ?? 'is invalid'}` };
  }
}

/**
 * Checks a multipart/form-data request against the endpoint's multipart parameters: required text
 * fields and file parts present, uuids well formed, object fields sent as JSON text parsed in place.
 */
export function validateMultipart(endpoint: string, fields: Record<string, unknown>, fileParts: string[]): InputProblem | undefined {
  const params = spec(endpoint).multipartParams;
  if (!params) return { param: 'body', message: `${endpoint} does not accept multipart/form-data; send JSON` };
  for (const p of params) {
    if (p.type === 'file') {
      if (p.required && !fileParts.includes(p.name)) return { param: p.name, message: `missing required file part "${p.name}"` };
      continue;
    }
    const v = fields[p.name];
    if (v === undefined) {
      if (p.required) return { param: p.name, message: `missing required parameter "${p.name}"` };
      continue;
    }
    if ((p.type === 'object' || p.type === 'array') && typeof v === 'string') {
      try {
        fields[p.name] = JSON.parse(v);
      } catch {
        return { param: p.name, message: `parameter "${p.name}" must be JSON text in a multipart body` };
      }
    }
    if (p.format === 'uuid' && !UUID.test(String(v))) return { param: p.name, message: `parameter "${p.name}" must be a valid uuid` };
  }
  return undefined;
}

/**
 * A copy of a response schema with every oneOf turned into anyOf: the spec's unions overlap (for
 * example two plain string branches), so "exactly one" can never hold for them.
 */
export function anyOfSchema(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"oneOf":', '"anyOf":')) as JsonSchema;
}
