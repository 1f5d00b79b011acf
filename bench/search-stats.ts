/**
 * The nearest-rank percentile of sorted samples.
 *
 * `percentile([1, 2, 3, 4], 50)` → `2`; `percentile([1, 2, 3, 4], 99)` → `4`
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
