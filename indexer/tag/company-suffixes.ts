import type { Mention } from './mention.js';

/**
 * Legal forms that end a company's name, as written (case matters: "AG" is not "ag", nor "Co" "co-founder", nor
 * "SA" "spa"). A mention of one alone is never a place: the model's LOC "SA" (South Africa) is left alone.
 */
const FORM = String.raw`(?:Inc|INC|Corp|CORP|Co|CO|Cos|Ltd|LTD|Plc|PLC|LLC|GmbH|SpA|SA|NV|BV|AG)\.?`;
const ONLY_FORMS = new RegExp(String.raw`^${FORM}(?:\s+${FORM})*$`);
const FORMS_AFTER = new RegExp(String.raw`^(?:[ \t]+${FORM})+(?![\p{L}\p{N}])`, 'u');
/**
 * Up to five capitalised words (or figures) right before an offset, each starting a word, on one line, joined by
 * spaces, commas, "and" or "&": "Waste Management", "Kidder, Peabody and", "Bertram-Trojan", "E.F. Hutton". A period belongs to
 * a word only before a letter (initials), so a name never reaches back over the end of a sentence.
 */
const NAME_BEFORE = /(?<![\p{L}\p{N}'’.&-])(?:[\p{Lu}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*[.,]?[ \t]+(?:(?:and|&)[ \t]+)?){1,5}$/u;
/** The stretch up to the last legal form in it: where an earlier company of a list ends. */
const EARLIER_FORM = new RegExp(String.raw`.*(?<![\p{L}\p{N}])${FORM}(?![\p{L}\p{N}])[.,]?`, 'u');
/** Words that open a sentence or a phrase (and days, months, figures), not a company's name. */
const PREPOSITION = /^(?:In|At|From|To|On|For|With|By|Of)$/;
const NOT_A_NAME =
  /^(?:The|A|An|And|and|&|Of|In|On|At|For|By|To|With|From|But|Its|His|Her|Their|Our|This|That|Shares|Unit|Units|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d+)$/;

/**
 * Company names whose legal form the model tagged alone. On Reuters' business wire the model often marks only the
 * suffix, as a person or an organisation ("Waste Management Corp said" → PER "Corp"; "Bertram-Trojan Inc" → MISC
 * "Bertram-Trojan" + ORG "Inc"), which made "Inc", "Corp", "Ltd" and "Co" among the commonest actors of the index.
 * A person, organisation or MISC mention that is only legal forms becomes an organisation with the capitalised
 * words before it on its line, mentions among them included ("Japan Airlines Co"), but for a place after a
 * preposition ("In Paris Renault SA": Renault SA, Paris stays a place). With no name there, or in an all-capitals line (a
 * headline, where every word looks like a name), it is dropped. A name the model found without its legal form gets
 * it ("General Motors" + " Corp").
 *
 * `attachCompanySuffixes('Waste Management Corp said', [PER 17-21])` → `[ORG 0-21]`
 * `attachCompanySuffixes('the Inc said', [ORG 4-7])` → `[]`
 */
export function attachCompanySuffixes(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const shouted = new Map<number, boolean>();
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (m.type === 'LOC' || !ONLY_FORMS.test(surface)) {
      const after = m.type === 'ORG' || m.type === 'MISC' ? FORMS_AFTER.exec(text.slice(m.end, m.end + 20)) : null;
      out.push(after ? { type: 'ORG', start: m.start, end: m.end + after[0].length } : m);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    // Once per line: a long paragraph with many legal forms must not be read again for each.
    if (!shouted.has(lineStart)) shouted.set(lineStart, isShouted(lineOf(text, lineStart)));
    if (shouted.get(lineStart)!) continue;
    const name = NAME_BEFORE.exec(text.slice(Math.max(lineStart, m.start - 80), m.start));
    if (name === null) continue;
    let start = m.start - name[0].length;
    // Mentions the name reaches are part of it ("Dillon Read" before "and Co Inc", "Japan" of "Japan Airlines
    // Co", "Peabody" the model took for a person), but for a place after a preposition below.
    // A legal form inside the stretch ends an earlier company of a list ("First Boston Corp and Kidder, Peabody").
    const earlier = EARLIER_FORM.exec(text.slice(start, m.start));
    if (earlier !== null) start += earlier[0].length;
    const reached: Mention[] = [];
    while (out.length > 0 && out[out.length - 1]!.end > start) reached.unshift(out.pop()!);
    if (reached.length > 0) start = Math.min(start, reached[0]!.start);
    // "The", "Shares", "Tuesday", "1985" and the like start the phrase, not the name: step past them. A place right
    // after a preposition is where the company is, not its name ("In Paris Renault SA"): the name starts after it.
    let afterPreposition = false;
    for (;;) {
      while (text[start] === ' ' || text[start] === '\t' || text[start] === ',') start++;
      const place = reached.find((r) => r.type === 'LOC' && r.start === start);
      if (afterPreposition && place !== undefined) {
        start = place.end;
        afterPreposition = false;
        continue;
      }
      const word = /^[^ \t]+/.exec(text.slice(start, m.start))?.[0];
      if (word === undefined || !NOT_A_NAME.test(word.replace(/[,.]$/, ''))) break;
      afterPreposition = PREPOSITION.test(word);
      start += word.length;
    }
    // A name starts with a capital or a figure: "and Co", "'s Inc" are no names (and the mentions stay as they were).
    if (start >= m.start || !/^[\p{Lu}\p{N}]/u.test(text.slice(start, m.start))) {
      out.push(...reached);
      continue;
    }
    // Mentions wholly before the name are kept as they were.
    for (const r of reached) if (r.end <= start) out.push(r);
    out.push({ type: 'ORG', start, end: m.end });
  }
  return out;
}

const LEGAL_FORM_AT_END = new RegExp(String.raw`(?:,?[ \t]+(?:and|AND|&)[ \t]+(?:Co|CO)\.?|,?[ \t]+${FORM})+$`);

/**
 * A company's name without its legal form, so that one company is one actor however an article writes it: "General
 * Motors Corp", "General Motors" → "General Motors"; "Merrill Lynch and Co Inc" → "Merrill Lynch". A name that
 * would keep fewer than two characters ("X Corp") stays as it is.
 *
 * `withoutLegalForm('Apple Inc.')` → `'Apple'`; `withoutLegalForm('Eli Lilly and Co')` → `'Eli Lilly'`
 */
export function withoutLegalForm(name: string): string {
  const form = LEGAL_FORM_AT_END.exec(name);
  if (form === null) return name;
  const rest = name.slice(0, form.index);
  return rest.trim().length < 2 || ONLY_FORMS.test(rest) ? name : rest;
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
