import { articleIdFor, earlierArticleId, hash } from '../../../indexer/parse/article-id.js';
import { isWebAddress, urlIdentity } from '../../../indexer/parse/url-identity.js';

describe('urlIdentity', () => {
  test.each([
    ['HTTP://News.Example/World/a-1', 'https://news.example/World/a-1'],
    ['https://news.example:443/a', 'https://news.example/a'],
    ['http://news.example:8080/a', 'https://news.example:8080/a'],
    ['https://news.example/a?utm_source=rss&utm_medium=feed', 'https://news.example/a'],
    ['https://news.example/story?id=7&fbclid=x1&gclid=y2', 'https://news.example/story?id=7'],
    ['https://news.example/s?q=a%20b&utm_campaign=z', 'https://news.example/s?q=a%20b'],
    ['  https://news.example/a/  ', 'https://news.example/a/'],
  ])('when the address is %s, then the identity is %s', (address, identity) => {
    expect(urlIdentity(address)).toBe(identity);
  });

  test('when two addresses name other pages (path, letter case of the path, a parameter that is not a tracker), then their identities differ', () => {
    expect(urlIdentity('https://x.example/a')).not.toBe(urlIdentity('https://x.example/b'));
    expect(urlIdentity('https://x.example/A')).not.toBe(urlIdentity('https://x.example/a'));
    expect(urlIdentity('https://x.example/s?id=1')).not.toBe(urlIdentity('https://x.example/s?id=2'));
    // A live blog's posts, an Atom feed's entries, a hash-bang site's stories: the fragment alone tells them apart.
    expect(urlIdentity('https://x.example/live#post-1')).not.toBe(urlIdentity('https://x.example/live#post-2'));
    expect(urlIdentity('http://x.example/#!/story/1')).toBe('https://x.example/#!/story/1');
  });

  test('when the text is not an http(s) address, then it is returned trimmed, as it is', () => {
    expect(urlIdentity(' tag:x.example,2024:1 ')).toBe('tag:x.example,2024:1');
    expect(urlIdentity('urn:uuid:1b4e28ba')).toBe('urn:uuid:1b4e28ba');
    expect(isWebAddress('https://')).toBe(false);
    expect(isWebAddress('ftp://x.example/a')).toBe(false);
  });
});

describe('articleIdFor and earlierArticleId', () => {
  test('when one story is one feed\'s guid and another\'s link, with a tracker, then both records get one id', () => {
    const fromGuid = articleIdFor({ id: 'http://news.example/world/niger-1' }, 'a');
    const fromLink = articleIdFor({ url: 'https://news.example/world/niger-1?utm_source=rss' }, 'b');
    expect(fromGuid).toBe(fromLink);
    expect(fromGuid).toBe(`u-${hash('https://news.example/world/niger-1')}`);
  });

  test('when an id is not an address, then it is kept or hashed as before, and there is no earlier id', () => {
    expect(articleIdFor({ id: 'reuters-1', url: 'https://x.example/a' }, '')).toBe('reuters-1');
    expect(articleIdFor({ id: 'tag:x.example,2024:1' }, '')).toBe(`h-${hash('tag:x.example,2024:1')}`);
    expect(earlierArticleId({ id: 'reuters-1' })).toBeUndefined();
    expect(earlierArticleId({ id: 'tag:x.example,2024:1' })).toBeUndefined();
    expect(earlierArticleId({})).toBeUndefined();
  });

  test('when the id or url is an address, then the earlier id is the one the indexer gave before, unless it is the same', () => {
    expect(earlierArticleId({ id: 'https://x.example/a' })).toBe(`h-${hash('https://x.example/a')}`);
    expect(earlierArticleId({ url: 'https://x.example/a?utm_source=rss' })).toBe(`u-${hash('https://x.example/a?utm_source=rss')}`);
    // Already as urlIdentity writes it: the id did not change.
    expect(earlierArticleId({ url: 'https://x.example/a' })).toBeUndefined();
  });
});

describe('ids with capitals', () => {
  test('when two source ids differ only in letter case, then their article ids differ in more (Meilisearch compares filters and distinct without case)', () => {
    const [a, b] = [articleIdFor({ id: 'xK9a' }, ''), articleIdFor({ id: 'Xk9A' }, '')];
    expect(a.toLowerCase()).not.toBe(b.toLowerCase());
    expect(a).toBe(`h-${hash('xK9a')}`);
    expect(articleIdFor({ id: 'reuters-1' }, '')).toBe('reuters-1');
  });

  test('when a source id has capitals, then the earlier id is the id as the source gave it', () => {
    expect(earlierArticleId({ id: 'ID893' })).toBe('ID893');
    expect(earlierArticleId({ id: 'id893' })).toBeUndefined();
  });
});
