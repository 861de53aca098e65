// Files: presigned-style upload handles served by the sandbox itself, attaching uploads to
// candidates, and download URLs that return the exact bytes.
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorReply } from './respond.js';
import { SandboxError } from './errors.js';
import type { Call, Handler, Upload } from './handler.js';
import { boundaryOf, parseMultipart } from './multipart.js';
import type { CandidateRecord } from './seed.js';
import { send } from './respond.js';
import type { StoredFile } from './store.js';
import type { World } from './world.js';

/** Upload URLs expire like Ashby's presigned ones. */
export const UPLOAD_TTL_MS = 10 * 60_000;
const secret = randomBytes(16);
const sig = (what: string) => createHmac('sha256', secret).update(what).digest('hex').slice(0, 32);

function newHandle(world: World): string {
  return `sbx-file-${world.store.params.seed}-${world.store.files.size + 1}-${randomBytes(4).toString('hex')}`;
}

function storeFile(world: World, f: Omit<StoredFile, 'handle' | 'createdAt'>): StoredFile {
  const file: StoredFile = { ...f, handle: newHandle(world), createdAt: world.store.now() };
  world.store.files.set(file.handle, file);
  return file;
}

/** An uploaded file of the expected context, or invalid_input naming the parameter. */
function uploaded(world: World, param: string, handle: unknown, context: string): StoredFile {
  const f = typeof handle === 'string' ? world.store.files.get(handle) : undefined;
  if (!f) throw SandboxError.invalid(param, `parameter "${param}" is not a known file handle`);
  if (f.data === undefined) throw SandboxError.invalid(param, `nothing was uploaded for "${param}" yet: POST the file to the upload URL first`);
  if (f.context !== context) throw SandboxError.invalid(param, `"${param}" was created for ${f.context}, not ${context}`);
  return f;
}

function fromPart(world: World, part: Upload | undefined, param: string, context: string): StoredFile {
  if (!part) throw SandboxError.invalid(param, `missing required file part "${param}"`);
  return storeFile(world, {
    name: part.filename || param,
    contentType: part.contentType ?? 'application/octet-stream',
    context,
    contentLength: part.data.length,
    data: part.data.toString('base64'),
  });
}

/** What a candidate upload carries: the multipart part `part`, or the `<part>Handle` of an earlier upload. */
function candidateUpload(call: Call, part: string, context: string): StoredFile {
  if (!call.uploads.length) return uploaded(call.world, `${part}Handle`, call.body[`${part}Handle`], context);
  return fromPart(
    call.world,
    call.uploads.find((u) => u.name === part),
    part,
    context,
  );
}

function attach(call: Call, file: StoredFile, asResume: boolean) {
  const { world, body } = call;
  const ref = { id: file.handle, name: file.name, handle: file.handle };
  const updated = world.edit('candidate', body.candidateId, (d) => {
    const c = d as CandidateRecord;
    if (asResume) c.resumeFileHandle = ref;
    else c.fileHandles = [...c.fileHandles, ref];
  });
  return { results: world.renderCandidate(updated) };
}

export const fileHandlers: Record<string, Handler> = {
  'file.createFileUploadHandle': ({ world, body, baseUrl }) => {
    const file = storeFile(world, { name: body.filename, contentType: body.contentType, context: body.fileUploadContext, contentLength: body.contentLength });
    const expires = String(world.store.now() + UPLOAD_TTL_MS);
    return {
      results: {
        handle: file.handle,
        url: `${baseUrl}/_sandbox/upload/${file.handle}`,
        fields: { key: file.handle, 'Content-Type': file.contentType, 'x-sandbox-expires': expires, 'x-sandbox-signature': sig(`${file.handle}:${expires}`) },
      },
    };
  },

  'candidate.uploadResume': (call) => attach(call, candidateUpload(call, 'resume', 'CandidateResume'), true),

  'candidate.uploadFile': (call) => attach(call, candidateUpload(call, 'file', 'CandidateFiles'), false),

  'file.info': ({ world, body, baseUrl }) => {
    const f = world.store.files.get(body.fileHandle);
    if (!f || f.data === undefined) throw new SandboxError('file_not_found', `no file with handle "${body.fileHandle}"`);
    const expires = String(world.store.now() + UPLOAD_TTL_MS);
    return { results: { url: `${baseUrl}/_sandbox/files/${encodeURIComponent(f.handle)}?expires=${expires}&signature=${sig(`get:${f.handle}:${expires}`)}` } };
  },
};

/** POST /_sandbox/upload/<handle>: multipart with the handed-out fields, the file part last. */
export function uploadRoute(world: World, handle: string, req: IncomingMessage, raw: Buffer, res: ServerResponse): void {
  const fail = (message: string, status = 400) => send(res, errorReply('invalid_upload', message, status));
  if (req.method !== 'POST') return fail('upload with POST multipart/form-data', 405);
  const file = world.store.files.get(handle);
  if (!file) return fail('unknown upload handle', 404);
  const boundary = boundaryOf(String(req.headers['content-type'] ?? ''));
  if (!boundary) return fail('expected multipart/form-data with a boundary');
  const mp = parseMultipart(raw, boundary);
  const expires = mp.fields['x-sandbox-expires'];
  if (mp.fields.key !== handle || mp.fields['x-sandbox-signature'] !== sig(`${handle}:${expires}`))
    return fail('the form fields do not match the upload handle: send every field from createFileUploadHandle', 403);
  if (world.store.now() > Number(expires)) return fail('the upload URL has expired; create a new handle', 403);
  const part = mp.files.find((f) => f.name === 'file');
  if (!part || mp.order[mp.order.length - 1] !== 'file') return fail('the file must be the last part, named "file"');
  if (part.data.length !== file.contentLength)
    return fail(`the file is ${part.data.length} bytes but the handle was made for contentLength ${file.contentLength}`);
  file.data = part.data.toString('base64');
  world.store.bump();
  res.writeHead(204).end();
}

/** GET /_sandbox/files/<handle>?expires=…&signature=…: the bytes as uploaded. */
export function fileRoute(world: World, rest: string, url: URL, res: ServerResponse): void {
  const handle = decodeURIComponent(rest);
  const f = world.store.files.get(handle);
  const expires = url.searchParams.get('expires') ?? '';
  if (!f || f.data === undefined || url.searchParams.get('signature') !== sig(`get:${handle}:${expires}`))
    return send(res, errorReply('file_not_found', 'no such file, or the link is not valid', 404));
  if (world.store.now() > Number(expires)) return send(res, errorReply('file_link_expired', 'the file link has expired; call file.info again', 403));
  const data = Buffer.from(f.data, 'base64');
  // An ASCII fallback plus the exact name in RFC 5987 form: headers cannot carry raw non-ASCII.
  const ascii = f.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  res.writeHead(200, {
    'content-type': f.contentType,
    'content-length': data.length,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
  });
  res.end(data);
}
