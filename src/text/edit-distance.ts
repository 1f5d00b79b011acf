/**
 * The Levenshtein distance between two strings (insertions, deletions and substitutions of one UTF-16 unit each), or
 * `cap` once the lengths alone differ by more than `cap - 1`: callers only ask whether it is small.
 *
 * `editDistance('coup', 'coups')` → 1; `editDistance('party', 'parties')` → 3; `editDistance('a', 'abcdef', 3)` → 3
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

/**
 * The Damerau–Levenshtein distance in its optimal-string-alignment form: edits as editDistance's, and a swap of two
 * neighbouring units as one edit (Meilisearch's typo tolerance counts a swap so).
 *
 * `swapDistance('casual', 'causal')` → 1 (editDistance: 2); `swapDistance('united', 'untied')` → 1
 */
export function swapDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    next[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let d = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      next[j] = d;
    }
    before = row;
    row = next;
  }
  return row[b.length]!;
}
