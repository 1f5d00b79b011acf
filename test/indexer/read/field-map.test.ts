import { parseFieldMap, valueAt } from '../../../indexer/read/field-map.js';
import { recordFromFields } from '../../../indexer/read/records.js';

describe('--map field=path', () => {
  test('when options are given, then they map fields to paths, and a bad one is refused with what was expected', () => {
    expect(parseFieldMap(['body=article.content', 'date = meta.published'])).toEqual({ body: 'article.content', date: 'meta.published' });
    expect(() => parseFieldMap(['body'])).toThrow(/--map body: expected field=path/);
    expect(() => parseFieldMap(['author=x'])).toThrow(/unknown field "author"; expected one of id, title, body, date, url, source, dateline/);
    expect(parseFieldMap(['records=response.docs', 'body=text'])).toEqual({ records: 'response.docs', body: 'text' });
    expect(() => parseFieldMap(['records=response..docs'])).toThrow(/--map records=response..docs: expected keys joined by single dots, e.g. records=response.docs/);
  });

  test('when a path is nested, dotted or indexed, then valueAt finds it', () => {
    expect(valueAt({ article: { content: 'B' } }, 'article.content')).toBe('B');
    expect(valueAt({ 'meta.published': '2024-01-01' }, 'meta.published')).toBe('2024-01-01');
    expect(valueAt({ tags: [{ name: 'x' }] }, 'tags.0.name')).toBe('x');
    expect(valueAt({ a: 1 }, 'a.b.c')).toBeUndefined();
  });

  test('when a record is read with a map, then mapped paths win and common names fill the rest', () => {
    const record = { headline: 'H', article: { content: 'Body text.' }, meta: { published: '2024-05-01' }, link: 'https://x/1', text: 'not this' };
    expect(recordFromFields(record, { body: 'article.content', date: 'meta.published' })).toEqual({
      id: undefined, title: 'H', body: 'Body text.', date: '2024-05-01', url: 'https://x/1', source: undefined,
    });
    expect(recordFromFields({ title: 'T' }, { body: 'article.content' })).toMatch(/no text: expected the mapped path article.content or one of the fields body/);
    expect(recordFromFields({ title: 'T', text: ' ' })).toBe('empty text: the field text is empty');
    expect(recordFromFields({ title: 'T', article: { content: '' } }, { body: 'article.content' })).toBe('empty text: the field article.content is empty');
  });

  test('when the text is a list of paragraphs, then they are its paragraphs; when a text field holds something else, the skip says what (a review: "no text: expected … body" with body there)', () => {
    expect(recordFromFields({ title: 'T', body: ['Floods hit Brazil on Sunday.', ' ', 'Thousands fled.'] })).toMatchObject({ body: 'Floods hit Brazil on Sunday.\n\nThousands fled.' });
    expect(recordFromFields({ title: 'T', copy: { paras: ['One.', 'Two.'] } }, { body: 'copy.paras' })).toMatchObject({ body: 'One.\n\nTwo.' });
    expect(recordFromFields({ title: 'T', body: [{ p: 'One.' }] })).toBe('no text: the field body holds a list [{"p":"One."}], not text (--map body=PATH names the text inside it)');
    expect(recordFromFields({ title: 'T', content: { html: 'x' } })).toMatch(/^no text: the field content holds object \{"html":"x"\}, not text/);
  });

  test('when a title carries inline tags (<em>, <a href>), then they go and their words stay; a tag-like word that is no such tag stays', () => {
    expect(recordFromFields({ title: 'Prices &amp; wages <em>rise</em> in <a href="/jp">Japan</a><br/>', body: 'x' })).toMatchObject({ title: 'Prices &amp; wages rise in Japan' });
    expect(recordFromFields({ title: 'Index <P> up, Sears <S> and Ford <F> too', body: 'x' })).toMatchObject({ title: 'Index <P> up, Sears <S> and Ford <F> too' });
  });

  test('when field names are capitalised, as spreadsheets and CMS exports write them, then they are found; an exact name wins', () => {
    expect(recordFromFields({ ID: 'up-1', Title: 'Upper keys', Body: 'Kenya in Nairobi.', PubDate: '2024-01-01' })).toEqual({
      id: 'up-1', title: 'Upper keys', body: 'Kenya in Nairobi.', date: '2024-01-01', url: undefined, source: undefined,
    });
    expect(recordFromFields({ Body: 'capitalised', body: 'exact' })).toMatchObject({ body: 'exact' });
  });

  test('when a date is there but is no text, then the record is refused as having an unparseable date; MongoDB\'s $date is read', () => {
    expect(recordFromFields({ body: 'Text.', date: true })).toBe('unparseable date true');
    expect(recordFromFields({ body: 'Text.', Date: { a: 1 } })).toBe('unparseable date {"a":1}');
    expect(recordFromFields({ body: 'Text.', date: { $date: '2024-05-01T10:00:00Z' } })).toMatchObject({ date: '2024-05-01T10:00:00Z' });
    expect(recordFromFields({ body: 'Text.', date: null })).toMatchObject({ date: undefined });
    expect(recordFromFields({ body: 'Text.', date: ' ' })).toMatchObject({ date: undefined });
    expect(recordFromFields({ body: 'Text.', date: { $date: { $numberLong: '-86400000' } } })).toMatchObject({ date: '1969-12-31T00:00:00.000Z' });
  });

  test('when a record keeps its dateline apart, then the text opens with it, as on the wire, once', () => {
    expect(recordFromFields({ dateline: 'SALVADOR, Feb 26 -', body: 'Showers continued.' })).toMatchObject({ body: 'SALVADOR, Feb 26 - Showers continued.' });
    expect(recordFromFields({ dateline: 'TOKYO, March 3 -', body: 'TOKYO, March 3 - The yen rose.' })).toMatchObject({ body: 'TOKYO, March 3 - The yen rose.' });
    expect(recordFromFields({ meta: { place: 'LAGOS -' }, body: 'Talks began.' }, { dateline: 'meta.place' })).toMatchObject({ body: 'LAGOS - Talks began.' });
  });
});
