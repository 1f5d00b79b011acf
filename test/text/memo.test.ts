import { memo } from '../../src/text/memo.js';

describe('memo', () => {
  test('when a text comes again, then its value is read back, not computed again', () => {
    const seen: string[] = [];
    const upper = memo((t) => {
      seen.push(t);
      return t.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  test('when the cache is full, then it starts afresh: memory stays bounded and values stay right', () => {
    const seen: string[] = [];
    const upper = memo((t) => {
      seen.push(t);
      return t.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('c'), upper('a'), upper('c')]).toEqual(['A', 'B', 'C', 'A', 'C']);
    // 'c' found the cache full (a, b) and cleared it; 'a' was computed again; 'c' was kept.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  test('when the value is null (nothing found), then that is remembered too', () => {
    let calls = 0;
    const find = memo((t): string | null => {
      calls++;
      return t === 'known' ? 'K' : null;
    });
    expect([find('other'), find('other'), find('known')]).toEqual([null, null, 'K']);
    expect(calls).toBe(2);
  });
});
