import type { Mention } from './mention.js';
import { endsWithLegalForm } from './company-suffixes.js';

/** A capitalised word of a name: "Lufkin", "O'Neill", "Fenner". */
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** What may end a firm's name after its partners: a legal form, or "Securities", "Associates", "Partners". */
const FIRM_ENDING = String.raw`(?:Co|Inc|Corp|Ltd|Plc|PLC|Securities|Associates|Partners)`;
/**
 * Capitalised words joined by commas and a last "and" or "&": "Phillips and Drew", "Prescott, Ball and Turben",
 * "Merrill Lynch, Pierce, Fenner and Smith" (the first part may have two words), each on one line, and a legal form or
 * "Securities" after it, if there is one.
 */
const LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.&-])${WORD}(?:[ \t]${WORD})?(?:,[ \t]${WORD})*,?[ \t](?:and|&)[ \t]${WORD}` + String.raw`(?:[ \t]${FIRM_ENDING}\b\.?)?`,
  'gu',
);
/** One of FIRM_ENDING alone: no partner's name. */
const ONLY_FIRM_ENDING = new RegExp(String.raw`^${FIRM_ENDING}\.?$`);
/** The list ends with one of FIRM_ENDING that is no legal form: "Securities", "Associates", "Partners". */
const FIRM_WORD_AT_END = /[ \t](?:Securities|Associates|Partners)$/;
/** Words that open a sentence or a phrase, and titles, not a firm's name: "But Smith and Jones", "Justices Breyer…". */
const OPENERS = new Set(['The', 'But', 'And', 'A', 'An', 'In', 'At', 'On', 'For', 'With', 'By', 'Of', 'To', 'From', 'As', 'If', 'When', 'While', 'Both', 'Neither', 'Either', 'Mr', 'Mrs', 'Ms', 'Dr', 'Justice', 'Justices', 'Judge', 'Judges', 'Senator', 'Senators', 'Queen', 'King', 'President', 'Presidents']);

/** What stands before a firm's name: "of", "at", "with", "by", "from", "firm", "brokers". */
const FIRM_BEFORE = /(?:^|[^\p{L}])(?:of|at|with|by|from|firm|brokers?|brokerage|bankers?|consultants?)[ \t]+$/u;
/** What follows a firm's name: its analyst, economist, partner; "co-managed". */
const FIRM_AFTER = /^[ \t]+(?:analysts?|economists?|partners?|strategists?|co-managed|co-led)\b/;
/** An office after the list, whose fields it names: "Finance and Petroleum Minister". */
const OFFICE_AFTER = /^[ \t]+(?:Minister|Ministry|Secretary|Department|Committee|Commission)\b/;

export interface FirmListOptions {
  /** Whether a word is a place the country tagger knows ("Britain" of "Reagan and Britain" is no firm's name). */
  isPlace: (word: string) => boolean;
  /** Whether the alias file knows a word as an actor's name or a person's surname ("Baker", "Volcker"). */
  isKnownName?: (word: string) => boolean;
  /** Whether a word is one of the language, mostly written in lower case ("finance", "little"). */
  isCommonWord?: (word: string) => boolean;
}

/**
 * A firm named after its partners, "Phillips and Drew", "Prescott, Ball and Turben", "Merrill Lynch, Pierce, Fenner
 * and Smith", is one organisation: the model read such names as lists and made people of their surnames (an audit of
 * the Reuters bench file found "Drew" in 10 articles, "Smith", "Lufkin", "Ball", "Little"… as one-word people, from
 * firms of brokers, banks and lawyers). A list is taken as one firm when all of these hold:
 * - the model found a one-word person in it, and at least one part it read as something else (a company, a "place",
 *   a name of another kind) or a legal form after it;
 * - something says a firm stands there: its legal form, "of", "at", "with", "law firm"… before it, "analyst" after;
 * - nothing says its names are people's or places: no part is a place, a name the alias file knows, or a word the
 *   text writes elsewhere on its own ("Baker and Volcker met… Baker said"); not all are words of the language before
 *   an office ("Finance and Petroleum Minister"); no serial comma ("Dell, Cisco, and HP" is a list).
 * A list of people only ("Robertson, Colman and Stephens", "Smith and Wesson") stays as the model read it: nothing
 * tells them apart.
 *
 * `joinFirmLists('Pike of Phillips and Drew estimates', [LOC 8-16, PER 21-25], …)` → `[ORG 8-25]`
 */
export function joinFirmLists(text: string, mentions: readonly Mention[], options: FirmListOptions): Mention[] {
  // Only the stretches around a one-word person the model found are read for lists, not the whole text: the list's
  // pattern would otherwise start at every capitalised word of every article, for the few lists that hold such a person.
  let out = [...mentions];
  for (const [from, to] of stretchesAroundOneWordPeople(text, mentions)) {
    const stretch = text.slice(from, to);
    if (!/[ \t](?:and|&)[ \t]/.test(stretch)) continue;
    for (const match of stretch.matchAll(LIST)) {
      const start = from + match.index;
      const end = start + match[0].length;
      const words = match[0].split(/,?[ \t]+(?:and[ \t]+|&[ \t]+)?/).filter((w) => w !== '');
      if (OPENERS.has(words[0]!) || /,[ \t](?:and|&)[ \t]/.test(match[0])) continue;
      const inside = out.filter((m) => m.start < end && start < m.end);
      // A mention that crosses the list's ends is a name of its own ("David Pike, Smith and Jones").
      if (inside.some((m) => m.start < start || m.end > end)) continue;
      const oneWordPeople = inside.filter((m) => m.type === 'PER' && !/\s/.test(text.slice(m.start, m.end)));
      if (oneWordPeople.length === 0) continue;
      const legalForm = endsWithLegalForm(match[0]) || FIRM_WORD_AT_END.test(match[0]);
      // Where a firm stands: "economist at", "of", "law firm" before it, "analyst" after it, or its legal form. Without
      // such a sign a list is a list ("companies such as Dell, Microsoft and Intel", "Ford and Chrysler said").
      if (!legalForm && !FIRM_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !FIRM_AFTER.test(text.slice(end, end + 16))) continue;
      // (A word the model left untagged is no sign: it misses names that open a sentence, "Thatcher and Kohl met".)
      if (!legalForm && !inside.some((m) => m.type !== 'PER')) continue;
      // Places, most of them, the model read ("Hunan, Jiangxi, Fujian and Zhejiang"): a list of places the gazetteer
      // does not hold.
      if (inside.filter((m) => m.type === 'LOC').length * 2 > words.length) continue;
      const parts = words.filter((w) => !ONLY_FIRM_ENDING.test(w));
      if (parts.some((w) => options.isPlace(w) || options.isKnownName?.(w) === true)) continue;
      // Fields of a ministry or an office ("Finance and Petroleum Minister Sheikh Abdul-Aziz"), words of the language
      // all of them: a firm of partners bears at least one name that is no word ("Forstman and Little").
      if (OFFICE_AFTER.test(text.slice(end, end + 14)) || (options.isCommonWord !== undefined && parts.every(options.isCommonWord))) continue;
      // (Not the words of what the model read as a company: "Merrill" of "Merrill Lynch said" is the firm's.)
      const ofCompany = (w: string): boolean => inside.some((m) => m.type !== 'PER' && text.slice(m.start, m.end).split(/\s+/).includes(w));
      if (parts.some((w) => !ofCompany(w) && standsAlone(text, w, start, end))) continue;
      out = [...out.filter((m) => !inside.includes(m)), { type: 'ORG', start, end: end - (match[0].endsWith('.') ? 1 : 0) }];
      out.sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
  return out;
}

/**
 * Stretches of `text`, each on one line, from up to 160 characters before a one-word person to 80 after it (a firm's
 * list is shorter), overlapping ones merged, each starting at a word's start.
 */
function stretchesAroundOneWordPeople(text: string, mentions: readonly Mention[]): [number, number][] {
  const stretches: [number, number][] = [];
  for (const m of mentions) {
    if (m.type !== 'PER' || /\s/.test(text.slice(m.start, m.end))) continue;
    let from = Math.max(text.lastIndexOf('\n', m.start) + 1, m.start - 160);
    while (from < m.start && /[\p{L}\p{N}'’.&-]/u.test(text[from - 1] ?? ' ')) from++;
    const lineEnd = text.indexOf('\n', m.end);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, m.end + 80);
    stretches.push([from, to]);
  }
  stretches.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of stretches) {
    const last = merged.at(-1);
    if (last !== undefined && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push(s);
  }
  return merged;
}

/**
 * Whether `word` stands in `text` outside `start..end` as a name of its own, not inside another writing of a list
 * with it: "Baker" of "Baker said", not "Drew" of a second "Phillips and Drew".
 */
function standsAlone(text: string, word: string, start: number, end: number): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'gu'))) {
    if (m.index >= start && m.index < end) continue;
    const around = text.slice(Math.max(0, m.index - 40), m.index + word.length + 40);
    const at = Math.min(40, m.index);
    // Another writing of a list: "and"/"&"/"," right before or after the word.
    const before = around.slice(0, at);
    const after = around.slice(at + word.length);
    if (/(?:,|[ \t](?:and|&))[ \t]$/.test(before) || /^(?:,|[ \t](?:and|&))[ \t]/.test(after)) continue;
    return true;
  }
  return false;
}
