/**
 * The `limit` largest counts, ties by name: the order the entity page lists co-occurring actors and countries in,
 * and so the ones whose kinds it needs.
 *
 * `topCounts({ Mali: 2, Niger: 5, Chad: 2 }, 2)` → `[['Niger', 5], ['Chad', 2]]`
 */
export function topCounts(counts: Record<string, number>, limit: number): [string, number][] {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit);
}
