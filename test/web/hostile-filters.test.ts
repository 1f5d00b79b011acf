import fc from 'fast-check';
import request from 'supertest';
import { indexSettings } from '../../src/meili/index-settings.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * Filter injection, against the real engine: actor values built from the characters of Meilisearch's filter
 * syntax are indexed as they are; a filter on one of them must return exactly its articles, never more.
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
  return {
    id: `a${n}-0`,
    articleId: `a${n}`,
    position: 0,
    passageCount: 1,
    title: `Article ${n}`,
    url: null,
    source: null,
    published: '2024-01-01',
    publishedAt: Date.UTC(2024, 0, 1) / 1000,
    publishedYear: '2024',
    publishedMonth: '2024-01',
    publishedDay: '2024-01-01',
    text: `Passage of article ${n} about ${actors.join(' and ')}.`,
    articleCountries: ['NE'],
    articleActors: actors,
    articleDates: [],
    mentionedYears: [],
    mentionedMonths: [],
    articlePeople: actors,
    countries: ['NE'],
    actors,
    dates: [],
    evidence: [],
    articleTags: null,
    contentHash: `h${n}`,
    sourcePath: 'hostile.jsonl',
  };
}

const index = uniqueIndex('hostile-filters');
let t: TestApp;
/** Article ids per actor value, as indexed. */
const articlesOf = new Map<string, string[]>();

beforeAll(async () => {
  const docs = [
    ...HOSTILE_ACTORS.map((actor, i) => passage(i, [actor])),
    passage(100, [PLAIN]),
    passage(101, [PLAIN, HOSTILE_ACTORS[0]!]),
  ];
  for (const d of docs) for (const a of d.articleActors) articlesOf.set(a, [...(articlesOf.get(a) ?? []), d.articleId]);
  const admin = adminClient();
  try {
    await admin.client.createIndex(index, { primaryKey: 'id' }).waitTask();
    await admin.client.index(index).updateSettings(indexSettings).waitTask();
    await admin.client.index(index).addDocuments(docs).waitTask();
  } finally {
    admin.close();
  }
  t = await testApp(index);
});
afterAll(() => t.close());

async function articleIds(query: Record<string, string | string[]>): Promise<string[]> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const value of [v].flat()) params.append(k, value);
  const res = await request(t.app).get(`/api/search?${params.toString()}&pageSize=100`).expect(200);
  return (res.body.hits as { articleId: string }[]).map((h) => h.articleId).sort();
}

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

  test('when filtering on arbitrary strings of filter syntax, then only articles carrying exactly that value come back', async () => {
    const syntax = fc.constantFrom('"', '\\', ' OR ', ' AND ', ' = ', ' TO ', '\n', '[', ']', 'NOT ', 'EXISTS', "'", 'a', 'Wagner', PLAIN);
    const value = fc.array(syntax, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(value, async (actor) => {
        const name = actor.trim();
        const ids = await articleIds({ actor: actor });
        expect(ids).toEqual(name === '' ? ids : [...(articlesOf.get(name) ?? [])].sort());
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
