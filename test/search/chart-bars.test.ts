import { chartBars } from '../../src/search/chart-bars.js';
import type { Histogram } from '../../src/search/histogram.js';

const histogram: Histogram = {
  granularity: 'year',
  max: 4,
  bars: [
    { period: '2022', label: '2022', count: 4, from: '2022-01-01', to: '2022-12-31' },
    { period: '2023', label: '2023', count: 0, from: '2023-01-01', to: '2023-12-31' },
    { period: '2024', label: '2024', count: 1, from: '2024-01-01', to: '2024-12-31' },
  ],
};

describe('chartBars', () => {
  test('when a period has articles, then its bar links to it and its height follows its count', () => {
    const bars = chartBars(histogram, 300, 104, (b) => `/?from=${b.from}`);
    expect(bars[0]).toEqual({ x: 0, y: 4, width: 98, height: 100, count: 4, href: '/?from=2022-01-01' });
    expect(bars[2]).toMatchObject({ x: 200, height: 25, y: 79, href: '/?from=2024-01-01' });
  });

  test('when a period has no article, then its bar has no height and no link', () => {
    const bars = chartBars(histogram, 300, 104, (b) => `/?from=${b.from}`);
    expect(bars[1]).toEqual({ x: 100, y: 104, width: 98, height: 0, count: 0, href: null });
  });

  test('when one article sits beside many, then its bar is still drawn', () => {
    const bars = chartBars({ ...histogram, max: 1000, bars: [{ ...histogram.bars[0]!, count: 1000 }, { ...histogram.bars[2]!, count: 1 }] }, 300, 104, () => '/');
    expect(bars[1]!.height).toBe(2);
  });

  test('when bars are narrow, then they touch (no gap)', () => {
    const many: Histogram = { ...histogram, bars: Array.from({ length: 200 }, (_, i) => ({ ...histogram.bars[0]!, count: i })) , max: 199 };
    expect(chartBars(many, 400, 104, () => '/')[0]!.width).toBe(2);
  });
});
