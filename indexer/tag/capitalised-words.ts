import type { AliasTable } from './aliases.js';
import type { Surface } from './actor-group.js';
import { bodyName } from './national-bodies.js';
import { BODY_KINDS } from './body-kinds.js';
import { MONTH_NAMES, oneOf, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';

// Capitalised words of the language that open sentences, read by the model as names (actors.ts).

/** Institutions a sentence often opens with whose names are also common words ("Congress voted…", "a party congress"). */
const INSTITUTIONS: ReadonlySet<string> = new Set(['Congress', 'Senate', 'House', 'Parliament', 'Treasury', 'Cabinet', 'Government']);

/**
 * A one-word organisation that the article capitalises only where any word would be (a sentence's or paragraph's
 * first word, after a dateline's dash) and writes in lower case elsewhere is a common word, not an actor: "Tariffs
 * rose…" with "tariffs" further on, "Industry sources said" with "the industry". A model trained on CoNLL-2003 reads
 * such sentence-initial nouns as organisations (in the bench corpus: "Electric", "News", "Internet", "Aviation", 35
 * values in 65 articles). Names of the alias file stay. Removes them from `surfaces` in place.
 */
export function dropCapitalisedCommonWords(text: string, surfaces: Surface[], aliases?: AliasTable): void {
  const names = new Map<string, boolean>();
  for (const s of surfaces) {
    if (s.kind !== 'organisation' || !/^\p{Lu}\p{Ll}+$/u.test(s.name)) continue;
    names.set(s.name, (names.get(s.name) ?? true) && startsSentence(text, s.start));
  }
  const common = new Set<string>();
  for (const [name, onlyAtStarts] of names) {
    if (!onlyAtStarts || aliases?.lookup(name) !== undefined) continue;
    // An institution's name needs more: the article writes it in lower case with the word that follows it at every
    // start ("House prices rose…" beside "a survey of house prices"; "House votes…" beside "the house" stays).
    if (INSTITUTIONS.has(name) ? writesPhrasesInLowerCase(text, name, surfaces) : writesInLowerCase(text, name)) common.add(name);
  }
  // Some wire copy is all lower case bar each sentence's first letter ("…company petroleos de venezuela (pdvsa).
  // Pdvsa last april…"): there every name is also written in lower case, and nothing can be told.
  if (common.size === 0 || isLowerCasedCopy(text)) return;
  const kept = surfaces.filter((s) => !(s.kind === 'organisation' && common.has(s.name)));
  surfaces.splice(0, surfaces.length, ...kept);
}

/**
 * Whether every mention of the institution `name` among `surfaces` is followed by a lower-case word with which the
 * text also writes it in lower case: "House prices fell" beside "a survey of house prices" (tagging rules 48).
 */
function writesPhrasesInLowerCase(text: string, name: string, surfaces: readonly Surface[]): boolean {
  const lower = name.toLowerCase();
  if (!text.includes(lower)) return false;
  for (const s of surfaces) {
    if (s.kind !== 'organisation' || s.name !== name) continue;
    const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(s.end, s.end + 30))?.[1];
    if (next === undefined || !writesInLowerCase(text, `${lower} ${next}`)) return false;
  }
  return true;
}

/**
 * Whether the text writes `word` in lower case as a word of running text: not inside a web or e-mail address
 * ("pdvsa.com", "/putin-visit"). (The plain search first: this runs for every article, the regex only where the word
 * is there at all.) `writesInLowerCase('the currency fell', 'Currency')` → true
 */
function writesInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return text.includes(lower) && new RegExp(`(?<![\\p{L}\\p{N}/.@_-])${lower}(?![\\p{L}\\p{N}/@_-])`, 'u').test(text);
}

/** Copy with hardly a capital inside its sentences: fewer than one word in 200 capitalised after a lower-case word. */
function isLowerCasedCopy(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const inner = text.match(/\p{Ll},? \p{Lu}/gu)?.length ?? 0;
  return inner * 200 < words;
}

/** Whether `start` begins a sentence: only opening quotes or brackets between it and a line start, `.`, `!`, `?`, `:` or a dash after a space. */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"'“‘(\[]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const c = text[i]!;
  if (c === '.' || c === '!' || c === '?' || c === ':') return true;
  return (c === '-' || c === '–' || c === '—') && i > 0 && /\s/.test(text[i - 1]!);
}

/** Words before a name that are no part of it: articles, function words, weekdays and months. */
const NOT_A_NAME_BEFORE = new RegExp(
  `^(?:The|A|An|And|Or|But|In|On|At|Of|For|To|By|From|With|As|If|When|While|Since|After|Before|Until|During|Under|Over|This|That|These|Those|His|Her|Its|Their|Our|${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_NAMES)})$`,
);

/**
 * The capitalised words right before a mention, on its line, the last perhaps with a number ("Radio 5") and "and"
 * ("Skull and") after it: group 1 holds all but the last word, group 2 the last.
 */
const NAME_WORDS_BEFORE = /(?<![\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}'’.-]*[ \t]+)*)(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)(?:[ \t]+\d+)?(?:[ \t]+(?:and|&))?[ \t]$/u;

/**
 * Words that name a kind of body: the model's one word of such a name ("Conservative and Labour", "Liberal Alliance",
 * "Democratic-controlled House") is the body it stands for, left to the rules that find which (national-bodies.ts,
 * organisation-groups.ts).
 */
/** A kind of body, capitalised as in a name: "Bank", and the kinds a party or a movement calls itself ("Front"). */
const KIND_OF_BODY: ReadonlySet<string> = new Set(['house', 'alliance', 'coalition', 'front', 'movement', ...BODY_KINDS].map((w) => w[0]!.toUpperCase() + w.slice(1)));

/**
 * A one-word organisation that is a word of the language ("News", "Live", "Bones"), where every mention of it stands
 * right after a capitalised word or a number the model read as no name, is the last word of a longer name it cut:
 * "San Jose Mercury News", "BBC Radio 5 Live", "Skull and Bones" (a user review, tagging rules 48). No actor: the
 * name it belongs to is not known. A word before it that the model read as a name ("Lloyds Bank": "Lloyds") or that is
 * a word of another name of the article ("Delta and Northwest" beside "Delta Airlines"), a place or a people's name
 * ("New Zealand Post", "British Army"), a weekday or an article ("The Times") keeps it; so does a word that names a
 * kind of body ("Conservative and Labour"). Names of the alias file stay. Removes them from `surfaces` in place.
 */
export function dropLastWordsOfCutNames(text: string, surfaces: Surface[], isCommonWord: (word: string) => boolean, isPlace: (name: string) => boolean, aliases?: AliasTable): void {
  let pieces: Map<string, boolean> | undefined;
  let nameWords: Set<string> | undefined;
  for (const s of surfaces) {
    if (s.kind !== 'organisation' || !/^\p{Lu}\p{Ll}+$/u.test(s.name) || pieces?.get(s.name) === false) continue;
    if (!isCommonWord(s.name) || KIND_OF_BODY.has(s.name) || bodyName(s.name) !== undefined || aliases?.lookup(s.name) !== undefined) continue;
    pieces ??= new Map();
    nameWords ??= new Set(surfaces.flatMap((o) => o.name.split(' ')));
    pieces.set(s.name, isLastWordOfCutName(text, s, surfaces, nameWords, isPlace));
  }
  if (pieces === undefined || ![...pieces.values()].some(Boolean)) return;
  // (Not a name the model also read as a person's: those mentions would stand alone, "16th MP Brigade".)
  for (const s of surfaces) if (s.kind === 'person' && pieces.get(s.name) === true) pieces.set(s.name, false);
  const kept = surfaces.filter((s) => !(s.kind === 'organisation' && pieces!.get(s.name) === true));
  surfaces.splice(0, surfaces.length, ...kept);
}

function isLastWordOfCutName(text: string, s: Surface, surfaces: readonly Surface[], nameWords: ReadonlySet<string>, isPlace: (name: string) => boolean): boolean {
  const from = Math.max(0, s.start - 60);
  const before = NAME_WORDS_BEFORE.exec(text.slice(from, s.start));
  if (before === null) return false;
  const word = before[2]!;
  // A word of a name the article has elsewhere: a list of names ("Delta and Northwest", beside "Delta Airlines").
  if (NOT_A_NAME_BEFORE.test(word) || nameWords.has(word)) return false;
  // A place or a people's name ends the words before: "New Zealand Post", "U.S. Army", "Melbourne's Age".
  const words = [...before[1]!.split(/[ \t]+/).filter((w) => w !== ''), word.replace(/['’]s?$/, '')];
  for (let i = words.length - 1; i >= 0; i--) if (isPlace(words.slice(i).join(' '))) return false;
  // (Where the last word stands: a word the model read as a name keeps the mention, "Lloyds Bank".)
  const at = from + before.index + before[1]!.length;
  return !surfaces.some((o) => o.start <= at && at < o.end);
}
