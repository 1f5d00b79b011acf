import { countryCodeByName } from '../../src/search/country-names.js';
import { parseDatelinePlace } from './countries/dateline.js';
import { getGazetteer } from './countries/gazetteer.js';
import type { Mention } from './mention.js';
import { detached } from '../../src/text/detached.js';
import { fold } from '../../src/text/fold.js';
import { memo } from '../../src/text/memo.js';
import { endsWithLegalForm } from './company-suffixes.js';
import { endsAsOrganisation } from './body-kinds.js';
import type { Surface } from './actor-group.js';

// A mention's span as an actor's name: titles, brackets, possessives and office holders taken apart (actors.ts).

/**
 * Titles and honorifics before a name are not part of it: "President Mohamed Bazoum" → "Mohamed Bazoum". Nor is a
 * trade the wire writes before it as a title at a sentence's start ("Developer Donald Trump"), or a sentence's adverb
 * ("Moreover Chávez", "Althought Tesco": tagging rules 64, a black-box review).
 */
const TITLE_PREFIX =
  /^(?:(?:president|prime minister|minister|deputy minister|gen\.?|general|col\.?|colonel|maj\.?|major|lt\.?|capt\.?|sgt\.?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|sir|dame|lord|king|queen|prince|princess|sheikh|pope|senator|sen\.?|rep\.?|gov\.?|governor|chancellor|secretary|treasurer|exchequer|spokesman|spokeswoman|judge|justice|the|mayor|mp|mep|msp|admiral|adm\.?|vice|commander|lieutenant|sergeant|ambassador|archbishop|bishop|cardinal|rev\.?|reverend|chief|chairman|chairwoman|speaker|majority|minority|leader|staff|attorney|premier|deputy|acting|former|labour|liberal|conservative|tory|democratic|democrat|republican|opposition|taoiseach|tanaiste|congressman|congresswoman|federal|irish|vp|pm|fm|ceo|developer|magnate|tycoon|financier|oilman|industrialist|businessman|businesswoman|billionaire|moreover|however|meanwhile|furthermore|nevertheless|although|althought),?\s+)+/i;

/**
 * A person's title at the start of a span the model took for an organisation: "Mr Bush", "MP Catherine Bell",
 * "Senator Biden", "Dr Don Brash" (a doctor before two names: "Dr Pepper" stays a company), "Pope Benedict XVI" (a pope
 * before a regnal name: "Pope and Talbot" stays a company). The review of the
 * Wikinews facet found them as organisations beside the same people's names.
 */
const PERSON_TITLE_ON_ORG = /^(?:Mr|Mrs|Ms|MP|MEP|VP|PM|FM|CEO|Mayor|Senator|Sen\.|Rep\.|Admiral|Adm\.|Adm(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|Gov\.|Governor|(?:Irish\s+)?Taoiseach|Congress(?:wo)?man|(?:Federal\s+)?Opposition\s+Leader|Dr\.?(?=\s+\p{Lu}\S*\s+\p{Lu})|Pope(?=\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+[IVXL]+\b))\.?\s+(?=\p{Lu})/u;

/** One or two words and an office before a person's name, in a span the model read as the person's. */
const OFFICE_BEFORE_NAME = /^(?:\p{Lu}[\p{L}.'-]*\s+){1,2}(?:Mayor|Governor|Senator|President|Premier|Minister|Chancellor|Secretary|Ambassador|Representative|Justice|Judge|Chairman|Commissioner)\s+(?=\p{Lu}\p{Ll})/u;

/** Titles alone, no one's name: "Mr", "MP", "Mayor", "Pope" were actors of the Wikinews facet. */
const BARE_TITLE = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Adm|Lt|Gen|Col|Capt|Sgt)\.?|MPs?|MEPs?|PM|CEO|Senator|Mayor|Treasurer|Pope|President|Governor|Minister|Premier|Chancellor|Speaker|Sheikh|General|Chair|Chairman|(?:Attorney|Inspector|Solicitor|Auditor|Surgeon) General)$/;

/**
 * The last word of an office, a comma, then its holder's full name: "Interior, Nicolas Sarkozy" of "Minister of the
 * Interior, Nicolas Sarkozy" (tagging rules 64, a black-box review). "Martin Luther King, Jr." keeps its comma.
 */
const OFFICE_BEFORE_COMMA = /^\p{Lu}[\p{L}-]*,\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u;

/**
 * The first words of a title the model ran a body's name into, its holder cut off after them: "IMF Managing" of "IMF
 * Managing Director Michel Camdessus", "ICCO Executive" of "ICCO Executive Director", "OAPEC Assistant General"
 * (tagging rules 36). "General" alone ends many a company's name ("Data General", "Media General") and stays, and
 * "Executive" is cut after one word only ("South Yorkshire Passenger Transport Executive" is a body).
 */
const TITLE_PIECE_AT_END = /\s+(?:(?:Managing|Executive|Assistant|Deputy|Vice|Acting)(?:\s+General)?|CEO)$/;

const LEADING_THE = /^(?:the|moreover|however|meanwhile|furthermore|nevertheless|although|althought),?\s+/i;

/**
 * A weekday after a person's name, which the model ran into it ("President Reagan Friday announced"), or alone where
 * it read one as a person ("At least one analyst Friday speculated"): tagging rules 48.
 */
const WEEKDAY_AT_END = /(?:^|(?<=\S)\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A month the wire wrote right after a one-word body, which the model ran into it: "Opec February output" (tagging
 * rules 62). Not after "Black": "Black September" is a name.
 */
const MONTH_AFTER_ONE_WORD = /^(?!Black\s)(\S+)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A crude oil by its grade at the end of an organisation's span ("NYMEX Crude", "IntercontinentalExchange Brent
 * Crude", "Brent Crude", "Light Louisiana Sweet", "Louisiana Sweet South Onshore"): a commodity, no body. What stands
 * before it, if anything, is the exchange. (Tagging rules 48; "Brent" and "WTI" alone are in not-actors.ts.)
 */
const CRUDE_GRADE_AT_END = /(?:^|\s+)(?:(?:Brent|WTI|Light|Heavy|Sweet|Sour|Dubai|Urals)\s+)*Crude(?:\s+Oil)?(?:\s+(?:Prices?|Futures))?$/;
/** A crude by its place and sulphur ("Light Louisiana Sweet", "Louisiana Sweet South Onshore"), the place in group 1. */
const SWEET_OR_SOUR_GRADE = /^(?:(?:Light|Heavy)\s+)?(?:(?:South|North|West|East)\s+)?(\p{Lu}\p{Ll}+)\s+(?:Sweet|Sour)(?:\s+(?:North|South|Onshore|Offshore))*$/u;

/** Whether a name is a place the country tagger knows, whole: "Canada", "South Africa", "New York". */
export function isWholePlace(name: string): boolean {
  const place = parseDatelinePlace(name, getGazetteer());
  return place !== null && place.start === 0 && place.end === name.length;
}

/** Whether a name is wholly a place of the gazetteer ("London", "Louisiana"), or a country's name. */
export function isPlaceName(name: string): boolean {
  return countryCodeByName(name) !== undefined || isWholePlace(name);
}

/**
 * Some wire copy of the Reuters files capitalises the word after every period, an abbreviation's too: "against the
 * U.S. Currency", "The U.S. Said it remains hopeful", "Walt Disney Co. The company". The model ran such words into the
 * name before them: "U.S. And Japan" (17 articles), "U.S. Has" (16), "Mitsui Bank Ltd. The" (tagging rules 27). A word
 * of this list after an abbreviation's period ends the name; not after an initial ("Edward W. Said"), and words
 * that can be names ("Will") are not in it.
 */
const FUNCTION_WORDS = String.raw`And|Or|Nor|But|The|Has|Have|Had|Was|Were|Is|Are|Would|Could|Should|To|For|Of|With|On|In|At|By|From|Over|Out|Said|Says|Rose|Fell|Also|Plans?|Now|It|He|She|This|No|Any|Because|Although|Did|Does|While`;
/** An abbreviation's period ("U.S.", "Co."), not an initial's ("W."): what the two rules below look behind for. */
const ABBREVIATION_PERIOD = String.raw`(?<=(?:\p{L}{2}|\.\p{L})\.)`;
const CAPITALISED_AFTER_PERIOD = new RegExp(String.raw`${ABBREVIATION_PERIOD}\s+(?:${FUNCTION_WORDS})\b`, 'u');
const AND_AFTER_PERIOD = new RegExp(String.raw`${ABBREVIATION_PERIOD}\s+(?:And|Or)\s+(?=(?:the\s+)?\p{Lu})`, 'u');
const FUNCTION_WORD = new RegExp(`^(?:${FUNCTION_WORDS})$`);

/** A word of the list above, which no name is: `isFunctionWord('Has')` → true; `isFunctionWord('Will')` → false. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORD.test(word);
}

/**
 * A mention the model ran over two names joined by a capitalised "And" or "Or" after an abbreviation's period ("the
 * U.S. And NATO", "U.S. And Japan"), as two mentions: the first, which cleanName cuts at its period, and what follows
 * "And", in `after`, which the caller keeps only where the alias file names it (NATO: a country or a region there
 * is no actor). The first parts are in `before`.
 *
 * `splitAtCapitalisedAnd('the U.S. And NATO', [ORG 4-17])` → `{ mentions: [ORG 4-8, ORG 13-17], before: Set{ORG 4-8}, after: Set{ORG 13-17} }`
 */
export function splitAtCapitalisedAnd(text: string, mentions: readonly Mention[]): { mentions: Mention[]; before: Set<Mention>; after: Set<Mention> } {
  const out: Mention[] = [];
  const before = new Set<Mention>();
  const after = new Set<Mention>();
  for (const m of mentions) {
    const and = AND_AFTER_PERIOD.exec(text.slice(m.start, m.end));
    if (and === null) {
      out.push(m);
      continue;
    }
    const first = { ...m, end: m.start + and.index };
    const rest = { ...m, start: m.start + and.index + and[0].length };
    out.push(first, rest);
    before.add(first);
    after.add(rest);
  }
  return { mentions: out, before, after };
}

/** A country's abbreviation: no actor (the country tagger has it), and before a common word no actor's name. */
export const COUNTRY_ABBREVIATION = /^(?:U\.S\.(?:A\.)?|U\.K\.|US|UK|USA)$/;

const POSSESSIVE = /(?:['’]s|['’])$/;

export function cleanName(surface: string, offset: number, type: Mention['type']): CleanName | undefined {
  const clean = cleanNames[type](surface);
  return clean === null ? undefined : { ...clean, start: clean.start + offset, end: clean.end + offset };
}

export interface CleanName {
  name: string;
  raw: string;
  start: number;
  end: number;
  company: boolean;
  possessive: boolean;
  cutAtPeriod: boolean;
}

const CLEAN_NAMES_REMEMBERED = 20_000;

/**
 * cleanName's readings at offset 0, remembered per type: the same surfaces come back (within an article, across a
 * wire's stories: 61 % of the calls over the bench corpus). What is read is copied (detached.ts): it is cut from the
 * article, which it would otherwise keep alive in the cache.
 */
const rememberedReading = (type: Mention['type']) =>
  memo((surface): CleanName | null => {
    const read = readName(surface, type);
    return read === undefined ? null : { ...read, name: detached(read.name), raw: detached(read.raw) };
  }, CLEAN_NAMES_REMEMBERED);
const cleanNames: Record<Mention['type'], (surface: string) => CleanName | null> = {
  PER: rememberedReading('PER'),
  ORG: rememberedReading('ORG'),
  LOC: rememberedReading('LOC'),
  MISC: rememberedReading('MISC'),
};

/** cleanName of `surface` at offset 0. */
function readName(surface: string, type: Mention['type']): CleanName | undefined {
  let start = 0;
  // `raw` stays a slice of the text, so that offsets hold; `name` is it with its white space collapsed.
  let raw = surface;
  const drop = (n: number): void => {
    start += n;
    raw = raw.slice(n);
  };
  // Reuters marks companies and tickers with angle brackets ("<Crowley Maritime Corp>", "Volvo <VOLV ST>"), and the
  // model's spans often take a bracket in: the name is what stands before a ticker, or inside the brackets.
  const open = raw.indexOf('<');
  if (open > 0 && raw.slice(0, open).trim().length >= 2) raw = raw.slice(0, open);
  else if (open >= 0) drop(open + 1);
  const close = raw.indexOf('>');
  if (close >= 0) raw = raw.slice(0, close);
  // Punctuation the span took in before the name (", Inc.").
  const punctuation = /^[\s,;:]+/.exec(raw);
  if (punctuation !== null) drop(punctuation[0].length);
  // "Chrysler Corp" read as a person is the company: the model reads many one-word companies as people; and "Mr Bush"
  // read as an organisation is the person. So is "Kaupthing Bank" read as a person: a bank (tagging rules 60).
  const personByTitle = type === 'ORG' && (PERSON_TITLE_ON_ORG.test(raw) || OFFICE_BEFORE_COMMA.test(raw)) && !endsWithLegalForm(raw.trim());
  const company = (type === 'ORG' && !personByTitle) || (type === 'PER' && (endsWithLegalForm(raw.trim()) || endsAsOrganisation(raw.trim().replace(/['’]s?$/, ''))));
  // A person's title is not their name; an organisation's first word is ("General Motors", "Justice Department").
  const title = (company ? LEADING_THE : TITLE_PREFIX).exec(raw);
  if (title && title[0].length < raw.length) drop(type === 'PER' ? title[0].length - keptMonarchTitle(title[0], raw.slice(title[0].length)) : title[0].length);
  // An office with its place or field before the holder's name: "(New) Orleans Mayor Ray Nagin", "Trade Representative
  // Clayton Yeutter", "Associate Justice Samuel Alito" (tagging rules 39).
  const office = company ? null : OFFICE_BEFORE_NAME.exec(raw) ?? OFFICE_BEFORE_COMMA.exec(raw);
  if (office !== null) drop(office[0].length);
  const possessive = POSSESSIVE.exec(raw);
  if (possessive) raw = raw.slice(0, raw.length - possessive[0].length);
  const hadPossessive = possessive !== null;
  drop(raw.length - raw.trimStart().length);
  // An editor's square brackets the span took in: "Laden]" of "Osama [bin Laden]'s outlet" (tagging rules 62).
  if (raw.startsWith('[')) drop(1);
  raw = raw.replace(/\]+$/, '');
  // A word the model ran on into, after the name: "Kim Beazley and" of "… Kim Beazley and Congressman Bob Ney".
  raw = raw.trimEnd().replace(/(?:\s+(?:and|or|of|the|for))+$/, '');
  // A weekday the wire writes right after the name: "President Reagan Friday announced" (tagging rules 48).
  if (!company) {
    raw = raw.replace(WEEKDAY_AT_END, '');
    if (raw === '') return undefined;
  }
  if (company) {
    // A crude oil's grade, traded on an exchange or alone: "NYMEX Crude" is NYMEX; "Brent Crude", "London Brent
    // Crude" and "Light Louisiana Sweet" are none (tagging rules 48).
    const grade = CRUDE_GRADE_AT_END.exec(raw);
    if (grade !== null) {
      raw = raw.slice(0, grade.index);
      if (raw === '' || isPlaceName(raw)) return undefined;
    }
    const place = SWEET_OR_SOUR_GRADE.exec(raw)?.[1];
    if (place !== undefined && (place === 'Light' || place === 'Heavy' || isPlaceName(place))) return undefined;
    const month = MONTH_AFTER_ONE_WORD.exec(raw);
    if (month !== null) raw = month[1]!;
    const piece = TITLE_PIECE_AT_END.exec(raw);
    // "Executive" also ends bodies' names ("South Yorkshire Passenger Transport Executive"): after one word only.
    if (piece !== null && (!/Executive/.test(piece[0]) || !/\s/.test(raw.slice(0, piece.index).trim()))) raw = raw.slice(0, piece.index);
  }
  // A word capitalised after an abbreviation's period as if it began a sentence ("the U.S. Has", "Walt Disney Co. The
  // company"): the name ends at the period.
  const afterPeriod = CAPITALISED_AFTER_PERIOD.exec(raw);
  if (afterPeriod !== null) raw = raw.slice(0, afterPeriod.index);
  // A person's middle initial with its period, however the article writes it: "George W Bush" and "George W. Bush"
  // were two values of the facet (144 articles found by the filter, 139 counted: a black-box review).
  const name = company ? raw.replace(/\s+/g, ' ') : raw.replace(/\s+/g, ' ').replace(/(?<= )(\p{Lu})(?= \p{Lu})/gu, '$1.');
  // What is left of "U.S. And Japan" is a country, which the country tagger has. (Letters alone, "D.C.", "B.V.", are
  // judged by the caller, which knows the alias file: "the U.N. Has called".)
  if (afterPeriod !== null && COUNTRY_ABBREVIATION.test(name)) return undefined;
  // Nor what a title leaves of an office ("of London" of "Mayor of London Boris Johnson").
  if (name.length < 2 || !/\p{Lu}/u.test(name) || BARE_TITLE.test(name) || /^(?:of|and|for|the)\s/.test(name)) return undefined;
  return { name, raw, start, end: start + raw.length, company, possessive: hadPossessive, cutAtPeriod: afterPeriod !== null };
}

/**
 * The old house style of some firms' names, a comma between partners, is dropped, so that one firm is one actor
 * however an article writes it: "Goldman, Sachs and Co" and "Goldman Sachs" (42 and 43 articles apart before),
 * "Kidder, Peabody and Co" → "Kidder Peabody". Only for a name written with its legal form: a span the model ran over
 * a list ("Chase, Chemical") must not read as a firm. `withoutSeparatingCommas('Smith Barney, Harris Upham')` →
 * `'Smith Barney Harris Upham'`
 */
export function withoutSeparatingCommas(name: string): string {
  return name.includes(',') ? name.replace(/(?<=[\p{L}.]),\s+(?=\p{Lu})/gu, ' ') : name;
}

/**
 * A body, an office in it, and the full name of who holds it: "Federal Reserve Board Chairman Paul Volcker"; or the
 * office alone, as the model cuts "Chancellor of the Exchequer Nigel Lawson" to "Exchequer Nigel Lawson".
 */
const OFFICE_HOLDER =
  /^(?:(.*?)\s+)?(?:Vice\s+|Deputy\s+)?(?:Exchequer|Chairman|Chairwoman|Secretary|Minister|President|Governor|Director|Treasurer|Spokesman|Spokeswoman|Commissioner|Ambassador|Chief Executive(?:\s+Officer)?|Senator|VP|PM|FM|CEO)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u;

/** Words a body's name does not end with: "Chairman and Chief Executive John Smith" names no body "Chairman and". */
const DANGLING = /\s(?:and|of|the|for|&)$/i;

/**
 * An organisation span the model ran on over an office and its holder is the holder, a person, and the body:
 * "Federal Reserve Board Chairman Paul Volcker" → "Federal Reserve Board" and "Paul Volcker"; "Exxon Chairman Lawrence
 * Rawl" → "Exxon" and "Lawrence Rawl" ("Defense" of "Defense Secretary Caspar Weinberger" is then left to
 * resolveGenericOrganisations). The holder loses titles of their own ("Secretary General Boutros Boutros-Ghali"); a
 * "holder" with a legal form is a company ("President Enterprises Corp"), and no split.
 */
export function splitOfficeHolder(s: { raw: string; start: number; end: number }): Surface[] | undefined {
  const m = OFFICE_HOLDER.exec(s.raw);
  if (m === null || endsWithLegalForm(m[2]!)) return undefined;
  let holder = m[2]!;
  const title = TITLE_PREFIX.exec(holder);
  if (title && title[0].length < holder.length) holder = holder.slice(title[0].length);
  const out: Surface[] = [{ name: holder.replace(/\s+/g, ' '), kind: 'person', start: s.end - holder.length, end: s.end }];
  const body = m[1];
  // (A country's abbreviation is no body: "US VP Dick Cheney" names the Vice-President, not an organisation "US".)
  if (body !== undefined && body.length >= 2 && !DANGLING.test(` ${body}`) && !COUNTRY_ABBREVIATION.test(body)) {
    out.unshift({ name: body.replace(/\s+/g, ' '), kind: 'organisation', start: s.start, end: s.start + body.length });
  }
  return out;
}

/** An office "of" something, right before a span: "Secretary of", "Chief of", "Secretary-General of the". */
const OFFICE_OF = /\b(?:Secretary|Secretary[- ]General|Minister|Chief|Head|Director|Leader|Commissioner|Chairman|Governor|President|Speaker)\s+of\s+(?:the\s+)?$/;

/** Words of a body's name, never of a person's: "Chairman of the Arab Bankers Association" holds no person. */
const BODY_WORD =
  /^(?:Association|Office|Corporation|Corp|Committee|Subcommittee|Division|Organi[sz]ations?|Federation|Department|Bank|Group|Region|Council|Board|Governors|Authority|Agency|Commission|Ministry|Institute|Fund|Union|Party|Court|Services?|Company|Administration|Bureau|Cent(?:re|er)|Foundation|Society|League|Forces|Army|Navy|Police|Pradesh|Islands?|Republic|States?|Government|Assembly|Parliament|Senate|House|Congress|Affairs|Security|Nations)$/;

/** A name's word that belongs with the next one: an initial ("W."), a particle ("bin", "al", "de", "van"). */
const NAME_LINK = /^(?:\p{Lu}\.|bin|ibn|al|el|de|da|del|della|di|du|van|von|der|le|la|abu|ul)$/iu;

/**
 * The holder of an office "of" a body, where the model ran the body into the name: "Secretary of Defense Donald
 * Rumsfeld" tagged "Defense Donald Rumsfeld", "Chief of Staff Howard Baker" "Staff Howard Baker", "Secretary-General
 * of the United Nations Kofi Annan" "United Nations Kofi Annan" (a review found them as organisations beside the
 * people). The person is the span's last two words, with the word before them when the first is an initial ("Robert S.
 * McNamara", "Kofi A. Annan"); only after an office's object or a country ("Executive Director of Human Rights Watch"
 * holds no person).
 *
 * `holderAfterOfficeOf('Secretary of Defense Donald Rumsfeld said', { raw: 'Defense Donald Rumsfeld', start: 13, end: 36 })`
 *   → `{ name: 'Donald Rumsfeld', kind: 'person', start: 21, end: 36 }`
 */
export function holderAfterOfficeOf(text: string, s: { raw: string; start: number; end: number; possessive?: boolean }): Surface | undefined {
  if (!OFFICE_OF.test(text.slice(Math.max(0, s.start - 30), s.start))) return undefined;
  const words = [...s.raw.matchAll(/\S+/g)];
  // Every word a capital's (not "Bank of England Robin", a cut name).
  if (words.length < 3 || endsWithLegalForm(s.raw) || !words.every((w) => /^\p{Lu}/u.test(w[0]))) return undefined;
  // The holder: the last two words, and the one before while the first of them is an initial or a particle
  // ("Robert S. McNamara", "Kofi A. Annan").
  let first = words.length - 2;
  while (first > 1 && NAME_LINK.test(words[first]![0])) first--;
  // What stands before the holder must be an office's object ("Defense", "Staff", "United Nations"): "Executive
  // Director of Human Rights Watch" holds no person "Rights Watch".
  const object = words.slice(0, first).map((w) => w[0]);
  if (!(object.every((w) => OFFICE_OBJECT.test(w)) || countryCodeByName(object.join(' ')) !== undefined) || words.slice(first).some((w) => BODY_WORD.test(w[0]))) return undefined;
  const at = words[first]!.index;
  return { name: words.slice(first).map((w) => w[0]).join(' '), kind: 'person', start: s.start + at, end: s.start + s.raw.length, possessive: s.possessive ?? false };
}

/** The words of what an office is "of" (or a country: "Prime Minister of India Manmohan Singh"): "Secretary of Defense", "Chief of Staff", "Secretary-General of the United Nations". */
const OFFICE_OBJECT =
  /^(?:Defen[cs]e|State|Staff|Justice|Treasury|Interior|Commerce|Agriculture|Energy|Labou?r|Health|Education|Transport(?:ation)?|Homeland|Security|Foreign|Affairs|Relations|Finance|Economy|Army|Navy|Air|Force|United|Nations|UN|U\.N\.|Veterans|Housing|Trade|Industry|Environment|Information|Police|Exchequer|House|Opposition|Assembly|Government|Federal|Reserve|Islamic|Revolution)$/;

/**
 * An organisation span that ends with a person's full name found elsewhere as a person ("President of the
 * Transitional Period of the Republic of Mali Assimi Goita") is a boundary error: the name is given back to the
 * person and the rest of the span dropped.
 */
export function reclaimSwallowedPeople(surfaces: Surface[]): void {
  const people = new Set(surfaces.filter((s) => s.kind === 'person' && s.name.includes(' ')).map((s) => fold(s.name)));
  for (const s of surfaces) {
    if (s.kind !== 'organisation') continue;
    const folded = fold(s.name);
    for (const person of people) {
      if (!folded.endsWith(` ${person}`)) continue;
      const words = person.split(' ').length;
      const parts = s.name.split(/\s+/);
      const name = parts.slice(-words).join(' ');
      s.kind = 'person';
      s.start = s.end - name.length;
      s.name = name;
      break;
    }
  }
}

/** A monarch's title, capitalised, as the press puts it before one name: "King Fahd", "Crown Prince Abdullah". */
const MONARCH_TITLE = String.raw`(?:Crown\s+Prince|King|Queen|Prince|Princess)`;
const MONARCH_TITLE_AT_END = new RegExp(String.raw`(?<![\p{L}])${MONARCH_TITLE}\s+$`, 'u');
/** One capitalised word, perhaps with a regnal number and a possessive: the single name after a monarch's title. */
const ONE_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+[IVX]{1,5})?(?:['’]s?)?\s*$/u;

/**
 * How much of a title before a person's name stays in the name: a monarch's title before one name (tagging rules 45).
 * The press names such a person so, and the name alone is another's or anyone's: "King Hussein" (Jordan's) was filed
 * as "Hussein" beside Iraq's Saddam Hussein, "Prince Charles" as "Charles", "King Fahd" as "Fahd". Before two names
 * the title goes as any other ("King Juan Carlos" → "Juan Carlos").
 *
 * `keptMonarchTitle('Former King ', 'Fahd')` → 5 ("King "); `keptMonarchTitle('President ', 'Bazoum')` → 0
 */
function keptMonarchTitle(title: string, name: string): number {
  if (!ONE_NAME.test(name)) return 0;
  return MONARCH_TITLE_AT_END.exec(title)?.[0].length ?? 0;
}

/** A monarch's title, one name and perhaps a regnal number, as the whole of a span: "Queen Elizabeth II", "King Fahd". */
const TITLED_MONARCH = new RegExp(String.raw`^${MONARCH_TITLE}\s+(?=\p{Lu})`, 'u');

/** `isTitledMonarch('Queen Elizabeth II')` → true; `isTitledMonarch('King Soopers Inc')` → false */
function isTitledMonarch(span: string): boolean {
  const title = TITLED_MONARCH.exec(span);
  return title !== null && ONE_NAME.test(span.slice(title[0].length));
}

/**
 * A mention of one name right after a monarch's title the model left out of it takes the title in, as a person's:
 * "Fahd" of "King Fahd", and "Elizabeth" of "Queen Elizabeth", which it read as a place (tagging rules 45; the title
 * stays in the name: keptMonarchTitle). A span that is such a title and name whole is a person's whatever the model
 * read: it took "Queen Elizabeth II" and "Queen Elizabeth" for organisations (a ship's name in its training news),
 * so the Queen was filed among the organisations (tagging rules 46).
 *
 * `withMonarchTitles("Jordan's King Hussein said", [LOC 0-6, PER 14-21])` → `[LOC 0-6, PER 9-21]`;
 * `withMonarchTitles('Queen Elizabeth II said', [ORG 0-18])` → `[PER 0-18]`
 */
export function withMonarchTitles(text: string, mentions: readonly Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // (Not before a number: "Queen Elizabeth 2", "Queen Mary 2" are ships.)
    if (m.type === 'ORG' && isTitledMonarch(text.slice(m.start, m.end)) && !/^\s*\d/.test(text.slice(m.end, m.end + 3))) {
      out ??= mentions.slice();
      out[i] = { ...m, type: 'PER' };
      continue;
    }
    if (m.type !== 'PER' && m.type !== 'LOC') continue;
    if (!ONE_NAME.test(text.slice(m.start, m.end))) continue;
    const title = MONARCH_TITLE_AT_END.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (title === null) continue;
    out ??= mentions.slice();
    out[i] = { type: 'PER', start: m.start - title[0].length, end: m.end };
  }
  return out ?? (mentions as Mention[]);
}

/**
 * A person's span the model ended on a middle initial takes the name that follows: "George W" of "President George W
 * Bush" (the review found "George W" as a person of 5 articles, beside "Bush"), "George H." of "George H. W. Bush"
 * (whose "W. Bush" the model read as a place). A mention inside the longer span is dropped.
 *
 * `withNamesAfterInitials('George W Bush said', [PER 0-8])` → `[PER 0-13]`
 */
export function withNamesAfterInitials(text: string, mentions: readonly Mention[]): Mention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || !/\s\p{Lu}\.?$/u.test(text.slice(m.start, m.end))) return m;
    const rest = /^ (?:\p{Lu}\.? )*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}-])/u.exec(text.slice(m.end, m.end + 40));
    if (rest === null) return m;
    changed = true;
    return { ...m, end: m.end + rest[0].length };
  });
  if (!changed) return out;
  // Only the few extended spans can cover another: compared with those alone, not every pair of mentions.
  const extended = out.filter((m, i) => m !== mentions[i]);
  return out.filter((m) => !extended.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

