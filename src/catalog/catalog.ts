// Reads the generated catalog at run time, one file at a time, so that showing one resource never
// loads the others. Works from src/ (tests) and from the bundle in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EndpointId, EndpointResponses, EndpointSummary, IndexFile, ResourceFile, ResponsesFile, WebhookEvent } from './types.js';

let dir: string | undefined;
function catalogDir(): string {
  if (dir) return dir;
  const here = dirname(fileURLToPath(import.meta.url));
  for (const d of [join(here, 'catalog'), join(here, 'generated'), join(here, '..', 'catalog')]) {
    if (existsSync(join(d, 'index.json'))) return (dir = d);
  }
  throw new Error(`the endpoint catalog is missing (looked beside ${here}); run \`npm run build\``);
}

function readJson<T>(rel: string): T {
  return JSON.parse(readFileSync(join(catalogDir(), rel), 'utf8')) as T;
}

let indexFile: IndexFile | undefined;
let byId: Map<string, EndpointSummary> | undefined;

/** Every endpoint of the spec, partner-implemented ones included (flagged `partner`). */
export function endpoints(): EndpointSummary[] {
  indexFile ??= readJson<IndexFile>('index.json');
  return indexFile.endpoints;
}

/** The endpoint a deprecated name Ashby still answers stands for (application.change_stage). */
export function aliasOf(name: string): EndpointId | undefined {
  endpoints();
  return Object.hasOwn(indexFile!.aliases ?? {}, name) ? indexFile!.aliases[name] : undefined;
}

/** Names known only from a single third-party source: not commands, callable with --unlisted. */
export function isUnlisted(name: string): boolean {
  endpoints();
  return (indexFile!.unlisted ?? []).includes(name);
}

/** The endpoints a client may call (the partner-implemented assessment ones are not). */
export function callableEndpoints(): EndpointSummary[] {
  return endpoints().filter((e) => !e.partner);
}

export function endpoint(id: string): EndpointSummary | undefined {
  byId ??= new Map(endpoints().map((e) => [e.id, e]));
  return byId.get(id);
}

export function resources(): string[] {
  return [...new Set(callableEndpoints().map((e) => e.resource))].sort();
}

const resourceCache = new Map<string, ResourceFile>();
export function resource(name: string): ResourceFile {
  let r = resourceCache.get(name);
  if (!r) {
    r = readJson<ResourceFile>(join('resources', `${name}.json`));
    resourceCache.set(name, r);
  }
  return r;
}

export function endpointSpec(id: string) {
  const e = endpoint(id);
  return e ? resource(e.resource).endpoints.find((x) => x.id === id) : undefined;
}

const responsesCache = new Map<string, ResponsesFile>();
/** An endpoint's response schemas (read from a separate, larger file only when asked for). */
export function responsesOf(id: string): EndpointResponses | undefined {
  const e = endpoint(id);
  if (!e) return undefined;
  let r = responsesCache.get(e.resource);
  if (!r) {
    r = readJson<ResponsesFile>(join('responses', `${e.resource}.json`));
    responsesCache.set(e.resource, r);
  }
  return r.responses[id];
}

export function webhookEvents(): WebhookEvent[] {
  return readJson<{ events: WebhookEvent[] }>('webhooks.json').events;
}

export function isReadEndpoint(id: string): boolean {
  const e = endpoint(id);
  return e ? !e.write : false;
}

export function permissionOf(id: string): string | null | undefined {
  return endpoint(id)?.permission;
}
