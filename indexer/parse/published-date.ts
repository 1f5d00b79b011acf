import * as chrono from 'chrono-node';
import { lowerCase, MONTH_SHORT_NAMES } from '../../src/text/calendar-words.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface PublishedDate {
  /** ISO 8601: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ when a time was given. */
  iso: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** Epoch seconds, for sorting and range filters. */
  epochSeconds: number;
}

/**
 * A publication date from a metadata value: ISO strings, RFC 2822 (feeds), an English date, or Unix time in seconds
 * or milliseconds (see EPOCH_SECONDS).
 * Returns undefined when the value names no full calendar day.
 *
 * `parsePublishedDate('2023-11-15')` → `{ iso: '2023-11-15', day: '2023-11-15', epochSeconds: 1700006400 }`
 * `parsePublishedDate('June 05, 2024 at 07:49PM')` → `{ iso: '2024-06-05T19:49:00Z', day: '2024-06-05', … }`
 * `parsePublishedDate('1714557600')` → `{ iso: '2024-05-01T10:00:00Z', day: '2024-05-01', epochSeconds: 1714557600 }`
 */
export function parsePublishedDate(value: string, options: { dayFirst?: boolean } = {}): PublishedDate | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // What programs print for a date, as exported: JavaScript's Date.toString() and Java's ZonedDateTime (an indexer
  // review found records with them skipped as unparseable): read as the ISO form they stand for.
  const printed = programDate(trimmed);
  if (printed !== undefined) return printed === trimmed ? undefined : parsePublishedDate(printed, options);
  // Numeric day and month ("15/01/2024", "01.02.2024 10:30"): read here, in the order the numbers force, else the one
  // asked for (month first unless `dayFirst`), never left to a parser's guess (numericDateOrder).
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric) {
    const [, a, b, y, hours, minutes, seconds, meridiem, zone] = numeric;
    const order = numericDateOrder(trimmed);
    const dayFirst = order === 'day-first' || order === 'dotted' || (order === 'ambiguous' && options.dayFirst === true);
    const [month, day] = dayFirst ? [b!, a!] : [a!, b!];
    const iso = `${y}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (hours === undefined) return parsePublishedDate(iso);
    const hour = meridiem === undefined ? Number(hours) : (Number(hours) % 12) + (/^p/i.test(meridiem) ? 12 : 0);
    const offset = zone === undefined ? '' : /^(?:Z|UTC|GMT)$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    if (hour > 23 || (meridiem !== undefined && (Number(hours) < 1 || Number(hours) > 12))) return undefined;
    return parsePublishedDate(`${iso}T${String(hour).padStart(2, '0')}:${minutes}:${seconds ?? '00'}${offset}`);
  }
  if ((EPOCH_SECONDS.test(trimmed) || EPOCH_MILLISECONDS.test(trimmed)) && !COMPACT_DATE_TIME.test(trimmed)) return epochDate(trimmed);
  // ISO 8601's basic form, as some sites' meta tags write it: "20240315", "20240315T101500Z" → the extended form.
  const basic = /^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  if (basic) {
    const [, y, m, d, hh, mm, ss, zone] = basic;
    return parsePublishedDate(hh === undefined ? `${y}-${m}-${d}` : `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${zone ?? ''}`);
  }
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (isoDay) {
    const date = fromUtc(Date.UTC(+isoDay[1]!, +isoDay[2]! - 1, +isoDay[3]!), false);
    // Date.UTC rolls 2024-02-30 over to March 1st: a day that does not exist is no date.
    return date?.day === trimmed ? date : undefined;
  }
  // ISO with a space for the T ("1987-02-26 15:01:01", as databases write it) and without a zone: UTC, to the second
  // (chrono below kept the minute only).
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(trimmed);
  if (spaced) {
    const ms = Date.parse(`${spaced[1]}T${spaced[2]}${isoZone(spaced[3] ?? 'Z')}`);
    // A day that does not exist ("2024-02-30 10:00") is no date, as in the day-only form above.
    if (!Number.isNaN(ms) && existingDay(spaced[1]!)) return fromUtc(ms, true);
    return undefined;
  }
  const rfc2822 = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) \d{2}:\d{2}/.exec(trimmed);
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) || rfc2822) {
    // An ISO time without a zone is UTC here, as everywhere in the indexer; Date.parse would take the machine's zone.
    if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && !existingDay(trimmed.slice(0, 10))) return undefined;
    // Date.parse rolls "31 Jun 2024" over to 1 July: a day that does not exist is no date.
    if (rfc2822) {
      const month = MONTHS.indexOf(rfc2822[2]!.toLowerCase()) + 1;
      if (month === 0 || !existingDay(`${rfc2822[3]}-${String(month).padStart(2, '0')}-${rfc2822[1]!.padStart(2, '0')}`)) return undefined;
    }
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(trimmed) ? `${trimmed}Z` : trimmed.replace(/([+-]\d{2})$/, '$1:00'));
    if (!Number.isNaN(ms)) return fromUtc(ms, true);
  }
  const [result] = chrono.en.parse(trimmed, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  if (result === undefined) return undefined;
  // A metadata date must be a written date, not a relative phrase ("the day after tomorrow"), and be most of the value.
  if ([...result.tags()].some((t) => /relative|casual/i.test(t)) || result.text.length < trimmed.length * 0.7) return undefined;
  const known = result.start;
  if (!known.isCertain('year') || !known.isCertain('month') || !known.isCertain('day')) return undefined;
  const hasTime = known.isCertain('hour');
  const year = known.get('year')!;
  const month = known.get('month')!;
  const day = known.get('day')!;
  // chrono rolls an impossible day over ("31 June" → 1 July): a day that does not exist is no date.
  if (!existingDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) return undefined;
  const local = Date.UTC(year, month - 1, day, hasTime ? known.get('hour')! : 0, hasTime ? (known.get('minute') ?? 0) : 0, hasTime ? (known.get('second') ?? 0) : 0);
  // The zone chrono read ("EDT", "CEST", "+0200", "UTC+5"), in minutes east of UTC: 11:30 PM EDT is 03:30 UTC the next day.
  const offset = hasTime && known.isCertain('timezoneOffset') ? (known.get('timezoneOffset') ?? 0) : 0;
  return fromUtc(local - offset * 60_000, hasTime);
}

const MONTHS = lowerCase(MONTH_SHORT_NAMES);

/** JavaScript's Date.prototype.toString(): `Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)`. */
const JS_DATE_STRING = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) (\d{2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{2})(\d{2})(?: \([^()]*\))?$/;
/** Java's ZonedDateTime.toString(): an ISO time, its offset, then the zone's name: `2024-03-05T10:00+01:00[Europe/Paris]`. */
const JAVA_ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?\[([A-Za-z0-9_+\/-]{1,64})\]$/;

/**
 * The ISO form of a date as a program printed it; the value itself when it has that form but names no zone or month
 * there is (no date); undefined when it has neither form.
 *
 * `programDate('Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)')` → `'2024-03-05T10:00:00+01:00'`
 * `programDate('2024-03-05T10:00:00+01:00[Europe/Paris]')` → `'2024-03-05T10:00:00+01:00'`
 * `programDate('2024-07-05T10:00[Europe/Paris]')` → `'2024-07-05T10:00+02:00'` (the offset the zone had then)
 */
export function programDate(value: string): string | undefined {
  const js = JS_DATE_STRING.exec(value);
  if (js !== null) {
    const [, monthName, day, year, time, offsetHours, offsetMinutes] = js;
    const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
    return month === 0 ? value : `${year}-${String(month).padStart(2, '0')}-${day}T${time}${offsetHours}:${offsetMinutes}`;
  }
  const java = JAVA_ZONED.exec(value);
  if (java === null) return undefined;
  const [, local, offset, zone] = java;
  if (offset !== undefined) return `${local}${offset}`;
  // No offset written: the zone's own at that time (the offset of the local time read as UTC is right but for the
  // hour a clock change skips or repeats).
  const utc = Date.parse(`${local}Z`);
  const minutes = Number.isNaN(utc) ? undefined : zoneOffsetMinutes(zone!, utc);
  if (minutes === undefined) return value;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes east of UTC that the IANA zone had at `epochMs`; undefined for a zone the platform does not know. */
function zoneOffsetMinutes(zone: string, epochMs: number): number | undefined {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value;
    const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
    if (m === null) return undefined;
    return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return undefined;
  }
}

/** A zone as Date.parse reads it: `+02` → `+02:00`, `+0200` → `+02:00`; `Z` as it is. */
function isoZone(zone: string): string {
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
  return m === null ? zone : `${m[1]}:${m[2] ?? '00'}`;
}

/**
 * Unix time written as a number, as APIs and databases export it (`"date": 1714557600`, reaching here as text): 9 or
 * 10 digits are seconds (a fraction allowed), 12 or 13 milliseconds; negative before 1970. Other lengths are no
 * epoch: 8 digits may be a YYYYMMDD day (20240501), and 11 or 14 and more name no year from 1900 to 2200.
 */
/**
 * Day and month as numbers before a four-digit year, with an optional time (24-hour or AM/PM) and zone:
 * `15/01/2024`, `1.2.2024 9:30`, `05/06/2024 7:05 PM`, `01/02/2024 10:30 +0200`.
 */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp]\.?[Mm]\.?))?(?:\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?$/;

/**
 * Which order a numeric date's numbers must be in: `'day-first'` when the first is above 12 ("15/01/2024"),
 * `'month-first'` when the second is ("01/15/2024"), `'ambiguous'` when both could be a month ("01/02/2024": 1
 * February in Europe, 2 January in the United States), `'dotted'` when they could but dots say day first
 * ("01.02.2024": only Europe writes a date so; that date alone, not a sign for the rest of its file); undefined for any
 * other form of date.
 *
 * `numericDateOrder('15/01/2024')` → `'day-first'`; `numericDateOrder('01/02/2024')` → `'ambiguous'`
 */
export function numericDateOrder(value: string): 'day-first' | 'month-first' | 'ambiguous' | 'dotted' | undefined {
  const m = NUMERIC_DATE.exec(value.trim());
  if (m === null) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  if (a > 12 || b > 12) return undefined;
  return value.includes('.') ? 'dotted' : 'ambiguous';
}

const EPOCH_SECONDS = /^-?\d{9,10}(\.\d+)?$/;
const EPOCH_MILLISECONDS = /^-?\d{12,13}$/;
/**
 * A date and hour, or date, hour and minute, written without separators (`2024050112`, `202405011200`): the lengths
 * of seconds and milliseconds, but read as those they give 2034 and 1976. Such a value is no epoch (and, as any
 * date that cannot be read, skips its record with the reason, rather than giving a wrong date).
 */
const COMPACT_DATE_TIME = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)?$/;
/** Unix times later than this after the run are no publication dates (an id or a count read as one). */
const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * `epochDate('1714557600')` → `{ iso: '2024-05-01T10:00:00Z', day: '2024-05-01', epochSeconds: 1714557600 }`, as
 * does `epochDate('1714557600000')`; a time before 1900 (`'-2300000000'`) or after tomorrow → undefined.
 */
function epochDate(digits: string): PublishedDate | undefined {
  const ms = EPOCH_MILLISECONDS.test(digits) ? Number(digits) : Math.round(Number(digits) * 1000);
  if (ms > Date.now() + FUTURE_MARGIN_MS) return undefined;
  const date = fromUtc(ms, true);
  return date !== undefined && date.day >= '1900-01-01' ? date : undefined;
}

function fromUtc(ms: number, withTime: boolean): PublishedDate | undefined {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1800 || year > 2200) return undefined;
  const day = date.toISOString().slice(0, 10);
  const iso = withTime ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : day;
  return { iso, day, epochSeconds: Math.floor(ms / 1000) };
}

/**
 * A line that could be a whole date: a month name, or numbers like 2024-06-05 or 6/5/2024. Month names are whole words
 * (full or abbreviated), not "Market", "Decline" or "Mayor": every line of every article passes here, and a line let
 * through goes on to onlyDateWords and chrono (8,523 → 7,335 of the bench corpus's lines).
 */
const COULD_BE_DATE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;

/**
 * Every word a line made only of a date can hold: what chrono reads as part of a date or time (month and weekday
 * names, ordinals, relative words, units, "at", "until", "noon"…) and the prefixes `dateLine` allows around one.
 * Single letters ("a.m.", the ISO "T") and upper-case abbreviations of up to five letters (time zones, "BC") pass
 * too.
 */
const DATE_WORDS: ReadonlySet<string> = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october ' +
    'nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat ' +
    'saturday sun sunday at after before on of to until till through from and the this last next past in within ago ' +
    'later today tonight tomorrow yesterday now morning afternoon evening night noon midnight am pm clock day days ' +
    'week weeks weekend month months year years hour hours hr hrs minute minutes min mins second seconds sec secs ' +
    'quarter st nd rd th first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth twenty thirty published ' +
    'updated posted date dated'
  ).split(' '),
);

/**
 * False when the line holds a word no date is made of ("Record March 16", "paid back on April 15, 1995."): chrono
 * could not read the whole line as a date, and asking it costs ~0.15 ms a line (1.3 s of the indexer's ~32 CPU-s
 * over the bench corpus in a profile). Of the 7,335 lines of that corpus that name a month, 26 are dates alone; this
 * keeps those and skips most of the rest.
 */
function onlyDateWords(line: string): boolean {
  for (const [word] of line.matchAll(/\p{L}+/gu)) {
    if (word.length === 1 || DATE_WORDS.has(word.toLowerCase())) continue;
    if (word.length <= 5 && word === word.toUpperCase()) continue;
    return false;
  }
  return true;
}

/**
 * Whether a whole line is a date and nothing else (a site header such as `Thursday, June 20, 2024` or a feed stamp
 * such as `June 05, 2024 at 07:49PM`), and if so which. Lines where a date is only part of a sentence return
 * undefined.
 */
export function dateLine(line: string): { date: PublishedDate; withTime: boolean } | undefined {
  const trimmed = line.trim();
  // Cheap test first: every line of an article is asked, and chrono is costly.
  if (trimmed.length < 6 || trimmed.length > 60 || !/\d/.test(trimmed) || !COULD_BE_DATE.test(trimmed)) return undefined;
  if (!onlyDateWords(trimmed)) return undefined;
  const [result] = chrono.en.parse(trimmed, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  if (result === undefined) return undefined;
  const rest = (trimmed.slice(0, result.index) + trimmed.slice(result.index + result.text.length))
    .replace(/[\s,.|–—-]+/g, '')
    .replace(/^(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?$/i, '')
    .replace(/^(published|updated|posted|date)(on)?:?$/i, '');
  if (rest !== '') return undefined;
  const date = parsePublishedDate(result.text);
  if (date === undefined) return undefined;
  return { date, withTime: result.start.isCertain('hour') };
}

/** Whether a YYYY-MM-DD day exists: `existingDay('2024-02-29')` → true, `existingDay('2024-02-30')` → false. */
function existingDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
