/**
 * Normalised views of a token used by features and lexicon look-ups. Curly quotes and dashes
 * map to the ASCII forms of the CoNLL training text, and `fold` strips diacritics so "Goïta"
 * and "Goita" share statistics.
 */

/** ASCII-quote form: ’ ‘ → ', “ ” → ", – — → --. */
export function normalizeToken(s: string): string {
  if (!/[‘’“”–—]/.test(s)) return s;
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '--');
}

/** Lower case without diacritics. */
export function foldToken(norm: string): string {
  const lower = norm.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Collapsed word shape: upper → X, lower → x, digit → d, other characters kept, runs of the
 * same class collapsed ("Vladimir" → "Xx", "ECOWAS" → "X", "U.S." → "X.X.", "Yunus-Bek" → "Xx-Xx").
 */
export function wordShape(s: string): string {
  let out = '';
  let last = '';
  for (const ch of s) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = ch;
    else {
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo !== up) c = ch === up ? 'X' : 'x';
      else if (/\p{M}/u.test(ch)) continue;
      else c = ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the token contains a lower-case letter. */
export function hasLower(s: string): boolean {
  return s !== s.toUpperCase();
}

/** True when the token contains any letter. */
export function hasLetter(s: string): boolean {
  return s.toLowerCase() !== s.toUpperCase();
}

/** A sentence is a headline-style all-caps line when it has letters but none in lower case. */
export function isAllCapsSentence(tokens: readonly string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (hasLower(t)) return false;
    if (hasLetter(t)) letters++;
  }
  return letters > 1;
}
