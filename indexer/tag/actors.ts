import { readAcronym } from './acronym-readings.js';
import type { Mention } from './mention.js';
import { storyDay, type ActorKind, type AliasEntry, type AliasTable } from './aliases.js';
import { fold } from '../../src/text/fold.js';
import { isOnlyLegalForms, withFirstLegalForm, withoutLegalForm } from './company-suffixes.js';
import { isCountryAndWord, isNotAnActor, isNotAnActorName, isStormName } from './not-actors.js';
import type { Group, Surface } from './actor-group.js';
import { canonicalSpelling } from './actor-group.js';
import { isBracketedWithLegalForm } from './bracketed-names.js';
import { cleanName, isFunctionWord, isPlaceName, splitAtCapitalisedAnd, withMonarchTitles, holderAfterOfficeOf, reclaimSwallowedPeople, splitOfficeHolder, withNamesAfterInitials, withoutSeparatingCommas } from './actor-names.js';
import { dropCapitalisedCommonWords, dropLastWordsOfCutNames } from './capitalised-words.js';
import { dropPiecesOfNotActors, mergeAcronyms, onlyOrganisationOpenedBy, resolveCutOrganisations, resolveGenericOrganisations, resolveShortOrganisations } from './organisation-groups.js';
import { mergeMiddleInitials, similarKey } from './person-groups.js';
import { resolveShoutedNames } from './shouted-names.js';
import { cutRunOnPeople, dropListsOfPeople, peopleAfterCountries, splitPairsOfPeople } from './run-on-names.js';

export interface ActorTag {
  /** The one canonical name: the facet value. */
  name: string;
  kind: ActorKind;
  /** Offsets in the tagged text of every mention that resolved to this actor. */
  mentions: { start: number; end: number }[];
}

const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+$/;
const PRESIDENT_BEFORE = /\b[Pp]resident\s+$/;
/** A president who is not the one of the day: "former U.S. President", "the late President". */
// (Within the sentence: a period only after a lone capital, as in "U.S.".)
const OTHER_PRESIDENT_BEFORE = /\b(?:former|ex|late|then)\b(?:[^.;:!?]|(?<=\b\p{Lu})\.){0,25}\bpresident\s+$/iu;
/** "Vice President Bush": a title of its own, looked up in the eras ("Vice President Bush" of 1981–1989). */
const VICE_PRESIDENT_BEFORE = /\b[Vv]ice[- ][Pp]resident\s+$/;
const HONORIFIC_OF_A_WOMAN_BEFORE = /\b(Mrs|Ms|Miss|Madame|Lady)\.?\s+$/;

/**
 * The person a titled surname names in the alias file: on any day ("Ronald Reagan | person | President Reagan"), or
 * by the story's day (an era's "President Bush"). A person only: "President Wagner" is no Wagner Group.
 */
function titledPerson(aliases: AliasTable | undefined, name: string, day: string | undefined): AliasEntry | undefined {
  const any = aliases?.lookup(name);
  if (any !== undefined) return any.kind === 'person' ? any : undefined;
  return day === undefined ? undefined : aliases?.lookupOnDay(name, day);
}

/**
 * What a title right before a bare surname says of whom it means, by the alias file's eras:
 * - `lookup`: the titled name to look up among the eras' names ("President Bush" of George W. Bush's 2001–2009,
 *   "Mrs. Aquino" of Corazon Aquino's), before the article's own full names;
 * - `notTheEras`: the bare surname's era is not meant ("Mrs. Bush" is no president; "President Clinton" in 2008 is
 *   no Hillary Clinton, "former U.S. President Bush" in 2005 no George W. Bush).
 *
 * `titleBefore('met President Bush', 12)` → `{ lookup: 'President', notTheEras: true }`; `titleBefore('Bush', 0)` → `{ notTheEras: false }`
 */
function titleBefore(text: string, start: number): { lookup?: string; notTheEras: boolean } {
  const before = text.slice(Math.max(0, start - 45), start);
  if (PRESIDENT_BEFORE.test(before)) {
    if (OTHER_PRESIDENT_BEFORE.test(before)) return { notTheEras: true };
    return { lookup: VICE_PRESIDENT_BEFORE.test(before) ? 'Vice President' : 'President', notTheEras: true };
  }
  const honorific = HONORIFIC_OF_A_WOMAN_BEFORE.exec(before)?.[1];
  return honorific !== undefined ? { lookup: honorific, notTheEras: true } : { notTheEras: false };
}

export interface ActorOptions {
  /** The mentions from here on are in an all-capitals title: see resolveShoutedNames. */
  shoutedFrom?: number;
  /** Where the wire headline's company stands in `text` (wire-title.ts). */
  titleCompany?: { start: number; end: number };
  /** Whether a word is mostly written in lower case ("news", "time"): such a company keeps its legal form. */
  isCommonWord?: (word: string) => boolean;
  /** The story's publication date: some initials name one body in one era and another later (acronym-readings.ts). */
  published?: Date;
  /** Where the headline starts in `text`, if it has one: the model runs names on over a headline's capitals (run-on-names.ts). */
  titleFrom?: number;
}

/**
 * Actors of one article, each under one canonical name:
 * 1. the alias table first (analyst-curated: "ECOWAS" → "Economic Community of West African States");
 * 2. a person named by one word resolves to the full name met in the same article ("Putin" → "Vladimir Putin");
 * 3. spellings that fold alike merge ("Goïta"/"Goita"), as do full names with the same surname whose given names
 *    differ by a letter or two ("Abdourahamane"/"Abdourahmane" Tchiani); the most frequent spelling wins, a full name
 *    over a person's surname however often the surname comes (see canonicalSpelling);
 * 4. an acronym merges with the organisation whose initials it spells when both appear
 *    ("Economic Community of West African States (ECOWAS)");
 * 5. initials that name different bodies in different stories ("EC", "ICO") are read by the story's date and words
 *    (acronym-readings.ts);
 * 6. with `shoutedFrom`, the mentions from there on are in an all-capitals title: see resolveShoutedNames (and
 *    `titleCompany`, where the wire headline's company stands in `text`: wire-title.ts).
 *
 * `canonicalActors('Vladimir Putin met… Putin said', [PER 0-14, PER 22-27])`
 *   → `[{ name: 'Vladimir Putin', kind: 'person', mentions: [{0,14},{22,27}] }]`
 */
export function canonicalActors(text: string, mentions: readonly Mention[], aliases?: AliasTable, options: ActorOptions = {}): ActorTag[] {
  const surfaces: Surface[] = [];
  const notActors: { name: string; end: number }[] = [];
  const storms = new Set<string>();
  const split = splitAtCapitalisedAnd(text, withMonarchTitles(text, withNamesAfterInitials(text, mentions)));
  for (const m of split.mentions) {
    const cleaned = withRegnalNumber(text, cleanName(text.slice(m.start, m.end), m.start, m.type), m.type);
    if (cleaned === undefined || isOnlyLegalForms(cleaned.name)) continue;
    if (isNotAnActor(text, cleaned.start, cleaned.end, cleaned.name, m.type)) {
      // A treaty's, a war's, a place's name of several words may have its acronym or the model's pieces of it in the
      // text, which name no actor either (mergeAcronyms, dropPiecesOfNotActors). Not a source's ("BBC News reported"):
      // the BBC is an actor.
      if (cleaned.name.includes(' ') && isNotAnActorName(cleaned.name)) notActors.push({ name: cleaned.name, end: cleaned.end });
      // A storm's name is one wherever the article writes it: "Hurricane Katrina … after Katrina".
      if (isStormName(text, cleaned.start)) storms.add(cleaned.name);
      continue;
    }
    if (aliases?.lookup(cleaned.name) === undefined) {
      if (split.after.has(m)) continue;
      // Letters alone, what a cut at a period leaves of "D.C. And Riyadh" or "B.V. In"; a country's abbreviation, alone
      // or with a word of the language (tagging rules 27). Names of the alias file stay ("U.N.", "U.S. Steel").
      if (/^(?:\p{L}\.)+$/u.test(cleaned.name) && (split.before.has(m) || cleaned.cutAtPeriod)) continue;
      if (isCountryAndWord(cleaned.name, options.isCommonWord)) continue;
    }
    if (m.type === 'PER' || m.type === 'ORG') {
      const holder = holderAfterOfficeOf(text, cleaned);
      if (holder !== undefined) {
        surfaces.push(holder);
        continue;
      }
      if (m.type === 'ORG') {
        const split = splitOfficeHolder(cleaned);
        if (split !== undefined) {
          surfaces.push(...split);
          continue;
        }
      }
      surfaces.push({ name: cleaned.name, start: cleaned.start, end: cleaned.end, kind: cleaned.company ? 'organisation' : 'person', possessive: cleaned.possessive });
    } else if (aliases?.lookup(cleaned.name) !== undefined) {
      // The alias file is an analyst's list of actors: "Kremlin" is one even where the model (following CoNLL,
      // which tags it LOC) calls it a place.
      surfaces.push({ name: cleaned.name, start: cleaned.start, end: cleaned.end, kind: aliases.lookup(cleaned.name)!.kind, possessive: cleaned.possessive });
    }
  }
  if (storms.size > 0) surfaces.splice(0, surfaces.length, ...surfaces.filter((s) => !storms.has(s.name)));
  reclaimSwallowedPeople(surfaces);
  dropListsOfPeople(surfaces);
  cutRunOnPeople(surfaces, { isCommonWord: options.isCommonWord, aliases, titleFrom: options.titleFrom });
  splitPairsOfPeople(surfaces);
  peopleAfterCountries(surfaces);
  dropCapitalisedCommonWords(text, surfaces, aliases);
  if (options.isCommonWord !== undefined) dropLastWordsOfCutNames(text, surfaces, options.isCommonWord, isPlaceName, aliases);
  withArticleRegnalNumbers(surfaces);

  // Group by a resolved key; each group remembers the spellings it saw.
  const groups = new Map<string, Group>();
  const keyOf = new Map<string, string>();
  const add = (key: string, s: Surface, canonical?: string, joined = false): void => {
    let g = groups.get(key);
    if (g === undefined) {
      g = { kind: s.kind, spellings: new Map(), joined: new Map(), folded: new Set(), mentions: [] };
      groups.set(key, g);
    }
    if (canonical !== undefined) {
      g.canonical = canonical;
      g.folded.add(fold(canonical));
    }
    if (!g.spellings.has(s.name) && !g.joined.has(s.name)) g.folded.add(fold(s.name));
    const counts = joined ? g.joined : g.spellings;
    counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    g.mentions.push({ start: s.start, end: s.end });
  };

  // Pass 1: aliases and multi-word names.
  const pending: Surface[] = [];
  const shortFormsOfFullNames: Surface[] = [];
  const fullNamesOf = fullNamesBySuffix(surfaces);
  const surnames = new Set(surfaces.filter((s) => s.kind === 'person' && s.name.includes(' ')).map((s) => fold(s.name.slice(s.name.lastIndexOf(' ') + 1))));
  const legalNames = new Set<string>();
  // The story's day, for the alias file's eras: "George Bush" is the father in 1987 and the son in 2005.
  const day = storyDay(options.published);
  for (const s of surfaces) {
    const listed = aliases?.lookup(s.name) ?? (s.possessive === true ? aliases?.lookup(`${s.name}'s`) : undefined) ?? (day !== undefined && s.kind === 'person' ? aliases?.lookupOnDay(s.name, day) : undefined);
    // A one-word name the alias file gives an organisation is a person's where the article names a person who ends
    // with it: "Association president Ulrich Wagner … Wagner said" is no Wagner Group (a black-box review found it
    // in 1987's wire).
    const personNotBody = listed?.kind === 'organisation' && s.possessive !== true && !s.name.includes(' ') && surnames.has(fold(s.name));
    const alias = listed !== undefined && (personNotBody || isAnotherPlacesDepartment(text, s.start, s.name)) ? undefined : listed;
    if (alias !== undefined) {
      add(`alias:${fold(alias.canonical)}`, { ...s, kind: alias.kind }, alias.canonical);
      keyOf.set(fold(s.name), `alias:${fold(alias.canonical)}`);
      continue;
    }
    // A one-word "organisation" that is the surname of a person the article names in full is that person: the model
    // reads "the Bush administration's policies" as an organisation, and the article's "Bush said" then joined it
    // ("Bush" 57 articles beside "George W. Bush": a black-box review, tagging rules 39). Not a name the text writes
    // with a legal form ("Ford Motor Co", "Ford Co"): that is a company.
    // So is one that is a surname the alias file gives a person on the story's day, with no full name in the article:
    // "The Bush administration said" (2005) is George W. Bush's, not an organisation "Bush".
    const knownSurname = (): boolean => {
      if (day === undefined) return false;
      // (A title only says which person: "President Reagan's administration" is Ronald Reagan's.)
      const title = titleBefore(text, s.start);
      if (title.lookup !== undefined && titledPerson(aliases, `${title.lookup} ${s.name}`, day) !== undefined) return true;
      return aliases?.personBySurname(fold(s.name), title.notTheEras ? undefined : day) !== undefined;
    };
    if (s.kind === 'organisation' && !s.name.includes(' ') && (surnames.has(fold(s.name)) || knownSurname()) && withoutLegalForm(s.name) === s.name && /^\p{Lu}\p{Ll}/u.test(s.name)) {
      pending.push({ ...s, kind: 'person' });
      continue;
    }
    if (s.kind === 'person' && !s.name.includes(' ')) {
      pending.push(s);
      continue;
    }
    // (An "organisation" too, written without a legal form: the model's "De Clercq, talking to journalists" after
    // "Willy De Clercq".)
    if ((s.kind === 'person' || (s.kind === 'organisation' && withoutLegalForm(s.name) === s.name)) && (fullNamesOf.get(fold(s.name))?.length ?? 0) === 1) {
      shortFormsOfFullNames.push({ ...s, kind: 'person' });
      continue;
    }
    // After the alias file had its say ("Facebook Inc" may be listed): one company, with or without its legal form.
    if (s.kind === 'organisation') {
      const bare = withoutLegalForm(s.name);
      if (bare !== s.name && !bare.includes(' ') && options.isCommonWord?.(bare) === true) {
        // "News Corp", "Time Inc", "Coastal Corp": without its legal form the name is a word of the language, no
        // company; it keeps its first form, written one way ("News Corp Ltd", "NEWS CORP" → "News Corp").
        s.name = withFirstLegalForm(s.name, bare);
      } else {
        // A name written with its legal form is a company in its own right, not the short form of a longer one.
        const withLegalForm = bare !== s.name || isBracketedWithLegalForm(text, s.start, s.end);
        if (withLegalForm) legalNames.add(fold(bare));
        s.name = withLegalForm ? withoutSeparatingCommas(bare) : bare;
      }
      // The list only: the offsets are the whole name's, so "<NEC Corp>" must not read as a bracketed ticker "NEC".
      if (isNotAnActorName(s.name)) continue;
    }
    const key = similarKey(fold(s.name), s.kind, groups) ?? `${s.kind}:${fold(s.name)}`;
    keyOf.set(fold(s.name), key);
    add(key, s);
  }

  // Pass 1b: a name of several words that ends the one longer name of the article joins it: "Bin Laden" is "Osama Bin
  // Laden", "Abu Musab al-Zarqawi" the article's "Abu Musab al-Zarqawi" even where written "Musab al-Zarqawi".
  for (const s of shortFormsOfFullNames) {
    const [full] = fullNamesOf.get(fold(s.name))!;
    const key = keyOf.get(fold(full!.name));
    if (key !== undefined && groups.get(key)?.kind === 'person') add(key, s, undefined, true);
    else {
      const own = similarKey(fold(s.name), s.kind, groups) ?? `${s.kind}:${fold(s.name)}`;
      keyOf.set(fold(s.name), own);
      add(own, s);
    }
  }

  // Pass 2: one-word person names join the full name that ends (or starts) with them, or has them before its last word.
  for (const s of pending) {
    const word = fold(s.name);
    // A titled surname the alias file's eras name is that person, whoever else of that name the story writes in full:
    // a 2005 story's three "President Bush" beside one "President George Herbert Walker Bush" had all gone to the
    // father, and 1987's "Mrs. Aquino" would join a story's "Benigno Aquino", her late husband.
    const title = titleBefore(text, s.start);
    const titled = title.lookup === undefined ? undefined : titledPerson(aliases, `${title.lookup} ${s.name}`, day);
    if (titled !== undefined) {
      add(`alias:${fold(titled.canonical)}`, s, titled.canonical);
      continue;
    }
    // (Built once a name, not once a name and a spelling of every group: this loop is names × spellings.)
    const asLast = ` ${word}`;
    const asFirst = `${word} `;
    let best: string | undefined;
    let bestCount = 0;
    for (const [key, g] of groups) {
      if (g.kind !== 'person') continue;
      let matches = false;
      // (A regnal number or a generation after the surname does not hide it: "Gallo" of "Nicholas Gallo III".)
      for (const n of g.folded) {
        const lastSpace = n.lastIndexOf(' ');
        const last = n.slice(lastSpace + 1);
        // `n` ends with " word last": " word" ends right before its last space.
        const beforeLast = lastSpace >= 0 && n.endsWith(asLast, lastSpace);
        if (n.endsWith(asLast) || n.startsWith(asFirst) || (REGNAL.test(last) && beforeLast)) matches = true;
        // A Spanish name's first surname, which a story uses alone: "Chacin" of "Juan Chacin Guzman" (rules 39).
        else if (beforeLast && n.split(' ').length >= 3 && !n.includes('.')) matches = true;
      }
      if (matches) {
        const count = g.mentions.length;
        if (count > bestCount) {
          best = key;
          bestCount = count;
        }
      }
    }
    // A one-word "person" that opens the name of an organisation of the article is that organisation: the model reads
    // many companies as people ("Inland said", after "Inland Steel Industries Inc"); not after "Mr" ("Mr Baker of
    // Baker Hughes").
    if (best === undefined && keyOf.get(word) === undefined && !HONORIFIC_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) {
      best = onlyOrganisationOpenedBy(word, groups);
    }
    // A full name the model read as an organisation ("Jayson Blair", a reporter): its surname is that name, not the
    // person the alias file gives the surname ("the resignation of Blair and two editors" had gone to Tony Blair: a
    // black-box review).
    if (best === undefined && keyOf.get(word) === undefined) best = organisationReadAsPerson(word, groups);
    if (best !== undefined) {
      add(best, s, undefined, true);
      continue;
    }
    if (keyOf.get(word) === undefined) {
      // No full name in this article: the person the alias file gives this surname on the story's day (unless a title
      // says otherwise: titleBefore), else its one person with this surname, if there is exactly one.
      const known = aliases?.personBySurname(word, title.notTheEras ? undefined : day);
      if (known !== undefined) {
        add(`alias:${fold(known.canonical)}`, s, known.canonical);
        continue;
      }
    }
    add(keyOf.get(word) ?? `person:${word}`, s);
  }

  mergeMiddleInitials(groups);
  resolveGenericOrganisations(groups);
  if (options.isCommonWord !== undefined) resolveCutOrganisations(groups, options.isCommonWord);
  resolveShortOrganisations(groups, legalNames);
  mergeAcronyms(groups, text, notActors);
  dropPiecesOfNotActors(text, groups, notActors);
  if (options.shoutedFrom !== undefined) resolveShoutedNames(text, groups, options.shoutedFrom, options.titleCompany);

  // One tag per canonical name: the tagger can read one name as a person in one sentence and an organisation in
  // another ("Comissaria Smith said" / "Comissaria Smith's review"); the kind read more often wins.
  const byName = new Map<string, ActorTag>();
  for (const g of groups.values()) {
    // Initials left on their own that name different bodies in different stories, read by the story's date or words.
    const name = readAcronym(g.canonical ?? canonicalSpelling(g), { published: options.published, text });
    // A monarch's title alone ("The King's wives", "the Queen said"), joined to no name of the article, names whichever
    // monarch the story is about: no actor of its own (it had joined another king's name, Swaziland's "King" the late
    // "King Sobhuza II"). A surname it is stays ("Roger King … King said"). Not "Prince", a musician's name. Rules 46.
    if (LONE_MONARCH_TITLE.test(name)) continue;
    // A word of the language the wire capitalised where it opens no name, joined to no name of the article: "Said the
    // company's Vice President", "Algemene Bank Nederland N.V. Said." (Edward Said is "Edward Said"). Not "Rose" or
    // "Fell", which are surnames too. Rules 48.
    if (isFunctionWord(name) && name !== 'Rose' && name !== 'Fell') continue;
    const known = byName.get(name);
    if (known === undefined) {
      byName.set(name, { name, kind: g.kind, mentions: [...g.mentions] });
    } else {
      if (g.mentions.length > known.mentions.length) known.kind = g.kind;
      known.mentions.push(...g.mentions);
    }
  }
  const actors = [...byName.values()];
  for (const a of actors) a.mentions.sort((x, y) => x.start - y.start);
  return actors.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * The key of the one group of `groups` read as an organisation whose name looks like a person's that ends with the
 * folded surname `word`: two or three capitalised words, the last one it ("Jayson Blair" for "blair"), no legal form.
 */
function organisationReadAsPerson(word: string, groups: ReadonlyMap<string, Group>): string | undefined {
  let found: string | undefined;
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation') continue;
    const named = [...g.spellings.keys()].some((n) => PERSON_LIKE_NAME.test(n) && fold(n).endsWith(` ${word}`) && withoutLegalForm(n) === n);
    if (!named) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}
const PERSON_LIKE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]*\p{Ll}$/u;

/** A regnal number or a generation, folded: "ii", "xvi", "iii". */
const REGNAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/** A monarch's title alone: no actor of its own (see its use in canonicalActors). */
const LONE_MONARCH_TITLE = /^(?:King|Queen|Princess|Crown Prince)$/;

/** The last word of a fund's or a partnership's name, folded: a number after it is a series, another body. */
const SERIES_OF_A_BODY = / (?:associates|partners|partnership|fund|funds|investors|capital|holdings|ventures|equity|trust|properties|realty|group|l\.?p\.?)$/;

/**
 * A person's name of several words that the article also writes with a regnal number or a generation is that name:
 * "Queen Elizabeth" of an article that names "Queen Elizabeth II", "John Paul" of "John Paul II", "Nicholas Gallo" of
 * "Nicholas Gallo III" (they were two actors of one article). Only where one such number follows the name in the
 * article: "Queen Elizabeth I" beside "Queen Elizabeth II" leaves "Queen Elizabeth" as it is. (A one-word name joins in
 * canonicalActors' pass 2.)
 *
 * `withArticleRegnalNumbers([{ name: 'Queen Elizabeth II', … }, { name: 'Queen Elizabeth', … }])` → both 'Queen Elizabeth II'
 */
function withArticleRegnalNumbers(surfaces: Surface[]): void {
  const numbered = new Map<string, Set<string>>();
  for (const s of surfaces) {
    const space = s.name.lastIndexOf(' ');
    if (s.kind !== 'person' || space < 0) continue;
    const last = s.name.slice(space + 1);
    if (!/^[IVX]{1,5}$/.test(last) || !REGNAL.test(last.toLowerCase())) continue;
    const base = fold(s.name.slice(0, space));
    // (A fund's or a partnership's series is another body: "Paragon Associates II" beside "Paragon Associates".)
    if (!base.includes(' ') || SERIES_OF_A_BODY.test(base)) continue;
    let names = numbered.get(base);
    if (names === undefined) numbered.set(base, (names = new Set()));
    names.add(s.name);
  }
  if (numbered.size === 0) return;
  for (const s of surfaces) {
    if (s.kind !== 'person' || !s.name.includes(' ')) continue;
    const names = numbered.get(fold(s.name));
    if (names?.size === 1) s.name = [...names][0]!;
  }
}

/**
 * A person's name with the regnal number the model leaves out: "Benedict XVI", "John Paul II" (the number alone was
 * an organisation "XVI", and the pope a bare "Benedict").
 *
 * `withRegnalNumber('Pope Benedict XVI said', { name: 'Benedict', start: 5, end: 13, … }, 'PER')` → name 'Benedict XVI', end 17
 */
function withRegnalNumber<T extends { name: string; raw: string; end: number }>(text: string, cleaned: T | undefined, type: Mention['type']): T | undefined {
  if (cleaned === undefined || type !== 'PER') return cleaned;
  const numeral = /^ ([IVX]{2,5})(?![\p{L}\p{N}])/u.exec(text.slice(cleaned.end, cleaned.end + 8))?.[1];
  // Two letters at least: a lone "I" after a name is the pronoun ("Icahn I think"), a lone "X" a product's ("MacOS X").
  if (numeral === undefined || !REGNAL.test(numeral.toLowerCase())) return cleaned;
  return { ...cleaned, name: `${cleaned.name} ${numeral}`, raw: `${cleaned.raw} ${numeral}`, end: cleaned.end + 1 + numeral.length };
}

/**
 * The article's people by the names of several words that end theirs: `"bin laden"` → the surfaces of "Osama Bin
 * Laden" (one a distinct name). Built once an article, so that asking for each of thousands of mentions stays linear.
 */
function fullNamesBySuffix(surfaces: readonly Surface[]): Map<string, Surface[]> {
  const bySuffix = new Map<string, Surface[]>();
  const seen = new Set<string>();
  for (const s of surfaces) {
    if (s.kind !== 'person') continue;
    const f = fold(s.name);
    if (seen.has(f)) continue;
    seen.add(f);
    const words = f.split(' ');
    for (let i = 1; i < words.length - 1; i++) {
      const suffix = words.slice(i).join(' ');
      const list = bySuffix.get(suffix);
      if (list === undefined) bySuffix.set(suffix, [s]);
      else list.push(s);
    }
  }
  return bySuffix;
}

/** Whose a department is, when the text says so: "Virginia's Department of Transportation", "Hong Kong's Justice Department". */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)*)['’]s?[ \t]+(?:own[ \t]+)?$/u;
const AMERICAN = /^(?:U\.S\.|US|USA|America|United States|Washington)$/;

/**
 * Whether a department's bare name ("Justice Department", "Department of Transportation") belongs, by a possessive
 * right before it, to a place that is not the United States: the alias file files those bare names under the federal
 * departments, which a state's or another country's department is not (a code review of tagging rules 27).
 * `isAnotherPlacesDepartment("California's Department of Justice", 13, 'Department of Justice')` → true
 */
function isAnotherPlacesDepartment(text: string, start: number, name: string): boolean {
  if (!/\bDepartment\b/.test(name) || /\b(?:U\.S\.|US|United States)\b/.test(name)) return false;
  const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return owner !== undefined && !AMERICAN.test(owner);
}
