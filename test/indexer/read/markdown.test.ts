import { readMarkdown } from '../../../indexer/read/markdown.js';
import { parseArticle } from '../../../indexer/parse/parse-article.js';

describe('Markdown articles', () => {
  const doc = [
    '# Ceasefire talks resume in Doha',
    '',
    '*June 9, 2024*',
    '',
    'Envoys of **Israel** and Hamas resumed [talks](https://example.org/talks) in `Doha`, officials said.',
    '',
    '> "We are close," one said.',
    '',
    '- Qatar mediates',
    '1. Egypt attends',
    '',
    '---',
    '![A photo of the venue](venue.jpg)',
    '[ref]: https://example.org',
  ].join('\n');

  test('when an article is Markdown, then marks go, words stay, and the headline and date are found as in text', () => {
    const { body } = readMarkdown(doc);
    expect(body).toBe(
      [
        'Ceasefire talks resume in Doha',
        '',
        'June 9, 2024',
        '',
        'Envoys of Israel and Hamas resumed talks in Doha, officials said.',
        '',
        '"We are close," one said.',
        '',
        'Qatar mediates',
        '',
        'Egypt attends',
        '',
        '',
        'A photo of the venue',
        '',
      ].join('\n'),
    );
    const parsed = parseArticle({ origin: { file: 'talks.md' }, format: 'text', id: 'talks', body });
    expect(parsed.ok && parsed.article.title).toBe('Ceasefire talks resume in Doha');
    expect(parsed.ok && parsed.article.published?.day).toBe('2024-06-09');
  });

  test('when Markdown has front matter, then its title and date are the article\'s and it is not text', () => {
    const md = readMarkdown('---\ntitle: "Port reopens"\ndate: 2024-06-02\ntags: [trade]\n---\nThe port of Lomé reopened after_the_storm, said *officials*.');
    expect(md).toEqual({ title: 'Port reopens', date: '2024-06-02', body: 'The port of Lomé reopened after_the_storm, said officials.' });
  });

  test('when front matter names its fields as JSON records do (published, headline, url), then they are read (an indexer review)', () => {
    expect(readMarkdown('---\nheadline: "Quoted: colon title"\npublished: "2024-05-13T08:00:00Z"\nurl: https://example.org/accra\n---\nTalks resumed in Accra on Monday.')).toEqual({
      title: 'Quoted: colon title',
      date: '2024-05-13T08:00:00Z',
      url: 'https://example.org/accra',
      body: 'Talks resumed in Accra on Monday.',
    });
  });

  test('when a list follows a paragraph, then each item is a paragraph of its own, not run into the next (an indexer review)', () => {
    const parsed = parseArticle({ origin: { file: 'l.md' }, format: 'text', id: 'l', body: readMarkdown('# Unrest in the capital\n\nWitnesses said:\n- Protesters stormed parliament\n- Police fired tear gas\n\nThe army was deployed at night.').body });
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['Witnesses said:', 'Protesters stormed parliament', 'Police fired tear gas', 'The army was deployed at night.']);
  });

  test('when Markdown has TOML front matter (+++, as Hugo writes it), then its title and date are the article\'s (an indexer review)', () => {
    expect(readMarkdown('+++\ntitle = "TOML front matter"\ndate = 2024-05-05\ndraft = false\n+++\nRIYADH - Talks began.')).toEqual({ title: 'TOML front matter', date: '2024-05-05', body: 'RIYADH - Talks began.' });
  });

  test('when front matter has no closing rule, then its key lines are still front matter, and a rule further down takes no text', () => {
    expect(readMarkdown('---\ntitle: Talks resume\ndate: 2024-06-09\n\nEnvoys met in Doha.\n\n---\n\nMore talks.')).toEqual({
      title: 'Talks resume',
      date: '2024-06-09',
      body: '\nEnvoys met in Doha.\n\n\n\nMore talks.',
    });
    expect(readMarkdown('---\ntitle: Talks\ntags:\n  - mali\n---\nBody.')).toEqual({ title: 'Talks', body: 'Body.' });
  });

  test('when Markdown has a table, then each row is a line of its cells and the delimiter row goes', () => {
    expect(readMarkdown('| City | Region |\n|---|:--:|\n| Accra | **Greater Accra** |\n\nText after.').body).toBe('City; Region\n\nAccra; Greater Accra\n\nText after.');
  });

  test('when a Markdown article has a table of three columns, then its rows stay in the article text', () => {
    const md = readMarkdown('# Results\n\nThe vote was counted.\n\n| Region | Mahama | Bawumia |\n|---|---|---|\n| Greater Accra | 52% | 45% |\n');
    const parsed = parseArticle({ origin: { file: 'r.md' }, format: 'text', id: 'r', body: md.body });
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['The vote was counted.', 'Region; Mahama; Bawumia', 'Greater Accra; 52%; 45%']);
  });
});
