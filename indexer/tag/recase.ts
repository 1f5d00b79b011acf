/** Short words a name writes in lower case ("Wheeling and Lake Erie Railway"). */
const MINOR = new Set(['and', 'of', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'und', 'et', 'y']);

/**
 * A name written in capitals, in the case a body would write it: each word capitalised, its parts after a hyphen or
 * an apostrophe before two letters or more too; minor words in lower case after the first; words of up to three
 * letters (but see `spoken`), and words with a period or without a vowel, kept in capitals (initials, acronyms:
 * "U.S.", "NL", "BBC", "CBS").
 *
 * `recase('JIM WALTER')` → `'Jim Walter'`; `recase('WAL-MART STORES')` → `'Wal-Mart Stores'`;
 * `recase('WHEELING AND LAKE ERIE RAILWAY')` → `'Wheeling and Lake Erie Railway'`; `recase('NL INDUSTRIES')` → `'NL Industries'`
 */
export function recase(name: string): string {
  const words = name.split(' ');
  return words
    .map((word, i) => {
      const letters = word.replace(/[^\p{L}]/gu, '');
      // Three letters read as a name when a vowel sits between two consonants, beside other words ("JIM WALTER",
      // "DOW CHEMICAL"); alone, or otherwise, as initials ("NEC", "BBC", "GTE").
      const spoken = words.length > 1 && /^[^AEIOU][AEIOU][^AEIOUY]$/.test(letters);
      if (letters.length <= 3 && !spoken && !MINOR.has(word.toLowerCase())) return word;
      if (word.includes('.') || !/[AEIOUY]/.test(word)) return word;
      if (i > 0 && MINOR.has(word.toLowerCase())) return word.toLowerCase();
      // After an apostrophe only before two letters or more: "O'Neill", but "Cont'l", "Shoney's".
      return word.toLowerCase().replace(/(^|-|['’](?=\p{L}{2}))(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}
