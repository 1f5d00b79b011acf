/**
 * Whether a decoded "text" file holds binary data: an image, an archive or random bytes saved as `.txt`. Any byte
 * sequence decodes as windows-1252 (charset.ts), so such a file would otherwise be indexed as an article of
 * mojibake. The sign, as git's: a NUL among the first 8,000 characters; or control characters that no text holds
 * (tab, line feed, form feed and carriage return are text), more than one in a hundred of them.
 *
 * `looksBinary('Niger junta closes airspace')` → `false`; `looksBinary('PK\u0003\u0004\u0000\u0000…')` → `true`
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, SAMPLE_CHARS);
  if (head.includes('\u0000')) return true;
  const controls = head.match(CONTROL)?.length ?? 0;
  return controls > Math.max(2, head.length / 100);
}

const SAMPLE_CHARS = 8000;
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;
