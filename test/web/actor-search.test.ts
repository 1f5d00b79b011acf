import { createSearchService } from '../../src/search/search-service.js';
import { emptySearch } from '../../src/search/search-state.js';
import request from 'supertest';
import { MAX_VALUES_PER_FACET } from '../../src/meili/index-settings.js';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** More actors than Meilisearch counts, each named twice, and one rare actor named once, by its second name. */
const index = uniqueIndex('actorsearch');
let t: TestApp;

beforeAll(async () => {
  const fillers = Array.from({ length: MAX_VALUES_PER_FACET + 50 }, (_, i) => `Filler Person ${i}`);
  const docs = fillers.flatMap((name, i) => [0, 1].map((k) => onePassageArticle(`f${i}-${k}`, { articleActors: [name], text: `${name} spoke about the budget.` })));
  docs.push(onePassageArticle('rare', { articleActors: ['Abdourahamane Tchiani'], text: 'General Abdourahamane Tchiani met the envoys.' }));
  docs.push(onePassageArticle('bush', { articleActors: ['George W. Bush', 'Kofi Annan'], text: 'George W. Bush met Kofi Annan.' }));
  docs.push(onePassageArticle('solana', { articleActors: ['Javier Solana'], text: 'Javier Solana met the envoys.' }));
  docs.push(onePassageArticle('imf', { articleActors: ['International Monetary Fund'], text: 'The IMF approved the loan.' }));
  docs.push(onePassageArticle('oecd', { articleActors: ['Organisation for Economic Cooperation and Development'], text: 'The OECD cut its forecast.' }));
  docs.push(onePassageArticle('ecowas', { articleActors: ['Economic Community of West African States'], text: 'ECOWAS leaders met in Abuja.' }));
  // Three articles spell him with the accent, one without: that spelling, named once, is beyond the counted values.
  for (const k of [0, 1, 2]) docs.push(onePassageArticle(`chavez-${k}`, { articleActors: ['Hugo Chávez'], text: 'Hugo Chávez spoke in Caracas.' }));
  docs.push(onePassageArticle('chavez-plain', { articleActors: ['Hugo Chavez'], text: 'Hugo Chavez spoke in Maracaibo.' }));
  docs.push(onePassageArticle('teller', { articleActors: ['Edward Teller', 'Meagan Busath'], text: 'Edward Teller and Meagan Busath spoke.' }));
  await indexDocuments(index, docs);
  t = await testApp(index);
});
afterAll(() => t.close());

describe('finding an actor by a word of the name', () => {
  test('when the actor is beyond the values Meilisearch counts and the query starts a later word of the name, then it is found, with its count', async () => {
    const res = await request(t.app).get('/api/facets/actor?facetQuery=tchi').expect(200);
    expect(res.body.values).toEqual([expect.objectContaining({ value: 'Abdourahamane Tchiani', count: 1 })]);
  });

  test('when the query holds search syntax (quotes, a minus), then it is read as text', async () => {
    const res = await request(t.app).get(`/api/facets/actor?facetQuery=${encodeURIComponent('"-tchi')}`).expect(200);
    expect(res.body.values).toEqual([expect.objectContaining({ value: 'Abdourahamane Tchiani' })]);
  });

  test('when the query has several words, then every one must start a word of the name, in any order', async () => {
    for (const query of ['w. bush', 'bush george', 'annan kofi']) {
      const res = await request(t.app).get(`/api/facets/actor?facetQuery=${encodeURIComponent(query)}`).expect(200);
      expect(res.body.values.map((v: { value: string }) => v.value)).toEqual([query.includes('annan') ? 'Kofi Annan' : 'George W. Bush']);
    }
  });
});

describe('a selected actor beyond the values Meilisearch counts (a web review)', () => {
  const actorFacet = async (query: string) => (await request(t.app).get(`/api/search?${query}`).expect(200)).body.facets.actor as { value: string; count: number }[];

  test('when it is the only actor asked for, then the facet still lists it, with the results\' total', async () => {
    expect(await actorFacet('actor=Abdourahamane%20Tchiani')).toContainEqual(expect.objectContaining({ value: 'Abdourahamane Tchiani', count: 1 }));
  });

  test('when it is one of several any of which will do, then it is listed with its own count', async () => {
    const values = await actorFacet('actor=Abdourahamane%20Tchiani&actor=Filler%20Person%200');
    expect(values).toContainEqual(expect.objectContaining({ value: 'Abdourahamane Tchiani', count: 1 }));
    expect(values).toContainEqual(expect.objectContaining({ value: 'Filler Person 0', count: 2 }));
  });

  test('when a counted actor is asked for and a spelling of it is too rare to be counted, then its value counts what the filter finds, the results\' total (a user review: 141 over 142 results)', async () => {
    const res = await request(t.app).get('/api/search?actor=Hugo%20Ch%C3%A1vez').expect(200);
    expect(res.body.total).toBe(4);
    expect(res.body.facets.actor).toContainEqual(expect.objectContaining({ value: 'Hugo Chávez', count: 4 }));
    // Beside another actor any of which will do, it is not every result's: its count stays Meilisearch's.
    const either = await request(t.app).get('/api/search?actor=Hugo%20Ch%C3%A1vez&actor=Filler%20Person%200').expect(200);
    expect(either.body.total).toBe(6);
    expect(either.body.facets.actor).toContainEqual(expect.objectContaining({ value: 'Hugo Chávez', count: 3 }));
  });

  test('when an actor is asked for in other capitals, then the page shows its value selected, as the articles spell it, and picking it removes it', async () => {
    // (Not a name of the alias file, which answers another spelling of its names with a redirect to the canonical one.)
    const page = (await request(t.app).get('/?actor=javier%20solana').expect(200)).text;
    const link = /<a href="([^"]*)" class="facet-value selected" aria-current=true>\s*<span class="check" aria-hidden="true">[^<]*<\/span>\s*<span class="label">Javier Solana\b/.exec(page);
    expect(link).not.toBeNull();
    expect(link![1]).not.toMatch(/actor=/i);
  });
});

describe('exports and feeds with actors (a code review)', () => {
  test('when an export names actors beyond the counted values, then it makes one Meilisearch request: no facet counts', async () => {
    const sent: number[] = [];
    const counting = { ...t.search, multiSearch: (queries: Parameters<typeof t.search.multiSearch>[0], deadline?: number) => (sent.push(queries.length), t.search.multiSearch(queries, deadline)) };
    const service = createSearchService(counting, index);
    const results = await service.search({ ...emptySearch, actors: ['Abdourahamane Tchiani', 'Filler Person 3', 'Kofi Annan'], pageSize: 1000 }, { export: true });
    expect(results.hits.map((h) => h.articleId).sort()).toEqual(['bush', 'f3-0', 'f3-1', 'rare']);
    expect(sent).toEqual([1]);
  });
});

describe('finding an actor: near misses only where nothing else matches', () => {
  const finder = async (query: string) => (await request(t.app).get(`/api/facets/actor?facetQuery=${encodeURIComponent(query)}`).expect(200)).body.values as { value: string; near?: true }[];

  test('when a name starts with the query, then names that only differ from it by a letter are no answer (Meilisearch\'s facet search forgives typos: a web review)', async () => {
    expect(await finder('telle')).toEqual([expect.objectContaining({ value: 'Edward Teller' })]);
    expect((await finder('telle'))[0]!.near).toBeUndefined();
  });

  test('when no name starts with the query, then the names a typo away are offered, each marked near', async () => {
    expect(await finder('edwrd teller')).toEqual([expect.objectContaining({ value: 'Edward Teller', count: 1, near: true })]);
    expect(await finder('abdourahamane tchaini')).toEqual([expect.objectContaining({ value: 'Abdourahamane Tchiani', near: true })]);
  });

  test('when a word is further from every name than Meilisearch forgives, then nothing is offered', async () => {
    expect(await finder('edward tellerman')).toEqual([]);
    expect(await finder('tchnii')).toEqual([]);
  });

  test('when the page\'s finder offers close spellings, then it says that no actor starts with the query', async () => {
    const page = await request(t.app).get('/?actorQuery=edwrd+teller').expect(200);
    expect(page.text).toContain('No actor starts with “edwrd teller”. Close spellings:');
    expect(page.text).toMatch(/<span class="label">Edward Teller/);
    const exact = await request(t.app).get('/?actorQuery=telle').expect(200);
    expect(exact.text).not.toContain('Close spellings');
  });
});

describe('finding an actor by another name of the alias file', () => {
  test('when the query starts an alias ("imf", "ecow", "cedeao"), then the actor is found under its canonical name, with its count', async () => {
    for (const [query, value] of [['imf', 'International Monetary Fund'], ['ecow', 'Economic Community of West African States'], ['cedeao', 'Economic Community of West African States']]) {
      const res = await request(t.app).get(`/api/facets/actor?facetQuery=${query}`).expect(200);
      expect(res.body.values).toEqual([expect.objectContaining({ value, count: 1 })]);
    }
  });

  test('when an alias\'s actor is named by no article, or by none the search keeps, then it is no answer', async () => {
    expect((await request(t.app).get('/api/facets/actor?facetQuery=nato').expect(200)).body.values).toEqual([]);
    expect((await request(t.app).get('/api/facets/actor?facetQuery=imf&q=Abuja').expect(200)).body.values).toEqual([]);
  });
});

describe('filtering by another name of the alias file', () => {
  test('when the API is asked for actor=IMF, then it searches the canonical name', async () => {
    const res = await request(t.app).get('/api/search?actor=imf').expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.hits.map((h: { articleId: string }) => h.articleId)).toEqual(['imf']);
    const excluded = await request(t.app).get('/api/search?notActor=IMF&q=approved').expect(200);
    expect(excluded.body.total).toBe(0);
  });

  test('when the page, an actor page or an export is asked for an alias, then it is the canonical name\'s', async () => {
    const page = await request(t.app).get('/?actor=IMF&q=loan').expect(302);
    expect(page.headers.location).toBe('/?q=loan&actor=International+Monetary+Fund');
    const actor = await request(t.app).get('/actors/ecowas').expect(301);
    expect(actor.headers.location).toBe('/actors/Economic%20Community%20of%20West%20African%20States');
    await request(t.app).get(actor.headers.location!).expect(200);
    const csv = await request(t.app).get('/export.csv?actor=CEDEAO').expect(200);
    expect(csv.headers['x-total-count']).toBe('1');
  });
});

describe('finding an organisation by its acronym', () => {
  test('when the query is the initials of an organisation named in the articles that write it, then that organisation is found', async () => {
    const res = await request(t.app).get('/api/facets/actor?facetQuery=oecd').expect(200);
    expect(res.body.values).toEqual([expect.objectContaining({ value: 'Organisation for Economic Cooperation and Development', count: 1 })]);
  });
});


describe('an actor no article names', () => {
  test('when it is chosen and nothing matches, then the actors whose names hold it are offered, counted, and lead to their articles', async () => {
    const body = (await request(t.app).get('/api/search?actor=Tchiani').expect(200)).body;
    expect(body.total).toBe(0);
    expect(body.actorSuggestions).toEqual([{ asked: 'Tchiani', actors: [expect.objectContaining({ value: 'Abdourahamane Tchiani', count: 1 })] }]);
    // Named by no article, it is neither a person nor an organisation.
    expect(body.facets.actor.find((v: { value: string }) => v.value === 'Tchiani')).toEqual({ value: 'Tchiani', label: 'Tchiani', count: 0 });
    const page = await request(t.app).get('/?actor=Tchiani').expect(200);
    const offered = /<a href="([^"]+)">Abdourahamane Tchiani instead of “Tchiani”: 1 article<\/a>/.exec(page.text);
    expect(offered).not.toBeNull();
    expect(page.text).not.toMatch(/Tchiani <span class="kind">/);
    const instead = (await request(t.app).get(`/api/search${offered![1]!.replace(/&amp;/g, '&').slice(1)}`).expect(200)).body;
    expect(instead.hits.map((h: { articleId: string }) => h.articleId)).toEqual(['rare']);
  });

  test('when it is chosen with words, then the actors are offered as named with those words, and the offer keeps them', async () => {
    const page = await request(t.app).get('/?q=envoys&actor=Tchiani').expect(200);
    expect(page.text).toContain('<a href="/?q=envoys&amp;actor=Abdourahamane+Tchiani">Abdourahamane Tchiani instead of “Tchiani”: 1 article</a>');
    const elsewhere = (await request(t.app).get('/api/search?q=budget&actor=Tchiani').expect(200)).body;
    expect(elsewhere.actorSuggestions).toBeUndefined();
  });

  test('when it is a misspelling of an actor\'s name, then that actor is offered in its place', async () => {
    const body = (await request(t.app).get(`/api/search?actor=${encodeURIComponent('Abdourahamane Tchaini')}`).expect(200)).body;
    expect(body.total).toBe(0);
    expect(body.actorSuggestions).toEqual([{ asked: 'Abdourahamane Tchaini', actors: [expect.objectContaining({ value: 'Abdourahamane Tchiani', count: 1 })] }]);
    const page = await request(t.app).get(`/?actor=${encodeURIComponent('Abdourahamane Tchaini')}`).expect(200);
    expect(page.text).toContain('Abdourahamane Tchiani instead of “Abdourahamane Tchaini”: 1 article</a>');
  });

  test('when a chosen actor is named in some article but not under these filters, then nothing is offered in its place', async () => {
    const body = (await request(t.app).get('/api/search?actor=Abdourahamane+Tchiani&q=budget').expect(200)).body;
    expect(body.total).toBe(0);
    expect(body.actorSuggestions).toBeUndefined();
  });
});
