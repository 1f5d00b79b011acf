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
  const results = chrono.en.parse(text, reference !== undefined ? { instant: reference, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  for (const r of results) {
    const s = r.start;
    if (PERIOD.test(r.text)) continue;
    const relative = s.tags().has('result/relativeDate');
    const yearKnown = s.isCertain('year') && (!relative || reference !== undefined);
    const monthKnown = s.isCertain('month');
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    if (!monthKnown && !dayKnown && !yearKnown) continue;
    if ((relative || (s.isCertain('weekday') && !s.isCertain('day'))) && reference === undefined) continue;

    const year = String(s.get('year')).padStart(4, '0');
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
