/**
 * Offset-preserving tokenizer for the country tagger.
 *
 * Why a custom tokenizer: matching names token by token in a trie (one pass over the text)
 * is far faster than one regex per name, and keeping the original offsets lets every tag
 * point back at its exact surface form (`text.slice(start, end)`).
 *
 * Diacritics are folded per character (é → e, ü → u, ’ → ') so that "Côte d’Ivoire",
 * "Cote d'Ivoire", "Türkiye" and "Turkiye" all hit the same gazetteer key. Folding is done
 * one UTF-16 unit at a time, so folded text has the same length and the same offsets.
 *
 * Tokens are maximal runs of letters/digits ("words") and single punctuation characters;
 * whitespace is dropped.
 *
 * Example: tokenize("Niger’s U.S.-backed") →
 *   [Niger 0-5] ['  5-6] [s 6-7] [U 8-9] [. 9-10] [S 10-11] [. 11-12] [- 12-13] [backed 13-19]
 */

export interface Token {
  /** Start offset in the original string (UTF-16 units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Surface after diacritic folding, original case: "Cote". */
  text: string;
  /** Lower-cased folded surface, the trie key: "cote". */
  key: string;
  /** True for letter/digit runs, false for a punctuation character. */
  word: boolean;
  /** True when at least one blank/newline separates this token from the previous one. */
  spaceBefore: boolean;
}

const foldCache = new Map<number, string>();

/** Fold one UTF-16 unit to a single ASCII-ish unit when it is a Latin letter with marks or a typographic quote/dash. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return ch;
  const hit = foldCache.get(code);
  if (hit !== undefined) return hit;
  let out = ch;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x02bb) out = "'";
  else if (code === 0x201c || code === 0x201d) out = '"';
  else if (code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014) out = '-';
  else if (code === 0x00df) out = 's'; // ß: keep 1:1 length (rare in English news)
  else if (code === 0x0131) out = 'i'; // dotless ı (Kıbrıs)
  else if (code === 0x00f8) out = 'o';
  else if (code === 0x00d8) out = 'O';
  else if (code === 0x00e6) out = 'a';
  else if (code === 0x00c6) out = 'A';
  else {
    const d = ch.normalize('NFD');
    const base = d.charAt(0);
    if (d.length > 1 && base.charCodeAt(0) < 128 && /^[\u0300-\u036f]+$/.test(d.slice(1))) out = base;
  }
  foldCache.set(code, out);
  return out;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Fold a whole string, same length as the input. Example: foldText("Côte d’Ivoire") → "Cote d'Ivoire". */
export function foldText(s: string): string {
  // (The regex engine scans for a non-ASCII unit several times faster than a loop of charCodeAt: this reads every
  // article whole.)
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s.charAt(i));
  return out;
}

function isWordCode(c: number): boolean {
  // ASCII letters and digits fast path; any other letter (after folding) via Unicode class.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Split text into word and punctuation tokens with exact offsets (see the module comment). */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isSpaceCode(c)) { space = true; i++; continue; }
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < n && isWordCode(folded.charCodeAt(j))) j++;
      const t = folded.slice(i, j);
      tokens.push({ start: i, end: j, text: t, key: t.toLowerCase(), word: true, spaceBefore: space });
      i = j;
    } else {
      const t = folded.charAt(i);
      tokens.push({ start: i, end: i + 1, text: t, key: t, word: false, spaceBefore: space });
      i++;
    }
    space = false;
  }
  return tokens;
}
