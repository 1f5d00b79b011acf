import { decodeHTML } from 'entities';

/**
 * Character references left in text that was HTML once (`&quot;`, `&amp;`, `&#39;`, `&lt;!--`): decoded. Feeds and
 * JSON exports often carry them escaped (71 % of the Wikinews passages showed `&quot;`, and names came out as actors
 * such as "Ernst &" of "Ernst &amp; Young"). Not for text an HTML parser already decoded.
 *
 * `decodeCharacterReferences('Greenspan&#39;s &quot;more of the same&quot;')` → `'Greenspan's "more of the same"'`
 */
export function decodeCharacterReferences(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

// eslint-disable-next-line no-control-regex
const NEEDS_NORMALIZING = /[\uFEFF\r\u00A0\u2007\u202F\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF\u200B\u2060\u00AD]/;

/**
 * Text as the rest of the pipeline expects it: NFC, `\n` line ends, no BOM, no control characters, non-breaking
 * spaces as spaces. Private-use characters are removed too: the server uses two of them to mark highlights, so a
 * document must never carry them. So are soft hyphens (U+00AD, `&shy;`), invisible break hints inside words, which
 * news sites put in long words: "Ice\u00ADland" was no word "Iceland" to search or to tag (a black-box review). So
 * is a carriage return written out as "^M" before a line end.
 */
export function normalizeText(text: string): string {
  const nfc = text.normalize('NFC');
  // A carriage return written out as "^M" at a line's end, as a terminal shows one: 16 Reuters stories carry it
  // ("<Rolls-Royce^M\n Ltd>"), which ran into words ("Rolls-Royce^M") of passages, names and the index.
  const shown = nfc.includes('^M') ? nfc.replace(/\^M(?=\r|\n|$)/g, '') : nfc;
  // Most texts hold none of what the replacements below remove: one scan says so, where the four replacements each
  // scanned the whole text (a sixth of parsing over the bench corpus).
  if (!NEEDS_NORMALIZING.test(shown)) return shown;
  return shown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF\u200B\u2060\u00AD]/g, '');
}
