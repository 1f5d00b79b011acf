import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ARTICLE_CHARS, parseArticle, type Article } from '../../../indexer/parse/parse-article.js';
import { recordFromFields } from '../../../indexer/read/records.js';
import { SAMPLE_DIR } from '../../support/paths.js';

function sample(name: string): Article {
  const result = parseArticle({ origin: { file: name }, format: 'text', id: name, body: readFileSync(join(SAMPLE_DIR, `${name}.txt`), 'utf8') });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

const all = ['000_31986ac17e426aa9', '001_2a3ac2bca5c954bc', '002_553c38acbd687d2c', '003_cbd39d7b5994fbc4', '004_a3df27514bc5eff8'];

describe('parseArticle on the sample articles', () => {
  test('when the headline is the first line, then it is the title and not a paragraph', () => {
    const a = sample('000_31986ac17e426aa9');
    expect(a.title).toBe('Mali-Russia phone call raises concerns amidst Niger crisis');
    expect(a.paragraphs[0]).toMatch(/^Russian President Vladimir Putin has engaged/);
    expect(a.titleDerived).toBe(false);
  });

  test('when the headline is printed twice, then it is kept once', () => {
    const a = sample('002_553c38acbd687d2c');
    expect(a.title).toBe('Niger talks Sahel’s security with Russia');
    expect(a.paragraphs.some((p) => p.includes('Niger talks Sahel’s security'))).toBe(false);
  });

  test('when a weather widget and a site date sit above the headline, then both go and the feed stamp dates the article', () => {
    const a = sample('003_cbd39d7b5994fbc4');
    expect(a.title).toBe('Russian defense delegation holds talks with African allies');
    expect(a.published?.day).toBe('2024-06-05');
    expect(a.paragraphs.join('\n')).not.toMatch(/30\.1 C|Thursday, June 20, 2024|07:49PM/);
  });

  test('when there is no headline, then a short title is made from the opening sentence and the date marker is read', () => {
    const a = sample('004_a3df27514bc5eff8');
    expect(a.titleDerived).toBe(true);
    expect(a.title).toBe('In the midst of the ongoing political crisis in Niger');
    expect(a.published?.iso).toBe('2023-11-15');
    expect(a.paragraphs[0]).toMatch(/^In the midst of the ongoing political crisis/);
  });

  test.each(all)('when parsing %s, then no site boilerplate is left in the text', (name) => {
    const text = sample(name).paragraphs.join('\n');
    for (const junk of [/Leave a Reply/i, /Your email address/, /Subscribe To Our Newsletter/, /\[mc4wp_form/, /^Share$/m, /^Read more$/m, /Lavrov assesses relations/, /Most Popular Articles/, /^0$/m, /^READ:/m, /^AFP$/m]) {
      expect(text).not.toMatch(junk);
    }
  });

  test('when an article has no date anywhere, then none is invented', () => {
    expect(sample('000_31986ac17e426aa9').published).toBeNull();
    expect(sample('001_2a3ac2bca5c954bc').published).toBeNull();
  });

  test('when the same file is parsed twice, then its id and hash are the same; when text changes, then only the hash changes', () => {
    const a = sample('000_31986ac17e426aa9');
    const b = sample('000_31986ac17e426aa9');
    expect([a.id, a.contentHash]).toEqual([b.id, b.contentHash]);
    const changed = parseArticle({ origin: { file: 'x' }, format: 'text', id: '000_31986ac17e426aa9', body: 'Title\n\nOther text.' });
    expect(changed.ok && changed.article.id).toBe(a.id);
    expect(changed.ok && changed.article.contentHash).not.toBe(a.contentHash);
  });
});

describe('parseArticle on records', () => {
  test('when the wire files one story again under another id and date, then both filings have one story key, whatever their case and punctuation; another title or text is another story', () => {
    const filing = (id: string, date: string, title = 'OPEC MEETS', body = 'Ministers met in Vienna.') => {
      const r = parseArticle({ origin: { file: 'w' }, format: 'json', id, date, title, body });
      if (!r.ok) throw new Error(r.reason);
      return r.article;
    };
    const first = filing('r-854', '1987-03-02T18:18:59Z', 'OPEC MEETS', 'VIENNA, March 2 - Ministers met in Vienna.');
    // Filed again the next morning: the dateline's day moved on, the story did not.
    const again = filing('r-965', '1987-03-03T08:13:28Z', 'OPEC MEETS', 'VIENNA, March 3 - Ministers met in Vienna.');
    expect(again.storyKey).toBe(first.storyKey);
    expect(again.contentHash).not.toBe(first.contentHash);
    expect(filing('r-1', '1987-03-02T18:18:59Z', 'OPEC MEETS AGAIN', 'VIENNA, March 2 - Ministers met in Vienna.').storyKey).not.toBe(first.storyKey);
    expect(filing('r-2', '1987-03-02T18:18:59Z', 'OPEC MEETS', 'VIENNA, March 2 - Ministers met in Geneva.').storyKey).not.toBe(first.storyKey);
    // A re-send that mends a comma or a capital is the same story; a changed figure is not.
    expect(filing('r-3', '1987-03-02T19:02:11Z', 'OPEC Meets', 'VIENNA, March 2 - Ministers, met in Vienna').storyKey).toBe(first.storyKey);
    expect(filing('r-4', '1987-03-02T18:18:59Z', 'OPEC MEETS', 'VIENNA, March 2 - 5 ministers met in Vienna.').storyKey).not.toBe(
      filing('r-5', '1987-03-02T18:18:59Z', 'OPEC MEETS', 'VIENNA, March 2 - 6 ministers met in Vienna.').storyKey,
    );
    // Without a title, the one made from the text holds the dateline's day: the key does not take it.
    const untitled = (id: string, body: string) => {
      const r = parseArticle({ origin: { file: 'w' }, format: 'json', id, body });
      if (!r.ok) throw new Error(r.reason);
      return r.article;
    };
    expect(untitled('u-1', 'VIENNA, March 2 - Ministers met in Vienna.').storyKey).toBe(untitled('u-2', 'VIENNA, March 3 - Ministers met in Vienna.').storyKey);
  });

  test('when a NewsAPI record\'s content ends in its cut mark "[+2345 chars]", then the mark goes and the ellipsis stays', () => {
    const result = parseArticle({ origin: { file: 'news.json' }, format: 'json', title: 'Junta closes airspace', body: 'The junta in Niamey closed the airspace on Sunday, the army said in a statement read on state televi… [+2345 chars]' });
    expect(result.ok && result.article.paragraphs).toEqual(['The junta in Niamey closed the airspace on Sunday, the army said in a statement read on state televi…']);
    // Inside the text, such a bracket is the story's own.
    const inside = parseArticle({ origin: { file: 'news.json' }, format: 'json', title: 'T', body: 'The file said [+2345 chars] of code were added to the program that year.' });
    expect(inside.ok && inside.article.paragraphs[0]).toContain('[+2345 chars]');
  });
  test('when a record has no id or url, then its id comes from its content', () => {
    const r1 = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'T', body: 'Body one.' });
    const r2 = parseArticle({ origin: { file: 'b' }, format: 'json', title: 'T', body: 'Body one.' });
    expect(r1.ok && r2.ok && r1.article.id === r2.article.id).toBe(true);
    expect(r1.ok && r1.article.id).toMatch(/^c-[0-9a-f]{20}$/);
  });

  test('when a scraped page has a menu, a byline, "Read more" links, a cookie footer and a copyright line, then the headline is the title and only the story is text', () => {
    const body = [
      'Skip to main content', 'Menu', 'Search', '', 'Junta in Niger closes airspace', '', 'By John Smith', 'Published: 12 August 2023', '',
      'Niamey - Niger closed its airspace on Sunday.', '', 'Copyright law, officials said, was not at issue.', '',
      'Read more:', 'Niger coup: what we know', 'Mali junta reacts', '', 'Share this article: Facebook Twitter Email', '',
      'Home | World | Africa | Subscribe', 'Cookie settings | Privacy policy | Terms of use', '© 2023 Reuters. All rights reserved.',
    ].join('\n');
    const parsed = parseArticle({ origin: { file: 'page.txt' }, format: 'text', body });
    expect(parsed.ok && parsed.article.title).toBe('Junta in Niger closes airspace');
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['Niamey - Niger closed its airspace on Sunday.', 'Copyright law, officials said, was not at issue.']);
  });

  test('when an undated wiki record opens with its date in bold on the first line, then that is its publication date', () => {
    const parsed = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'Bid', body: "'''April 9, 2005'''   A bid topping $17.7 billion was made on Friday." });
    expect(parsed.ok && parsed.article.published?.day).toBe('2005-04-09');
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['A bid topping $17.7 billion was made on Friday.']);
  });

  test('when an undated wiki record opens with its date inside a paragraph tag, after the editor\'s status word, or plain before a layout tag, then that is its publication date (four Wikinews articles stayed undated)', () => {
    const day = (body: string) => {
      const parsed = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'T', body });
      return parsed.ok ? [parsed.article.published?.day, parsed.article.paragraphs[0]] : parsed.reason;
    };
    expect(day("&lt;p&gt;'''July 17 , 2005 ''' &lt;/p&gt;  Yigal Amir began a hunger strike on Sunday.")).toEqual(['2005-07-17', 'Yigal Amir began a hunger strike on Sunday.']);
    expect(day("publish   '''February 7, 2005'''    Iraq &amp;ndash; Shi'a leaders called for a religious state.")).toEqual(['2005-02-07', "Iraq – Shi'a leaders called for a religious state."]);
    expect(day('February 3 , 2005   &lt;div style=&quot;float:right&quot;&gt;  &lt;/div&gt; Former Federal Reserve Chairman Paul Volcker spoke.')).toEqual(['2005-02-03', 'Former Federal Reserve Chairman Paul Volcker spoke.']);
    // A date that opens the story's own sentence stays in it.
    expect(day('February 3, 2005 was the day the report came out, officials said.')).toEqual([undefined, 'February 3, 2005 was the day the report came out, officials said.']);
  });

  test('when the text is only markup without a letter or figure ("__NOTOC__  * *"), then the record is refused as having no text', () => {
    expect(parseArticle({ origin: { file: 'a' }, format: 'json', title: 'Photo-ops', body: '__NOTOC__  * *' })).toEqual({ ok: false, reason: 'no text' });
    const kept = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'Vote', body: '* *\n\nThe vote was held.' });
    expect(kept.ok && kept.article.paragraphs).toEqual(['The vote was held.']);
  });

  test('when the text is only boilerplate, then the record is refused as having no text', () => {
    expect(parseArticle({ origin: { file: 'a' }, format: 'text', body: 'Share\n\nLeave a Reply\nYour email address will not be published.' })).toEqual({ ok: false, reason: 'no text' });
  });

  test('when a text is in a script written without spaces (Chinese, Japanese), then it is no "one word" text (an indexer review)', () => {
    const zh = parseArticle({ origin: { file: 'a' }, format: 'json', title: '北京会议', body: '国务院总理周一在北京主持召开会议，讨论经济形势和明年的预算安排。' });
    expect(zh.ok).toBe(true);
    expect(parseArticle({ origin: { file: 'a' }, format: 'json', title: 'x', body: '北京' })).toEqual({ ok: false, reason: expect.stringMatching(/^too little text: 1 word/) });
  });

  test('when a wiki export left one word of a story, then the record is refused saying so; two words are a brief', () => {
    expect(parseArticle({ origin: { file: 'w' }, format: 'json', title: 'USDA finds mad cow disease', body: 'The  * *' })).toEqual({
      ok: false,
      reason: 'too little text: 1 word ("The"), where an article has 2 at least',
    });
    expect(parseArticle({ origin: { file: 'w' }, format: 'json', title: 'Holiday', body: 'Markets closed.' }).ok).toBe(true);
  });

  test('when a wiki category\'s name in lower case stands before the first sentence, then it goes; a name\'s particle stays', () => {
    const first = (body: string) => {
      const r = parseArticle({ origin: { file: 'w' }, format: 'json', title: 'T', body });
      return r.ok ? r.article.paragraphs[0] : r.reason;
    };
    expect(first('turkey  The Central Bank of Turkey published a job advertisement.')).toBe('The Central Bank of Turkey published a job advertisement.');
    expect(first('sponsorship scandal  The Canadian government may not need an election.')).toBe('The Canadian government may not need an election.');
    expect(first('de  Klerk said so on Monday.')).toBe('de Klerk said so on Monday.');
    expect(first('united Kingdom   British drivers were urged not to buy fuel.')).toBe('united Kingdom British drivers were urged not to buy fuel.');
  });

  test('when the metadata date cannot be read, then the record is refused naming it', () => {
    expect(parseArticle({ origin: { file: 'a' }, format: 'json', body: 'Text.', date: 'soonish' })).toEqual({ ok: false, reason: 'unparseable date "soonish"' });
  });

  test('when a JSON record dates itself in Unix seconds or milliseconds, then that is its publication date', () => {
    for (const date of [1714557600, 1714557600000]) {
      const fields = recordFromFields({ id: 'e', body: 'Some text.', date });
      const r = typeof fields === 'string' ? fields : parseArticle({ origin: { file: 'a.json' }, format: 'json', ...fields });
      expect(typeof r !== 'string' && r.ok && r.article.published?.iso).toBe('2024-05-01T10:00:00Z');
    }
  });

  test('when text carries private-use or control characters, then they are removed', () => {
    const r = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'T\uE000', body: 'A\uE000B\u0007C said.' });
    expect(r.ok && r.article.paragraphs).toEqual(['ABC said.']);
    expect(r.ok && r.article.title).toBe('T');
  });

  test('when text carries soft hyphens (&shy;), then they are removed, so the word is whole for search and tags (a review: "Ice\\u00ADland")', () => {
    const r = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'Fishing in Ice\u00ADland', body: 'The government of Ice&shy;land announced in Reykja\u00ADvik a new quota.' });
    expect(r.ok && r.article.paragraphs).toEqual(['The government of Iceland announced in Reykjavik a new quota.']);
    expect(r.ok && r.article.title).toBe('Fishing in Iceland');
  });

  test('when a wire story carries carriage returns written out as "^M" at its line ends, then they leave the text (16 Reuters stories: "Rolls-Royce^M")', () => {
    const r = parseArticle({ origin: { file: 'a' }, format: 'json', title: 'Engines', body: "Britain's <Rolls-Royce^M\n Ltd> won the order.^M\n    A caret ^Mark stays.\n REUTER...^M" });
    expect(r.ok && r.article.paragraphs).toEqual(["Britain's <Rolls-Royce Ltd> won the order.", 'A caret ^Mark stays.']);
  });

  test('when a record has more text than one article can, then it is refused with its length and the limit', () => {
    const body = `${'A sentence of news. '.repeat(MAX_ARTICLE_CHARS / 20)}x`;
    expect(parseArticle({ origin: { file: 'a' }, format: 'json', body })).toEqual({
      ok: false,
      reason: 'text too long: 250,001 characters, where an article has at most 250,000 (split a longer text into articles)',
    });
    expect(parseArticle({ origin: { file: 'a' }, format: 'json', body: body.slice(1) }).ok).toBe(true);
  });
});

describe('parseArticle on text that was HTML or wiki markup once', () => {
  test('when a JSON record carries character references and wiki markup, then title and text read as written, and a bold date line dates it', () => {
    const result = parseArticle({
      origin: { file: 'wikinews.jsonl', line: 1 },
      format: 'json',
      title: 'Greenspan&#39;s testimony suggests &quot;more of the same&quot;',
      body: "'''April 9, 2005'''\nErnst &amp; Young said &quot;rates will rise&quot;.<!-- [http://x.example Source] -->\n\n__NOTOC__A hidden &#xE000; marker.",
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe('Greenspan\'s testimony suggests "more of the same"');
    expect(result.article.paragraphs).toEqual(['Ernst & Young said "rates will rise".', 'A hidden marker.']);
    expect(result.article.published?.day).toBe('2005-04-09');
  });

  test('when an HTML reader\'s text holds a written reference, then it is not decoded a second time', () => {
    const result = parseArticle({ origin: { file: 'page.html' }, format: 'html', title: 'About &amp;lt;', body: 'The code &amp;lt; stands for <.' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.title).toBe('About &amp;lt;');
    expect(result.article.paragraphs).toEqual(['The code &amp;lt; stands for <.']);
  });
});
