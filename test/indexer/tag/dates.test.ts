import { tagDates } from '../../../indexer/tag/dates.js';

const values = (text: string, ref?: string) => tagDates(text, ref ? new Date(ref) : undefined).map((d) => [d.value, d.precision, d.text]);

describe('tagDates', () => {
  test('when the publication date is known, then days, months and relative dates resolve against it', () => {
    const text = 'The coup on July 26th. A coup last month. Troops leave by mid-September. On 26th March they met. The March 2023 agreement.';
    expect(values(text, '2023-08-10')).toEqual([
      ['2023-07-26', 'day', 'July 26th'],
      ['2023-07', 'month', 'last month'],
      ['2023-09', 'month', 'mid-September'],
      ['2023-03-26', 'day', '26th March'],
      ['2023-03', 'month', 'March 2023'],
    ]);
  });

  test('when there is no reference date, then no year is invented', () => {
    expect(values('The coup on July 26th. A coup last month. On Tuesday. The March 2023 agreement.')).toEqual([
      ['--07-26', 'day', 'July 26th'],
      ['2023-03', 'month', 'March 2023'],
    ]);
  });

  test('when a bare year follows a preposition, then it is a year; periods are not dates', () => {
    expect(values('In 1987, output rose. Over the past three years it fell.', '2024-01-01')).toEqual([['1987', 'year', '1987']]);
  });

  test('when tagging, then offsets point at the mention text', () => {
    const text = 'Talks resumed on 21st March in Niamey.';
    for (const d of tagDates(text, new Date('2024-04-01'))) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
