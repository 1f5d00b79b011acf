import { canonicalActors } from '../../../indexer/tag/actors.js';
import { parseAliasFile } from '../../../indexer/tag/aliases.js';
import { attachCompanySuffixes, withFirstLegalForm, withoutLegalForm } from '../../../indexer/tag/company-suffixes.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { completeInitials } from '../../../indexer/tag/person-initials.js';

/** The mention of `surface` (its first occurrence) with the given type. */
function at(text: string, surface: string, type: Mention['type']): Mention {
  const start = text.indexOf(surface);
  if (start === -1) throw new Error(`${surface} not in text`);
  return { type, start, end: start + surface.length };
}
const surfaces = (text: string, mentions: readonly Mention[]) => mentions.map((m) => `${m.type} ${text.slice(m.start, m.end)}`);

describe('attachCompanySuffixes', () => {
  test('when the model tagged only the legal form, then the company is the capitalised words before it', () => {
    const text = 'Waste Management Corp said its board approved.';
    expect(surfaces(text, attachCompanySuffixes(text, [at(text, 'Corp', 'PER')]))).toEqual(['ORG Waste Management Corp']);
  });

  test('when the name before the legal form was tagged apart, then the two become one organisation', () => {
    const text = 'The deal with Bertram-Trojan Inc closed.';
    const found = attachCompanySuffixes(text, [at(text, 'Bertram-Trojan', 'MISC'), at(text, 'Inc', 'ORG')]);
    expect(surfaces(text, found)).toEqual(['ORG Bertram-Trojan Inc']);
  });

  test('when words that open a phrase come first, then the name starts after them; "and" inside a name stays', () => {
    const text = 'Shares of The Dillon Read and Co Inc rose.';
    expect(surfaces(text, attachCompanySuffixes(text, [at(text, 'Co Inc', 'ORG')]))).toEqual(['ORG Dillon Read and Co Inc']);
  });

  test('when no name comes before the legal form, or the line is a headline in capitals, then the mention is dropped', () => {
    const text = 'the Inc said.\nWASTE MANAGEMENT CORP SAYS PROFIT UP';
    expect(attachCompanySuffixes(text, [at(text, 'Inc', 'ORG'), at(text, 'CORP', 'ORG')])).toEqual([]);
  });

  test('when a found name is followed by its legal form, then the form joins it; other mentions are left alone', () => {
    const text = 'General Motors Corp and Vladimir Putin.';
    const found = attachCompanySuffixes(text, [at(text, 'General Motors', 'ORG'), at(text, 'Vladimir Putin', 'PER')]);
    expect(surfaces(text, found)).toEqual(['ORG General Motors Corp', 'PER Vladimir Putin']);
  });
});

describe('attachCompanySuffixes at the edges of a name', () => {
  test('when a place comes after a preposition, then the name starts after it; mentions within a name join it', () => {
    const text = 'In Paris Renault SA said sales rose. Japan Airlines Co flew. Kidder, Peabody and Co said.';
    const found = attachCompanySuffixes(text, [
      at(text, 'Paris', 'LOC'), at(text, 'SA', 'ORG'), at(text, 'Japan', 'LOC'), at(text, 'Co ', 'ORG'), at(text, 'Peabody', 'PER'), { type: 'ORG' as const, start: text.lastIndexOf('Co'), end: text.lastIndexOf('Co') + 2 },
    ].map((m): Mention => ({ ...m, end: text.slice(m.start, m.end).trim().length + m.start })));
    expect(surfaces(text, found)).toEqual(['LOC Paris', 'ORG Renault SA', 'ORG Japan Airlines Co', 'ORG Kidder, Peabody and Co']);
    // The model's place "SA" (South Africa) is left alone.
    const text2 = 'Exports to SA rose.';
    expect(surfaces(text2, attachCompanySuffixes(text2, [at(text2, 'SA', 'LOC')]))).toEqual(['LOC SA']);
  });

  test('when the words before are another sentence, a day, a year or the inside of a word, then they are not the name', () => {
    const cases: [string, string, string[]][] = [
      ['He left in 1985. Waste Management Corp said.', 'Corp', ['ORG Waste Management Corp']],
      ['On Tuesday Acme Corp said.', 'Corp', ['ORG Acme Corp']],
      ['He joined eBay Inc last year.', 'Inc', []],
    ];
    for (const [text, form, expected] of cases) expect(surfaces(text, attachCompanySuffixes(text, [at(text, form, 'ORG')]))).toEqual(expected);
  });

  test('when an organisation the model found starts before the name, then the two become one, not two overlapping', () => {
    const text = 'Shares of The Dillon Read and Co Inc rose.';
    expect(surfaces(text, attachCompanySuffixes(text, [at(text, 'The Dillon Read', 'ORG'), at(text, 'Co Inc', 'ORG')]))).toEqual(['ORG Dillon Read and Co Inc']);
  });

  test('when a legal form would follow across a line break, or in another case, then it is not joined', () => {
    const text = 'Deal talks with Apple\n\nCo-founder Steve spoke. The Four Seasons spa opened.';
    const found = attachCompanySuffixes(text, [at(text, 'Apple', 'ORG'), at(text, 'Four Seasons', 'ORG')]);
    expect(surfaces(text, found)).toEqual(['ORG Apple', 'ORG Four Seasons']);
  });
});

describe('withoutLegalForm', () => {
  test.each([
    ['General Motors Corp', 'General Motors'],
    ['Merrill Lynch and Co Inc', 'Merrill Lynch'],
    ['Apple Inc.', 'Apple'],
    ['Renault SA', 'Renault'],
    ['Procter & Gamble Co', 'Procter & Gamble'],
    ['Johnson & Johnson', 'Johnson & Johnson'],
    ['Inc', 'Inc'],
    ['X Corp', 'X Corp'],
    ['Siemens AG', 'Siemens'],
  ])('when the name is %j, then the company is %j', (name, expected) => {
    expect(withoutLegalForm(name)).toBe(expected);
  });
});

describe('completeInitials', () => {
  test('when a person is cut after a middle initial, then the surname joins, also when it was tagged on its own', () => {
    const text = 'President George W. Bush met George W. Bush.';
    const second = text.lastIndexOf('George W.');
    const found = completeInitials(text, [
      at(text, 'George W.', 'PER'),
      { type: 'PER', start: second, end: second + 'George W.'.length },
      { type: 'PER', start: text.lastIndexOf('Bush'), end: text.lastIndexOf('Bush') + 4 },
    ]);
    expect(surfaces(text, found)).toEqual(['PER George W. Bush', 'PER George W. Bush']);
  });

  test('when the model gives an initial and a name without the surname after them, then the surname joins; a weekday does not (a tagging audit)', () => {
    for (const [text, name, whole] of [
      ['oilman T. Boone Pickens said', 'T. Boone', 'T. Boone Pickens'],
      ['said L. Jack Van Fossen, chairman', 'L. Jack', 'L. Jack Van Fossen'],
      ['met J. Smith. The talks', 'J. Smith', 'J. Smith'],
      ['C. Fred Monday said', 'C. Fred', 'C. Fred'],
    ] as const) {
      expect(surfaces(text, completeInitials(text, [at(text, name, 'PER')]))).toEqual([`PER ${whole}`]);
    }
  });

  test('when the word after the initial opens the next sentence, then it is not a surname', () => {
    const text = 'a speech by Malcolm X. The crowd cheered.';
    expect(surfaces(text, completeInitials(text, [at(text, 'Malcolm X.', 'PER')]))).toEqual(['PER Malcolm X.']);
  });

  test('when a name does not end in an initial, then it is left as it is', () => {
    const text = 'Vladimir Putin Said';
    expect(completeInitials(text, [at(text, 'Vladimir Putin', 'PER')])).toEqual([at(text, 'Vladimir Putin', 'PER')]);
  });
});

describe('company names among actors', () => {
  test('when the alias file lists a name with its legal form, then the alias still applies', () => {
    const aliases = parseAliasFile('Meta Platforms | organisation | Facebook Inc\n');
    const text = 'Facebook Inc said.';
    expect(canonicalActors(text, [at(text, 'Facebook Inc', 'ORG')], aliases).map((a) => a.name)).toEqual(['Meta Platforms']);
  });

  test('when an article writes one company with and without its legal form, then it is one actor', () => {
    const text = 'General Motors Corp said sales rose. General Motors expects more.';
    const actors = canonicalActors(text, [at(text, 'General Motors Corp', 'ORG'), { type: 'ORG', start: text.lastIndexOf('General Motors'), end: text.lastIndexOf('General Motors') + 14 }]);
    expect(actors.map((a) => [a.name, a.mentions.length])).toEqual([['General Motors', 2]]);
  });

  test('when an organisation starts with a word that titles a person, then the word stays; a person loses the title', () => {
    const text = 'The Justice Department said. President Vladimir Putin agreed.';
    const actors = canonicalActors(text, [at(text, 'The Justice Department', 'ORG'), at(text, 'President Vladimir Putin', 'PER')]);
    expect(actors.map((a) => a.name).sort()).toEqual(['Justice Department', 'Vladimir Putin']);
  });
});

describe('attachCompanySuffixes: names the model cut before their legal form', () => {
  test('when the model tagged "Electric Co" as a person after "General", then the company is "General Electric Co"', () => {
    const text = 'He said the engines come from General Electric Co and others.';
    expect(surfaces(text, attachCompanySuffixes(text, [at(text, 'Electric Co', 'PER')]))).toEqual(['ORG General Electric Co']);
  });

  test('when a nationality the model tagged apart comes first, then it is part of the name ("Royal Dutch Petroleum Co")', () => {
    const text = 'Shr Royal Dutch Petroleum Co 2.30 dlrs';
    const found = attachCompanySuffixes(text, [at(text, 'Dutch', 'MISC'), at(text, 'Petroleum Co', 'PER')]);
    expect(surfaces(text, found)).toEqual(['ORG Royal Dutch Petroleum Co']);
  });

  test('when the words before are a possessive or a list joined by "and", then the name is not extended over them', () => {
    const text = "Japan's Mitsubishi Corp and Pratt and Whitney and Boeing Co";
    const found = attachCompanySuffixes(text, [at(text, 'Mitsubishi Corp', 'ORG'), at(text, 'Boeing Co', 'PER')]);
    expect(surfaces(text, found)).toEqual(['ORG Mitsubishi Corp', 'ORG Boeing Co']);
  });
});

describe('canonicalActors: companies the model read as people, and wire markup', () => {
  const names = (text: string, spans: [string, Mention['type']][]) => {
    let from = 0;
    const mentions = spans.map(([surface, type]) => {
      const start = text.indexOf(surface, from);
      from = start + surface.length;
      return { type, start, end: start + surface.length };
    });
    return canonicalActors(text, mentions).map((a) => `${a.kind} ${a.name} ×${a.mentions.length}`);
  };

  test('when a person-tagged name ends with a legal form, then it is the company, and its one-word mentions join it', () => {
    const text = 'Chrysler Corp said sales rose. Chrysler expects more.';
    expect(names(text, [['Chrysler Corp', 'PER'], ['Chrysler', 'PER']])).toEqual(['organisation Chrysler ×2']);
  });

  test('when a one-word "person" opens the name of an organisation of the article, then it is that organisation', () => {
    const text = 'Inland Steel Industries Inc posted a loss. Inland said it would cut jobs.';
    expect(names(text, [['Inland Steel Industries Inc', 'ORG'], ['Inland', 'PER']])).toEqual(['organisation Inland Steel Industries ×2']);
  });

  test('when Reuters brackets a company or prints a ticker, then the company is named without brackets and the ticker is no actor', () => {
    const text = 'It sold <Crowley Maritime Corp> to Volvo <VOLV ST> and Exxon Corp <XON>.';
    const found = names(text, [['Crowley Maritime Corp>', 'ORG'], ['Volvo <VOLV ST', 'ORG'], ['Exxon Corp', 'ORG'], ['XON>', 'ORG']]);
    expect(found.sort()).toEqual(['organisation Crowley Maritime ×1', 'organisation Exxon ×1', 'organisation Volvo ×1']);
  });

  test('when a mention is only a legal form left by a bracket, then it is no actor', () => {
    const text = 'a unit of <Acme Corp>';
    expect(names(text, [['Corp>', 'ORG']])).toEqual([]);
  });
});

describe('review cases: what a cut name must not take in, and what a split must not make', () => {
  test('when the model tagged the company right, or the words before end a sentence or are a place or "-based", then nothing is added', () => {
    const text = 'Yesterday General Motors Corp said. Houston-based Shell Oil Co rose in Tokyo. Sony Corp fell. U.S. McDonnell Douglas Corp gained.';
    const found = attachCompanySuffixes(text, [
      at(text, 'General Motors Corp', 'ORG'),
      at(text, 'Shell Oil Co', 'PER'),
      at(text, 'Tokyo', 'LOC'),
      at(text, 'Sony Corp', 'PER'),
      at(text, 'U.S.', 'LOC'),
      at(text, 'McDonnell Douglas Corp', 'PER'),
    ]);
    expect(surfaces(text, found)).toEqual(['ORG General Motors Corp', 'ORG Shell Oil Co', 'LOC Tokyo', 'ORG Sony Corp', 'LOC U.S.', 'ORG McDonnell Douglas Corp']);
  });

  test('when a company\'s one-word mentions outnumber its full name, then it is still filed under the full name; after "Mr" the word is a person', () => {
    const text = 'Baker Hughes Inc said earnings fell. Baker said costs rose. Mr Baker added more.';
    const found = canonicalActors(text, [at(text, 'Baker Hughes Inc', 'ORG'), { type: 'PER', start: text.indexOf('Baker said'), end: text.indexOf('Baker said') + 5 }, { type: 'PER', start: text.lastIndexOf('Baker'), end: text.lastIndexOf('Baker') + 5 }]);
    expect(found.map((a) => `${a.kind} ${a.name} ×${a.mentions.length}`)).toEqual(['organisation Baker Hughes ×2', 'person Baker ×1']);
  });

  test('when a bracketed company looks like a ticker once its legal form is gone, then it is still an actor', () => {
    const text = 'It bought <NEC Corp> shares.';
    expect(canonicalActors(text, [at(text, 'NEC Corp', 'ORG')]).map((a) => a.name)).toEqual(['NEC']);
  });

  test('when an office holder\'s span holds a title, a company or a dangling "and", then the split keeps only what names someone', () => {
    const text = 'President Enterprises Corp said. UN Secretary General Boutros Boutros-Ghali met Chairman and Chief Executive John Smith.';
    const found = canonicalActors(text, [
      at(text, 'President Enterprises Corp', 'ORG'),
      at(text, 'Secretary General Boutros Boutros-Ghali', 'ORG'),
      at(text, 'Chairman and Chief Executive John Smith', 'ORG'),
    ]);
    expect(found.map((a) => `${a.kind} ${a.name}`).sort()).toEqual(['organisation President Enterprises', 'person Boutros Boutros-Ghali', 'person John Smith']);
  });

  test('when a name spans a double space, then its mention offsets still cover exactly the name', () => {
    const text = 'Federal Reserve  Board Chairman Paul Volcker spoke.';
    const found = canonicalActors(text, [at(text, 'Federal Reserve  Board Chairman Paul Volcker', 'ORG')]);
    expect(found.map((a) => a.mentions.map((m) => text.slice(m.start, m.end))).flat().sort()).toEqual(['Federal Reserve  Board', 'Paul Volcker']);
  });
});

test('when the model\'s span of a legal form takes in the comma before it, then the company is the name before the comma', () => {
  const text = 'a Cargill, Inc. analyst said.';
  expect(canonicalActors(text, attachCompanySuffixes(text, [at(text, 'Cargill', 'ORG'), at(text, ', Inc.', 'ORG')])).map((a) => a.name)).toEqual(['Cargill']);
});

test('when a one-word "person" opens the names of two organisations of the article, then it joins neither', () => {
  const text = 'Baker Hughes Inc and Baker International Corp merged. Baker said more.';
  const found = canonicalActors(text, [
    at(text, 'Baker Hughes Inc', 'ORG'),
    at(text, 'Baker International Corp', 'ORG'),
    { type: 'PER', start: text.lastIndexOf('Baker'), end: text.lastIndexOf('Baker') + 5 },
  ]);
  expect(found.map((a) => `${a.kind} ${a.name} ×${a.mentions.length}`).sort()).toEqual(['organisation Baker Hughes ×1', 'organisation Baker International ×1', 'person Baker ×1']);
});

describe('names the model cut before a one-word company', () => {
  const common = (word: string) => ['news', 'time', 'power', 'banks', 'data', 'technology'].includes(word.toLowerCase());

  test('when an organisation, a capitalised word and a one-word company follow each other, then they are one name', () => {
    const text = 'lead manager Credit Suisse First Boston Ltd said.';
    const found = attachCompanySuffixes(text, [at(text, 'Credit Suisse', 'ORG'), at(text, 'Boston', 'ORG')]);
    expect(surfaces(text, found)).toEqual(['ORG Credit Suisse First Boston Ltd']);
  });

  test('when a place comes before a one-word company, then the two stay apart', () => {
    const text = 'the rival U.S. Exxon Corp said.';
    const found = attachCompanySuffixes(text, [at(text, 'U.S.', 'LOC'), at(text, 'Exxon Corp', 'ORG')], common);
    expect(surfaces(text, found)).toEqual(['LOC U.S.', 'ORG Exxon Corp']);
  });

  test('when a word of the language and a legal form follow capitalised words, then those words are the name\'s start', () => {
    const text = 'The utility Consumers Power Co said. Marine Midland Banks Inc agreed.';
    const found = attachCompanySuffixes(text, [at(text, 'Power Co', 'ORG'), at(text, 'Banks Inc', 'ORG')], common);
    expect(surfaces(text, found)).toEqual(['ORG Consumers Power Co', 'ORG Marine Midland Banks Inc']);
    // Without the lexicon's word list, nothing is taken in.
    expect(surfaces(text, attachCompanySuffixes(text, [at(text, 'Power Co', 'ORG')]))).toEqual(['ORG Power Co']);
  });

  test('when the model took "Electric Co" after a city for a person, then the city is the name\'s start', () => {
    const text = 'PLEASANTVILLE - Atlantic City Electric Co said it will redeem.';
    const found = attachCompanySuffixes(text, [at(text, 'Atlantic City', 'LOC'), at(text, 'Electric Co', 'PER')]);
    expect(surfaces(text, found)).toEqual(['ORG Atlantic City Electric Co']);
  });

  test('when the cut name has two words, then a place before it is where the company is', () => {
    const text = 'the U.S. McDonnell Douglas Corp said.';
    const found = attachCompanySuffixes(text, [at(text, 'U.S.', 'LOC'), at(text, 'McDonnell Douglas Corp', 'PER')]);
    expect(surfaces(text, found)).toEqual(['LOC U.S.', 'ORG McDonnell Douglas Corp']);
  });
});

describe('companies named by a word of the language', () => {
  const common = (word: string) => ['news', 'time', 'data', 'technology', 'house'].includes(word.toLowerCase());

  test('when a company\'s bare name is a common word, then it keeps its first legal form, written one way', () => {
    const text = 'News Corp Ltd bought it. News Corp owns papers. Time Inc. and Boeing Co bid.';
    const found = canonicalActors(text, [at(text, 'News Corp Ltd', 'ORG'), { type: 'ORG', start: text.indexOf('News Corp owns'), end: text.indexOf('News Corp owns') + 9 }, at(text, 'Time Inc.', 'ORG'), at(text, 'Boeing Co', 'ORG')], undefined, { isCommonWord: common });
    expect(found.map((a) => `${a.name} ×${a.mentions.length}`).sort()).toEqual(['Boeing ×1', 'News Corp ×2', 'Time Inc ×1']);
    // Without the word list, the legal form goes as for any company.
    expect(canonicalActors(text, [at(text, 'Time Inc.', 'ORG')]).map((a) => a.name)).toEqual(['Time']);
  });

  test('when a one-word organisation is a common word that ends another organisation\'s name, then it is that one', () => {
    const text = 'Nuclear Data Inc said it agreed. Terms require Data to pay. The White House and the House spoke.';
    const mentions = [at(text, 'Nuclear Data Inc', 'ORG'), at(text, 'Data to', 'ORG'), at(text, 'White House', 'ORG'), { type: 'ORG' as const, start: text.lastIndexOf('House'), end: text.lastIndexOf('House') + 5 }];
    mentions[1] = { ...mentions[1]!, end: mentions[1]!.start + 4 };
    const found = canonicalActors(text, mentions, undefined, { isCommonWord: common });
    // "House" is a body of its own (NAMED_ALONE), not the end of "White House".
    expect(found.map((a) => `${a.name} ×${a.mentions.length}`).sort()).toEqual(['House ×1', 'Nuclear Data ×2', 'White House ×1']);
  });

  test('withFirstLegalForm keeps the first form only', () => {
    expect(withFirstLegalForm('News Corp Ltd', 'News')).toBe('News Corp');
    expect(withFirstLegalForm('NEWS CORP', 'NEWS')).toBe('NEWS Corp');
    expect(withFirstLegalForm('Time Inc.', 'Time')).toBe('Time Inc');
  });
});
