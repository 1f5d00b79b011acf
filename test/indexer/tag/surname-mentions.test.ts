import { parseAliasFile } from '../../../indexer/tag/aliases.js';
import type { Mention } from '../../../indexer/tag/mention.js';
import { withSurnameMentions } from '../../../indexer/tag/surname-mentions.js';

const table = parseAliasFile('George W. Bush | person | George Walker Bush | 1999-06-12..2009-01-20: George Bush; Bush | 2001-01-20..2009-01-20: President Bush');
const at = (text: string, surface: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { type, start, end: start + surface.length };
};
const spans = (text: string, mentions: Mention[]) => mentions.map((m) => `${m.type} ${text.slice(m.start, m.end)}@${m.start}`);
const common = (word: string): boolean => ['bush', 'young'].includes(word.toLowerCase());

describe('withSurnameMentions (a black-box review: the model left 30 % of bare "Bush" untagged)', () => {
  test('when the article names a person in full, then the surname alone is a mention of its own wherever the model missed it', () => {
    const text = 'Javier Solana arrived. Later Solana met Blair, and Solana\'s aide spoke.';
    const found = withSurnameMentions(text, [at(text, 'Javier Solana', 'PER'), at(text, 'Blair', 'PER')]);
    expect(spans(text, found)).toEqual(['PER Javier Solana@0', 'PER Solana@29', 'PER Blair@40', 'PER Solana@51']);
  });

  test('when a one-word name of the alias file\'s eras means someone on the story\'s day, then it is a mention; not outside the era', () => {
    const text = 'President Bush signed the bill. Bush said it was needed.';
    expect(spans(text, withSurnameMentions(text, [], { aliases: table, day: '2005-03-21', isCommonWord: common }))).toEqual(['PER Bush@10', 'PER Bush@32']);
    expect(withSurnameMentions(text, [], { aliases: table, day: '1995-03-21', isCommonWord: common })).toEqual([]);
  });

  test('when the word touches another capitalised word, opens a sentence as a word of the language, or is already tagged, then it is left alone', () => {
    const text = 'Andrew Young spoke. Laura Young came. The Young Foundation paid. Young people cheered. Young said no.';
    const found = withSurnameMentions(text, [at(text, 'Andrew Young', 'PER')], { isCommonWord: common });
    expect(spans(text, found)).toEqual(['PER Andrew Young@0', 'PER Young@87']);
  });

  test('when a sentence ends with a capitalised word or an initial stands before the surname, then the first is no name of it and the second is', () => {
    const text = 'Javier Solana arrived on Monday. Solana spoke. Ana B. Solana did not.';
    expect(spans(text, withSurnameMentions(text, [at(text, 'Javier Solana', 'PER')]))).toEqual(['PER Javier Solana@0', 'PER Solana@33']);
  });

  test('when a surname is also a place\'s name, then it is left to the country tagger', () => {
    const text = 'Michael Jordan played. Jordan signed a treaty.';
    expect(spans(text, withSurnameMentions(text, [at(text, 'Michael Jordan', 'PER')]))).toEqual(['PER Michael Jordan@0']);
  });
});
