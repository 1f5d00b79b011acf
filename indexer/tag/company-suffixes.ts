import type { Mention } from './mention.js';

/** Legal forms that end a company's name: "Inc", "Corp.", "Co Ltd", "PLC". */
const SUFFIX_WORD = String.raw`(?:Inc|Corp|Co|Cos|Ltd|Plc|LLC|AG|SA|NV|BV|GmbH|SpA)\.?`;
const ONLY_SUFFIXES = new RegExp(String.raw`^${SUFFIX_WORD}(?:\s+${SUFFIX_WORD})*$`, 'i');
const SUFFIXES_AFTER = new RegExp(String.raw`^(?:\s+${SUFFIX_WORD})+(?![\p{L}\p{N}])`, 'iu');
/**
 * Up to five capitalised words (or figures) right before an offset, on one line, joined by spaces, "and" or "&":
 * "Waste Management", "Dillon Read and", "Bertram-Trojan".
 */
const NAME_BEFORE = /(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,5}$/u;
/** Words that start a sentence or a phrase, not a company's name. */
const NOT_A_NAME = /^(?:The|A|An|And|Of|In|On|At|For|By|To|With|From|But|Its|His|Her|Their|Our|This|That|Shares|Unit|Units)$/;

/**
 * Company names whose legal form the model tagged alone. On Reuters' business wire the model often marks only the
 * suffix, as a person or an organisation ("Waste Management Corp said" → PER "Corp"; "Bertram-Trojan Inc" → MISC
 * "Bertram-Trojan" + ORG "Inc"), which made "Inc", "Corp", "Ltd" and "Co" among the commonest actors of the index.
 * A mention that is only legal forms becomes an organisation with the capitalised words before it on its line
 * (absorbing any mention among them); with none there, or in an all-capitals line (a headline, where every word
 * looks like a name), it is dropped. A name the model found without its legal form gets it ("General Motors" +
 * " Corp").
 *
 * `attachCompanySuffixes('Waste Management Corp said', [PER 17-21])` → `[ORG 0-21]`
 * `attachCompanySuffixes('the Inc said', [ORG 4-7])` → `[]`
 */
export function attachCompanySuffixes(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (!ONLY_SUFFIXES.test(surface)) {
      const after = m.type === 'ORG' || m.type === 'MISC' ? SUFFIXES_AFTER.exec(text.slice(m.end, m.end + 20)) : null;
      out.push(after ? { type: 'ORG', start: m.start, end: m.end + after[0].length } : m);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.start - 80), m.start);
    if (isShouted(lineOf(text, m.start))) continue;
    const name = NAME_BEFORE.exec(before);
    if (name === null) continue;
    let start = m.start - name[0].length;
    // "The", "Shares" and the like start the phrase, not the name: step past them.
    for (const word of name[0].split(/[ \t]+/)) {
      if (!NOT_A_NAME.test(word) && !/^(?:and|&)$/.test(word)) break;
      start += text.slice(start).search(/[ \t]/) + 1;
      while (text[start] === ' ' || text[start] === '\t') start++;
    }
    if (start >= m.start) continue;
    // Mentions the name now covers ("Bertram-Trojan" before "Inc") are part of it.
    while (out.length > 0 && out[out.length - 1]!.start >= start) out.pop();
    out.push({ type: 'ORG', start, end: m.end });
  }
  return out;
}

const LEGAL_FORM_AT_END = new RegExp(String.raw`(?:,?\s+(?:and|&)\s+Co\.?|,?\s+${SUFFIX_WORD})+$`, 'i');

/**
 * A company's name without its legal form, so that one company is one actor however an article writes it: "General
 * Motors Corp", "General Motors" → "General Motors"; "Merrill Lynch and Co Inc" → "Merrill Lynch". A name that is
 * nothing else stays as it is.
 *
 * `withoutLegalForm('Apple Inc.')` → `'Apple'`; `withoutLegalForm('Eli Lilly and Co')` → `'Eli Lilly'`
 */
export function withoutLegalForm(name: string): string {
  const form = LEGAL_FORM_AT_END.exec(name);
  if (form === null || form.index === 0) return name;
  const rest = name.slice(0, form.index);
  return ONLY_SUFFIXES.test(rest) ? name : rest;
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end);
}

/** More than four letters in five capitals: a headline or a shouted line. */
function isShouted(line: string): boolean {
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  const lower = line.replace(/[^\p{Ll}]/gu, '').length;
  return upper + lower > 0 && upper / (upper + lower) > 0.8;
}
