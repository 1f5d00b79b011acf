import { API_SEARCH_PARAMS, DEFAULT_FACET_LIMIT, MAX_FACET_LIMIT } from '../search/api-answer.js';
import { ACTOR_FACET_PARAMS, FEED_PARAMS, SEARCH_PARAMS } from '../search/parse-search-params.js';

/** The JSON API, described for clients: served at /api/openapi.json. */
const parameterSchemas = {
  q: { schema: { type: 'string', maxLength: 500 }, description: 'Full-text query (Meilisearch syntax: "phrase", -exclude, typo tolerant)' },
  match: { schema: { type: 'string', enum: ['all', 'most'], default: 'all' }, description: 'all: every word of q must match; most: the words most passages share give way first, articles with more of the words first (for a long question that finds nothing with all)' },
  country: { schema: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]{2}$' } }, style: 'form', explode: true, description: 'ISO 3166-1 alpha-2; several: any of them' },
  actor: { schema: { type: 'array', items: { type: 'string', maxLength: 200 } }, style: 'form', explode: true, description: 'Canonical actor name; several: any of them (all of them in the article with allActors=1, all in one passage with together=1)' },
  notCountry: { schema: { type: 'array', items: { type: 'string' } }, style: 'form', explode: true, description: 'Exclude articles tagged with these countries' },
  notActor: { schema: { type: 'array', items: { type: 'string' } }, style: 'form', explode: true, description: 'Exclude articles naming these actors' },
  together: { schema: { type: 'string', enum: ['0', '1'] }, description: '1: the actors must be named in one passage' },
  allActors: { schema: { type: 'string', enum: ['0', '1'] }, description: '1: every actor must be named in the article (AND); default: any of them (OR)' },
  from: { schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, description: 'Published on or after (YYYY-MM-DD, YYYY-MM or YYYY)' },
  to: { schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, description: 'Published on or before' },
  undated: { schema: { type: 'string', enum: ['0', '1'] }, description: '1: only articles with no publication date (undatedTotal counts them); not with from or to' },
  mentioned: { schema: { type: 'string', pattern: '^\\d{4}(-\\d{2})?$' }, description: 'Talks about this year or month' },
  sort: { schema: { type: 'string', enum: ['relevance', 'newest', 'oldest'], default: 'relevance' }, description: 'relevance: the best matches first; without words to rank by (no q, or exclusions only), the newest first' },
  page: { schema: { type: 'integer', minimum: 1 }, description: 'Pages reach the first 10,000 articles: page × pageSize ≤ 10,000 (page 1,000 of 10; a feed\'s 200 of 50); deeper is a 400 that says so' },
  pageSize: { schema: { type: 'integer', minimum: 1, maximum: 100 } },
  matches: { schema: { type: 'string', enum: ['0', '1'] }, description: '1: list each hit\'s matching passages in matchedPositions (one more engine round trip)' },
  facetLimit: { schema: { type: 'integer', minimum: 0, maximum: MAX_FACET_LIMIT, default: DEFAULT_FACET_LIMIT }, description: 'Values per facet, the most frequent first (years: the newest, each with its months); selected values are always included' },
  facetQuery: { schema: { type: 'string', maxLength: 200 }, description: 'Each of its words must start a word of the actor value, in any order ("annan kofi" finds Kofi Annan), or of another name the alias file gives it ("imf" finds International Monetary Fund). When no name does, close spellings within Meilisearch\'s typo allowance ("margret thatcher" finds Margaret Thatcher), each marked `near: true`' },
};

/** The query parameters of an endpoint, from the same list the endpoint checks requests against. */
const parameters = (names: readonly (keyof typeof parameterSchemas)[]) => names.map((name) => ({ name, in: 'query', ...parameterSchemas[name] }));

/** The exports take the search's parameters, with pages of up to 1,000 articles (1,000 unless asked). */
const exportParameters = parameters(SEARCH_PARAMS).map((p) =>
  p.name === 'pageSize'
    ? { ...p, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1000 } }
    : p.name === 'page'
      ? { ...p, description: 'Exports reach the first 100,000 articles (the API\'s pages, 10,000): page × pageSize ≤ 100,000' }
      : p,
);

const facetValue = { type: 'object', properties: { value: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' } } };
/** A year of the date facets, with its months (value YYYY-MM, label "June 2024"), newest first. */
const yearValue = { ...facetValue, properties: { ...facetValue.properties, months: { type: 'array', items: facetValue } } };
const error = { description: 'Invalid parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const notFound = { description: 'No such article, actor or country in the index', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
/** An export file past the last one: the message says how many files there are. */
const pastLastFileResponse = (type: 'application/json' | 'text/plain') => ({
  description: 'A file past the last one of the results (the message names the files there are)',
  content: { [type]: { schema: type === 'text/plain' ? { type: 'string', example: '404: page 11 is past the last file of these results: 1 file of up to 1,000 articles (page=1)' } : { $ref: '#/components/schemas/Error' } } },
});
/** The CSV export and the feed answer their errors as plain text ("400: …"), what a spreadsheet or a feed reader shows. */
const plainError = { description: 'Invalid parameter', content: { 'text/plain': { schema: { type: 'string', example: '400: from: expected a date YYYY-MM-DD, got "yesterday"' } } } };
const unavailable = { description: 'Meilisearch not answering (Retry-After set)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

const described = {
  openapi: '3.1.0',
  info: { title: 'Dispatch API', version: '1', description: 'Full-text news search with facets for countries, actors and dates.' },
  paths: {
    '/api/search': {
      get: {
        summary: 'Search articles (one hit per article, its copies filed under other ids folded in; best passage highlighted)',
        parameters: parameters(API_SEARCH_PARAMS),
        responses: { '200': { description: 'Results', content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResults' } } } }, '400': error, '503': unavailable },
      },
    },
    '/api/facets/actor': {
      get: {
        summary: 'Search the actor facet’s values within a search',
        parameters: parameters(ACTOR_FACET_PARAMS),
        responses: { '200': { description: 'Matching actors with article counts: { facet, facetQuery, values: [{ value, label, count, kind, spellings?, near? }] }, near: true on close spellings offered because no name starts with the query' }, '400': error, '503': unavailable },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article: metadata, passages, tags, related articles, and the other filings of its story',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,128}$' } }],
        responses: { '200': { description: 'The article: { id, title, published, url, source, passages: [{ position, text }], countries[], actors[], dates[], copies: [{ id, published, href }] (the same title and text filed under other ids: searches count and show the story once), related: [{ title, published, href, shared[] }] }' }, '301': { description: 'An id an earlier indexer gave the article (one with capitals, a hash of a guid that is a web address): the article under its id now (Location)' }, '400': error, '404': notFound, '503': unavailable },
      },
    },
    '/api/actors/{name}': {
      get: {
        summary: 'An actor: coverage timeline, co-named actors and countries, latest articles',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The profile: { kind, name, subtitle, total, totalLabel, searchHref, feedHref (its Atom feed), timeline[], chart, undated ({ count, label, href }: the articles with no publication date, which the timeline leaves out; null when none), withActors[], withCountries[], latest[] }' }, '404': notFound, '503': unavailable },
      },
    },
    '/api/countries/{code}': {
      get: {
        summary: 'A country: coverage timeline, co-named actors and countries, latest articles',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'ISO 3166-1 alpha-2 code (IS), or the country\'s name (Iceland), which redirects to its code' }],
        responses: { '200': { description: 'The profile, as an actor\'s' }, '301': { description: 'A country named by its name: the same under its code (Location)' }, '400': error, '404': notFound, '503': unavailable },
      },
    },
    '/export.csv': { get: { summary: 'Results as CSV (at most 1,000 articles; page counts in pages of pageSize)', parameters: exportParameters, responses: { '200': { description: 'text/csv' }, '400': plainError, '404': pastLastFileResponse('text/plain') } } },
    '/export.json': { get: { summary: 'Results as JSON (at most 1,000 articles; page counts in pages of pageSize)', parameters: exportParameters, responses: { '200': { description: 'application/json: { query, total, exported, limit, file, files, first, last, articles: [{ articleId, title, published, url, source, passage, countries[], actors[], dates[], link }] }: file is this file\'s number of files (the results to 100,000 in files of limit), first and last the places in the results of its first and last article (null when nothing matched)' }, '400': error, '404': pastLastFileResponse('application/json') } } },
    '/feed.atom': { get: { summary: 'Atom feed of a search, newest first (50 entries a page); other parameters (utm_… tags) are ignored', parameters: parameters(FEED_PARAMS), responses: { '200': { description: 'application/atom+xml' }, '400': plainError } } },
    '/healthz': { get: { summary: 'Health, with Meilisearch status', responses: { '200': { description: 'ok' }, '503': { description: 'Meilisearch not answering, or the server cannot search its index (key refused, index missing)' } } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'object', properties: { status: { type: 'integer' }, message: { type: 'string' } } } } },
      SearchResults: {
        type: 'object',
        properties: {
          total: { type: 'integer', description: 'Articles found; counted up to 100,000' },
          totalCapped: { type: 'boolean', description: 'True when counting stopped at 100,000: total is a lower bound' },
          undatedTotal: { type: 'integer', description: 'Articles with no publication date under the other filters (what undated=1 finds), counted beside a date range too: no range holds them' },
          totalPages: { type: 'integer', description: 'Pages reachable: no page goes past the first 10,000 articles' },
          page: { type: 'integer' },
          pageSize: { type: 'integer' },
          hits: { type: 'array', items: { $ref: '#/components/schemas/Hit' } },
          facets: {
            type: 'object',
            properties: {
              country: { type: 'array', items: facetValue },
              actor: { type: 'array', items: { ...facetValue, properties: { ...facetValue.properties, kind: { type: 'string', enum: ['person', 'organisation'] }, spellings: { type: 'array', items: { type: 'string' }, description: 'Present when articles spell the actor in several ways (case, accents): the value stands for all of them, and a filter should name every one' } } } },
              date: { type: 'array', items: yearValue, description: 'Publication years, each with its months' },
              mentioned: { type: 'array', items: yearValue, description: 'Years (with months, newest first) the articles talk about, the most talked about first' },
            },
          },
          timeline: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Articles per publication year' },
          ignoredWords: {
            type: 'array',
            items: { type: 'string' },
            description: 'Words or phrases of q the search could not use: Meilisearch reads at most 10 words (exclusions first, stop words last). Usually empty',
          },
          withoutOneWord: {
            type: 'array',
            items: { type: 'object', properties: { dropped: { type: 'string' }, q: { type: 'string' }, total: { type: 'integer' } } },
            description: 'Only when nothing matched a query of several words (every word must match): the queries with one word or phrase left out that find articles under the same filters, with their counts, most first (at most 5)',
          },
          queryActor: {
            type: 'object',
            properties: { name: { type: 'string' }, total: { type: 'integer' } },
            description: 'When the whole of q is a name of an actor in the alias file (UN, Fed, NATO) not among the actor filters: its canonical name and the articles naming it under the same filters (actor=name finds every spelling, where q finds the words as written)',
          },
          actorSuggestions: {
            type: 'array',
            items: { type: 'object', properties: { asked: { type: 'string' }, actors: { type: 'array', items: { type: 'object' } } } },
            description: 'Only when nothing matched and a chosen actor is named in no article at all (actor=Blair): the actors whose names hold it under the other filters (Tony Blair), or close spellings of a misspelt one (actor=Ronald Regan: Ronald Reagan), as /api/facets/actor finds them, at most 5, most articles first',
          },
          countryWords: {
            type: 'array',
            items: { type: 'object', properties: { written: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' } } },
            description: 'Words of q read as a country: US, U.S. or USA written in capitals is the United States (not the word "us"), outside quotes and not excluded. The results are passages naming each such country and holding the other words; write it in lower case to search the word',
          },
          withMostWords: {
            type: 'integer',
            description: 'Only when nothing matched a query of several words with every word (match=all): how many articles the same search finds with match=most, when it finds some',
          },
          cappedFacets: {
            type: 'array',
            items: { type: 'string', enum: ['country', 'actor'] },
            description: 'Facets of which Meilisearch counted its maximum of values (200): these results may hold more values than any facet list gives',
          },
        },
      },
      Hit: {
        type: 'object',
        properties: {
          articleId: { type: 'string' },
          passageId: { type: 'string' },
          position: { type: 'integer' },
          passageCount: { type: 'integer' },
          title: { type: 'string' },
          titleHtml: { type: 'string', description: 'HTML-escaped, <mark> around matches' },
          published: {
            type: ['string', 'null'],
            description: 'As precise as the source: a UTC time (1987-03-20T18:41:20Z) when it gives one, a day (2005-01-26) when it gives only the day; its first 10 characters are always the day. null: the source gives no date',
          },
          url: { type: ['string', 'null'] },
          source: { type: ['string', 'null'] },
          passage: { type: 'string' },
          passageHtml: { type: 'string', description: 'HTML-escaped, <mark> around matches' },
          countries: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } } },
          actors: { type: 'array', items: { type: 'string' } },
          dates: { type: 'array', items: { type: 'string' } },
          matchedPositions: { type: 'array', items: { type: 'integer' }, description: 'With matches=1: the positions of the article\'s passages that match the query. Without it: only the position of the passage shown (the best match), not the full list' },
        },
      },
    },
  },
} as const;

const JSON_ERROR = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/**
 * Refusals every endpoint can answer before it reads a parameter, from the server's limits (app.ts): a method other
 * than GET or HEAD (405, with Allow), an address over the length limit (414), more requests than the rate limit
 * (429, with Retry-After and RateLimit headers). A black-box review found them sent but not described. In the
 * endpoint's error format: an export's or a feed's are plain text, as its 400.
 */
const refusals = (content: unknown) => ({
  '405': { description: 'Method other than GET or HEAD (Allow: GET, HEAD)', content },
  '414': { description: 'Address longer than the server takes (16,384 characters by default)', content },
  '429': { description: 'More requests than the rate limit allows from this client (Retry-After and RateLimit headers say when to try again)', content },
});

/** The API description served at /api/openapi.json: each operation's own responses, and its refusals. */
export const openApiDocument = {
  ...described,
  paths: Object.fromEntries(
    Object.entries(described.paths).map(([path, item]) => {
      const responses: Readonly<Record<string, object>> = item.get.responses;
      const invalid = responses['400'];
      const content = invalid !== undefined && 'content' in invalid ? invalid.content : JSON_ERROR;
      return [path, { ...item, get: { ...item.get, responses: { ...responses, ...refusals(content) } } }];
    }),
  ),
};

/**
 * What `GET /api` answers: the endpoints, each with its summary, and where the full description is. A reader of the
 * docs who types `/api` had a 404 (a black-box review).
 *
 * `apiIndex` → `{ description: '/api/openapi.json', endpoints: [{ path: '/api/search', summary: 'Search …' }, …] }`
 */
export const apiIndex = {
  name: openApiDocument.info.title,
  description: '/api/openapi.json',
  endpoints: Object.entries(openApiDocument.paths).map(([path, item]) => ({ path, method: 'GET', summary: item.get.summary })),
};
