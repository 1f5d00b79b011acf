import type { Skip } from './source-record.js';

/**
 * The skips of a run counted by kind, most first, for the summary line: a run over a wiki export named 882 records
 * with empty text, one line each, and another kind of problem was lost among them (a user review). The kind is the
 * reason up to its first colon or quoted value ("empty text: the field text is empty" → "empty text"; `unparseable
 * date "2024-03-05T10:00"` → "unparseable date", where a colon inside the value had cut it).
 *
 * `skipTally([{ reason: 'empty text: …' }, { reason: 'empty text: …' }, { reason: 'malformed JSON line: …' }])`
 *   → `'2 empty text, 1 malformed JSON line'`
 */
const KIND = /^[^:"“(]*/;

export function skipTally(skipped: readonly Pick<Skip, 'reason'>[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) {
    const kind = KIND.exec(s.reason)![0].trim();
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}
