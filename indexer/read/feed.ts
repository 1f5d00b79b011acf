import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FieldMap } from './field-map.js';
import { htmlFragmentText } from './html.js';
import { articleNamesOf, recordFromFields, type RecordFields } from './records.js';

/** One feed item or entry as record fields, or why it could not be read; `line` is where it starts. */
export type FeedItem = { fields: RecordFields; line: number } | { error: string; line: number; article?: { id: string | undefined; url: string | undefined } };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

/** A feed item bigger than this is refused rather than buffered (a broken file with no closing tag). */
const MAX_ITEM_CHARS = 16 * 1024 * 1024;

/**
 * The items of an RSS (`<item>`) or Atom (`<entry>`) feed, streamed: the text is cut at item boundaries and each
 * item parsed alone, so a feed of any length holds one item in memory, and one malformed item is one skip.
 * The feed's own title (before the first item) becomes each item's `source`.
 *
 * `<rss><channel><title>Wire</title><item><title>A</title><description>&lt;p&gt;B&lt;/p&gt;</description></item>…`
 *   → `{ fields: { title: 'A', body: 'B', source: 'Wire', … }, line: 1 }`
 */
export async function* readFeed(chunks: AsyncIterable<string> | Iterable<string>, map: FieldMap = {}): AsyncGenerator<FeedItem> {
  let buffer = '';
  let line = 1; // line number at buffer[0]
  let head = true;
  let feedTitle: string | undefined;
  /** What names the feed itself (its site link, or its Atom id), to scope item guids that are only unique in it. */
  let feedHome: string | undefined;
  /** What the items' relative links are relative to (linkBase). */
  let feedBase: string | undefined;
  let sawRoot = false;

  const advance = (to: number): void => {
    for (let i = 0; i < to; i++) if (buffer.charCodeAt(i) === 10) line++;
    buffer = buffer.slice(to);
  };

  for await (const chunk of chunks) {
    buffer += chunk;
    for (;;) {
      const start = /<(item|entry)[\s>/]/.exec(buffer);
      if (head) {
        const before = start === null ? buffer : buffer.slice(0, start.index);
        if (/<(rss|feed|rdf:RDF)[\s>]/.test(before)) sawRoot = true;
        feedTitle ??= /<title[^>]*>([\s\S]*?)<\/title>/.exec(before)?.[1];
        feedHome ??= /<link>\s*([^<\s]+)\s*<\/link>/.exec(before)?.[1] ?? /<id>\s*([^<\s]+)\s*<\/id>/.exec(before)?.[1];
        feedBase ??= linkBase(before);
        if (start === null) {
          if (buffer.length > 1024 * 1024 && !sawRoot) {
            yield { error: 'not an RSS or Atom feed: expected <rss>, <feed> or <rdf:RDF> before the items', line };
            return;
          }
          break;
        }
        head = false;
        if (!sawRoot) {
          yield { error: 'not an RSS or Atom feed: expected <rss>, <feed> or <rdf:RDF> before the items', line };
          return;
        }
      }
      if (start === null) {
        // Keep a possible partial "<item" at the end; drop the rest (whitespace, closing tags).
        const keep = buffer.lastIndexOf('<');
        advance(keep === -1 ? buffer.length : keep);
        break;
      }
      const tag = start[1]!;
      const end = findEnd(buffer, start.index, `</${tag}>`);
      if (end === -1) {
        if (buffer.length - start.index > MAX_ITEM_CHARS) {
          advance(start.index);
          yield { error: `an <${tag}> larger than ${MAX_ITEM_CHARS / 1e6} MB or never closed: the rest of the feed is not read`, line };
          return;
        }
        break; // need more text
      }
      advance(start.index);
      const itemLine = line;
      const length = end - start.index;
      const xml = buffer.slice(0, length);
      advance(length);
      const title = feedTitle === undefined ? undefined : plainText(feedTitle);
      yield itemFields(xml, tag, itemLine, { source: title, home: feedHome ?? title, base: feedBase }, map);
    }
  }
  if (head && !sawRoot) yield { error: 'not an RSS or Atom feed: expected <rss>, <feed> or <rdf:RDF>', line };
  else if (/<(item|entry)[\s>/]/.test(buffer)) yield { error: 'unexpected end of file inside an item', line };
}

/** End of the item (after its closing tag), looking past CDATA sections that may contain anything. */
function findEnd(text: string, from: number, close: string): number {
  let i = from;
  for (;;) {
    const closeAt = text.indexOf(close, i);
    const cdata = text.indexOf('<![CDATA[', i);
    if (closeAt === -1) return -1;
    if (cdata === -1 || cdata > closeAt) return closeAt + close.length;
    const cdataEnd = text.indexOf(']]>', cdata);
    if (cdataEnd === -1) return -1;
    i = cdataEnd + 3;
  }
}

/** A `&` that starts no entity or character reference ("AT&T"), outside CDATA sections. */
const BARE_AMPERSAND = /&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);)/g;

/**
 * The item with each bare `&` written `&amp;`, CDATA sections left as they are. Feeds write "AT&T" raw more often than
 * any other mistake, and feed readers take it as meant; the XML parser refused the item (an indexer review).
 *
 * `withEscapedAmpersands('<title>AT&T &amp; Co</title>')` → `'<title>AT&amp;T &amp; Co</title>'`
 */
export function withEscapedAmpersands(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;')))
    .join('');
}

function itemFields(raw: string, tag: string, line: number, feed: FeedContext, map: FieldMap): FeedItem {
  let xml = raw;
  let valid = XMLValidator.validate(xml);
  if (valid !== true && raw.includes('&')) {
    const escaped = withEscapedAmpersands(raw);
    const again = XMLValidator.validate(escaped);
    if (again === true) [xml, valid] = [escaped, again];
  }
  if (valid !== true) return { error: `malformed XML in <${tag}>: ${valid.err.msg} (line ${line + valid.err.line - 1})`, line };
  const item = (parser.parse(xml) as Record<string, unknown>)[tag];
  if (typeof item !== 'object' || item === null) return { error: `empty <${tag}>`, line };
  const fields = feedRecord(item as Record<string, unknown>, feed, { title: xhtmlOf(xml, 'title'), content: xhtmlOf(xml, 'content'), summary: xhtmlOf(xml, 'summary') });
  const result = recordFromFields(fields, map);
  if (typeof result === 'string') {
    const article = articleNamesOf(fields, map);
    return { error: result, line, ...(article !== undefined ? { article } : {}) };
  }
  return { fields: result, line };
}

/**
 * The markup of an Atom text construct given as inline XHTML (`<content type="xhtml"><div>…</div></content>`), taken
 * before the XML parser turns it into nested elements. `xhtmlOf('<title type="xhtml"><div>A</div></title>', 'title')`
 * → `'<div>A</div>'`
 */
function xhtmlOf(xml: string, tag: 'title' | 'content' | 'summary'): string | undefined {
  return new RegExp(`<${tag}\\b[^>]*\\btype\\s*=\\s*["']xhtml["'][^>]*>([\\s\\S]*?)</${tag}\\s*>`).exec(xml)?.[1];
}

/**
 * The id of a feed item: an RSS guid is only promised to be unique within its feed, and two feeds numbering their
 * items "100" would be one article; so a guid that is not a URI (no scheme) is prefixed with a short, readable name
 * of the feed (its site's host and path, else its title). Atom ids are URIs by the standard, and URL guids are
 * unique as they are.
 *
 * `itemId('100', 'https://a.example/news')` → `'a-example-news-100'`; `itemId('https://a.example/p/100', 'x')` → the URL
 */
export function itemId(guid: string | undefined, home: string | undefined): string | undefined {
  if (guid === undefined || home === undefined || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(guid.trim())) return guid;
  let name = home;
  try {
    const url = new URL(home);
    name = url.host + url.pathname;
  } catch {
    // Not a URL: the feed's title or a plain id.
  }
  const slug = name.toLowerCase().replace(/^www\./, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '');
  return slug === '' ? guid : `${slug}-${guid.trim()}`;
}

/** What a feed's items are read with: its title (their source), what names it (for guids) and its links' base. */
interface FeedContext {
  source: string | undefined;
  home: string | undefined;
  base: string | undefined;
}

/**
 * The base of a feed's relative links, from its head (the text before the first item): the root's `xml:base`, else
 * the RSS channel's `<link>`, else the Atom feed's alternate `<link href>`. Only http(s) addresses.
 *
 * `linkBase('<rss><channel><link>https://wire.example.com/world</link>')` → `'https://wire.example.com/world'`
 */
export function linkBase(head: string): string | undefined {
  const candidates = [
    /<(?:feed|rss|channel)\b[^>]*\bxml:base\s*=\s*["']([^"']+)["']/.exec(head)?.[1],
    /<link>\s*([^<\s]+)\s*<\/link>/.exec(head)?.[1],
    /<link\b(?![^>]*\brel\s*=\s*["'](?!alternate)[^"']*["'])[^>]*\bhref\s*=\s*["']([^"']+)["']/.exec(head)?.[1],
  ];
  return candidates.find((c) => c !== undefined && /^https?:\/\//i.test(c.trim()))?.trim();
}

/**
 * A link made absolute against `base` when it is relative and the base is an http(s) address; else as it is.
 *
 * `absoluteLink('/world/zambia-imf', 'https://wire.example.com/world')` → `'https://wire.example.com/world/zambia-imf'`
 */
export function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined || base === undefined || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(link.trim())) return link;
  try {
    return new URL(link.trim(), base).href;
  } catch {
    return link;
  }
}

/** An RSS item or Atom entry as a plain record: HTML bodies to text, Atom links and ids read from attributes. */
function feedRecord(item: Record<string, unknown>, feed: FeedContext, xhtml: { title?: string | undefined; content?: string | undefined; summary?: string | undefined }): Record<string, unknown> {
  const text = (v: unknown): string | undefined => {
    if (Array.isArray(v)) return text(v[0]);
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null && '#text' in v) return String((v as Record<string, unknown>)['#text']);
    return undefined;
  };
  const link = (v: unknown): string | undefined => {
    const links = Array.isArray(v) ? v : [v];
    for (const l of links) {
      if (typeof l === 'string') return l;
      if (typeof l === 'object' && l !== null) {
        const o = l as Record<string, unknown>;
        if (typeof o['@_href'] === 'string' && (o['@_rel'] === undefined || o['@_rel'] === 'alternate')) return o['@_href'];
      }
    }
    return undefined;
  };
  // The full text before any teaser, whichever way each is written.
  const html = xhtml.content ?? text(item['content:encoded']) ?? text(item.content) ?? xhtml.summary ?? text(item.description) ?? text(item.summary);
  const body = html === undefined ? undefined : htmlFragmentText(html);
  return {
    ...item,
    id: itemId(text(item.guid), feed.home) ?? text(item.id),
    title: xhtml.title !== undefined ? plainText(xhtml.title) : text(item.title) === undefined ? undefined : plainText(text(item.title)!),
    body: body === '' ? undefined : body,
    date: text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated),
    // A relative link ("/world/zambia-imf") is the feed's: resolved against the entry's or the feed's xml:base, else
    // the site the channel links to. Left relative, it named no page and was dropped.
    url: absoluteLink(link(item.link), typeof item['@_xml:base'] === 'string' ? absoluteLink(item['@_xml:base'], feed.base) : feed.base),
    source: text(item.source) ?? feed.source,
  };
}

function plainText(s: string): string {
  return htmlFragmentText(s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')).replace(/\s+/g, ' ').trim();
}
