/**
 * Dateline parsing: "TOKYO, March 3 -" → JP, "ROCKFORD, Ill., March 3 -" → US,
 * "SAO PAULO, Brazil, May 2 -" → BR.
 *
 * Why separate: a dateline is the strongest single clue of where a story happens (news
 * archives tag the dateline's country almost always), yet its city is often too small to be
 * in any list. The region slot after the city (US state, Canadian province, country) is
 * then decisive, and AP/postal state abbreviations ("Ill.", "N.Y.", "Calif.") are accepted
 * there only, never in running text, where "Ill." or "Pa." mean other things.
 *
 * Also finds a dateline written at the head of the body when no dateline field is given:
 * "MOSCOW (Reuters) - ...", "NIAMEY, Aug 3 (AFP) - ...".
 *
 * Example: parseDatelinePlace("SOUTHFIELD, MICH., March 24 -") →
 *   { code: 'US', start: 12, end: 17 }   (the span of "MICH.")
 */

import { DATELINE_REGION_ABBREVS } from './cities.js';
import type { Gazetteer } from './gazetteer.js';
import { matchTokens } from './match.js';
import { tokenize } from './tokenize.js';

export interface DatelinePlace {
  code: string;
  /** Offsets of the city or region that gave the country, in the dateline string. */
  start: number;
  end: number;
}

const DATE_TAIL = /[\s,]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|[\s,]+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\s*\(|\s+[-–—]+(\s|$)/i;

/** Country of one comma-separated dateline segment, if the whole segment names a place. */
function placeOf(seg: string, offset: number, g: Gazetteer, allowAbbrev: boolean): DatelinePlace | null {
  const trimmed = seg.trim();
  if (!trimmed) return null;
  const segStart = offset + seg.indexOf(trimmed);
  if (allowAbbrev) {
    const abbr = trimmed.replace(/[.\s]/g, '').toLowerCase();
    const code = DATELINE_REGION_ABBREVS[abbr];
    if (code) return { code, start: segStart, end: segStart + trimmed.length };
  }
  const toks = tokenize(trimmed);
  const ms = matchTokens(toks, g, true);
  const m = ms[0];
  if (!m || m.entry.code === null || ms.length !== 1) return null;
  const firstTok = toks[m.first];
  const lastTok = toks[m.last];
  if (!firstTok || !lastTok) return null;
  // The match must cover the whole segment (ignoring a trailing dot): "NORTH CHICAGO" is not Chicago.
  const rest = trimmed.slice(lastTok.end).replace(/[.\s]/g, '');
  if (firstTok.start !== 0 || rest !== '') return null;
  return { code: m.entry.code, start: segStart + firstTok.start, end: segStart + lastTok.end };
}

/** Parse a dateline field; the region slot wins over the city ("PARIS, Texas" → US). */
export function parseDatelinePlace(dateline: string, g: Gazetteer): DatelinePlace | null {
  // Cut the date and anything after: "TOKYO, March 3 -" → "TOKYO"; "RICHMOND, Va. Feb 26 -" → "RICHMOND, Va.".
  const cut = DATE_TAIL.exec(dateline);
  const head = (cut ? dateline.slice(0, cut.index) : dateline).replace(/\s*(\([^)]*\))?\s*[-–—]+\s*$/, '');
  const parts: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const raw of head.split(',')) {
    const here = offset;
    offset += raw.length + 1;
    if (raw.trim()) parts.push({ text: raw, offset: here });
    if (parts.length === 3) break;
  }
  const city = parts[0];
  if (!city) return null;
  for (let k = parts.length - 1; k >= 1; k--) {
    const p = parts[k];
    if (!p) continue;
    const r = placeOf(p.text, p.offset, g, true);
    if (r) return r;
  }
  return placeOf(city.text.replace(/\(.*$/, ''), city.offset, g, false);
}

/**
 * A dateline at the head of a body: an all-caps place, optional ", Region", optional date,
 * optional "(Agency)", then a dash. Returns the dateline substring or null.
 * Example: findInlineDateline("NIAMEY, Aug 3 (AFP) - Niger's junta...") → "NIAMEY, Aug 3 (AFP) -".
 */
export function findInlineDateline(text: string): string | null {
  const m = /^\s*[A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z. ]{1,25}?)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([A-Za-z ]{2,20}\))?\s*[-–—]{1,2}\s/.exec(
    text.slice(0, 120));
  return m ? m[0] : null;
}

/** Up to four capitalised words, a region of up to three after a comma, a month (any case) and a day, a dash. */
const ORDINARY_CASE_DATELINE = new RegExp(
  String.raw`^\s*(?:[A-Z][A-Za-z.'’-]*\s){0,3}[A-Z][A-Za-z.'’-]*(?:,\s*(?:[A-Z][A-Za-z.'’-]*\s){0,2}[A-Z][A-Za-z.'’-]*)?,?\s+` +
    String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:[a-z]{0,6}|[A-Z]{0,6})\.?\s+\d{1,2}\s*(?:\([A-Za-z ]{2,20}\))?\s*[-–—]{1,2}\s`,
);

/**
 * Where the head of a body is a dateline, in any case: an inline dateline as above, or a place in ordinary case
 * followed by a date ("Toronto, Feb 26 -", "RICHMOND, Va. Feb 26 -", as Reuters' dateline field holds them). Names
 * and dates are not read there (tag-article.ts); the country tagger keeps to findInlineDateline, whose capitals make a
 * dateline certain without a date. Returns the dateline substring or null.
 * `datelineHead('Toronto, Feb 26 - Standard Trustco said…')` → `'Toronto, Feb 26 - '`
 */
export function datelineHead(text: string): string | null {
  return (
    findInlineDateline(text) ??
    ORDINARY_CASE_DATELINE.exec(text.slice(0, 120))?.[0] ??
    null
  );
}
