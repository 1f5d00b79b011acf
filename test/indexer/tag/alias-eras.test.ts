import { canonicalActors } from '../../../indexer/tag/actors.js';
import { aliasSynonyms, loadAliasFile, parseAliasFile } from '../../../indexer/tag/aliases.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { mentionsOf } from '../../support/mentions.js';

const BUSHES = [
  'George H. W. Bush | person | George Herbert Walker Bush | 1980-07-16..1993-01-20: George Bush; Bush',
  'George W. Bush | person | George Walker Bush | 1999-06-12..2009-01-20: George Bush; Bush | 2001-01-20..2009-01-20: President Bush',
  'Hillary Clinton | person | Hillary Rodham Clinton | 2007-01-20..2008-06-07: Clinton | 2009-01-21..2013-02-01: Clinton',
  'Bill Clinton | person | | 1993-01-20..2001-01-20: Clinton; President Clinton',
  'Corazon Aquino | person | | 1985-12-03..1992-06-30: Aquino; Mrs. Aquino',
  'Jeb Bush | person |',
].join('\n');

const names = (text: string, spans: [string, Mention['type']][], published: string): string[] =>
  canonicalActors(text, mentionsOf(text, spans), parseAliasFile(BUSHES), { published: new Date(published) }).map((a) => a.name);

describe('alias file eras: one name, another person by the story\'s date', () => {
  test('when a story of 1987 and one of 2005 write "George Bush", then the first means the father and the second the son', () => {
    const text = 'Vice President George Bush spoke. Bush said more.';
    const spans: [string, Mention['type']][] = [['George Bush', 'PER'], ['Bush', 'PER']];
    expect(names(text, spans, '1987-03-02T11:00:00Z')).toEqual(['George H. W. Bush']);
    expect(names(text, spans, '2005-03-02T11:00:00Z')).toEqual(['George W. Bush']);
  });

  test('when a story between the eras writes "George Bush", then the name stays as written', () => {
    expect(names('George Bush spoke.', [['George Bush', 'PER']], '1996-05-01T00:00:00Z')).toEqual(['George Bush']);
  });

  test('when a story names nobody of the surname in full, then the bare surname is the person of its day; in no era, it stays', () => {
    expect(names('Bush said the war goes on.', [['Bush', 'PER']], '2006-01-13T00:00:00Z')).toEqual(['George W. Bush']);
    expect(names('Clinton won the primary.', [['Clinton', 'PER']], '2008-02-05T00:00:00Z')).toEqual(['Hillary Clinton']);
    // The day an era ends is in it, the next is not (and the one Clinton of the table is then nobody).
    expect(names('Clinton spoke.', [['Clinton', 'PER']], '2013-02-01T12:00:00Z')).toEqual(['Hillary Clinton']);
    expect(names('Clinton spoke.', [['Clinton', 'PER']], '2013-02-02T00:00:00Z')).toEqual(['Clinton']);
  });

  test('when the story names another of the surname in full, then a bare surname joins that person, but "President Bush" is the president of the day', () => {
    const text = 'Jeb Bush met donors. Bush said so. President Bush agreed.';
    const actors = canonicalActors(text, mentionsOf(text, [['Jeb Bush', 'PER'], ['Bush', 'PER'], ['Bush', 'PER']]), parseAliasFile(BUSHES), { published: new Date('2005-10-31') });
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['Jeb Bush', 2], ['George W. Bush', 1]]);
    // "former President Bush" is no incumbent: it joins the story's full name.
    const former = 'Jeb Bush met donors. Former President Bush agreed.';
    expect(canonicalActors(former, mentionsOf(former, [['Jeb Bush', 'PER'], ['Bush', 'PER']]), parseAliasFile(BUSHES), { published: new Date('2005-10-31') }).map((a) => a.name)).toEqual(['Jeb Bush']);
  });

  test('when "Mrs." stands before the bare surname, then it is not the man of the era, but the woman whose era lists "Mrs." and the surname', () => {
    expect(names('Mrs. Bush visited a school.', [['Bush', 'PER']], '2005-05-23T00:00:00Z')).toEqual(['Bush']);
    // 1987: the story names her late husband in full; "Mrs Aquino" is still the president.
    const text = 'Benigno Aquino was killed in 1983. Mrs Aquino said the army was loyal.';
    expect(names(text, [['Benigno Aquino', 'PER'], ['Aquino', 'PER']], '1987-03-02T00:00:00Z')).toEqual(['Benigno Aquino', 'Corazon Aquino']);
  });

  test('when a president other than the one of the day is meant, then the surname\'s era is not read: "former U.S. President Bush", "President Clinton" in 2008', () => {
    const former = 'George H. W. Bush flew in. Former U.S. President Bush spoke.';
    expect(names(former, [['George H. W. Bush', 'PER'], ['Bush', 'PER']], '2005-08-29T00:00:00Z')).toEqual(['George H. W. Bush']);
    expect(names('Former U.S. President Bush spoke.', [['Bush', 'PER']], '2005-08-29T00:00:00Z')).toEqual(['Bush']);
    // Hillary Clinton's era of 2008 lists the bare surname, not "President Clinton": that is her husband, named so.
    expect(names('President Clinton campaigned for her.', [['Clinton', 'PER']], '2008-02-05T00:00:00Z')).toEqual(['Clinton']);
    expect(names('President Clinton signed the bill.', [['Clinton', 'PER']], '1996-08-22T00:00:00Z')).toEqual(['Bill Clinton']);
  });

  test('when "Vice President" stands before the surname, then it is looked up as its own title: the vice-president of the day', () => {
    const withVice = `${BUSHES}\nDan Quayle | person | | 1989-01-20..1993-01-20: Vice President Quayle`.replace(
      '1980-07-16..1993-01-20: George Bush; Bush',
      '1980-07-16..1993-01-20: George Bush; Bush | 1981-01-20..1989-01-20: Vice President Bush',
    );
    const vice = (text: string, spans: [string, Mention['type']][], day: string): string[] =>
      canonicalActors(text, mentionsOf(text, spans), parseAliasFile(withVice), { published: new Date(day) }).map((a) => a.name);
    // One person in a story of 1987, where "Vice President" had kept the surname apart from the bare "Bush".
    expect(vice('Vice President Bush spoke. Bush said more.', [['Bush', 'PER'], ['Bush', 'PER']], '1987-03-02T00:00:00Z')).toEqual(['George H. W. Bush']);
    expect(vice('Vice President Quayle spoke.', [['Quayle', 'PER']], '1990-03-02T00:00:00Z')).toEqual(['Dan Quayle']);
    // "Former Vice President" is still another than the one of the day.
    expect(vice('Former Vice President Bush spoke.', [['Bush', 'PER']], '1987-03-02T00:00:00Z')).toEqual(['Bush']);
  });

  test('when the model reads the surname of "the Bush administration" as an organisation, then on an era day it is the person', () => {
    expect(names('The Bush administration said no.', [['Bush', 'ORG']], '2005-04-12T00:00:00Z')).toEqual(['George W. Bush']);
  });

  test('when a story has no date, or a date that is no time, then no era applies', () => {
    const text = 'George Bush spoke. Bush said more.';
    expect(canonicalActors(text, mentionsOf(text, [['George Bush', 'PER'], ['Bush', 'PER']]), parseAliasFile(BUSHES)).map((a) => a.name)).toEqual(['George Bush']);
    expect(names(text, [['George Bush', 'PER'], ['Bush', 'PER']], 'not a date')).toEqual(['George Bush']);
  });

  test('when the table is asked directly, then era names answer only on their days and only lookupOnDay and personBySurname know them', () => {
    const table = parseAliasFile(BUSHES);
    expect(table.lookup('George Bush')).toBeUndefined();
    expect(table.lookupOnDay('george bush', '1988-11-08')?.canonical).toBe('George H. W. Bush');
    expect(table.lookupOnDay('Bush', '2005-01-01')).toBeUndefined();
    expect(table.personBySurname('bush', '2001-09-11')?.canonical).toBe('George W. Bush');
    expect(table.personBySurname('bush')).toBeUndefined();
    // Era names mean two people: they are no search synonyms.
    expect(aliasSynonyms(table)['George Walker Bush']).toEqual(['George W. Bush']);
    expect(Object.values(aliasSynonyms(table)).flat()).not.toContain('George Bush');
  });
});

describe('alias file eras: errors name the line and what was expected', () => {
  test('when an era is malformed, reversed, no day, or names nobody, then parsing fails on that line', () => {
    expect(() => parseAliasFile('A B | person | | 2001..2009: B', 'aliases.txt')).toThrow('aliases.txt:1: expected an era "YYYY-MM-DD..YYYY-MM-DD: name; name", got "2001..2009: B"');
    expect(() => parseAliasFile('\nA B | person | | 2009-01-01..2001-01-01: B', 'aliases.txt')).toThrow('aliases.txt:2: an era must end after it starts, got 2009-01-01..2001-01-01');
    expect(() => parseAliasFile('A B | person | | 2001-02-30..2002-01-01: B', 'aliases.txt')).toThrow('aliases.txt:1: "2001-02-30" is no day');
    expect(() => parseAliasFile('A B | person | | 2001-01-01..2002-01-01: ; ', 'aliases.txt')).toThrow('aliases.txt:1: the era 2001-01-01..2002-01-01 names nobody');
    expect(() => parseAliasFile('A B | organisation | | 2001-01-01..2002-01-01: B', 'aliases.txt')).toThrow('aliases.txt:1: only a person has eras, and "A B" is an organisation');
  });

  test('when two lines give one name to two people on one day, or an era name is another actor\'s name on every day, then parsing fails naming both lines', () => {
    expect(() => parseAliasFile('A B | person | | 2001-01-01..2005-01-01: B\nC B | person | | 2005-01-01..2009-01-01: B', 'aliases.txt')).toThrow(
      'aliases.txt:2: "B" means "A B" in 2001-01-01..2005-01-01 already (aliases.txt:1)',
    );
    expect(() => parseAliasFile('A B | person | | 2001-01-01..2005-01-01: B\nBee | organisation | B', 'aliases.txt')).toThrow(
      'aliases.txt:1: the era name "B" is a name of "Bee" on every day (aliases.txt:2)',
    );
  });

  test('when the project\'s own alias file is read, then its eras parse and the Bushes and Clintons meet no clash', () => {
    const table = loadAliasFile('data/aliases.txt');
    expect(table.personBySurname('bush', '1987-03-02')?.canonical).toBe('George H. W. Bush');
    expect(table.personBySurname('castro', '2010-01-01')?.canonical).toBe('Raúl Castro');
    expect(table.personBySurname('clinton', '1996-01-01')?.canonical).toBe('Bill Clinton');
    expect(table.personBySurname('clinton', '2004-01-01')).toBeUndefined();
    // "Queen Elizabeth" in her reign is Elizabeth II; before it, her mother was the queen of that name.
    expect(table.lookupOnDay('Queen Elizabeth', '1987-04-02')?.canonical).toBe('Queen Elizabeth II');
    expect(table.lookupOnDay('Queen Elizabeth', '1940-06-01')).toBeUndefined();
    // One Libyan leader under the spellings of the wire and of Wikinews (two people before: a black-box review).
    for (const spelling of ['Muammar Gadhafi', 'Moammar Khadafy', 'Muammar al-Gaddafi']) expect(table.lookup(spelling)?.canonical).toBe('Muammar Gaddafi');
    expect(table.personBySurname('gadhafi', '2005-03-01')?.canonical).toBe('Muammar Gaddafi');
    expect(table.lookup('Kofi Anan')?.canonical).toBe('Kofi Annan');
  });
});
