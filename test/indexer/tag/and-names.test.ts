import { joinAndNames } from '../../../indexer/tag/and-names.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { mentionAt, surfacesOf } from '../../support/mentions.js';

const at = mentionAt;
const surfaces = (text: string, mentions: Mention[]) => surfacesOf(text, joinAndNames(text, mentions));

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

  test('when the words before "and" reach into a mention the model took for a place, then the whole name is one organisation', () => {
    const text = 'Pacific Gas and Electric Co said it would buy.';
    expect(surfaces(text, [at(text, 'Pacific', 'LOC'), at(text, 'Electric Co', 'ORG')])).toEqual(['ORG Pacific Gas and Electric Co']);
  });

  test('when a sentence opener or a possessive stands before the name, then it is not part of it', () => {
    const text = 'But Cable and Wireless said no to Britain\'s Cable and Wireless PLC.';
    const second = text.lastIndexOf('Wireless PLC');
    expect(surfaces(text, [at(text, 'Wireless', 'ORG'), { type: 'LOC', start: text.indexOf('Britain'), end: text.indexOf('Britain') + 7 }, { type: 'ORG', start: second, end: second + 12 }])).toEqual([
      'ORG Cable and Wireless',
      'LOC Britain',
      'ORG Cable and Wireless PLC',
    ]);
  });

  test('when the model took a company before "and" for a person, then the halves join', () => {
    const text = '<Orbit Oil and Gas Ltd> said reserves rose.';
    expect(surfaces(text, [at(text, 'Orbit Oil', 'PER'), at(text, 'Gas Ltd', 'ORG')])).toEqual(['ORG Orbit Oil and Gas Ltd']);
  });

  test('when a name of two fields follows an organisation over "on", "of" or "for", then it is the rest of its name', () => {
    const text = 'the United Nations Conference on Trade and Development and the Organization for Economic Cooperation and Development met Exxon on Trade and Development day';
    const second = text.indexOf('Economic Cooperation');
    const third = text.lastIndexOf('Trade and Development');
    expect(
      surfaces(text, [
        at(text, 'United Nations Conference', 'ORG'),
        at(text, 'Trade and Development', 'ORG'),
        at(text, 'Organization', 'ORG'),
        { type: 'ORG', start: second, end: second + 'Economic Cooperation and Development'.length },
        at(text, 'Exxon', 'PER'),
        { type: 'MISC', start: third, end: third + 21 },
      ]),
    ).toEqual(['ORG United Nations Conference on Trade and Development', 'ORG Organization for Economic Cooperation and Development', 'PER Exxon', 'MISC Trade and Development']);
  });

  test('when a thrift\'s "Savings and Loan" goes on past "Loan Association", then the name is one organisation (tagging rules 63)', () => {
    const text = 'the Federal Savings and Loan Insurance Corp and Home Federal Savings and Loan Association of the Rockies';
    const insurer = text.indexOf('Loan Insurance');
    const home = text.lastIndexOf('Loan Association');
    expect(
      surfaces(text, [
        at(text, 'Federal Savings', 'ORG'),
        { type: 'ORG', start: insurer, end: insurer + 'Loan Insurance Corp'.length },
        { type: 'ORG', start: text.indexOf('Home Federal'), end: text.indexOf('Home Federal') + 'Home Federal Savings'.length },
        { type: 'ORG', start: home, end: text.length },
      ]),
    ).toEqual(['ORG Federal Savings and Loan Insurance Corp', 'ORG Home Federal Savings and Loan Association of the Rockies']);
  });

  test('when the second half follows a word in lower case, then it names nothing', () => {
    const text = 'The savings and Loan Association failures rose.';
    expect(surfaces(text, [at(text, 'Loan Association', 'ORG')])).toEqual([]);
  });

  test('when "and" joins two names of their own, then they stay two', () => {
    // (With a legal form after the second, "Exxon and Mobil Corp" would read as one firm, as "Procter and Gamble Co":
    // in Reuters such names are nearly always one firm, and a list gives each company its own form.)
    const text = 'Exxon Corp and Mobil Corp said so; George Shultz and Commerce officials agreed.';
    expect(surfaces(text, [at(text, 'Exxon Corp', 'ORG'), at(text, 'Mobil Corp', 'ORG'), at(text, 'George Shultz', 'PER'), at(text, 'Commerce', 'ORG')])).toEqual([
      'ORG Exxon Corp',
      'ORG Mobil Corp',
      'PER George Shultz',
      'ORG Commerce',
    ]);
  });
});

describe('joinAndNames: one-word companies after "and"', () => {
  test('when one capitalised word and a legal form follow an organisation and "and", then it is that firm\'s second name', () => {
    const text = 'built around the American Telephone and Telegraph Co switch';
    expect(surfaces(text, [at(text, 'American Telephone', 'ORG'), at(text, 'Telegraph Co', 'ORG')])).toEqual(['ORG American Telephone and Telegraph Co']);
  });

  test('when the first name has its own legal form, then the two stay two companies', () => {
    const text = 'underwriters Shearson Lehman Brothers Inc and PaineWebber Inc said';
    expect(surfaces(text, [at(text, 'Shearson Lehman Brothers Inc', 'ORG'), at(text, 'PaineWebber Inc', 'ORG')])).toEqual([
      'ORG Shearson Lehman Brothers Inc',
      'ORG PaineWebber Inc',
    ]);
  });

  test('when a place stands before "and", then a one-word company is a company of its own', () => {
    const text = 'talks between Saudi Arabia and Texaco Inc ended';
    expect(surfaces(text, [at(text, 'Saudi Arabia', 'LOC'), at(text, 'Texaco Inc', 'ORG')])).toEqual(['LOC Saudi Arabia', 'ORG Texaco Inc']);
  });
});

describe('joinAndNames: one-word companies the words before "and" do not name', () => {
  test('when a one-word company follows "and" after a ticker or a comma, then it stays a company of its own', () => {
    const text = 'including General Motor Corp <GM> and Chrysler Corp <C>, and Kidder Peabody and Co, and Salomon Inc.';
    expect(surfaces(text, [at(text, 'General Motor Corp', 'ORG'), at(text, 'Chrysler Corp', 'ORG'), at(text, 'Salomon Inc', 'ORG')])).toEqual([
      'ORG General Motor Corp',
      'ORG Chrysler Corp',
      'ORG Salomon Inc',
    ]);
  });

  test('when a bank of a place stands before "and", then a one-word company after it is another', () => {
    const text = 'from First National Bank of Minneapolis and Salomon Inc.';
    expect(surfaces(text, [at(text, 'First National Bank of Minneapolis', 'ORG'), at(text, 'Salomon Inc', 'ORG')])).toEqual([
      'ORG First National Bank of Minneapolis',
      'ORG Salomon Inc',
    ]);
  });

  test('when an acronym in brackets follows a name, then the name starts where the acronym\'s letters say, over "and" too; an acronym that spells no such name changes nothing (tagging rules 60)', () => {
    const jem = 'rebels of the Justice and Equality Movement (JEM) said';
    expect(surfaces(jem, [at(jem, 'Equality Movement', 'ORG')])).toEqual(['ORG Justice and Equality Movement']);
    const accc = 'the Australian Competition and Consumer Commission (ACCC) warned';
    expect(surfaces(accc, [at(accc, 'Australian Competition', 'ORG'), at(accc, 'Consumer Commission', 'ORG')])).toEqual(['ORG Australian Competition and Consumer Commission']);
    const api = 'said the American Petroleum Institute (API) on Tuesday';
    expect(surfaces(api, [at(api, 'American', 'MISC'), at(api, 'Petroleum Institute', 'PER')])).toEqual(['ORG American Petroleum Institute']);
    const psol = 'from the Socialism and Freedom Party (PSOL) said';
    expect(surfaces(psol, [at(psol, 'Freedom Party', 'ORG')])).toEqual(['ORG Freedom Party']);
    const whole = 'the Economic Community of West African States (ECOWAS) met';
    expect(surfaces(whole, [at(whole, 'Economic Community of West African States', 'ORG')])).toEqual(['ORG Economic Community of West African States']);
  });
});
