import { histogram, widerRange } from '../../src/search/histogram.js';

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

describe('zooming out', () => {
  test('when a day or days within a month are chosen, then zooming out shows that month; from a month, its year; from a year, every date (a black-box review: a day went to its year)', () => {
    expect(widerRange('2005-07-26', '2005-07-26')).toEqual({ from: '2005-07-01', to: '2005-07-31' });
    expect(widerRange('2005-07-03', '2005-07-09')).toEqual({ from: '2005-07-01', to: '2005-07-31' });
    expect(widerRange('2005-07-01', '2005-07-31')).toEqual({ from: '2005-01-01', to: '2005-12-31' });
    expect(widerRange('2005-07-26', '2005-08-02')).toEqual({ from: '2005-01-01', to: '2005-12-31' });
    expect(widerRange('2005-01-01', '2005-12-31')).toEqual({ from: null, to: null });
    expect(widerRange('2004-12-30', '2005-01-02')).toEqual({ from: null, to: null });
    expect(widerRange('2005-07-26', null)).toEqual({ from: null, to: null });
  });
});
