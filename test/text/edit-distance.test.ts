import { editDistance, swapDistance } from '../../src/text/edit-distance.js';

describe('editDistance', () => {
  test.each([
    ['coup', 'coups', 1],
    ['party', 'parties', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['Chavez', 'Chávez', 1],
    ['same', 'same', 0],
  ])('when %s and %s are compared, then they are %i edits apart', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  test('when the lengths alone differ by the cap or more, then it answers the cap', () => {
    expect(editDistance('a', 'abcdef', 3)).toBe(3);
    expect(editDistance('abc', 'abcde', 3)).toBe(2);
  });
});

describe('swapDistance', () => {
  test.each([
    ['casual', 'causal', 1],
    ['united', 'untied', 1],
    ['coup', 'coups', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['same', 'same', 0],
  ])('when %s and %s are compared, then they are %i edits apart, a swap counting one', (a, b, distance) => {
    expect(swapDistance(a, b)).toBe(distance);
    expect(swapDistance(b, a)).toBe(distance);
  });
});
