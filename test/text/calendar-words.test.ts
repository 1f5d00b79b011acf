import { lowerCase, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SHORT_NAMES, oneOf, upperCase, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';

describe('calendar words', () => {
  test('when the months are listed, then they are the twelve in order, and their short names the first three letters', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_SHORT_NAMES[8]).toBe('Sep');
    expect(WEEKDAY_NAMES[0]).toBe('Monday');
  });

  test('when abbreviations are asked for, then "May" is not one (a month in full, and a name) and "Sept" is', () => {
    expect(MONTH_ABBREVIATIONS).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
  });

  test('when words become a regular expression, then each is an alternative, in any letter case asked for', () => {
    const cue = new RegExp(`^(?:${oneOf(upperCase(MONTH_ABBREVIATIONS))})$`);
    expect(cue.test('SEPT')).toBe(true);
    expect(cue.test('MAY')).toBe(false);
    expect(lowerCase(['Sept'])).toEqual(['sept']);
  });
});
