/**
 * `compute`, remembered in a bounded cache that starts afresh when full: for labels and keys that repeat from one
 * search to the next (the same ~200 actor names come back in most answers), where computing them again each time
 * was the larger part of turning an answer into results.
 *
 * `memo(fold)('Émile')` → `'emile'` (computed once, then read from the map)
 */
export function memo(compute: (text: string) => string, capacity = 50_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= capacity) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
