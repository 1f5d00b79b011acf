import type { Mention } from '../../../../indexer/tag/mention.js';
import { recognize } from '../../../../indexer/tag/ner/recognize.js';

const found = (text: string): string[] => recognize(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);

function expectWellFormed(text: string, mentions: Mention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(m.type);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end).trim()).toBe(text.slice(m.start, m.end));
    lastEnd = m.end;
  }
}

describe('recognize', () => {
  it('finds people', () => {
    const text = 'Russian President Vladimir Putin spoke by telephone with the leader of the junta on Tuesday.';
    expect(found(text)).toContain('PER:Vladimir Putin');
  });

  it('closes a name where the model reads the next word as outside any name, so a span never runs on into "said there"', () => {
    // Before the repair the greedy decoder, forced to continue an open span, returned ORG "Treasury Secretary James
    // Baker said there" for this Reuters sentence.
    const text = 'BAKER DENIES CHANGE IN U.S. POLICY ON DOLLAR\n\nWASHINGTON, March 6 - Treasury Secretary James Baker said there has been no change in U.S. policy on the value of the dollar.';
    const f = found(text);
    expect(f).toContain('PER:James Baker');
    expect(f.filter((m) => / said| there/.test(m))).toEqual([]);
  });

  it('keeps a name whole across its lower-case particles ("de la"), where the span repair must not close it', () => {
    const text = 'Mexican President Miguel de la Madrid said on Tuesday that talks would go on.';
    expect(found(text)).toContain('PER:Miguel de la Madrid');
  });

  it('finds organisations, long and abbreviated', () => {
    const text =
      'The Economic Community of West African States threatened to intervene, and officials of ECOWAS met in Abuja on Thursday.';
    const f = found(text);
    expect(f).toContain('ORG:Economic Community of West African States');
    expect(f).toContain('ORG:ECOWAS');
  });

  it('finds countries as locations', () => {
    const text = 'Soldiers from Mali crossed into Niger after the coup, officials in Niamey said.';
    const f = found(text);
    expect(f).toContain('LOC:Mali');
    expect(f).toContain('LOC:Niger');
  });

  it('copes with curly quotes, possessives and diacritics', () => {
    const text = '“We will not back down,” said Mali’s leader, Assimi Goïta, in Bamako on Monday.';
    const f = found(text);
    expect(f).toContain('LOC:Mali');
    expect(f).toContain('PER:Assimi Goïta');
    expect(f).toContain('LOC:Bamako');
    expectWellFormed(text, recognize(text));
  });

  it('returns nothing for empty text or text without names', () => {
    expect(recognize('')).toEqual([]);
    expect(recognize('   \n  ')).toEqual([]);
    expect(recognize('the price of bread rose again this week, and nobody was surprised.')).toEqual([]);
  });

  it('returns sorted, non-overlapping spans inside multi-paragraph text', () => {
    const text = [
      'Niger crisis: West African leaders meet',
      '',
      'Leaders of the Economic Community of West African States (ECOWAS) met in Abuja on Thursday.',
      'Yevgeny Prigozhin, the head of the Wagner Group, welcomed the coup. The Pentagon said it was monitoring the situation, while the United Nations urged calm.',
    ].join('\n');
    const mentions = recognize(text);
    expect(mentions.length).toBeGreaterThan(5);
    expectWellFormed(text, mentions);
  });

  it('gives the same answer on repeated calls (no state leaks between articles)', () => {
    const a = 'Goita met Putin in Moscow.';
    const first = recognize(a);
    recognize('Goita Goita Goita was named by the Organisation of Goita.');
    expect(recognize(a)).toEqual(first);
  });
});
