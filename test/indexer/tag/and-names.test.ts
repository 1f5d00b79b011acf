import { joinAndNames } from '../../../indexer/tag/and-names.js';
import type { Mention } from '../../../indexer/tag/mention.js';

const at = (text: string, surface: string, type: Mention['type']): Mention => {
  const start = text.indexOf(surface);
  return { type, start, end: start + surface.length };
};
const surfaces = (text: string, mentions: Mention[]) => joinAndNames(text, mentions).map((m) => `${m.type} ${text.slice(m.start, m.end)}`);

describe('joinAndNames', () => {
  test('when the model tags only the half after "and" and the words before it are capitalised, then the whole name is one organisation', () => {
    const text = 'He said Cable and Wireless PLC would bid.';
    expect(surfaces(text, [at(text, 'Wireless PLC', 'ORG')])).toEqual(['ORG Cable and Wireless PLC']);
  });

  test('when both halves are tagged, then they join into one organisation', () => {
    const text = 'Rochester Gas and Electric Co said it sees delays.';
    expect(surfaces(text, [at(text, 'Rochester Gas', 'ORG'), at(text, 'Electric Co', 'ORG')])).toEqual(['ORG Rochester Gas and Electric Co']);
  });

  test('when a person stands before "and Sons", then it is the family firm', () => {
    const text = 'managed by Alex. Brown and Sons Inc since 1986';
    expect(surfaces(text, [at(text, 'Brown', 'PER'), at(text, 'Sons Inc', 'ORG')])).toEqual(['ORG Brown and Sons Inc']);
  });

  test('when the second half follows a word in lower case, then it names nothing', () => {
    const text = 'The savings and Loan Association failures rose.';
    expect(surfaces(text, [at(text, 'Loan Association', 'ORG')])).toEqual([]);
  });

  test('when "and" joins two names of their own, then they stay two', () => {
    const text = 'Exxon and Mobil Corp said so; George Shultz and Commerce officials agreed.';
    expect(surfaces(text, [at(text, 'Exxon', 'ORG'), at(text, 'Mobil Corp', 'ORG'), at(text, 'George Shultz', 'PER'), at(text, 'Commerce', 'ORG')])).toEqual([
      'ORG Exxon',
      'ORG Mobil Corp',
      'PER George Shultz',
      'ORG Commerce',
    ]);
  });
});
