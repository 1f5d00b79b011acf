/**
 * Context rules for names that are not always countries.
 *
 * Longest match (match.ts) already settles compounds: "Niger Delta" → NG, "New Mexico" → US,
 * "Latin America" → nothing, "guinea pig" → nothing, "Somali" ≠ "Mali". What is left needs
 * the neighbouring words or the rest of the document:
 *
 * - Person names. "Chad Smith", "Michael Jordan", "Paris Hilton", "George Washington":
 *   a name from PERSON_LIKE followed by a capitalised word that is not a title or common
 *   attributive noun ("Chad President Deby" stays TD), or preceded mid-sentence by a
 *   capitalised word that is not a direction/adjective ("neighbouring Chad", "Southern
 *   Chad" stay TD), is taken as a person. A PER mention from an NER rejects a PERSON_LIKE
 *   name or a match inside a longer PER span; a LOC mention equal to the match keeps it.
 * - "Georgia": the country (GE) if the document has Caucasus cues (Tbilisi, Georgian...);
 *   otherwise the US state (→ US) when the document has US cues (Atlanta, governor,
 *   county, Republican...) or the match follows "<US city>,"; otherwise GE.
 * - "Turkey" the bird: rejected next to food words ("Thanksgiving turkey", "Turkey dinner"),
 *   and when the document uses lowercase "turkey(s)" without any other Turkish cue.
 * - "City, Region": a city match followed by ", <state/province>" of another country is
 *   dropped ("Paris, Texas" → only US from Texas; "London, Ontario" → only CA).
 * - "Allied-Lyons", "Bristol-Myers": a city glued by a hyphen to a capitalised word is a
 *   company name, not a place; AP state abbreviations ("Nev.") count only after "<Place>,".
 * - ORG mentions (when an NER is given) strictly containing a city/capital match drop it
 *   ("Moscow Narodny Bank" as ORG → no RU from "Moscow"); country names inside ORG spans
 *   are kept ("Bank of Japan" still points at JP).
 *
 * Example: resolve "Chad Smith met Chad's president" → first "Chad" rejected, second kept (TD).
 */

import type { Mention } from '../mention.js';
import type { RawMatch } from './match.js';
import type { Token } from './tokenize.js';
import { US_STATES } from './cities.js';
import { lowerCase, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../../src/text/calendar-words.js';

export interface Resolved {
  code: string;
  first: number;
  last: number;
  kind: RawMatch['entry']['kind'];
  /**
   * Evidence that names the country only by the way (see incidentalMention): it counts only where the article names the
   * country otherwise too.
   */
  incidental?: true;
}

/** Currencies as words, after their people's name ("Australian dlr", "Swiss francs", "Canadian dollar bond"). */
const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dlr', 'dlrs', 'dollar', 'dollars', 'franc', 'francs', 'mark', 'marks', 'yen', 'pound', 'pounds', 'sterling', 'crown', 'crowns',
  'peso', 'pesos', 'lira', 'lire', 'rand', 'rupee', 'rupees', 'krona', 'kronor', 'krone', 'kroner', 'schilling', 'schillings',
  'guilder', 'guilders', 'escudo', 'escudos', 'peseta', 'pesetas', 'drachma', 'drachmas', 'ringgit', 'baht', 'won', 'yuan',
  'riyal', 'riyals', 'rial', 'rials', 'dinar', 'dinars', 'shekel', 'shekels', 'zloty', 'forint', 'real', 'reais', 'currency',
]);

/**
 * Whether a match names its country only by the way: a currency by its people's name ("a 50 mln Australian dlr
 * eurobond" of an Italian issuer, "Swiss francs"), or where a bond is listed ("will be listed in Luxembourg"). A tagging
 * audit of the bench files found such words the only evidence in 230 articles, the top country in 53 (rules 71).
 */
function incidentalMention(toks: readonly Token[], m: RawMatch): boolean {
  const after = toks[m.last + 1];
  if (m.entry.kind === 'demonym' && after !== undefined && CURRENCY_WORDS.has(after.key)) return true;
  let k = m.first - 1;
  if (toks[k]?.key === 'the') k--;
  return (toks[k]?.key === 'in' || toks[k]?.key === 'on') && toks[k - 1]?.key === 'listed';
}

/** Country/city names that are also common given names or surnames. */
const PERSON_LIKE = new Set(['chad', 'jordan', 'georgia', 'paris', 'washington', 'israel', 'india', 'kenya',
  'sydney', 'houston', 'dallas', 'orlando', 'florence', 'virginia', 'indiana', 'montana', 'nevada', 'cuba',
  'lima', 'santiago', 'tennessee', 'dakota', 'chelsea', 'adelaide', 'helena', 'vienna', 'lincoln', 'brooklyn',
  'savannah', 'charlotte']);

/** Capitalised words that may follow a country name without making it a person's first name. */
const AFTER_OK = new Set(['president', 'presidents', 'prime', 'minister', 'ministry', 'government', 'army', 'king',
  'queen', 'foreign', 'central', 'national', 'state', 'border', 'embassy', 'ambassador', 'capital', 'river',
  'basin', 'valley', 'lake', 'sea', 'gulf', 'airport', 'junta', 'military', 'police', 'radio', 'television',
  'tv', 'news', 'agency', 'officials', 'troops', 'forces', 'republic', 'kingdom', 'parliament', 'senate',
  'congress', 'house', 'court', 'supreme', 'bank', 'stock', 'exchange', 'oil', 'gas', 'power', 'city',
  'county', 'governor', 'gov', 'assembly', 'legislature', 'university',
  ...lowerCase(WEEKDAY_NAMES), ...lowerCase(MONTH_NAMES), ...lowerCase(MONTH_ABBREVIATIONS), 'and', 'or', 'the', 'i', 'ii', 'democrats', 'republicans', 'democratic',
  'republican', 'inc', 'corp', 'co', 'ltd', 'plc', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of',
  // organisation heads: "Kenya Airways", "Israel Aircraft Industries", "India Cements" stay the country
  'airways', 'airlines', 'air', 'aircraft', 'petroleum', 'steel', 'motor', 'motors', 'telecom', 'telegraph',
  'telephone', 'electric', 'electricity', 'industries', 'international', 'holdings', 'group', 'times', 'post',
  'daily', 'herald', 'mining', 'chemical', 'chemicals', 'insurance', 'trust', 'development', 'railways', 'railway',
  'shipping', 'lines', 'broadcasting', 'energy', 'resources', 'investment', 'finance', 'fund', 'securities',
  'savings', 'federal', 'cements', 'cement', 'sugar', 'tobacco', 'textiles', 'ports', 'port', 'harbour', 'harbor',
  'defence', 'defense', 'navy', 'navies', 'coast', 'guard', 'open', 'cup', 'team', 'squad', 'water', 'foods']);

/** Capitalised words that may precede a country name mid-sentence. */
const BEFORE_OK = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east',
  'west', 'neighbouring', 'neighboring', 'landlocked', 'greater', 'upper', 'lower', 'mainland', 'communist',
  'democratic', 'independent', 'modern', 'post', 'pre', 'rural', 'coastal', 'of', 'in', 'the', 'and', 'to',
  'from', 'with', 'for', 'by', 'at', 'on', 'via', 'against', 'between', 'nationalist', 'french', 'british',
  'colonial', 'occupied', 'federal', 'republic', 'kingdom', 'state', 'ex', 'former']);

/**
 * Function words and adverbs that often start a sentence; any other capitalised
 * sentence-initial word right before a PERSON_LIKE name is taken as a first name
 * ("Michael Jordan retired" vs "Yesterday Jordan said").
 */
const SENTENCE_START_OK = new Set(['the', 'in', 'but', 'and', 'when', 'while', 'as', 'if', 'after', 'before', 'since',
  'meanwhile', 'yesterday', 'today', 'tomorrow', 'also', 'now', 'then', 'so', 'for', 'with', 'without', 'under',
  'unlike', 'like', 'although', 'though', 'because', 'on', 'at', 'by', 'from', 'to', 'into', 'only', 'even', 'last',
  'next', 'this', 'that', 'why', 'how', 'where', 'what', 'whether', 'once', 'until', 'during', 'despite', 'through',
  'across', 'outside', 'inside', 'within', 'near', 'beyond', 'besides', 'including', 'earlier', 'later', 'still',
  'already', 'neither', 'nor', 'either', 'all', 'many', 'most', 'some', 'several', 'other', 'such', 'each', 'every',
  'both', 'here', 'there', 'thus', 'hence', 'indeed', 'where', 'over', 'about', 'against', 'among', 'between', 'but',
  'or', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'while', 'whereas', 'however', 'nevertheless']);

/** Cues that "Georgia" is the Caucasus country. */
const GE_CUES = new Set(['tbilisi', 'georgian', 'georgians', 'caucasus', 'abkhazia', 'ossetia', 'saakashvili',
  'shevardnadze', 'batumi', 'kutaisi']);
/** Cues that "Georgia" is the US state. */
const US_GA_CUES = new Set(['atlanta', 'savannah', 'augusta', 'macon', 'county', 'governor', 'gov', 'republican',
  'republicans', 'democrat', 'democrats', 'senator', 'legislature', 'peach', 'bulldogs', 'braves', 'fulton',
  'alabama', 'florida', 'carolina', 'tennessee',
  // Any other state of one word: a lottery story's "a , Georgia resident won" beside "in Nebraska" (Wikinews lost the
  // linked town's name; a black-box review found it under the Caucasus country, tagging rules 67). Not "Washington",
  // the capital that stories of the country name too.
  ...US_STATES.filter((s) => !s.includes(' ') && s !== 'Georgia').map((s) => s.toLowerCase())]);
/** Words after "Georgia" that only the state takes: the country's people are "Georgians". */
const US_GA_AFTER = new Set(['resident', 'residents', 'native', 'natives', 'voters', 'lawmakers', 'legislators', 'motorists']);
/** Words next to "Turkey" that mean the bird. */
const TURKEY_FOOD = new Set(['thanksgiving', 'christmas', 'roast', 'roasted', 'wild', 'smoked', 'stuffed', 'whole',
  'frozen', 'ground', 'sliced', 'dinner', 'dinners', 'sandwich', 'sandwiches', 'breast', 'breasts', 'meat', 'leg',
  'legs', 'gravy', 'stuffing', 'hunting', 'hunt', 'farm', 'farms', 'farmers', 'growers', 'poults', 'hatchery',
  'hatcheries', 'feathers', 'flock', 'flocks', 'bacon', 'burgers', 'slices', 'carving', 'pardon', 'pardoned',
  'broilers', 'hens', 'chicken', 'chickens', 'duck', 'ham', 'pork', 'beef', 'poultry']);
const TR_CUES = new Set(['ankara', 'istanbul', 'turkish', 'turks', 'erdogan', 'ozal', 'bosphorus', 'anatolia', 'lira']);

function isCap(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A token begins a sentence if nothing precedes it or the previous token ends one. */
function sentenceInitial(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  if (!p) return true;
  return !p.word && (p.text === '.' || p.text === '!' || p.text === '?' || p.text === '"' || p.text === ':' ||
    p.text === '(' || p.text === '-');
}

/**
 * Document-level lowercase word set used by the cue rules, built on the first question: only a "Georgia" or a
 * "Turkey" asks one, and building it for every article cost more than the rest of the rules together.
 */
export function docWords(allTokens: readonly (readonly Token[])[]): { has(word: string): boolean } {
  let words: Set<string> | undefined;
  return {
    has(word) {
      if (words === undefined) {
        words = new Set<string>();
        for (const toks of allTokens) for (const t of toks) if (t.word) words.add(t.key);
      }
      return words.has(word);
    },
  };
}

export interface ResolveContext {
  allCaps: boolean;
  words: { has(word: string): boolean };
  /** True when the document has lowercase "turkey"/"turkeys" (the bird). */
  lowercaseTurkey: boolean;
  mentions?: readonly Mention[];
  /** When the story was published, if known: before Georgia's independence its "Georgia" is the US state. */
  published?: Date;
  /** The surnames of the people the text names (personSurnames), for the title as for the text. */
  surnames?: { has(key: string): boolean };
}

/** Georgia declared its independence on 9 April 1991; a story before it means the Georgian SSR only with its cues. */
const GEORGIA_INDEPENDENT = Date.UTC(1991, 3, 9);

function personLike(toks: readonly Token[], m: RawMatch, ctx: ResolveContext): boolean {
  const first = toks[m.first];
  if (!first || m.first !== m.last || !PERSON_LIKE.has(first.key) || ctx.allCaps) return false;
  const next = toks[m.last + 1];
  if (next && next.spaceBefore && isCap(next) && !AFTER_OK.has(next.key) && next.text !== next.text.toUpperCase()) {
    return true;
  }
  const prev = toks[m.first - 1];
  if (prev && isCap(prev) && !BEFORE_OK.has(prev.key) && prev.text !== prev.text.toUpperCase() &&
      (!sentenceInitial(toks, m.first - 1) || !SENTENCE_START_OK.has(prev.key))) {
    return true;
  }
  return false;
}

/** Countries' names that are common first names in English: "Chad Hurley", "Jordan Spieth". */
const FIRST_NAMES = new Set(['chad', 'jordan']);

/** Whether a capitalised word of letters follows the match, then no other capitalised word: a surname. */
function surnameAfter(toks: readonly Token[], m: RawMatch): boolean {
  const next = toks[m.last + 1];
  const then = toks[m.last + 2];
  return next !== undefined && next.word && next.spaceBefore && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !(then?.word === true && isCap(then));
}

/** Legal forms after a city's name that make it a company's: "Whitehall Corp". */
const LEGAL_FORMS = new Set(['corp', 'inc', 'co', 'ltd', 'plc', 'bancorp', 'llc']);

/**
 * Each person's name the recogniser found (`mentions`, in order) as the index of its first token (`toks[first]`
 * starts where the name does, when a token does) and of its last token inside it.
 */
function* personTokens(toks: readonly Token[], mentions: readonly Mention[] | undefined): Generator<{ first: number; last: number; start: number }> {
  let k = 0;
  for (const p of mentions ?? []) {
    if (p.type !== 'PER') continue;
    while (k < toks.length && toks[k]!.start < p.start) k++;
    let last = k;
    while (toks[last + 1] !== undefined && toks[last + 1]!.end <= p.end) last++;
    yield { first: k, last, start: p.start };
  }
}

/**
 * The pairs of words ("chad hurley") that open a person's name the recogniser found (`mentions`), as token keys: a
 * country's name among them is that person's first name wherever the pair stands.
 */
function personNamePairs(toks: readonly Token[], mentions: readonly Mention[] | undefined): Set<string> {
  const pairs = new Set<string>();
  for (const { first, last, start } of personTokens(toks, mentions)) {
    const one = toks[first];
    const two = toks[first + 1];
    if (one && two && one.start === start && last > first && one.word && two.word) pairs.add(`${one.key} ${two.key}`);
  }
  return pairs;
}

/**
 * The last words of the people's names of two words or more the recogniser found (`mentions`), as token keys: a
 * city's name among them is that person's surname where it stands alone ("President Ricardo Lagos … Lagos was
 * interviewed" is no Nigeria: a black-box review, tagging rules 67). Built on the first question, as docWords is:
 * only a city's name of one word asks one.
 */
export function personSurnames(toks: readonly Token[], mentions: readonly Mention[] | undefined): { has(key: string): boolean } {
  let surnames: Set<string> | undefined;
  return {
    has(key) {
      if (surnames === undefined) {
        surnames = new Set<string>();
        for (const { first, last } of personTokens(toks, mentions)) if (last > first && toks[last]!.word) surnames.add(toks[last]!.key);
      }
      return surnames.has(key);
    },
  };
}
/** Words before a name that make it a place: "in Lagos", "to Lagos". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'around', 'across', 'via']);

/**
 * What "Jersey" is: New Jersey's by a part of it ("Central Jersey", "North Jersey", "the Jersey Shore") or by its
 * companies ("Jersey Central Power and Light"), nothing as a breed or in "First Jersey Securities" ("Jersey dairy
 * herds"), else the island (JE). A review found half of the island's 15 articles were neither.
 */
function jerseyReading(toks: readonly Token[], m: RawMatch): 'JE' | 'US' | 'none' {
  const before = toks[m.first - 1]?.key;
  const after = toks[m.last + 1]?.key;
  if (before === 'central' || before === 'north' || before === 'south' || after === 'shore') return 'US';
  // New Jersey's companies named without "New": "Jersey Central Power and Light", "Jersey Capital Markets Group".
  if (after === 'central' || after === 'capital') return 'US';
  if (before === 'first' || (after !== undefined && JERSEY_BREED.has(after))) return 'none';
  return 'JE';
}
const JERSEY_BREED = new Set(['cow', 'cows', 'cattle', 'herd', 'herds', 'dairy', 'breed', 'bull', 'bulls', 'heifers', 'milk']);

function hyphenCompound(toks: readonly Token[], m: RawMatch, matches: readonly RawMatch[], idx: number): boolean {
  const before = toks[m.first - 1];
  const after = toks[m.last + 1];
  const prevMatch = matches[idx - 1];
  const nextMatch = matches[idx + 1];
  if (before && before.text === '-' && !before.spaceBefore && isCap(toks[m.first - 2]) &&
      !(prevMatch && prevMatch.last === m.first - 2)) return true;
  if (after && after.text === '-' && isCap(toks[m.last + 2]) && !(toks[m.last + 2]?.spaceBefore) &&
      !(nextMatch && nextMatch.first === m.last + 2)) return true;
  return false;
}

function georgiaCode(toks: readonly Token[], m: RawMatch, resolvedPrev: Resolved | undefined, ctx: ResolveContext): string {
  for (const c of GE_CUES) if (ctx.words.has(c)) return 'GE';
  // "<US city>, Georgia"
  const comma = toks[m.first - 1];
  if (comma && comma.text === ',' && resolvedPrev && resolvedPrev.code === 'US' && resolvedPrev.last === m.first - 2) {
    return 'US';
  }
  // "Fort Benning, Georgia", "Camp Merrill, Georgia", "Fulton County, Georgia": a US base or county.
  if (comma?.text === ',' && (['fort', 'camp'].includes(toks[m.first - 3]?.key ?? '') || toks[m.first - 2]?.key === 'county')) return 'US';
  // "Georgia Gulf Corp", "First Union Corp of Georgia": US companies.
  const next = toks[m.last + 1];
  if (next && isCap(next) && next.spaceBefore && !AFTER_OK.has(next.key)) return 'US';
  if (next && US_GA_AFTER.has(next.key)) return 'US';
  for (let k = m.last + 1; k <= m.last + 3; k++) {
    const t = toks[k];
    if (t && ['corp', 'inc', 'co', 'company', 'ltd', 'plc', 'corporation'].includes(t.key)) return 'US';
  }
  const p1 = toks[m.first - 1];
  const p2 = toks[m.first - 2];
  if (p1?.key === 'of' && p2 && ['corp', 'inc', 'co', 'bank', 'university', 'state', 'governor'].includes(p2.key)) return 'US';
  for (const c of US_GA_CUES) if (ctx.words.has(c)) return 'US';
  // 1987's wire: "Lakewood (Georgia)", "DeKalb County School System of Georgia" (a black-box review found them under
  // the Caucasus country, which did not exist yet).
  if (ctx.published !== undefined && ctx.published.getTime() < GEORGIA_INDEPENDENT) return 'US';
  return 'GE';
}

function turkeyIsBird(toks: readonly Token[], m: RawMatch, ctx: ResolveContext): boolean {
  const prev = toks[m.first - 1];
  const next = toks[m.last + 1];
  if ((prev && TURKEY_FOOD.has(prev.key)) || (next && TURKEY_FOOD.has(next.key))) return true;
  if (ctx.lowercaseTurkey) {
    for (const c of TR_CUES) if (ctx.words.has(c)) return false;
    return true;
  }
  return false;
}

function covering(ms: readonly Mention[] | undefined, start: number, end: number, type: Mention['type']): Mention | undefined {
  return ms?.find((x) => x.type === type && x.start <= start && x.end >= end);
}

/**
 * Apply the context rules to raw matches of one field.
 * `mentions` offsets must be in this field's coordinates (the tagger passes them for the body only).
 */
export function resolveMatches(toks: readonly Token[], matches: readonly RawMatch[], ctx: ResolveContext): Resolved[] {
  const out: Resolved[] = [];
  const namedPeople = personNamePairs(toks, ctx.mentions);
  for (let idx = 0; idx < matches.length; idx++) {
    const m = matches[idx];
    if (!m) continue;
    const code0 = m.entry.code;
    if (code0 === null) continue; // blocker
    const firstTok = toks[m.first];
    const lastTok = toks[m.last];
    if (!firstTok || !lastTok) continue;
    const start = firstTok.start;
    const end = lastTok.end;
    const after = toks[m.last + 1];
    // A currency's sign after its country ("US$2 million", "HK$", "NZ$"): an amount, not the place (a Thai story was
    // tagged United States by its dollar amounts alone).
    if (after?.text === '$' && !after.spaceBefore) continue;
    // A ticker in angle brackets ("CALUMET <CALI>", "CARBIDE <UK>"): a company's symbol.
    if (toks[m.first - 1]?.text === '<' && !firstTok.spaceBefore && after?.text === '>') continue;
    // A person the document names whose first name is a country's ("Chad Hurley" of YouTube): wherever the name
    // stands, even where the model read "Chad" as a place.
    if (m.first === m.last && after !== undefined && namedPeople.has(`${firstTok.key} ${after.key}`)) continue;
    // A city whose name is the surname of a person the document names, alone and after no place's preposition.
    if (m.first === m.last && (m.entry.kind === 'city' || m.entry.kind === 'capital') && ctx.surnames?.has(firstTok.key) === true &&
        !PLACE_PREPOSITIONS.has(toks[m.first - 1]?.key ?? '')) continue;

    const loc = ctx.mentions?.find((x) => x.type === 'LOC' && x.start === start && x.end === end);
    // A PER span vetoes only a name that is also a person's name ("Jordan", "Chad") or a match
    // inside a longer person span ("Chad" in "Chad Smith"): a CoNLL-trained NER often calls
    // unfamiliar countries ("Niger", "Burkina Faso") PER, so it is not trusted beyond that.
    const per = covering(ctx.mentions, start, end, 'PER');
    if (per && !loc) {
      const nameKey = m.entry.tokens.join(' ').toLowerCase();
      if (PERSON_LIKE.has(nameKey) || per.start < start || per.end > end) continue;
    }
    if (m.entry.kind === 'city' || m.entry.kind === 'capital') {
      const org = covering(ctx.mentions, start, end, 'ORG');
      if (org && (org.start < start || org.end > end)) continue;
    }
    // The recogniser's place does not outweigh a first name before a surname: "Chad Hurley" of YouTube, which the
    // model read as the place Chad and a word (tagging rules 39).
    if ((!loc || (FIRST_NAMES.has(firstTok.key) && surnameAfter(toks, m))) && personLike(toks, m, ctx)) continue;

    // "Winnemucca, Nev.": a state abbreviation counts only right after "<Capitalised word>,".
    if (m.entry.kind === 'stateAbbrev') {
      const comma = toks[m.first - 1];
      if (!comma || comma.text !== ',' || !isCap(toks[m.first - 2])) continue;
    }
    // "Allied-Lyons", "Bristol-Myers": a city glued by a hyphen to a capitalised word is a company name.
    if (m.entry.kind === 'city' && hyphenCompound(toks, m, matches, idx)) continue;

    let code = code0;
    const key = m.entry.tokens.join(' ').toLowerCase();
    if (key === 'georgia') code = georgiaCode(toks, m, out[out.length - 1], ctx);
    if (key === 'turkey' && turkeyIsBird(toks, m, ctx)) continue;
    if (key === 'jersey') {
      const jersey = jerseyReading(toks, m);
      if (jersey === 'none') continue;
      if (jersey === 'US') code = 'US';
    }
    // A kind of fruit named for a city: "Valencia oranges" in a Florida crop report (a black-box review).
    if (m.entry.kind === 'city' && after !== undefined && (after.key === 'orange' || after.key === 'oranges')) continue;
    // A city's or an institution's name with a company's legal form after it ("WHITEHALL CORP"): the company.
    if ((m.entry.kind === 'city' || m.entry.kind === 'capital' || m.entry.kind === 'institution') && after !== undefined && LEGAL_FORMS.has(after.key)) continue;

    // "Paris, Texas": drop the city when the next match is ", <region of another country>".
    if (m.entry.kind === 'city' || m.entry.kind === 'capital') {
      const comma = toks[m.last + 1];
      const nm = matches[idx + 1];
      if (comma && comma.text === ',' && nm && nm.first === m.last + 2 && nm.entry.kind === 'subdivision' &&
          nm.entry.code !== code) {
        continue;
      }
    }
    out.push({ code, first: m.first, last: m.last, kind: m.entry.kind, ...(incidentalMention(toks, m) ? { incidental: true as const } : {}) });
  }
  return out;
}
