/**
 * The calendar's words in English, as news writes them: one list, so that every rule that knows a month or a weekday
 * (the tagger's, the parse's, the pages' labels) knows the same ones.
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Three letters a month, in order: `MONTH_SHORT_NAMES[5]` → `'Jun'`. */
export const MONTH_SHORT_NAMES: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

/**
 * A month's abbreviations that are no other word: the three letters and "Sept", without "May" (a month in full, and
 * Theresa May). `MONTH_ABBREVIATIONS` → `['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']`
 */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_SHORT_NAMES.flatMap((m) => (m === 'May' ? [] : m === 'Sep' ? ['Sep', 'Sept'] : [m]));

/** Words as alternatives of a regular expression: `oneOf(['May', 'June'])` → `'May|June'`. (Letters only: nothing to escape.) */
export function oneOf(words: readonly string[]): string {
  return words.join('|');
}

/** Lower-cased: `lowerCase(['May'])` → `['may']`. */
export function lowerCase(words: readonly string[]): string[] {
  return words.map((w) => w.toLowerCase());
}

/** Upper-cased, as a headline or a wire's dateline writes them: `upperCase(['May'])` → `['MAY']`. */
export function upperCase(words: readonly string[]): string[] {
  return words.map((w) => w.toUpperCase());
}
