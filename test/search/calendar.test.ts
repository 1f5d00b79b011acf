import { daysInMonth, dayStartEpoch, mentionedDateLabel, rangeLabel } from '../../src/search/calendar.js';
import { searchFilter } from '../../src/search/filter-adapter.js';
import { parseSearchParams } from '../../src/search/parse-search-params.js';

describe('calendar', () => {
  test('when a publication range is a whole year or month, then its chip names it (a black-box review read "2005-01-01 to 2005-12-31"); any other range gives its ends', () => {
    expect(rangeLabel('2005-01-01', '2005-12-31')).toBe('2005');
    expect(rangeLabel('2024-02-01', '2024-02-29')).toBe('February 2024');
    expect(rangeLabel('2023-02-01', '2023-02-28')).toBe('February 2023');
    expect(rangeLabel('2023-02-01', '2023-02-27')).toBe('2023-02-01 to 2023-02-27');
    expect(rangeLabel('2024-02-03', '2024-02-03')).toBe('2024-02-03');
    expect(rangeLabel('2005-01-01', '2006-12-31')).toBe('2005-01-01 to 2006-12-31');
    expect(rangeLabel('2024-02-03', null)).toBe('2024-02-03 to …');
    expect(rangeLabel(null, '2024-02-03')).toBe('… to 2024-02-03');
  });

  test('when a mentioned day has no year, then the article page says so in words; any other date stays ISO', () => {
    expect(mentionedDateLabel('--11-12')).toBe('November 12 (no year given)');
    expect(mentionedDateLabel('2008-11-12')).toBe('2008-11-12');
    expect(mentionedDateLabel('2008')).toBe('2008');
    expect(mentionedDateLabel('--13-01')).toBe('--13-01');
  });

  test('when a month is February, then leap years follow the Gregorian rules, year 0 included', () => {
    expect([2024, 2023, 1900, 2000, 0].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 28, 29, 29]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });

  test('when a year is below 100, then its days are that year, not 1900 and after', () => {
    expect(dayStartEpoch('0050-01-01')).toBe(-60589296000);
    expect(dayStartEpoch('1970-01-02')).toBe(86_400);
  });

  test('when a search runs up to year 0050, then its filter ends before year 51, not in 1951', () => {
    const filter = searchFilter(parseSearchParams({ to: '0050' }));
    expect(filter).toContain(`publishedAt < ${dayStartEpoch('0051-01-01')}`);
    expect(dayStartEpoch('0051-01-01')).toBeLessThan(-59_000_000_000);
  });

  test('when a date is 29 February, then it is a date in leap years only', () => {
    expect(parseSearchParams({ from: '0000-02-29' }).from).toBe('0000-02-29');
    expect(() => parseSearchParams({ from: '1900-02-29' })).toThrow('from: "1900-02-29" is no day: February 1900 has 28 days');
    expect(() => parseSearchParams({ to: '2005-13' })).toThrow('to: "2005-13" has no month 13: expected a month from 01 to 12');
    expect(parseSearchParams({ to: '2024-02' }).to).toBe('2024-02-29');
  });
});
