import { isHeldBack, pruneVerdict } from '../../indexer/prune.js';

describe('pruning', () => {
  const scope = (heldBack: string[]) => ({ roots: ['/w/feeds'], seen: new Set(['kept']), heldBack: new Set(heldBack), cwd: '/w' });

  test('when an article of a file within the paths was not seen, then it is gone', () => {
    expect(pruneVerdict({ articleId: 'a', sourcePath: '/w/feeds/x.jsonl' }, scope([]))).toBe('gone');
    expect(pruneVerdict({ articleId: 'kept', sourcePath: '/w/feeds/x.jsonl' }, scope([]))).toBe('seen');
    expect(pruneVerdict({ articleId: 'a', sourcePath: '/w/other/x.jsonl' }, scope([]))).toBe('out of scope');
  });

  test('when its file or a folder above it had something unreadable, then it is held back', () => {
    expect(pruneVerdict({ articleId: 'a', sourcePath: '/w/feeds/x.jsonl' }, scope(['/w/feeds/x.jsonl']))).toBe('held back');
    expect(pruneVerdict({ articleId: 'a', sourcePath: '/w/feeds/daily/2024/x.jsonl' }, scope(['/w/feeds/daily']))).toBe('held back');
    // A sibling folder whose name starts the same is another folder.
    expect(pruneVerdict({ articleId: 'a', sourcePath: '/w/feeds/daily-old/x.jsonl' }, scope(['/w/feeds/daily']))).toBe('gone');
  });

  test('isHeldBack looks at the file and every folder above it, and no further', () => {
    expect(isHeldBack('/w/a/b/c.txt', new Set(['/w/a']))).toBe(true);
    expect(isHeldBack('/w/a/b/c.txt', new Set(['/w/a/b/c.txt']))).toBe(true);
    expect(isHeldBack('/w/a/b/c.txt', new Set(['/w/a/b/c']))).toBe(false);
    expect(isHeldBack('/w/a/b/c.txt', new Set())).toBe(false);
  });
});
