import { skipTally } from '../../indexer/skip-tally.js';

describe('skipTally', () => {
  test('when a run skipped records of several kinds, then the summary counts each kind, most first', () => {
    const reasons = ['empty text: the field text is empty', 'malformed JSON line: Unexpected token', 'empty text: the field body is empty', 'could not be parsed: x'];
    expect(skipTally(reasons.map((reason) => ({ reason })))).toBe('2 empty text, 1 could not be parsed, 1 malformed JSON line');
  });

  test('when nothing was skipped, then the tally is empty', () => {
    expect(skipTally([])).toBe('');
  });
});
