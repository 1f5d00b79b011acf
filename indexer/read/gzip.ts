import { createReadStream } from 'node:fs';
import { pipeline, Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { streamDecoder } from './charset.js';

/**
 * A file as a stream of text, gunzipped on the way when `gzip` is set, so `.jsonl.gz` or `.xml.gz` is read as it
 * is, never unpacked to disk or into memory whole. `onBytes` hears every raw (compressed) byte read, for progress.
 */
export function openText(file: string, gzip: boolean, onBytes?: (n: number) => void): Readable {
  return openBytes(file, gzip, onBytes, decodedText());
}

/**
 * A file's (gunzipped) bytes as a stream, through `last` when given. pipeline(): an error anywhere reaches the last
 * stream, and a reader that stops early (a file over its limit) destroys the whole chain, closing the file; plain
 * pipe() left the file open, one descriptor per such file.
 */
function openBytes(file: string, gzip: boolean, onBytes?: (n: number) => void, last?: Transform): Readable {
  const stages: (Readable | Transform)[] = [createReadStream(file, { highWaterMark: 256 * 1024 })];
  if (onBytes !== undefined) stages.push(countBytes(onBytes));
  if (gzip) stages.push(createGunzip());
  if (last !== undefined) stages.push(last);
  if (stages.length > 1) pipeline(stages as [Readable, ...Transform[]], () => {});
  return stages.at(-1)!;
}

/**
 * Bytes to text in the file's encoding (charset.ts `streamDecoder`: a byte-order mark, an XML declaration, else UTF-8
 * or, at the first bytes that are not, windows-1252), characters split across chunks kept whole, without the
 * byte-order mark some editors put first (it made a CSV's or a JSON Lines file's first record unreadable).
 */
function decodedText(): Transform {
  const decoder = streamDecoder();
  return new Transform({
    encoding: 'utf8',
    transform(chunk: Buffer, _encoding, done) {
      const text = decoder.decode(chunk);
      done(null, text === '' ? undefined : text);
    },
    flush(done) {
      const rest = decoder.end();
      done(null, rest === '' ? undefined : rest);
    },
  });
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

/**
 * The whole (gunzipped) bytes of a file, for a reader that decodes them itself (an HTML page in its declared
 * encoding, a text file that may not be UTF-8: charset.ts); refuses more than `maxBytes` instead of filling memory.
 */
export async function readBytes(file: string, gzip: boolean, maxBytes: number, maxChars: number, onBytes?: (n: number) => void): Promise<Buffer> {
  const last = openBytes(file, gzip, onBytes);
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of last) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) {
      last.destroy();
      throw new TextTooLongError(maxChars);
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}
