/**
 * Country tagger: which countries an article is about, where they are mentioned, and how
 * salient each one is.
 *
 * Pipeline (all pure; the gazetteer is built once and cached):
 *   1. tokenize title, dateline and text (tokenize.ts, diacritics folded, offsets kept);
 *   2. longest-match scan against the gazetteer trie (match.ts, gazetteer.ts);
 *   3. context rules for person names, Georgia, turkey, "City, Region" (ambiguity.ts);
 *   4. the dateline's place, from the dateline field or the head of the text (dateline.ts);
 *   5. group by ISO code and score (salience.ts), sort by salience.
 *
 * Optional NER mentions (PER/ORG/LOC/MISC spans in `text` coordinates) refine step 3: a PER
 * span over "Chad" rejects it, a LOC span equal to it keeps it whatever the heuristics say.
 *
 * Example:
 *   tagCountries({ title: 'Niger junta meets Russian envoy', text: 'NIAMEY (Reuters) - The junta met the envoy.' })
 *   → [{ code: 'NE', name: 'Niger', salience: 0.73,
 *        mentions: [{ start: 0, end: 6, field: 'text' },      // "NIAMEY", inline dateline
 *                   { start: 0, end: 5, field: 'title' }] },  // "Niger"
 *      { code: 'RU', name: 'Russia', salience: 0.51, mentions: [{ start: 18, end: 25, field: 'title' }] }]
 */

import type { Mention } from '../mention.js';
import { docWords, personSurnames, resolveMatches, type Resolved } from './ambiguity.js';
import { findInlineDateline, parseDatelinePlace } from './dateline.js';
import type { EntryKind } from './gazetteer-types.js';
import { getGazetteer } from './gazetteer.js';
import { matchTokens } from './match.js';
import { salience, type Field, type MentionEvidence } from './salience.js';
import { tokenize, type Token } from './tokenize.js';
import { lowerCase, MONTH_ABBREVIATIONS } from '../../../src/text/calendar-words.js';

export interface CountryMention {
  start: number;
  end: number;
  field: Field;
  /** How the surface names the country: outright ("Japan", "U.S."), by its people ("Japanese"), a city… */
  kind: EntryKind;
  /** The dateline's place ("TOKYO, March 3 -"), in the dateline field or at the head of the text. */
  dateline?: true;
}

export interface CountryTag {
  /** ISO 3166-1 alpha-2, e.g. "NE". Historical states map to their successor (USSR → RU). */
  code: string;
  /** English common name, e.g. "Niger". */
  name: string;
  /** In (0, 1); see salience.ts. */
  salience: number;
  /** Every surface that led to this country; `input[field].slice(start, end)` is the surface. */
  mentions: CountryMention[];
}

export interface TagCountriesInput {
  text: string;
  title?: string;
  dateline?: string;
  /** NER spans over `text` (optional hint). */
  mentions?: Mention[];
  /** The story's publication (optional): what a place's name meant then ("Georgia" in 1987). */
  published?: Date;
}

/** Share of letters that are upper case; > 0.8 means a shouted field (Reuters titles). */
function isAllCaps(s: string): boolean {
  let up = 0;
  let low = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
  }
  return up + low > 0 && up / (up + low) > 0.8;
}

const ABBREV_BEFORE_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'maj', 'lt', 'sen', 'rep', 'gov',
  'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'no', 'vs', ...lowerCase(MONTH_ABBREVIATIONS), 'mln', 'bln', 'pct', 'dlrs', 'approx', 'etc', 'capt', 'adm', 'sgt', 'prof']);

/** End offset of the lead: the end of the second sentence (abbreviations like "U.S." do not end one). */
export function leadEnd(toks: readonly Token[], sentences = 2): number {
  let count = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.word || (t.text !== '.' && t.text !== '!' && t.text !== '?')) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!next) break;
    if (!next.spaceBefore) continue;
    if (t.text === '.' && prev && prev.word && (prev.text.length === 1 || ABBREV_BEFORE_DOT.has(prev.key))) continue;
    count++;
    if (count >= sentences) return t.end;
  }
  return Infinity;
}

interface Hit {
  code: string;
  start: number;
  end: number;
  field: Field;
  kind: EntryKind;
  inLead: boolean;
  /** Scored as the dateline (true for the dateline field and an inline dateline at the head of the text). */
  asDateline?: boolean;
  /** Only by the way (ambiguity.ts `Resolved.incidental`): kept where the country has other evidence. */
  incidental?: true;
}

/** Tag an article with the countries it mentions, most salient first (see module comment). */
export function tagCountries(input: TagCountriesInput): CountryTag[] {
  const g = getGazetteer();
  const text = input.text ?? '';
  const title = input.title ?? '';
  const dateline = input.dateline ?? '';

  const textToks = tokenize(text);
  const titleToks = tokenize(title);
  const words = docWords([textToks, titleToks]);
  const lowercaseTurkey = /\bturkeys?\b/.test(text) || /\bturkeys?\b/.test(title);
  const surnames = personSurnames(textToks, input.mentions);
  const hits: Hit[] = [];

  const collect = (toks: readonly Token[], field: Field, allCaps: boolean, lead: number, mentions?: Mention[]): void => {
    const raw = matchTokens(toks, g, allCaps);
    const resolved: Resolved[] = resolveMatches(toks, raw, { allCaps, words, lowercaseTurkey, mentions, surnames, ...(input.published !== undefined ? { published: input.published } : {}) });
    for (const r of resolved) {
      const a = toks[r.first];
      const b = toks[r.last];
      if (!a || !b) continue;
      hits.push({ code: r.code, start: a.start, end: b.end, field, kind: r.kind, inLead: a.start < lead, ...(r.incidental ? { incidental: true as const } : {}) });
    }
  };

  // Dateline: the field, else one at the head of the text.
  let datelineText = dateline;
  let datelineField: Field = 'dateline';
  if (!datelineText) {
    const inline = findInlineDateline(text);
    if (inline) { datelineText = inline; datelineField = 'text'; }
  }
  let skipUntil = 0;
  if (datelineText) {
    const place = parseDatelinePlace(datelineText, g);
    if (place) {
      // An inline dateline is reported in text coordinates but scored as a dateline.
      const shift = datelineField === 'text' ? text.indexOf(datelineText) : 0;
      hits.push({ code: place.code, start: place.start + shift, end: place.end + shift, field: datelineField,
        kind: 'city', inLead: false, asDateline: true });
      if (datelineField === 'text') skipUntil = shift + datelineText.length;
    }
  }

  if (title) collect(titleToks, 'title', isAllCaps(title), -1);
  const bodyToks = skipUntil > 0 ? textToks.filter((t) => t.start >= skipUntil) : textToks;
  collect(bodyToks, 'text', isAllCaps(text), leadEnd(bodyToks), input.mentions);

  // Group by code, leaving out a country named only by the way (a currency, a bond's listing).
  const namedOtherwise = new Set(hits.filter((h) => !h.incidental).map((h) => h.code));
  const byCode = new Map<string, { ev: MentionEvidence[]; mentions: CountryMention[]; firstPos: number }>();
  for (const h of hits) {
    if (h.incidental && !namedOtherwise.has(h.code)) continue;
    let e = byCode.get(h.code);
    // Tie-break order for equal salience: title first, then dateline, then text position.
    const pos = h.field === 'title' ? -1e9 + h.start : h.asDateline ? -1e8 : h.start;
    if (!e) { e = { ev: [], mentions: [], firstPos: pos }; byCode.set(h.code, e); }
    e.ev.push({ field: h.asDateline ? 'dateline' : h.field, kind: h.kind, inLead: h.inLead });
    e.mentions.push({ start: h.start, end: h.end, field: h.field, kind: h.kind, ...(h.asDateline ? { dateline: true as const } : {}) });
    e.firstPos = Math.min(e.firstPos, pos);
  }
  const tags: (CountryTag & { firstPos: number })[] = [];
  for (const [code, e] of byCode) {
    tags.push({ code, name: g.names.get(code) ?? code, salience: salience(e.ev), mentions: e.mentions, firstPos: e.firstPos });
  }
  tags.sort((a, b) => b.salience - a.salience || a.firstPos - b.firstPos || a.code.localeCompare(b.code));
  return tags.map(({ firstPos: _f, ...t }) => t);
}

/**
 * Salience below which a tag is treated as a passing mention when a yes/no country set is
 * needed (search facets, evaluation). 0 keeps every mention.
 */
export const DEFAULT_MIN_SALIENCE = 0;
