import type { PassageDocument } from '../../src/meili/passage-document.js';
import { rankRelated, relatedQueries } from '../../src/search/related-articles.js';

const doc = (articleId: string, articleActors: string[], published: string): PassageDocument => ({ articleId, articleActors, published }) as PassageDocument;

describe('related articles', () => {
  test('when candidates share more of the article\'s actors, then they come first, whatever their date', () => {
    const eu = [1, 2, 3, 4, 5].map((i) => doc(`eu-${i}`, ['European Union'], `202${i}-01-01`));
    const fatah = doc('fatah', ['Hamas', 'Fatah', 'Mahmoud Abbas'], '2006-02-01');
    const ranked = rankRelated([...eu, fatah, eu[0]!], ['Hamas', 'Fatah', 'European Union'], 3).map((d) => d.articleId);
    expect(ranked).toEqual(['fatah', 'eu-5', 'eu-4']);
  });

  test('when two candidates are one story filed under two ids (same title and time), then it is listed once', () => {
    const copy = (articleId: string, title: string) => ({ articleId, title, articleActors: ['Bank of Japan'], published: '1987-03-20T10:00:00Z' }) as PassageDocument;
    const ranked = rankRelated([copy('r-1', 'JAPAN WANTS T-BILLS'), copy('r-2', 'JAPAN WANTS T-BILLS'), copy('r-3', 'YEN FALLS')], ['Bank of Japan'], 5);
    expect(ranked.map((d) => d.articleId)).toEqual(['r-1', 'r-3']);
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
  });
});
