import { createHash } from 'node:crypto';
import { isWebAddress, urlIdentity } from './url-identity.js';

/**
 * A source id kept as the article's id: one Meilisearch takes as a document id, without capitals. Meilisearch compares
 * filter and `distinct` values without regard to letter case, so two sources' ids "Xk9A" and "xK9a", kept as they
 * were, were one article to every search (results showed one of the two); such an id is hashed instead.
 */
const KEPT_ID = /^[a-z0-9_][a-z0-9_-]{0,99}$/;
/** The ids kept before 2026-11-25: any letter case. */
const EARLIER_KEPT_ID = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,99}$/;

type SourceNames = { id?: string | undefined; url?: string | undefined };

/**
 * Stable article ids, so re-indexing the same input changes nothing: the source's own id when it is a valid
 * Meilisearch id in lower case (KEPT_ID), else a hash of it, else of the url, else of the content. An id that is a
 * web address (an RSS guid, which is most often the permalink) names the article by its address, as a url does, and
 * both go through urlIdentity: one story given as one feed's guid and another's link, or with a tracker's
 * parameters, is one article.
 *
 * `articleIdFor({ id: 'reuters-1' })` → `'reuters-1'`; `articleIdFor({ id: 'ID893' })` → `'h-…'`;
 * `articleIdFor({ url: 'https://x/1' })` and `articleIdFor({ id: 'http://x/1?utm_source=rss' })` → the same `'u-…'`
 * (20 hex)
 */
export function articleIdFor(source: SourceNames, content: string): string {
  const id = source.id?.trim();
  if (id !== undefined && id !== '') {
    if (isWebAddress(id)) return `u-${hash(urlIdentity(id))}`;
    return KEPT_ID.test(id) ? id : `h-${hash(id)}`;
  }
  const url = source.url?.trim();
  if (url !== undefined && url !== '') return `u-${hash(urlIdentity(url))}`;
  return `c-${hash(content)}`;
}

/**
 * The id the indexer gave the same record before 2026-11-25, when it differs from articleIdFor's: an id with capitals
 * was kept as it was, a web-address id was `h-` and its hash, a url was hashed as written. An incremental run deletes
 * that id's passages when it indexes the record under its id now (pipeline.ts), so an index written before is not
 * left holding the article twice. No record's id today is ever such an earlier id: kept ids have no capitals, and the
 * hashes of addresses are `u-` of an address as urlIdentity writes it.
 *
 * `earlierArticleId({ id: 'https://x/1' })` → `'h-…'`; `earlierArticleId({ id: 'ID893' })` → `'ID893'`;
 * `earlierArticleId({ id: 'reuters-1' })` → `undefined`. `idNow`: the record's articleIdFor, when the caller has it.
 */
export function earlierArticleId(source: SourceNames, idNow: string = articleIdFor(source, '')): string | undefined {
  const id = source.id?.trim();
  const url = source.url?.trim();
  let earlier: string | undefined;
  if (id !== undefined && id !== '') earlier = EARLIER_KEPT_ID.test(id) ? id : `h-${hash(id)}`;
  else if (url !== undefined && url !== '') earlier = `u-${hash(url)}`;
  return earlier !== undefined && earlier !== idNow ? earlier : undefined;
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
