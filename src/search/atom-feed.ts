import type { SearchHit } from './search-results.js';
import { articleHref } from './links.js';
import { countryName } from './country-names.js';
import type { SearchState } from './search-state.js';
import { periodLabel, rangeLabel } from './calendar.js';

/**
 * A search's feed as a reader's feed list names it: `feedTitle({ …emptySearch, q: 'coup', countries: ['NE'] })` →
 * `'Dispatch: coup, Niger'`; `feedTitle(emptySearch)` → `'Dispatch: latest articles'`; with `from: '2005-01-01', to:
 * '2005-12-31'` → `'Dispatch: coup, Niger, 2005'`. The dates too: feeds of one search over different periods had one
 * name in a reader's list (a black-box review).
 */
export function feedTitle(state: SearchState): string {
  const dates = [
    state.from !== null || state.to !== null ? rangeLabel(state.from, state.to) : '',
    state.undated ? 'no date' : '',
    state.mentioned !== null ? `mentioning ${periodLabel(state.mentioned)}` : '',
  ];
  const label = [state.q, ...state.actors, ...state.countries.map(countryName), ...dates].filter((s) => s !== '').join(', ');
  return label === '' ? 'Dispatch: latest articles' : `Dispatch: ${label}`;
}

/** Text for XML: the five special characters escaped, and characters XML 1.0 forbids removed. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An undated entry's time: Atom asks one of every entry. */
const UNDATED = new Date(0);

/**
 * An Atom 1.0 feed of a search, newest first: one entry per article, its best passage as the summary, its link
 * the article page. Every text goes through xmlText, so nothing from a document can break out of its element.
 * `previousUrl` and `nextUrl`: the neighbouring pages of the feed, when there are some.
 *
 * Times come from the articles, never the clock: an entry's is its publication's, the feed's its newest entry's.
 * They had been the time of the request for the feed and for its undated entries, so every fetch looked like news to
 * a reader (a black-box review). An undated entry, listed last, has the earliest time Atom can say, 1970-01-01.
 */
export function atomFeed(options: { title: string; selfUrl: string; pageUrl: string; baseUrl: string; hits: readonly SearchHit[]; previousUrl?: string | null; nextUrl?: string | null }): string {
  const times = options.hits.map((hit) => (hit.published !== null ? new Date(hit.published.length === 10 ? `${hit.published}T00:00:00Z` : hit.published) : UNDATED));
  const feedUpdated = new Date(Math.max(UNDATED.getTime(), ...times.map((t) => t.getTime())));
  const entries = options.hits.map((hit, i) => {
    const link = `${options.baseUrl}${articleHref(hit.articleId)}`;
    const updated = times[i]!.toISOString();
    return [
      '  <entry>',
      `    <id>${xmlText(link)}</id>`,
      `    <title>${xmlText(hit.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
      `    <updated>${updated}</updated>`,
      ...(hit.source !== null ? [`    <author><name>${xmlText(hit.source)}</name></author>`] : []),
      `    <summary type="text">${xmlText(hit.passage)}</summary>`,
      ...hit.actors.map((a) => `    <category term="${xmlText(a)}" label="actor"/>`),
      ...hit.countries.map((c) => `    <category term="${xmlText(c.code)}" label="${xmlText(c.name)}"/>`),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(options.selfUrl)}</id>`,
    `  <title>${xmlText(options.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(options.pageUrl)}"/>`,
    // Paged feeds (RFC 5005): a reader can walk to the older entries of a search and back.
    ...(options.previousUrl ? [`  <link rel="previous" type="application/atom+xml" href="${xmlText(options.previousUrl)}"/>`] : []),
    ...(options.nextUrl ? [`  <link rel="next" type="application/atom+xml" href="${xmlText(options.nextUrl)}"/>`] : []),
    `  <updated>${feedUpdated.toISOString()}</updated>`,
    '  <author><name>Dispatch</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
