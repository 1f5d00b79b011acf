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
