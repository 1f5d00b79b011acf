import type { PassageDocument } from '../meili/passage-document.js';
import { countryName, isCountryCode } from './country-names.js';
import { escapeHtml } from './highlight.js';
import { safeHttpUrl } from './safe-url.js';
import { emptySearch } from './search-state.js';
import { MAX_QUERY_CHARS } from './parse-search-params.js';
import { countriesInQuery } from './country-words.js';
import { soughtWordCount } from './query-words.js';
import { charCount } from '../text/char-count.js';
import { searchHref } from './search-url.js';
import { mentionedDateLabel } from './calendar.js';
import { articleHref, entityHref } from './links.js';
import type { QueryWords } from './search-request.js';
import { utf8Ranges, type TextRange } from '../text/utf8-ranges.js';

export interface ArticleModel {
  id: string;
  title: string;
  published: string | null;
  url: string | null;
  source: string | null;
  /** `marked`: whether the search the page was opened from has words marked in it (articleModel's `marks`). */
  passages: { position: number; id: string; html: string; text: string; marked: boolean }[];
  countries: { code: string; name: string; count: number; href: string; entityHref: string }[];
  actors: { name: string; kind: string; count: number; href: string; entityHref: string }[];
  /** `href`: the search for the period it falls in (mentionedHref), null for a day without its year. */
  /** `label`: the value as the page lists it (mentionedDateLabel: a day without its year in words). */
  dates: { value: string; label: string; text: string; count: number; href: string | null }[];
  /** The other filings of the same story under other ids (storyCopies), which searches fold into this one. */
  copies: StoryCopy[];
}

/** Another filing of an article's story: the same title and text under another id (PassageDocument.storyKey). */
export interface StoryCopy {
  id: string;
  /** Its publication day. */
  published: string | null;
  href: string;
}

/**
 * Passages of one article → the article page and `/api/articles/:id`. Each tagged mention is wrapped in a link to
 * the filter it stands for, so a reader sees why the article carries each tag. The text is escaped piece by piece.
 * `marks`: where the words of the search the page was opened from are, by passage position (search-service
 * `wordsIn`, UTF-8 byte ranges), marked as the results mark them: opened from a search, the article had shown no
 * sign of what was searched (a black-box review).
 */
export function articleModel(passages: readonly PassageDocument[], marks?: ReadonlyMap<number, readonly { start: number; length: number }[]>): ArticleModel | undefined {
  const first = passages[0];
  if (first === undefined) return undefined;
  const tags = first.articleTags ?? { countries: [], actors: [], dates: [] };
  return {
    id: first.articleId,
    title: first.title,
    published: first.published,
    url: safeHttpUrl(first.url),
    source: first.source,
    passages: passages.map((p) => {
      const marked = utf8Ranges(p.text, marks?.get(p.position) ?? []);
      return { position: p.position, id: `p${p.position}`, html: markEvidence(p, marked), text: p.text, marked: marked.length > 0 };
    }),
    countries: tags.countries.map((c) => ({ code: c.code, name: countryName(c.code), count: c.count, href: searchHref({ ...emptySearch, countries: [c.code] }), entityHref: entityHref({ kind: 'country', code: c.code }) })),
    actors: tags.actors.map((a) => ({ name: a.name, kind: a.kind, count: a.count, href: searchHref({ ...emptySearch, actors: [a.name] }), entityHref: entityHref({ kind: 'actor', name: a.name }) })),
    dates: tags.dates.map((d) => ({ value: d.value, label: mentionedDateLabel(d.value), text: d.text, count: d.count, href: mentionedHref(d.value) })),
    copies: [],
  };
}

/**
 * The search for the articles talking about the period a mentioned date falls in, as the "dates mentioned" facet
 * files it: a day's or a month's month, a year. A day without its year ("--03-02") has no period. The legend says every
 * tagged mention links to its filter; dates had linked nowhere (a black-box review).
 *
 * `mentionedHref('1987-03-02')` → `'/?mentioned=1987-03'`; `mentionedHref('2001')` → `'/?mentioned=2001'`; `mentionedHref('--03-02')` → `null`
 */
export function mentionedHref(value: string): string | null {
  // A month the search parameters take (01–12); a date with another reads as its year.
  const period = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?/.exec(value)?.[0];
  return period === undefined ? null : searchHref({ ...emptySearch, mentioned: period });
}

/** Copies of the story (search-service `related`'s `copies`) → the article's list: `[reuters-965 of 1987-03-03T08:13Z]` → `[{ id: 'reuters-965', published: '1987-03-03', href: '/articles/reuters-965' }]` */
export function storyCopies(documents: readonly Pick<PassageDocument, 'articleId' | 'published'>[]): StoryCopy[] {
  return documents.map((d) => ({ id: d.articleId, published: d.published?.slice(0, 10) ?? null, href: articleHref(d.articleId) }));
}

/**
 * The article's actors with the kinds the rest of the site gives them: the tagger decides person or organisation
 * within one article, the facets by the majority of the articles naming an actor (actor-kinds.ts), and a page must
 * not call "Allen" a person in the facet and an organisation on the article. An actor `kinds` lacks keeps the article's.
 *
 * `withSiteKinds(article with Bank (person), new Map([['Bank', 'organisation']]))` → Bank (organisation)
 */
export function withSiteKinds(article: ArticleModel, kinds: ReadonlyMap<string, string>): ArticleModel {
  return { ...article, actors: article.actors.map((a) => ({ ...a, kind: kinds.get(a.name) ?? a.kind })) };
}

/**
 * Mentions in the order they start, the longer first where two start together: "American Express" (an actor) before
 * the "American" in it (the country), which markEvidence then skips. The country had been linked and the company not
 * (a black-box review: "American Express", "British Airways", "Japan Airlines").
 *
 * `outermost([American (country, 0–8), American Express (actor, 0–16)])` → `[American Express, American]`
 */
export function outermost<T extends { start: number; end: number }>(mentions: readonly T[]): T[] {
  return [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
}

function markEvidence(passage: PassageDocument, marked: readonly TextRange[]): string {
  const piece = (from: number, to: number): string => markedText(passage.text, from, to, marked);
  let html = '';
  let at = 0;
  for (const e of outermost(passage.evidence)) {
    if (e.start < at) continue; // overlapping mentions: keep the first
    html += piece(at, e.start);
    const label = e.facet === 'country' ? countryName(e.value) : e.value;
    const inner = piece(e.start, e.end);
    const period = e.facet === 'date' ? mentionedHref(e.value) : null;
    if (e.facet === 'date' && period === null) {
      html += `<time class="tag tag-date" datetime="${escapeHtml(e.value)}" title="${escapeHtml(label)}">${inner}</time>`;
    } else if (e.facet === 'date') {
      html += `<a class="tag tag-date" href="${escapeHtml(period!)}" title="${escapeHtml(`date: ${label}`)}"><time datetime="${escapeHtml(e.value)}">${inner}</time></a>`;
    } else {
      const href = searchHref({ ...emptySearch, ...(e.facet === 'country' ? { countries: [e.value] } : { actors: [e.value] }) });
      html += `<a class="tag tag-${e.facet}" href="${escapeHtml(href)}" title="${escapeHtml(`${e.facet}: ${label}`)}">${inner}</a>`;
    }
    at = e.end;
  }
  return html + piece(at, passage.text.length);
}

/**
 * `text` from `from` to `to`, escaped, its stretches inside `marked` (sorted, apart) in `<mark>`: a word marked
 * across a tagged mention's edge is marked on both sides of it, and the elements stay nested.
 *
 * `markedText('a coup <here>', 0, 13, [{ start: 2, end: 6 }])` → `'a <mark>coup</mark> &lt;here&gt;'`
 */
export function markedText(text: string, from: number, to: number, marked: readonly TextRange[]): string {
  let html = '';
  let at = from;
  for (const r of marked) {
    if (r.end <= at) continue;
    if (r.start >= to) break;
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, to);
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at, to));
}

/** What the article page shows beyond the article: a way back to the search it came from, labels ready. */
export interface ArticlePageModel extends Omit<ArticleModel, 'passages' | 'countries' | 'actors'> {
  /** The link back to the page the article was opened from (backLink). */
  back: { href: string; label: string };
  /** Where the words of the search it was opened from are marked ("Marked: the words of “coup”, in 2 of 5 passages."), or null. */
  marksNote: string | null;
  /** The publication day, or "No date", as the Published facet names the undated articles. */
  publishedLabel: string;
  /** The related articles, each with its line under the title: "2024-01-01 · shares A, B". */
  related: (RelatedArticle & { note: string })[];
  /** The story's other filings, each labelled by its day (or its id, undated). */
  copies: (StoryCopy & { label: string })[];
  passages: (ArticleModel['passages'][number] & { label: string })[];
  countries: (ArticleModel['countries'][number] & { countLabel: string })[];
  actors: (ArticleModel['actors'][number] & { countLabel: string })[];
}

/** The longest search address a "← Search" link carries back; longer ones go back to the front page. */
const MAX_BACK_CHARS = 4000;

/**
 * The page an article was opened from, as a link back: only an address of the search page itself (`/` or `/?…`) or
 * of an entity page (`/actors/Kofi%20Annan`, `/countries/NE`: "← Search" had gone to the front page from those, a
 * black-box review), never another site or path (`from=//evil.example` or `from=/admin` go back to `/`).
 *
 * `backLink('/?q=coup&country=NE')` → `{ href: '/?q=coup&country=NE', label: 'Search' }`;
 * `backLink('/actors/Kofi%20Annan')` → `{ href: '/actors/Kofi%20Annan', label: 'Kofi Annan' }`; `backLink('https://evil.example')` → `{ href: '/', label: 'Search' }`
 */
export function backLink(from: unknown): { href: string; label: string } {
  if (typeof from !== 'string' || from.length > MAX_BACK_CHARS) return { href: '/', label: 'Search' };
  if (/^\/(?:\?[^#\s]*)?$/.test(from)) return { href: from, label: 'Search' };
  const actor = /^\/actors\/((?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-Fa-f]{2})+)$/.exec(from)?.[1];
  if (actor !== undefined) {
    try {
      return { href: from, label: decodeURIComponent(actor) };
    } catch {
      return { href: '/', label: 'Search' };
    }
  }
  const country = /^\/countries\/([A-Z]{2})$/.exec(from)?.[1];
  if (country !== undefined && isCountryCode(country)) return { href: from, label: countryName(country) };
  return { href: '/', label: 'Search' };
}

/**
 * The words of the search an article was opened from (`from`, a search page's address as backLink takes it), to mark
 * them in its text; none from an entity page, a search without words, or an address backLink refuses.
 *
 * `searchedWords('/?q=coup&country=NE')` → `{ q: 'coup', match: 'all' }`; `searchedWords('/?q=Bush+met+Blair&match=most')` → `{ q: 'Bush met Blair', match: 'most' }`;
 * `searchedWords('/actors/Kofi%20Annan')` → `null`; `searchedWords('/?country=NE')` → `null`
 */
export function searchedWords(from: unknown): QueryWords | null {
  if (typeof from !== 'string' || !from.startsWith('/?') || backLink(from).href !== from) return null;
  const params = new URLSearchParams(from.slice(2));
  const q = (params.get('q') ?? '').trim();
  if (q === '' || charCount(q) > MAX_QUERY_CHARS) return null;
  return { q, match: params.get('match') === 'most' ? 'most' : 'all' };
}

/**
 * ArticleModel → the article page's model: passages numbered as the results list names them ("§2"), a tag named only
 * in the title says so instead of "0", and the link back keeps the search's words and filters.
 */
export function articlePageModel(article: ArticleModel, from: unknown, related: readonly RelatedArticle[] = []): ArticlePageModel {
  const countLabel = (count: number): string => (count === 0 ? 'in the title' : String(count));
  return {
    ...article,
    back: backLink(from),
    marksNote: marksNote(article, searchedWords(from)),
    publishedLabel: article.published?.slice(0, 10) ?? 'No date',
    related: related.map((r) => ({ ...r, note: [r.published ?? '', r.shared.length > 0 ? `shares ${r.shared.join(', ')}` : ''].filter((s) => s !== '').join(' · ') })),
    copies: article.copies.map((c) => ({ ...c, label: c.published ?? c.id })),
    passages: article.passages.map((p) => ({ ...p, label: `§${p.position + 1}` })),
    countries: article.countries.map((c) => ({ ...c, countLabel: countLabel(c.count) })),
    actors: article.actors.map((a) => ({ ...a, countLabel: countLabel(a.count) })),
  };
}

/** `marksNote(article with 2 of 5 passages marked, { q: 'coup' })` → `'Marked: the words of “coup”, in 2 of 5 passages.'`; none marked: null. */
function marksNote(article: ArticleModel, words: QueryWords | null): string | null {
  const marked = article.passages.filter((p) => p.marked).length;
  if (words === null || marked === 0) return null;
  const total = article.passages.length;
  // A country word ("US") is searched as the country's tags, underlined already, not marked: the note names the rest.
  const marks = countriesInQuery(words.q).q;
  // Any of several words is marked, where a search's passage holds all (or most) of them: the note says so.
  const which = soughtWordCount(marks) > 1 ? 'any of the words of' : 'the words of';
  return `Marked: ${which} “${marks}”, in ${total === 1 ? 'its one passage' : `${marked} of ${total} passages`}.`;
}

/** Another article naming some of this one's actors, as the article page and `/api/articles/:id` list it. */
export interface RelatedArticle {
  title: string;
  published: string | null;
  href: string;
  /** Which of this article's actors it names too (at most 4). */
  shared: string[];
}

/**
 * The actors related articles are looked up by: the article's three leading ones that name someone in particular. A
 * person named by one word ("Allen", "Brown": a surname the article never gave in full) is left out while the article
 * has others: across articles the word is many people, and related articles "shared" only a surname (the review's
 * FEMA story linked a Senate vote through "Allen").
 *
 * `relatedActorsOf(actors Allen (person), FEMA, Michael Brown)` → `['FEMA', 'Michael Brown']`
 */
export function relatedActorsOf(article: ArticleModel): string[] {
  const named = article.actors.filter((a) => !(a.kind === 'person' && !/\s/.test(a.name.trim())));
  return (named.length > 0 ? named : article.actors).slice(0, 3).map((a) => a.name);
}

/** Related documents (search-service `related`) → the list: each with its day and the actors it shares with `article`. */
export function relatedArticles(article: ArticleModel, documents: readonly Pick<PassageDocument, 'articleId' | 'title' | 'published' | 'articleActors'>[]): RelatedArticle[] {
  const mine = new Set(article.actors.map((a) => a.name));
  return documents.map((d) => ({
    title: d.title,
    published: d.published?.slice(0, 10) ?? null,
    href: articleHref(d.articleId),
    shared: d.articleActors.filter((a) => mine.has(a)).slice(0, 4),
  }));
}
