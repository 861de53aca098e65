// A small multipart/form-data parser: enough for file uploads (text fields plus file parts).
import type { Upload } from './handler.js';

export interface Multipart {
  fields: Record<string, string>;
  files: Upload[];
  /** Part names in the order they came. */
  order: string[];
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]).trim() : undefined;
}

export function parseMultipart(body: Buffer, boundary: string): Multipart {
  const out: Multipart = { fields: {}, files: [], order: [] };
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    pos += delim.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--"
    if (body[pos] === 0x0d) pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd === -1) break;
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headerEnd + 4);
    if (next === -1) break;
    const data = body.subarray(headerEnd + 4, next);
    const disp = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disp)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disp)?.[1];
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
    if (name !== undefined) {
      out.order.push(name);
      if (filename !== undefined) out.files.push({ name, filename, contentType, data: Buffer.from(data) });
      else out.fields[name] = data.toString('utf8');
    }
    pos = next + 2;
  }
  return out;
}
