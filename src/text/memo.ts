import { detached } from './detached.js';

/**
 * `compute`, remembered in a bounded cache that starts afresh when full: for labels and keys that repeat from one
 * search to the next (the same ~200 actor names come back in most answers), and for the names the tagger reads again
 * and again (an alias look-up, a mention's clean name), where computing them each time was the larger cost.
 *
 * Keys are kept as copies (detached.ts): a name cut from an article would otherwise keep the whole article alive for
 * as long as the cache holds it. `compute` must not return `undefined` (it marks "not yet computed"): use `null`.
 *
 * `memo(fold)('Émile')` → `'emile'` (computed once, then read from the map)
 */
export function memo<T>(compute: (text: string) => T, capacity = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= capacity) cache.clear();
      value = compute(text);
      cache.set(detached(text), value);
    }
    return value;
  };
}
