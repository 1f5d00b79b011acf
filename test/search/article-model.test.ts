import { articlePageModel, backLink, relatedActorsOf, relatedArticles, type ArticleModel } from '../../src/search/article-model.js';

const article: ArticleModel = {
  id: 'a1',
  title: 'Niger junta meets Russia',
  published: '2024-06-03',
  url: null,
  source: null,
  passages: [{ position: 0, id: 'p0', html: 'Text.', text: 'Text.' }, { position: 1, id: 'p1', html: 'More.', text: 'More.' }],
  countries: [{ code: 'NE', name: 'Niger', count: 2, href: '/?country=NE', entityHref: '/countries/NE' }, { code: 'RU', name: 'Russia', count: 0, href: '/?country=RU', entityHref: '/countries/RU' }],
  actors: [{ name: 'Wagner Group', kind: 'organisation', count: 0, href: '/?actor=Wagner%20Group', entityHref: '/actors/Wagner%20Group' }],
  dates: [],
  copies: [],
};

describe('backLink', () => {
  test('when the article was opened from a search, then the link goes back to that search', () => {
    expect(backLink('/?q=coup&country=NE&page=2')).toEqual({ href: '/?q=coup&country=NE&page=2', label: 'Search' });
    expect(backLink('/')).toEqual({ href: '/', label: 'Search' });
  });

  test('when the article was opened from an actor\'s or a country\'s page, then the link goes back there, named', () => {
    expect(backLink('/actors/Hugo%20Ch%C3%A1vez')).toEqual({ href: '/actors/Hugo%20Ch%C3%A1vez', label: 'Hugo Chávez' });
    expect(backLink('/countries/NE')).toEqual({ href: '/countries/NE', label: 'Niger' });
  });

  test('when "from" is anything but an address of the search page or an entity page, then the link goes to the front page', () => {
    const froms = ['//evil.example/?q=x', 'https://evil.example', '/admin', '/?q=x#frag', 'javascript:alert(1)', ['/?q=a', '/?q=b'], undefined, `/?q=${'x'.repeat(5000)}`,
      '/actors/a/../../admin', '/actors/%FF', '/actors/<script>', '/countries/XX', '/countries/ne', '/actors/'];
    for (const from of froms) expect(backLink(from)).toEqual({ href: '/', label: 'Search' });
  });
});

describe('articlePageModel', () => {
  test('when a tag is named only in the title, then it says so instead of a count of 0; passages are numbered as the results list names them', () => {
    const page = articlePageModel(article, '/?q=junta');
    expect(page.back).toEqual({ href: '/?q=junta', label: 'Search' });
    expect(page.countries.map((c) => c.countLabel)).toEqual(['2', 'in the title']);
    expect(page.actors.map((a) => a.countLabel)).toEqual(['in the title']);
    expect(page.passages.map((p) => p.label)).toEqual(['§1', '§2']);
  });
});

describe('related articles', () => {
  test('when related documents come back, then each is linked, dated to the day, and says which actors it shares; the page has its line ready', () => {
    expect(relatedActorsOf(article)).toEqual(['Wagner Group']);
    const related = relatedArticles(article, [
      { articleId: 'b"2', title: 'Wagner in Mali', published: '2024-05-01T10:00:00Z', articleActors: ['Assimi Goïta', 'Wagner Group'] },
      { articleId: 'c3', title: 'Undated', published: null, articleActors: [] },
    ]);
    expect(related).toEqual([
      { title: 'Wagner in Mali', published: '2024-05-01', href: '/articles/b%222', shared: ['Wagner Group'] },
      { title: 'Undated', published: null, href: '/articles/c3', shared: [] },
    ]);
    const page = articlePageModel({ ...article, published: null }, '/', related);
    expect(page.related.map((r) => r.note)).toEqual(['2024-05-01 · shares Wagner Group', '']);
    expect(page.publishedLabel).toBe('Date unknown');
  });

  test('when the article names a person by one word only, then related articles are not looked up by it; alone, it is', () => {
    const actor = (name: string, kind: string) => ({ name, kind, count: 1, href: '', entityHref: '' });
    const fema = { ...article, actors: [actor('Allen', 'person'), actor('FEMA', 'organisation'), actor('Michael Brown', 'person'), actor('Brown', 'person'), actor('Senate', 'organisation')] };
    expect(relatedActorsOf(fema)).toEqual(['FEMA', 'Michael Brown', 'Senate']);
    expect(relatedActorsOf({ ...article, actors: [actor('Allen', 'person')] })).toEqual(['Allen']);
  });
});
