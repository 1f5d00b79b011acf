/**
 * The most text one record may take: a JSON Lines line, an element of a `.json` array. That is 16 times the longest
 * article (MAX_ARTICLE_CHARS) with room for markup and metadata. Larger is not one article, and buffering it could
 * exhaust the indexer's heap: a 150 MB one-line `.jsonl` did.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;
