import request from 'supertest';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/** One actor spelt two ways in different articles, and another actor named with it in one passage of one of them. */
const index = uniqueIndex('spellings');
let t: TestApp;

beforeAll(async () => {
  const named = (id: string, actors: string[]) => onePassageArticle(id, { articleActors: actors, actors, text: `${actors.join(' and ')} spoke.` });
  await indexDocuments(index, [named('a1', ['Hugo Chávez']), named('a2', ['Hugo Chávez', 'Evo Morales']), named('a3', ['Hugo Chavez']), named('a4', ['Evo Morales'])]);
  t = await testApp(index);
});
afterAll(() => t.close());

describe('an actor spelt in several ways', () => {
  test('when the facet lists actors, then the spellings are one value with their articles added', async () => {
    const body = (await request(t.app).get('/api/search').expect(200)).body;
    expect(body.facets.actor.find((v: { value: string }) => v.value === 'Hugo Chávez')).toMatchObject({ count: 3, spellings: ['Hugo Chávez', 'Hugo Chavez'] });
    expect(body.facets.actor.map((v: { value: string }) => v.value)).not.toContain('Hugo Chavez');
  });

  test('when the value is picked on the page, then its link takes every spelling, finds every article, and shows one chip', async () => {
    const page = await request(t.app).get('/').expect(200);
    const link = /<a [^>]*href="(\/\?actor=Hugo[^"]*)"/.exec(page.text)![1]!.replace(/&amp;/g, '&');
    expect(link).toBe('/?actor=Hugo+Ch%C3%A1vez&actor=Hugo+Chavez');
    const picked = await request(t.app).get(link).expect(200);
    expect(picked.text).toContain('3 articles');
    expect(picked.text.match(/class="chip"/g)).toHaveLength(1);
  });

  test('when two actors must share a passage, then any spelling of each counts', async () => {
    const body = (await request(t.app).get('/api/search?actor=Hugo%20Ch%C3%A1vez&actor=Hugo%20Chavez&actor=Evo%20Morales&together=1').expect(200)).body;
    expect(body.hits.map((h: { articleId: string }) => h.articleId)).toEqual(['a2']);
  });

  test('when one spelling alone is asked for (an article tag, an entity page, a typed URL), then every spelling\'s articles come', async () => {
    for (const name of ['Hugo Chavez', 'hugo chávez', 'HUGO CHAVEZ']) {
      const body = (await request(t.app).get(`/api/search?actor=${encodeURIComponent(name)}`).expect(200)).body;
      expect(body.hits.map((h: { articleId: string }) => h.articleId).sort()).toEqual(['a1', 'a2', 'a3']);
    }
    expect((await request(t.app).get('/api/search?notActor=Hugo%20Chavez').expect(200)).body.hits.map((h: { articleId: string }) => h.articleId)).toEqual(['a4']);
    const profile = (await request(t.app).get('/api/actors/Hugo%20Chavez').expect(200)).body;
    expect(profile.total).toBe(3);
    expect(profile.name).toBe('Hugo Chávez');
    // Its spellings are not actors named beside it; Evo Morales is.
    expect(profile.withActors.map((a: { name: string }) => a.name)).toEqual(['Evo Morales']);
  });

  test('when the actor finder is asked for it, then its spellings are one answer with their articles added', async () => {
    const found = (await request(t.app).get('/api/facets/actor?facetQuery=chavez').expect(200)).body.values;
    expect(found).toEqual([expect.objectContaining({ value: 'Hugo Chávez', count: 3, spellings: ['Hugo Chávez', 'Hugo Chavez'] })]);
  });
});

describe('several actors: any, all, or in one passage', () => {
  const many = uniqueIndex('allactors');
  let app: TestApp;
  beforeAll(async () => {
    const article = (id: string, passages: string[][]) =>
      passages.map((actors, position) => ({ ...onePassageArticle(id, { articleActors: [...new Set(passages.flat())], actors, text: `${actors.join(' and ')} spoke.` }), id: `${id}-${position}`, position, passageCount: passages.length }));
    await indexDocuments(many, [...article('one', [['Hugo Chávez']]), ...article('apart', [['Hugo Chávez'], ['Evo Morales']]), ...article('beside', [['Hugo Chavez', 'Evo Morales']]), ...article('other', [['Evo Morales']])]);
    app = await testApp(many);
  });
  afterAll(() => app.close());

  test('when two actors are picked, then any of them by default, both in the article with allActors, both in one passage with together', async () => {
    const ids = async (extra: string) => ((await request(app.app).get(`/api/search?actor=Hugo%20Chavez&actor=Evo%20Morales${extra}`).expect(200)).body.hits as { articleId: string }[]).map((h) => h.articleId).sort();
    expect(await ids('')).toEqual(['apart', 'beside', 'one', 'other']);
    expect(await ids('&allActors=1')).toEqual(['apart', 'beside']);
    expect(await ids('&together=1')).toEqual(['beside']);
    const page = await request(app.app).get('/?actor=Hugo%20Chavez&actor=Evo%20Morales&allActors=1').expect(200);
    expect(page.text).toContain('All actors in each article');
    expect(page.text).toMatch(/aria-checked="true"><span aria-hidden="true">☑<\/span> All of the actors in each article/);
  });
});

describe('actor counts of a "named together" search (a web review)', () => {
  const together = uniqueIndex('together-counts');
  let app: TestApp;
  beforeAll(async () => {
    const article = (id: string, passages: string[][]) =>
      passages.map((actors, position) => ({ ...onePassageArticle(id, { articleActors: [...new Set(passages.flat())], actors, text: `${actors.join(' and ')} spoke.` }), id: `${id}-${position}`, position, passageCount: passages.length }));
    await indexDocuments(together, [
      // Congress in the passage with Reagan and Baker, in one article; in another passage of the article, in the other.
      ...article('same', [['Ronald Reagan', 'James Baker', 'Congress']]),
      ...article('elsewhere', [['Ronald Reagan', 'James Baker'], ['Congress', 'Federal Reserve']]),
    ]);
    app = await testApp(together);
  });
  afterAll(() => app.close());

  test('when actors must be named in one passage, then each other actor\'s count is the number of articles picking it leads to', async () => {
    const base = '/api/search?actor=Ronald%20Reagan&actor=James%20Baker&together=1';
    const facet = (await request(app.app).get(base).expect(200)).body.facets.actor as { value: string; count: number }[];
    const count = (value: string) => facet.find((v) => v.value === value)?.count;
    expect(count('Congress')).toBe(1);
    expect(count('Federal Reserve')).toBeUndefined(); // named in the articles, never in the passage with both
    expect(count('Ronald Reagan')).toBe(2);
    const picked = (await request(app.app).get(`${base}&actor=Congress`).expect(200)).body.total;
    expect(picked).toBe(count('Congress'));
  });
});
