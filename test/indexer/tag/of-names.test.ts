import type { Mention } from '../../../indexer/tag/mention.js';
import { mentionAt, surfacesOf } from '../../support/mentions.js';
import { joinOfNames } from '../../../indexer/tag/of-names.js';

const at = mentionAt;
const surfaces = (text: string, mentions: Mention[]) => surfacesOf(text, joinOfNames(text, mentions));

describe('joinOfNames', () => {
  test('when the model cuts "<body> of <name>" at the "of", then the two are one organisation', () => {
    const text = 'Niger formed the Alliance of Sahel States in 2023.';
    expect(surfaces(text, [at(text, 'Niger', 'LOC'), at(text, 'Alliance', 'ORG'), at(text, 'Sahel States', 'PER')])).toEqual(['LOC Niger', 'ORG Alliance of Sahel States']);
  });

  test('when what the body is of is a place or runs on over capitalised words, then it is all one name, to the sentence\'s end', () => {
    const text = 'The Times of Zambia said so. He joined the Congress of South African Trade Unions. The Board of Public Utilities.';
    expect(surfaces(text, [at(text, 'Times', 'ORG'), at(text, 'Zambia', 'LOC'), at(text, 'Congress', 'ORG'), at(text, 'South African', 'MISC'), at(text, 'Board', 'ORG'), at(text, 'Public Utilities', 'ORG')])).toEqual([
      'ORG Times of Zambia',
      'ORG Congress of South African Trade Unions',
      'ORG Board of Public Utilities',
    ]);
  });

  test('when the word before "of" is no body\'s, or nothing the model read follows, then the mentions stay as they are', () => {
    const text = 'Kenya of all places hosted Exxon of Texas, and the Alliance of small states met.';
    const mentions = [at(text, 'Kenya', 'LOC'), at(text, 'Exxon', 'ORG'), at(text, 'Texas', 'LOC'), at(text, 'Alliance', 'ORG')];
    expect(surfaces(text, mentions)).toEqual(['LOC Kenya', 'ORG Exxon', 'LOC Texas', 'ORG Alliance']);
  });

  test('when the model reads another name after the one after "of", then the joined name ends before it', () => {
    const text = 'Bank of England Governor Mark Carney spoke. University of Lagos and Ahmadu Bello University met.';
    const mentions = [at(text, 'Bank', 'ORG'), at(text, 'England', 'LOC'), at(text, 'Mark Carney', 'PER'), at(text, 'University', 'ORG'), at(text, 'Lagos', 'LOC'), at(text, 'Ahmadu Bello University', 'ORG')];
    expect(surfaces(text, mentions)).toEqual(['ORG Bank of England', 'PER Mark Carney', 'ORG University of Lagos', 'ORG Ahmadu Bello University']);
  });

  test('when a company\'s unit is "of" a place with a legal form of its own, then it is one name; a division "of" another company is not joined', () => {
    const text = 'Ford Motor Co of Canada Ltd said sales rose. Electric Boat Division of General Dynamics Corp won.';
    const isPlace = (name: string) => name === 'Canada';
    const mentions = [at(text, 'Ford Motor Co', 'ORG'), at(text, 'Canada Ltd', 'ORG'), at(text, 'Electric Boat Division', 'ORG'), at(text, 'General Dynamics Corp', 'ORG')];
    expect(surfacesOf(text, joinOfNames(text, mentions, isPlace))).toEqual(['ORG Ford Motor Co of Canada Ltd', 'ORG Electric Boat Division', 'ORG General Dynamics Corp']);
  });

  test('when the model read the parent\'s words of such a unit as anything or nothing ("Co" a place), then the unit is still one name', () => {
    const text = '    Aluminum Co of Canada Ltd, a unit of Alcan Aluminium Ltd, said.';
    const mentions = [at(text, 'Co', 'LOC'), at(text, 'Canada Ltd', 'ORG'), at(text, 'Alcan Aluminium Ltd', 'ORG')];
    expect(surfacesOf(text, joinOfNames(text, mentions, (name) => name === 'Canada'))).toEqual(['ORG Aluminum Co of Canada Ltd', 'ORG Alcan Aluminium Ltd']);
    // A sentence's "The" is no word of the parent's name.
    const the = 'The Aluminum Co of Canada Ltd said.';
    expect(surfacesOf(the, joinOfNames(the, [at(the, 'Canada Ltd', 'ORG')], (name) => name === 'Canada'))).toEqual(['ORG Aluminum Co of Canada Ltd']);
  });

  test('when a body is named "for" a cause the model read apart, then it is one name; not "for" an organisation, nor "for the …"', () => {
    const text = "People's Alliance for Democracy marched. The Center for General Motors opened. Congress voted for the Contras. Commission for Racial Equality.";
    const mentions = [at(text, 'Alliance', 'ORG'), at(text, 'Democracy', 'PER'), at(text, 'Center', 'ORG'), at(text, 'General Motors', 'ORG'), at(text, 'Congress', 'ORG'), at(text, 'Contras', 'MISC'), at(text, 'Commission', 'ORG'), at(text, 'Racial Equality', 'MISC')];
    expect(surfaces(text, mentions)).toEqual(['ORG Alliance for Democracy', 'ORG Center', 'ORG General Motors', 'ORG Congress', 'MISC Contras', 'ORG Commission for Racial Equality']);
  });
});
