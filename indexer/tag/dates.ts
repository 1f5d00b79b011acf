import * as chrono from 'chrono-node';

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
 * Words without which no sentence holds a date chrono would find. chrono costs about as much as the named-entity
 * model on a whole text; run only on sentences with a cue, it costs a fraction (same results: a date never spans
 * a sentence break).
 */
const DATE_CUE =
  /\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago|week|weekend|month|year|decade|noon|midnight)s?\b|\d{1,4}[-/.]\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)\b/i;
const SENTENCE = /[^.!?\n]*(?:[.!?]+(?=\s|$)|\n|$)/g;

interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  tags(): Set<string>;
}

function parseCuedSentences(text: string, reference: Date | undefined): Found[] {
  const options = { instant: reference ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  const results: Found[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0].length === 0) continue;
    if (!DATE_CUE.test(m[0])) continue;
    for (const r of chrono.en.parse(m[0], options)) {
      results.push({ index: r.index + m.index, text: r.text, start: r.start, tags: () => r.tags() });
    }
  }
  return results;
}

/** Spans like "over the past three years" are periods, not dates. */
const PERIOD = /\b(past|next|over|within|for)\b|\b\d+\s+(years|months|weeks|days)\b|\b(three|two|four|five|six|several|few)\s+(years|months|weeks|days)\b/i;
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
export function tagDates(text: string, reference?: Date): DateMention[] {
  const found: DateMention[] = [];
  const results = parseCuedSentences(text, reference);
  for (const r of results) {
    const s = r.start;
    if (PERIOD.test(r.text)) continue;
    const relative = s.tags().has('result/relativeDate');
    const yearKnown = s.isCertain('year') && (!relative || reference !== undefined);
    const monthKnown = s.isCertain('month');
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    if (!monthKnown && !dayKnown && !yearKnown) continue;
    if ((relative || (s.isCertain('weekday') && !s.isCertain('day'))) && reference === undefined) continue;

    // "last July" said in June 2024 is July 2023: chrono picks the nearest July, which may lie ahead.
    let yearNumber = s.get('year')!;
    const before = text.slice(Math.max(0, r.index - 6), r.index).toLowerCase();
    if (reference !== undefined && !s.isCertain('year') && monthKnown) {
      const month = s.get('month')! - 1;
      const refMonth = reference.getUTCFullYear() * 12 + reference.getUTCMonth();
      if (/\blast\s$/.test(before) && yearNumber * 12 + month >= refMonth) yearNumber -= 1;
      if (/\bnext\s$/.test(before) && yearNumber * 12 + month <= refMonth) yearNumber += 1;
    }
    const year = String(yearNumber).padStart(4, '0');
    const month = String(s.get('month')).padStart(2, '0');
    const day = String(s.get('day')).padStart(2, '0');
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
    mentionText = mentionText.replace(/^(on|in|at)\s+/i, (m) => {
      start += m.length;
      return '';
    });
    found.push({ value, precision, text: mentionText, start, end: start + mentionText.length });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (found.some((f) => start < f.end && f.start < start + 4)) continue;
    found.push({ value: m[1]!, precision: 'year', text: m[1]!, start, end: start + 4 });
  }
  return found.sort((a, b) => a.start - b.start);
}
