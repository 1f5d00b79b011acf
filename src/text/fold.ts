// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * A comparison key for names: case and diacritics folded, punctuation as spaces.
 * `fold('Assimi Goïta')` → `'assimi goita'`; `fold('Yunus-Bek')` → `'yunus bek'`
 */
export function fold(name: string): string {
  // ASCII has no marks to strip and is its own NFD: skipping both is the same result, and most names are ASCII.
  const bare = ASCII.test(name) ? name : name.normalize('NFD').replace(MARKS, '');
  return bare.toLowerCase().replace(NOT_ALNUM, ' ').trim();
}
