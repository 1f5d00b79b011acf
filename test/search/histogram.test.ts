import { histogram } from '../../src/search/histogram.js';

const noRange = { from: null, to: null };

describe('histogram without a date range', () => {
  test('when the results span four years or less, then there is a bar a month, gaps included', () => {
    const h = histogram(noRange, { year: { '2004': 2, '2006': 1 }, month: { '2004-11': 2, '2006-01': 1 }, day: {} })!;
    expect(h.granularity).toBe('month');
    expect(h.bars).toHaveLength(15);
    expect(h.bars[0]).toMatchObject({ period: '2004-11', count: 2 });
    expect(h.bars.at(-1)).toMatchObject({ period: '2006-01', count: 1 });
  });

  test('when the results span more than four years, then there is a bar a year', () => {
    const h = histogram(noRange, { year: { '1987': 5, '2005': 3 }, month: { '1987-03': 5, '2005-06': 3 }, day: {} })!;
    expect(h.granularity).toBe('year');
    expect(h.bars.map((b) => b.period)).toEqual(Array.from({ length: 19 }, (_, i) => String(1987 + i)));
  });
});
