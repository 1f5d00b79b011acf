import { joinFirmLists, type FirmListOptions } from '../../../indexer/tag/firm-lists.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';
import { mentionsOf, surfacesOf } from '../../support/mentions.js';

const options: FirmListOptions = { isPlace: (w) => ['Britain', 'Paris'].includes(w), isKnownName: (w) => w === 'Volcker', isCommonWord: (w) => ['Finance', 'Petroleum', 'Little'].includes(w) };
const surfaces = (text: string, spans: [string, Mention['type']][]) => surfacesOf(text, joinFirmLists(text, mentionsOf(text, spans), options));

describe('joinFirmLists', () => {
  test('when a firm of partners stands after "of" and the model made a person of a partner, then the firm is one organisation', () => {
    const text = 'Economist David Pike of Phillips and Drew estimates costs fell.';
    expect(surfaces(text, [['David Pike', 'PER'], ['Phillips', 'LOC'], ['Drew', 'PER']])).toEqual(['PER David Pike', 'ORG Phillips and Drew']);
  });

  test('when the firm has a two-word first part and commas, and its analyst follows it, then it is one organisation', () => {
    const text = 'said Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith. Merrill Lynch said no.';
    const spans: [string, Mention['type']][] = [['Lawrence Cohn', 'PER'], ['Merrill Lynch', 'ORG'], ['Pierce', 'ORG'], ['Fenner', 'ORG'], ['Smith', 'PER'], ['Merrill Lynch', 'ORG']];
    expect(surfaces(text, spans)).toEqual(['PER Lawrence Cohn', 'ORG Merrill Lynch, Pierce, Fenner and Smith', 'ORG Merrill Lynch']);
    const after = 'said Prescott, Ball and Turben analyst Bruce Lazier.';
    expect(surfaces(after, [['Prescott', 'PER'], ['Ball', 'PER'], ['Turben', 'LOC'], ['Bruce Lazier', 'PER']])).toEqual(['ORG Prescott, Ball and Turben', 'PER Bruce Lazier']);
  });

  test('when nothing says where a firm stands, or the list has a serial comma, then a list stays a list', () => {
    const text = 'companies such as Dell, Microsoft and Intel opened offices.';
    const spans: [string, Mention['type']][] = [['Dell', 'PER'], ['Microsoft', 'ORG'], ['Intel', 'ORG']];
    expect(surfaces(text, spans)).toEqual(['PER Dell', 'ORG Microsoft', 'ORG Intel']);
    const serial = 'a deal with Dell, Cisco, and HP was signed.';
    expect(surfaces(serial, [['Dell', 'PER'], ['Cisco', 'ORG'], ['HP', 'ORG']])).toEqual(['PER Dell', 'ORG Cisco', 'ORG HP']);
  });

  test('when a part is a person elsewhere in the text, a name the alias file knows, or a place, then the list stays as read', () => {
    const alone = 'a meeting of Baker and Treasury officials. Baker said.';
    expect(surfaces(alone, [['Baker', 'PER'], ['Treasury', 'ORG'], ['Baker', 'PER']])).toEqual(['PER Baker', 'ORG Treasury', 'PER Baker']);
    const known = 'a meeting of Fed and Volcker aides';
    expect(surfaces(known, [['Fed', 'ORG'], ['Volcker', 'PER']])).toEqual(['ORG Fed', 'PER Volcker']);
    const place = 'talks of Reagan and Britain ended';
    expect(surfaces(place, [['Reagan', 'PER'], ['Britain', 'LOC']])).toEqual(['PER Reagan', 'LOC Britain']);
  });

  test('when the list is of people only, of words of the language before an office, or of places, then it stays as read', () => {
    const people = 'the deal was co-managed by Robertson, Colman and Stephens.';
    expect(surfaces(people, [['Robertson', 'PER'], ['Colman', 'PER'], ['Stephens', 'PER']])).toEqual(['PER Robertson', 'PER Colman', 'PER Stephens']);
    const office = 'said the Finance and Petroleum Minister of Qatar';
    expect(surfaces(office, [['Finance', 'ORG'], ['Petroleum', 'PER']])).toEqual(['ORG Finance', 'PER Petroleum']);
    const places = 'floods in the provinces of Hunan, Jiangxi and Zhejiang';
    expect(surfaces(places, [['Hunan', 'LOC'], ['Jiangxi', 'LOC'], ['Zhejiang', 'PER']])).toEqual(['LOC Hunan', 'LOC Jiangxi', 'PER Zhejiang']);
  });

  test('when a legal form follows the list, then it is a firm wherever it stands, its legal form included', () => {
    const text = 'Forstman and Little Co sold it.';
    expect(surfaces(text, [['Forstman', 'MISC'], ['Little', 'PER']])).toEqual(['ORG Forstman and Little Co']);
  });
});

describe('the tagger on firms of partners (an audit: "Drew", "Smith", "Ball" were people of 10, 9 and 2 articles)', () => {
  const { tagger } = defaultTagger();
  test('when an economist of a firm of partners speaks, then the firm is an organisation and its partners no people', () => {
    const actors = tagger({ title: '', body: 'Economist David Pike of Phillips and Drew estimates that costs fell 30 pct.' }).actors;
    expect(actors).toEqual(expect.arrayContaining([{ name: 'Phillips and Drew', kind: 'organisation', mentions: expect.any(Array) }]));
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['David Pike']);
  });
});
