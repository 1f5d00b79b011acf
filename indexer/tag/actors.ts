import type { Mention } from './mention.js';
import type { ActorKind, AliasTable } from './aliases.js';
import { fold } from '../../src/text/fold.js';
import { endsWithLegalForm, isOnlyLegalForms, withFirstLegalForm, withoutLegalForm } from './company-suffixes.js';
import { isNotAnActor, isNotAnActorName } from './not-actors.js';
import { recase } from './recase.js';
import { isShouted } from './shouted.js';

export interface ActorTag {
  /** The one canonical name: the facet value. */
  name: string;
  kind: ActorKind;
  /** Offsets in the tagged text of every mention that resolved to this actor. */
  mentions: { start: number; end: number }[];
}

/** Titles and honorifics before a name are not part of it: "President Mohamed Bazoum" → "Mohamed Bazoum". */
const TITLE_PREFIX =
  /^(?:(?:president|prime minister|minister|deputy minister|gen\.?|general|col\.?|colonel|maj\.?|major|lt\.?|capt\.?|sgt\.?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|sir|dame|lord|king|queen|prince|princess|sheikh|pope|senator|sen\.?|rep\.?|gov\.?|governor|chancellor|secretary|treasurer|exchequer|spokesman|spokeswoman|judge|justice|the|mayor|mp|mep|msp|admiral|adm\.?|vice|commander|lieutenant|sergeant|ambassador|archbishop|bishop|cardinal|rev\.?|reverend|chief|chairman|chairwoman|speaker|majority|minority|leader|staff|attorney|premier|deputy|acting|former|labour|liberal|conservative|tory|democratic|republican|opposition)\s+)+/i;
/**
 * A person's title at the start of a span the model took for an organisation: "Mr Bush", "MP Catherine Bell",
 * "Senator Biden", "Dr Don Brash" (a doctor before two names: "Dr Pepper" stays a company). The review of the
 * Wikinews facet found them as organisations beside the same people's names.
 */
const PERSON_TITLE_ON_ORG = /^(?:Mr|Mrs|Ms|MP|MEP|Mayor|Senator|Sen\.|Rep\.|Admiral|Adm\.|Gov\.|Governor|Dr\.?(?=\s+\p{Lu}\S*\s+\p{Lu}))\.?\s+(?=\p{Lu})/u;
/** Titles alone, no one's name: "Mr", "MP", "Mayor", "Pope" were actors of the Wikinews facet. */
const BARE_TITLE = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Adm|Lt|Gen|Col|Capt|Sgt)\.?|MPs?|MEPs?|PM|Senator|Mayor|Treasurer|Pope|President|Governor|Minister|Premier|Chancellor|Speaker|Sheikh|General|Chair|Chairman)$/;
const LEADING_THE = /^the\s+/i;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+$/;
const POSSESSIVE = /(?:['’]s|['’])$/;

interface Group {
  kind: ActorKind;
  spellings: Map<string, number>;
  /** One-word spellings pass 2 joined to a longer name: they name the group only when nothing else does. */
  joined: Map<string, number>;
  /** Folded spellings (and canonical name), computed once: names are compared many times. */
  folded: Set<string>;
  mentions: { start: number; end: number }[];
  canonical?: string;
}

interface Surface {
  name: string;
  kind: ActorKind;
  start: number;
  end: number;
  /** The name was written with "'s" ("Moody's"), which cleanName took off: the alias file may list it so. */
  possessive?: boolean;
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
 * 5. with `shoutedFrom`, the mentions from there on are in an all-capitals title: see resolveShoutedNames (and
 *    `titleCompany`, where the wire headline's company stands in `text`: wire-title.ts).
 *
 * `canonicalActors('Vladimir Putin met… Putin said', [PER 0-14, PER 22-27])`
 *   → `[{ name: 'Vladimir Putin', kind: 'person', mentions: [{0,14},{22,27}] }]`
 */
export interface ActorOptions {
  /** The mentions from here on are in an all-capitals title: see resolveShoutedNames. */
  shoutedFrom?: number;
  /** Where the wire headline's company stands in `text` (wire-title.ts). */
  titleCompany?: { start: number; end: number };
  /** Whether a word is mostly written in lower case ("news", "time"): such a company keeps its legal form. */
  isCommonWord?: (word: string) => boolean;
}

export function canonicalActors(text: string, mentions: readonly Mention[], aliases?: AliasTable, options: ActorOptions = {}): ActorTag[] {
  const surfaces: Surface[] = [];
  for (const m of mentions) {
    const cleaned = cleanName(text.slice(m.start, m.end), m.start, m.type);
    if (cleaned === undefined || isOnlyLegalForms(cleaned.name) || isNotAnActor(text, cleaned.start, cleaned.end, cleaned.name)) continue;
    if (m.type === 'PER' || m.type === 'ORG') {
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
  reclaimSwallowedPeople(surfaces);
  dropCapitalisedCommonWords(text, surfaces, aliases);

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
  const legalNames = new Set<string>();
  for (const s of surfaces) {
    const alias = aliases?.lookup(s.name) ?? (s.possessive === true ? aliases?.lookup(`${s.name}'s`) : undefined);
    if (alias !== undefined) {
      add(`alias:${fold(alias.canonical)}`, { ...s, kind: alias.kind }, alias.canonical);
      keyOf.set(fold(s.name), `alias:${fold(alias.canonical)}`);
      continue;
    }
    if (s.kind === 'person' && !s.name.includes(' ')) {
      pending.push(s);
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
        if (bare !== s.name) legalNames.add(fold(bare));
        s.name = bare !== s.name ? withoutSeparatingCommas(bare) : bare;
      }
      // The list only: the offsets are the whole name's, so "<NEC Corp>" must not read as a bracketed ticker "NEC".
      if (isNotAnActorName(s.name)) continue;
    }
    const key = similarKey(fold(s.name), s.kind, groups) ?? `${s.kind}:${fold(s.name)}`;
    keyOf.set(fold(s.name), key);
    add(key, s);
  }

  // Pass 2: one-word person names join the full name that ends (or starts) with them.
  for (const s of pending) {
    const word = fold(s.name);
    let best: string | undefined;
    let bestCount = 0;
    for (const [key, g] of groups) {
      if (g.kind !== 'person') continue;
      let matches = false;
      for (const n of g.folded) if (n.endsWith(` ${word}`) || n.startsWith(`${word} `)) matches = true;
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
    if (best !== undefined) {
      add(best, s, undefined, true);
      continue;
    }
    if (keyOf.get(word) === undefined) {
      // No full name in this article: the alias file's one person with this surname, if there is exactly one.
      const known = aliases?.personBySurname(word);
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
  mergeAcronyms(groups);
  if (options.shoutedFrom !== undefined) resolveShoutedNames(text, groups, options.shoutedFrom, options.titleCompany);

  // One tag per canonical name: the tagger can read one name as a person in one sentence and an organisation in
  // another ("Comissaria Smith said" / "Comissaria Smith's review"); the kind read more often wins.
  const byName = new Map<string, ActorTag>();
  for (const g of groups.values()) {
    const name = g.canonical ?? canonicalSpelling(g);
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
 * The key of the one organisation of the article whose name starts with the folded `word` ("inland" → "Inland Steel
 * Industries"); none when several do ("ford" beside "Ford Motor" and "Ford Motor Credit"): which one is meant is
 * not known. (fold turns "Moody's" into "moody s", so a possessive's first word is the word itself.)
 */
function onlyOrganisationOpenedBy(word: string, groups: Map<string, Group>, except?: string): string | undefined {
  let only: string | undefined;
  for (const [key, g] of groups) {
    if (key === except || g.kind !== 'organisation' || ![...g.folded].some((n) => n.startsWith(`${word} `))) continue;
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
}

/**
 * The old house style of some firms' names, a comma between partners, is dropped, so that one firm is one actor
 * however an article writes it: "Goldman, Sachs and Co" and "Goldman Sachs" (42 and 43 articles apart before),
 * "Kidder, Peabody and Co" → "Kidder Peabody". Only for a name written with its legal form: a span the model ran over
 * a list ("Chase, Chemical") must not read as a firm. `withoutSeparatingCommas('Smith Barney, Harris Upham')` →
 * `'Smith Barney Harris Upham'`
 */
function withoutSeparatingCommas(name: string): string {
  return name.includes(',') ? name.replace(/(?<=[\p{L}.]),\s+(?=\p{Lu})/gu, ' ') : name;
}

/** Bodies whose one word is their name, not the short form of a committee: "House" is not "House Banking Committee". */
const NAMED_ALONE: ReadonlySet<string> = new Set(['house', 'senate', 'congress', 'parliament', 'cabinet', 'treasury', 'pentagon', 'kremlin', 'white', 'ec', 'eu', 'un']);

/**
 * A one-word organisation that opens the name of a longer one of the same article is that one, as news writes a firm
 * in full once and short after: "Salomon Brothers Inc… Salomon said", "Moody's Investors Service… Moody's said". Only
 * when exactly one organisation of the article opens with the word ("Ford" stays itself beside "Ford Motor" and "Ford
 * Motor Credit"), and not for a name written with its legal form, which is a company of its own ("Boeing Co" is not
 * "Boeing Commercial Airplane"), nor for bodies whose one word is their name.
 */
function resolveShortOrganisations(groups: Map<string, Group>, legalNames: ReadonlySet<string>): void {
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined || !key.startsWith('organisation:')) continue;
    const word = key.slice('organisation:'.length);
    if (word.includes(' ') || NAMED_ALONE.has(word) || legalNames.has(word)) continue;
    const opened = onlyOrganisationOpenedBy(word, groups, key);
    if (opened === undefined) continue;
    groups.get(opened)!.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

/**
 * One-word organisations that only name a kind of body: "the Bank said", "the Commission", "the Board", or the
 * leftover word of a name the model cut ("National"). In a news article such a word refers back to the body named in
 * full ("Bank of Japan"), so it joins the organisation of the article whose name holds the word (the most mentioned,
 * when several do); with none there it names nobody in particular and is left out. Before, "Bank", "Commission" and
 * "Board" were among the commonest actors of the Reuters files (docs/TAGGING.md).
 */
const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'bank', 'commission', 'board', 'union', 'council', 'committee', 'ministry', 'department', 'agency', 'fund', 'group',
  'company', 'exchange', 'court', 'party', 'authority', 'corporation', 'association', 'organisation', 'organization',
  'office', 'institute', 'federation', 'government', 'administration', 'bureau', 'secretariat', 'assembly', 'chamber',
  'national', 'federal', 'united', 'central', 'international',
]);
/**
 * A department's field before its head's title, the model having cut the title off: "Defense" of "Defense Secretary
 * Caspar Weinberger", "Commerce" of "Commerce Secretary Malcolm Baldrige". Such a word joins only a department or
 * ministry ("Commerce Department"), not any name that holds it ("Energy Transfer Partners").
 */
const DEPARTMENT_FIELDS: ReadonlySet<string> = new Set([
  'defense', 'defence', 'commerce', 'agriculture', 'interior', 'justice', 'transportation', 'transport', 'education',
  'health', 'energy', 'finance', 'economy',
]);
const DEPARTMENT = /\b(?:department|dept|ministry|secretariat)\b/;

function resolveGenericOrganisations(groups: Map<string, Group>): void {
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined || !key.startsWith('organisation:')) continue;
    const word = key.slice('organisation:'.length);
    const field = DEPARTMENT_FIELDS.has(word);
    if (!field && !GENERIC_BODIES.has(word)) continue;
    let best: Group | undefined;
    for (const [otherKey, other] of groups) {
      if (otherKey === key || other.kind !== 'organisation') continue;
      const holds = [...other.folded].some((n) => n.split(' ').includes(word) && n !== word && (!field || DEPARTMENT.test(n)));
      if (holds && (best === undefined || other.mentions.length > best.mentions.length)) best = other;
    }
    best?.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

/**
 * A person named without the middle initials another person of the article has is that person: "George Bush" and
 * "George W. Bush" in one story (a black-box review found both values on one article). Only when exactly one such
 * person is there: beside "George H. W. Bush" and "George W. Bush", "George Bush" stays itself.
 */
function mergeMiddleInitials(groups: Map<string, Group>): void {
  const bare = (name: string): string => {
    const words = name.split(' ');
    return words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ');
  };
  for (const [key, g] of groups) {
    if (g.kind !== 'person' || g.canonical !== undefined) continue;
    const plain = [...g.folded].filter((n) => n.split(' ').length === 2);
    if (plain.length === 0 || plain.length !== g.folded.size) continue;
    const fuller = [...groups].filter(([k, o]) => k !== key && o.kind === 'person' && [...o.folded].some((n) => n.split(' ').length > 2 && plain.includes(bare(n))));
    if (fuller.length !== 1) continue;
    const [, target] = fuller[0]!;
    target.mentions.push(...g.mentions);
    for (const [spelling, n] of [...g.spellings, ...g.joined]) target.joined.set(spelling, (target.joined.get(spelling) ?? 0) + n);
    groups.delete(key);
  }
}

/**
 * A one-word organisation that is a word of the language and ends the name of another organisation of the article is
 * that one, the model having cut its name: "Data" of "Nuclear Data", "Technology" of "Storage Technology" (the most
 * mentioned, when several end with it). With none, it stays: "Power" may be all the article names. Not the bodies of
 * NAMED_ALONE.
 */
function resolveCutOrganisations(groups: Map<string, Group>, isCommonWord: (word: string) => boolean): void {
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined || !key.startsWith('organisation:')) continue;
    const word = key.slice('organisation:'.length);
    // Not a body whose one word is its name: "House" is not "White House".
    if (word.includes(' ') || NAMED_ALONE.has(word) || !isCommonWord(word)) continue;
    let best: Group | undefined;
    for (const [otherKey, other] of groups) {
      if (otherKey === key || other.kind !== 'organisation') continue;
      const ends = [...other.folded].some((n) => n.endsWith(` ${word}`));
      if (ends && (best === undefined || other.mentions.length > best.mentions.length)) best = other;
    }
    if (best === undefined) continue;
    best.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

/**
 * A body, an office in it, and the full name of who holds it: "Federal Reserve Board Chairman Paul Volcker"; or the
 * office alone, as the model cuts "Chancellor of the Exchequer Nigel Lawson" to "Exchequer Nigel Lawson".
 */
const OFFICE_HOLDER =
  /^(?:(.*?)\s+)?(?:Vice\s+|Deputy\s+)?(?:Exchequer|Chairman|Chairwoman|Secretary|Minister|President|Governor|Director|Treasurer|Spokesman|Spokeswoman|Commissioner|Ambassador|Chief Executive|Senator)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)$/u;
/** Words a body's name does not end with: "Chairman and Chief Executive John Smith" names no body "Chairman and". */
const DANGLING = /\s(?:and|of|the|for|&)$/i;

/**
 * An organisation span the model ran on over an office and its holder is the holder, a person, and the body:
 * "Federal Reserve Board Chairman Paul Volcker" → "Federal Reserve Board" and "Paul Volcker"; "Exxon Chairman Lawrence
 * Rawl" → "Exxon" and "Lawrence Rawl" ("Defense" of "Defense Secretary Caspar Weinberger" is then left to
 * resolveGenericOrganisations). The holder loses titles of their own ("Secretary General Boutros Boutros-Ghali"); a
 * "holder" with a legal form is a company ("President Enterprises Corp"), and no split.
 */
function splitOfficeHolder(s: { raw: string; start: number; end: number }): Surface[] | undefined {
  const m = OFFICE_HOLDER.exec(s.raw);
  if (m === null || endsWithLegalForm(m[2]!)) return undefined;
  let holder = m[2]!;
  const title = TITLE_PREFIX.exec(holder);
  if (title && title[0].length < holder.length) holder = holder.slice(title[0].length);
  const out: Surface[] = [{ name: holder.replace(/\s+/g, ' '), kind: 'person', start: s.end - holder.length, end: s.end }];
  const body = m[1];
  if (body !== undefined && body.length >= 2 && !DANGLING.test(` ${body}`)) {
    out.unshift({ name: body.replace(/\s+/g, ' '), kind: 'organisation', start: s.start, end: s.start + body.length });
  }
  return out;
}

/**
 * An organisation span that ends with a person's full name found elsewhere as a person ("President of the
 * Transitional Period of the Republic of Mali Assimi Goita") is a boundary error: the name is given back to the
 * person and the rest of the span dropped.
 */
function reclaimSwallowedPeople(surfaces: Surface[]): void {
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

/** Institutions a sentence often opens with whose names are also common words ("Congress voted…", "a party congress"). */
const INSTITUTIONS: ReadonlySet<string> = new Set(['Congress', 'Senate', 'House', 'Parliament', 'Treasury', 'Cabinet', 'Government']);

/**
 * A one-word organisation that the article capitalises only where any word would be (a sentence's or paragraph's
 * first word, after a dateline's dash) and writes in lower case elsewhere is a common word, not an actor: "Tariffs
 * rose…" with "tariffs" further on, "Industry sources said" with "the industry". A model trained on CoNLL-2003 reads
 * such sentence-initial nouns as organisations (in the bench corpus: "Electric", "News", "Internet", "Aviation", 35
 * values in 65 articles). Names of the alias file stay. Removes them from `surfaces` in place.
 */
function dropCapitalisedCommonWords(text: string, surfaces: Surface[], aliases?: AliasTable): void {
  const names = new Map<string, boolean>();
  for (const s of surfaces) {
    if (s.kind !== 'organisation' || !/^\p{Lu}\p{Ll}+$/u.test(s.name)) continue;
    names.set(s.name, (names.get(s.name) ?? true) && startsSentence(text, s.start));
  }
  const common = new Set<string>();
  for (const [name, onlyAtStarts] of names) {
    if (!onlyAtStarts || INSTITUTIONS.has(name) || aliases?.lookup(name) !== undefined) continue;
    const lower = name.toLowerCase();
    // As a word of running text: not inside a web or e-mail address ("pdvsa.com", "/putin-visit"). (The plain search
    // first: this runs for every article, the regex only where the word is there at all.)
    if (text.includes(lower) && new RegExp(`(?<![\\p{L}\\p{N}/.@_-])${lower}(?![\\p{L}\\p{N}/@_-])`, 'u').test(text)) common.add(name);
  }
  // Some wire copy is all lower case bar each sentence's first letter ("…company petroleos de venezuela (pdvsa).
  // Pdvsa last april…"): there every name is also written in lower case, and nothing can be told.
  if (common.size === 0 || isLowerCasedCopy(text)) return;
  const kept = surfaces.filter((s) => !(s.kind === 'organisation' && common.has(s.name)));
  surfaces.splice(0, surfaces.length, ...kept);
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

function cleanName(
  surface: string,
  offset: number,
  type: Mention['type'],
): { name: string; raw: string; start: number; end: number; company: boolean; possessive: boolean } | undefined {
  let start = offset;
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
  // read as an organisation is the person.
  const personByTitle = type === 'ORG' && PERSON_TITLE_ON_ORG.test(raw) && !endsWithLegalForm(raw.trim());
  const company = (type === 'ORG' && !personByTitle) || (type === 'PER' && endsWithLegalForm(raw.trim()));
  // A person's title is not their name; an organisation's first word is ("General Motors", "Justice Department").
  const title = (company ? LEADING_THE : TITLE_PREFIX).exec(raw);
  if (title && title[0].length < raw.length) drop(title[0].length);
  const possessive = POSSESSIVE.exec(raw);
  if (possessive) raw = raw.slice(0, raw.length - possessive[0].length);
  const hadPossessive = possessive !== null;
  drop(raw.length - raw.trimStart().length);
  raw = raw.trimEnd();
  const name = raw.replace(/\s+/g, ' ');
  // Nor what a title leaves of an office ("of London" of "Mayor of London Boris Johnson").
  if (name.length < 2 || !/\p{Lu}/u.test(name) || BARE_TITLE.test(name) || /^(?:of|and|for|the)\s/.test(name)) return undefined;
  return { name, raw, start, end: start + raw.length, company, possessive: hadPossessive };
}

/** A group of the same kind whose name is a near spelling of this one (same surname, given names close). */
function similarKey(folded: string, kind: ActorKind, groups: Map<string, Group>): string | undefined {
  const words = folded.split(' ');
  const last = words.at(-1);
  for (const [key, g] of groups) {
    if (g.kind !== kind) continue;
    if (g.folded.has(folded)) return key;
    if (folded.length < 8) continue;
    for (const other of g.folded) {
      if (Math.abs(other.length - folded.length) > 2) continue;
      const otherWords = other.split(' ');
      if (otherWords.length !== words.length) continue;
      if (kind === 'person' && otherWords.at(-1) !== last) continue;
      if (levenshtein(other, folded) <= 2) return key;
    }
  }
  return undefined;
}

function mergeAcronyms(groups: Map<string, Group>): void {
  for (const [acronymKey, acronym] of groups) {
    const spelling = canonicalSpelling(acronym);
    if (acronym.kind !== 'organisation' || !/^[A-Z]{2,8}$/.test(spelling)) continue;
    for (const [key, g] of groups) {
      if (key === acronymKey || g.kind !== 'organisation') continue;
      const words = canonicalSpelling(g).split(/[\s-]+/);
      const initials = words
        .filter((w) => w !== '')
        .map((w) => w[0]!.toUpperCase())
        .join('');
      const significant = words
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (initials === spelling || significant === spelling) {
        g.mentions.push(...acronym.mentions);
        groups.delete(acronymKey);
        break;
      }
    }
  }
}

/**
 * Names found only in an all-capitals title ("U.S. SENATE PANEL MAKES CONSERVATION EXEMPTION", from `from` on) join
 * the article's own name for them, else go. Meilisearch counts facet values regardless of case and shows one spelling
 * for all of them, so one "U.S. SENATE" made the Senate of 42 articles read "U.S. SENATE" in the actor facet; and the
 * model reads capitals poorly ("LITTLE", "EXPRESS", "QTR JAN", "POWER" from "GREEN MOUNTAIN POWER CORP"). Reuters
 * titles held 2,416 such values in 16,655 bench articles. The match, best first (ties: the name mentioned most):
 * the same words, or the same once "U.S."/"U.K." is taken off either ("U.S. SENATE" → "Senate"); a body name ending
 * with the title's words ("BALDRIGE" → "Malcolm Baldrige"); a body name starting with them ("U.S. SENATE" →
 * "U.S. Senate Agriculture Committee"). Names of the alias file are known actors and stay as they are; so does the
 * company the headline is about by its form (`company`, see titleCompany), in the case a body would write it.
 *
 * `SENATE PANEL…` + body "The Senate voted" → one actor "Senate"; `LITTLE ROOM FOR…` → no "LITTLE";
 * `JIM WALTER CORP <JWC> REGULAR DIVIDEND` with a table for body → "Jim Walter"
 */
function resolveShoutedNames(text: string, groups: Map<string, Group>, from: number, company?: { start: number; end: number }): void {
  const bodyGroups = [...groups].filter(([, g]) => g.mentions.some((m) => m.start < from));
  // Ties go to the name the body mentions most, counted before any title mention joins it (order must not matter).
  const bodyCounts = new Map(bodyGroups.map(([, g]) => [g, g.mentions.length]));
  const withoutCountry = (name: string): string => name.replace(/^u [sk] (?:a )?/, '');
  const body = text.slice(0, from);
  for (const [key, g] of groups) {
    if (key.startsWith('alias:') || !g.mentions.some((m) => m.start >= from)) continue;
    if (g.mentions.some((m) => m.start < from)) {
      // Body mentions joined a title name on the way (a surname, an acronym, a short company name): the group stays,
      // but a spelling only the capitals title wrote is put in body case ("PEGASUS GOLD" + body "Pegasus").
      const spelling = canonicalSpelling(g);
      if (g.canonical === undefined && isShouted(spelling) && !body.includes(spelling)) g.canonical = recase(spelling);
      continue;
    }
    const title = fold(canonicalSpelling(g));
    const bare = withoutCountry(title);
    let best: Group | undefined;
    let bestLevel = 0;
    for (const [, target] of bodyGroups) {
      let level = 0;
      for (const name of target.folded) {
        if (name === title || withoutCountry(name) === bare) level = Math.max(level, 3);
        else if (name.endsWith(` ${title}`) || name.endsWith(` ${bare}`)) level = Math.max(level, 2);
        else if (name.startsWith(`${title} `)) level = Math.max(level, 1);
      }
      if (level > bestLevel || (level === bestLevel && level > 0 && bodyCounts.get(target)! > bodyCounts.get(best!)!)) {
        best = target;
        bestLevel = level;
      }
    }
    if (best !== undefined) best.mentions.push(...g.mentions);
    else if (company !== undefined && g.mentions.some((m) => m.start >= company.start && m.end <= company.end)) {
      // cleanName may have moved the start ("THE LIMITED INC", "< ACME CORP>"): inside the company's span is enough.
      g.canonical = recase(canonicalSpelling(g));
      continue;
    }
    groups.delete(key);
  }
}

/**
 * The name a group is filed under: its most frequent spelling, except that one-word mentions pass 2 joined to a longer
 * name never outvote it ("Baker Hughes" ×1, "Baker" ×2 → "Baker Hughes"), nor does a person's surname. News names a
 * person in full once and by surname after, so counting them filed "Treasury Secretary James Baker… Baker said… Baker
 * added" under "Baker" (and the same man under "James Baker" in an article that names him once): 2,548 articles of
 * the Reuters and Wikinews files had a surname where the full name stood in the article.
 * `{ 'James Baker': 1, 'Baker': 2 }` (person) → "James Baker"; `{ 'Goita': 3, 'Goïta': 1 }` → "Goita".
 */
function canonicalSpelling(g: Group): string {
  const own = g.spellings.size > 0 ? g.spellings : g.joined;
  if (g.kind === 'person') {
    const full = new Map([...own].filter(([name]) => name.includes(' ')));
    if (full.size > 0) return mostFrequent(full);
  }
  return mostFrequent(own);
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of counts) {
    // Ties: the longer spelling (more complete), then the first seen.
    if (count > bestCount || (count === bestCount && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}
