import { MAX_QUERY_WORDS, readQuery, soughtWordCount, withJoinedWordsAsPhrases, withinWordLimit, withoutPossessives, withoutSymbolWords, withStraightQuotes, splitsIntoGlueWords, withUnsplitWords, withoutOneWord, misreadExclusions } from '../../src/search/query-words.js';

describe('withinWordLimit', () => {
  test('when a word is written again and again beyond the limit, then it is searched once and not listed as left out (a web review)', () => {
    expect(withinWordLimit(Array(100).fill('oil').join(' '))).toEqual({ q: 'oil', ignored: [] });
    const long = withinWordLimit('the talks on the oil price and the gas price in the Gulf and the Sahel were said to be over by the spring');
    expect(long.ignored.length).toBeGreaterThan(0);
    expect(new Set(long.ignored.map((w) => w.toLowerCase())).size).toBe(long.ignored.length);
  });

  test('when a query has at most 10 words, then it goes to Meilisearch as it is', () => {
    expect(withinWordLimit('coup in Niger -Mali "West Africa"')).toEqual({ q: 'coup in Niger -Mali "West Africa"', ignored: [] });
  });

  test('when a query has more than 10 words, then exclusions come first, stop words last, and the words past the limit are named', () => {
    const q = 'president government minister election party said the of and to zzqxj -Iraq';
    const { q: sent, ignored } = withinWordLimit(q);
    expect(sent).toBe('president government minister election party said the of zzqxj -Iraq');
    expect(ignored).toEqual(['and', 'to']);
  });

  test('when ten exclusions or more follow the only word sought, then that word stays and the last exclusion goes (a black-box review)', () => {
    const { q, ignored } = withinWordLimit('Saudi -oil -gas -price -OPEC -crude -market -barrel -output -minister -Nazer -king');
    expect(q).toBe('Saudi -oil -gas -price -OPEC -crude -market -barrel -output -minister');
    expect(ignored).toEqual(['-Nazer', '-king']);
  });

  test('when a word the reading quotes (so that Meilisearch does not split it) is past the limit, then it is named as typed', () => {
    const { ignored } = readQuery('the oil price of crude in the market fell sharply on news that Saudi Arabia would cut output');
    expect(ignored).toContain('output');
    expect(ignored.some((w) => w.includes('"'))).toBe(false);
  });

  test('when a pasted sentence is over the limit, then its stop words go before the words that say what it is about', () => {
    const { q, ignored } = withinWordLimit('the president of the united states said on monday that iraq war was over -oil');
    expect(q).toBe('the president of united states monday iraq war over -oil');
    // (The second "the" asks nothing more than the first: searched once, not listed.)
    expect(ignored).toEqual(['said', 'on', 'that', 'was']);
  });

  test('when a quoted phrase alone is longer than the limit, then its first words are searched as a phrase, not nothing', () => {
    const { q, ignored } = withinWordLimit('"one two three four five six seven eight nine ten eleven twelve"');
    expect(q).toBe('"one two three four five six seven eight nine ten"');
    expect(ignored).toEqual(['eleven twelve']);
  });

  test('when words are split by Meilisearch or held in a phrase, then each word counts', () => {
    const { q: sent, ignored } = withinWordLimit('pro-Syrian "Lebanese Democratic Party" offices in Beirut were attacked on Monday night');
    expect(sent.split(/[^\p{L}]+/u).filter(Boolean)).toHaveLength(MAX_QUERY_WORDS);
    expect(ignored).toEqual(['in', 'were', 'on']);
  });
});

describe('withoutPossessives', () => {
  test('when a query holds a possessive, then the name is searched; inside quotes the phrase stays as written', () => {
    expect(withoutPossessives("Blair's government")).toBe('Blair government');
    expect(withoutPossessives('Niger’s junta -Mali\'s')).toBe('Niger junta -Mali');
    expect(withoutPossessives('"Blair\'s government" Brown\'s')).toBe('"Blair\'s government" Brown');
    expect(withoutPossessives("it's rock'n'roll")).toBe("it rock'n'roll");
  });

  test('when a possessive stands alone, then it goes: it is no word to search (it had found the letter "s")', () => {
    expect(withoutPossessives("'s")).toBe('');
    expect(readQuery("Blair 's ’s").q.trim()).toBe('Blair');
  });
});

describe('readQuery', () => {
  test('when a query has curly or angle quotes, then they make phrases as straight quotes do', () => {
    expect(withStraightQuotes('„Preis“ «prix» “price”')).toBe('"Preis" "prix" "price"');
    expect(readQuery('“Bush administration” Blair’s')).toEqual({ q: '"Bush administration" Blair', ignored: [] });
  });
});

describe('withJoinedWordsAsPhrases', () => {
  test('when a word is hyphenated outside quotes, then it is a phrase, excluded ones and figures too; quoted text stays', () => {
    expect(withJoinedWordsAsPhrases('al-Qaeda leaders -pro-Syrian')).toBe('"al-Qaeda" leaders -"pro-Syrian"');
    expect(withJoinedWordsAsPhrases('pro-Syrian, al-Qaeda.')).toBe('"pro-Syrian", "al-Qaeda".');
    expect(withJoinedWordsAsPhrases('"al-Qaeda in Iraq" 2004-05')).toBe('"al-Qaeda in Iraq" "2004-05"');
    expect(readQuery("al-Zarqawi's men").q).toBe('"al-Zarqawi" men');
  });

  test('when words are joined by an ampersand or a slash, then they are a phrase too; a lone ampersand is no word', () => {
    expect(withJoinedWordsAsPhrases('AT&T S&P -M&A')).toBe('"AT&T" "S&P" -"M&A"');
    expect(withJoinedWordsAsPhrases('S/P ratings')).toBe('"S/P" ratings');
    expect(readQuery('Standard & Poor').q).toBe('Standard Poor');
  });

  test('when letters are joined by dots ("U.N.", "U.S.S.R."), then they are a phrase; "Mr." or a full stop stays as it is', () => {
    expect(withJoinedWordsAsPhrases('U.N. sanctions -U.S.S.R. the U.N')).toBe('"U.N." sanctions -"U.S.S.R." the "U.N"');
    expect(withJoinedWordsAsPhrases('U.S.-led forces -U.N.-backed')).toBe('"U.S.-led" forces -"U.N.-backed"');
    for (const q of ['Mr. Smith', 'oil. gas', 'oil, gas', 'in 1987, oil']) expect(withJoinedWordsAsPhrases(q)).toBe(q);
  });

  test('when a figure has a decimal point or a thousands comma, then it is a phrase, its currency sign dropped (a black-box review)', () => {
    expect(withJoinedWordsAsPhrases('oil 3.5 pct')).toBe('oil "3.5" pct');
    expect(withJoinedWordsAsPhrases('15.8 mln bpd, 1,500 jobs')).toBe('"15.8" mln bpd, "1,500" jobs');
    expect(withJoinedWordsAsPhrases('$1.7 billion -£2.5 15.8%')).toBe('"1.7" billion -"2.5" "15.8"%');
    expect(withJoinedWordsAsPhrases('"$1.7 billion" $17')).toBe('"$1.7 billion" $17');
  });
});

describe('soughtWordCount', () => {
  test('when a query has words, phrases and exclusions, then the words and phrases count, one each', () => {
    expect(soughtWordCount('oil prices -Iran')).toBe(2);
    expect(soughtWordCount('"price war" 15.8')).toBe(2);
    expect(soughtWordCount('😀')).toBe(0);
  });
});

describe('withoutSymbolWords', () => {
  test('when a quote opens a phrase of no letter or figure, then it goes; phrases with words stay (a review: the page summed up all the articles "for “"”")', () => {
    expect(readQuery('"').q).toBe('');
    expect(readQuery('"" oil -""').q).toBe('oil');
    expect(readQuery('"oil" "').q).toBe('"oil"');
    expect(readQuery('"price war" -"x y"').q).toBe('"price war" -"x y"');
  });

  test('when a word has two dashes or more before it, then it is the word, not an exclusion, as Meilisearch reads it (a black-box review)', () => {
    expect(withoutSymbolWords('--oil -gas ---"price war"')).toBe('oil -gas "price war"');
    expect(withoutSymbolWords('oil -- gas')).toBe('oil gas');
  });

  test('when a query holds an emoji, a dash or a sign alone, then they go; inside quotes and within words they stay', () => {
    expect(withoutSymbolWords('😀 oil – gas')).toBe('oil gas');
    expect(withoutSymbolWords('"oil – gas" $5 prices')).toBe('"oil – gas" $5 prices');
    expect(withoutSymbolWords('coup Niger')).toBe('coup Niger');
    expect(readQuery('😀').q).toBe('');
    // An excluded phrase stays excluded and apart from the word before it.
    expect(withoutSymbolWords('oil – -"price war"')).toBe('oil -"price war"');
  });
});


describe('withUnsplitWords', () => {
  test('when a word cuts into two glue words and is none itself, then it goes as a phrase of one word, excluded ones too', () => {
    expect(withUnsplitWords('Putin sanctions -putin, Moscow')).toBe('"Putin" sanctions -"putin", Moscow');
    expect(splitsIntoGlueWords('Putin')).toBe(true);
  });

  test('when a word is a glue word, a name that cuts otherwise, or already in a phrase, then it stays as written', () => {
    expect(withUnsplitWords('into Blair Obama Hamas "Putin spoke"')).toBe('into Blair Obama Hamas "Putin spoke"');
    expect(splitsIntoGlueWords('in')).toBe(false);
    expect(splitsIntoGlueWords('Ahmadinejad')).toBe(false);
  });

  test('when a word of two capitals opens with A or I, then it goes as a phrase of one word (Meilisearch split "AU" into "a U.S."); other acronyms, longer or lower-case words stay', () => {
    expect(withUnsplitWords('AU summit -AI')).toBe('"AU" summit -"AI"');
    expect(withUnsplitWords('au AUSTRALIA Au "AU" UN WHO')).toBe('au AUSTRALIA Au "AU" UN WHO');
  });

  test('when an acronym of three capitals or more opens with A or I, then it stays a word, so that its synonyms still find the full name ("IMF", "International Monetary Fund")', () => {
    expect(withUnsplitWords('IMF loan -IAEA AFP ICCO')).toBe('IMF loan -IAEA AFP ICCO');
    // Unless its halves are two glue words, as any word's ("AMA": "am a").
    expect(withUnsplitWords('AMA')).toBe('"AMA"');
  });
});

describe('withJoinedWordsAsPhrases', () => {
  test('when numbers are joined by a slash or a hyphen, then they are a phrase as words are', () => {
    expect(withJoinedWordsAsPhrases('9/11 24/7 G-8 2005-2008 al-Qaeda')).toBe('"9/11" "24/7" "G-8" "2005-2008" "al-Qaeda"');
  });
});

describe('withoutOneWord', () => {
  test('when a query has several words, then each query with one word or phrase left out comes back, never an exclusion or a stop word', () => {
    expect(withoutOneWord('Bush met the “Prime Minister” -Iraq')).toEqual([
      { dropped: 'Bush', q: 'met the "Prime Minister" -Iraq' },
      { dropped: 'met', q: 'Bush the "Prime Minister" -Iraq' },
      { dropped: '"Prime Minister"', q: 'Bush met the -Iraq' },
    ]);
  });

  test('when a query has one word to leave out, then there is nothing to offer', () => {
    expect(withoutOneWord('the coup -Niger')).toEqual([]);
  });
});

describe('misreadExclusions', () => {
  test('when an excluded phrase holds a period, comma, semicolon, ! or ? between words, then it is taken out of the query to be left out by filter', () => {
    expect(misreadExclusions('Bush -"George W. Bush" -"Laura Bush"')).toEqual({ q: 'Bush -"Laura Bush"', phrases: ['George W. Bush'] });
    expect(misreadExclusions('Senate -“U.S. Senate”')).toEqual({ q: 'Senate', phrases: ['U.S. Senate'] });
    expect(misreadExclusions('-"Bush, George" oil -"yes; no" -"why? because"')).toEqual({ q: 'oil', phrases: ['Bush, George', 'yes; no', 'why? because'] });
    expect(misreadExclusions('oil -"George W. Bush')).toEqual({ q: 'oil', phrases: ['George W. Bush'] });
  });

  test('when a phrase is not excluded, or its marks are ones Meilisearch reads right, then the query stays as it is', () => {
    for (const q of ['"George W. Bush" oil', 'Bush -"Laura Bush"', 'Syrian -"pro-Syrian forces"', 'oil -"U.S."', 'Bush -"George W."', 'oil -"Iraq\'s oil"', 'a-"b. c"']) {
      expect(misreadExclusions(q)).toEqual({ q, phrases: [] });
    }
  });
});
