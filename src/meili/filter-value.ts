/**
 * A value inside a Meilisearch filter: always double-quoted, with `\` and `"` escaped, so that quotes, `OR`, `=`,
 * `TO`, brackets or newlines in a value are matched literally and can never widen the filter. The one quoting of
 * both sides: the server's filters (src/search/filter-adapter.ts) and the indexer's (indexer/load.ts), which had its
 * own (JSON.stringify; Meilisearch 1.21 reads its escapes too, `\t` and `\u0007` included, so nothing was lost).
 *
 * `quoteFilterValue('Wagner" OR x = "1')` → `"Wagner\" OR x = \"1"`
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
