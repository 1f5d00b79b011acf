import { canonicalActors } from '../../../indexer/tag/actors.js';
import { parseAliasFile, aliasSynonyms } from '../../../indexer/tag/aliases.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { mentionsOf } from '../../support/mentions.js';

describe('canonicalActors', () => {
  test('when one name is read as a person once and an organisation twice, then it is one actor of the more frequent kind', () => {
    const text = 'Comissaria Smith said rain fell. Comissaria Smith expects more. The Comissaria Smith review agreed.';
    const actors = canonicalActors(text, mentionsOf(text, [['Comissaria Smith', 'PER'], ['Comissaria Smith', 'ORG'], ['Comissaria Smith', 'ORG']]));
    expect(actors).toEqual([{ name: 'Comissaria Smith', kind: 'organisation', mentions: [{ start: 0, end: 16 }, { start: 33, end: 49 }, { start: 68, end: 84 }] }]);
  });

  test('when a surname follows the full name, then both are one person under the full name', () => {
    const text = 'Vladimir Putin called Goita. Putin said the talks went well.';
    const actors = canonicalActors(text, mentionsOf(text, [['Vladimir Putin', 'PER'], ['Goita', 'PER'], ['Putin', 'PER']]));
    expect(actors.find((a) => a.name === 'Vladimir Putin')?.mentions).toHaveLength(2);
    expect(actors.map((a) => a.name)).not.toContain('Putin');
  });

  test('when the article\'s full name of a surname was read as an organisation, then the surname joins it, not the alias file\'s person of that surname (a black-box review)', () => {
    const aliases = parseAliasFile('Tony Blair | person | Anthony Blair');
    const text = 'Reporter Jayson Blair made up stories. After the resignation of Blair and two editors, the paper changed.';
    const actors = canonicalActors(text, mentionsOf(text, [['Jayson Blair', 'ORG'], ['Blair', 'PER']]), aliases);
    expect(actors.map((a) => a.name)).toEqual(['Jayson Blair']);
    expect(actors[0]!.mentions).toHaveLength(2);
  });

  test('when spellings differ by accents or a letter, then they merge under the most frequent', () => {
    const text = 'Abdourahamane Tchiani met Abdourahmane Tchiani and Abdourahamane Tchiani again. Assimi Goïta and Assimi Goita.';
    const actors = canonicalActors(
      text,
      mentionsOf(text, [['Abdourahamane Tchiani', 'PER'], ['Abdourahmane Tchiani', 'PER'], ['Abdourahamane Tchiani', 'PER'], ['Assimi Goïta', 'PER'], ['Assimi Goita', 'PER']]),
    );
    expect(actors.map((a) => a.name).sort()).toEqual(['Abdourahamane Tchiani', expect.stringMatching(/^Assimi Go[iï]ta$/)].sort());
  });

  test('when titles and possessives surround a name, then they are not part of it', () => {
    const text = 'President Mohamed Bazoum’s party. Col. Amadou Abdramane spoke.';
    const actors = canonicalActors(text, mentionsOf(text, [['President Mohamed Bazoum’s', 'PER'], ['Col. Amadou Abdramane', 'PER']]));
    expect(actors.map((a) => a.name).sort()).toEqual(['Amadou Abdramane', 'Mohamed Bazoum']);
    const bazoum = actors.find((a) => a.name === 'Mohamed Bazoum')!;
    expect(text.slice(bazoum.mentions[0]!.start, bazoum.mentions[0]!.end)).toBe('Mohamed Bazoum');
  });

  test('when an acronym spells an organisation named in full, then they are one organisation', () => {
    const text = 'The Economic Community of West African States (ECOWAS) warned. ECOWAS met.';
    const actors = canonicalActors(text, mentionsOf(text, [['Economic Community of West African States', 'ORG'], ['ECOWAS', 'ORG'], ['ECOWAS', 'ORG']]));
    expect(actors).toHaveLength(1);
    expect(actors[0]).toMatchObject({ name: 'Economic Community of West African States', kind: 'organisation' });
    expect(actors[0]!.mentions).toHaveLength(3);
  });

  test('when the model reads a name that ends as only organisations end ("Bank", "Foundation") as a person, then it is an organisation, and "the Foundation" alone is it (tagging rules 60)', () => {
    const text = 'Kaupthing Bank earnings soared. Desmond Church said so. The Wikimedia Foundation agreed, and the Foundation said more.';
    const actors = canonicalActors(text, mentionsOf(text, [['Kaupthing Bank', 'PER'], ['Desmond Church', 'PER'], ['Wikimedia Foundation', 'PER'], ['Foundation', 'PER']]), undefined, { isCommonWord: () => false });
    expect(actors.map((a) => [a.name, a.kind, a.mentions.length]).sort()).toEqual([
      ['Desmond Church', 'person', 1],
      ['Kaupthing Bank', 'organisation', 1],
      ['Wikimedia Foundation', 'organisation', 2],
    ]);
  });

  test('when the model reads a Nordic bank in one word ("Landsbanki", "Handelsbanken") as a person, then it is an organisation; a surname ending in "bank" stays a person (tagging rules 62)', () => {
    const text = 'Landsbanki and Handelsbanken lent; Chris Eubank boxed.';
    const actors = canonicalActors(text, mentionsOf(text, [['Landsbanki', 'PER'], ['Handelsbanken', 'PER'], ['Chris Eubank', 'PER']]), undefined, { isCommonWord: () => false });
    expect(actors.map((a) => [a.name, a.kind]).sort()).toEqual([
      ['Chris Eubank', 'person'],
      ['Handelsbanken', 'organisation'],
      ['Landsbanki', 'organisation'],
    ]);
  });

  test('when a span took in a Reuters title without its period, an editor\'s bracket or a month after a one-word body, then the name is without them (tagging rules 62)', () => {
    const text = 'Adm John Poindexter testified. Osama [bin Laden] spoke. Opec February output rose. Black September struck.';
    const actors = canonicalActors(text, mentionsOf(text, [['Adm John Poindexter', 'ORG'], ['Laden]', 'PER'], ['Opec February', 'ORG'], ['Black September', 'ORG']]), undefined, { isCommonWord: () => false });
    expect(actors.map((a) => [a.name, a.kind]).sort()).toEqual([
      ['Black September', 'organisation'],
      ['John Poindexter', 'person'],
      ['Laden', 'person'],
      ['Opec', 'organisation'],
    ]);
  });

  test('when the alias file names an actor, then every alias resolves to its canonical name and kind', () => {
    const aliases = parseAliasFile('# test\nEconomic Community of West African States | organisation | ECOWAS; CEDEAO\n');
    const text = 'CEDEAO and ECOWAS are the same.';
    const actors = canonicalActors(text, mentionsOf(text, [['CEDEAO', 'ORG'], ['ECOWAS', 'PER']]), aliases);
    expect(actors).toEqual([{ name: 'Economic Community of West African States', kind: 'organisation', mentions: [{ start: 0, end: 6 }, { start: 11, end: 17 }] }]);
  });
});

describe('alias file', () => {
  test('when an article names a person by surname only, then the alias file\'s one person with that surname is meant', () => {
    const aliases = parseAliasFile('Vladimir Putin | person | V. Putin\nJames Baker | person | \nHoward Baker | person |');
    const text = 'Putin spoke. Baker answered.';
    const names = canonicalActors(text, mentionsOf(text, [['Putin', 'PER'], ['Baker', 'PER']]), aliases).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Vladimir Putin', 'Baker']));
  });

  test('when an organisation is spelt another way (-isation, without "the"), then it still resolves to its canonical name', () => {
    const aliases = parseAliasFile('Organization of the Petroleum Exporting Countries | organisation | OPEC\nUnited Nations | organisation | UN');
    expect(aliases.lookup('Organisation of Petroleum Exporting Countries')?.canonical).toBe('Organization of the Petroleum Exporting Countries');
    expect(aliases.lookup('the United Nation')).toBeUndefined();
  });

  test('when a line is malformed, then the error names the file, the line and what was expected', () => {
    expect(() => parseAliasFile('A | person | x\nB | animal | y', 'aliases.txt')).toThrow('aliases.txt:2: kind must be "person" or "organisation", got "animal"');
    expect(() => parseAliasFile('just a name', 'aliases.txt')).toThrow(/aliases.txt:1: expected/);
  });
  test('when turned into synonyms, then each name finds the others, except names that are everyday or one- and two-letter words', () => {
    const synonyms = aliasSynonyms(parseAliasFile('International Monetary Fund | organisation | IMF; the Fund\nIslamic State | organisation | ISIS; IS; Daesh\nUnited Nations | organisation | UN; U.N.\nFederal Reserve | organisation | Fed\nStandard & Poor\'s | organisation | S&P'));
    expect(synonyms['IMF']).toEqual(['International Monetary Fund', 'the Fund']);
    // "IS" is the word "is" to Meilisearch, "U.N." the words "u" and "n": as synonyms they matched thousands of articles.
    expect(synonyms['ISIS']).toEqual(['Islamic State', 'Daesh']);
    expect(Object.keys(synonyms)).not.toEqual(expect.arrayContaining(['IS']));
    for (const name of ['IS', 'UN', 'U.N.', 'Fed', 'S&P', 'United Nations', 'Federal Reserve', "Standard & Poor's"]) expect(synonyms[name]).toBeUndefined();
  });
});

describe('canonicalActors: full names and office holders', () => {
  const tag = (text: string, spans: [string, Mention['type']][]) => canonicalActors(text, mentionsOf(text, spans)).map((a) => `${a.kind} ${a.name} ×${a.mentions.length}`);

  test('when the surname comes more often than the full name, then the person is still filed under the full name', () => {
    const text = 'Treasury Secretary James Baker spoke. Baker said rates would hold. Baker added nothing.';
    expect(tag(text, [['James Baker', 'PER'], ['Baker', 'PER'], ['Baker', 'PER']])).toEqual(['person James Baker ×3']);
  });

  test('when an organisation span runs on over an office and its holder, then the holder is a person and the body stays', () => {
    const text = 'Federal Reserve Board Chairman Paul Volcker and Defense Secretary Caspar Weinberger met.';
    expect(tag(text, [['Federal Reserve Board Chairman Paul Volcker', 'ORG'], ['Defense Secretary Caspar Weinberger', 'ORG']]).sort()).toEqual([
      'organisation Federal Reserve Board ×1',
      'person Caspar Weinberger ×1',
      'person Paul Volcker ×1',
    ]);
  });

  test('when the model cuts "Chancellor of the Exchequer Nigel Lawson" to an organisation span, then Nigel Lawson is a person', () => {
    const text = 'British Chancellor of the Exchequer Nigel Lawson met them.';
    expect(tag(text, [['Exchequer Nigel Lawson', 'ORG']])).toEqual(['person Nigel Lawson ×1']);
  });

  test('when a treasurer is named with the title, then the title is not part of the name', () => {
    const text = 'Treasurer Paul Keating said the budget was on track.';
    expect(tag(text, [['Treasurer Paul Keating', 'PER']])).toEqual(['person Paul Keating ×1']);
  });
});

describe('canonicalActors: a firm written short or in its old house style', () => {
  const tag = (text: string, spans: [string, Mention['type']][]) => canonicalActors(text, mentionsOf(text, spans)).map((a) => `${a.name} ×${a.mentions.length}`);

  test('when a one-word organisation opens a longer name of the article (possessive or not), then it is that organisation', () => {
    const text = "Moody's Investors Service cut the rating. Moody's said more may follow. Salomon Brothers Inc agreed, Salomon said.";
    expect(tag(text, [["Moody's Investors Service", 'ORG'], ["Moody's", 'ORG'], ['Salomon Brothers Inc', 'ORG'], ['Salomon', 'ORG']]).sort()).toEqual([
      "Moody's Investors Service ×2",
      'Salomon Brothers ×2',
    ]);
  });

  test('when the one word is a chamber of its own, then it does not join a committee that opens with it', () => {
    const text = 'The House Banking Committee met. The House voted later.';
    expect(tag(text, [['House Banking Committee', 'ORG'], ['House', 'ORG']]).sort()).toEqual(['House Banking Committee ×1', 'House ×1']);
  });

  test('when a firm is written with a comma between partners, then it is one actor with the firm written without', () => {
    const text = 'Goldman, Sachs and Co led it; Goldman Sachs said so.';
    expect(tag(text, [['Goldman, Sachs and Co', 'ORG'], ['Goldman Sachs', 'ORG']])).toEqual(['Goldman Sachs ×2']);
  });
});

describe('canonicalActors: review cases of the short-firm and comma rules', () => {
  const tag = (text: string, spans: [string, Mention['type']][], aliases?: ReturnType<typeof parseAliasFile>) =>
    canonicalActors(text, mentionsOf(text, spans), aliases).map((a) => `${a.name} ×${a.mentions.length}`).sort();

  test('when the short name was written with its legal form, or two names open with it, then it stays a company of its own', () => {
    const text = 'Boeing Co said Boeing Commercial Airplane won. Ford Motor Credit and Ford Motor gained, Ford said.';
    expect(tag(text, [['Boeing Co', 'ORG'], ['Boeing Commercial Airplane', 'ORG'], ['Ford Motor Credit', 'ORG'], ['Ford Motor', 'ORG'], ['Ford', 'ORG']])).toEqual([
      'Boeing Commercial Airplane ×1',
      'Boeing ×1',
      'Ford Motor Credit ×1',
      'Ford Motor ×1',
      'Ford ×1',
    ]);
  });

  test('when a span the model ran over a list holds a comma but no legal form, then the comma stays', () => {
    const text = 'Lenders Chase, Chemical agreed.';
    expect(tag(text, [['Chase, Chemical', 'ORG']])).toEqual(['Chase, Chemical ×1']);
  });

  test('when the alias file lists a name with "\'s", then the possessive mention finds it, and a person of that surname stays a person', () => {
    const aliases = parseAliasFile("Moody's Investors Service | organisation | Moody's");
    const text = "Moody's said it cut the rating. Representative Jim Moody said no. Moody added more.";
    expect(tag(text, [["Moody's", 'ORG'], ['Jim Moody', 'PER'], ['Moody', 'PER']], aliases)).toEqual(['Jim Moody ×2', "Moody's Investors Service ×1"]);
  });
});

describe('canonicalActors: capitalised common words', () => {
  test('when a one-word organisation is capitalised only where a sentence starts and written in lower case elsewhere, then it is no actor', () => {
    const text = 'WASHINGTON, March 3 - Tariffs on steel rose, the Commerce Department said. Industry groups said the tariffs hurt the industry, and Chrysler agreed.';
    const actors = canonicalActors(text, mentionsOf(text, [['Tariffs', 'ORG'], ['Industry', 'ORG'], ['Chrysler', 'ORG']]));
    expect(actors.map((a) => a.name)).toEqual(['Chrysler']);
  });

  test('when the name is capitalised inside a sentence too, or is an institution, or the copy is all lower case, then it stays', () => {
    const inside = 'Tariffs rose. Lawmakers asked Tariffs Inc to comment on the tariffs.';
    expect(canonicalActors(inside, mentionsOf(inside, [['Tariffs', 'ORG'], ['Tariffs', 'ORG']])).map((a) => a.name)).toEqual(['Tariffs']);
    const institution = 'Congress voted on Tuesday. The party congress meets in May.';
    expect(canonicalActors(institution, mentionsOf(institution, [['Congress', 'ORG']])).map((a) => a.name)).toEqual(['Congress']);
    const lowerCased = 'the state oil company petroleos de venezuela (pdvsa) agreed.\nPdvsa last april signed a letter of intent with champlin.';
    expect(canonicalActors(lowerCased, mentionsOf(lowerCased, [['Pdvsa', 'ORG']])).map((a) => a.name)).toEqual(['Pdvsa']);
  });
});

describe('canonicalActors, with a title in capitals', () => {
  /** The tagger's layout: body, a blank line, the title; the title's mentions from `shoutedFrom` on. */
  function article(body: string, title: string, spans: [string, Mention['type'], 'body' | 'title'][], company?: string) {
    const text = `${body}\n\n${title}`;
    const shoutedFrom = body.length + 2;
    const mentions = spans.map(([surface, type, where]) => {
      const start = where === 'body' ? body.indexOf(surface) : shoutedFrom + title.indexOf(surface);
      return { type, start, end: start + surface.length };
    });
    const at = company === undefined ? undefined : shoutedFrom + title.indexOf(company);
    const titleCompany = at === undefined ? undefined : { start: at, end: at + company!.length };
    return canonicalActors(text, mentions, undefined, { shoutedFrom, ...(titleCompany !== undefined ? { titleCompany } : {}) });
  }

  test('when the title names an actor the body names otherwise, then the title mention joins the body name', () => {
    const actors = article('The Senate voted 93 to 0. Commerce Secretary Malcolm Baldrige agreed.', 'U.S. SENATE WANTS PACT ENFORCED, BALDRIGE SAYS', [
      ['Senate', 'ORG', 'body'],
      ['Malcolm Baldrige', 'PER', 'body'],
      ['U.S. SENATE', 'ORG', 'title'],
      ['BALDRIGE', 'ORG', 'title'],
    ]);
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['Malcolm Baldrige', 2], ['Senate', 2]]);
  });

  test('when a capitalised title word names nothing of the body, then it is no actor', () => {
    const actors = article('Governor Satoshi Sumita said there was no room to ease.', 'SUMITA SAYS LITTLE ROOM FOR BANK TO EASE POLICY', [
      ['Satoshi Sumita', 'PER', 'body'],
      ['LITTLE', 'ORG', 'title'],
    ]);
    expect(actors.map((a) => a.name)).toEqual(['Satoshi Sumita']);
  });

  test('when the headline names its company by its ticker and the body does not, then the company stays, in body case', () => {
    const actors = article('Qtly div 70 cts vs 70 cts. Pay April 1. Record March 10.', 'JIM WALTER CORP <JWC> REGULAR DIVIDEND', [['JIM WALTER CORP', 'ORG', 'title']], 'JIM WALTER CORP');
    expect(actors.map((a) => a.name)).toEqual(['Jim Walter']);
  });

  test('when the headline\'s company keeps a leading "THE" the name drops, then it is still the company', () => {
    const actors = article('Qtly div 10 cts vs 10 cts.', 'THE LIMITED INC <LTD> SETS DIVIDEND', [['THE LIMITED INC', 'ORG', 'title']], 'THE LIMITED INC');
    expect(actors.map((a) => a.name)).toEqual(['Limited']);
  });

  test('when a body mention joins a name only the capitals title spells, then the actor is in body case', () => {
    const actors = article('Pegasus said output rose.', 'PEGASUS GOLD INC <PGULF> 3RD QTR NET', [['Pegasus', 'PER', 'body'], ['PEGASUS GOLD INC', 'ORG', 'title']], 'PEGASUS GOLD INC');
    expect(actors.map((a) => a.name)).toEqual(['Pegasus Gold']);
  });
});

describe('canonicalActors: monarchs (tagging rules 45)', () => {
  test('when a monarch\'s title stands before one name, in the span or before it, then the name keeps it, and the name alone later is the same person', () => {
    const text = "Jordan's King Hussein met Prince Charles. Queen Elizabeth spoke. Hussein said talks would begin.";
    const actors = canonicalActors(text, mentionsOf(text, [['Jordan', 'LOC'], ['Hussein', 'PER'], ['Prince Charles', 'PER'], ['Elizabeth', 'LOC'], ['Hussein', 'PER']]));
    expect(actors.map((a) => a.name).sort()).toEqual(['King Hussein', 'Prince Charles', 'Queen Elizabeth']);
    expect(actors.find((a) => a.name === 'King Hussein')?.mentions).toEqual([{ start: 9, end: 21 }, { start: 65, end: 72 }]);
    expect(actors.every((a) => a.kind === 'person')).toBe(true);
  });

  test('when the title stands before two names, or is no monarch\'s, or is a possessive\'s, then it goes as before', () => {
    const text = "King Juan Carlos met President Mohamed Bazoum. Saudi Arabia's King Fahd's envoy came.";
    const actors = canonicalActors(text, mentionsOf(text, [['King Juan Carlos', 'PER'], ['President Mohamed Bazoum', 'PER'], ['Saudi Arabia', 'LOC'], ["Fahd's", 'PER']]));
    expect(actors.map((a) => a.name).sort()).toEqual(['Juan Carlos', 'King Fahd', 'Mohamed Bazoum']);
  });

  test('when "king" is a lower-case word before a name, then it is no title', () => {
    const text = 'The oil king Hunt bought silver.';
    expect(canonicalActors(text, mentionsOf(text, [['Hunt', 'PER']])).map((a) => a.name)).toEqual(['Hunt']);
  });
});

describe('canonicalActors: abbreviated titles (tagging rules 47)', () => {
  test('when "VP", "PM" or "FM" stands before a name, in a span of either kind, then it is a title, and the name joins the full name', () => {
    const text = 'VP Cheney spoke. Dick Cheney left. PM Vladimir Putin met US VP Dick Cheney.';
    const actors = canonicalActors(text, mentionsOf(text, [['VP Cheney', 'ORG'], ['Dick Cheney', 'PER'], ['PM Vladimir Putin', 'PER'], ['US VP Dick Cheney', 'ORG']]));
    expect(actors.map((a) => `${a.name}/${a.kind}/${a.mentions.length}`)).toEqual(['Dick Cheney/person/3', 'Vladimir Putin/person/1']);
  });
});

describe('canonicalActors: monarchs and regnal numbers (tagging rules 46)', () => {
  test('when the model reads a title and one name, with a regnal number or not, as an organisation, then it is a person, and the name without the number joins the one with it', () => {
    const text = 'Queen Elizabeth II visited Ottawa. Queen Elizabeth met Brian Mulroney. Elizabeth left on Friday.';
    const actors = canonicalActors(text, mentionsOf(text, [['Queen Elizabeth II', 'ORG'], ['Ottawa', 'LOC'], ['Queen Elizabeth', 'ORG'], ['Brian Mulroney', 'PER'], ['Elizabeth', 'PER']]));
    expect(actors.map((a) => `${a.name}/${a.kind}/${a.mentions.length}`)).toEqual(['Queen Elizabeth II/person/3', 'Brian Mulroney/person/1']);
  });

  test('when a title and name stand before a number, then they are a ship\'s name, no person', () => {
    const text = 'The Queen Elizabeth 2 sailed to Dubai.';
    expect(canonicalActors(text, mentionsOf(text, [['Queen Elizabeth', 'ORG']])).map((a) => a.kind)).toEqual(['organisation']);
  });

  test('when a person\'s full name comes with and without a generation, then it is one person; a fund\'s series stays another body', () => {
    const text = 'Pope John Paul II arrived in Warsaw. John Paul said mass. Paragon Associates and Paragon Associates II bought shares.';
    const actors = canonicalActors(text, mentionsOf(text, [['John Paul II', 'PER'], ['Warsaw', 'LOC'], ['John Paul', 'PER'], ['Paragon Associates', 'PER'], ['Paragon Associates II', 'PER']]));
    expect(actors.map((a) => a.name).sort()).toEqual(['John Paul II', 'Paragon Associates', 'Paragon Associates II']);
  });

  test('when two numbers follow one name in an article, then the name alone joins neither', () => {
    const text = 'King George V and King George VI reigned. King George was crowned.';
    const actors = canonicalActors(text, mentionsOf(text, [['King George V', 'PER'], ['King George VI', 'PER'], ['King George', 'PER']]));
    expect(actors.map((a) => a.name).sort()).toEqual(['King George', 'King George V', 'King George VI']);
  });

  test('when a monarch\'s title stands alone, then it is no actor, but a surname spelled so still joins its person', () => {
    const text = "The King's wives met. His late father King Sobhuza II had 70 wives. The King said so.";
    const actors = canonicalActors(text, mentionsOf(text, [['King', 'ORG'], ['King Sobhuza II', 'ORG'], ['King', 'ORG']]));
    expect(actors.map((a) => `${a.name}/${a.mentions.length}`)).toEqual(['King Sobhuza II/1']);
    const surname = 'Roger King runs King World. King said sales rose.';
    expect(canonicalActors(surname, mentionsOf(surname, [['Roger King', 'PER'], ['King World', 'ORG'], ['King', 'PER']])).map((a) => `${a.name}/${a.mentions.length}`).sort()).toEqual(['King World/1', 'Roger King/2']);
  });
});

describe('canonicalActors: junk values from a user review (tagging rules 48)', () => {
  /** Words of the language, as the NER model's lexicon knows them (a stub: the default tagger asks the lexicon). */
  const COMMON = new Set(['news', 'live', 'bones', 'northwest', 'security', 'conference', 'energy', 'partners', 'has', 'intuition']);
  const isCommonWord = (word: string): boolean => COMMON.has(word.toLowerCase());

  test('when a verb or a function word the wire capitalised is read as a one-word name, then it is no actor, unless it ends a full name', () => {
    const text = '"Sales will rise in June," Said the company\'s vice president. Algemene Bank Nederland N.V. Said.';
    expect(canonicalActors(text, mentionsOf(text, [['Said', 'PER'], ['Algemene Bank Nederland N.V.', 'ORG'], ['Said', 'PER']])).map((a) => a.name)).toEqual(['Algemene Bank Nederland']);
    const said = 'Edward Said wrote the book. Said said so.';
    expect(canonicalActors(said, mentionsOf(said, [['Edward Said', 'PER'], ['Said', 'PER']])).map((a) => `${a.name}/${a.mentions.length}`)).toEqual(['Edward Said/2']);
  });

  test('when "CEO" stands before a name or after a body\'s, then it is a title: the body and the person are actors, "CEO" none', () => {
    const text = 'He met Garuda CEO Emirsyah Satar. CEO Steve Jobs spoke. The Qantas CEO resigned.';
    const actors = canonicalActors(text, mentionsOf(text, [['Garuda CEO Emirsyah Satar', 'ORG'], ['CEO Steve Jobs', 'PER'], ['Qantas CEO', 'ORG']]));
    expect(actors.map((a) => `${a.name}/${a.kind}`).sort()).toEqual(['Emirsyah Satar/person', 'Garuda/organisation', 'Qantas/organisation', 'Steve Jobs/person']);
  });

  test('when a weekday runs into a person\'s name or stands alone as one, then it is no part of a name', () => {
    const text = 'President Ronald Reagan spoke. President Reagan Friday announced tariffs. At least one analyst Friday speculated.';
    const actors = canonicalActors(text, mentionsOf(text, [['Ronald Reagan', 'PER'], ['Reagan Friday', 'PER'], ['Friday', 'PER']]));
    expect(actors.map((a) => `${a.name}/${a.mentions.length}`)).toEqual(['Ronald Reagan/2']);
  });

  test('when a crude oil\'s grade is read as an organisation, then it is none, and an exchange before it keeps its name', () => {
    const text = 'NYMEX Crude closed at $91.86. Brent Crude fell. On the IntercontinentalExchange Brent Crude futures rose. Light Louisiana Sweet and West Texas Sour were raised.';
    const names = ['NYMEX Crude', 'Brent Crude', 'IntercontinentalExchange Brent Crude', 'Light Louisiana Sweet', 'West Texas Sour'];
    expect(canonicalActors(text, mentionsOf(text, names.map((n) => [n, 'ORG']))).map((a) => a.name).sort()).toEqual(['IntercontinentalExchange', 'NYMEX']);
  });

  test('when a person\'s span runs on from another person\'s name over a country, or in a headline over words of the language, then it is that person; a company\'s name in running text stays', () => {
    const body = 'The U.S. Defense Secretary Donald Rumsfeld will not attend. Rumsfeld will send an aide. Aides said the Reagan Iran speech was ready; Ronald Reagan agreed. John Walker said Walker Energy Partners will sell. Garuda Indonesia flies.';
    const title = 'Rumsfeld Skips Munich Security Conference';
    const text = `${body}\n\n${title}`;
    const people = ['Donald Rumsfeld', 'Rumsfeld', 'Reagan Iran', 'Ronald Reagan', 'John Walker', 'Walker Energy Partners', 'Garuda Indonesia', title];
    const actors = canonicalActors(text, mentionsOf(text, people.map((p) => [p, 'PER'])), undefined, { isCommonWord, titleFrom: body.length + 2 });
    expect(actors.map((a) => `${a.name}/${a.mentions.length}`)).toEqual(['Donald Rumsfeld/3', 'Ronald Reagan/2', 'Garuda Indonesia/1', 'John Walker/1', 'Walker Energy Partners/1']);
  });

  test('when a person\'s span holds more than eight names, then it is a list of people and no actor; a long name with particles stays', () => {
    const list = 'Rafael Hernández Manuel López Oliva Santiago Pujol Aurelio Alonso Tejada';
    const text = `Signed: ${list}. Sheikh Mohammed Sabah Al Salem Al Sabah spoke. Carlos Alberto de Almeida agreed.`;
    const people = [list, 'Mohammed Sabah Al Salem Al Sabah', 'Carlos Alberto de Almeida'];
    const actors = canonicalActors(text, mentionsOf(text, people.map((p) => [p, 'PER'])));
    expect(actors.map((a) => a.name).sort()).toEqual(['Carlos Alberto de Almeida', 'Mohammed Sabah Al Salem Al Sabah']);
  });

  test('when an organisation is two people of the article joined by "and", then it is those two; a firm named for two partners stays one', () => {
    const body = 'President Ahmadinejad said so. President Bush asked why. Bausch and Lomb rose.';
    const title = 'Appeals by both Bush and Ahmadinejad';
    const text = `${body}\n\n${title}`;
    const actors = canonicalActors(text, mentionsOf(text, [['Ahmadinejad', 'PER'], ['Bush', 'PER'], ['Bausch and Lomb', 'ORG'], ['Bush and Ahmadinejad', 'ORG']]));
    expect(actors.map((a) => `${a.name}/${a.kind}/${a.mentions.length}`)).toEqual(['Ahmadinejad/person/2', 'Bush/person/2', 'Bausch and Lomb/organisation/1']);
  });

  test('when countries\' names run into a person\'s name whose surname the article gives a person, then it is that person', () => {
    const text = 'USA United States Barack Obama stated Monday that AIG was failing. US president Obama said so. Turkiye Is Bankasi rose; Bankasi said.';
    const actors = canonicalActors(text, mentionsOf(text, [['USA United States Barack Obama', 'ORG'], ['Obama', 'PER'], ['Turkiye Is Bankasi', 'ORG'], ['Bankasi', 'PER']]));
    expect(actors.map((a) => `${a.name}/${a.kind}/${a.mentions.length}`).sort()).toEqual(['Bankasi/person/1', 'Barack Obama/person/2', 'Turkiye Is Bankasi/organisation/1']);
  });

  test('when an institution\'s name opens sentences where the article writes it in lower case with the same next word, then it is no actor', () => {
    const text = 'A survey of house prices was published. House prices fell 0.6% in June. "House prices increased," he said.';
    expect(canonicalActors(text, mentionsOf(text, [['House', 'ORG'], ['House', 'ORG']]))).toEqual([]);
    const votes = 'The house was empty. House votes on the bill on Friday.';
    expect(canonicalActors(votes, mentionsOf(votes, [['House', 'ORG']])).map((a) => a.name)).toEqual(['House']);
  });

  test('when a one-word organisation that is a word of the language is the last word of a longer name the model cut, then it is no actor', () => {
    const text = 'According to the San Jose Mercury News, the mayor agreed. Both men joined Skull and Bones at Yale. Delta and Northwest filed; Delta Airlines said. The British Army left.';
    const mentions = mentionsOf(text, [['News', 'ORG'], ['Bones', 'ORG'], ['Northwest', 'ORG'], ['Delta Airlines', 'ORG'], ['Army', 'ORG']]);
    expect(canonicalActors(text, mentions, undefined, { isCommonWord }).map((a) => a.name).sort()).toEqual(['Army', 'Delta Airlines', 'Northwest']);
  });
});
