/**
 * What names the same page however a source writes its address, for article ids: one story linked from two feeds, or
 * given as one feed's guid and another's link, is one article. Only what never names another story goes: the scheme
 * (http and https serve the same story), the letter case of the host, a default port, and the query parameters that
 * trackers add (utm_*, fbclid, gclid…). The path, every other parameter and the fragment stay as written: two paths
 * are two pages, `?id=7` may be the article itself, and a live blog's posts (`…/live#post-2`), an Atom feed's
 * entries (`…/feed#entry-3`) and a hash-bang site's stories (`/#!/story/2`) differ by their fragment alone (merging
 * them would lose all but one; an anchor kept costs at most a story twice).
 */

/** Query parameters that only say where a reader came from. */
const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gclsrc|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|smid|sr_share|at_medium|at_campaign)$/i;

/** `isWebAddress('https://x.example/a')` → `true`; `isWebAddress('tag:x.example,2024:1')` → `false` */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s/?#]/i.test(text.trim());
}

/**
 * The address an article id is made from: `urlIdentity('HTTP://News.Example:80/a/b?utm_source=rss&id=7#top')` →
 * `'https://news.example/a/b?id=7#top'`. Text that is not an http(s) address is returned trimmed, as it is.
 */
export function urlIdentity(address: string): string {
  const text = address.trim();
  if (!isWebAddress(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const port = url.port === '443' ? '' : url.port;
  // The query as written, less the trackers (re-encoding it through URLSearchParams would change `%20` to `+`).
  const kept = url.search.slice(1).split('&').filter((pair) => pair !== '' && !TRACKING.test(parameterName(pair)));
  const query = kept.length === 0 ? '' : `?${kept.join('&')}`;
  return `https://${url.hostname}${port === '' ? '' : `:${port}`}${url.pathname}${query}${url.hash}`;
}

function parameterName(pair: string): string {
  const name = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
