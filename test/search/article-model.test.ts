import { articleModel, articlePageModel, backLink, markedText, mentionedHref, relatedActorsOf, relatedArticles, searchedWords, type ArticleModel } from '../../src/search/article-model.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';

const article: ArticleModel = {
  id: 'a1',
  title: 'Niger junta meets Russia',
  published: '2024-06-03',
  url: null,
  source: null,
  passages: [{ position: 0, id: 'p0', html: 'Text.', text: 'Text.', marked: false }, { position: 1, id: 'p1', html: 'More.', text: 'More.', marked: false }],
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
    expect(page.publishedLabel).toBe('No date');
  });

  test('when the article names a person by one word only, then related articles are not looked up by it; alone, it is', () => {
    const actor = (name: string, kind: string) => ({ name, kind, count: 1, href: '', entityHref: '' });
    const fema = { ...article, actors: [actor('Allen', 'person'), actor('FEMA', 'organisation'), actor('Michael Brown', 'person'), actor('Brown', 'person'), actor('Senate', 'organisation')] };
    expect(relatedActorsOf(fema)).toEqual(['FEMA', 'Michael Brown', 'Senate']);
    expect(relatedActorsOf({ ...article, actors: [actor('Allen', 'person')] })).toEqual(['Allen']);
  });
});

describe('the words of the search an article was opened from', () => {
  test('when opened from a search page with words, then those words and their mode are read; from anywhere else, none', () => {
    expect(searchedWords('/?q=coup&country=NE')).toEqual({ q: 'coup', match: 'all' });
    expect(searchedWords('/?q=Bush+met+Blair&match=most')).toEqual({ q: 'Bush met Blair', match: 'most' });
    expect(searchedWords('/?q=%22price%20war%22')).toEqual({ q: '"price war"', match: 'all' });
    // Its length is counted as the search counts it, in characters: 300 emoji are a search of 300 (600 UTF-16 units).
    expect(searchedWords(`/?q=${encodeURIComponent('😀'.repeat(300))}`)).toEqual({ q: '😀'.repeat(300), match: 'all' });
    for (const from of ['/?country=NE', '/?q=+', '/actors/Kofi%20Annan', '/countries/NE', '//evil.example/?q=x', `/?q=${'a'.repeat(501)}`, undefined, ['/?q=a']]) {
      expect(searchedWords(from)).toBeNull();
    }
  });

  test('when a word is marked across the edge of a tagged mention, then it is marked on both sides and the HTML stays nested and escaped', () => {
    const text = 'Hugo Chávez <b>spoke</b> in Caracas.';
    const passage = {
      position: 0,
      text,
      evidence: [{ facet: 'actor', value: 'Hugo Chávez', start: 0, end: 11 }],
    } as unknown as PassageDocument;
    const doc = { ...passage, articleId: 'a1', title: 'T', published: null, url: null, source: null } as unknown as PassageDocument;
    // "Chávez <b>" as one match (bytes 5 up to 16): inside the mention and after it.
    const model = articleModel([doc], new Map([[0, [{ start: 5, length: 11 }]]]))!;
    expect(model.passages[0]!.marked).toBe(true);
    expect(model.passages[0]!.html).toBe('<a class="tag tag-actor" href="/?actor=Hugo+Ch%C3%A1vez" title="actor: Hugo Chávez">Hugo <mark>Chávez</mark></a><mark> &lt;b&gt;</mark>spoke&lt;/b&gt; in Caracas.');
    expect(articleModel([doc])!.passages[0]!.marked).toBe(false);
  });

  test('when a country word starts an actor\'s name ("American Express"), then the actor is linked, not the country', () => {
    const text = 'American Express rose in American trade.';
    const passage = {
      position: 0,
      text,
      evidence: [
        { facet: 'country', value: 'US', start: 0, end: 8 },
        { facet: 'actor', value: 'American Express', start: 0, end: 16 },
        { facet: 'country', value: 'US', start: 25, end: 33 },
      ],
    } as unknown as PassageDocument;
    const doc = { ...passage, articleId: 'a1', title: 'T', published: null, url: null, source: null } as unknown as PassageDocument;
    expect(articleModel([doc])!.passages[0]!.html).toBe(
      '<a class="tag tag-actor" href="/?actor=American+Express" title="actor: American Express">American Express</a> rose in '
        + '<a class="tag tag-country" href="/?country=US" title="country: United States">American</a> trade.',
    );
  });

  test('when marks fall in one stretch of text, then only that stretch is wrapped', () => {
    expect(markedText('a coup <here>', 0, 13, [{ start: 2, end: 6 }])).toBe('a <mark>coup</mark> &lt;here&gt;');
    expect(markedText('a coup here', 7, 11, [{ start: 2, end: 6 }])).toBe('here');
  });

  test('when the page was opened from a search whose words are in the text, then it says where they are marked', () => {
    const marked = { ...article, passages: article.passages.map((p, i) => ({ ...p, marked: i === 1 })) };
    expect(articlePageModel(marked, '/?q=coup').marksNote).toBe('Marked: the words of “coup”, in 1 of 2 passages.');
    expect(articlePageModel(article, '/?q=coup').marksNote).toBeNull();
    expect(articlePageModel(marked, '/actors/X').marksNote).toBeNull();
    // "US" is searched as the country's tags, which are underlined, not marked: the note names the words marked.
    expect(articlePageModel(marked, '/?q=US+sanctions').marksNote).toBe('Marked: the words of “sanctions”, in 1 of 2 passages.');
    // Several words: any of them is marked, where a search's passage holds them all (a black-box review).
    expect(articlePageModel(marked, '/?q=coup+talks').marksNote).toBe('Marked: any of the words of “coup talks”, in 1 of 2 passages.');
  });
});

describe('mentioned dates', () => {
  test('when a date has a year, then it links to the articles talking about its month or year; a day without a year links nowhere', () => {
    expect(mentionedHref('1987-03-02')).toBe('/?mentioned=1987-03');
    expect(mentionedHref('1987-03')).toBe('/?mentioned=1987-03');
    expect(mentionedHref('2001')).toBe('/?mentioned=2001');
    expect(mentionedHref('--03-02')).toBeNull();
    // A month the search would refuse (a 400) is no link to it: the year is.
    expect(mentionedHref('1987-13-02')).toBe('/?mentioned=1987');
  });

  test('when the text mentions a date, then it is a link to its period like the other tags, and a yearless one is marked only', () => {
    const doc = {
      position: 0,
      text: 'On March 2, 1987 and on March 3 they met.',
      evidence: [{ facet: 'date', value: '1987-03-02', start: 3, end: 16 }, { facet: 'date', value: '--03-03', start: 24, end: 31 }],
      articleId: 'a1', title: 'T', published: null, url: null, source: null,
    } as unknown as PassageDocument;
    expect(articleModel([doc])!.passages[0]!.html).toBe(
      'On <a class="tag tag-date" href="/?mentioned=1987-03" title="date: 1987-03-02"><time datetime="1987-03-02">March 2, 1987</time></a> and on '
        + '<time class="tag tag-date" datetime="--03-03" title="--03-03">March 3</time> they met.',
    );
  });
});
