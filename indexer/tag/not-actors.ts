/**
 * Names the model tags as organisations on the business wire that name no actor: economic measures, currencies,
 * time zones, credit ratings, table abbreviations and sentence adverbs ("GNP", "USD", "UTC", "AAA", "Qtr", "Rev",
 * "Furthermore"). Each was among the commoner actor values of the Reuters and Wikinews files (docs/TAGGING.md).
 * Exact spellings: "Rev" of a revenue table, not "Rev." before a clergyman's name (a title, stripped elsewhere).
 */
const NOT_ACTORS: ReadonlySet<string> = new Set([
  'GNP', 'GDP', 'CPI', 'PPI', 'USD', 'EUR', 'UTC', 'GMT', 'DJIA', 'LBO',
  'AAA', 'AA', 'BBB', 'BB', 'Qtr', 'Rev', 'Shr', 'Furthermore', 'However', 'Meanwhile', 'Moreover', 'Nevertheless',
]);

/**
 * Whether the name at `start..end` of `text` names no actor: a word of the list above, or a stock ticker in angle
 * brackets as Reuters prints them after the company ("Exxon Corp <XON>": the company is already there).
 *
 * `isNotAnActor('Exxon Corp <XON> said', 12, 15, 'XON')` → true; `isNotAnActor('Exxon Corp said', 0, 5, 'Exxon')` → false
 */
export function isNotAnActor(text: string, start: number, end: number, name: string): boolean {
  return NOT_ACTORS.has(name) || (text[start - 1] === '<' && text[end] === '>');
}
