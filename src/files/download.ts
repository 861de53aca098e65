// Downloading a stored file: file.info turns the handle into a short-lived storage URL, which is
// fetched without Ashby credentials and streamed to a temporary file beside the target, renamed into
// place only when complete. An interrupted download never leaves a partial file under the real name.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { link, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { request } from 'undici';
import type { Context } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { withoutControls } from '../io/sanitize.js';
import { byteProgress } from './progress.js';
import { checkStorageUrl, storageAgent, storageFailure, storageStatusError } from './storage.js';

export interface DownloadRequest {
  handle: string;
  /** A file path, an existing directory, or - for stdout. Default: the current directory. */
  to?: string;
  force: boolean;
}

export interface Downloaded {
  handle: string;
  path: string;
  bytes: number;
  contentType?: string;
}

const WHAT = 'file download';

export async function downloadFile(ctx: Context, req: DownloadRequest): Promise<Downloaded | undefined> {
  // The file's bytes are data from Ashby (a candidate's upload): never written to a terminal.
  if (req.to === '-' && ctx.io.stdout.isTTY) {
    throw new UsageError('--to - would write the file to the terminal', { hint: 'redirect it (--to - > cv.pdf) or give --to PATH' });
  }
  const target = await targetOf(req);
  const env = await (await ctx.client()).call('file.info', { fileHandle: req.handle });
  if ((env as { dryRun?: boolean }).dryRun) return undefined;
  const url = checkStorageUrl((env.results as { url?: unknown } | undefined)?.url, 'file.info');
  let res: Awaited<ReturnType<typeof request>>;
  try {
    res = await request(url, { method: 'GET', dispatcher: storageAgent(ctx), signal: ctx.signal });
  } catch (err) {
    throw storageFailure(ctx, err, WHAT, url.host);
  }
  if (res.statusCode < 200 || res.statusCode >= 300) throw await storageStatusError(WHAT, res.statusCode, res.body);
  const contentType = header(res.headers['content-type']);
  const length = Number(header(res.headers['content-length']) ?? NaN);
  const expected = Number.isFinite(length) ? length : undefined;

  let path: string;
  if (target.kind === 'stdout') path = '-';
  else {
    const name = target.kind === 'file' ? target.path : join(target.dir, remoteName(header(res.headers['content-disposition']), url, req.handle));
    if (!req.force && (await exists(name))) {
      res.body.on('error', () => {}); // stopping mid-body is expected here, not a crash
      res.body.destroy();
      throw new UsageError(`${name} already exists`, { hint: 'pass --force to overwrite it, or --to PATH to save elsewhere' });
    }
    path = name;
  }

  const progress = await byteProgress(ctx, `Downloading ${path === '-' ? req.handle : basename(path)}`, expected);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      progress.add(chunk.length);
      done(null, chunk);
    },
  });
  try {
    if (path === '-') {
      const stdout = ctx.io.stdout;
      // A sink function rather than stdout itself: pipeline() would end the process's stdout.
      await pipeline(res.body, counter, async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) if (!stdout.write(chunk)) await once(stdout, 'drain');
      });
      checkLength(bytes, expected);
    } else {
      await saveAtomically(res.body, counter, path, () => checkLength(bytes, expected), req.force);
    }
  } catch (err) {
    throw storageFailure(ctx, err, WHAT, url.host);
  } finally {
    progress.stop();
  }
  return { handle: req.handle, path, bytes, contentType };
}

type Target = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'dir'; dir: string };

/** Where to save, checked before anything is requested. */
async function targetOf(req: DownloadRequest): Promise<Target> {
  if (req.to === '-') return { kind: 'stdout' };
  if (req.to === undefined || req.to === '') return { kind: 'dir', dir: '.' };
  const st = await stat(req.to).catch(() => undefined);
  if (st?.isDirectory()) return { kind: 'dir', dir: req.to };
  // A trailing slash names a directory, as with cp and curl --output-dir.
  if (req.to.endsWith('/') || req.to.endsWith(sep)) throw new UsageError(`cannot save to ${req.to}: ${st ? 'it is not a directory' : 'no such directory'}`);
  if (st && !req.force) throw new UsageError(`${req.to} already exists`, { hint: 'pass --force to overwrite it' });
  const parent = await stat(dirname(req.to)).catch(() => undefined);
  if (!parent?.isDirectory()) throw new UsageError(`cannot save to ${req.to}: the directory ${dirname(req.to)} does not exist`);
  return { kind: 'file', path: req.to };
}

async function saveAtomically(body: Readable, counter: Transform, path: string, check: () => void, force: boolean): Promise<void> {
  // The temporary name stays within the file system's limit even when the target's is near it.
  const temp = join(dirname(path), `.${cutBytes(basename(path), MAX_NAME_BYTES)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await pipeline(body, counter, createWriteStream(temp, { flags: 'wx' }));
    check();
    // Without --force the name is claimed with link(), which fails if a file appeared there while
    // downloading, instead of rename(), which would replace it.
    if (force) await rename(temp, path);
    else {
      try {
        await link(temp, path);
        await unlink(temp);
      } catch (e) {
        // A file system without hard links: check, then rename (a narrow window, as before).
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
        if (await exists(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await rename(temp, path);
      }
    }
  } catch (err) {
    await unlink(temp).catch(() => {});
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw new UsageError(`cannot write to ${dirname(path)}: permission denied`);
    if (code === 'EEXIST') throw new UsageError(`${path} already exists`, { hint: 'pass --force to overwrite it, or --to PATH to save elsewhere' });
    // Any other failure of the file system (a name too long, a full disk) is local, not the network's.
    const fs = err as NodeJS.ErrnoException;
    if (code && fs.syscall && fs.path !== undefined)
      throw new CliError(`cannot save ${path}: ${/^[A-Z]+: ([^,]+)/.exec(fs.message)?.[1] ?? code}`, { cause: err });
    throw err;
  }
}

function checkLength(got: number, expected: number | undefined) {
  if (expected !== undefined && got !== expected) {
    throw new CliError(`the download was cut short: got ${got} of ${expected} bytes; nothing was saved`, { hint: 'try again' });
  }
}

/**
 * The file's name from Content-Disposition (RFC 6266, filename* preferred), else the URL's last
 * path segment. Reduced to a plain name: a server cannot make us write outside the target directory.
 */
export function remoteName(disposition: string | undefined, url: URL, handle: string): string {
  let name: string | undefined;
  const star = disposition && /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  const plain = disposition && /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(disposition);
  // filename* is UTF-8 or ISO-8859-1 (RFC 5987); one that does not decode gives way to filename.
  const ways = [
    star &&
      (() =>
        /^iso-8859-1$/i.test(star[1].trim())
          ? star[2].trim().replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
          : decodeURIComponent(star[2].trim())),
    plain && (() => (plain[2] ?? plain[1]).replace(/\\(.)/g, '$1').trim()),
    !star && !plain && (() => decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '')),
  ];
  for (const way of ways) {
    if (!way) continue;
    try {
      name = way();
    } catch {
      name = undefined;
    }
    if (name) break;
  }
  // Leading dots and spaces go together: " .bashrc" would otherwise end as a hidden file, and " .."
  // as the parent directory.
  const clean = basename(withoutControls((name ?? '').replace(/\\/g, '/')))
    .replace(/^[\s.]+/, '')
    .trim();
  return shorten(clean) || `ashby-file-${handle.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 16) || 'download'}`;
}

/** Most file systems take names of up to 255 bytes; a longer name is cut, keeping its extension. */
const MAX_NAME_BYTES = 200;

function shorten(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const ext = /\.[^.]{1,16}$/.exec(name)?.[0] ?? '';
  return cutBytes(name.slice(0, name.length - ext.length), MAX_NAME_BYTES - Buffer.byteLength(ext)).trimEnd() + ext;
}

/** The longest start of `s` of at most `max` UTF-8 bytes, never splitting a character. */
function cutBytes(s: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const c of s) {
    bytes += Buffer.byteLength(c);
    if (bytes > max) break;
    out += c;
  }
  return out;
}

function header(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
