import { createTagPool, defaultTagWorkers, JOBS_PER_MESSAGE, type TagPool } from '../../indexer/tag-pool.js';
import { defaultTagger } from '../../indexer/tag/default-tagger.js';

/** Articles that each name different countries and people, so a tagging handed to the wrong job shows. */
const articles = Array.from({ length: 3 * JOBS_PER_MESSAGE + 5 }, (_, i) => {
  const places = [['Mali', 'Bamako'], ['Niger', 'Niamey'], ['Kenya', 'Nairobi'], ['Peru', 'Lima'], ['Chile', 'Santiago']][i % 5]!;
  return {
    title: `Talks in ${places[1]} (${i})`,
    body: `President Emmanuel Macron of France met officials of ${places[0]} in ${places[1]} on May ${1 + (i % 28)}, 2024.`,
    published: new Date(Date.UTC(2024, 5, 1)),
  };
});

describe('the tagging pool (worker threads)', () => {
  let pool: TagPool;
  beforeAll(async () => {
    pool = await createTagPool(1);
  });
  afterAll(async () => {
    await pool.close();
  });

  test('when more articles are in flight than fit in one message, then each gets its own tagging, the same as on the calling thread', async () => {
    const { tagger } = defaultTagger();
    const pooled = await Promise.all(articles.map((a) => pool.tag(a)));
    articles.forEach((article, i) => {
      expect(pooled[i]).toEqual({ ...tagger(article), mentions: [] });
    });
    // Not vacuous: the articles differ, so a mix-up of jobs would fail above.
    expect(new Set(pooled.map((t) => t.countries.map((c) => c.code).join())).size).toBe(5);
  });

  test('when one article of a message cannot be tagged, then only its job fails and the others of the same message succeed', async () => {
    const bad = { title: 'x', body: null as unknown as string };
    const results = await Promise.allSettled([pool.tag(articles[0]!), pool.tag(bad), pool.tag(articles[1]!)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const niger = (results[2] as PromiseFulfilledResult<Awaited<ReturnType<TagPool['tag']>>>).value;
    expect(niger.countries.map((c) => c.code)).toContain('NE');
  });

  test('when a pool of no workers is asked for, then it is refused with what was expected', async () => {
    await expect(createTagPool(0)).rejects.toThrow('a whole number of workers from 1');
  });

  test('when the pool is closed, then a new job is refused with the reason', async () => {
    const closing = await createTagPool(1);
    await closing.close();
    await expect(closing.tag(articles[0]!)).rejects.toThrow('the tagging pool is closed');
  });
});

describe('how many tagging threads a machine gets', () => {
  test('when the machine has 2, 4, 8 or 64 cores, then the indexer takes half less its own thread, at most 4 workers', () => {
    expect([1, 2, 4, 8, 64].map((cores) => defaultTagWorkers(cores))).toEqual([0, 0, 1, 3, 4]);
  });
});
