import { fold } from '../text/fold.js';
import { countryMentionPattern } from './country-words.js';
import { JOINED_WORDS } from './query-words.js';
/**
 * Highlights travel from Meilisearch as two private-use characters (the indexer strips them from documents, so
 * only Meilisearch can put them there). The text is HTML-escaped first and the markers become `<mark>` after, so
 * nothing from a document or a query reaches a page unescaped.
 *
 * `highlightToHtml('a <b> \uE000coup\uE001')` → `'a &lt;b&gt; <mark>coup</mark>'`
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function highlightToHtml(text: string): string {
  let open = false;
  let html = '';
  for (const part of escapeHtml(text).split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_PRE && !open) {
      html += '<mark>';
      open = true;
    } else if (part === HIGHLIGHT_POST && open) {
      html += '</mark>';
      open = false;
    } else if (part !== HIGHLIGHT_PRE && part !== HIGHLIGHT_POST) {
      html += part;
    }
  }
  return open ? html + '</mark>' : html;
}

export function stripHighlight(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** A name whose words are joined ("al-Qaeda", "AT&T"), or a quoted phrase of two words or more. */
const JOINED_OR_QUOTED = new RegExp(String.raw`"([^"]+)"|(${JOINED_WORDS})`, 'gu');

/**
 * The words of a query that it asks for only as part of a name or a phrase, folded: `phrasePieces('al-Qaeda leaders
 * "military coup" coup')` → {'al', 'qaeda', 'military'} ("coup" is asked for alone too).
 */
export function phrasePieces(q: string): Set<string> {
  const pieces = new Set<string>();
  const words = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  for (const m of q.matchAll(JOINED_OR_QUOTED)) {
    const inner = words(m[1] ?? m[2] ?? '');
    if (inner.length > 1) for (const w of inner) pieces.add(w);
  }
  if (pieces.size === 0) return pieces;
  for (const w of words(q.replace(JOINED_OR_QUOTED, ' '))) pieces.delete(w);
  return pieces;
}

/**
 * Meilisearch highlights each word of a phrase or a joined name wherever it stands: the "al" of "al-Zarqawi" in a
 * passage that also names al-Qaeda, the "at" of "at 170 DKK" beside "AT&T". A highlight of such a piece (`pieces`,
 * see phrasePieces) that no other highlight touches goes; the name's own stay.
 *
 * `withoutStrayPieces('\uE000al\uE001-Zarqawi of \uE000al\uE001-\uE000Qaeda\uE001', new Set(['al', 'qaeda']))`
 *   → `'al-Zarqawi of \uE000al\uE001-\uE000Qaeda\uE001'`
 */
export function withoutStrayPieces(text: string, pieces: ReadonlySet<string>): string {
  if (pieces.size === 0 || !text.includes(HIGHLIGHT_PRE)) return text;
  const spans = [...text.matchAll(/\uE000([^\uE000\uE001]*)\uE001/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: fold(m[1]!) }));
  const touches = (a: { end: number }, b: { start: number }): boolean => /^[\s\-&/'’]{0,2}$/.test(text.slice(a.end, b.start));
  let out = '';
  let at = 0;
  spans.forEach((s, i) => {
    const before = spans[i - 1];
    const after = spans[i + 1];
    if (!pieces.has(s.word) || (before !== undefined && touches(before, s)) || (after !== undefined && touches(s, after))) return;
    out += text.slice(at, s.start) + text.slice(s.start + 1, s.end - 1);
    at = s.end;
  });
  return out + text.slice(at);
}

/**
 * A text with the mentions of countries a query's country words named marked as Meilisearch marks its words: the
 * country went to Meilisearch as a filter, not a word, so "US tariffs" marked "tariffs" and never the "U.S." or
 * "United States" the passage was found for (a black-box review). A mention inside a mark stays as it is.
 *
 * `withCountryMarks('exports to the U.S. and \uE000tariffs\uE001', ['US'])` → `'exports to the \uE000U.S.\uE001 and \uE000tariffs\uE001'`
 */
export function withCountryMarks(text: string, codes: readonly string[]): string {
  if (codes.length === 0) return text;
  const pattern = countryMentionPattern(codes, text);
  if (pattern === null) return text;
  return text
    .split(/(\uE000[^\uE001]*\uE001?)/)
    .map((part) => (part.startsWith(HIGHLIGHT_PRE) ? part : part.replace(pattern, (m) => `${HIGHLIGHT_PRE}${m}${HIGHLIGHT_POST}`)))
    .join('');
}
