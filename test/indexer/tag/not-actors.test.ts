import { isNotAnActorName } from '../../../indexer/tag/not-actors.js';
import { completeInitials } from '../../../indexer/tag/person-initials.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';
import { canonicalActors } from '../../../indexer/tag/actors.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { extendOrganisations } from '../../../indexer/tag/org-heads.js';

const org = (text: string, surface: string): Mention => ({ type: 'ORG', start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });

/** The default tagger, as the indexer runs it: the actors' names it finds in a body, in order or sorted. */
const { tagger } = defaultTagger();
const namesIn = (body: string): string[] => tagger({ title: '', body }).actors.map((a) => a.name);
const sortedNamesIn = (body: string): string[] => namesIn(body).sort();

describe('names that are no actors', () => {
  test('when the model tags a ticker in angle brackets, a measure, a rating or an adverb, then none is an actor', () => {
    const text = 'Exxon Corp <XON> said GNP rose. Furthermore, the issue is rated AAA.';
    const actors = canonicalActors(text, [org(text, 'Exxon Corp'), org(text, 'XON'), org(text, 'GNP'), org(text, 'Furthermore'), org(text, 'AAA')]);
    expect(actors.map((a) => a.name)).toEqual(['Exxon']);
  });

  test('when the model tags the ordinal of an earnings headline or a share class, then neither is an actor', () => {
    const text = '4TH QTR NET\nAnnual div Class A 14 cts';
    expect(canonicalActors(text, [org(text, '4TH'), org(text, 'Class')])).toEqual([]);
  });

  test('when the model tags a share class with its letter or a table\'s period row ("Class B", "Nine Mths"), then neither is an actor (tagging rules 54)', () => {
    const text = 'Annual div Class B 12.1 cts\nNine Mths\nShr 77 cts vs 1.10 dlrs\nClassic Holdings rose.';
    expect(canonicalActors(text, [org(text, 'Class B'), org(text, 'Nine Mths'), org(text, 'Classic Holdings')]).map((a) => a.name)).toEqual(['Classic Holdings']);
  });

  test('when a department is named only by its field before its head\'s title, then it joins the department or is left out', () => {
    const text = 'Defense Secretary Caspar Weinberger spoke. Commerce Secretary Malcolm Baldrige and the Commerce Department agreed.';
    const commerce = text.indexOf('Commerce');
    const actors = canonicalActors(text, [org(text, 'Defense'), { type: 'ORG', start: commerce, end: commerce + 8 }, org(text, 'Commerce Department')]);
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['Commerce Department', 2]]);
  });

  test('when the model takes a currency, a region, a faith, a god, a law\'s chapter, a deposit or a monetary system for a name, then none is an actor', () => {
    const text = 'Third World debtors owe in U.S. Dollar terms; Muslim leaders thank God; it filed under Chapter 11; CD rates fell; Latin America and the EMS wait; the IMF said.';
    const names = ['Third World', 'U.S. Dollar', 'Muslim', 'God', 'Chapter', 'CD', 'Latin America', 'EMS', 'IMF'];
    expect(canonicalActors(text, names.map((n) => org(text, n))).map((a) => a.name)).toEqual(['IMF']);
  });

  test('when the model tags a currency, a rate, a bond, a region, a people\'s adjective or a Wikinews heading, then none is an actor, and a body beside them stays (tagging rules 60 and 61)', () => {
    const text = 'The Krona fell as Libid rose; the FRN and the Eurobond were sold across Scandinavia; Icelandic bankers met; Wikinews Shorts; the Gross National Product (GNP) grew; Kaupthing Bank said.';
    const names = ['Krona', 'Libid', 'FRN', 'Eurobond', 'Scandinavia', 'Icelandic', 'Wikinews Shorts', 'Gross National Product', 'GNP', 'Kaupthing Bank'];
    expect(canonicalActors(text, names.map((n) => org(text, n)), undefined, {}).map((a) => a.name)).toEqual(['Kaupthing Bank']);
  });

  test('when the model tags a month\'s abbreviation, "Airways" or a Moody\'s rating alone, then none is an actor', () => {
    for (const name of ['Jan', 'Feb', 'Sept', 'Airways', 'Aaa', 'Baa2', 'Caa1']) expect(isNotAnActorName(name)).toBe(true);
    for (const name of ['Jan Smith', 'Janet', 'Baker', 'A', 'AAA Cooper', 'British Airways']) expect(isNotAnActorName(name)).toBe(false);
  });

  test('when the model tags a time zone of a deadline or "News" alone, then neither is an actor; a paper named in full is (tagging rules 63)', () => {
    for (const name of ['EST', 'EDT', 'PST', 'News']) expect(isNotAnActorName(name)).toBe(true);
    for (const name of ['News of the World', 'News Corp', 'ESTA']) expect(isNotAnActorName(name)).toBe(false);
  });

  test('when a name carries a trade, a sentence\'s adverb or an office\'s last word before it, then the name is the person or the company alone (tagging rules 64)', () => {
    expect(namesIn('Developer Donald Trump said he would build a tower in Atlantic City.')).toEqual(['Donald Trump']);
    expect(namesIn('The Minister of the Interior, Nicolas Sarkozy, spoke to reporters.')).toEqual(['Nicolas Sarkozy']);
    expect(namesIn('Moreover Hugo Chavez said the oil deal was done.')).toEqual(['Hugo Chavez']);
  });

  test('when the model tags a crude grade, a bay or a prefecture, then none is an actor; a body named for the bay is (tagging rules 64)', () => {
    for (const name of ['Bonny Light', 'Es Sider', 'BONNY', 'ES', 'Bay of Plenty', 'Niigata Prefecture', 'Channel', 'Fisheries', 'Program']) expect(isNotAnActorName(name)).toBe(true);
    for (const name of ['Bay of Plenty Regional Council', 'Weather Channel', 'Ministry of Fisheries']) expect(isNotAnActorName(name)).toBe(false);
  });

  test('when a story of their years names a leader by the surname alone, then it is the leader the alias file names (rules 64)', () => {
    const dated = (body: string, date: string) => tagger({ title: '', body, published: new Date(date) }).actors.map((a) => a.name);
    expect(dated('Obama said the talks went well, aides said on Monday.', '2009-05-01T00:00:00Z')).toEqual(['Barack Obama']);
    expect(dated('MOSCOW, March 1 - Soviet leader Mikhail Gorbachov told the Politburo that the economy was weak.', '1987-03-01T00:00:00Z')).toEqual(['Mikhail Gorbachev']);
  });

  test('when the same letters stand outside angle brackets, then they are an actor as before', () => {
    const text = 'XON traders met. Exxon said.';
    expect(canonicalActors(text, [org(text, 'XON')]).map((a) => a.name)).toEqual(['XON']);
  });
});

describe('one-word organisations that name a kind of body', () => {
  test('when the article names the body in full, then the word refers back to it', () => {
    const text = 'The Bank of Japan cut rates. The Bank said more may follow.';
    const bank = { type: 'ORG' as const, start: text.lastIndexOf('Bank'), end: text.lastIndexOf('Bank') + 4 };
    const actors = canonicalActors(text, [org(text, 'Bank of Japan'), bank]);
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['Bank of Japan', 2]]);
  });

  test('when the model leaves the last word of a company\'s name alone ("Associates"), then it refers back to the company, or is left out', () => {
    const text = 'Health Management Associates said profits rose. Associates shares gained.';
    const alone = { type: 'ORG' as const, start: text.lastIndexOf('Associates'), end: text.lastIndexOf('Associates') + 10 };
    expect(canonicalActors(text, [org(text, 'Health Management Associates'), alone]).map((a) => [a.name, a.mentions.length])).toEqual([['Health Management Associates', 2]]);
    const bare = 'Bancorp said it would buy the bank.';
    expect(canonicalActors(bare, [org(bare, 'Bancorp')]).map((a) => a.name)).toEqual([]);
  });

  test('when no body of the article holds the word, then it names nobody in particular and is left out', () => {
    const text = 'The Commission met. Vladimir Putin spoke.';
    const actors = canonicalActors(text, [org(text, 'Commission'), { type: 'PER', start: text.indexOf('Vladimir'), end: text.indexOf('Vladimir') + 14 }]);
    expect(actors.map((a) => a.name)).toEqual(['Vladimir Putin']);
  });
});

describe('treaties and laws', () => {
  test('when a name ends in Protocol, Convention(s), Treaty, Accord(s) or Act, then it is no actor; "Warsaw Pact" and the bodies that sign stay', () => {
    const text = 'The Kyoto Protocol and the Geneva Conventions bind NATO. The Tax Reform Act passed. The Warsaw Pact met.';
    const actors = canonicalActors(text, [org(text, 'Kyoto Protocol'), org(text, 'Geneva Conventions'), org(text, 'NATO'), org(text, 'Tax Reform Act'), org(text, 'Warsaw Pact')]);
    expect(actors.map((a) => a.name).sort()).toEqual(['NATO', 'Warsaw Pact']);
  });
});

describe('titles', () => {
  const per = (text: string, surface: string): Mention => ({ type: 'PER', start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });

  test('when a person\'s span holds a title (Mayor, MP, Majority Leader, Chief of Staff), then the name is without it', () => {
    const text = 'Mayor Ray Nagin spoke. Liberal MP Wilson Tuckey objected. Majority Leader Bill Frist agreed. Staff Howard Baker left.';
    const actors = canonicalActors(text, [per(text, 'Mayor Ray Nagin'), per(text, 'MP Wilson Tuckey'), per(text, 'Majority Leader Bill Frist'), per(text, 'Staff Howard Baker')]);
    expect(actors.map((a) => `${a.kind} ${a.name}`).sort()).toEqual(['person Bill Frist', 'person Howard Baker', 'person Ray Nagin', 'person Wilson Tuckey']);
  });

  test('when the model took a pope and his regnal name for an organisation, then it is the person without the title; "Pope and Talbot" stays a company', () => {
    const text = 'The Pope Benedict XVI spoke. Pope and Talbot rose.';
    const actors = canonicalActors(text, [org(text, 'Pope Benedict XVI'), org(text, 'Pope and Talbot')]);
    expect(actors.map((a) => `${a.kind} ${a.name}`).sort()).toEqual(['organisation Pope and Talbot', 'person Benedict XVI']);
  });

  test('when the model took a titled name for an organisation ("Mr Bush", "Dr Don Brash"), then it is the person; "Dr Pepper" stays a company', () => {
    const text = 'Mr Bush met Dr Don Brash. Dr Pepper rose.';
    const actors = canonicalActors(text, [org(text, 'Mr Bush'), org(text, 'Dr Don Brash'), org(text, 'Dr Pepper')]);
    expect(actors.map((a) => `${a.kind} ${a.name}`).sort()).toEqual(['organisation Dr Pepper', 'person Bush', 'person Don Brash']);
  });

  test('when the model reads a company named "General" and a word as a general ("General Electric said"), then the alias file keeps the company whole (tagging rules 53)', () => {
    const body = 'General Electric said the engine was tested. Swissair will equip the planes with General Electric, Rolls Royce or Pratt and Whitney engines.';
    const actors = tagger({ title: '', body }).actors.map((a) => `${a.kind} ${a.name}`);
    expect(actors).toEqual(expect.arrayContaining(['organisation General Electric', 'organisation Rolls-Royce']));
    expect(actors.filter((a) => /^person /.test(a))).toEqual([]);
  });

  test('when a span is a title alone ("MP", "Mayor", "Pope", "Treasurer"), or what a title leaves of an office, then it is no actor', () => {
    const text = 'The MP and the Mayor met the Pope. The Treasurer spoke. Mayor of London Boris Johnson came.';
    const actors = canonicalActors(text, [org(text, 'MP'), per(text, 'Mayor'), per(text, 'Pope'), org(text, 'Treasurer'), per(text, 'Mayor of London')]);
    expect(actors).toEqual([]);
  });
});

describe('middle initials', () => {
  const per = (text: string, surface: string, from = 0): Mention => ({ type: 'PER', start: text.indexOf(surface, from), end: text.indexOf(surface, from) + surface.length });

  test('when an article names "George W. Bush" and "George Bush", then they are one person, under the fuller name', () => {
    const text = 'George W. Bush spoke. George Bush left.';
    const actors = canonicalActors(text, [per(text, 'George W. Bush'), per(text, 'George Bush')]);
    expect(actors.map((a) => `${a.name} ×${a.mentions.length}`)).toEqual(['George W. Bush ×2']);
  });

  test('when two fuller names fit ("George H. W. Bush", "George W. Bush"), then "George Bush" stays itself', () => {
    const text = 'George H. W. Bush met George W. Bush. George Bush spoke.';
    const actors = canonicalActors(text, [per(text, 'George H. W. Bush'), per(text, 'George W. Bush'), per(text, 'George Bush')]);
    expect(actors.map((a) => a.name).sort()).toEqual(['George Bush', 'George H. W. Bush', 'George W. Bush']);
  });
});

describe('acronyms in brackets', () => {
  test('when an acronym stands in brackets right after an organisation, then it is that organisation, whatever its letters', () => {
    const text = 'The Revolutionary Armed Forces of Colombia (FARC) freed hostages. FARC leaders met. The UN (WHO) spoke.';
    const actors = canonicalActors(text, [org(text, 'Revolutionary Armed Forces of Colombia'), org(text, 'FARC'), { type: 'ORG', start: text.lastIndexOf('FARC'), end: text.lastIndexOf('FARC') + 4 }]);
    expect(actors.map((a) => `${a.name} ×${a.mentions.length}`)).toEqual(['Revolutionary Armed Forces of Colombia ×3']);
  });
});

describe('news organisations as the source of a story', () => {
  test('when a news organisation is named as where the words come from, then it is no actor of the story', () => {
    const text =
      'A spokesman told Reuters the plant would close. Analysts polled by Reuters expect more. ' +
      'According to the Associated Press, talks failed. Xinhua news agency reported a flood (AFP). ' +
      'In a telephone interview with CNN, he denied it. A Reuters survey showed gains. BBC News reported it.';
    const names = ['Reuters', 'Associated Press', 'Xinhua', 'AFP', 'CNN', 'BBC News'];
    const mentions = names.flatMap((n) => [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({ type: 'ORG' as const, start: m.index, end: m.index + n.length })));
    expect(mentions).toHaveLength(8);
    expect(canonicalActors(text, mentions)).toEqual([]);
  });

  test('when the same organisation acts in the story, then it is an actor, and one such mention is enough', () => {
    const text = 'Reuters Holdings agreed to buy Instinet. CNN sued the Pentagon. A spokesman told CNN it would appeal.';
    const actors = canonicalActors(text, [org(text, 'Reuters Holdings'), org(text, 'CNN'), { type: 'ORG', start: text.lastIndexOf('CNN'), end: text.lastIndexOf('CNN') + 3 }, org(text, 'Pentagon')]);
    expect(actors.map((a) => [a.name, a.mentions.length]).sort()).toEqual([['CNN', 1], ['Pentagon', 1], ['Reuters Holdings', 1]]);
  });

  test('when "Dow Jones" names the stock index, then it is no actor; the company stays one', () => {
    const text = 'The Dow Jones industrial average fell 20 points. Dow Jones and Co said profits rose.';
    const second = text.lastIndexOf('Dow Jones');
    const actors = canonicalActors(text, [org(text, 'Dow Jones'), { type: 'ORG', start: second, end: second + 9 }]);
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['Dow Jones', 1]]);
  });
});

describe('numerals, currencies, wars, places and groups', () => {
  const per = (text: string, surface: string, from = 0): Mention => ({ type: 'PER', start: text.indexOf(surface, from), end: text.indexOf(surface, from) + surface.length });

  test('when a pope or a king is named with his number, then the number is part of his name and no actor of its own', () => {
    const text = 'Pope Benedict XVI met John Paul II in a dream.';
    const actors = canonicalActors(text, [per(text, 'Benedict'), org(text, 'XVI'), per(text, 'John Paul'), org(text, 'II')]);
    expect(actors.map((a) => a.name).sort()).toEqual(['Benedict XVI', 'John Paul II']);
  });

  test('when a Reuters table has roman numerals, a currency has its country code, or a name is a war, a square or a faith, then none is an actor', () => {
    const text = 'Natl Loan II VI. It paid AU$6.3 million. The Iraq War and the Cold War; Tiananmen Square; Bekaa Valley; Muslims and WMD; on Parliament Hill the IMF met.';
    const names = ['II', 'VI', 'AU', 'Iraq War', 'Cold War', 'Tiananmen Square', 'Bekaa Valley', 'Muslims', 'WMD', 'Hill', 'IMF'];
    expect(canonicalActors(text, names.map((n) => org(text, n))).map((a) => a.name)).toEqual(['IMF']);
  });

  test('when "Hill" is a person, then he stays one; a wire story\'s sign-off "Reuter" is no actor', () => {
    const text = 'Christopher Hill said Hill would fly to Seoul.\n Reuter';
    const actors = canonicalActors(text, [per(text, 'Christopher Hill'), per(text, 'Hill', 20), org(text, 'Reuter')]);
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['Christopher Hill', 2]]);
  });
});

describe('office holders the model ran into their office', () => {
  test('when a span holds what an office is "of" and its holder, then the holder is the person, whatever the model called the span', () => {
    const text = 'Secretary of Defense Donald Rumsfeld spoke. Chief of Staff Howard Baker listened. Secretary-General of the United Nations Kofi Annan left. The Director of the Federal Bureau of Investigation came.';
    const actors = canonicalActors(text, [org(text, 'Defense Donald Rumsfeld'), org(text, 'Staff Howard Baker'), org(text, 'United Nations Kofi Annan'), org(text, 'Federal Bureau of Investigation')]);
    expect(actors.map((a) => [a.name, a.kind]).sort()).toEqual([['Donald Rumsfeld', 'person'], ['Federal Bureau of Investigation', 'organisation'], ['Howard Baker', 'person'], ['Kofi Annan', 'person']]);
  });

  test('when an organisation span opens with a title (Taoiseach, Congressman, Opposition Leader) or runs on into "and", then it is the person alone', () => {
    const text = 'Irish Taoiseach Bertie Ahern met Federal Opposition Leader Kim Beazley and Congressman Bob Ney.';
    const actors = canonicalActors(text, [org(text, 'Irish Taoiseach Bertie Ahern'), org(text, 'Federal Opposition Leader Kim Beazley and'), org(text, 'Congressman Bob Ney')]);
    expect(actors.map((a) => [a.name, a.kind]).sort()).toEqual([['Bertie Ahern', 'person'], ['Bob Ney', 'person'], ['Kim Beazley', 'person']]);
  });
});


describe('people the model named in pieces', () => {
  const per = (text: string, surface: string, from = 0): Mention => ({ type: 'PER', start: text.indexOf(surface, from), end: text.indexOf(surface, from) + surface.length });

  test('when a person\'s span ends on a middle initial, then it takes the name after it, and a piece of it read as a place goes', () => {
    const text = 'President George W Bush met George H. W. Bush.';
    const mentions: Mention[] = [per(text, 'George W'), per(text, 'George H.'), { type: 'LOC', start: text.indexOf('W. Bush'), end: text.indexOf('W. Bush') + 7 }];
    expect(canonicalActors(text, mentions).map((a) => a.name).sort()).toEqual(['George H. W. Bush', 'George W. Bush']);
  });

  test('when a name of two words ends the one longer name of the article, then it is that person ("Bin Laden", "Lopez Obrador")', () => {
    const text = 'Osama Bin Laden spoke. Bin Laden hid. Andres Manuel Lopez Obrador won; Lopez Obrador thanked Mexico.';
    const actors = canonicalActors(text, [per(text, 'Osama Bin Laden'), per(text, 'Bin Laden', 20), per(text, 'Andres Manuel Lopez Obrador'), per(text, 'Lopez Obrador', 70)]);
    expect(actors.map((a) => [a.name, a.mentions.length]).sort()).toEqual([['Andres Manuel Lopez Obrador', 2], ['Osama Bin Laden', 2]]);
  });
});

describe('the rules above, where they must not fire (a code review\'s sentences)', () => {
  const actors = (body: string) => tagger({ title: '', body }).actors.map((a) => `${a.name} ×${a.mentions.length}`);

  test('when a person shares a paper\'s name, an organisation counters or reports its results, or a body is "of" a war, then they stay actors', () => {
    expect(actors('New York Mayor Michael Bloomberg spoke. According to Bloomberg, crime fell. Bloomberg pointed out the numbers.')).toEqual(['Michael Bloomberg ×3']);
    expect(actors('CNN countered that the lawsuit had no merit.')).toEqual(['CNN ×1']);
    expect(actors('The Washington Post reported a quarterly loss of 5 mln dlrs.')).toEqual(['Washington Post ×1']);
    expect(actors('The Veterans met the Institute for the Study of War.')).toContain('Institute for the Study of War ×1');
  });

  test('when an office\'s holder has an initial, or the span is a body "of" which someone is director, then the person is whole and the body stays', () => {
    expect(actors('Secretary-General of the United Nations Kofi A. Annan spoke.')).toEqual(['Kofi Annan ×1']);
    // (The alias file files "Kofi A. Annan" under "Kofi Annan"; a name it does not list keeps its initial.)
    expect(actors('Secretary-General of the United Nations Kurt J. Waldheim spoke.')).toEqual(['Kurt J. Waldheim ×1']);
    expect(actors('Minister of State Jo Johnson said it.')).toEqual(['Jo Johnson ×1']);
    expect(actors('The Executive Director of Human Rights Watch said it.')).toEqual(['Human Rights Watch ×1']);
  });
});

describe('a word the wire capitalised after an abbreviation\'s period (tagging rules 27)', () => {

  test('when a function word follows "U.S." or a company\'s "Co.", then the name ends at the period and a country alone is no actor', () => {
    const text = 'Talks between the U.S. And Japan resumed. Walt Disney Co. The company said profits rose. Mitsui Bank Ltd. The bank agreed.';
    const found = canonicalActors(text, [org(text, 'U.S. And Japan'), org(text, 'Walt Disney Co. The'), org(text, 'Mitsui Bank Ltd. The')]);
    expect(found.map((a) => a.name).sort()).toEqual(['Mitsui Bank', 'Walt Disney']);
  });

  test('when the word follows a person\'s initial, then it is part of the name ("Edward W. Said")', () => {
    const text = 'Professor Edward W. Said wrote it.';
    const per: Mention = { type: 'PER', start: text.indexOf('Edward'), end: text.indexOf('Edward') + 'Edward W. Said'.length };
    expect(canonicalActors(text, [per]).map((a) => a.name)).toEqual(['Edward W. Said']);
  });

  test('when a country\'s abbreviation stands before one word of the language or a title, then that is no actor; before a body of the country, it is', () => {
    const text = 'The Taiwan dollar rose against the U.S. Currency. The U.S. Market and the U.K. Budget; US President Bush and UK Chancellor Lawson met; the U.S. House voted; US Embassy staff left.';
    const names = ['U.S. Currency', 'U.S. Market', 'U.K. Budget', 'US President', 'UK Chancellor', 'U.S. House', 'US Embassy'];
    const common = (word: string) => ['Currency', 'Market', 'Budget', 'President', 'Chancellor', 'House', 'Embassy'].includes(word);
    const found = canonicalActors(text, names.map((n) => org(text, n)), undefined, { isCommonWord: common });
    expect(found.map((a) => a.name)).toEqual(['U.S. House', 'US Embassy']);
  });

  test('when the default tagger reads such copy, then the company after the abbreviation stays and the wire\'s capitals make no actor', () => {
    // Before rules 27: ['U.S. Currency', 'U.S. Said', 'U.S. Shoe'].
    expect(namesIn('U.S. Shoe Corp said its shares rose. The U.S. Said it remains hopeful. Prices rose against the U.S. Currency, and the currency fell.')).toEqual(['U.S. Shoe']);
  });
});

describe('tagging rules 28: table rows, office objects, number words, dotted legal forms, names cut at "and"', () => {

  test('when a results table, an office\'s object, a convention\'s right, a city or a number word is taken for a name, then none is an actor', () => {
    const text = 'Revs 278 mln vs 290 mln. Oper net rose. Egypt\'s Minister of State for Foreign Affairs spoke on Human Rights; the City was calm; the meeting is March Nine.';
    const found = canonicalActors(text, ['Revs', 'Oper', 'Foreign Affairs', 'Human Rights', 'City', 'Nine'].map((n) => org(text, n)));
    expect(found).toEqual([]);
  });

  test('when a partnership is written with a dotted legal form, then the form is dropped and alone it is no actor', () => {
    const text = 'Permian Partners L.P. was formed. The L.P. units trade.';
    const found = canonicalActors(text, [org(text, 'Permian Partners L.P.'), { type: 'ORG', start: text.indexOf('L.P. units'), end: text.indexOf('L.P. units') + 4 }]);
    expect(found.map((a) => a.name)).toEqual(['Permian Partners']);
  });

  test('when a firm or a ministry has "and" or a comma in its name, then the alias file keeps it whole', () => {
    expect(namesIn('The index was revised, the Ministry of International Trade and Industry said. MITI added more.')).toEqual(['Ministry of International Trade and Industry']);
    expect(namesIn('Lead underwriters are Alex. Brown and Sons Inc and Donaldson, Lufkin and Jenrette Securities Corp.').sort()).toEqual(['Alex. Brown and Sons', 'Donaldson Lufkin and Jenrette']);
  });
});

describe('tagging rules 30: where rules 27 and 28 must not fire (a code review\'s sentences)', () => {

  test('when a state\'s or another country\'s department is named, then it is not the federal one; "the State Department" is', () => {
    expect(sortedNamesIn('The New York State Department of Health reported 12 new cases.')).not.toContain('U.S. State Department');
    expect(sortedNamesIn("California's Department of Justice filed suit.")).toEqual(['Department of Justice']);
    expect(sortedNamesIn("Hong Kong's Justice Department said it would appeal.")).toEqual(['Justice Department']);
    expect(sortedNamesIn('The State Department said it was concerned.')).toEqual(['U.S. State Department']);
  });

  test('when "Security Council" stands alone, then it is not filed under the United Nations\'', () => {
    expect(sortedNamesIn("Dmitry Medvedev, deputy chairman of Russia's Security Council, said so.")).not.toContain('United Nations Security Council');
  });

  test('when a name after a capitalised "And" is one the alias file lists, then it stays; letters the alias file lists stay', () => {
    expect(sortedNamesIn('Papandreou told the U.S. And NATO that the bases stay.')).toEqual(['North Atlantic Treaty Organization']);
    expect(sortedNamesIn('Talks with the U.N. And the World Bank resumed.')).toEqual(['United Nations', 'World Bank']);
    expect(sortedNamesIn('The U.N. Has called for talks.')).toEqual(['United Nations']);
    expect(sortedNamesIn('Talks between the U.S. And Japan resumed.')).toEqual([]);
  });

  test('when a body or a company follows "US" or "UK" without periods, or a listed company "U.S.", then it stays', () => {
    expect(sortedNamesIn('Protesters gathered outside the US Consulate in Jerusalem.')).toEqual(['US Consulate']);
    expect(sortedNamesIn('UK Athletics said it would appeal.')).toEqual(['UK Athletics']);
    expect(sortedNamesIn('The union opposed the sale of U.S. Steel to Nippon Steel.')).toContain('U.S. Steel');
    expect(sortedNamesIn('The U.S. Fed raised rates.')).toEqual(['Federal Reserve']);
  });

  test('when a company has a dotted legal form, then its name keeps the form written one way, not a letter of it', () => {
    expect(sortedNamesIn('Total S.A. said profits rose. Total also said it would pay more.')).toEqual(['Total SA']);
  });
});

describe('a one-word alias of an organisation where the article names a person of that surname (tagging rules 31)', () => {

  test('when "Ulrich Wagner" is named, then "Wagner said" is him, not the Wagner Group; without him, "Wagner" is the group', () => {
    expect(sortedNamesIn('Association president Ulrich Wagner told a news conference. "Output is not close to stagnation," Wagner said.')).toEqual(['Ulrich Wagner']);
    expect(sortedNamesIn('Wagner fighters arrived in Bamako, a spokesman said.')).toEqual(['Wagner Group']);
  });

  test('when a firm is named "Wagner and Brown", then it is one firm', () => {
    expect(sortedNamesIn('Last fall, AFG and Wagner and Brown offered to acquire Lear Siegler Inc.')).toEqual(['AFG', 'Lear Siegler', 'Wagner and Brown']);
  });
});

describe('a person\'s middle initial (tagging rules 32)', () => {
  test('when an article writes the initial without its period, then the name is the one other articles write with it', () => {
    expect(namesIn('President George W Bush spoke.')).toEqual(['George W. Bush']);
    expect(namesIn('AT&T Corp and J P Morgan said.')).not.toContain('J P. Morgan Corp');
  });
});

describe('companies the model reads as people (tagging rules 33)', () => {
  test('when an article writes "Google said", then Google is an organisation, under one name with its legal form', () => {
    const found = tagger({ title: '', body: 'Google said it would buy the firm. Google Inc shares rose.' }).actors.map((a) => `${a.name}:${a.kind}`);
    expect(found).toEqual(['Google:organisation']);
  });
});

describe('a title\'s first words after a body\'s name, and offices alone (tagging rules 36)', () => {
  test('when the model ran a body into a title whose holder it cut off, then the body stays without the title; "Data General" stays whole', () => {
    const text = 'IMF Managing Director spoke. OAPEC Assistant General Secretary left. Data General rose. South Yorkshire Passenger Transport Executive met.';
    const found = canonicalActors(text, [org(text, 'IMF Managing'), org(text, 'OAPEC Assistant General'), org(text, 'Data General'), org(text, 'South Yorkshire Passenger Transport Executive')]);
    expect(found.map((a) => a.name).sort()).toEqual(['Data General', 'IMF', 'OAPEC', 'South Yorkshire Passenger Transport Executive']);
  });

  test('when an office is named without its holder ("the Attorney General said"), then it is no actor', () => {
    const text = 'The Attorney General said so; the Inspector General agreed.';
    expect(canonicalActors(text, [org(text, 'Attorney General'), org(text, 'Inspector General')])).toEqual([]);
  });
});

describe('places and oil grades (tagging rules 37)', () => {
  test('when the model tags a river, a sea, a strait, islands, mountains or a crude grade, then none is an actor; a company named for one stays', () => {
    const text = 'Barges on the Mississippi River, tankers in the Strait of Hormuz and the North Sea, the Canary Islands, Brent and WTI; Georgia Gulf rose.';
    const names = ['Mississippi River', 'Strait of Hormuz', 'North Sea', 'Canary Islands', 'Brent', 'WTI', 'Georgia Gulf'];
    expect(canonicalActors(text, names.map((n) => org(text, n))).map((a) => a.name)).toEqual(['Georgia Gulf']);
  });
});

describe('storms, scales, treaties and computers (tagging rules 39)', () => {
  test('when the model tags a storm\'s name, a scale\'s maker, an agreement, a PC or the EEP, then none is an actor', () => {
    const text = 'Hurricane Katrina hit; it measured 6.5 on the Richter scale; the International Natural Rubber Agreement expired; PC sales and the EEP rose; the IMF said.';
    const names = ['Katrina', 'Richter', 'International Natural Rubber Agreement', 'PC', 'EEP', 'IMF'];
    expect(canonicalActors(text, names.map((n) => org(text, n))).map((a) => a.name)).toEqual(['IMF']);
  });

  test('when an agreement that is no actor has its acronym or the model\'s piece of it in the text, then they go with it; a company that also names a law stays', () => {
    const text = 'The International Natural Rubber Agreement (INRA) lapsed. INRA members met. The Paris Agreement held, and the Paris accord too. Conrail shares, sold under the Conrail Privatization Act, rose.';
    const paris = text.indexOf('Paris accord');
    const found = canonicalActors(text, [
      org(text, 'International Natural Rubber Agreement'), org(text, 'INRA'), { type: 'ORG', start: text.indexOf('INRA members'), end: text.indexOf('INRA members') + 4 },
      org(text, 'Paris Agreement'), { type: 'ORG', start: paris, end: paris + 5 },
      org(text, 'Conrail'), org(text, 'Conrail Privatization Act'),
    ]);
    expect(found.map((a) => a.name)).toEqual(['Conrail']);
  });

  test('when a storm is named once after "Hurricane", then its name alone is no actor anywhere in the article', () => {
    const text = 'Hurricane Katrina hit New Orleans. After Katrina, FEMA was blamed.';
    const second = text.lastIndexOf('Katrina');
    expect(canonicalActors(text, [org(text, 'Katrina'), { type: 'PER', start: second, end: second + 7 }, org(text, 'FEMA')]).map((a) => a.name)).toEqual(['FEMA']);
  });

  test('when a bare "Stock Exchange" is of a country, then it is that country\'s; the American Stock Exchange keeps its name', () => {
    expect(namesIn('Trading will be suspended, the Stock Exchange of Hong Kong said.')).toEqual(['Stock Exchange (Hong Kong)']);
    expect(namesIn('Shares rose on the American Stock Exchange.')).toEqual(['American Stock Exchange']);
  });
});

describe('organisations named with a nationality (tagging rules 39)', () => {
  test('when the model read the nationality alone and cut or missed the organisation after it, then the name is whole', () => {
    expect(namesIn('The Brazilian Coffee Institute said it would open export registrations.')).toEqual(['Brazilian Coffee Institute']);
    expect(namesIn('The Australian Wheat Board (AWB) said it had sold wheat to Egypt.')).toEqual(['Australian Wheat Board']);
    expect(namesIn('The loan was arranged by Canadian Imperial Bank of Commerce, the bank said.')).toEqual(['Canadian Imperial Bank of Commerce']);
  });

  test('when the organisation is a body every country has, then it is filed under the country as before', () => {
    expect(namesIn('The Australian Labor Party won.')).toEqual(['Labor Party (Australia)']);
    expect(namesIn('The Russian Defense Ministry said on Monday.')).toEqual(['Defense Ministry (Russia)']);
  });

  test('when a headline ends with a nationality, then the body\'s first name is not joined to it across the line', () => {
    const text = 'Notes issued in Swiss\n\nSumitomo Corporation is launching 200 mln Swiss francs of notes.';
    const swiss = text.indexOf('Swiss');
    expect(extendOrganisations(text, [{ type: 'MISC', start: swiss, end: swiss + 5 }])).toEqual([{ type: 'MISC', start: swiss, end: swiss + 5 }]);
  });
});

describe('surnames, party descriptors and currencies (tagging rules 39)', () => {
  test('when the model reads a person\'s surname as an organisation ("the Bush administration"), then it is that person', () => {
    const text = 'President George W. Bush arrived. Many are critical of the Bush administration. Bush said he was pleased.';
    const bush = (from: number): Mention => ({ type: 'PER', start: text.indexOf('Bush', from), end: text.indexOf('Bush', from) + 4 });
    const administration = { ...bush(text.indexOf('the Bush')), type: 'ORG' as const };
    const found = canonicalActors(text, [org(text, 'George W. Bush'), administration, bush(text.indexOf('Bush said'))].map((m, i) => (i === 0 ? { ...m, type: 'PER' as const } : m)));
    expect(found.map((a) => [a.name, a.kind, a.mentions.length])).toEqual([['George W. Bush', 'person', 3]]);
    expect(namesIn('EC External Trade Commissioner Willy De Clercq has written to his counterpart. De Clercq, talking to journalists, said so.')).toContain('Willy De Clercq');
    expect(namesIn('EC External Trade Commissioner Willy De Clercq has written to his counterpart. De Clercq, talking to journalists, said so.')).not.toContain('De Clercq');
  });

  test('when a person is named by a Spanish name\'s first surname, then that joins the full name', () => {
    const text = 'Juan Chacin Guzman met the ministers. Chacin said prices would rise.';
    expect(canonicalActors(text, [{ type: 'PER', start: 0, end: 18 }, { type: 'PER', start: text.indexOf('Chacin said'), end: text.indexOf('Chacin said') + 6 }]).map((a) => [a.name, a.mentions.length])).toEqual([['Juan Chacin Guzman', 2]]);
  });

  test('when the model cuts a name before "O\'Connor", or in two side by side, then the name is whole', () => {
    expect(namesIn("Justice Sandra Day O'Connor announced her retirement.")).toEqual(["Sandra Day O'Connor"]);
    expect(namesIn('Texas oilman T. Boone Pickens said he would bid.')).toEqual(['T. Boone Pickens']);
    // An office with its place or field before the name, in a span the model read as the person's.
    expect(canonicalActors('New Orleans Mayor Ray Nagin won.', [{ type: 'PER', start: 4, end: 27 }]).map((a) => a.name)).toEqual(['Ray Nagin']);
    expect(canonicalActors('Trade Representative Clayton Yeutter said.', [{ type: 'PER', start: 0, end: 36 }]).map((a) => a.name)).toEqual(['Clayton Yeutter']);
  });

  test('when the model cuts a name at its lower-case particles ("du", "de la", "bin"), then the name is whole; a particle between two people\'s names in a sentence joins nothing (tagging rules 42)', () => {
    expect(namesIn('Finance Minister Barend du Plessis said taxes would fall.')).toEqual(['Barend du Plessis']);
    const text = 'Reagan told de Gaulle nothing.';
    const people = canonicalActors(text, completeInitials(text, [{ type: 'PER', start: 0, end: 6 }, { type: 'PER', start: text.indexOf('Gaulle'), end: text.indexOf('Gaulle') + 6 }]));
    expect(people.map((a) => a.name).sort()).toEqual(['Gaulle', 'Reagan']);
    const madrid = 'President Miguel de la Madrid spoke.';
    const joined = completeInitials(madrid, [{ type: 'PER', start: madrid.indexOf('Miguel'), end: madrid.indexOf('Miguel') + 6 }, { type: 'PER', start: madrid.indexOf('Madrid'), end: madrid.indexOf('Madrid') + 6 }]);
    expect(joined.map((m) => madrid.slice(m.start, m.end))).toEqual(['Miguel de la Madrid']);
    // A French body the model read as two people is one body.
    const cie = 'Cie Generale de Constructions Telephoniques said.';
    expect(completeInitials(cie, [{ type: 'PER', start: 0, end: 12 }, { type: 'PER', start: cie.indexOf('Constructions'), end: cie.indexOf(' said') }])).toEqual([{ type: 'ORG', start: 0, end: cie.indexOf(' said') }]);
  });

  test('when a lawmaker is described by party and state, or dollars by the wire\'s abbreviation, then neither is an actor; a party is', () => {
    const text = 'Dan Rostenkowski, an Illinois Democrat, said N.Z. Dlrs rose. The Liberal Democrat leader spoke.';
    const found = canonicalActors(text, [{ type: 'PER', start: 0, end: 16 }, org(text, 'Illinois Democrat'), org(text, 'N.Z. Dlrs'), org(text, 'Liberal Democrat')]);
    expect(found.map((a) => a.name).sort()).toEqual(['Dan Rostenkowski', 'Liberal Democrat']);
  });
});

describe('tagging rules 70: other names of one body or person (a sixth black-box review)', () => {
  test('when a story names "the Treasury Department", then it is the country\'s Treasury, as "the Treasury" is', () => {
    expect(sortedNamesIn('WASHINGTON, March 3 - The U.S. Treasury Department said on Tuesday it would sell bonds.')).toContain('Treasury (United States)');
    expect(sortedNamesIn('WASHINGTON, March 3 - The U.S. Treasury Department said on Tuesday it would sell bonds.')).not.toContain('Treasury Department');
  });

  test('when a person is named with the party word "Democrat" before the name, then the name is the person\'s without it', () => {
    // The span as the model read it in the review's article, party word and all.
    const text = 'Democrat Barbara Boxer of California said the bill would pass.';
    const found = canonicalActors(text, [{ type: 'PER', start: 0, end: 'Democrat Barbara Boxer'.length }]);
    expect(found.map((a) => a.name)).toEqual(['Barbara Boxer']);
  });
});

describe('tagging rules 71: what a tagging audit of the bench files found', () => {
  test('when a lawmaker\'s party and state stand in brackets, or a product, an index or Wikinews itself is tagged, then none is an actor', () => {
    for (const name of ['D-Okla.', 'R-Kan', 'D-CA', 'DVD', 'PlayStation', 'CAC', 'All Ordinaries', 'Hang Seng', 'Capitol Hill', 'Wikinews', 'WN How', 'Wikinews Thank', 'Transitional Period']) expect([name, isNotAnActorName(name)]).toEqual([name, true]);
    for (const name of ['David Boren', 'Hang Seng Bank', 'DAX Holdings Ltd', 'Wiki Corp']) expect([name, isNotAnActorName(name)]).toEqual([name, false]);
  });

  test('when a story names the "U.S. House", then it is the House of Representatives the bare "House" is', () => {
    const names = sortedNamesIn('WASHINGTON, March 3 - The U.S. House voted 250 to 170 for the bill on Tuesday. The House will vote again in May.');
    expect(names).toContain('House of Representatives (United States)');
    expect(names).not.toContain('U.S. House');
  });

  test('when a story says "Downing Street said", then Downing Street is an organisation, as the White House is', () => {
    const { actors } = tagger({ title: '', body: 'LONDON, March 3 - Downing Street said on Tuesday that the prime minister would not resign.' });
    expect(actors.find((a) => a.name === 'Downing Street')).toMatchObject({ kind: 'organisation' });
  });
});
