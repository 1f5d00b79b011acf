import type { PassageDocument } from '../../src/meili/passage-document.js';
import { perArticle } from '../../src/meili/search-client.js';
import { articlesNaming, rankRelated, relatedQueries, storyCopiesQuery } from '../../src/search/related-articles.js';

const doc = (articleId: string, articleActors: string[], published: string): PassageDocument => ({ articleId, articleActors, published }) as PassageDocument;

describe('related articles', () => {
  test('when candidates share more of the article\'s actors, then they come first, whatever their date', () => {
    const eu = [1, 2, 3, 4, 5].map((i) => doc(`eu-${i}`, ['European Union'], `202${i}-01-01`));
    const fatah = doc('fatah', ['Hamas', 'Fatah', 'Mahmoud Abbas'], '2006-02-01');
    const ranked = rankRelated([...eu, fatah, eu[0]!], ['Hamas', 'Fatah', 'European Union'], 3).map((d) => d.articleId);
    expect(ranked).toEqual(['fatah', 'eu-5', 'eu-4']);
  });

  test('when one candidate shares the article\'s leading actor, named in a thousand articles, and another a rarer one, then the rarer comes first (a user review: related lists shared only "Marines" or George W. Bush)', () => {
    const actors = ['George W. Bush', 'Iraq Body Count', 'Marines'];
    // The multi-search's totals: the three pairs, then each actor alone.
    const naming = articlesNaming(actors, [2, 40, 1, 1200, 6, 300]);
    expect([...naming]).toEqual([['George W. Bush', 1200], ['Iraq Body Count', 6], ['Marines', 300]]);
    const bush = doc('bush', ['George W. Bush'], '2010-01-01');
    const count = doc('count', ['Iraq body count'], '2004-01-01');
    const marines = doc('marines', ['Marines'], '2011-01-01');
    expect(rankRelated([bush, marines, count], actors, 3, naming).map((d) => d.articleId)).toEqual(['count', 'bush', 'marines']);
    // Without the counts, the leading actor's rank decides, as before.
    expect(rankRelated([bush, marines, count], actors, 3).map((d) => d.articleId)).toEqual(['bush', 'count', 'marines']);
  });

  test('when two candidates are one story filed under two ids (same title, same day), then it is listed once', () => {
    const copy = (articleId: string, title: string, published = '1987-03-20T10:00:00Z') => ({ articleId, title, articleActors: ['Bank of Japan'], published }) as PassageDocument;
    const ranked = rankRelated([copy('r-1', 'JAPAN WANTS T-BILLS'), copy('r-2', 'JAPAN WANTS T-BILLS'), copy('r-3', 'YEN FALLS')], ['Bank of Japan'], 5);
    expect(ranked.map((d) => d.articleId)).toEqual(['r-1', 'r-3']);
    // Filed again later that day (Reuters' 00:47 and 07:11 copies, a user review); the same title another day is another story.
    const later = rankRelated([copy('r-4', 'JAPAN WANTS T-BILLS', '1987-03-30T07:11:22Z'), copy('r-5', 'JAPAN WANTS T-BILLS', '1987-03-30T00:47:53Z'), copy('r-6', 'JAPAN WANTS T-BILLS', '1987-04-02T09:00:00Z')], ['Bank of Japan'], 5);
    expect(later.map((d) => d.articleId)).toEqual(['r-6', 'r-4']);
  });

  test('when an article has three leading actors, then one multi-search asks for each pair and each actor, never for the article itself', () => {
    const queries = relatedQueries('passages', 'a"1', ['A', 'B', 'C']);
    expect(queries.map((q) => q.filter)).toEqual([
      ['articleActorKeys = "a"', 'articleActorKeys = "b"', 'articleId != "a\\"1"'],
      ['articleActorKeys = "a"', 'articleActorKeys = "c"', 'articleId != "a\\"1"'],
      ['articleActorKeys = "b"', 'articleActorKeys = "c"', 'articleId != "a\\"1"'],
      ['articleActorKeys = "a"', 'articleId != "a\\"1"'],
      ['articleActorKeys = "b"', 'articleId != "a\\"1"'],
      ['articleActorKeys = "c"', 'articleId != "a\\"1"'],
    ]);
    expect(queries.every((q) => q.distinct === 'storyKey')).toBe(true);
  });

  test('when the article\'s story key is known, then its copies are no candidates, and one more query lists them, oldest first', () => {
    expect(relatedQueries('passages', 'r-1', ['A'], 'k"1').map((q) => q.filter)).toEqual([['articleActorKeys = "a"', 'articleId != "r-1" AND storyKey != "k\\"1"']]);
    expect(storyCopiesQuery('passages', 'r-1', 'k1')).toMatchObject({ filter: ['storyKey = "k1"', 'articleId != "r-1"', 'position = 0'], sort: ['publishedAt:asc'] });
    // (The copies query collapses nothing: every filing is listed.)
    expect(storyCopiesQuery('passages', 'r-1', 'k1').distinct).toBeUndefined();
  });

  test('when an index has no story keys, then the queries collapse by article instead, and other queries stay as they were', () => {
    const [related] = relatedQueries('passages', 'r-1', ['A']);
    const copies = storyCopiesQuery('passages', 'r-1', 'k1');
    expect(perArticle([related!, copies])).toEqual([{ ...related, distinct: 'articleId' }, copies]);
  });
});
