import { parse, type HTMLElement } from 'node-html-parser';
import type { RecordFields } from './records.js';
import { parsePublishedDate } from '../parse/published-date.js';

/** Page chrome that is never article text. */
const CHROME = 'script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button, figure figcaption, .share, .social, .related, .newsletter, .advert, .ad, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]';
/**
 * Ids and class names of page chrome that is not marked up as such (`<div id="menu">`), matched as whole tokens so
 * that a container named `has-sidebar` or `article-header` stays.
 */
const CHROME_NAMES = new Set([
  'menu', 'main-menu', 'nav', 'navbar', 'navigation', 'breadcrumb', 'breadcrumbs', 'sidebar', 'site-header', 'site-footer',
  'masthead', 'toolbar', 'topbar', 'cookie', 'cookies', 'cookie-banner', 'subscribe', 'paywall', 'promo', 'skip-link', 'pagination',
]);
/**
 * Ids and class names of reader comment sections (`<div id="comments">`, WordPress `<ol class="comment-list">`,
 * Disqus), whole tokens. Dropped from the whole page before the article is picked: themes mark each comment up as an
 * `<article>` of its own, which would otherwise be taken for the story.
 */
/**
 * Names of share widgets, related links, newsletters, adverts and tag lists in their usual variants, whole tokens:
 * `share-buttons`, `social-share`, `article-share`, `share_bar`, `sharing`, `related-articles`, `newsletter-signup`,
 * `advertisement`, `tags` (only `.share` and a few more were caught, and "Share on Facebook" or a tag list's words ended
 * as article text, and as actors); cookie and consent banners (`cookie-notice`, `gdpr-banner`) and bylines (`byline`,
 * `author-box`: "By María Pérez, March 10, 2023" had opened the first passage); a site's footer block (`footer`,
 * `site-footer`: "Nation Media Group is the largest independent media house…" was the story's last paragraph) and
 * WordPress's related posts (`jp-relatedposts`), which an indexer review found kept as text.
 */
const CHROME_TOKEN =
  /^(?:(?:article|post|entry|social|page)[-_])?(?:share|shares|sharing|social)(?:[-_](?:buttons?|bar|links?|icons?|tools?|widget|box|this))?$|^(?:related|more)[-_](?:articles|posts|stories|links|content|news)$|^newsletter(?:[-_](?:signup|sign-up|box|form|promo))?$|^(?:advert|advertisement|adverts|advertisements|ads|ad-slot|ad-container|ad-unit|ad-wrapper|sponsored)$|^(?:tags|tag-list|tag-cloud|post-tags|entry-tags|article-tags)$|^(?:cookie|cookies|gdpr|consent)(?:[-_](?:notice|banner|bar|consent|popup|message|policy|wrapper|container))?$|^(?:byline|by-line|article-byline|post-byline|author-info|author-box|article-author|post-author|entry-author)$|^(?:onetrust|didomi|usercentrics|qc-cmp2?|truste)(?:[-_][\w-]*)?$|^cybotcookiebot\w*$|^cc-(?:window|banner)$|^(?:site|page|global|main)?[-_]?footer$|^jp-relatedposts$|^(?:newsletter|subscribe)[-_](?:cta|inline|banner)$/;
const COMMENT_NAMES = new Set(['comments', 'comment-list', 'commentlist', 'comments-area', 'comment-section', 'comments-section', 'comment-respond', 'disqus_thread']);
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TR', 'BR', 'DD', 'DT']);

/**
 * The most markup a page may have once scripts, styles, SVG and comments are cut: the HTML parser needs ~100 bytes
 * of heap per byte of dense markup, super-linearly (measured: 2 MB took 3 s and 254 MB RSS, 4 MB 10 s and 332 MB,
 * 8 MB ran out of heap). Article pages are mostly scripts and styles and keep ~50–300 KB; a page with more is not
 * one article (its text would pass MAX_ARTICLE_CHARS anyway).
 */
export const MAX_PAGE_MARKUP_CHARS = 1_000_000;

/**
 * Elements whose content is never text, cut before parsing: most of a real page's bytes. A self-closed `<svg …/>`
 * (valid: SVG is foreign content) is one tag, and a name must end where the tag's does (`<style-guide>` is not
 * `<style>`).
 */
const INERT = /<svg(?=[\s/>])[^>]*\/>|<(script|style|noscript|template|svg)(?=[\s/>])[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** A page's schema.org JSON-LD blocks: `<script type="application/ld+json">…</script>`. */
const LINKED_DATA = /<script(?=[\s>])[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** schema.org types of a news story (and what CMSs write for one). */
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'Report', 'OpinionNewsArticle']);

interface LinkedArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  publisher?: string;
}

/**
 * The story's fields from the page's schema.org JSON-LD, where most news sites publish them (a black-box review: a
 * page whose date was only there had none): the first object of a news type, at the top, in an array or in an
 * `@graph` (not a `WebPage`, whose name is the page's title, site and all). A block that is no JSON is passed over.
 *
 * `linkedDataArticle('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fined","datePublished":"2023-06-14"}</script>')`
 *   → `{ headline: 'Fined', datePublished: '2023-06-14' }`
 */
export function linkedDataArticle(page: string): LinkedArticle | undefined {
  if (!page.includes('ld+json')) return undefined;
  const found: Record<string, unknown>[] = [];
  for (const [, text] of page.matchAll(LINKED_DATA)) {
    let data: unknown;
    try {
      data = JSON.parse(text!);
    } catch {
      continue;
    }
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (typeof node !== 'object' || node === null) return;
      const obj = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(obj['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) found.push(obj);
      if (obj['@graph'] !== undefined) visit(obj['@graph']);
    };
    visit(data);
  }
  const article = found[0];
  if (article === undefined) return undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const publisher = article.publisher;
  const fields: LinkedArticle = {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    url: text(article.url) ?? text(article.mainEntityOfPage),
    publisher: typeof publisher === 'object' && publisher !== null ? text((publisher as Record<string, unknown>).name) : text(publisher),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as LinkedArticle;
}

/** Meta names of a publication date besides the usual ones, lower-cased: compared with a page's names in any case. */
const OLDER_DATE_NAMES = ['pubdate', 'publishdate', 'publish-date', 'article.published', 'dc.date', 'dc.date.issued', 'dc.date.created', 'parsely-pub-date', 'sailthru.date'];

/** The content of the first `<meta name>` whose name, in any case, is one of `names` (in their order). */
function namedMeta(root: HTMLElement, names: readonly string[]): string | undefined {
  const byName = new Map<string, string>();
  for (const el of root.querySelectorAll('meta[name]')) {
    const name = el.getAttribute('name')?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (name !== undefined && content !== undefined && content !== '' && !byName.has(name)) byName.set(name, content);
  }
  for (const name of names) {
    const content = byName.get(name);
    if (content !== undefined) return content;
  }
  return undefined;
}

/**
 * Title, date, url and main text of an HTML page: the `<article>` (else `<main>`, else `<body>`) with navigation,
 * headers, footers, scripts, share widgets and reader comments removed; one paragraph per block element. Title from
 * `og:title`, else the first `<h1>`, else schema.org JSON-LD's `headline`, else `<title>`. Date from
 * `article:published_time`, other meta names, a `<time datetime>`, or JSON-LD's `datePublished`.
 */
export function readHtml(page: string): RecordFields | string {
  const linked = linkedDataArticle(page);
  const html = page.replace(INERT, '');
  if (html.length > MAX_PAGE_MARKUP_CHARS) {
    return `page too large: ${html.length.toLocaleString('en')} characters of markup without scripts and styles, where an article page has at most ${MAX_PAGE_MARKUP_CHARS.toLocaleString('en')}`;
  }
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const meta = (selector: string): string | undefined => root.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const source = meta('meta[property="og:site_name"]') ?? linked?.publisher;
  const date =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    // Older and newsroom CMS names ("pubdate" content="20240315", Dublin Core, Parsely, Sailthru), in any case:
    // DCMI writes "DC.date", others "dc.date.issued" or "PubDate".
    namedMeta(root, OLDER_DATE_NAMES) ??
    // The first `<time>` that holds a date: "PT4M" (a reading time) and "12:00" are valid values that are none.
    root.querySelectorAll('time[datetime]').map((el) => el.getAttribute('datetime')?.trim() ?? '').find((value) => parsePublishedDate(value) !== undefined) ??
    (linked?.datePublished !== undefined && parsePublishedDate(linked.datePublished) !== undefined ? linked.datePublished : undefined);
  const url = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]') ?? linked?.url;

  for (const el of root.querySelectorAll('[id], [class]')) if (named(el, COMMENT_NAMES) && el.tagName !== 'BODY' && el.tagName !== 'HTML') el.remove();
  const main = longestArticle(root) ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  // The story's own heading before the page's first: a site header's `<h1>` holds the site's name ("Daily Planet").
  const h1 = (main.querySelector('h1') ?? root.querySelector('h1'))?.text.trim();
  const titleTag = root.querySelector('title')?.text.trim();
  const title = meta('meta[property="og:title"]') ?? (h1 || undefined) ?? linked?.headline ?? pageTitle(titleTag, source ?? siteNamedLike(titleTag, url));
  for (const el of main.querySelectorAll(CHROME)) el.remove();
  for (const el of main.querySelectorAll('[id], [class], [aria-label]')) if (named(el, CHROME_NAMES, CHROME_TOKEN) || /^share(?: (?:this|on|via|article|story|page|post)\b.{0,40})?$/i.test(el.getAttribute('aria-label') ?? '')) el.remove();
  main.querySelector('h1')?.remove();
  const body = blockText(main).replace(/\n{3,}/g, '\n\n').trim();
  if (body === '') return 'no text in the page';
  const placeholder = placeholderPage(titleTag ?? title, body, root.querySelector('meta[http-equiv="refresh" i]') !== null);
  if (placeholder !== undefined) return `not an article: ${placeholder} (${JSON.stringify((titleTag ?? title ?? '').slice(0, 80))})`;
  return { title, body, date, url, source };
}

/**
 * What a saved page is when it is no story: a server's error page, a bot check, a redirect (an indexer review found
 * "Not Found", "Checking if the site connection is secure" and "Redirecting" indexed as articles). Only by a title
 * that is nothing else, or a refresh to another page with a few words, so a story headlined "Access denied to
 * journalists at border" stays one.
 *
 * `placeholderPage('404 Not Found', 'The requested URL was not found on this server.', false)` → `'an error page'`
 */
export function placeholderPage(title: string | undefined, body: string, refreshes: boolean): string | undefined {
  const t = (title ?? '').trim();
  if (ERROR_TITLE.test(t)) return 'an error page';
  if (BOT_CHECK_TITLE.test(t)) return 'a bot check';
  if ((refreshes || /^redirect(?:ing|ed)?\b/i.test(t)) && body.length < 300) return 'a redirect';
  return undefined;
}

const ERROR_TITLE = /^(?:(?:error\s+)?(?:400|401|403|404|410|500|502|503|504)(?:\s*[-:|–]?\s*(?:bad request|unauthori[sz]ed|forbidden|(?:page\s+)?not found|gone|internal server error|bad gateway|service (?:temporarily\s+)?unavailable|gateway time-?out|error))?|(?:page|file|article)\s+not\s+found|not\s+found|access\s+denied|forbidden|service\s+unavailable|internal\s+server\s+error|bad\s+gateway)[.!]?$/i;
const BOT_CHECK_TITLE = /^(?:just a moment\.*|checking (?:if the site connection is secure|your browser)\b.*|attention required!?(?:\s*\|\s*cloudflare)?|ddos-guard|access to this page has been denied\.?|are you a robot\??|captcha)$/i;

/**
 * The page's `<article>` with the most text: a front page or a story page lists teaser cards as articles too, before
 * or after the story ("Related: …" cards above the headline made the first card the article).
 */
function longestArticle(root: HTMLElement): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestLength = -1;
  for (const el of root.querySelectorAll('article')) {
    const length = el.text.length;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/** Whether one of an element's id or class tokens is in `names`: `<div class="content comments">` is in COMMENT_NAMES. */
function named(el: HTMLElement, names: ReadonlySet<string>, pattern?: RegExp): boolean {
  const tokens = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/);
  return tokens.some((n) => names.has(n) || (pattern !== undefined && pattern.test(n)));
}

/**
 * A `<title>` without the site's name, after the headline or before it: `'Talks resume - Daily Planet'` or `'Daily
 * Planet: Talks resume'` with source `Daily Planet` → `'Talks resume'`. Without a known source only `|` parts go, the
 * longest kept (a headline is longer than a site's name): `'Talks resume in Bamako | Planet'` and `'Planet | Talks
 * resume in Bamako'` → `'Talks resume in Bamako'`. Dashes stay: headlines use them ("Mali - Russia talks").
 */
export function pageTitle(title: string | undefined, source: string | undefined): string | undefined {
  if (title === undefined || title === '') return undefined;
  const escaped = source?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let cut: string;
  if (escaped !== undefined && escaped !== '') {
    cut = title.replace(new RegExp(`\\s+[-|–—:·]\\s+${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^\\s*${escaped}\\s*[-|–—:·]\\s+`, 'i'), '').trim();
  } else {
    const parts = title.split(/\s+\|\s+/);
    cut = parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '').trim();
  }
  return cut === '' ? title : cut;
}

/**
 * The site's name as a `<title>` ends or opens with it after a dash, a colon or a dot, when the page's address names
 * the same site: `siteNamedLike('Mining firm fined - Metro Herald', 'https://www.metroherald.com/a/1')` → `'Metro
 * Herald'`; `siteNamedLike('Talks resume - BBC News', 'https://www.bbc.co.uk/news/1')` → `'BBC News'`. A dash
 * between two parts of a headline stays ("Mali - Russia talks" on any site whose name is not "Russia talks"). Pages
 * without a site name of their own had kept " - Metro Herald" in their title (a black-box review).
 */
export function siteNamedLike(title: string | undefined, url: string | undefined): string | undefined {
  if (title === undefined || url === undefined) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return undefined;
  }
  const label = host.split('.')[0] ?? '';
  if (label.length < 2) return undefined;
  const compact = (part: string): string => part.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const sameSite = (part: string): boolean => {
    const c = compact(part);
    return c.length >= 2 && part.split(/\s+/).length <= 5 && (c === label || c.startsWith(label) || label.startsWith(c));
  };
  const last = /\s[-–—:·]\s+([^-–—:·|]+)$/.exec(title)?.[1]?.trim();
  if (last !== undefined && sameSite(last)) return last;
  const first = /^([^-–—:·|]+?)\s*[-–—:·]\s/.exec(title)?.[1]?.trim();
  if (first !== undefined && sameSite(first)) return first;
  return undefined;
}

/**
 * The text of an HTML fragment (a feed item's description), one paragraph per block element.
 * `htmlFragmentText('<p>One &amp; two</p><p>Three</p>')` → `'One & two\n\nThree'`.
 */
export function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const root = parse(`<div>${html}</div>`, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  for (const el of root.querySelectorAll('script, style, iframe, form, button')) el.remove();
  return blockText(root).replace(/\n{3,}/g, '\n\n').trim();
}

function blockText(el: HTMLElement): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) {
      out += decode(node.rawText).replace(/\s+/g, ' ');
    } else if (node.nodeType === 1) {
      const child = node as HTMLElement;
      const block = BLOCKS.has(child.tagName);
      // A table's cells side by side, apart: "EPP189" of <td>EPP</td><td>189</td> was no word a search found.
      const cell = child.tagName === 'TD' || child.tagName === 'TH';
      if (block) out += '\n\n';
      else if (cell) out += ' ';
      out += blockText(child);
      if (block) out += '\n\n';
      else if (cell) out += ' ';
    }
  }
  return out.split('\n').map((l) => l.trim()).join('\n');
}

function decode(text: string): string {
  return parse(`<x>${text}</x>`).text;
}
