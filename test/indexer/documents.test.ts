import { MAX_ARTICLE_VALUES, mostMentioned, passageDocuments } from '../../indexer/documents.js';
import type { Article } from '../../indexer/parse/parse-article.js';
import type { ArticleTagging } from '../../indexer/tag/tag-article.js';

const article = (paragraphs: string[]): Article => ({
  id: 'a1',
  earlierId: null,
  title: 'T',
  titleDerived: false,
  published: null,
  paragraphs,
  url: null,
  source: null,
  contentHash: 'h',
  storyKey: 's',
});
const at = (start: number, end: number) => ({ start, end });

describe('passage documents', () => {
  test('when mentions fall in passages, across a passage end or in the gap, then each passage holds only its own, rebased', () => {
    // Body "Mali met Niger.\n\nPutin spoke." as two passages: [0, 15) and [17, 29).
    const tagging: ArticleTagging = {
      countries: [{ code: 'ML', name: 'Mali', salience: 1, mentions: [at(0, 4)] }, { code: 'NE', name: 'Niger', salience: 0.5, mentions: [at(9, 14)] }],
      actors: [{ name: 'Putin', kind: 'person', mentions: [at(17, 22), at(13, 19)] }],
      dates: [],
      mentions: [],
    };
    const chunks = [{ text: 'Mali met Niger.', start: 0, end: 15 }, { text: 'Putin spoke.', start: 17, end: 29 }];
    const [first, second] = passageDocuments(article(['Mali met Niger.', 'Putin spoke.']), tagging, chunks, 'x.txt');
    expect(first!.evidence).toEqual([{ facet: 'country', value: 'ML', start: 0, end: 4 }, { facet: 'country', value: 'NE', start: 9, end: 14 }]);
    expect(first!.countries).toEqual(['ML', 'NE']);
    expect(first!.actors).toEqual([]);
    expect(second!.evidence).toEqual([{ facet: 'actor', value: 'Putin', start: 0, end: 5 }]);
    expect(second!.articleCountries).toEqual(['ML', 'NE']);
    expect(second!.articleTags).toBeNull();
    expect(first!.articleTags?.actors).toEqual([{ name: 'Putin', kind: 'person', count: 2 }]);
  });

  test('when an article spells one actor two ways that its filter folds together, then its documents carry one spelling, the commoner, with every mention', () => {
    // Body "Sinn Féin met. Sinn Féin and Sinn Fein." as one passage.
    const tagging: ArticleTagging = {
      countries: [],
      actors: [
        { name: 'Sinn Féin', kind: 'organisation', mentions: [at(0, 9), at(15, 24)] },
        { name: 'Sinn Fein', kind: 'person', mentions: [at(29, 38)] },
      ],
      dates: [],
      mentions: [],
    };
    const text = 'Sinn Féin met. Sinn Féin and Sinn Fein.';
    const [only] = passageDocuments(article([text]), tagging, [{ text, start: 0, end: text.length }], 'x.txt');
    expect(only!.articleActors).toEqual(['Sinn Féin']);
    expect(only!.actors).toEqual(['Sinn Féin']);
    expect(only!.articleTags?.actors).toEqual([{ name: 'Sinn Féin', kind: 'organisation', count: 3 }]);
    expect(only!.evidence.map((e) => `${e.value} ${e.start}`)).toEqual(['Sinn Féin 0', 'Sinn Féin 15', 'Sinn Féin 29']);
  });

  test('when a later version names the versions it superseded, then its first passage lists their hashes and no other passage does', () => {
    const tagging: ArticleTagging = { countries: [], actors: [], dates: [], mentions: [] };
    const chunks = [{ text: 'One.', start: 0, end: 4 }, { text: 'Two.', start: 6, end: 10 }];
    const [first, second] = passageDocuments(article(['One.', 'Two.']), tagging, chunks, 'x.jsonl', ['h1', 'h2']);
    expect(first!.supersededHashes).toEqual(['h1', 'h2']);
    expect(second!.supersededHashes).toBeNull();
    expect(passageDocuments(article(['One.']), tagging, [chunks[0]!], 'x.jsonl')[0]!.supersededHashes).toBeNull();
  });

  test('when an article names more actors than a passage may copy, then every passage carries the most mentioned and the article page all', () => {
    const actors = Array.from({ length: MAX_ARTICLE_VALUES + 50 }, (_, i) => ({
      name: `Actor ${i}`,
      kind: 'person' as const,
      // Actors 50.. are mentioned twice, 0..49 once: the cap keeps 50.. (in their order).
      mentions: i < 50 ? [at(i, i + 1)] : [at(i, i + 1), at(i, i + 1)],
    }));
    const tagging: ArticleTagging = { countries: [], actors, dates: [], mentions: [] };
    const docs = passageDocuments(article(['x'.repeat(400)]), tagging, [{ text: 'x'.repeat(400), start: 0, end: 400 }], 'x.txt');
    expect(docs[0]!.articleActors).toHaveLength(MAX_ARTICLE_VALUES);
    expect(docs[0]!.articleActors[0]).toBe('Actor 50');
    expect(docs[0]!.articlePeople).toEqual(docs[0]!.articleActors);
    expect(docs[0]!.articleTags?.actors).toHaveLength(MAX_ARTICLE_VALUES + 50);
    expect(docs[0]!.actors).toHaveLength(MAX_ARTICLE_VALUES + 50);
  });
});

describe('mostMentioned', () => {
  const item = (v: string, n: number) => ({ v, mentions: Array.from({ length: n }, () => at(0, 1)) });

  test('when there are no more items than the limit, then all come back as they are', () => {
    const items = [item('a', 1), item('b', 3)];
    expect(mostMentioned(items, 2)).toBe(items);
  });

  test('when there are more, then the most mentioned stay in their order and ties keep the earlier', () => {
    expect(mostMentioned([item('a', 1), item('b', 3), item('c', 1), item('d', 2)], 3).map((i) => i.v)).toEqual(['a', 'b', 'd']);
  });
});
