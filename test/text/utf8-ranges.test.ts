import { utf8Ranges } from '../../src/text/utf8-ranges.js';

describe('utf8Ranges', () => {
  test('when the text has accents before and inside a match, then byte positions become string positions', () => {
    const text = 'Hugo Chávez met Álvaro Uribe';
    // "Chávez" starts at byte 5 and is 7 bytes; "Uribe" starts at byte 25 ("Álvaro" is 7 bytes).
    expect(utf8Ranges(text, [{ start: 5, length: 7 }, { start: 25, length: 5 }]).map((r) => text.slice(r.start, r.end))).toEqual(['Chávez', 'Uribe']);
  });

  test('when a character takes four bytes or two string units, then later positions still land on it', () => {
    const text = '😀 oil';
    expect(utf8Ranges(text, [{ start: 5, length: 3 }]).map((r) => text.slice(r.start, r.end))).toEqual(['oil']);
  });

  test('when ranges overlap, are out of order, or fall outside the text or inside a character, then they are merged or dropped', () => {
    const text = 'price war';
    expect(utf8Ranges(text, [{ start: 6, length: 3 }, { start: 0, length: 5 }, { start: 3, length: 4 }, { start: 8, length: 9 }])).toEqual([{ start: 0, end: 9 }]);
    expect(utf8Ranges('é', [{ start: 1, length: 1 }])).toEqual([]);
    expect(utf8Ranges('oil', [])).toEqual([]);
  });
});
