/**
 * The length of a text as a person counts it: in Unicode code points, not in UTF-16 units, so an emoji or a rarer
 * CJK character counts one, as a Latin letter does (JavaScript's `length` counts those two).
 *
 * `charCount('abc')` → `3`; `charCount('😀😀')` → `2` (`'😀😀'.length` is 4)
 */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The first `max` code points of a text, never half of a surrogate pair.
 *
 * `clipChars('😀😀😀', 2)` → `'😀😀'`; `clipChars('abc', 5)` → `'abc'`
 */
export function clipChars(text: string, max: number): string {
  return charCount(text) <= max ? text : [...text].slice(0, max).join('');
}
