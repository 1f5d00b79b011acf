/**
 * Calendar arithmetic on the proleptic Gregorian calendar for every four-digit year, 0000 included. Not `Date.UTC`,
 * which reads years 0–99 as 1900–1999 (`to=0050` had become a filter on 1950).
 */
import { MONTH_NAMES } from '../text/calendar-words.js';

const MONTHS = MONTH_NAMES;

/** `monthLabel('2024-06')` → `'June 2024'` */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** A year or a month as a label says it: `periodLabel('2005')` → `'2005'`; `periodLabel('2005-06')` → `'June 2005'` */
export function periodLabel(period: string): string {
  return period.length === 4 ? period : monthLabel(period);
}

/**
 * A mentioned date as the article page lists it: ISO as it is, except a day whose year the article does not give, which
 * read raw ("--11-12") to a black-box reviewer. `mentionedDateLabel('--11-12')` → `'November 12 (no year given)'`;
 * `mentionedDateLabel('2008-11-12')` → `'2008-11-12'`
 */
export function mentionedDateLabel(value: string): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(value);
  const month = yearless === null ? undefined : MONTHS[Number(yearless[1]) - 1];
  return month === undefined ? value : `${month} ${Number(yearless![2])} (no year given)`;
}

/**
 * A publication range as a chip says it: a whole year or month by its name, else its ends (an open end "…").
 * `rangeLabel('2005-01-01', '2005-12-31')` → `'2005'`; `rangeLabel('2024-02-01', '2024-02-29')` → `'February 2024'`;
 * `rangeLabel('2024-02-03', '2024-02-03')` → `'2024-02-03'`; `rangeLabel('2024-02-03', null)` → `'2024-02-03 to …'`
 */
export function rangeLabel(from: string | null, to: string | null): string {
  if (from !== null && from === to) return from;
  const year = from?.slice(0, 4);
  if (from !== null && to !== null && from.endsWith('-01-01') && to === `${year}-12-31`) return year!;
  const month = from?.slice(0, 7);
  const lastDay = from === null ? 0 : daysInMonth(Number(year), Number(from.slice(5, 7)));
  if (from !== null && from.endsWith('-01') && to === `${month}-${String(lastDay).padStart(2, '0')}`) return monthLabel(month!);
  return `${from ?? '…'} to ${to ?? '…'}`;
}

/** `daysInMonth(2024, 2)` → 29; `daysInMonth(1900, 2)` → 28; `daysInMonth(0, 2)` → 29 (year 0 is a leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Seconds since the epoch at 00:00 UTC of a `YYYY-MM-DD` day. `dayStartEpoch('0050-01-01')` → -60589296000 */
export function dayStartEpoch(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}
