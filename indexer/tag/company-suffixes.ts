import type { Mention } from './mention.js';
import { isShouted } from './shouted.js';
import { MONTH_NAMES, oneOf, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';

/**
 * Legal forms that end a company's name, as written (case matters: "AG" is not "ag", nor "Co" "co-founder", nor
 * "SA" "spa"). A mention of one alone is never a place: the model's LOC "SA" (South Africa) is left alone.
 */
// With their letters dotted too: "Permian Partners L.P.", "Banco Santander S.A." (tagging rules 28: "L.P." alone was an
// actor of 16 articles).
export const FORM = String.raw`(?:Inc|INC|Corp|CORP|Co|CO|Cos|Ltd|LTD|Plc|PLC|LLC|GmbH|SpA|SA|NV|BV|AG|LP|L\.P|S\.A|N\.V|B\.V)\.?`;
const ONLY_FORMS = new RegExp(String.raw`^${FORM}(?:\s+${FORM})*$`);
const FORMS_AFTER = new RegExp(String.raw`^(?:[ \t]+${FORM})+(?![\p{L}\p{N}])`, 'u');
/**
 * Up to five capitalised words (or figures) right before an offset, each starting a word, on one line, joined by
 * spaces, commas, "and" or "&": "Waste Management", "Kidder, Peabody and", "Bertram-Trojan", "E.F. Hutton". A period belongs to
 * a word only before a letter (initials), so a name never reaches back over the end of a sentence.
 */
const NAME_BEFORE = /(?<![\p{L}\p{N}'’.&-])(?:[\p{Lu}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*(?<!-based|-owned|-controlled|-backed)[.,]?[ \t]+(?:(?:and|&)[ \t]+)?){1,5}$/u;
/**
 * Up to three capitalised words right before a name the model cut, joined by single spaces only: "General" of
 * "General Electric Co", "Royal Dutch" of "Royal Dutch Petroleum Co". A possessive ("Japan's"), a word that ends a
 * sentence ("Tokyo."; initials such as "U.S." are words) and "Houston-based" are no part. No "and" or comma, unlike
 * NAME_BEFORE: the mention already holds a name, and "Pratt and Whitney and General Electric Co" is two companies.
 */
const WORDS_BEFORE =
  /(?<![\p{L}\p{N}'’.&-])(?:(?:(?:\p{Lu}\.)+|[\p{Lu}\p{N}](?:[\p{L}\p{N}&-]|['’](?!s[ \t])|\.(?=\p{L}))*(?<!-based|-owned|-controlled|-backed))[ \t]){1,3}$/u;
/** The stretch up to the last legal form in it: where an earlier company of a list ends. */
const EARLIER_FORM = new RegExp(String.raw`.*(?<![\p{L}\p{N}])${FORM}(?![\p{L}\p{N}])[.,]?`, 'u');
/** Words that open a sentence or a phrase (and days, months, figures), not a company's name. */
const PREPOSITION = /^(?:In|At|From|To|On|For|With|By|Of)$/;
const NOT_A_NAME = new RegExp(
  `^(?:The|A|An|And|and|&|Of|In|On|At|For|By|To|With|From|But|Its|His|Her|Their|Our|This|That|Shares|Unit|Units|Shr|Shrs|Net|Qtr|Rev|Oper|Avg|Yesterday|Today|Tomorrow|After|Before|When|While|Since|Both|Also|Earlier|Later|Now|Then|Under|Although|If|As|Because|Last|Next|Meanwhile|However|${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_NAMES)}|\\d+)$`,
);

/**
 * Company names whose legal form the model tagged alone. On Reuters' business wire the model often marks only the
 * suffix, as a person or an organisation ("Waste Management Corp said" → PER "Corp"; "Bertram-Trojan Inc" → MISC
 * "Bertram-Trojan" + ORG "Inc"), which made "Inc", "Corp", "Ltd" and "Co" among the commonest actors of the index.
 * A person, organisation or MISC mention that is only legal forms becomes an organisation with the capitalised
 * words before it on its line, mentions among them included ("Japan Airlines Co"), but for a place after a
 * preposition ("In Paris Renault SA": Renault SA, Paris stays a place). With no name there, or in an all-capitals line (a
 * headline, where every word looks like a name), it is dropped. A name the model found without its legal form gets
 * it ("General Motors" + " Corp"). A name with its legal form that the model took for a person or a thing is an
 * organisation, with up to three capitalised words before it that the model cut off ("General" + PER "Electric Co").
 * A comma the span took in before a legal form is left out (", Inc.").
 *
 * `attachCompanySuffixes('Waste Management Corp said', [PER 17-21])` → `[ORG 0-21]`
 * `attachCompanySuffixes('the Inc said', [ORG 4-7])` → `[]`
 */
export function attachCompanySuffixes(text: string, mentions: readonly Mention[], isCommonWord?: (word: string) => boolean): Mention[] {
  const out: Mention[] = [];
  const shouted = new Map<number, boolean>();
  // Once per line: a long paragraph with many legal forms must not be read again for each.
  const isShoutedLine = (lineStart: number): boolean => {
    let is = shouted.get(lineStart);
    if (is === undefined) shouted.set(lineStart, (is = isShouted(lineOf(text, lineStart))));
    return is;
  };
  for (let m of mentions) {
    // The model's span can take in the comma before a legal form (", Inc." of "Cargill, Inc."): it is not the name's.
    if (text[m.start] === ',' || text[m.start] === ';') {
      const lead = /^[,;][ \t]*/.exec(text.slice(m.start, m.end))!;
      if (m.end - m.start > lead[0].length) m = { ...m, start: m.start + lead[0].length };
    }
    const surface = text.slice(m.start, m.end);
    const onlyForms = m.type !== 'LOC' && ONLY_FORMS.test(surface);
    // A name the model cut before its legal form and took for a person or a thing ("General" + PER "Electric Co",
    // "Marathon" + PER "Petroleum Co"). Its organisations are left as they are: "Yesterday General Motors Corp".
    const cutCompany = (m.type === 'PER' || m.type === 'MISC') && !onlyForms && endsWithLegalForm(surface);
    if (!onlyForms && !cutCompany) {
      const after = m.type === 'ORG' || m.type === 'MISC' ? FORMS_AFTER.exec(text.slice(m.end, m.end + 20)) : null;
      const company: Mention = after ? { type: 'ORG', start: m.start, end: m.end + after[0].length } : m;
      if (joinCutCompany(text, company, out)) continue;
      const bare = company.type === 'ORG' && isCommonWord !== undefined ? oneWordBeforeForm(text.slice(company.start, company.end)) : undefined;
      // A word of the language and a legal form, after capitalised words: the model cut the name ("Consumers" +
      // ORG "Power Co", "Marine Midland" + ORG "Banks Inc"). A one-word name ("Exxon Corp") is left as it is. (The line
      // is looked up only then: a wiki text is one long line, and looking back to its start for every mention was
      // quadratic.)
      let named: number | null = null;
      if (bare !== undefined && isCommonWord!(bare)) {
        const lineStart = text.lastIndexOf('\n', company.start - 1) + 1;
        if (!isShoutedLine(lineStart)) named = nameBefore(text, company.start, lineStart, WORDS_BEFORE, out);
      }
      out.push(named === null ? company : { type: 'ORG', start: named, end: company.end });
      continue;
    }
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    // Before a cut name of two words or more, a place is where the company is ("U.S. McDonnell Douglas Corp"); before
    // one word it is the name's start ("Atlantic City" + PER "Electric Co"): a firm is rarely named by a bare noun.
    const placesStayOut = cutCompany && oneWordBeforeForm(surface) === undefined;
    const named = isShoutedLine(lineStart) ? null : nameBefore(text, m.start, lineStart, cutCompany ? WORDS_BEFORE : NAME_BEFORE, out, placesStayOut);
    if (named === null) {
      // A legal form alone names nobody; a name with its legal form is a company's, whoever the model took it for.
      if (cutCompany) out.push({ type: 'ORG', start: m.start, end: m.end });
      continue;
    }
    out.push({ type: 'ORG', start: named, end: m.end });
  }
  return out;
}

/** The one word of a company's name before its legal form ("Power Co" → "Power"), or undefined. */
function oneWordBeforeForm(surface: string): string | undefined {
  const bare = withoutLegalForm(surface);
  return bare !== surface && /^\p{Lu}[\p{L}'’-]*$/u.test(bare.trim()) ? bare.trim() : undefined;
}

/** An organisation's name before at most one capitalised word and a space, on one line: "Credit Suisse" + " First ". */
const GAP_TO_CUT_NAME = /^[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+)?$/u;

/**
 * A one-word company with its legal form right after an organisation (and at most one capitalised word) is that
 * organisation's name cut by the model: ORG "Credit Suisse" + "First" + ORG "Boston Ltd" → "Credit Suisse First Boston
 * Ltd", which otherwise became the actor "Boston". Joins it into the last mention of `out`; false when it does not apply.
 * Not after a place ("U.S. Exxon Corp") or a person.
 *
 * `joinCutCompany('Credit Suisse First Boston Ltd', ORG 20-30, [ORG 0-13])` → true, `out` = `[ORG 0-30]`
 */
function joinCutCompany(text: string, company: Mention, out: Mention[]): boolean {
  const previous = out.at(-1);
  if (company.type !== 'ORG' || (previous?.type !== 'ORG' && previous?.type !== 'MISC')) return false;
  const surface = text.slice(company.start, company.end);
  if (oneWordBeforeForm(surface) === undefined) return false;
  if (!GAP_TO_CUT_NAME.test(text.slice(previous.end, company.start))) return false;
  out[out.length - 1] = { type: 'ORG', start: previous.start, end: company.end };
  return true;
}

/**
 * Where the company name before a legal form at `at` starts, or null when there is none. Mentions the name reaches
 * are popped from `out` and become part of it ("Dillon Read" before "and Co Inc", "Japan" of "Japan Airlines Co",
 * "Peabody" the model took for a person), but for a place after a preposition ("In Paris Renault SA": the name
 * starts after it); mentions wholly before the name go back to `out`.
 */
function nameBefore(text: string, at: number, lineStart: number, pattern: RegExp, out: Mention[], placesStayOut = false): number | null {
  const name = pattern.exec(text.slice(Math.max(lineStart, at - 80), at));
  if (name === null) return null;
  let start = at - name[0].length;
  // A legal form inside the stretch ends an earlier company of a list ("First Boston Corp and Kidder, Peabody").
  const earlier = EARLIER_FORM.exec(text.slice(start, at));
  if (earlier !== null) start += earlier[0].length;
  const reached: Mention[] = [];
  while (out.length > 0 && out[out.length - 1]!.end > start) reached.unshift(out.pop()!);
  if (reached.length > 0) start = Math.min(start, reached[0]!.start);
  // Before a name the model cut, a place is where the company is, not its name ("U.S. McDonnell Douglas Corp").
  const lastPlace = placesStayOut ? reached.findLast((r) => r.type === 'LOC') : undefined;
  if (lastPlace !== undefined) start = lastPlace.end;
  // "The", "Shares", "Tuesday", "1985" and the like start the phrase, not the name: step past them.
  let afterPreposition = false;
  for (;;) {
    while (text[start] === ' ' || text[start] === '\t' || text[start] === ',') start++;
    const place = reached.find((r) => r.type === 'LOC' && r.start === start);
    if (afterPreposition && place !== undefined) {
      start = place.end;
      afterPreposition = false;
      continue;
    }
    const word = /^[^ \t]+/.exec(text.slice(start, at))?.[0];
    if (word === undefined || !NOT_A_NAME.test(word.replace(/[,.]$/, ''))) break;
    afterPreposition = PREPOSITION.test(word);
    start += word.length;
  }
  // A name starts with a capital or a figure: "and Co", "'s Inc" are no names (and the mentions stay as they were).
  if (start >= at || !/^[\p{Lu}\p{N}]/u.test(text.slice(start, at))) {
    out.push(...reached);
    return null;
  }
  for (const r of reached) if (r.end <= start) out.push(r);
  return start;
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

/** Each legal form as it is written in a name it stays in: "CORP" and "Corp." → "Corp". */
const FORM_SPELLING: Readonly<Record<string, string>> = { INC: 'Inc', CORP: 'Corp', CO: 'Co', LTD: 'Ltd', PLC: 'Plc', 'S.A': 'SA', 'N.V': 'NV', 'B.V': 'BV', 'L.P': 'LP' };

/**
 * A name with only the first of its legal forms, written one way, for a company whose bare name (`bare`, what
 * withoutLegalForm left) cannot stand alone.
 *
 * `withFirstLegalForm('News Corp Ltd', 'News')` → `'News Corp'`; `withFirstLegalForm('Time Inc.', 'Time')` → `'Time Inc'`
 */
export function withFirstLegalForm(name: string, bare: string): string {
  // A dotted form whole ("S.A." → "SA"), not its first letter.
  const form = /\p{L}(?:\p{L}|\.(?=\p{L}))*/u.exec(name.slice(bare.length).replace(/^,?[ \t]+(?:and|AND|&)[ \t]+/, ' '))?.[0];
  if (form === undefined) return name;
  return `${bare} ${FORM_SPELLING[form] ?? form}`;
}

/**
 * Whether a name is a company's by its ending: a legal form after a name ("Chrysler Corp" → true, "Corp" → false,
 * "James Baker" → false). The model reads many one-word companies as people ("Chrysler said"); their full name tells.
 */
export function endsWithLegalForm(name: string): boolean {
  return withoutLegalForm(name) !== name;
}

/** Whether a name is nothing but legal forms ("Corp", "Co Ltd"): no actor. */
export function isOnlyLegalForms(name: string): boolean {
  return ONLY_FORMS.test(name);
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end);
}

