import fc from 'fast-check';
import request from 'supertest';
import { actorKey, type PassageDocument } from '../../src/meili/passage-document.js';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
import { testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * Filter injection, against the real engine: actor values built from the characters of Meilisearch's filter
 * syntax are indexed as they are; a filter on one of them must return exactly its articles, never more, and
 * excluding one must drop exactly its articles, on every route that builds a filter from a value.
 */
const HOSTILE_ACTORS = [
  'Wagner" OR articleActors EXISTS OR "x',
  'Back\\slash\\',
  'Trailing backslash \\',
  '\\" OR 1 = 1 OR \\"',
  "Single ' quote OR x",
  'Equals = Sign',
  'Range 1 TO 9999',
  'Line\nbreak OR articleActors EXISTS',
  'Brackets ] OR [ x',
  'NOT Negation',
  'Ünïcödé “quotes”',
];
const PLAIN = 'Plain Actor';

function passage(n: number, actors: string[]): PassageDocument {
  return onePassageArticle(`a${n}`, {
    text: `Passage of article ${n} about ${actors.join(' and ')}.`,
    articleActors: actors,
    articlePeople: actors,
    actors,
    // The article page lists these tags and asks for related articles by them.
    articleTags: { countries: [{ code: 'NE', name: 'Niger', salience: 1, count: 1 }], actors: actors.map((name) => ({ name, kind: 'person' as const, count: 1 })), dates: [] },
  });
}

const index = uniqueIndex('hostile-filters');
let t: TestApp;
/**
 * Article ids per actor, as filters match them: by actorKey (case, accents and punctuation folded, so that every
 * spelling of an actor finds all of its articles). A filter may match no more than the articles of its key.
 */
const byKey = new Map<string, string[]>();
const articlesOf = { get: (name: string): string[] | undefined => byKey.get(actorKey(name)), entries: () => byKey.entries(), values: () => byKey.values() };

beforeAll(async () => {
  const docs = [
    ...HOSTILE_ACTORS.map((actor, i) => passage(i, [actor])),
    passage(100, [PLAIN]),
    passage(101, [PLAIN, HOSTILE_ACTORS[0]!]),
  ];
  for (const d of docs) for (const a of d.articleActors) byKey.set(actorKey(a), [...(byKey.get(actorKey(a)) ?? []), d.articleId]);
  await indexDocuments(index, docs);
  t = await testApp(index);
});
afterAll(() => t.close());

async function articleIds(query: Record<string, string | string[]>): Promise<string[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const value of [v].flat()) params.append(k, value);
  const res = await request(t.app).get(`/api/search?${params.toString()}&pageSize=100`).expect(200);
  return (res.body.hits as { articleId: string }[]).map((h) => h.articleId).sort();
}

/** Values shaped to widen a filter they are pasted into unquoted; no article carries any of them. */
const WIDENING = [
  'x" OR articleActors EXISTS OR "y',
  'x"] OR articleActors EXISTS OR articleActors IN ["y',
  'x\\" OR actors EXISTS OR \\"y',
  `${PLAIN}", "${HOSTILE_ACTORS[1]!}`,
  'x" OR publishedAt 0 TO 9999999999 OR "y',
  'x" OR articleId != "y',
  'x"\nOR articleActors EXISTS OR\n"y',
];

/** Every article of the index, and those naming none of `actors`. */
const everyArticle = (): string[] => [...new Set([...articlesOf.values()].flat())].sort();
const articlesWithout = (actors: readonly string[]): string[] => everyArticle().filter((id) => !actors.some((a) => articlesOf.get(a)?.includes(id)));

describe('filter injection', () => {
  test.each(HOSTILE_ACTORS.map((a) => [JSON.stringify(a), a]))(
    'when filtering on the actor %s, then exactly its articles come back',
    async (_label, actor) => {
      expect(await articleIds({ actor })).toEqual([...articlesOf.get(actor)!].sort());
    },
  );

  test('when filtering on a value that widens an unquoted filter, then nothing else comes back', async () => {
    expect(await articleIds({ actor: 'x" OR articleActors EXISTS OR "y' })).toEqual([]);
    expect(await articleIds({ actor: 'x\\" OR articleActors EXISTS OR \\"y' })).toEqual([]);
    expect(await articleIds({ actor: `${PLAIN}" OR "${HOSTILE_ACTORS[1]!}` })).toEqual([]);
  });

  test('when combining a hostile and a plain actor, then the union of exactly their articles comes back', async () => {
    const expected = [...new Set([...articlesOf.get(PLAIN)!, ...articlesOf.get(HOSTILE_ACTORS[2]!)!])].sort();
    expect(await articleIds({ actor: [PLAIN, HOSTILE_ACTORS[2]!] })).toEqual(expected);
  });

  test('when a country carries filter syntax, then it is refused with a 400 before any filter is built', async () => {
    const res = await request(t.app).get('/api/search?country=' + encodeURIComponent('NE" OR articleCountries EXISTS OR "')).expect(400);
    expect(res.body.error.message).toMatch(/^country: expected a two-letter/);
  });

  test('when filtering on or excluding arbitrary strings of filter syntax, then exactly the articles carrying, or not carrying, that value come back', async () => {
    const syntax = fc.constantFrom('"', '\\', ' OR ', ' AND ', ' = ', ' TO ', '\n', '[', ']', 'NOT ', 'EXISTS', "'", 'a', 'Wagner', PLAIN);
    const value = fc.array(syntax, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(value, async (actor) => {
        const name = actorKey(actor);
        const ids = await articleIds({ actor: actor });
        expect(ids).toEqual(name === '' ? ids : [...(articlesOf.get(name) ?? [])].sort());
        // NOT IN: a broken escape would exclude more or fewer articles than those naming exactly this value.
        expect(await articleIds({ notActor: actor })).toEqual(name === '' ? everyArticle() : articlesWithout([name]));
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});

describe('filter injection in exclusions (notActor: NOT IN)', () => {
  test.each(HOSTILE_ACTORS.map((a) => [JSON.stringify(a), a]))('when excluding the actor %s, then exactly the articles without it come back', async (_label, actor) => {
    expect(await articleIds({ notActor: actor })).toEqual(articlesWithout([actor]));
  });

  test('when an excluded value carries filter syntax, then it excludes only articles carrying exactly it: beside another exclusion, the result neither widens nor narrows', async () => {
    for (const value of WIDENING) {
      expect(await articleIds({ notActor: value })).toEqual(everyArticle());
      expect(await articleIds({ notActor: [HOSTILE_ACTORS[0]!, value] })).toEqual(articlesWithout([HOSTILE_ACTORS[0]!]));
      expect(await articleIds({ actor: PLAIN, notActor: value })).toEqual([...articlesOf.get(PLAIN)!].sort());
    }
  });
});

describe('filter injection in "named together in one passage" (together=1)', () => {
  test('when a hostile actor and a plain one must share a passage, then only the article naming both in one passage comes back', async () => {
    for (const actor of HOSTILE_ACTORS) {
      expect(await articleIds({ actor: [PLAIN, actor], together: '1' })).toEqual(actor === HOSTILE_ACTORS[0] ? ['a101'] : []);
    }
  });

  test('when one of the actors carries filter syntax no article has, then nothing comes back', async () => {
    for (const value of WIDENING) {
      expect(await articleIds({ actor: [PLAIN, value], together: '1' })).toEqual([]);
      expect(await articleIds({ actor: [value, HOSTILE_ACTORS[0]!], together: '1' })).toEqual([]);
    }
  });
});

describe('filter injection in entity pages, countries and related articles', () => {
  test.each(HOSTILE_ACTORS.map((a) => [JSON.stringify(a), a]))('when the actor API is asked for %s, then it counts and lists exactly its articles', async (_label, actor) => {
    const body = (await request(t.app).get(`/api/actors/${encodeURIComponent(actor)}`).expect(200)).body as { total: number; latest: { href: string }[] };
    expect(body.total).toBe(articlesOf.get(actor)!.length);
    expect(body.latest.map((a) => a.href.replace('/articles/', '')).sort()).toEqual([...articlesOf.get(actor)!].sort());
  });

  test('when an actor page is asked for a name carrying filter syntax that no article has, then 404, as a page and in the API', async () => {
    for (const value of WIDENING) {
      await request(t.app).get(`/api/actors/${encodeURIComponent(value)}`).expect(404);
      await request(t.app).get(`/actors/${encodeURIComponent(value)}`).expect(404);
    }
  });

  test('when a country code carries filter syntax, then the country page, its API, the filter and the exclusion refuse it with a 400', async () => {
    for (const value of ['NE" OR articleCountries EXISTS OR "', 'N"', 'NE OR', 'N\\', 'N]', 'N\n']) {
      await request(t.app).get(`/api/countries/${encodeURIComponent(value)}`).expect(400);
      await request(t.app).get(`/countries/${encodeURIComponent(value)}`).expect(400);
      for (const name of ['country', 'notCountry']) {
        const res = await request(t.app).get(`/api/search?${name}=${encodeURIComponent(value)}`).expect(400);
        expect(res.body.error.message).toMatch(new RegExp(`^${name}: expected a two-letter`));
      }
    }
  });

  test('when an article names hostile actors, then its related articles are exactly the other articles naming them', async () => {
    for (const id of everyArticle()) {
      const mine = [...articlesOf.entries()].filter(([, ids]) => ids.includes(id)).map(([actor]) => actor);
      const expected = [...new Set(mine.flatMap((a) => articlesOf.get(a)!))].filter((other) => other !== id).sort();
      const body = (await request(t.app).get(`/api/articles/${id}`).expect(200)).body as { related: { href: string }[] };
      expect(body.related.map((r) => r.href.replace('/articles/', '')).sort()).toEqual(expected);
    }
  });
});
