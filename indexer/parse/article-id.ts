import { createHash } from 'node:crypto';

/**
 * Stable article ids, so re-indexing the same input changes nothing: the source's own id when it is a valid
 * Meilisearch id, else a hash of it, else of the url, else of the content.
 *
 * `articleIdFor({ id: 'reuters-1' })` → `'reuters-1'`; `articleIdFor({ url: 'https://x/1' })` → `'u-…'` (20 hex)
 */
export function articleIdFor(source: { id?: string | undefined; url?: string | undefined }, content: string): string {
  const id = source.id?.trim();
  if (id !== undefined && id !== '') return /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,99})$/.test(id) ? id : `h-${hash(id)}`;
  const url = source.url?.trim();
  if (url !== undefined && url !== '') return `u-${hash(url)}`;
  return `c-${hash(content)}`;
}

/**
 * Whether an id was made from the article's content (the record had neither id nor url). Such an article cannot be
 * recognised once edited: its new text is a new id, and the old one is left over (see pipeline.ts).
 *
 * `isContentId('c-0123456789abcdef0123')` → `true`; `isContentId('reuters-1')` → `false`
 */
export function isContentId(id: string): boolean {
  return /^c-[0-9a-f]{20}$/.test(id);
}

export function hash(text: string, length = 20): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}
