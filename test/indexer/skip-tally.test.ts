import { skipTally } from '../../indexer/skip-tally.js';

describe('skipTally', () => {
  test('when a run skipped records of several kinds, then the summary counts each kind, most first', () => {
    const reasons = ['empty text: the field text is empty', 'malformed JSON line: Unexpected token', 'empty text: the field body is empty', 'could not be parsed: x'];
    expect(skipTally(reasons.map((reason) => ({ reason })))).toBe('2 empty text, 1 could not be parsed, 1 malformed JSON line');
  });

  test('when a reason quotes a value with colons, then its kind is the words before the value', () => {
    const reasons = ['unparseable date "2024-03-05T10:00:00+01:00[Europe/Paris]"', 'unparseable date "Tue 10:00"'];
    expect(skipTally(reasons.map((reason) => ({ reason })))).toBe('2 unparseable date');
  });

  test('when nothing was skipped, then the tally is empty', () => {
    expect(skipTally([])).toBe('');
  });
});
