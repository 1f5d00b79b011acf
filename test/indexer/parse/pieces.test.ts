import { stripBoilerplate } from '../../../indexer/parse/boilerplate.js';
import { findHeadline, titleFromSentence } from '../../../indexer/parse/headline.js';
import { joinWrappedLines, splitParagraphs } from '../../../indexer/parse/paragraphs.js';
import { dateLine, numericDateOrder, parsePublishedDate } from '../../../indexer/parse/published-date.js';

describe('stripBoilerplate', () => {
  test('when a "Read more" line is followed by a link title, then both go; the text after stays', () => {
    expect(stripBoilerplate(['Para one.', 'Read more', '', 'Lavrov assesses relations with key Sahel state', '', 'Para two.'])).toEqual(['Para one.', '', 'Para two.']);
  });
  test('when the wire signs off in lower case ("reuter", "reuter..."), then the sign-off goes as "Reuter" does', () => {
    expect(stripBoilerplate(['Text.', 'reuter'])).toEqual(['Text.']);
    expect(stripBoilerplate(['Text.', 'reuter...'])).toEqual(['Text.']);
    expect(stripBoilerplate(['Text.', 'Reuter'])).toEqual(['Text.']);
    // After a table's last row, which ends in no full stop, the sign-off is still a line of its own.
    expect(splitParagraphs('Shr 22 cts vs 17 cts\n    Avg shrs 5,153,000 vs five mln\n Reuter')).toEqual(['Shr 22 cts vs 17 cts', 'Avg shrs 5,153,000 vs five mln', 'Reuter']);
  });
  test('when a footer heading appears after the story, then nothing after it is kept', () => {
    expect(stripBoilerplate(['Text of the story goes here.', 'Most Popular Articles', 'Other story'])).toEqual(['Text of the story goes here.']);
    expect(stripBoilerplate(['Text of the story goes here.', 'Leave a Reply', 'Great article, thanks for writing it.'])).toEqual(['Text of the story goes here.']);
    // Links, then the site's footer, with no article prose after them: the end.
    expect(stripBoilerplate(['Text of the story goes here.', '', 'Most read', '', 'Story one', '', 'Story two', '', 'About us', 'Contact'])).toEqual(['Text of the story goes here.', '']);
    // A footer's own sentences after the links or a sign-up box are no story either (a code review).
    expect(stripBoilerplate(['Text of the story goes here.', 'Most read', 'Coup leaders meet envoys', 'Oil prices fall', 'About us', 'Example News is published by Example Media Group in London.'])).toEqual(['Text of the story goes here.']);
    expect(stripBoilerplate(['Text of the story goes here.', 'Subscribe to our newsletter', 'Get the top stories delivered to your inbox every morning.'])).toEqual(['Text of the story goes here.']);
  });
  test('when a widget\'s heading stands above the story or inside it, then the heading and its links go and the whole story stays (an indexer review)', () => {
    // Above the headline: the page had been "no text", or only its headline kept.
    const story = ['Niger junta closes airspace', '', "NIAMEY - Niger's military rulers closed the airspace on Sunday.", '', 'ECOWAS leaders are due to meet in Abuja on Thursday.'];
    for (const heading of ['Subscribe to our newsletter', 'Most read', 'Related articles', 'Leave a comment']) {
      const kept = stripBoilerplate([heading, '', ...story]);
      expect(kept.slice(kept.findIndex((line) => line !== ''))).toEqual(story);
    }
    // Above the headline, over links: the links go, the headline stays.
    expect(stripBoilerplate(['Most read', 'Putin visits Pyongyang', 'Oil slips on demand fears', ...story])).toEqual(story);
    // Inside the story, over its link titles: the paragraphs after the widget stay.
    const inside = ['KABUL - Afghan officials said on Monday that talks would resume.', '', 'Most read', '', 'Putin visits Pyongyang', '', 'Oil slips on demand fears', '', 'A second round is planned in Islamabad in June.'];
    expect(stripBoilerplate(inside)).toEqual(['KABUL - Afghan officials said on Monday that talks would resume.', '', 'A second round is planned in Islamabad in June.']);
  });
  test('when a page keeps its read-on markers, its tag list or its publication stamp as lines, then they go and sentences like them stay', () => {
    const story = 'Niger has defied US warnings, the junta said on Monday.';
    const chrome = ['Continue reading below', 'Story continues below advertisement', 'Article continues after this ad', 'Tags: Niger, Coup, ECOWAS', 'Topics: Africa · Politics', 'Published March 3, 2024 · Updated 10:30 a.m. ET', 'Updated: 2024-03-04 08:00', 'Posted 3 hours ago', 'Published 10:12 PM EST, Mon March 4, 2024'];
    expect(stripBoilerplate([story, ...chrome, story])).toEqual([story, story]);
    // The same words opening the story's own sentences.
    const prose = ['Published figures show that output rose in 2023.', 'Updated forecasts were released on Monday.', 'Posted by the ministry on March 3.', 'Tags of luggage were found.', 'Published in London', 'Updated 2024 data show the gap', 'Continue reading the report, he said.'];
    expect(stripBoilerplate(prose)).toEqual(prose);
  });
  test('when a consent banner or a sign-up prompt opens a scraped page, then it goes and the headline comes first', () => {
    const page = ['Accept cookies', 'Sign up for our newsletter', 'We use cookies to improve your experience on our site.', 'Niger junta closes airspace', '', 'The junta closed the airspace on Sunday, the army said.'];
    expect(findHeadline(stripBoilerplate(page)).title).toBe('Niger junta closes airspace');
  });
  test('when a byline gives the writer\'s role or the date, or a note on the writer closes the story, then they go (an indexer review)', () => {
    const story = ['Niger junta closes airspace', '', "Niger's military rulers closed the airspace on Sunday, the army said."];
    for (const byline of ['By Jane Doe, Staff Writer', 'By John Smith | Published March 3, 2024 10:30 a.m.', 'By Ali Musa and Jane Doe, Reuters', 'By Jane Doe — Updated 2 hours ago']) {
      expect(stripBoilerplate([byline, ...story])).toEqual(story);
    }
    for (const note of ['Jane Doe is a reporter covering West Africa for the Post. Follow her on X @janedoe.', 'The author is a freelance journalist based in Niamey.', 'John Smith is the paper\'s Africa correspondent and can be reached at js@example.com.']) {
      expect(stripBoilerplate([...story, '', note])).toEqual([...story, '']);
    }
    // A sentence about a reporter in the story, a byline-like sentence, stay.
    const reporter = [...story, '', 'Evan Gershkovich is a reporter for the Wall Street Journal who was detained in 2023.'];
    expect(stripBoilerplate(reporter)).toEqual(reporter);
    expect(stripBoilerplate(['By European Standards, the deal was small.', ...story])).toEqual(['By European Standards, the deal was small.', ...story]);
  });
  test('when a line only looks like boilerplate inside a sentence, then it stays', () => {
    expect(stripBoilerplate(['Share prices fell 3 percent.', 'Read more about it in the report.'])).toEqual(['Share prices fell 3 percent.', 'Read more about it in the report.']);
    // Lines that only look like chrome: a byline's pattern with a day or a month, a copyright sentence, a bar in prose.
    expect(stripBoilerplate(['By Monday', 'By March the talks had failed.', 'Copyright law changed.', 'Results: yes | no'])).toEqual(['By Monday', 'By March the talks had failed.', 'Copyright law changed.', 'Results: yes | no']);
    const text = ['The rebels set three demands for the talks to go on.', '(c) unhindered humanitarian access to Gaza.', 'By Christmas', 'the', 'Search', 'party went on.'];
    expect(stripBoilerplate(text)).toEqual(text);
    // A "Related" line over a wrapped paragraph of wire copy: the paragraph stays.
    const wire = ['RELATED', 'The company said it expected profits', 'to rise in the second half of the year', 'as demand recovered.'];
    expect(stripBoilerplate(wire)).toEqual(wire.slice(1));
  });
});

describe('splitParagraphs', () => {
  test('when newswire lines are hard-wrapped with indented paragraph starts, then lines join into paragraphs', () => {
    expect(splitParagraphs('Showers continued in\nthe Bahia zone.\n    The dry period means\nlate arrivals.')).toEqual(['Showers continued in the Bahia zone.', 'The dry period means late arrivals.']);
  });
  test('when each line is a paragraph, then each stays one', () => {
    expect(splitParagraphs('One sentence here.\nAnother one there.')).toEqual(['One sentence here.', 'Another one there.']);
  });
  test('when a text of one paragraph a line has an indented quote, then its lines stay paragraphs', () => {
    expect(splitParagraphs('The vote was counted.\nThe result came late.\n    "We won," he said.\nCelebrations began.')).toEqual([
      'The vote was counted.',
      'The result came late.',
      '"We won," he said.',
      'Celebrations began.',
    ]);
  });
  test('when a wire\'s wrapped line ends with a quote, "U.S." or a full stop mid-paragraph, then only the indent starts the next', () => {
    const wire = 'Lukman said the group was producing\nbelow its ceiling:\n    "We are determined to stand firm by the accord,"\nhe said. Imports under the U.S.\nsugar quota fell.\nPrices held.\n    Lukman gave no figures.\n Reuter';
    expect(splitParagraphs(wire)).toEqual([
      'Lukman said the group was producing below its ceiling:',
      '"We are determined to stand firm by the accord," he said. Imports under the U.S. sugar quota fell. Prices held.',
      'Lukman gave no figures.',
      'Reuter',
    ]);
  });
});

describe('joinWrappedLines', () => {
  test('when wire copy is hard-wrapped, then the breaks splitParagraphs joins become spaces, the rest stays, and the length is kept', () => {
    const wire = "Singapore's Finance Minister Richard\nHu is to announce a budget.\n    Federal Reserve Board chairman Paul\nVolcker said so.\n\n Reuter";
    const joined = joinWrappedLines(wire);
    expect(joined).toBe("Singapore's Finance Minister Richard Hu is to announce a budget.\n    Federal Reserve Board chairman Paul Volcker said so.\n\n Reuter");
    expect(joined).toHaveLength(wire.length);
    expect(splitParagraphs(joined)).toEqual(splitParagraphs(wire));
  });
  test('when each line ends a sentence, then no line is joined', () => {
    const text = 'One sentence here.\nAnother one there.\n\nA third.';
    expect(joinWrappedLines(text)).toBe(text);
  });
});

describe('findHeadline', () => {
  test('when the first line is a paragraph, then the title is derived', () => {
    const h = findHeadline(['The junta said it would talk. Talks began on Monday in Niamey.']);
    expect(h.derived).toBe(true);
    expect(h.title).toBe('The junta said it would talk');
  });
  test('when the first line is one sentence of the lead, or opens with a wire dateline, then it is body, under a title made from it (a review: it had been the title, and missing from the passages)', () => {
    for (const lead of [
      'WASHINGTON (AP) — The Senate passed a stopgap spending bill on Saturday, averting a government shutdown hours before the deadline.',
      "LONDON, March 3 (Reuters) - Britain's economy grew faster than expected in the last quarter",
      'The junta in Niger closed its airspace to all flights on Sunday.',
    ]) {
      const h = findHeadline([lead, '', 'The bill now goes to President Biden.']);
      expect(h.derived).toBe(true);
      expect(h.rest.filter((l) => l.trim() !== '')).toEqual([lead, 'The bill now goes to President Biden.']);
    }
    // Headlines stay headlines: short, or with no period at the end.
    for (const headline of ['Niger junta closes airspace', 'Niger closes its airspace.', 'Is this the end of the junta in Niger after all these months?', 'UK ECONOMY GROWS FASTER THAN EXPECTED IN THE LAST QUARTER - ONS']) {
      expect(findHeadline([headline, '', 'The junta said so on Sunday.'])).toMatchObject({ title: headline, derived: false });
    }
  });
  test('when the text is one line, then it is the body, under a title made from it, not a headline over nothing', () => {
    const h = findHeadline(['', 'Niger closed its airspace on Sunday, officials said.', '']);
    expect(h).toMatchObject({ title: 'Niger closed its airspace on Sunday, officials said', derived: true });
    expect(h.rest.filter((l) => l.trim() !== '')).toEqual(['Niger closed its airspace on Sunday, officials said.']);
  });
  test('when the opening sentence is long, then its first clause or first words make the title', () => {
    expect(titleFromSentence('In the midst of the ongoing political crisis in Niger, international powers have begun to take sides.')).toBe('In the midst of the ongoing political crisis in Niger');
    const long = titleFromSentence('Word '.repeat(60).trim() + '.');
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('dates of publication', () => {
  test.each([
    ['2023-11-15', '2023-11-15'],
    ['1987-02-26T15:01:01Z', '1987-02-26T15:01:01Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['June 05, 2024 at 07:49PM', '2024-06-05T19:49:00Z'],
    ['26 Feb 1987', '1987-02-26'],
    ['1714557600', '2024-05-01T10:00:00Z'],
    ['1714557600000', '2024-05-01T10:00:00Z'],
    ['1714557600.75', '2024-05-01T10:00:00Z'],
    [' 978307200 ', '2001-01-01T00:00:00Z'],
    ['-100000000', '1966-10-31T14:13:20Z'],
    // A space for the T, as databases write it, to the second; no zone is UTC whatever the machine's.
    ['1987-02-26 15:01:01', '1987-02-26T15:01:01Z'],
    ['2024-05-01 10:20:30+02:00', '2024-05-01T08:20:30Z'],
    ['2024-05-01T10:20:30', '2024-05-01T10:20:30Z'],
    // ISO 8601's basic form, as some meta tags write it.
    ['20240315', '2024-03-15'],
    ['20240315T101500Z', '2024-03-15T10:15:00Z'],
    // Numeric day and month: the order the numbers force, else month first; with dots, day first (Europe's).
    ['15/01/2024', '2024-01-15'],
    ['01/15/2024', '2024-01-15'],
    ['01/02/2024', '2024-01-02'],
    ['01.02.2024', '2024-02-01'],
    ['15/01/2024 10:30', '2024-01-15T10:30:00Z'],
    ['05/06/2024 7:05 PM', '2024-05-06T19:05:00Z'],
    ['01/02/2024 10:30 +0200', '2024-01-02T08:30:00Z'],
    // The zone, however it is written (an indexer review found these read as UTC): an offset after a space or of hours
    // alone, RFC 2822 without its weekday, a zone's abbreviation, "UTC+5"; 11:30 PM in New York is the next day in UTC.
    ['2024-06-05 23:30:00 +02:00', '2024-06-05T21:30:00Z'],
    ['2024-06-05T23:30:00+02', '2024-06-05T21:30:00Z'],
    ['5 Jun 2024 23:30:00 +0200', '2024-06-05T21:30:00Z'],
    ['June 5, 2024 11:30 PM EDT', '2024-06-06T03:30:00Z'],
    ['Wednesday, June 5, 2024 at 11:30 PM CEST', '2024-06-05T21:30:00Z'],
    ['2024-01-01T10:00:00 PST', '2024-01-01T18:00:00Z'],
    ['1 January 2024 10:00 UTC+5', '2024-01-01T05:00:00Z'],
    // What programs print (an indexer review found these skipped): JavaScript's Date.toString(), Java's ZonedDateTime.
    ['Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)', '2024-03-05T09:00:00Z'],
    ['Tue Mar 05 2024 10:00:00 GMT-0500', '2024-03-05T15:00:00Z'],
    ['2024-03-05T10:00:00+01:00[Europe/Paris]', '2024-03-05T09:00:00Z'],
    ['2024-03-05T10:00Z[UTC]', '2024-03-05T10:00:00Z'],
    ['2024-07-05T10:00[Europe/Paris]', '2024-07-05T08:00:00Z'],
    ['2024-01-05T10:00:00[America/New_York]', '2024-01-05T15:00:00Z'],
  ])('when the value is %s, then it reads as %s', (value, iso) => {
    expect(parsePublishedDate(value)?.iso).toBe(iso);
  });
  // Unix time before 1900 or after tomorrow, numbers of other lengths (20240501 may be a YYYYMMDD day), and dates with hour and minute written without separators (202405011200: 1976 as milliseconds) are no epoch.
  test.each(['2024-02-30 10:00:00', '2024-04-31T00:00:00Z', 'next week', 'June', '2024-02-30', 'soon', '-2300000000', '9999999999999', '17145576000', '12345', '202405011200', '2024050112', '4102444800', '20240230', '20241315', '30/02/2024', '13/13/2024', 'Mon, 31 Jun 2024 10:00:00 GMT', '31 June 2024 10:00 PM EDT', 'Sat Feb 30 2024 10:00:00 GMT+0100', 'Tue Xyz 05 2024 10:00:00 GMT+0100', '2024-03-05T10:00[Mars/Olympus]'])('when the value is %s, then no date is read', (value) => {
    expect(parsePublishedDate(value)).toBeUndefined();
  });
  test('when a numeric date could be day or month and day first is asked for, then it is read day first; forced orders stay', () => {
    expect(parsePublishedDate('01/02/2024', { dayFirst: true })?.day).toBe('2024-02-01');
    expect(parsePublishedDate('01/15/2024', { dayFirst: true })?.day).toBe('2024-01-15');
    // With an hour and AM/PM, or a zone, as without (a code review).
    expect(parsePublishedDate('05/06/2024 7:05 PM', { dayFirst: true })?.iso).toBe('2024-06-05T19:05:00Z');
    expect(numericDateOrder('01.02.2024')).toBe('dotted');
    expect(numericDateOrder('01/02/2024')).toBe('ambiguous');
    expect(numericDateOrder('15/01/2024')).toBe('day-first');
    expect(numericDateOrder('2024-01-02')).toBeUndefined();
  });
  test('when a line is only a date, then it is a date line; when a date is part of a sentence, then not', () => {
    expect(dateLine('Thursday, June 20, 2024')?.date.day).toBe('2024-06-20');
    expect(dateLine('June 05, 2024 at 07:49PM')?.withTime).toBe(true);
    expect(dateLine('In March, Russian President Vladimir Putin met Goita')).toBeUndefined();
  });
  test.each([
    ['Published on June 5, 2024', '2024-06-05'],
    ['Updated: 5th of June 2024 10:00 UTC', '2024-06-05T10:00:00Z'],
    ['Sept. 5, 2006', '2006-09-05'],
    ['Mon, 03 Jun 2024 14:30:00 GMT', '2024-06-03T14:30:00Z'],
    // 08:00 in Central European summer time is 06:00 UTC (this line read 08:00 UTC until an indexer review).
    ['Friday 7 June 2024, 08:00 CEST', '2024-06-07T06:00:00Z'],
    ['April 8, 1987 until March 6, 1989.', '1987-04-08'],
  ])('when a line is only a date written as %s, then it reads as %s', (line, iso) => {
    expect(dateLine(line)?.date.iso).toBe(iso);
  });
  // Lines chrono is no longer asked about: a word no date is made of rules out a whole-line date.
  test.each(['Record March 16', 'paid back in full on April 15, 1995.', 'Market report 6/5/2024', 'Marketing 12/3/1987'])('when a line holds a word that is no part of a date (%s), then it is no date line', (line) => {
    expect(dateLine(line)).toBeUndefined();
  });
});
