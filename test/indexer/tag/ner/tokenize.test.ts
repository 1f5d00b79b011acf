import { splitSentences, tokenize } from '../../../../indexer/tag/ner/tokenize.js';

const surfaces = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('gives exact offsets for every token', () => {
    const text = '“Mali’s leader,” said Goïta — Yunus-Bek Yevkurov’s aide (U.S.) paid $1,000.50 on 2023-08-22...';
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    // Nothing but whitespace is dropped.
    const covered = tokens.map((t) => t.text).join('');
    expect(covered).toBe(text.replace(/\s+/g, ''));
  });

  it('splits punctuation and clitics the way CoNLL-2003 does', () => {
    expect(surfaces('Mali’s leader, Assimi Goita.')).toEqual(['Mali', '’s', 'leader', ',', 'Assimi', 'Goita', '.']);
    expect(surfaces("They don't know.")).toEqual(['They', 'do', "n't", 'know', '.']);
    expect(surfaces('“Niger holds significance”.')).toEqual(['“', 'Niger', 'holds', 'significance', '”', '.']);
  });

  it('keeps hyphenated names, abbreviations, initials and numbers whole', () => {
    expect(surfaces('Yunus-Bek Yevkurov met Mr. Smith in the U.S. on 1996-08-22 for 1,000.5 dollars'))
      .toEqual(['Yunus-Bek', 'Yevkurov', 'met', 'Mr.', 'Smith', 'in', 'the', 'U.S.', 'on', '1996-08-22', 'for', '1,000.5', 'dollars']);
    expect(surfaces('J. Smith')).toEqual(['J.', 'Smith']);
  });

  it('keeps diacritics inside words', () => {
    expect(surfaces('Goïta and Tchiani')).toEqual(['Goïta', 'and', 'Tchiani']);
    const decomposed = 'Goi\u0308ta spoke';
    expect(surfaces(decomposed)).toEqual(['Goi\u0308ta', 'spoke']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('breaks at line breaks and at sentence-final punctuation before a capital', () => {
    const text = 'Putin spoke. Goita listened.\nNiger is calm. the end';
    const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sentences).toEqual(['Putin spoke .', 'Goita listened .', 'Niger is calm . the end']);
  });

  it('keeps closing quotes with the sentence they close', () => {
    const text = '“We are ready.” Bazoum said.';
    const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text).join(' '));
    expect(sentences).toEqual(['“ We are ready . ”', 'Bazoum said .']);
  });
});
