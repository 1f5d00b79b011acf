import { noPathsMessage, optionTakingAPath } from '../../indexer/swallowed-path.js';

describe('an option that took a path as its value (an indexer review)', () => {
  const exists = (path: string) => path === 'news' || path === 'data/aliases.txt';

  test('when an option\'s value names a file or folder, then that option is named with it', () => {
    expect(optionTakingAPath([['--map', 'body=text'], ['--map', 'news'], ['--source', undefined]], exists)).toEqual({ option: '--map', value: 'news' });
    expect(optionTakingAPath([['--source', 'Reuters'], ['--aliases', 'data/aliases.txt']], exists)).toEqual({ option: '--aliases', value: 'data/aliases.txt' });
  });

  test('when no value names a file or folder, then none is named', () => {
    expect(optionTakingAPath([['--map', 'body=text'], ['--source', 'Reuters'], ['--aliases', undefined]], exists)).toBeUndefined();
  });

  test('when no path was given, then the message says which option took it, or asks for paths', () => {
    expect(noPathsMessage({ option: '--map', value: 'news' })).toBe('no paths to index: --map took "news", which is a file or folder, as its value; give --map its own value (e.g. --map body=article.content) before the paths');
    expect(noPathsMessage(undefined)).toBe('no paths to index: name the files or folders to read, e.g. npm run index -- data/news');
  });
});
