import { daysInMonth } from './calendar.js';
import type { SearchState } from './search-state.js';
import { MONTH_SHORT_NAMES } from '../text/calendar-words.js';

export type Granularity = 'year' | 'month' | 'day';

export interface TimelineCounts {
  year: Record<string, number>;
  month: Record<string, number>;
  day: Record<string, number>;
}

export interface HistogramBar {
  /** The period: YYYY, YYYY-MM or YYYY-MM-DD. */
  period: string;
  label: string;
  count: number;
  from: string;
  to: string;
}

export interface Histogram {
  granularity: Granularity;
  bars: HistogramBar[];
  max: number;
}

/** Without a date range, results within this many years are drawn by month. */
const MONTHS_AS_BARS_WITHIN_YEARS = 4;

const MONTHS = MONTH_SHORT_NAMES;
const DAY = 86_400_000;

function spanDays(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY + 1;
}

/**
 * How finely to count: days within two months, months within two years, else years.
 * `histogramGranularity({ from: '2024-06-01', to: '2024-06-30', … })` → `'day'`
 */
export function histogramGranularity(state: Pick<SearchState, 'from' | 'to'>): Granularity {
  if (state.from === null || state.to === null) return 'year';
  const days = spanDays(state.from, state.to);
  return days <= 62 ? 'day' : days <= 731 ? 'month' : 'year';
}

function lastDayOfMonth(month: string): string {
  return `${month}-${daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))}`;
}

/** `periodRange('2024-06')` → `{ from: '2024-06-01', to: '2024-06-30' }` */
export function periodRange(period: string): { from: string; to: string } {
  if (period.length === 4) return { from: `${period}-01-01`, to: `${period}-12-31` };
  if (period.length === 7) return { from: `${period}-01`, to: lastDayOfMonth(period) };
  return { from: period, to: period };
}

/**
 * The next period out from a date range, for the chart's "zoom out": a day or days within a month → that month; a
 * month or days within a year → that year; anything wider, or open at one end → no range (all dates). The single day
 * had gone straight to its year, skipping its month (a black-box review).
 *
 * `widerRange('2005-07-26', '2005-07-26')` → `{ from: '2005-07-01', to: '2005-07-31' }`;
 * `widerRange('2005-07-01', '2005-07-31')` → `{ from: '2005-01-01', to: '2005-12-31' }`;
 * `widerRange('2005-01-01', '2005-12-31')` → `{ from: null, to: null }`
 */
export function widerRange(from: string | null, to: string | null): { from: string | null; to: string | null } {
  if (from === null || to === null) return { from: null, to: null };
  for (const period of [from.slice(0, 7), from.slice(0, 4)]) {
    const range = periodRange(period);
    if (range.from <= from && to <= range.to && (range.from !== from || range.to !== to)) return range;
  }
  return { from: null, to: null };
}

function label(period: string): string {
  if (period.length === 4) return period;
  if (period.length === 7) return `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
  return `${Number(period.slice(8, 10))} ${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

function* periods(first: string, last: string, granularity: Granularity): Generator<string> {
  if (granularity === 'year') {
    for (let y = Number(first); y <= Number(last); y++) yield String(y);
  } else if (granularity === 'month') {
    let y = Number(first.slice(0, 4));
    let m = Number(first.slice(5, 7));
    const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
    while (y * 12 + m <= end) {
      yield `${y}-${String(m).padStart(2, '0')}`;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
  } else {
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY) yield new Date(t).toISOString().slice(0, 10);
  }
}

/**
 * Bars of publication counts for the current results, gaps filled with zero so time reads evenly. With years as the
 * unit and everything within four years, it shows months instead (a few bars say little).
 *
 * `histogram({ from: null, to: null }, { year: { '2023': 2, '2024': 3 }, month: {}, day: {} })`
 *   → `{ granularity: 'year', bars: [{ period: '2023', count: 2, … }, { period: '2024', count: 3, … }], max: 3 }`
 */
export function histogram(state: Pick<SearchState, 'from' | 'to'>, counts: TimelineCounts, maxBars = 120): Histogram | null {
  let granularity = histogramGranularity(state);
  // Years as the unit over a few years only draw a few bars (George W. Bush's 2004–2006: three): months then, as long
  // as they are no more than four years of them.
  const years = Object.keys(counts.year).map(Number).sort((a, b) => a - b);
  if (granularity === 'year' && years.length > 0 && years.at(-1)! - years[0]! < MONTHS_AS_BARS_WITHIN_YEARS) granularity = 'month';
  const source = counts[granularity];
  let keys = Object.keys(source).sort();
  if (granularity !== 'year' && state.from !== null && state.to !== null) {
    keys = [granularity === 'month' ? state.from.slice(0, 7) : state.from, granularity === 'month' ? state.to.slice(0, 7) : state.to];
  }
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return null;
  const bars: HistogramBar[] = [];
  for (const period of periods(first, last, granularity)) {
    bars.push({ period, label: label(period), count: source[period] ?? 0, ...periodRange(period) });
    if (bars.length > maxBars * 4) break;
  }
  // Very long spans (decades of days) keep only the periods with articles.
  const shown = bars.length > maxBars ? bars.filter((b) => b.count > 0) : bars;
  return { granularity, bars: shown, max: Math.max(1, ...shown.map((b) => b.count)) };
}
