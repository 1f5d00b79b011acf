import type { SourceRecord } from '../source-record.js';
import { valueAt, type FieldMap } from './field-map.js';
import { htmlFragmentText } from './html.js';

/**
 * Common field names of news records, mapped to ours (first present wins); a `--map` path comes first.
 * `recordFromFields({ headline: 'A', text: 'B', pubDate: 'Mon, 1 Jan 2024' })`
 *   → `{ title: 'A', body: 'B', date: 'Mon, 1 Jan 2024', … }`
 */
export const FIELD_NAMES = {
  id: ['id', 'guid', '_id', 'uuid'],
  title: ['title', 'headline', 'name'],
  body: ['body', 'text', 'content', 'article', 'description', 'summary'],
  date: ['date', 'published', 'pubDate', 'publishedAt', 'published_at', 'datePublished', 'created_at'],
  url: ['url', 'link', 'href'],
  source: ['source', 'site', 'publisher', 'feed'],
  dateline: ['dateline'],
} as const;

export type RecordFields = Omit<SourceRecord, 'origin' | 'format'>;

/** A string for a field value: text, a number, or an object's `name` (`{ source: { name: 'Reuters' } }`). */
function asText(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number') return String(v);
  // MongoDB's extended JSON: { "$date": "2024-05-01T10:00:00Z" }, or before 1970 { "$date": { "$numberLong": "-86400000" } } (ms).
  if (typeof v === 'object' && v !== null && '$date' in v) {
    const d = (v as { $date: unknown }).$date;
    if (typeof d === 'string') return d;
    if (typeof d === 'object' && d !== null && typeof (d as { $numberLong?: unknown }).$numberLong === 'string') return new Date(Number((d as { $numberLong: string }).$numberLong)).toISOString();
  }
  if (typeof v === 'object' && v !== null && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
  return undefined;
}

/**
 * A list of strings as paragraphs, one blank line between them; anything else is no text (a review: a body of
 * paragraphs was skipped as "no text: expected one of the fields body…", body there).
 * `paragraphList(['Floods hit Brazil.', 'Thousands fled.'])` → `'Floods hit Brazil.\n\nThousands fled.'`; `paragraphList([{ p: 1 }])` → `undefined`
 */
function paragraphList(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length === 0 || !v.every((p) => typeof p === 'string')) return undefined;
  const text = (v as string[]).map((p) => p.trim()).filter((p) => p !== '').join('\n\n');
  return text === '' ? undefined : text;
}

/**
 * A dateline kept apart from the text (`{ dateline: 'SALVADOR, Feb 26 -', body: 'Showers continued…' }`, as
 * Reuters-21578 and some news APIs store it) opens it again, as on the wire: it is part of what readers see, and it
 * says where the story was filed, which weighs in the article's countries (tag/countries/salience.ts).
 * `withDateline('SALVADOR, Feb 26 -', 'Showers continued')` → `'SALVADOR, Feb 26 - Showers continued'`
 */
function withDateline(dateline: string | undefined, body: string): string {
  if (dateline === undefined) return body;
  const line = dateline.trim();
  return body.trimStart().startsWith(line) ? body : `${line} ${body.trimStart()}`;
}

export function recordFromFields(value: unknown, map: FieldMap = {}): RecordFields | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object with a body/text/content field';
  const obj = value as Record<string, unknown>;
  const { pick, fieldValue } = fieldReader(obj, map);
  const date = pick('date');
  if (date === undefined) {
    // A date that is there but no text (true, an object): unreadable, as an unparseable date string is, not left out.
    const present = (v: unknown): boolean => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
    let rawDate = map.date !== undefined ? valueAt(obj, map.date) : undefined;
    for (const name of FIELD_NAMES.date) {
      if (present(rawDate)) break;
      rawDate = fieldValue(name);
    }
    if (present(rawDate)) return `unparseable date ${clipJson(rawDate)}`;
  }
  const body = pick('body');
  if (body === undefined) {
    // A field that is there with nothing in it says so: "expected one of the fields body, text…" sent a user looking
    // for a missing field in 882 Wikinews records whose `text` is "" (a user review).
    const blank = (v: unknown): boolean => typeof v === 'string' && v.trim() === '';
    const empty = map.body !== undefined && blank(valueAt(obj, map.body)) ? map.body : FIELD_NAMES.body.find((name) => blank(fieldValue(name)));
    if (empty !== undefined) return `empty text: the field ${empty} is empty`;
    // A field that is there but holds no text (an object, a list of objects) says what it holds.
    const notText = (v: unknown): boolean => v !== undefined && v !== null && typeof v !== 'string';
    const other = map.body !== undefined && notText(valueAt(obj, map.body)) ? map.body : FIELD_NAMES.body.find((name) => notText(fieldValue(name)));
    if (other !== undefined) {
      const v = other === map.body ? valueAt(obj, map.body) : fieldValue(other);
      return `no text: the field ${other} holds ${Array.isArray(v) ? 'a list' : typeof v} ${clipJson(v)}, not text (--map body=PATH names the text inside it)`;
    }
    const expected = map.body !== undefined ? `the mapped path ${map.body} or one of the fields ` : 'one of the fields ';
    return `no text: expected ${expected}${FIELD_NAMES.body.join(', ')}`;
  }
  const title = pick('title');
  return { id: pick('id'), title: title === undefined ? undefined : titleText(title), body: withDateline(pick('dateline'), markupText(body)), date, url: pick('url'), source: pick('source') };
}

/**
 * A field written as a web page's HTML: it opens with a block element (`<p>`, `<div>`, `<h2>`…) and closes one. Text
 * that only mentions tags ("The junta said <b>nothing</b>"), or the wire's tickers in brackets ("<P>"), is text.
 */
const HTML_FIELD = /^\s*<(?:p|div|h[1-6]|ul|ol|figure|article|section|blockquote|table)\b[^>]*>[\s\S]*<\/(?:p|div|h[1-6]|ul|ol|li|figure|article|section|blockquote|table)\s*>/i;

/**
 * A field's text: as it is, or, when it is HTML (HTML_FIELD: a scraped page's `content`, a WordPress export's
 * `content.rendered`), the text of that HTML, as a feed's is read (links as their words, scripts and styles gone).
 *
 * `markupText('<p>Talks in <a href="/x">Niamey</a>.</p><script>x()</script>')` → `'Talks in Niamey.'`
 */
function markupText(value: string): string {
  return HTML_FIELD.test(value) ? htmlFragmentText(value) : value;
}

/**
 * A title as text: inline tags of emphasis or links (`<em>`, `<b>`, `<a href>`, `<span>`…), which a headline carries
 * only as markup, go with their text kept; a block of HTML is read as markupText reads it. A title of a JSON export
 * had shown "Prices & wages <em>rise</em> in Japan" on the results page (a black-box review).
 *
 * `titleText('Prices &amp; wages <em>rise</em>')` → `'Prices &amp; wages rise'` (references are decoded with the text's)
 */
function titleText(value: string): string {
  return markupText(value).replace(INLINE_TAG, '');
}
// In lower case only: a wire's tickers in capitals are text ("Sears <S>", "Ford <F>").
const INLINE_TAG = /<\/?(?:em|i|b|strong|u|s|span|a|sup|sub|mark|small|abbr|cite|q|font|br)(?:\s[^<>]*)?\/?>/g;

/** A value as a short JSON text for a message: `clipJson({ a: 1 })` → `'{"a":1}'`. */
function clipJson(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * The names of the article a record stands for, its id and url, read as recordFromFields reads them: for a record
 * that cannot be indexed (no text, a date no parser reads), so that the skip still says which article it was.
 *
 * `articleNamesOf({ ID: 'w-9', text: '' })` → `{ id: 'w-9', url: undefined }`; `articleNamesOf('x')` → `undefined`
 */
export function articleNamesOf(value: unknown, map: FieldMap = {}): { id: string | undefined; url: string | undefined } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { pick } = fieldReader(value as Record<string, unknown>, map);
  return { id: pick('id'), url: pick('url') };
}

/** A record's fields by their common names, in any case, or where `map` says they are. */
function fieldReader(obj: Record<string, unknown>, map: FieldMap): { pick: (field: keyof typeof FIELD_NAMES) => string | undefined; fieldValue: (name: string) => unknown } {
  // Field names in any case: spreadsheet and CMS exports write "Title", "Body", "Date" (a whole file of them was
  // refused as "no text"). An exact name wins over one that differs in case.
  let byLowerCase: Map<string, string> | undefined;
  const fieldValue = (name: string): unknown => {
    if (obj[name] !== undefined) return obj[name];
    byLowerCase ??= new Map(Object.keys(obj).map((k) => [k.toLowerCase(), k]));
    const key = byLowerCase.get(name.toLowerCase());
    return key === undefined ? undefined : obj[key];
  };
  // The text may come as a list of paragraphs (`"body": ["First.", "Second."]`): they are its paragraphs.
  const read = (field: keyof typeof FIELD_NAMES, v: unknown): string | undefined => (field === 'body' ? (asText(v) ?? paragraphList(v)) : asText(v));
  const pick = (field: keyof typeof FIELD_NAMES): string | undefined => {
    const mapped = map[field];
    if (mapped !== undefined) {
      const v = read(field, valueAt(obj, mapped));
      if (v !== undefined) return v;
    }
    for (const name of FIELD_NAMES[field]) {
      const v = read(field, fieldValue(name));
      if (v !== undefined) return v;
    }
    return undefined;
  };
  return { pick, fieldValue };
}
