import { withAliasMentions } from '../../../indexer/tag/alias-mentions.js';
import { parseAliasFile } from '../../../indexer/tag/aliases.js';
import type { Mention } from '../../../indexer/tag/mention.js';

const table = parseAliasFile("Standard & Poor's | organisation | Standard and Poor's; S&P\nUnited Nations | organisation | UN; the United Nations\nIslamic State | organisation | IS");
const at = (text: string, surface: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { type, start, end: start + surface.length };
};
const spans = (text: string, mentions: Mention[]) => mentions.map((m) => `${m.type} ${text.slice(m.start, m.end)}`);

describe('withAliasMentions', () => {
  test('when the model split a listed name of several words, then the name is one mention in place of the pieces', () => {
    const text = "Moody's and Standard and Poor's rate the bonds.";
    const found = withAliasMentions(text, [at(text, "Moody's", 'ORG'), at(text, 'Standard', 'ORG'), at(text, 'Poor', 'ORG')], table);
    expect(spans(text, found)).toEqual(["ORG Moody's", "ORG Standard and Poor's"]);
  });

  test('when the model\'s name reaches past a listed one, then the longer name stays ("United Nations Security Council")', () => {
    const text = 'Venezuela wants to join the United Nations Security Council.';
    const mentions = [at(text, 'Venezuela', 'LOC'), at(text, 'United Nations Security Council', 'ORG')];
    expect(withAliasMentions(text, mentions, table)).toEqual(mentions);
  });

  test('when a listed name is a code of capitals and a number ("G-7", "G7"), then the text is searched for it as written, whole', () => {
    const groups = parseAliasFile('Group of Seven | organisation | G7; G-7\nGroup of Five | organisation | G-5');
    const text = 'The G-7 met; G7 and G-5 officials backed a G-7-led plan, not the G70 or g7 or EG7.';
    const found = withAliasMentions(text, [at(text, 'G-7', 'MISC')], groups);
    expect(spans(text, found)).toEqual(['ORG G-7', 'ORG G7', 'ORG G-5', 'ORG G-7']);
  });

  test('when a listed name is one word or starts in lower case, then the text is not searched for it ("IS", "the United Nations")', () => {
    const text = 'GOLD IS UP as the United Nations meets.';
    expect(spans(text, withAliasMentions(text, [], table))).toEqual(['ORG United Nations']);
  });
});

test('when a listed name is that of a market index ("Standard and Poor\'s 500 stock index"), then neither it nor the model\'s pieces of it are actors', () => {
  const text = "The Standard and Poor's 500 stock index rose.";
  expect(withAliasMentions(text, [at(text, 'Standard', 'ORG'), at(text, 'Poor', 'ORG')], table)).toEqual([]);
});
