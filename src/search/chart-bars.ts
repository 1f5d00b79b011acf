import type { Histogram, HistogramBar } from './histogram.js';

/** One bar of an SVG bar chart, in the chart's own units. */
export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** Where a click on the bar goes; null for an empty period, which would only lead to "no results". */
  href: string | null;
}

const GAP = 2;
/** The smallest bar drawn for a count above zero, so one article still shows. */
const MIN_HEIGHT = 2;

/**
 * A histogram's bars laid out across a chart `width` × `height` (the search page's timeline and an entity's
 * coverage): equal widths with a gap when there is room, heights scaled to the tallest bar.
 *
 * `chartBars({ bars: [{ count: 3, … }, { count: 0, … }], max: 3, … }, 100, 50, (b) => '/?from=' + b.from)`
 *   → `[{ x: 0, y: 4, width: 48, height: 46, count: 3, href: '/?from=…' }, { x: 50, y: 50, width: 48, height: 0, count: 0, href: null }]`
 */
export function chartBars(h: Histogram, width: number, height: number, hrefFor: (bar: HistogramBar) => string): ChartBar[] {
  const barWidth = h.bars.length > 0 ? width / h.bars.length : 0;
  return h.bars.map((b, i) => {
    const barHeight = b.count === 0 ? 0 : Math.max(MIN_HEIGHT, Math.round((b.count / h.max) * (height - 4)));
    return {
      x: Math.round(i * barWidth * 100) / 100,
      y: height - barHeight,
      width: Math.max(1, Math.round((barWidth - (barWidth > 4 ? GAP : 0)) * 100) / 100),
      height: barHeight,
      count: b.count,
      href: b.count === 0 ? null : hrefFor(b),
    };
  });
}
