// The presigned upload flow: file.createFileUploadHandle → multipart POST of the bytes to the storage
// URL it returns → a handle that candidate.uploadResume / uploadFile / applicationForm.submit accept.
// The file is streamed from disk, never held in memory.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { request } from 'undici';
import type { Context } from '../context.js';
import { ApiError, CliError } from '../errors.js';
import { openForUpload, type LocalFile } from './local-file.js';
import { byteProgress } from './progress.js';
import { checkStorageUrl, storageAgent, storageFailure, storageStatusError } from './storage.js';

export type UploadContext = 'CandidateResume' | 'CandidateFiles' | 'ApplicationForm';

export interface UploadRequest {
  path: string;
  context: UploadContext;
  /** Defaults to a guess from the file extension. */
  contentType?: string;
}

export interface UploadedFile {
  handle: string;
  filename: string;
  contentType: string;
  size: number;
}

const WHAT = 'file upload';

/** Uploads a local file and returns its handle. With --dry-run only the handle request is shown. */
export async function uploadFile(ctx: Context, req: UploadRequest): Promise<UploadedFile> {
  const file = await openForUpload(req.path);
  try {
    const contentType = req.contentType ?? file.contentType;
    const client = await ctx.client();
    // A handle changes nothing anyone sees until a later call attaches it, and one left unused is
    // harmless: asking again after a dropped answer is safe, so it is retried like a read (a
    // dropped answer here is not an outcome to report as unknown).
    const env = await client.call(
      'file.createFileUploadHandle',
      {
        fileUploadContext: req.context,
        filename: file.name,
        contentType,
        contentLength: file.size,
      },
      { read: true },
    );
    const uploaded = { filename: file.name, contentType, size: file.size };
    if ((env as { dryRun?: boolean }).dryRun) return { handle: '<handle>', ...uploaded };
    const r = (env.results ?? {}) as { handle?: unknown; url?: unknown; fields?: unknown };
    if (typeof r.handle !== 'string' || !r.handle)
      throw new ApiError({ endpoint: 'file.createFileUploadHandle', code: 'invalid_response', message: 'no handle in the answer' });
    const url = checkStorageUrl(r.url, WHAT);
    await postMultipart(ctx, url, stringFields(r.fields), file, contentType);
    return { handle: r.handle, ...uploaded };
  } finally {
    await file.handle.close();
  }
}

function stringFields(v: unknown): Array<[string, string]> {
  if (!v || typeof v !== 'object') return [];
  return Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)]);
}

/** Every presigned field first, then the file in a part named `file`, as the storage expects. */
async function postMultipart(ctx: Context, url: URL, fields: Array<[string, string]>, file: LocalFile, contentType: string) {
  const boundary = `----ashby${randomBytes(16).toString('hex')}`;
  const { head, tail } = multipartFrame(boundary, fields, file.name, contentType);
  const progress = await byteProgress(ctx, `Uploading ${file.name}`, file.size);
  let sizeError: CliError | undefined;
  async function* body() {
    yield head;
    let sent = 0;
    for await (const chunk of file.handle.createReadStream({ start: 0, autoClose: false }) as AsyncIterable<Buffer>) {
      sent += chunk.length;
      if (sent > file.size) break;
      progress.add(chunk.length);
      yield chunk;
    }
    // The length was announced to Ashby and in Content-Length; a file that changed would be rejected
    // by the storage with an obscure error, or worse, stored truncated.
    if (sent !== file.size) {
      sizeError = new CliError(`${file.path} changed size while uploading (expected ${file.size} bytes); try again`);
      throw sizeError;
    }
    yield tail;
  }
  try {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + file.size + tail.length) },
      body: Readable.from(body(), { objectMode: false }),
      dispatcher: storageAgent(ctx),
      signal: ctx.signal,
    });
    if (res.statusCode < 200 || res.statusCode >= 300) throw await storageStatusError(WHAT, res.statusCode, res.body);
    await res.body.dump();
  } catch (err) {
    throw sizeError ?? storageFailure(ctx, err, WHAT, url.host);
  } finally {
    progress.stop();
  }
}

/** The bytes before and after the file content. Exported for tests of the encoding. */
export function multipartFrame(boundary: string, fields: Array<[string, string]>, filename: string, contentType: string) {
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(k)}"\r\n\r\n${v}\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(filename)}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  return { head: Buffer.from(parts.join(''), 'utf8'), tail: Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8') };
}

/** Escapes a name inside a quoted header parameter the way browsers do (WHATWG multipart encoding). */
function quote(s: string): string {
  return s.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}
