import { withoutLayoutMarkup, draftTitle, withoutStrayClosers } from '../../../indexer/parse/wiki-markup.js';
import { parseArticle } from '../../../indexer/parse/parse-article.js';
import { wikiHeadingsAsLines, wikiInlineAsText, wikiLinksAsText, withoutLeadingLabels, withoutLinkGaps, withoutTemplateResidue } from '../../../indexer/parse/wiki-markup.js';

const wikinews = (text: string) => parseArticle({ origin: { file: 'wikinews.jsonl', line: 1 }, format: 'json', title: 'Budget passes', body: text });

describe('closing brackets an export left alone (a web review)', () => {
  test('when a passage opens with "]]" or "* }}" whose opening the export cut, then they go; brackets in ordinary text stay', () => {
    const paragraphs = (body: string) => {
      const p = parseArticle({ origin: { file: 'w.jsonl' }, format: 'json', id: 'w', body });
      return p.ok ? p.article.paragraphs : [];
    };
    expect(paragraphs('Title here\n\nwho headlined night one. ]] Across Easter weekend Wellington hosted a festival.')).toEqual(['Title here', 'who headlined night one. Across Easter weekend Wellington hosted a festival.']);
    expect(paragraphs('* }}  Global chemical manufacturer LyondellBasell said it would file.')).toEqual(['Global chemical manufacturer LyondellBasell said it would file.']);
    expect(withoutStrayClosers('the array a[i]] and f(x)}} stay')).toBe('the array a[i]] and f(x)}} stay');
  });
});

describe('wiki markup in article text', () => {
  test('when a section heading stands inline, then it becomes a paragraph break (a one-word line would read as a name)', () => {
    expect(wikiHeadingsAsLines('Rates rose.  == Background ==  The bank said.')).toBe('Rates rose.\n\nThe bank said.');
  });

  test('when a Wikinews article ends with its related news and sources, then those lists are no part of the article', () => {
    const parsed = wikinews('The budget passed on Tuesday.  == Background ==  It was the third try. ==Related news== * "Budget fails again" * "Senate delays vote" == Sources == * Reuters Haveyoursay');
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['The budget passed on Tuesday.', 'It was the third try.']);
  });

  test('when an election box of links closes the article ("Latest in this section", "Election latest"), then it is no part of it', () => {
    expect(wikiHeadingsAsLines('Kennedy became a father.  ==Latest in this section== UK election latest')).toBe('Kennedy became a father.');
    expect(wikiHeadingsAsLines('Polls opened. ==Election latest== Blair wins')).toBe('Polls opened.');
    expect(wikiHeadingsAsLines('It passed. ==Workchoices issue related news== * Link')).toBe('It passed.');
  });

  test('when template residue or the editor\'s "Publish" ends the text, then it goes', () => {
    const parsed = wikinews('The vote was read out. Publish');
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['The vote was read out.']);
  });

  test('when "==" stands in ordinary text without a heading\'s shape, then the text is left as it is', () => {
    for (const text of ['if a == b then', 'if (x == 1 && y == 2) go', 'E == mc^2 == energy']) expect(wikiHeadingsAsLines(text)).toBe(text);
  });

  test('when a heading is not one of the closing sections of links ("Comments", "Reactions"), then the article goes on after it', () => {
    const parsed = wikinews('The vote passed.  == Comments ==  Rice said it was a good day.');
    expect(parsed.ok && parsed.article.paragraphs).toEqual(['The vote passed.', 'Rice said it was a good day.']);
  });

  test('when "publish" is the last word of a sentence without its full stop, then it stays', () => {
    expect(wikiHeadingsAsLines('The board will decide whether to publish')).toBe('The board will decide whether to publish');
  });

  test('when an HTML article has a "Sources" or "References" line of its own, then the article is not cut there', () => {
    const parsed = parseArticle({ origin: { file: 'page.txt', line: 1 }, format: 'text', title: 'Rates', body: 'Sources\nAFP\nThe central bank raised rates on Tuesday.\nReferences\nIt was the third rise this year.' });
    expect(parsed.ok && parsed.article.paragraphs.join(' ')).toContain('It was the third rise this year.');
  });
});

describe('wikiInlineAsText', () => {
  test('when wiki text holds comments, magic words and bold or italic quotes, then only their text is left', () => {
    expect(wikiInlineAsText("'''April 9, 2005'''\nRates rose.<!-- [http://x.example Source] -->")).toBe('April 9, 2005\nRates rose.');
    expect(wikiInlineAsText("__NOTOC__The ''Financial Times'' said so.")).toBe('The Financial Times said so.');
    // A lone apostrophe is text.
    expect(wikiInlineAsText("The bank's rate.")).toBe("The bank's rate.");
  });
});

describe('wikiLinksAsText', () => {
  test('when a wiki export holds links, then an external link is its label and an internal one its label or target', () => {
    expect(wikiLinksAsText("See [http://x.org/a?b=1&c=2 Food Safety Authority] and [[Niger|Niger's]] junta in [[Niamey]].")).toBe("See Food Safety Authority and Niger's junta in Niamey.");
    expect(wikiLinksAsText('Sources: [http://x.org/report] said so.')).toBe('Sources:  said so.');
  });

  test('when it holds images, tables and citations, then they go, captions with nested links included', () => {
    expect(wikiLinksAsText("[[Image:R.jpg|thumb|Artist's view of [[Rocco Termini]]'s plan]] The developer said.")).toBe(' The developer said.');
    expect(wikiLinksAsText('One said: {| border=1\n|-\n| a || b\n|} Then it ended.')).toBe('One said:  Then it ended.');
    expect(wikiLinksAsText('A claim.<ref>Some source, 2005</ref> More.')).toBe('A claim. More.');
    // The export lost an image's closing brackets: its caption goes to its first full stop.
    expect(wikiLinksAsText('[[Image:N.jpg|thumb|The [[w:New York Stock Exchange|New York Stock Exchange. Shares fell.')).toBe(' Shares fell.');
    expect(wikiLinksAsText('Bon Jovi <br clear="all">Crowd: 800,000')).toBe('Bon Jovi \nCrowd: 800,000');
  });

  test('when it holds the tags and character references of wikitext, then their text stays, a <br> is a line break and &mdash; a dash', () => {
    expect(wikiLinksAsText("sacrifice <nowiki>[Iran's]</nowiki> rights. <blockquote>We refuse.</blockquote>Next.<br />Line two &mdash; end.")).toBe(
      "sacrifice [Iran's] rights. We refuse.Next.\nLine two — end.",
    );
  });

  test('when text has no wiki source, then it is left as it is, Reuters brackets and a written &lt; included', () => {
    for (const text of ['Exxon Corp <XON> said <NEC Corp> would buy.', 'In HTML, &lt;b&gt; is bold.', 'Rates rose [sic] again.']) expect(wikiLinksAsText(text)).toBe(text);
    // Beside wiki source too: tags are only taken in lower case, and "<P>" is Phillips Petroleum's ticker.
    expect(wikiLinksAsText('Phillips Petroleum <P> rose &mdash; up.')).toBe('Phillips Petroleum <P> rose — up.');
  });
});

describe('withoutTemplateResidue', () => {
  test('when an export lost the brackets of images and templates, then their names and options go and captions stay', () => {
    expect(withoutTemplateResidue('thumb  thumb   Five people are dead.')).toBe('Five people are dead.');
    expect(withoutTemplateResidue('2005 London bombing infobox   Markets fell. A x.jpg|200px|thumb|left|The caption.')).toBe('Markets fell. A The caption.');
    expect(withoutTemplateResidue('It rose. Time Warner Inc/Infobox  InfoboxEnd and fell.').replace(/\s+/g, ' ')).toBe('It rose. Time Warner and fell.');
  });

  test('when "thumb", "left" or "right" are words of the text, then they stay, first words included', () => {
    expect(withoutTemplateResidue('As a rule of thumb, the left won.')).toBe('As a rule of thumb, the left won.');
    expect(withoutTemplateResidue('Right now the talks got a thumbs-up.')).toBe('Right now the talks got a thumbs-up.');
    expect(withoutTemplateResidue('Center Party leader quits; thumbs down.')).toBe('Center Party leader quits; thumbs down.');
    expect(withoutTemplateResidue('left thumb  Five people are dead.')).toBe('Five people are dead.');
  });

  test('when an exported text has paragraphs marked with <p>, then they are paragraph breaks, not text; a Reuters <P> ticker stays', () => {
    expect(wikiLinksAsText('<p> Nigeria is cracking down. <p> So far.</p>')).toBe('\n\n Nigeria is cracking down. \n\n So far.');
    expect(wikiLinksAsText('Pope and Talbot Inc <P> said.')).toBe('Pope and Talbot Inc <P> said.');
  });
});

describe('a date in bold opening a wiki text', () => {
  test('when a text opens with a bold date and goes on in the same line, then the date is a line of its own; a bold name is not', () => {
    expect(wikiInlineAsText("'''April 9, 2005'''   A bid was made.")).toBe('April 9, 2005\n\nA bid was made.');
    expect(wikiInlineAsText("'''Bamako'''   Soldiers met.")).toBe('Bamako   Soldiers met.');
    expect(wikiInlineAsText("'''G8''' leaders met.")).toBe('G8 leaders met.');
  });
});


describe('withoutLeadingLabels', () => {
  test('when a wiki page opens with its portal, category, event or status labels, then they go', () => {
    expect(withoutLeadingLabels('Economy and business Stock markets fell.')).toBe('Stock markets fell.');
    expect(withoutLeadingLabels('Australian news Simon Crean has accused the government.')).toBe('Simon Crean has accused the government.');
    expect(withoutLeadingLabels('2008-09 financial crisis Official figures show a fall.')).toBe('Official figures show a fall.');
    expect(withoutLeadingLabels('publish Archive-unreviewed Presidential candidate Aleksandr Kozulin spoke.')).toBe('Presidential candidate Aleksandr Kozulin spoke.');
    expect(withoutLeadingLabels('Iraq war The total death toll rose.')).toBe('The total death toll rose.');
    expect(withoutLeadingLabels('right After five hours of meeting, the presidents spoke.')).toBe('After five hours of meeting, the presidents spoke.');
  });

  test('when a page has status templates or category links, wherever they stand, then they go', () => {
    expect(withoutLeadingLabels('Category:Iran Category:Economy and business  Several organizations met.').trim()).toBe('Several organizations met.');
    expect(withoutLeadingLabels('It ended in 2007.  publish  Archive-unreviewed').trim()).toBe('It ended in 2007.');
    expect(withoutLeadingLabels('Publish  Archive-unreviewed   The US House voted.').trim()).toBe('The US House voted.');
    expect(withoutLeadingLabels('The category: sports was big.')).toBe('The category: sports was big.');
  });

  test('when a template\'s name is left of its box, then it goes, up to two spaces or the sentence after it (a site review)', () => {
    expect(withoutLeadingLabels('Template:United_Kingdom   At least seventeen people were hurt.').trim()).toBe('At least seventeen people were hurt.');
    expect(withoutLeadingLabels('an Associated Press report.  Template:Crude Oil Prices The U.S. average price rose.').replace(/\s+/g, ' ')).toBe('an Associated Press report. The U.S. average price rose.');
    expect(withoutLeadingLabels('Template:United States infobox  US president Barack Obama spoke.').trim()).toBe('US president Barack Obama spoke.');
  });

  test('when a country or a topic labels a page before a sentence\'s opening word, or repeats itself, then it goes', () => {
    expect(withoutLeadingLabels('New Zealand The New Zealand Government is to investigate.')).toBe('The New Zealand Government is to investigate.');
    expect(withoutLeadingLabels('Aviation On Monday, Air France-KLM said so.')).toBe('On Monday, Air France-KLM said so.');
    expect(withoutLeadingLabels('New Zealand New Zealand Green party has elected a co-leader.')).toBe('New Zealand Green party has elected a co-leader.');
  });

  test('when a label stands before an image\'s placement or the "lowercase" template (a black-box review), then both go', () => {
    expect(withoutLeadingLabels('Crime and law left Camera company Polaroid filed for bankruptcy.')).toBe('Camera company Polaroid filed for bankruptcy.');
    expect(withoutLeadingLabels('New Zealand left  New Zealand  state-owned enterprise Kordia said.')).toBe('New Zealand  state-owned enterprise Kordia said.');
    expect(withoutLeadingLabels('Apple  lowercase   The new version of the tablet.')).toBe('The new version of the tablet.');
    expect(withoutLeadingLabels('Tony Blair left Downing Street today.')).toBe('Tony Blair left Downing Street today.');
  });

  test('when the opening words are the sentence\'s own, then the text is unchanged', () => {
    for (const text of [
      'Canadian news agency the Canadian Press is speculating.',
      'United States Supreme Court Associate Justice Sandra Day O\'Connor announced her retirement.',
      'Health Management Associates Inc said stockholders approved it.',
      'Research In Motion Ltd. chairman Jim Balsillie resigned.',
      'Qtrly Class A div five cts vs five cts prior',
      'The Iraq war ended.',
      // A heading on its own line: the title of a Markdown article.
      'Results\n\nThe vote was counted.',
    ]) expect(withoutLeadingLabels(text)).toBe(text);
  });
});

describe('withoutLinkGaps (a black-box review: "Japan ese Prime Minister")', () => {
  test('when an export cut links out of their words, then the words, possessives and punctuation join again', () => {
    expect(withoutLinkGaps("The Japan ese yen rose , and Canada 's US -based unit s fell .")).toBe("The Japanese yen rose, and Canada's US-based units fell.");
    expect(withoutLinkGaps('South Korea n and Brazil ian firms; Iraq i army, Islam ic law, the 1990 s (SOE ) said')).toBe(
      'South Korean and Brazilian firms; Iraqi army, Islamic law, the 1990s (SOE) said',
    );
  });

  test('when the same letters are words or a number\'s, then they stay apart', () => {
    for (const text of ['Dar es Salaam is a port.', 'Iraq is big and that an order came.', 'a price of .125 dlrs', 'Capital Account -11.7 billion', 'the rate i set', 'Alfa -Laval AB', 'He said:\n REUTER -']) {
      expect(withoutLinkGaps(text)).toBe(text);
    }
  });

  test('when a Wikinews record holds such gaps, then the parsed article reads whole', () => {
    const parsed = wikinews('Japan ese aid to China , seen in Korea n news .');
    expect(parsed.ok && parsed.article.paragraphs.join(' ')).toBe('Japanese aid to China, seen in Korean news.');
  });
});

describe('titles of user drafts (a black-box review saw "User:TUFKAAP/Air America goes silent…" in the results)', () => {
  const titled = (title: string, body = 'Air America, the talk radio network, went silent on Thursday.') => {
    const p = parseArticle({ origin: { file: 'wikinews.jsonl', line: 1 }, format: 'json', id: 'd', title, body });
    return p.ok ? [p.article.title, p.article.titleDerived] : p.reason;
  };

  test('when a title names a user\'s draft, then the title is the draft\'s own name', () => {
    expect(titled('User:TUFKAAP/Air America goes silent, files for Chapter 7 bankruptcy')).toEqual(['Air America goes silent, files for Chapter 7 bankruptcy', false]);
    expect(draftTitle('User talk:Someone/Drafts/Murdoch files for divorce')).toBe('Murdoch files for divorce');
  });

  test('when a title is a user\'s page or a draft\'s working name, then the title comes from the text; any other title stays', () => {
    expect(titled('User:Spshu/preparation')).toEqual(['Air America, the talk radio network, went silent on Thursday', true]);
    expect(titled('User:Bingo-101a')).toEqual(['Air America, the talk radio network, went silent on Thursday', true]);
    expect(draftTitle('Users: a guide to the new tax forms')).toBe('Users: a guide to the new tax forms');
    expect(draftTitle('AC/DC tour: User fees rise')).toBe('AC/DC tour: User fees rise');
  });
});

describe('withoutLayoutMarkup (a black-box review: 8 Wikinews articles opened with table markup)', () => {
  test('when a story opens with HTML layout tables or a wiki table, then the tags go and the words stay', () => {
    const html = '<table align="left" cellpadding="0"> <tr valign="top"> <td> <table width="180"> <tr><td>Joseph Kabila in 2003</td></tr> </table> The DRC adopted a constitution.</td></tr></table>';
    expect(withoutLayoutMarkup(html).replace(/\s+/g, ' ').trim()).toBe('Joseph Kabila in 2003 The DRC adopted a constitution.');
    const wiki = '{| Style="border:1px solid #b8ccb8; padding:2px;" | The primary contributor of this article is a member of the short=true Australian Treasurer Wayne Swan spoke. |}';
    expect(withoutLayoutMarkup(wiki).replace(/\s+/g, ' ').trim()).toBe('Australian Treasurer Wayne Swan spoke.');
    expect(withoutLayoutMarkup('<P ALIGN="center">Text</P>').trim()).toBe('Text');
  });

  test('when angle brackets hold a ticker or a quoted tag, then they stay', () => {
    for (const text of ['NOBLE AFFILIATES <NBL> FINDS GAS', 'Shares of <P> rose', 'a {|} sign', 'type <b>bold</b>']) expect(withoutLayoutMarkup(text)).toBe(text);
  });
});
