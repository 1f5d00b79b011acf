/**
 * The text of an HTML file's bytes, in the character encoding it declares. Pages saved from older sites are often
 * ISO-8859-1 or windows-1252 with `<meta charset="iso-8859-1">`; read as UTF-8, "São Tomé" became "S�o Tom�", no
 * country was found and "Tom�" became an actor. In order: a byte-order mark; valid UTF-8 holding non-ASCII
 * characters; a `<meta charset>` or `http-equiv` content type in the first 4 KB; else UTF-8 if valid; else
 * windows-1252, the web's default for undeclared legacy pages (WHATWG Encoding). A label the platform does not know
 * falls back to the same sniffing.
 *
 * `decodeHtml(Buffer.from('<meta charset="iso-8859-1"><p>S\xe3o Tom\xe9</p>', 'latin1'))` → `'<meta charset="iso-8859-1"><p>São Tomé</p>'`
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) return new TextDecoder(bom).decode(bytes);
  // Valid UTF-8 with characters beyond ASCII is UTF-8 whatever the page declares: pages re-saved by a scraper keep
  // their old "iso-8859-1" label (read so, "São Tomé" became "SÃ£o TomÃ©"). Single-byte text is almost never valid
  // UTF-8 by chance.
  const utf8 = validUtf8(bytes);
  if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) return utf8;
  // A meta tag cannot declare UTF-16 (its bytes would not read as ASCII): WHATWG reads such a label as UTF-8.
  const declared = declaredCharset(bytes)?.replace(/^utf-16(?:[bl]e)?$/, 'utf-8');
  if (declared !== undefined) {
    const decoder = decoderFor(declared);
    if (decoder !== undefined) return decoder.decode(bytes);
  }
  return utf8 ?? decoderFor('windows-1252')!.decode(bytes);
}

/**
 * The text of a plain-text or Markdown file's bytes: a byte-order mark's encoding; else UTF-8 when the bytes are valid
 * UTF-8; else windows-1252, what older newsroom files and Windows editors wrote. Read as UTF-8, such a file's "café"
 * was "caf�", silently. (A text file declares nothing: one byte invalid in UTF-8 is the only sign.)
 *
 * `decodeText(Buffer.from('S\xe3o Tom\xe9', 'latin1'))` → `'São Tomé'`; `decodeText(Buffer.from('São Tomé'))` → `'São Tomé'`
 */
export function decodeText(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) return new TextDecoder(bom).decode(bytes);
  return validUtf8(bytes) ?? decoderFor('windows-1252')!.decode(bytes);
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset a page's head declares: `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in any ASCII-compatible encoding; latin1 maps each byte to one character.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** What windows-1252 puts at 0x80–0x9F (undefined bytes keep their C1 code point), where ISO-8859-1 has controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A decoder for a label. The WHATWG standard reads "iso-8859-1", "latin1", "us-ascii" and "windows-1252" all as
 * windows-1252 (pages labelled Latin-1 use its quotes and dashes); Node's TextDecoder reads them as ISO-8859-1, so
 * those bytes are mapped here.
 */
function decoderFor(label: string): { decode(bytes: Uint8Array): string } | undefined {
  if (/^(?:iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii|windows-1252|cp1252|x-cp1252)$/.test(label)) {
    return { decode: (bytes) => Buffer.from(bytes).toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) };
  }
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}
