/**
 * A comparison key for names: case and diacritics folded, punctuation as spaces.
 * `fold('Assimi Goïta')` → `'assimi goita'`; `fold('Yunus-Bek')` → `'yunus bek'`
 */
export function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
