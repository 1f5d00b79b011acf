import { codeHint, isCountryCode } from './country-names.js';
import { AppError } from '../web/app-error.js';
import { actorKey } from '../meili/passage-document.js';
import { charCount, clipChars } from '../text/char-count.js';
import { daysInMonth, monthLabel } from './calendar.js';
import { DEFAULT_PAGE_SIZE, FACET_NAMES, MATCH_MODES, MAX_PAGE_SIZE, MAX_TOTAL_HITS, SORT_ORDERS, type FacetName, type MatchMode, type SearchState, type SortOrder } from './search-state.js';

/** Lengths in characters (code points: `charCount`), so that every script gets the same room. */
export const MAX_QUERY_CHARS = 500;
const MAX_VALUES = 50;
export const MAX_ACTOR_CHARS = 200;

type Query = Record<string, unknown>;

/** The parameters that choose which articles a search finds. */
export const RESULT_PARAMS = ['q', 'match', 'country', 'actor', 'notCountry', 'notActor', 'together', 'allActors', 'from', 'to', 'undated', 'mentioned'] as const;
/** Those and the order and page of the results: what the exports take, and the API besides its own options. */
export const SEARCH_PARAMS = [...RESULT_PARAMS, 'sort', 'page', 'pageSize'] as const;
/** Parameters that shape a page but not a result set. */
export const PAGE_PARAMS = ['more', 'actorQuery', 'matchFor'] as const;
/**
 * What the actor facet search (`/api/facets/actor`) takes. Not `actor` and `together`: the actor values are counted
 * without the actor selection (disjunctive faceting, as the page's counts), so those would change nothing; nor
 * `sort`, `page` and `pageSize`, which order and page articles, and it answers values.
 */
export const ACTOR_FACET_PARAMS = ['facetQuery', ...RESULT_PARAMS.filter((p) => p !== 'actor' && p !== 'together' && p !== 'allActors')] as const;

/**
 * What the Atom feed takes: the search's filters and `page`. Its order (newest first) and size (50 entries) are its
 * own, so `sort` and `pageSize` are not among them. Like the pages, the feed ignores what it does not take (feed
 * readers add `utm_source` and the like) and still checks what it takes.
 */
export const FEED_PARAMS = [...RESULT_PARAMS, 'page'] as const;

export interface ParseOptions {
  /** The parameters the endpoint takes (default `SEARCH_PARAMS`); any other is refused, or with `allowUnknown` ignored. */
  accepts?: readonly string[];
  /**
   * Pages and the feed ignore parameters they do not take (tracking tags a link or a feed reader adds), unread; the
   * API and the exports refuse them (a typo must not widen a search unseen).
   */
  allowUnknown?: boolean;
  /** Export allows larger pages than the API. */
  maxPageSize?: number;
  /** How deep pages go, in articles (default MAX_TOTAL_HITS); exports go deeper (MAX_EXPORTED_HITS). */
  maxDepth?: number;
  /** Where the actor value search comes from: the page's form field `actorQuery` (default), the API's `facetQuery`. */
  actorQueryParam?: 'actorQuery' | 'facetQuery';
  /**
   * The page's form carries `undated=1` as a hidden field beside its own date fields: a date typed there is a new
   * choice, which replaces "No date". Elsewhere both at once is a 400 (a range holds no undated article).
   */
  datesReplaceUndated?: boolean;
}

/**
 * A 400 naming the first parameter that is not in `accepts`, and listing those that are: a typo must not silently
 * widen a search, and a parameter an endpoint would not use must not look applied.
 *
 * `refuseUnknown({ query: 'tchi' }, ['facetQuery', 'q'])` → throws 400 `unknown parameter "query": expected one of facetQuery, q`
 */
export function refuseUnknown(query: Query, accepts: readonly string[]): void {
  const unknown = Object.keys(query).find((k) => !accepts.includes(k));
  if (unknown !== undefined) {
    throw AppError.badRequest(`unknown parameter ${JSON.stringify(clip(unknown))}: ${accepts.length === 0 ? 'this endpoint takes none' : `expected one of ${accepts.join(', ')}`}`);
  }
}

/** The parameters of `query` that are in `accepts`: `onlyAccepted({ q: 'a', utm_source: 'rss' }, ['q'])` → `{ q: 'a' }` */
export function onlyAccepted(query: Query, accepts: readonly string[]): Query {
  return Object.fromEntries(Object.entries(query).filter(([k]) => accepts.includes(k)));
}

/** `blankAsEmpty(' ')` → `''`; `blankAsEmpty('oil ')` → `'oil '` (a trailing space says the last word is whole). */
function blankAsEmpty(text: string): string {
  return text.trim() === '' ? '' : text;
}

/**
 * A query as searched: runs of white space one space, invisible format and control characters dropped, blank as none,
 * and a dash before a word the minus that leaves it out. (A NUL of `q=abc%00def` reached the page's title and the
 * feed's link as it came: a black-box review.)
 *
 * `asQuery('Iraq\u00a0 war')` → `'Iraq war'`; `asQuery('abc\u0000def')` → `'abcdef'`; `asQuery(' ')` → `''`;
 * `asQuery('oil –gas --coal')` → `'oil -gas -coal'`
 */
function asQuery(text: string): string {
  return blankAsEmpty(withoutControls(text.replace(/\p{Cf}/gu, '').replace(/\s+/gu, ' ')).replace(EXCLUDING_DASH, '-'));
}

/**
 * A dash as a phone, a word processor or a hurried hand types the minus before a word: an en or em dash, a minus
 * sign, two hyphens. Meilisearch excludes only after "-", and read `oil –gas` as `oil gas`: 292 articles where `oil
 * -gas` finds 907, the page saying nothing (a black-box review). A dash inside a word or a range ("1990–1995") stays.
 */
const EXCLUDING_DASH = /(?<![^\s])(?:-{2,}|[\u2012-\u2015\u2212]-*)(?=[\p{L}\p{N}"\u201c\u201d\u201e\u00ab])/gu;

/** Without control characters (white space is the caller's): `withoutControls('a\u0000b\u007f')` → `'ab'` */
const withoutControls = (text: string): string => text.replace(/\p{Cc}/gu, '');

/**
 * URL query → SearchState, every parameter checked. A violation is a 400 whose message names the parameter, what
 * was expected and what came. Empty values (an unset form field) count as absent.
 *
 * `parseSearchParams({ q: 'coup', country: ['ne', 'ML'], from: '2023' })`
 *   → `{ …emptySearch, q: 'coup', countries: ['NE', 'ML'], from: '2023-01-01' }`
 */
export function parseSearchParams(given: Query, options: ParseOptions = {}): SearchState {
  const accepts = options.accepts ?? SEARCH_PARAMS;
  if (!(options.allowUnknown ?? false)) refuseUnknown(given, accepts);
  // Whatever the endpoint does not take is never read, so it cannot change the search.
  const query = onlyAccepted(given, accepts);
  // Any run of white space is one space: a phrase pasted from a web page or a word processor holds no-break spaces
  // (U+00A0), which Meilisearch reads as part of a word ("Iraq war" found nothing). Invisible format characters go: a
  // pasted zero-width space (U+200B) was a query of its own, which found nothing where a blank one lists everything.
  // White space alone is no query (it was a search of its own, `q=+`, which a page's short address kept).
  const q = asQuery(single(query, 'q') ?? '');
  if (charCount(q) > MAX_QUERY_CHARS) throw AppError.badRequest(`q: expected at most ${MAX_QUERY_CHARS} characters, got ${charCount(q)}`);

  const from = dateParam(query, 'from', 'start');
  const to = dateParam(query, 'to', 'end');
  // Named first, as every message that names its parameter, so that the error page offers the same search without it.
  if (from !== null && to !== null && from > to) throw AppError.badRequest(`from: ${from} is after to (${to}): expected a start on or before the end`);
  const undatedValue = flag(query, 'undated');
  const ranged = from !== null || to !== null;
  if (undatedValue && ranged && !(options.datesReplaceUndated ?? false)) {
    throw AppError.badRequest('undated=1 asks for articles with no publication date, from and to for a range of dates: expected one or the other');
  }
  const undated = undatedValue && !ranged;

  const mentioned = single(query, 'mentioned') ?? null;
  if (mentioned !== null && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(mentioned)) {
    throw AppError.badRequest(`mentioned: expected a year (YYYY) or a month (YYYY-MM), got ${JSON.stringify(clip(mentioned))}`);
  }

  const sortValue = single(query, 'sort') ?? 'relevance';
  if (!(SORT_ORDERS as readonly string[]).includes(sortValue)) {
    throw AppError.badRequest(`sort: expected one of ${SORT_ORDERS.join(', ')}, got ${JSON.stringify(clip(sortValue))}`);
  }
  const matchValue = single(query, 'match') ?? 'all';
  if (!(MATCH_MODES as readonly string[]).includes(matchValue)) {
    throw AppError.badRequest(`match: expected one of ${MATCH_MODES.join(', ')}, got ${JSON.stringify(clip(matchValue))}`);
  }
  // The search form sends the query a mode was chosen for (`matchFor`): another query in the box is a new search,
  // which every word must match again; the same query with a new sort or date keeps the mode.
  const matchFor = single(query, 'matchFor');
  const match = matchFor !== undefined && asQuery(matchFor) !== q ? 'all' : matchValue;
  const together = flag(query, 'together');
  const allActors = flag(query, 'allActors');

  const maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
  const pageSize = integer(query, 'pageSize', DEFAULT_PAGE_SIZE, 1, maxPageSize);
  const page = integer(query, 'page', 1, 1, Math.max(1, Math.floor((options.maxDepth ?? MAX_TOTAL_HITS) / pageSize)));

  const expanded = many(query, 'more').map((m) => {
    if (!(FACET_NAMES as readonly string[]).includes(m)) throw AppError.badRequest(`more: expected one of ${FACET_NAMES.join(', ')}, got ${JSON.stringify(clip(m))}`);
    return m as FacetName;
  });
  const actorQueryParam = options.actorQueryParam ?? 'actorQuery';
  const actorQuery = blankAsEmpty(single(query, actorQueryParam) ?? '');
  if (charCount(actorQuery) > MAX_ACTOR_CHARS) throw AppError.badRequest(`${actorQueryParam}: expected at most ${MAX_ACTOR_CHARS} characters, got ${charCount(actorQuery)}`);

  const countries = countryCodes(query, 'country');
  const notCountries = countryCodes(query, 'notCountry');
  const actors = actorNames(query, 'actor');
  const notActors = actorNames(query, 'notActor');
  // A value asked for and left out finds nothing, and the page could show it as neither (a black-box review).
  const bothCountry = countries.find((c) => notCountries.includes(c));
  if (bothCountry !== undefined) throw AppError.badRequest(`country and notCountry both name ${bothCountry}: expected a country in one of them`);
  // (By the key the filters use; a name of no letters or figures has none.)
  const leftOut = new Set(notActors.map(actorKey));
  const bothActor = actors.find((a) => { const key = actorKey(a); return key !== '' && leftOut.has(key); });
  if (bothActor !== undefined) throw AppError.badRequest(`actor and notActor both name ${JSON.stringify(clip(bothActor))}: expected an actor in one of them`);

  return {
    q,
    match: match as MatchMode,
    countries,
    actors,
    notCountries,
    notActors,
    together,
    allActors,
    from,
    to,
    undated,
    mentioned,
    sort: sortValue as SortOrder,
    page,
    pageSize,
    expanded: unique(expanded) as FacetName[],
    actorQuery,
    ...(undatedValue && ranged ? { undatedReplaced: true as const } : {}),
  };
}

function countryCodes(query: Query, name: string): string[] {
  return unique(
    many(query, name).map((c) => {
      if (!/^[A-Za-z]{2}$/.test(c)) throw AppError.badRequest(`${name}: expected a two-letter ISO 3166 code such as NE, got ${JSON.stringify(clip(c))}`);
      const code = c.toUpperCase();
      // A code no country has matches nothing: said, rather than an empty result under a chip "Country: UK".
      if (!isCountryCode(code)) throw AppError.badRequest(`${name}: no country has the code ${code}${codeHint(code)}`);
      return code;
    }),
  );
}

function actorNames(query: Query, name: string): string[] {
  return unique(
    many(query, name).map((a) => {
      const actor = withoutControls(a.replace(/\s+/gu, ' ')).trim();
      if (charCount(actor) > MAX_ACTOR_CHARS) throw AppError.badRequest(`${name}: expected a name of at most ${MAX_ACTOR_CHARS} characters, got ${charCount(actor)}`);
      return actor;
    }),
  ).filter((a) => a !== '');
}

/** A switch: `1` on, `0` or absent off. `flag({ together: '1' }, 'together')` → `true`; `flag({ together: 'yes' }, …)` → 400 */
function flag(query: Query, name: string): boolean {
  const value = single(query, name) ?? '0';
  if (value !== '0' && value !== '1') throw AppError.badRequest(`${name}: expected 1 or 0, got ${JSON.stringify(clip(value))}`);
  return value === '1';
}

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    const values = value.filter((v) => v !== '');
    if (values.length > 1) throw AppError.badRequest(`${name}: expected one value, got ${values.length}`);
    return typeof values[0] === 'string' ? values[0] : values[0] === undefined ? undefined : badType(name);
  }
  if (typeof value !== 'string') return badType(name);
  return value === '' ? undefined : value;
}

function many(query: Query, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  if (values.some((v) => typeof v !== 'string')) return badType(name);
  const nonEmpty = (values as string[]).filter((v) => v !== '');
  if (nonEmpty.length > MAX_VALUES) throw AppError.badRequest(`${name}: expected at most ${MAX_VALUES} values, got ${nonEmpty.length}`);
  return nonEmpty;
}

function badType(name: string): never {
  throw AppError.badRequest(`${name}: expected a plain value (name=value), got a nested structure`);
}

function integer(query: Query, name: string, fallback: number, min: number, max: number): number {
  const raw = single(query, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw AppError.badRequest(`${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(clip(raw))}`);
  }
  return Number(raw);
}

/** YYYY, YYYY-MM or YYYY-MM-DD; a year or month widens to its first (from) or last (to) day. */
function dateParam(query: Query, name: string, edge: 'start' | 'end'): string | null {
  const raw = single(query, name);
  if (raw === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  const expected = `${name}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got ${JSON.stringify(clip(raw))}`;
  if (!m) throw AppError.badRequest(expected);
  const year = Number(m[1]);
  const month = m[2] !== undefined ? Number(m[2]) : edge === 'start' ? 1 : 12;
  const lastDay = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
  const day = m[3] !== undefined ? Number(m[3]) : edge === 'start' ? 1 : lastDay;
  if (month < 1 || month > 12) throw AppError.badRequest(`${name}: ${JSON.stringify(raw)} has no month ${month}: expected a month from 01 to 12`);
  // The form is right and the day is not: "2005-02-30" said "expected a date as YYYY-MM-DD" (a user review).
  if (day < 1 || day > lastDay) throw AppError.badRequest(`${name}: ${JSON.stringify(raw)} is no day: ${monthLabel(`${m[1]}-${m[2]}`)} has ${lastDay} days`);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function clip(value: string): string {
  return charCount(value) > 60 ? `${clipChars(value, 60)}…` : value;
}
