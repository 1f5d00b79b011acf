import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SHORT_NAMES, oneOf, upperCase, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  /** YYYY-MM-DD, YYYY-MM or YYYY; `--MM-DD` for a day whose year is unknown (no reference date: never invented). */
  value: string;
  precision: DatePrecision;
  text: string;
  start: number;
  end: number;
}

/**
 * Words without which no sentence holds a date chrono would find. chrono costs more than the named-entity model on
 * a whole text; run only on the sentences around a cue, it costs a fraction, with the same results (a date never
 * spans a sentence break). Month and weekday names are matched capitalised, as news writes them, so the verbs
 * "may" and "march" are no cue; "year", "week" and "month" count only after last/next/this/past.
 */
const DATE_CUE = new RegExp(
  [
    String.raw`\b(?:${oneOf(MONTH_NAMES)})\b`,
    String.raw`\b(?:${oneOf(upperCase(MONTH_NAMES))})\b`,
    String.raw`\b(?:${oneOf(MONTH_ABBREVIATIONS)}|${oneOf(upperCase(MONTH_ABBREVIATIONS))})\b\.?`,
    String.raw`\b(?:${oneOf(WEEKDAY_NAMES)})\b`,
    String.raw`\b(?:${oneOf(upperCase(WEEKDAY_NAMES))})\b`,
    // Abbreviated weekdays only with their period: "Wed." is a day. Not "Sun.": the newspaper ends sentences too.
    String.raw`\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\.`,
    String.raw`\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b`,
    String.raw`\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\s+(?:week|weekend|month|year|decade|night)\b`,
    String.raw`\bago\b`,
    String.raw`\b\d{1,4}[-/]\d{1,2}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)\b`,
  ].join('|'),
  'g',
);

interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  tags(): Set<string>;
}

/**
 * The sentence around offset `at`: from after the previous . ! ? or line break to the next one. A period inside "3.5"
 * or "reuters.com" ends it too (its test for a space after the period is always true). Letting the window run past
 * such periods found no more real dates over the Reuters and Wikinews files, only other misreadings of rate quotes
 * (docs/TAGGING.md, rules 43).
 */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!) ) start--;
  // "Jan." and "Gen." end in a period but not a sentence: step back over a period that follows a short word.
  while (start > 1 && text[start - 1] === '.' && /\b\p{L}{1,4}$/u.test(text.slice(Math.max(0, start - 6), start - 1))) {
    start--;
    while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  }
  let end = at;
  while (end < text.length && !/[!?\n]/.test(text[end]!) && !(text[end] === '.' && /\s|$/.test(text[end + 1] ?? '') && !/\b\p{L}{1,4}$/u.test(text.slice(Math.max(0, end - 5), end)))) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/**
 * chrono's English casual parser without the parsers for times of day and durations ("at 5pm", "within 3 days",
 * "2 hours later"): a tag is a calendar date, and those parsers cost a third of chrono's time.
 */
const TIME_PARSERS = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
const dateParser = (() => {
  const parser = chrono.en.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !TIME_PARSERS.has(p.constructor.name));
  return parser;
})();

/** The run of digits, slashes and hyphens around offset `at` ("11-1/2" around the "1" after the hyphen). */
function numberAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && /[\d/-]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && /[\d/-]/.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Whether the numbers at `start..end` of `text` are a fraction as market reports write them, not a day of a month:
 * a reduced fraction with an odd numerator over 2, 4, 8, 16, 32 or 64 ("1/2", "5/8", "13/16"), or any a/b that is
 * the fraction of a mixed number ("11-1/2", "29 3/8"). chrono reads "1/8" as January 8th: in 1987's Reuters wire
 * that made ~2,500 passages "mention" a January, February or March day they never named. "2/26" and "4/8" stay
 * dates, and so does anything with a year ("1/2/1987").
 *
 * `isFraction('down 1/8, this afternoon', 5, 8)` → true; `isFraction('expects 2/26 and', 8, 12)` → false
 */
export function isFraction(text: string, start: number, end: number): boolean {
  // "1/4-point", "-1/2": a hyphen at either end joins a word, not a number.
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  const token = text.slice(start, end);
  // A range of fractions ("1/8-1/4"): fractions each.
  const parts = token.split('-');
  if (parts.length > 1 && parts.every((p) => p.includes('/')) && parts.every((p, i) => isFraction(token, offsetOf(parts, i), offsetOf(parts, i) + p.length))) {
    return true;
  }
  const mixed = /^\d+-(\d{1,2})\/(\d{1,2})$/.exec(token);
  if (mixed) return true;
  const simple = /^(\d{1,2})\/(\d{1,2})$/.exec(token);
  if (!simple) return false;
  if (/\d\s$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  const numerator = Number(simple[1]);
  const denominator = Number(simple[2]);
  return numerator % 2 === 1 && numerator < denominator && [2, 4, 8, 16, 32, 64].includes(denominator);
}

/** Where part `i` of a string split on one-character separators starts. */
function offsetOf(parts: readonly string[], i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at += parts[k]!.length + 1;
  return at;
}

/** A numeric cue ("1/8", "11-1" of "11-1/2") that is only part of a fraction: no date there for chrono to find. */
function isFractionCue(text: string, cue: RegExpExecArray): boolean {
  if (!/^\d/.test(cue[0])) return false;
  const around = numberAround(text, cue.index);
  return isFraction(text, around.start, around.end);
}

/**
 * A numeric cue ("26/12" of "4.26/12 pct", "05/15" of "151.05/15 yen") right after a number's decimal point: a market
 * quote, a rate and the figure it moved to, written as the wire writes them, not a day of a month (chrono read "the 4.26/12
 * pct rate" as 26 December, "145.10/20 yen" as 20 October: 21 dates over the Reuters and Wikinews files, none real).
 *
 * `isDecimalQuote('below the 4.26/12 pct', cue at "26/12")` → true; `isDecimalQuote('on 26/12 the', cue at "26/12")` → false
 */
function isDecimalQuote(text: string, cue: RegExpExecArray): boolean {
  if (!/^\d/.test(cue[0])) return false;
  const { start } = numberAround(text, cue.index);
  return start >= 2 && text[start - 1] === '.' && /\d/.test(text[start - 2]!);
}

/**
 * A publication day without a time of day (midnight UTC) is read at its midday: "last night" is then the night
 * before, as a day's news means it, where at midnight chrono took it for the small hours of the same day.
 */
function readingInstant(reference: Date): Date {
  return reference.getTime() % 86_400_000 === 0 ? new Date(reference.getTime() + 12 * 3_600_000) : reference;
}

/** After a four-figure number, what it counts: "1900 employees", "2000 tonnes" are no years. */
const COUNT_AFTER = /^\s+(?:employees|people|workers|jobs|staff|members|shares|tonnes|tons|barrels|units|cars|vehicles|troops|soldiers|dollars|dlrs|points|votes|households|homes|patients|cases|deaths)\b/i;
/** Before "of" and a four-figure number, a quantity: "in excess of 1900", "a total of 2000", "a maximum of 1800". */
const QUANTITY_OF = /\b(?:excess|total|number|sum|maximum|minimum|average|upwards|tally|count)\s+of\s+$/i;

/** After a four-figure number, what makes it a time of day: a time zone or "hrs", maybe after the range's end. */
const TIME_OF_DAY_AFTER = /^\s*(?:(?:to|and|until|-)\s*\d{4}\s*)?(?:local|GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|JST|HKT|UTC|hrs|hours)\b/i;

const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A date of words alone, no figure nor month: "today", "this year", "tomorrow night". */
const WORDS_ALONE = new RegExp(String.raw`^(?![\s\S]*(?:\d|\b${MONTH_NAME}\b))`, 'i');
const DAY_RANGE = new RegExp(String.raw`\b(${MONTH_NAME}\.?\s+)(\d{1,2})\/(\d{1,2})\b(?!\/)`, 'g');
/** "be" after a year: a verb ("purchased since January 1987 be discontinued"), which chrono reads as the Buddhist era. */
const ERA_AFTER_YEAR = /(?<=\d{4}\s{1,3})(?:B\.E\.|BE|be)\b/g;

/**
 * What chrono is given to read, each length kept so that offsets hold:
 * - a range of days after a month ("load March 19/20", "April 8/16") is written with a hyphen, which chrono reads as
 *   the range it is: with the slash it read the second day as a year, 2020 (a black-box review found it);
 * - "be" or "BE" after a year is blanked: in news it is the verb, and chrono took "January 1987 be" for the year 1444
 *   of the Gregorian calendar.
 *
 * `forChrono('load March 19/20')` → `'load March 19-20'`; `forChrono('since January 1987 be')` → `'since January 1987   '`
 */
function forChrono(sentence: string): string {
  return sentence
    .replace(DAY_RANGE, (whole, month: string, first: string, second: string) => (Number(second) > Number(first) && Number(second) <= 31 ? `${month}${first}-${second}` : whole))
    .replace(ERA_AFTER_YEAR, (era: string) => ' '.repeat(era.length));
}

/**
 * chrono's dates in the sentences around the cues, each holding a cue of its own. chrono reads the whole sentence,
 * and finds there what no cue announced: "now" (the reference day), "Sun" (a newspaper), a protest "march", a
 * fraction beside a real date. Those are chance readings, not dates the text names, and are left out.
 */
/** The word or dash that joins a range's two ends, the last of the text: "May 1987 through November 1988". */
const RANGE_JOIN = /\s*(?:\b(?:to|until|till|through)\b|[-–])\s*(?!.*(?:\b(?:to|until|till|through)\b|[-–]))/is;

/**
 * A range chrono read as one result, as its two ends, when the end names its own month or year: "May 1987 through
 * November 1988" mentions November 1988 too, which had been lost (a black-box review: only 1987-05 was tagged). "March
 * 19-20" stays one mention: its end is a day of the same month.
 *
 * `withRangeEnd({ text: 'May 1987 through November 1988', … }, end)` → `[{ text: 'May 1987' }, { text: 'November 1988', start: end }]`
 */
function withRangeEnd(found: Found, end: chrono.ParsedComponents | null | undefined): Found[] {
  if (end === null || end === undefined) return [found];
  const join = RANGE_JOIN.exec(found.text);
  if (join === null || join.index === 0) return [found];
  const endText = found.text.slice(join.index + join[0].length);
  if (!/\p{L}{3}|\d{4}/u.test(endText) || !(end.isCertain('month') || end.isCertain('year'))) return [found];
  return [
    { ...found, text: found.text.slice(0, join.index) },
    { index: found.index + join.index + join[0].length, text: endText, start: end, tags: found.tags },
  ];
}

function parseCuedSentences(text: string, reference: Date | undefined): Found[] {
  const options = { instant: reference === undefined ? new Date(Date.UTC(2000, 0, 1)) : readingInstant(reference), timezone: 0 };
  const cues = [...text.matchAll(DATE_CUE)].filter((cue) => !isFractionCue(text, cue) && !isDecimalQuote(text, cue));
  // Cues are in text order and do not overlap: the first that ends after `start` is the only one to look at.
  const holdsCue = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.index + cues[mid]![0].length <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < cues.length && cues[lo]!.index < end;
  };
  const results: Found[] = [];
  let parsedUpTo = 0;
  for (const cue of cues) {
    if (cue.index < parsedUpTo) continue;
    const sentence = sentenceAround(text, cue.index);
    const from = Math.max(sentence.start, parsedUpTo);
    for (const r of dateParser.parse(forChrono(text.slice(from, sentence.end)), options)) {
      const index = r.index + from;
      // The text as written (forChrono keeps every length): "March 19/20", not the "March 19-20" chrono read.
      if (holdsCue(index, index + r.text.length)) results.push(...withRangeEnd({ index, text: text.slice(index, index + r.text.length), start: r.start, tags: () => r.tags() }, r.end));
    }
    parsedUpTo = sentence.end;
  }
  return results;
}

/**
 * Spans like "over the past three years" or "for two weeks" are periods, not dates; "next Sunday" and "past Friday"
 * are days ("next" and "past" make a period only before a count or a unit).
 */
const PERIOD =
  /\b(?:over|within|for)\b|\b(?:past|next)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple)?\s*(?:years?|months?|weeks?|days?|decades?)\b|\b\d+\s+(years|months|weeks|days)\b|\b(three|two|four|five|six|several|few)\s+(years|months|weeks|days)\b/i;

/** A week or a weekend named as a period: "last week", "next week", "this weekend". */
const WEEK = /\bweeks?\b/i;
const WEEKEND = /\bweekends?\b/i;

/** A weekday's own word for which week it is in: "next Sunday", "last Friday", "this coming Monday". */
const WEEKDAY_MODIFIER = /\b(next|coming|last|past|previous)\s+(?:\w+\s+)?$/i;
/**
 * A sentence about what is to come: "will hold elections on Sunday", "talks are due to resume on Friday". "coming"
 * only as "this/the coming": "after coming under fire … on Saturday" was a Saturday ahead. A verb of the present that
 * news uses for what is on the calendar is one too: "a visit which starts on Friday", "the calendar begins on Tuesday"
 * (a black-box review found such days put in the week before).
 */
const FUTURE = /\b(?:will|shall|won't|would(?!\s+have\b)|(?:is|are|was|were)\s+(?:due|scheduled|set|expected|to\s+be)|to\s+be\s+held|plans?\s+to|planned\s+for|(?:scheduled|set|slated)\s+for|due\s+to\s+(?:be|open|begin|start|meet|return|resume|end|close|arrive|leave|vote|hold|report|announce|release|sign|visit|take|make|give|decide|rule|appear|travel|launch)|next|(?:this|the)\s+coming|upcoming|(?:starts|begins|opens|resumes|expires|ends|closes|meets|convenes|arrives|departs)\b(?![-'’]))\b|['’]ll\b/gi;
/**
 * A verb of the past, after a subject: an "-ed" word in lower case or a common irregular past. Not after a word that
 * makes it a passive or perfect of what is to come ("will be presented", "to have signed"), an adjective ("the armed
 * forces", "as scheduled", "a nationally televised speech", "elected unopposed"), nor a word of planning ("a meeting
 * scheduled for Thursday").
 */
const PAST_VERB =
  /(?<=\b[\w'’]+,?\s+)(?<!\b(?:be|been|being|is|are|to|will|would|shall|have|has|had|get|gets|the|a|an|its|his|her|their|our|this|these|those|of|as|newly|well|fully|\w+ly)\s+)\b(?!un|(?:scheduled|planned|proposed|expected|slated)\b)(?:[a-z]{2,}ed|was|were|had|did|made|met|said|told|took|gave|went|came|held|left|won|lost|began|sent|spoke|wrote|led|fell|rose|struck|sold|bought|paid|brought|found|saw|shot|fled|drew|broke|chose|ran|sought|became|grew|knew)\b/;
/** Words before a date that ask for a deadline or a day ahead, whatever the verb after it: "By this Friday, … will have been loaded". */
const AHEAD_OPENER = /^\s*(?:this|by|from|until|before)\s*$/i;
const DAY_MS = 86_400_000;
/**
 * How far ahead chrono's reading of a date without its year must lie before a clause of the past makes it last year's:
 * a dividend "declared … payable April 1" in a February story is this April's, "the bombing which occurred in
 * February", in September, was this year's.
 */
const FAR_AHEAD_MS = 100 * DAY_MS;
/** A deadline's word right before a date: "until", "till", "by", "before", "before the". */
const DEADLINE_BEFORE = /\b(?:until|till|by|before)\s+(?:the\s+)?$/i;
/** Where a clause starts, looking back: a sentence mark, a comma, "that" or "and". */
const CLAUSE_BREAK = /[.;:!?]|,\s|\bthat\b|\band\b/g;

/**
 * Whether the clause of the date at `start..end` speaks of what is to come: the words of its clause before it ("data
 * are scheduled to be released on Friday", "it will declare a dividend on Monday"), or, when the date opens its
 * clause, the words after it ("On Friday the ministers will meet"). The sentence as a whole says too little: "Sony
 * Ericsson announced on Wednesday that it will produce…" is a Wednesday past.
 */
function speaksOfFuture(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start);
  // The last word of the future before the date, unless a verb of the past stands between: "will be transferred …
  // following an agreement reached Thursday", "a report released Wednesday" (after "next year") are days past.
  const cue = lastMatch(FUTURE, before);
  if (cue !== undefined) return !PAST_VERB.test(before.slice(cue));
  // A deadline right before it, in a clause of no past verb: "remains in custody until Thursday", "must decide by
  // Monday", "before the Monday deadline" (a tagging audit found such days read as the week before: rules 71).
  // (The deadline's word alone, opening the clause, is read with the words after the date, below.)
  if (DEADLINE_BEFORE.test(before) && !/^\s*(?:by|until|till|before)\s+(?:the\s+)?$/i.test(before)) return !PAST_VERB.test(before);
  if (!/^\s*(?:on|this|by|from|until|before)?\s*$/i.test(before)) return false;
  const after = text.slice(end, end + 300);
  const sentence = after.slice(0, /[.!?\n](?:\s|$)/.exec(after)?.index ?? after.length);
  // Opening its clause, the date goes with the clause's verb: "On Friday the ministers will meet" is to come; "On
  // Wednesday, Microsoft announced that the next version…" is past, whatever comes later in the sentence.
  const first = sentence.search(FUTURE);
  return first >= 0 && (AHEAD_OPENER.test(before) || !PAST_VERB.test(sentence.slice(0, first)));
}

/** Where the last match of a global regex in `text` ends; undefined for none. */
function lastMatch(regex: RegExp, text: string): number | undefined {
  let end: number | undefined;
  for (const m of text.matchAll(regex)) end = m.index + m[0].length;
  return end;
}

/** The words of the clause before `start`: back to a sentence mark, a comma, "that" or "and". */
function clauseBefore(text: string, start: number): string {
  // Within 300 characters, cut at a sentence's end: a clause is shorter, and a run-on "sentence" (a table, a hostile
  // text) must not be walked whole for every date in it (that was quadratic: 12 s for 76,000 characters).
  const window = text.slice(Math.max(0, start - 300), start);
  const head = window.slice(Math.max(...[...window.matchAll(/[.!?\n]\s/g)].map((m) => m.index + m[0].length), 0));
  let clauseStart = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  return head.slice(clauseStart);
}

/**
 * A clause that tells of an event past before its date: "since", or one of the verbs news uses for what happened
 * ("occurred in", "signed … in", "was killed on", "began in"). A verb list, not any "-ed" word: "expected to rise in
 * December", "postponed the elections to November", "two hundred delegates gather in December" are no past (a review
 * found them moved to last year by a looser rule).
 */
const PAST_VERBS = String.raw`occurred|happened|took\s+place|began|started|signed|died|killed|assassinated|arrested|detained|captured|kidnapped|abducted|elected|erupted|broke\s+out|collapsed|resigned|fled|invaded|attacked|bombed|exploded|struck|crashed|sank|won|lost|launched|was\s+held|were\s+held|ended|introduced|unveiled|founded|established|approved|adopted|completed|convicted|sentenced|acquitted|ousted|overthrown|toppled`;
const PAST = new RegExp(String.raw`\bsince\s+(?:the\s+)?$|\b(?:${PAST_VERBS})\b`);
/**
 * A verb of the past right before the date ("ended in May", "was introduced in January", "killed on March 3"): the
 * month is the last one however near the coming one lies (a black-box review: "The AFA ended in May", in December,
 * was next May; "the Shuffle was introduced in January", in September, next January).
 */
const PAST_RIGHT_BEFORE = new RegExp(String.raw`(?<!\b(?:is|are|be|been|being|will|would|to|gets?)\s+)\b(?:${PAST_VERBS})\s+(?:in|on|during|last|early|late|mid-?)?\s*(?:in\s+)?$`);
/**
 * A clause right after the date that tells what happened then: "an attack in February, where 68 people died" (a
 * black-box review: next February, in a December story): a verb of PAST's or "was", no word of a plan, up to a comma
 * or a quote ("in April when demand slackens," Mizrahi said" is no past).
 */
const WHEN_AFTER = /^(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s*,?\s+(?:when|where|in\s+which|during\s+which)\s+([^.;:!?,"“”]{0,100})/;
/** Words in the clause that make the date one to come, whatever verb stands beside them. */
const PLANNED = /\b(?:would|will|plans?|planned|planning|expects?|expected|due|postponed?|delayed?|moved|rescheduled|scheduled|set\s+to|to\s+be|next|upcoming|coming)\b/i;
/**
 * Words right before a date that make it a deadline, a start or a plan, to come: "till March 31", "from July 1", "this
 * August", "its scheduled June session".
 */
const AHEAD_BEFORE = /\b(?:till|until|by|before|through|from|this|scheduled|planned|proposed|expected|upcoming)\s+(?:the\s+)?$/i;
/** A month that names a contract, not a time: "the June bond", "July soybeans" (a commodity wire's futures). */
const CONTRACT_AFTER = /^\s+(?:T-)?(?:bonds?|contracts?|futures|deliver(?:y|ies)|positions?|options?|crude|wheat|corn|soybeans?|soyoil|soymeal|sugar|cocoa|coffee|cotton|copper|gold|silver|platinum|cattle|hogs|shipments?|loading)\b/i;

/**
 * Whether a month or a day named without its year, which chrono reads as the nearest one ahead, is the last one: a
 * verb of the past stands right before it, a clause after it tells what happened then, or, when it lies `farAhead`
 * (FAR_AHEAD_MS), the clause before it tells of the past ("the bombing which occurred in February", in a September
 * story, is this year's February; "detained since July", in March, last year's July); never when the clause tells of
 * the future. "Elections will be held in April" keeps the coming April, and so does a clause that says neither.
 */
function meansTheLastOne(text: string, start: number, end: number, farAhead: boolean): boolean {
  if (AHEAD_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || CONTRACT_AFTER.test(text.slice(end, end + 20))) return false;
  const clause = clauseBefore(text, start);
  if (PLANNED.test(clause) || speaksOfFuture(text, start, end)) return false;
  // Near the story's day a clause of the past is not enough ("a dividend declared … payable April 1" in February is
  // this April's): the verb must stand right before the date, or a clause after it tell what happened then.
  if (PAST_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const told = WHEN_AFTER.exec(text.slice(end, end + 140))?.[1];
  if (told !== undefined && (PAST.test(told) || /\b(?:was|were)\b/.test(told)) && !PLANNED.test(told) && told.search(FUTURE) < 0) return true;
  return farAhead && PAST.test(clause);
}

/**
 * The day a weekday named alone means, in a story published on `reference`. chrono takes the nearest such weekday,
 * often ahead ("arrested on Friday" in a Wednesday story became the Friday after it). News names a weekday mostly for
 * what happened in the days before; so the one on or before the publication day, unless the weekday says otherwise
 * ("next Sunday", "last Friday") or its clause speaks of what is to come ("will meet on Friday": speaksOfFuture).
 *
 * `weekdayDay(Fri 2024-05-03, 1 (Monday), 'past')` → 2024-04-29; `weekdayDay(Mon 2024-05-06, 0 (Sunday), 'next')` → 2024-05-12
 */
export function weekdayDay(reference: Date, weekday: number, which: 'past' | 'last' | 'future' | 'next'): Date {
  const today = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const dow = reference.getUTCDay();
  // "last Friday" in a Friday story is a week ago; "on Friday" may be the day itself.
  if (which === 'past' || which === 'last') return new Date(today - ((dow - weekday + 7) % 7 || (which === 'last' ? 7 : 0)) * DAY_MS);
  const ahead = (weekday - dow + 7) % 7;
  return new Date(today + (ahead === 0 && which === 'next' ? 7 : ahead) * DAY_MS);
}
/** Written like a month and day, read as names: the attacks of 11 September 2001 and 7 July 2005, and "24/7". */
const NOT_DATES: ReadonlySet<string> = new Set(['9/11', '7/7', '24/7']);
/** A bare year after a preposition: "in 1987", "since 2019". chrono leaves these alone. */
const BARE_YEAR = /\b(?:in|since|by|until|from|during|of|before|after)\s+((?:1[89]|20)\d{2})\b(?![-/]\d)/gi;
/** "mid-September", "early March", "late July": the qualifier belongs to the mention. */
const QUALIFIER = /(?:\b(?:mid|early|late|end of|beginning of)[-\s]?)$/i;

/**
 * Dates an article mentions, resolved against its publication date (`reference`). Without a reference, a day
 * whose year is not written keeps no year (`--07-26`) and weekdays or relative dates ("last month") are left out.
 *
 * `tagDates('the coup on July 26th', new Date('2023-08-10'))` → `[{ value: '2023-07-26', precision: 'day', text: 'July 26th', … }]`
 * `tagDates('the coup on July 26th')` → `[{ value: '--07-26', precision: 'day', … }]`
 */
const NINE_ELEVEN = Date.UTC(2001, 8, 11, 23, 59);
/** Words after a month/day that make it a share: "2/3 of the voters", "a 2/3 majority" (a black-box review). */
const SHARE_AFTER = /^\s+(?:of|majority|minority|vote|share|stake)\b/i;

/** Words after "September 11" that name the attacks of 2001, not a day of the story's year. */
const NINE_ELEVEN_EVENT = /^[\s,]*(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ers|ings?)?|commission|anniversary|victims|memorial|strikes|bombings)\b/i;

/** Words before "September 11" that make it the attacks of 2001: "after", "since", "following" it, "victims of" it. */
const NINE_ELEVEN_BEFORE = /\b(?:after|since|following|of)\s+(?:the\s+)?$/i;

/** A dateline's month and day ("SYDNEY, March 16 -"), and a month's index by its first three letters. */
const DATELINE_DAY = new RegExp(String.raw`\b(${MONTH_NAME})\.?\s+(\d{1,2})\b`, 'i');
const MONTH_INDEX = new Map(MONTH_SHORT_NAMES.map((m, i) => [m.toLowerCase(), i]));

/**
 * The day a story was filed, as its dateline says it ("SYDNEY, March 16 -"), when that lies within three days of its
 * publication stamp: what "tomorrow" and "on Tuesday" count from. The wire stamps a story in GMT, so a story filed in
 * Sydney on the morning of March 16 is stamped March 15, and its "tomorrow" had been March 16 (a black-box review
 * found six of six such Asian and Pacific stories a day off). Noon, so that the day is the same in every reading.
 *
 * `filingDay('SYDNEY, March 16 - ', new Date('1987-03-15T23:35Z'))` → 1987-03-16T12:00Z; `filingDay('Toronto - ', …)` → undefined
 */
export function filingDay(dateline: string, published: Date): Date | undefined {
  const found = DATELINE_DAY.exec(dateline);
  if (found === null) return undefined;
  const month = MONTH_INDEX.get(found[1]!.slice(0, 3).toLowerCase());
  const day = Number(found[2]);
  if (month === undefined || day < 1 || day > 31) return undefined;
  // The year of the stamp, or the one beside it at a year's turn ("Dec 31" stamped January 1).
  for (const year of [published.getUTCFullYear(), published.getUTCFullYear() - 1, published.getUTCFullYear() + 1]) {
    const filed = new Date(Date.UTC(year, month, day, 12));
    if (filed.getUTCDate() === day && Math.abs(filed.getTime() - published.getTime()) <= 3 * DAY_MS) return filed;
  }
  return undefined;
}

/** A year written right after a mention that ends in one, joined by a comma, "and", "or", "to" or a dash. */
const NEXT_YEAR_OF_LIST = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)((?:1[89]|20)\d{2})\b(?![-/]\d|[.,]\d)/i;

/**
 * The years a list or a range writes after a date: "in 2001 and 2005", "from 1985 to 1987", "in 1998, 2002 and 2006"
 * (a black-box review: only the first was tagged, as BARE_YEAR wants a preposition before each). Not a count or a time
 * of day ("in 1987 and 2000 tonnes").
 *
 * `withListedYears('won in 2001 and 2005', [2001 at 7])` → `[2001, 2005 at 16]`
 */
function withListedYears(text: string, found: DateMention[]): DateMention[] {
  const out = [...found];
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (!/\d{4}$/.test(m.text)) continue;
    const next = NEXT_YEAR_OF_LIST.exec(text.slice(m.end, m.end + 16));
    if (next === null) continue;
    const start = m.end + next[0].length - 4;
    if (out.some((f) => start < f.end && f.start < start + 4)) continue;
    if (TIME_OF_DAY_AFTER.test(text.slice(start + 4, start + 28)) || COUNT_AFTER.test(text.slice(start + 4, start + 24))) continue;
    out.push({ value: next[1]!, precision: 'year', text: next[1]!, start, end: start + 4 });
  }
  return out;
}

/** A capitalised word right before, in the same line: "USA " of "USA Today", "The " of "The Tonight Show". */
const NAME_BEFORE = /\b\p{Lu}\p{L}*[ \t]+$/u;

export function tagDates(text: string, reference?: Date): DateMention[] {
  const found: DateMention[] = [];
  const results = parseCuedSentences(text, reference);
  // Years further ahead than this are amounts ("November 24, 4000 rupees"), not dates; targets such as "by 2100" pass.
  const latestYear = (reference ?? new Date()).getUTCFullYear() + 100;
  for (const r of results) {
    const s = r.start;
    // ("Friday next week" is a day: a weekday of that week.)
    if (PERIOD.test(r.text) && !(s.isCertain('weekday') && /\bnext\s+week\b/i.test(r.text))) continue;
    // "last week", "this weekend": a week has no value of its own here, and a day would claim a precision the text does
    // not have (the review found "last week" stored as one day).
    if (!/\d/.test(r.text) && (WEEKEND.test(r.text) || (WEEK.test(r.text) && !s.isCertain('weekday')))) continue;
    // Numbers that are names or shares, not dates: "9/11", "7/7", "24/7", "2/3 of the voters" and "a 2/3 majority".
    if (NOT_DATES.has(r.text.trim()) || (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) && SHARE_AFTER.test(text.slice(r.index + r.text.length)))) continue;
    // "USA Today said", "Russia Today", "The Tonight Show": a name, after a capitalised word in the same sentence (a
    // tagging audit found 21 articles dated by a newspaper's name: rules 71).
    if (/^(?:Today|Tonight)\b/.test(r.text) && NAME_BEFORE.test(text.slice(Math.max(0, r.index - 30), r.index))) continue;
    // "In December, 39 military personnel…": a count after a comma read as the year 2039.
    if (s.isCertain('year') && /,\s*\d{1,2}\s*$/.test(r.text)) continue;
    const relative = s.tags().has('result/relativeDate');
    const yearKnown = s.isCertain('year') && (!relative || reference !== undefined);
    const monthKnown = s.isCertain('month');
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    if (!monthKnown && !dayKnown && !yearKnown) continue;
    // Without a publication date, no date that only the day of writing places: a relative one, a weekday, nor words
    // alone ("today", "this year": chrono does not call them relative, and read them against its own instant, 2000;
    // a black-box review found undated articles "mentioning" 2000).
    if (reference === undefined && (relative || (s.isCertain('weekday') && !s.isCertain('day')) || WORDS_ALONE.test(r.text))) continue;

    // "last July" said in June 2024 is July 2023: chrono picks the nearest July, which may lie ahead.
    let yearNumber = s.get('year')!;
    let monthNumber = s.get('month')!;
    let dayNumber = s.get('day')!;
    if (reference !== undefined && s.isCertain('weekday') && !s.isCertain('day') && !relative) {
      const modifier = WEEKDAY_MODIFIER.exec(text.slice(Math.max(0, r.index - 20), r.index))?.[1]?.toLowerCase() ?? /^(next|last|past|previous|coming)\b/i.exec(r.text)?.[1]?.toLowerCase();
      const which = modifier === 'next' ? 'next' : modifier === 'coming' ? 'future' : modifier !== undefined ? 'last' : speaksOfFuture(text, r.index, r.index + r.text.length) ? 'future' : 'past';
      let day = weekdayDay(reference, s.get('weekday')!, which);
      // "Monday last week", "Friday next week": the day of the week before or after the publication's (weeks from Monday).
      const weekAfter = /^\s*(last|next)\s+week\b/i.exec(text.slice(r.index + r.text.length, r.index + r.text.length + 15))?.[1] ?? /\b(last|next)\s+week\b/i.exec(r.text)?.[1];
      if (weekAfter !== undefined) {
        const monday = reference.getTime() - (((reference.getUTCDay() + 6) % 7) * DAY_MS);
        const offset = (s.get('weekday')! + 6) % 7;
        day = new Date(Math.floor(monday / DAY_MS) * DAY_MS + (offset + (weekAfter.toLowerCase() === 'last' ? -7 : 7)) * DAY_MS);
      }
      yearNumber = day.getUTCFullYear();
      monthNumber = day.getUTCMonth() + 1;
      dayNumber = day.getUTCDate();
    }
    // "The September 11 attacks", in a story of 2006, are those of 2001, not the coming September 11.
    const before = text.slice(Math.max(0, r.index - 6), r.index).toLowerCase();
    // (Not "the next September 11 anniversary": that one is to come.)
    // So is the world "post-September 11th" (a black-box review found it a day of the story's year, after the story).
    // And so is the time "after", "since" or "following September 11", and what is "of" it ("victims of September 11",
    // "six months after Sept. 11" in June 2005: a black-box review found them days of the story's year).
    if (reference !== undefined && !s.isCertain('year') && monthNumber === 9 && dayNumber === 11 && reference.getTime() > NINE_ELEVEN && !/\b(?:next|last)\s$/.test(before) && (NINE_ELEVEN_EVENT.test(text.slice(r.index + r.text.length, r.index + r.text.length + 40)) || /\b(?:post|pre)-$/.test(before) || NINE_ELEVEN_BEFORE.test(text.slice(Math.max(0, r.index - 12), r.index)))) {
      yearNumber = 2001;
    }
    if (reference !== undefined && !s.isCertain('year') && monthKnown) {
      const month = s.get('month')! - 1;
      const refMonth = reference.getUTCFullYear() * 12 + reference.getUTCMonth();
      // "September last year", "March next year": the year the words after it name.
      const yearAfter = /^\s*(?:of\s+)?(last|next|this)\s+year\b/i.exec(text.slice(r.index + r.text.length, r.index + r.text.length + 20))?.[1]?.toLowerCase();
      if (yearAfter !== undefined) yearNumber = reference.getUTCFullYear() + (yearAfter === 'last' ? -1 : yearAfter === 'next' ? 1 : 0);
      else if (/\blast\s$/.test(before) && yearNumber * 12 + month >= refMonth) yearNumber -= 1;
      else if (/\bnext\s$/.test(before) && yearNumber * 12 + month <= refMonth) yearNumber += 1;
      // (Only a month after the story's, or a day after its day: "the five weeks ended March 1", in a story of March 6,
      // is this March's.)
      else if (!relative) {
        const ahead = Date.UTC(yearNumber, month, dayKnown ? dayNumber : 15) - reference.getTime();
        if ((dayKnown ? ahead > 0 : yearNumber * 12 + month > refMonth) && meansTheLastOne(text, r.index, r.index + r.text.length, ahead > FAR_AHEAD_MS)) yearNumber -= 1;
      }
    }
    // A year of two digits far from the story's ("Maize Mar 48.0" read as March 2048, "15-April 20" as 2020 in a 1987
    // story) is a number of a table or a range, not a date: no date at all rather than a wrong one.
    if (reference !== undefined && s.isCertain('year') && /(?<![\d'’/])\d{2}\s*$/.test(r.text) && Math.abs(yearNumber - reference.getUTCFullYear()) > 10) continue;
    if (yearNumber < 1000 || yearNumber > latestYear) continue;
    const year = String(yearNumber).padStart(4, '0');
    const month = String(monthNumber).padStart(2, '0');
    const day = String(dayNumber).padStart(2, '0');
    let value: string;
    let precision: DatePrecision;
    if (dayKnown && (monthKnown || s.isCertain('weekday') || relative)) {
      precision = 'day';
      value = yearKnown || reference !== undefined ? `${year}-${month}-${day}` : `--${month}-${day}`;
      if (!monthKnown && !s.isCertain('weekday') && !relative) continue;
    } else if (monthKnown) {
      if (!yearKnown && reference === undefined) continue;
      precision = 'month';
      value = `${year}-${month}`;
    } else {
      precision = 'year';
      value = year;
    }
    let start = r.index;
    let mentionText = r.text.replace(/[\s,]+$/, '');
    const qualifier = QUALIFIER.exec(text.slice(Math.max(0, start - 12), start));
    if (qualifier) {
      start -= qualifier[0].length;
      mentionText = text.slice(start, r.index) + mentionText;
    }
    // Punctuation chrono took in before the date (", Monday") is no part of the mention.
    mentionText = mentionText.replace(/^[\s,;:]+/, (m) => {
      start += m.length;
      return '';
    });
    mentionText = mentionText.replace(/^(on|in|at)\s+/i, (m) => {
      start += m.length;
      return '';
    });
    found.push({ value, precision, text: mentionText, start, end: start + mentionText.length });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (found.some((f) => start < f.end && f.start < start + 4)) continue;
    // "from 1800 to 2100 local", "until 2000 hours": a time of day on the 24-hour clock or a count, not a year.
    if (TIME_OF_DAY_AFTER.test(text.slice(start + 4, start + 28))) continue;
    // "in excess of 1900 employees", "a total of 2000 tonnes": a count (a review found 1900 among the dates).
    if (COUNT_AFTER.test(text.slice(start + 4, start + 24)) || QUANTITY_OF.test(text.slice(Math.max(0, start - 20), start))) continue;
    found.push({ value: m[1]!, precision: 'year', text: m[1]!, start, end: start + 4 });
  }
  return withListedYears(text, found).sort((a, b) => a.start - b.start);
}
