// Opening a local file for upload, with errors a person can act on. The descriptor is kept open and
// streamed from, so the size we announce is the size of the file we actually send.
import type { Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UsageError } from '../errors.js';

export interface LocalFile {
  path: string;
  name: string;
  size: number;
  contentType: string;
  handle: FileHandle;
}

export async function openForUpload(path: string): Promise<LocalFile> {
  if (!path) throw new UsageError('no file given');
  // stat before open: opening a named pipe would block until something writes to it.
  checkKind(path, await stat(path).catch((e) => Promise.reject(new UsageError(openError(path, e as NodeJS.ErrnoException)))));
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new UsageError(openError(path, e as NodeJS.ErrnoException));
  }
  try {
    const st = await handle.stat(); // what was opened, in case the path changed in between
    checkKind(path, st);
    if (st.size === 0) throw new UsageError(`${path} is empty`);
    return { path, name: basename(path), size: st.size, contentType: contentTypeOf(path), handle };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

function checkKind(path: string, st: Stats) {
  if (st.isDirectory()) throw new UsageError(`${path} is a directory, not a file`);
  // The upload announces its length in advance, so pipes and devices of unknown size cannot work.
  if (!st.isFile()) throw new UsageError(`${path} is not a regular file`);
}

function openError(path: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return `no such file: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${path}: permission denied`;
    case 'EISDIR':
      return `${path} is a directory, not a file`;
    default:
      return `cannot read ${path}: ${e.code ?? e.message}`;
  }
}

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.rtf': 'application/rtf',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.zip': 'application/zip',
  '.pages': 'application/vnd.apple.pages',
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
