import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * A file as a stream of text, gunzipped on the way when `gzip` is set, so `.jsonl.gz` or `.xml.gz` is read as it
 * is, never unpacked to disk or into memory whole. `onBytes` hears every raw (compressed) byte read, for progress.
 */
export function openText(file: string, gzip: boolean, onBytes?: (n: number) => void): Readable {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  const counted = onBytes === undefined ? raw : raw.pipe(countBytes(onBytes));
  if (onBytes !== undefined) raw.on('error', (e: Error) => counted.destroy(e));
  if (!gzip) {
    counted.setEncoding('utf8');
    return counted;
  }
  const gunzip = createGunzip();
  counted.on('error', (e: Error) => gunzip.destroy(e));
  const out = counted.pipe(gunzip);
  out.setEncoding('utf8');
  return out;
}

function countBytes(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
}

/** A file with more text than its reader accepts; reading stopped there. */
export class TextTooLongError extends Error {
  override name = 'TextTooLongError';
  constructor(readonly maxChars: number) {
    super(`more than ${maxChars.toLocaleString('en')} characters of text`);
  }
}

/** The whole (gunzipped) text of a file; refuses a file larger than `maxChars` instead of filling memory. */
export async function readText(file: string, gzip: boolean, maxChars: number, onBytes?: (n: number) => void): Promise<string> {
  const parts: string[] = [];
  let length = 0;
  for await (const chunk of openText(file, gzip, onBytes)) {
    length += (chunk as string).length;
    if (length > maxChars) throw new TextTooLongError(maxChars);
    parts.push(chunk as string);
  }
  return parts.join('');
}
