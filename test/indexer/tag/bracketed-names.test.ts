import { bracketedCompanies, isBracketedWithLegalForm } from '../../../indexer/tag/bracketed-names.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';
import { mentionsOf, surfacesOf } from '../../support/mentions.js';

const surfaces = (text: string, spans: [string, Mention['type']][]) => surfacesOf(text, bracketedCompanies(text, mentionsOf(text, spans)));

describe('bracketedCompanies', () => {
  test('when the model reads a bracketed company as a person, then it is one organisation', () => {
    const text = 'Chrysler owns 15 pct of <Maserati>, which may serve.';
    expect(surfaces(text, [['Chrysler', 'ORG'], ['Maserati', 'PER']])).toEqual(['ORG Chrysler', 'ORG Maserati']);
  });

  test('when the model makes pieces of a bracketed name, then the pieces give way to the whole name', () => {
    const text = "Parties are <Banque Commerciale pour l'Europe du Nord>, a French subsidiary.";
    expect(surfaces(text, [['Banque Commerciale', 'ORG'], ['Nord', 'PER']])).toEqual(["ORG Banque Commerciale pour l'Europe du Nord"]);
  });

  test('when a bracketed name ends with legal forms, also those of banks abroad, then they are not part of the name', () => {
    const text = 'Lenders were <Citibank NA> and <Teck Hock and Co (Pte) Ltd>.';
    expect(surfaces(text, [['Citibank', 'ORG'], ['Teck', 'PER'], ['Pte', 'ORG']])).toEqual(['ORG Citibank', 'ORG Teck Hock']);
  });

  test('when a bracketed name ends with its initials after a dash, then name and initials are two mentions', () => {
    const text = 'the closure of <Banca Nazionale del Lavoro - BNL> today';
    expect(surfaces(text, [['Banca Nazionale', 'ORG'], ['Lavoro', 'PER'], ['BNL', 'ORG']])).toEqual(['ORG Banca Nazionale del Lavoro', 'ORG BNL']);
  });

  test('when brackets hold a ticker or a headline in capitals, or a place, then nothing changes', () => {
    const text = 'Volvo <VOLV ST> and <SCOTT\'S HOSPITALITY> and <Banque Paribas (Luxembourg)> said.';
    const spans: [string, Mention['type']][] = [['Volvo', 'ORG'], ['SCOTT', 'ORG'], ['Banque Paribas', 'ORG'], ['Luxembourg', 'LOC']];
    expect(surfaces(text, spans)).toEqual(['ORG Volvo', 'ORG SCOTT', 'ORG Banque Paribas (Luxembourg)', 'LOC Luxembourg']);
  });

  test('when the model found no name inside the brackets, then none is made', () => {
    const text = 'rated by <Moody\'s Investors Service> today';
    expect(bracketedCompanies(text, [])).toEqual([]);
  });
});

describe('the tagger on bracketed companies (an audit: ~40 one-word "people" were pieces of them)', () => {
  const { tagger } = defaultTagger();
  test('when Reuters brackets a company, then its actor is the whole name, and no piece of it is a person', () => {
    const body = "Signatories are <Banque Commerciale pour l'Europe du Nord>, a subsidiary of Gosbank, and <Total Compagnie Francaise des Petroles>.";
    const actors = tagger({ title: '', body }).actors;
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Banque Commerciale pour l'Europe du Nord", 'Total Compagnie Francaise des Petroles']));
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('isBracketedWithLegalForm', () => {
  test('when a bracketed name had its legal form left out, then it was written with one; else not', () => {
    const text = 'by <Goldman, Sachs and Co> and <Maserati> and Kidder';
    expect(isBracketedWithLegalForm(text, 4, 18)).toBe(true);
    expect(isBracketedWithLegalForm(text, 32, 40)).toBe(false);
    expect(isBracketedWithLegalForm(text, 46, 52)).toBe(false);
  });
  test('when the wire writes an old firm with commas in brackets, then it is the firm written without them', () => {
    const { tagger } = defaultTagger();
    const actors = tagger({ title: '', body: 'It was offered by <Goldman, Sachs and Co> and <Kidder, Peabody and Co Inc>. Goldman Sachs said.' }).actors;
    expect(actors.map((a) => a.name).sort()).toEqual(['Goldman Sachs', 'Kidder Peabody']);
  });
});
