import { createActorKinds, type KindCounts } from '../../src/search/actor-kinds.js';

/** A counter over fixed counts that records what it was asked. */
function counter(counts: Record<string, KindCounts>) {
  const asked: string[][] = [];
  const count = async (values: string[]) => {
    asked.push(values);
    return new Map(values.filter((v) => v in counts).map((v) => [v, counts[v]!]));
  };
  return { count, asked };
}

describe('actor kinds', () => {
  test('when most passages naming an actor name it as a person, then it is a person; a few such passages do not make one', async () => {
    const { count } = counter({ Putin: { named: 9, asPerson: 8 }, Bank: { named: 40, asPerson: 3 }, Goita: { named: 2, asPerson: 1 } });
    const kinds = await createActorKinds(count).kindsOf(['Putin', 'Bank', 'Goita', 'Ecowas']);
    expect(Object.fromEntries(kinds)).toEqual({ Putin: 'person', Bank: 'organisation', Goita: 'person' });
  });

  test('when no article names a value (an actor typed into an address), then it has no kind, and that is remembered too', async () => {
    const { count, asked } = counter({ Ecowas: { named: 0, asPerson: 0 } });
    const kinds = createActorKinds(count);
    expect((await kinds.kindsOf(['Ecowas', 'Blair'])).size).toBe(0);
    expect((await kinds.kindsOf(['Blair'])).has('Blair')).toBe(false);
    expect(asked).toEqual([['Ecowas', 'Blair']]);
  });

  test('when kinds were counted before, then they are remembered and only new values are counted, once each', async () => {
    const { count, asked } = counter({ Putin: { named: 9, asPerson: 8 } });
    const kinds = createActorKinds(count);
    await kinds.kindsOf(['Putin', 'Bank']);
    const again = await kinds.kindsOf(['Bank', 'Putin', 'Tchiani', 'Tchiani']);
    expect(asked).toEqual([['Putin', 'Bank'], ['Tchiani']]);
    expect(again.get('Putin')).toBe('person');
  });

  test('when a remembered kind is older than the time to live, then it is counted again (a re-indexed corpus shows)', async () => {
    let now = 1_000;
    const counts: Record<string, KindCounts> = { Wagner: { named: 5, asPerson: 4 } };
    const { count, asked } = counter(counts);
    const kinds = createActorKinds(count, { ttlMs: 100, now: () => now });
    expect((await kinds.kindsOf(['Wagner'])).get('Wagner')).toBe('person');
    counts.Wagner = { named: 50, asPerson: 4 };
    now += 50;
    expect((await kinds.kindsOf(['Wagner'])).get('Wagner')).toBe('person');
    now += 100;
    expect((await kinds.kindsOf(['Wagner'])).get('Wagner')).toBe('organisation');
    expect(asked).toHaveLength(2);
  });

  test('when the memory would outgrow its bound, then it starts afresh instead of growing', async () => {
    const { count, asked } = counter({});
    const kinds = createActorKinds(count, { maxEntries: 2 });
    await kinds.kindsOf(['A', 'B']);
    await kinds.kindsOf(['C']);
    await kinds.kindsOf(['A']);
    expect(asked).toEqual([['A', 'B'], ['C'], ['A']]);
  });

  test('when two requests ask for the same unknown values at once, then they are counted once', async () => {
    const { count, asked } = counter({ Putin: { named: 9, asPerson: 8 }, Bank: { named: 4, asPerson: 0 } });
    const kinds = createActorKinds(count);
    const [a, b] = await Promise.all([kinds.kindsOf(['Putin', 'Bank']), kinds.kindsOf(['Bank', 'Putin', 'Goita'])]);
    expect(asked).toEqual([['Putin', 'Bank'], ['Goita']]);
    expect(a.get('Putin')).toBe('person');
    expect(b.get('Putin')).toBe('person');
    expect(b.get('Bank')).toBe('organisation');
  });

  test('when counting fails, then the asker gets the error and the next ask counts again', async () => {
    let fail = true;
    const kinds = createActorKinds(async (values) => {
      if (fail) throw new Error('Meilisearch away');
      return new Map(values.map((v) => [v, { named: 1, asPerson: 1 }]));
    });
    await expect(kinds.kindsOf(['Goita'])).rejects.toThrow('Meilisearch away');
    fail = false;
    expect((await kinds.kindsOf(['Goita'])).get('Goita')).toBe('person');
  });
});

