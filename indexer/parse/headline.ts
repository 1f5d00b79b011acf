/**
 * The headline of scraped text is usually its first line. When the first line is a paragraph (no headline at all),
 * a short title is made from the opening sentence: its first clause when that reads as a title, else its first
 * words. A headline printed twice (page title above article title) is dropped the second time.
 *
 * `findHeadline(['Niger talks security', 'Niger talks security', 'Niger has defied…'])`
 *   → `{ title: 'Niger talks security', derived: false, rest: ['Niger has defied…'] }`
 */
export interface Headline {
  title: string;
  derived: boolean;
  rest: string[];
}

const MAX_HEADLINE_CHARS = 220;
const MAX_HEADLINE_WORDS = 32;

export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (t.length === 0 || t.length > MAX_HEADLINE_CHARS || words > MAX_HEADLINE_WORDS) return false;
  // A full sentence with a period in the middle is a paragraph, not a headline.
  if (/[.!?]["”’]?\s+[A-Z“"]/.test(t)) return false;
  // So is a sentence of some length ending in a period, and a line that opens with a wire dateline: a text file
  // without a headline had its lead taken for one, and the lead was then missing from the passages (a black-box
  // review: "WASHINGTON (AP) — The Senate passed a stopgap spending bill on Saturday, averting…").
  if (words >= MIN_SENTENCE_WORDS && /[^.]\.["”’)]?$/.test(t)) return false;
  if (WIRE_DATELINE.test(t)) return false;
  return true;
}

/** A line of this many words ending in a period reads as a sentence (headlines seldom end in one, and are shorter). */
const MIN_SENTENCE_WORDS = 8;
/** `WASHINGTON (AP) —`, `LONDON, March 3 (Reuters) -`: a place in capitals, maybe a date, a wire's name in brackets. */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^()\n]{1,40})?\s*\((?:AP|Reuters|AFP|UPI|dpa|Bloomberg|IANS|PTI|Xinhua)\)/u;

export function findHeadline(lines: string[]): Headline {
  const contentIndex = lines.findIndex((l) => l.trim() !== '');
  if (contentIndex === -1) return { title: '', derived: true, rest: [] };
  const first = lines[contentIndex]!.trim();
  if (!looksLikeHeadline(first)) {
    return { title: titleFromSentence(first), derived: true, rest: lines.slice(contentIndex) };
  }
  const rest = lines.slice(contentIndex + 1);
  const normalized = normalizeForCompare(first);
  const body = rest.filter((l) => normalizeForCompare(l) !== normalized);
  // A text of one line is its own body, not a headline over nothing: a one-line file was refused as "no text".
  if (body.every((l) => l.trim() === '')) return { title: titleFromSentence(first), derived: true, rest: lines.slice(contentIndex) };
  return { title: first, derived: false, rest: body };
}

function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * `titleFromSentence('In the midst of the ongoing political crisis in Niger, international powers have begun…')`
 *   → `'In the midst of the ongoing political crisis in Niger'`
 */
export function titleFromSentence(paragraph: string, maxChars = 90): string {
  const sentence = (/^.*?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph).replace(/[.!?]$/, '').trim();
  if (sentence.length <= maxChars) return sentence;
  const clause = /^(.{25,}?)[,;:–—]\s/.exec(sentence)?.[1];
  if (clause !== undefined && clause.length <= maxChars) return clause;
  const cut = sentence.slice(0, maxChars);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trim() + '…';
}
