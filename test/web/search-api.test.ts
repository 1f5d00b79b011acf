import { indexDocuments, onePassageArticle } from '../support/documents.js';
import request from 'supertest';
import { DEFAULT_FACET_LIMIT } from '../../src/search/api-answer.js';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

interface ApiHit {
  articleId: string;
  title: string;
  published: string | null;
  passageHtml: string;
  actors: string[];
  countries: { code: string; name: string }[];
}
interface ApiBody {
  total: number;
  page: number;
  pageSize: number;
  hits: ApiHit[];
  facets: Record<'country' | 'actor' | 'date', { value: string; label: string; count: number }[]>;
}

const index = uniqueIndex('api');
let t: TestApp;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  t = await testApp(index);
});
afterAll(() => t.close());

async function search(query: string): Promise<ApiBody> {
  const res = await request(t.app).get(`/api/search?${query}`).expect(200).expect('Content-Type', /json/);
  return res.body as ApiBody;
}

describe('/api/search', () => {
  test('when there is no query, then relevance lists the newest articles first (a web review)', async () => {
    const dated = uniqueIndex('browse-order');
    const day = (d: string) => ({ published: d, publishedAt: Date.parse(d) / 1000, publishedYear: d.slice(0, 4), publishedMonth: d.slice(0, 7), publishedDay: d });
    // Written oldest first, the index's own order.
    await indexDocuments(dated, ['2019-05-01', '2021-03-02', '2023-07-09', '2024-01-15'].map((d, i) => onePassageArticle(`d${i}`, day(d))));
    const app = await testApp(dated);
    try {
      const hits = (await request(app.app).get('/api/search').expect(200)).body.hits as { published: string }[];
      expect(hits.map((h) => h.published)).toEqual(['2024-01-15', '2023-07-09', '2021-03-02', '2019-05-01']);
    } finally {
      await app.close();
    }
  });

  test('when searching a keyword, then the article that discusses it comes first, highlighted', async () => {
    const body = await search('q=Yevkurov');
    expect(body.total).toBe(1);
    expect(body.hits[0]!.title).toBe('Russian defense delegation holds talks with African allies');
    expect(body.hits[0]!.passageHtml).toContain('<mark>Yevkurov</mark>');
  });

  test('when searching Wagner, then hits come with country, actor and date facets', async () => {
    const body = await search('q=Wagner');
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.facets.country.map((f) => f.value)).toEqual(expect.arrayContaining(['NE', 'ML', 'RU']));
    expect(body.facets.country.find((f) => f.value === 'NE')!.label).toBe('Niger');
    expect(body.facets.actor.map((f) => f.value)).toContain('Vladimir Putin');
    expect(Array.isArray(body.facets.date)).toBe(true);
  });

  test('when filtering by an actor, then every hit carries that actor and its facet count equals the hits', async () => {
    const all = await search('');
    const tchiani = all.facets.actor.find((f) => f.value === 'Abdourahamane Tchiani');
    expect(tchiani).toBeDefined();
    const body = await search('actor=Abdourahamane%20Tchiani');
    expect(body.total).toBe(tchiani!.count);
    expect(body.hits.length).toBe(body.total);
    for (const hit of body.hits) expect(hit.actors).toContain('Abdourahamane Tchiani');
    expect(body.facets.actor.find((f) => f.value === 'Abdourahamane Tchiani')!.count).toBe(body.total);
  });

  test('when every facet count is summed against a filter, then the counts match the filtered totals', async () => {
    const all = await search('pageSize=100');
    for (const facet of all.facets.country.slice(0, 5)) {
      const filtered = await search(`country=${facet.value}`);
      expect(filtered.total).toBe(facet.count);
    }
  });

  test('when picking two countries, then articles of either come back (OR) and the country counts stay unfiltered', async () => {
    const all = await search('');
    const td = await search('country=TD');
    const gh = await search('country=GH');
    const both = await search('country=TD&country=GH');
    const union = new Set([...td.hits, ...gh.hits].map((h) => h.articleId));
    expect(both.total).toBe(union.size);
    expect(both.facets.country).toEqual(all.facets.country);
  });

  test('when giving a date range, then only articles published inside it come back', async () => {
    const body = await search('from=2024-01-01&to=2024-12-31');
    expect(body.total).toBeGreaterThan(0);
    for (const hit of body.hits) expect(hit.published!.slice(0, 4)).toBe('2024');
    const none = await search('from=2020-01-01&to=2020-12-31');
    expect(none.total).toBe(0);
  });

  test('when sorting by newest, then dated hits come in descending date order', async () => {
    const body = await search('sort=newest');
    const dates = body.hits.map((h) => h.published).filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('when paging, then pages do not overlap and cover every article', async () => {
    const first = await search('pageSize=2&page=1');
    const second = await search('pageSize=2&page=2');
    const third = await search('pageSize=2&page=3');
    const ids = [...first.hits, ...second.hits, ...third.hits].map((h) => h.articleId);
    expect(new Set(ids).size).toBe(5);
    expect(first.total).toBe(5);
  });

  test('when facetLimit is given, then each facet carries at most that many values, the most frequent, plus the selected ones', async () => {
    const all = await search('facetLimit=200');
    expect(all.facets.actor.length).toBeGreaterThan(3);
    const top = await search('facetLimit=3');
    expect(top.facets.actor).toEqual(all.facets.actor.slice(0, 3));
    expect(top.facets.country).toEqual(all.facets.country.slice(0, 3));
    const last = all.facets.actor[all.facets.actor.length - 1]!;
    const filtered = await search(`facetLimit=1&actor=${encodeURIComponent(last.value)}`);
    expect(filtered.facets.actor.map((f) => f.value)).toContain(last.value);
    expect(filtered.facets.actor.length).toBeLessThanOrEqual(2);
  });

  test('when no facetLimit is given, then facets carry at most the default number of values', async () => {
    const body = await search('');
    for (const values of Object.values(body.facets)) expect(values.length).toBeLessThanOrEqual(DEFAULT_FACET_LIMIT);
  });

  test.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['from=2024-13-01', 'from'],
    ['from=2024-02-30', 'from'],
    ['from=2024-05-01&to=2024-01-01', 'from'],
    ['country=Niger', 'country'],
    ['sort=popular', 'sort'],
    ['q=a&q=b', 'q'],
    ['q[a]=b', 'unknown parameter'],
    ['contry=NE', 'unknown parameter'],
    [`q=${'x'.repeat(501)}`, 'q'],
    ['facetLimit=201', 'facetLimit'],
    ['facetLimit=many', 'facetLimit'],
  ])('when the query is %s, then 400 with a message naming %s', async (query, name) => {
    const res = await request(t.app).get(`/api/search?${query}`).expect(400).expect('Content-Type', /json/);
    expect(res.body.error.message).toMatch(new RegExp(`^${name}|${name}`));
  });
});

describe('parameters each endpoint takes', () => {
  /** A valid value of every parameter some endpoint takes. */
  const SAMPLE: Record<string, string> = {
    q: 'Niger', country: 'NE', actor: 'Vladimir Putin', notCountry: 'ML', notActor: 'Nobody', together: '1', allActors: '1', from: '2024', to: '2024', undated: '1',
    mentioned: '2024', match: 'most', sort: 'newest', page: '1', pageSize: '5', matches: '1', facetLimit: '5', facetQuery: 'tchi',
  };
  /** The message of a 400, whether the endpoint answers errors in JSON or in text (the CSV export). */
  const refusal = async (url: string): Promise<string> => {
    const res = await request(t.app).get(url).expect(400);
    return res.type === 'application/json' ? (res.body.error.message as string) : res.text.replace(/^400: /, '').trimEnd();
  };
  /** The parameters a 400 for an unknown one says the endpoint expects. */
  const expectedBy = async (path: string): Promise<string[]> => {
    const listed = /^unknown parameter "not_a_parameter": expected one of (.+)$/.exec(await refusal(`${path}?not_a_parameter=1`));
    expect(listed).not.toBeNull();
    return listed![1]!.split(', ');
  };

  test.each(['/api/search', '/api/facets/actor', '/export.csv', '/export.json'])('when %s refuses an unknown parameter, then it lists exactly the parameters it takes, as its OpenAPI description does', async (path) => {
    const listed = await expectedBy(path);
    const described = (await request(t.app).get('/api/openapi.json').expect(200)).body.paths[path].get.parameters.map((p: { name: string }) => p.name);
    expect([...listed].sort()).toEqual([...described].sort());
    for (const name of listed) await request(t.app).get(`${path}?${name}=${encodeURIComponent(SAMPLE[name]!)}`).expect(200);
  });

  test('when /api is asked for, then it lists every endpoint the OpenAPI description has, with its summary, and names the description', async () => {
    const index = (await request(t.app).get('/api').expect(200)).body;
    const described = (await request(t.app).get('/api/openapi.json').expect(200)).body.paths;
    expect(index.description).toBe('/api/openapi.json');
    expect(index.endpoints.map((e: { path: string }) => e.path)).toEqual(Object.keys(described));
    expect(index.endpoints.find((e: { path: string }) => e.path === '/api/search').summary).toBe(described['/api/search'].get.summary);
  });

  test('when the API search is given a misspelt facetLimit, then the message names facetLimit and matches among the parameters it takes', async () => {
    const res = await request(t.app).get('/api/search?facetlimit=5').expect(400);
    expect(res.body.error.message).toMatch(/^unknown parameter "facetlimit": expected one of .*\bmatches, facetLimit$/);
  });

  test('when the actor search is given "query" for facetQuery, then the message names facetQuery', async () => {
    const res = await request(t.app).get('/api/facets/actor?query=tchi').expect(400);
    expect(res.body.error.message).toBe('unknown parameter "query": expected one of facetQuery, q, match, country, notCountry, notActor, from, to, undated, mentioned');
    const long = await request(t.app).get(`/api/facets/actor?facetQuery=${'t'.repeat(201)}`).expect(400);
    expect(long.body.error.message).toMatch(/^facetQuery: expected at most 200 characters/);
  });

  test.each([
    ['/api/facets/actor', ['page=2', 'sort=newest', 'pageSize=5', 'actor=Vladimir%20Putin', 'together=1', 'actorQuery=tchi', 'matches=1']],
    ['/api/search', ['more=actor', 'actorQuery=tchi', 'facetQuery=tchi']],
    ['/export.json', ['more=actor', 'actorQuery=tchi', 'matches=1', 'facetLimit=5']],
    ['/export.csv', ['more=actor', 'actorQuery=tchi', 'matches=1', 'facetLimit=5']],
  ])('when %s is given parameters it would not use, then it refuses each of them instead of ignoring it', async (path, params) => {
    for (const param of params) expect(await refusal(`${path}?${param}`)).toMatch(new RegExp(`^unknown parameter "${param.split('=')[0]}"`));
  });
});

describe('errors of machine-readable answers', () => {
  test.each([
    ['/export.json?matches=1', 400],
    ['/export.json?from=yesterday', 400],
    ['/export.json?sort=popular', 400],
    ['/api/nothing-here', 404],
    ['/api/facets/country', 404],
  ])('when %s fails, then the error is JSON, not a page', async (path, status) => {
    const res = await request(t.app).get(path).expect(status).expect('Content-Type', /^application\/json/);
    expect(res.body.error).toEqual({ status, message: expect.any(String) });
  });

  test.each([
    ['/export.csv?from=yesterday', 'from: expected a date'],
    ['/feed.atom?from=yesterday', 'from: expected a date'],
    ['/feed.atom?country=Niger', 'country: expected a two-letter'],
  ])('when %s fails, then the error is plain text a spreadsheet or feed reader can show, not a page', async (path, message) => {
    const res = await request(t.app).get(path).expect(400).expect('Content-Type', /^text\/plain; charset=utf-8/);
    expect(res.text).toMatch(new RegExp(`^400: ${message}`));
    expect(res.text).not.toMatch(/<html|<!doctype/i);
  });

  test('when a method is refused on an export, then the refusal takes the export\'s shape too', async () => {
    await request(t.app).post('/export.json').expect(405).expect('Content-Type', /^application\/json/);
    await request(t.app).post('/feed.atom').expect(405).expect('Content-Type', /^text\/plain/);
  });
});

describe('/healthz', () => {
  test('when Meilisearch answers and the server can search its index, then it reports ok', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok', meilisearch: 'available', search: 'ok' });
  });
});

describe('keys', () => {
  test('when the server searches, then it holds a search-only key that cannot write', async () => {
    expect(t.searchKey).toBeDefined();
    const res = await fetch(`${process.env.TEST_MEILI_URL}/indexes/${index}/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.searchKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify([{ id: 'x', text: 'y' }]),
    });
    expect(res.status).toBe(403);
  });

  test('when a page is served, then no Meilisearch key appears in it', async () => {
    const page = await request(t.app).get('/?q=Niger').expect(200);
    const api = await request(t.app).get('/api/search?q=Niger').expect(200);
    expect(page.text).not.toContain(t.searchKey!);
    expect(api.text).not.toContain(t.searchKey!);
    expect(page.text).not.toContain(process.env.TEST_MEILI_KEY!);
  });
});
