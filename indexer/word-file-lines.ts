/**
 * The lines of a word file (data/word-forms.txt, data/exact-words.txt) that hold something: `#` starts a comment, blank
 * lines go, and each line keeps its number for error messages.
 *
 * `wordFileLines('# words\n\npolice  # not policy\n')` → `[{ text: 'police', line: 3 }]`
 */
export function wordFileLines(text: string): { text: string; line: number }[] {
  return text
    .split('\n')
    .map((raw, i) => ({ text: raw.replace(/#.*/, '').trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
}
