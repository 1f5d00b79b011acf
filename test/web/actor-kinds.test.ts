import request from 'supertest';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * Hand-made one-passage articles, written straight into the engine: which articles call an actor a person is then
 * known exactly, whatever the tagger would say. "Bank" is a person in one article of four (a tagger's slip),
 * "Goita" in both of his.
 */
function article(id: string, actors: string[], people: string[]): PassageDocument {
  return onePassageArticle(id, {
    title: `Talks ${id}`, published: '2024-06-03', publishedAt: 1717372800, publishedMonth: '2024-06', publishedDay: '2024-06-03',
    text: `Talks ${id} were held in Niamey.`, articleActors: actors, articlePeople: people, actors,
    // The tagger's kinds within this article, as the article page starts from.
    articleTags: { countries: [], actors: actors.map((name) => ({ name, kind: people.includes(name) ? 'person' : 'organisation', count: 1 })), dates: [] },
  });
}

const index = uniqueIndex('kinds');
let apps: TestApp[] = [];
/** A fresh app for each test: its own memory of kinds, so no test passes on what an earlier one looked up. */
async function freshApp(): Promise<TestApp> {
  const t = await testApp(index);
  apps.push(t);
  return t;
}

beforeAll(async () => {
  await indexDocuments(index, [article('k1', ['Bank', 'Goita'], ['Goita']), article('k2', ['Bank', 'Goita'], ['Bank', 'Goita']), article('k3', ['Bank'], []), article('k4', ['Bank'], [])]);
});
afterEach(() => {
  for (const t of apps) t.close();
  apps = [];
});

const kindsIn = (values: { value: string; kind?: string }[]): Record<string, string | undefined> => Object.fromEntries(values.map((v) => [v.value, v.kind]));

describe('which actors are people', () => {
  test('when an actor is a person in most of the articles naming it, then it is a person; in a few, an organisation', async () => {
    const body = (await request((await freshApp()).app).get('/api/search').expect(200)).body;
    expect(kindsIn(body.facets.actor)).toEqual({ Bank: 'organisation', Goita: 'person' });
  });

  test('when only part of the values are answered (facetLimit), then each one answered, the selected one too, has its kind', async () => {
    const body = (await request((await freshApp()).app).get('/api/search?facetLimit=1&actor=Goita').expect(200)).body;
    expect(kindsIn(body.facets.actor)).toEqual({ Bank: 'organisation', Goita: 'person' });
  });

  test('when the page shows them, then it says the same', async () => {
    const page = await request((await freshApp()).app).get('/').expect(200);
    const labels = [...page.text.matchAll(/<span class="label">(\w+) <span class="kind">(\w+)<\/span>/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(labels)).toEqual({ Bank: 'organisation', Goita: 'person' });
  });

  test('when the actor search finds them, then it says the same', async () => {
    const found = (await request((await freshApp()).app).get('/api/facets/actor?facetQuery=ba').expect(200)).body;
    expect(found.values).toEqual([expect.objectContaining({ value: 'Bank', kind: 'organisation', count: 4 })]);
  });

  test('when an entity page shows an actor and those named with it, then they say the same', async () => {
    const t = await freshApp();
    const bank = await request(t.app).get('/actors/Bank').expect(200);
    expect(bank.text).toContain('Organisation');
    expect(bank.text).not.toContain('Person');
    const goita = await request(t.app).get('/actors/Goita').expect(200);
    expect(goita.text).toContain('Person');
  });

  test('when an article\'s tagger called an actor a person that most articles call an organisation, then its page and API say organisation too', async () => {
    const t = await freshApp();
    const api = (await request(t.app).get('/api/articles/k2').expect(200)).body;
    expect(Object.fromEntries(api.actors.map((a: { name: string; kind: string }) => [a.name, a.kind]))).toEqual({ Bank: 'organisation', Goita: 'person' });
    const page = await request(t.app).get('/articles/k2').expect(200);
    const labels = [...page.text.matchAll(/>(\w+)<\/a> <span class="kind">(\w+)<\/span>/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(labels)).toEqual({ Bank: 'organisation', Goita: 'person' });
  });
});
