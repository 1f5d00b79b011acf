/**
 * The text of an HTML file's bytes, in the character encoding it declares. Pages saved from older sites are often
 * ISO-8859-1 or windows-1252 with `<meta charset="iso-8859-1">`; read as UTF-8, "São Tomé" became "S�o Tom�", no
 * country was found and "Tom�" became an actor. In order: a byte-order mark; valid UTF-8 holding non-ASCII
 * characters; a `<meta charset>` or `http-equiv` content type in the first 4 KB (but UTF-8, which the bytes are not
 * when it gets here); else UTF-8 if valid; else
 * windows-1252, the web's default for undeclared legacy pages (WHATWG Encoding). A label the platform does not know
 * falls back to the same sniffing.
 *
 * `decodeHtml(Buffer.from('<meta charset="iso-8859-1"><p>S\xe3o Tom\xe9</p>', 'latin1'))` → `'<meta charset="iso-8859-1"><p>São Tomé</p>'`
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) return withByteOrderMark(bytes, bom);
  // Valid UTF-8 with characters beyond ASCII is UTF-8 whatever the page declares: pages re-saved by a scraper keep
  // their old "iso-8859-1" label (read so, "São Tomé" became "SÃ£o TomÃ©"). Single-byte text is almost never valid
  // UTF-8 by chance.
  const utf8 = validUtf8(bytes);
  if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) return utf8;
  // A meta tag cannot declare UTF-16 (its bytes would not read as ASCII): WHATWG reads such a label as UTF-8.
  const declared = declaredCharset(bytes)?.replace(/^utf-16(?:[bl]e)?$/, 'utf-8');
  // A page that declares UTF-8 but whose bytes are not is an older page re-labelled by its CMS: its bytes are
  // windows-1252, not "Z\uFFFDrich" (an indexer review).
  if (declared !== undefined && !/^utf-?8$/.test(declared)) {
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
  if (bom !== undefined) return withByteOrderMark(bytes, bom);
  return validUtf8(bytes) ?? decoderFor('windows-1252')!.decode(bytes);
}

/**
 * The text after a byte-order mark. A UTF-8 mark whose bytes are not UTF-8 is an editor's stamp on a windows-1252
 * file (a review: "Café" became "Caf\uFFFD", silently): the bytes after it are read as windows-1252.
 *
 * `withByteOrderMark(Buffer.from('\xef\xbb\xbfCaf\xe9', 'latin1'), 'utf-8')` → `'Café'`
 */
function withByteOrderMark(bytes: Uint8Array, bom: string): string {
  if (bom !== 'utf-8') return new TextDecoder(bom).decode(bytes);
  const rest = bytes.subarray(3);
  return validUtf8(rest) ?? decoderFor('windows-1252')!.decode(rest);
}

/**
 * Bytes of a UTF-8 file that are not all UTF-8, decoded a line at a time: a line with no UTF-8 character and bytes
 * that are not UTF-8 is windows-1252 (a JSON Lines file appended to by two programs: an indexer review found "S�o
 * Tom�" kept from one such line); any other bad byte is U+FFFD, as any reader would show it. A line cut by a chunk's
 * end is judged in its two parts.
 *
 * `lineByLine(bytes of '{"t":"Gdańsk"}\n' + '{"t":"S\xe3o Tom\xe9"}' in windows-1252, latin)` → `'{"t":"Gdańsk"}\n{"t":"São Tomé"}'`
 */
function lineByLine(bytes: Uint8Array, latin: { decode(bytes: Uint8Array): string }): string {
  const lenient = new TextDecoder('utf-8');
  let out = '';
  for (let from = 0; from < bytes.length; ) {
    const nl = bytes.indexOf(10, from);
    const to = nl === -1 ? bytes.length : nl + 1;
    const line = bytes.subarray(from, to);
    const text = validUtf8(line);
    if (text !== undefined) out += text;
    else out += UTF8_SEQUENCE.test(Buffer.from(line).toString('latin1')) ? lenient.decode(line) : latin.decode(line);
    from = to;
  }
  return out;
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

/** A well-formed UTF-8 sequence of two to four bytes, in bytes read as Latin-1: text in windows-1252 seldom holds one. */
const UTF8_SEQUENCE = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

/**
 * A streaming decoder for the record formats (JSON, JSON Lines, CSV, feeds), which are read as they stream, not
 * whole: a byte-order mark's encoding (UTF-16 files were a skip on every line); else the encoding an XML declaration
 * names (`<?xml … encoding="ISO-8859-1"?>`, as older feeds declare it); else UTF-8, switching to windows-1252 at the
 * first chunk that is not valid UTF-8 when no UTF-8 character came before it nor stands in it (an export from Excel or
 * an old CMS: "S�o Tom�" became an actor, silently); a UTF-8 file's stray bad byte is U+FFFD.
 * The byte-order mark itself is dropped. `decode` takes each chunk and returns its text; `end` returns the rest.
 *
 * `const d = streamDecoder(); d.decode(Buffer.from('S\xe3o ', 'latin1')) + d.decode(Buffer.from('Tom\xe9', 'latin1')) + d.end()` → `'São Tomé'`
 */
export function streamDecoder(): { decode(chunk: Uint8Array): string; end(): string } {
  /** Bytes held back: the first few, until the encoding is known, then an incomplete UTF-8 sequence at a chunk's end. */
  let held: Uint8Array = new Uint8Array(0);
  let decoder: { decode(bytes: Uint8Array, options?: { stream?: boolean }): string } | undefined;
  let utf8 = false;
  /** A character beyond ASCII was read as UTF-8: the file is UTF-8, whatever bad byte comes later. */
  let sawMultibyte = false;
  const latin = decoderFor('windows-1252')!;
  const choose = (bytes: Uint8Array): Uint8Array => {
    const bom = byteOrderMark(bytes);
    // A UTF-8 mark is read as no mark: UTF-8 until bytes that are not (an editor stamps windows-1252 files with it too).
    if (bom === 'utf-8') {
      utf8 = true;
      return bytes.subarray(3);
    }
    if (bom !== undefined) {
      decoder = new TextDecoder(bom);
      return bytes.subarray(2);
    }
    const declared = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']/.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1]?.toLowerCase();
    const named = declared !== undefined && !/^utf-?8$/.test(declared) ? decoderFor(declared) : undefined;
    if (named !== undefined) {
      decoder = named;
      return bytes;
    }
    utf8 = true;
    return bytes;
  };
  const decodeUtf8 = (bytes: Uint8Array): string => {
    // The last complete character: a chunk may end inside one (up to 3 bytes of a 4-byte sequence).
    let cut = bytes.length;
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const b = bytes[bytes.length - back]!;
      if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > back) cut = bytes.length - back;
      break;
    }
    const whole = bytes.subarray(0, cut);
    let text = validUtf8(whole);
    if (text === undefined) {
      // A file with no UTF-8 character at all is windows-1252 from here on (the bytes before, ASCII, read the same);
      // a UTF-8 file's bad bytes are read line by line (lineByLine).
      if (!sawMultibyte && !UTF8_SEQUENCE.test(Buffer.from(whole).toString('latin1'))) {
        utf8 = false;
        decoder = { decode: (b) => latin.decode(b) };
        return latin.decode(bytes);
      }
      text = lineByLine(whole, latin);
    }
    if (!sawMultibyte && /[^\x00-\x7f]/.test(text)) sawMultibyte = true;
    held = bytes.slice(cut);
    return text;
  };
  return {
    decode(chunk) {
      let bytes: Uint8Array = held.length > 0 ? Buffer.concat([held, chunk]) : chunk;
      held = new Uint8Array(0);
      if (decoder === undefined && !utf8) {
        // Enough bytes to see a byte-order mark or an XML declaration's start.
        if (bytes.length < 4) {
          held = bytes;
          return '';
        }
        bytes = choose(bytes);
      }
      if (utf8) return decodeUtf8(bytes);
      return decoder!.decode(bytes, { stream: true });
    },
    end() {
      if (decoder === undefined && !utf8 && held.length > 0) held = choose(held);
      const rest = held;
      held = new Uint8Array(0);
      if (utf8) return rest.length === 0 ? '' : (validUtf8(rest) ?? latin.decode(rest));
      return decoder === undefined ? '' : decoder.decode(rest);
    },
  };
}
