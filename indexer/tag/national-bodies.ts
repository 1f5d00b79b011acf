import type { ActorTag } from './actors.js';
import type { EntryKind } from './countries/gazetteer-types.js';
import { fold } from '../../src/text/fold.js';

/** A country named in the tagged text: where, which, and how (outright, by its people, by a city…). */
export interface Place {
  start: number;
  end: number;
  code: string;
  name: string;
  kind: EntryKind;
}

/** Fields a ministry is named by in the wire's word order ("Finance Ministry"). */
const MINISTRY_FIELDS = [
  'Finance', 'Foreign', 'Defence', 'Defense', 'Interior', 'Trade', 'Economy', 'Agriculture', 'Justice', 'Health',
  'Energy', 'Industry', 'Labour', 'Labor', 'Education', 'Oil', 'Petroleum', 'Information', 'Home', 'Transport',
  'Commerce', 'Planning', 'Environment', 'Mines',
];

/** Parties by their short names (folded), which a story writes alone: "Labour won", "the Greens". */
const PARTY_SHORT_NAMES: Readonly<Record<string, string>> = {
  // Not "Conservatives" or "Liberals": in US news they are people of a persuasion, and the review found "Conservative
  // Party (United States)".
  greens: 'Green Party', labour: 'Labour Party', labor: 'Labor Party', tories: 'Conservative Party',
};

/** After a short name, words that make it no party: "Labour Minister", "Labor Department", "labour costs". */
const NO_PARTY_AFTER = /^\s+(?:Minister|Ministry|Secretary|Department|Dept|Office|Party|Day|Unions?|leaders?\s+of|market|costs?|force|laws?|relations|court|statistics)\b/i;

/** Whether `text[start..end]` is a party's short name used for something else ("Labour Minister"). */
function shortNameOfNoParty(text: string, start: number, end: number): boolean {
  return Object.hasOwn(PARTY_SHORT_NAMES, fold(text.slice(start, end).replace(/^the\s+/i, ''))) && NO_PARTY_AFTER.test(text.slice(end, end + 30));
}

/**
 * Bodies every country has one of, under the same name: "the Finance Ministry", "the Central Bank", "the Senate",
 * "the Army", the parties whose names recur from country to country. Alone, such a name says which body only to a
 * reader who knows the country, and in a facet it lumps all countries' together ("Central Bank" stood for the
 * central banks of Sri Lanka, Taiwan, the Netherlands and Egypt in one value, 98 articles).
 */
const BODIES: ReadonlyMap<string, string> = new Map(
  [
    ...MINISTRY_FIELDS.map((f) => `${f} Ministry`),
    'Central Bank', 'Reserve Bank', 'National Bank', 'Supreme Court', 'Constitutional Court', 'High Court',
    'Parliament', 'Senate', 'Congress', 'National Assembly', 'House of Representatives', 'Chamber of Deputies',
    'Cabinet', 'Government', 'Treasury', 'Army', 'Navy', 'Air Force', 'Armed Forces', 'Police', 'Coast Guard',
    'Election Commission', 'Electoral Commission',
    // A country's exchange written bare: "the Stock Exchange of Hong Kong" (the model keeps "Stock Exchange"), a
    // Bombay story's "Stock Exchange President" (26 articles in one value): rules 39.
    'Stock Exchange',
    'Communist Party', 'Labour Party', 'Labor Party', 'Conservative Party', 'Liberal Party', 'Socialist Party',
    'Green Party', 'National Party', 'Democratic Party', 'Republican Party', 'Social Democratic Party',
  ]
    .map((name): [string, string] => [fold(name), name])
    // Parties by their short names: "Labour" is the Labour Party of the story's country, "the Greens" its Green Party
    // (a review found "Greens" lumping Australia's and Germany's, "Labour" Britain's and New Zealand's).
    .concat(Object.entries(PARTY_SHORT_NAMES))
    // Other names of a body: "the Treasury Department" is the Treasury (a review: 20 articles under "Treasury
    // Department" apart from "Treasury (United States)", Brazil's Treasury under both).
    .concat([['treasury department', 'Treasury'], ['department of the treasury', 'Treasury']]),
);

/**
 * Names of their own that read as a country's body, folded: the American Stock Exchange is one of the United States'
 * exchanges beside the New York one, not "Stock Exchange (United States)" (46 articles).
 */
const OWN_NAMES: ReadonlySet<string> = new Set(['american stock exchange']);

/** "Ministry of Finance" is the "Finance Ministry"; "Ministry of Foreign Affairs" the "Foreign Ministry". */
const MINISTRY_OF = new RegExp(`^ministry of (?:the )?(${MINISTRY_FIELDS.map((f) => f.toLowerCase()).join('|')}|foreign affairs)$`);

/** A place before a body names its country only when it names one outright or by its people ("Texas" does not). */
const NAMES_COUNTRY: ReadonlySet<EntryKind> = new Set(['name', 'abbrev', 'demonym']);

/**
 * Places the country tagger counts for a country that are not that country's state: the nations of the United
 * Kingdom ("Scottish Parliament", "Scottish National Party"), and states that were, where it names the successor
 * (the "Soviet Foreign Ministry" was not Russia's, nor the "East German Army" Germany's).
 */
const NOT_THE_STATE: ReadonlySet<string> = new Set(
  ['Scotland', 'Scottish', 'Wales', 'Welsh', 'England', 'English', 'Northern Ireland', 'Soviet', 'Soviets', 'Soviet Union', 'USSR', 'U.S.S.R.', 'East Germany', 'East German', 'GDR'].map(fold),
);

/** Whether a place, as written, names a country's state. */
const namesState = (text: string, p: Place): boolean => NAMES_COUNTRY.has(p.kind) && !NOT_THE_STATE.has(fold(text.slice(p.start, p.end)));

/** The body a name stands for, in its display form: `bodyName('the ministry of finance')` → `'Finance Ministry'`. */
export function bodyName(surface: string): string | undefined {
  const key = fold(surface.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
  const ministry = MINISTRY_OF.exec(key);
  if (ministry) return ministry[1] === 'foreign affairs' ? 'Foreign Ministry' : BODIES.get(`${ministry[1]} ministry`);
  return BODIES.get(key);
}

/** A body and the country the text names it with, if any: "Japan's Finance Ministry", "U.S. Senate", "Central Bank of Nigeria". */
function readMention(text: string, start: number, end: number, places: readonly Place[]): { body: string; country?: Place; noState?: true; asWritten?: true } | undefined {
  const surface = text.slice(start, end);
  if (OWN_NAMES.has(fold(surface.replace(/^the\s+/i, '')))) return undefined;
  const named = (p: Place): boolean => namesState(text, p);
  // The country inside the name, first ("U.S. Senate", "Dutch Central Bank") or last ("Central Bank of Nigeria").
  for (const p of places) {
    if (p.start >= end) break;
    if (p.end <= start) continue;
    if (!named(p)) {
      // "Soviet Foreign Ministry" as one name: it stays as written, and marks its body as one of no state we name.
      const rest = NAMES_COUNTRY.has(p.kind) && /^(?:the\s+)?$/i.test(text.slice(start, p.start)) ? bodyName(text.slice(p.end, end).trim()) : undefined;
      if (rest !== undefined) return { body: rest, noState: true, asWritten: true };
      continue;
    }
    if (/^(?:the\s+)?$/i.test(text.slice(start, p.start))) {
      const rest = text.slice(p.end, end).replace(/^['’]s\b/, '').trim();
      // "U.S. House" is the House of Representatives (29 articles apart from it: a tagging audit, rules 71).
      const body = bodyName(rest) ?? (rest === 'House' && p.name === UNITED_STATES ? 'House of Representatives' : undefined);
      if (body !== undefined) return { body, country: p };
    }
    if (p.end === end) {
      const of = /\s+of\s+(?:the\s+)?$/i.exec(text.slice(start, p.start));
      const body = of ? bodyName(text.slice(start, p.start - of[0].length)) : undefined;
      if (body !== undefined) return { body, country: p };
    }
  }
  const body = bodyName(surface);
  if (body === undefined || shortNameOfNoParty(text, start, end)) return undefined;
  // The country just before it: "Japan's Finance Ministry", "the Japanese Finance Ministry", "JAPAN FINANCE MINISTRY",
  // "the (U.S.) Congress".
  const before = places.findLast((p) => p.end <= start);
  if (before !== undefined && /^(?:['’]s|\))?\s+$/.test(text.slice(before.end, start))) {
    if (named(before)) return { body, country: before };
    // "the Soviet Foreign Ministry", "the Scottish Parliament": a body of no state we name; the article's bare
    // mentions of it must not take the dateline's country either.
    if (NAMES_COUNTRY.has(before.kind)) return { body, noState: true };
  }
  return { body };
}

/**
 * Each mention of a body every country has ("Finance Ministry", "Senate", "Central Bank": see BODIES) becomes that
 * body of its country, `Finance Ministry (Japan)`, so that the facet tells one country's from another's and one
 * body has one value however it is written ("U.S. Senate", "the Senate", "Senate of the United States"…). The country
 * is, in this order:
 * 1. the one the text names it with: "Japan's Finance Ministry", "the Dutch Central Bank", "Central Bank of Nigeria";
 * 2. for a bare mention, that of the closest such mention of the same body before it (news names a body in full
 *    once, then short; a headline, from `titleFrom` in `text`, is read before the body), else of the first after it
 *    (a TOKYO story's "Congress" is the "U.S. Congress" it names further down, not Japan's);
 * 3. else `fallback`'s country for the body: the article's dateline's, or its only country (see fallbackCountry).
 * With none, the body keeps its bare name. Other actors pass through as they are. Mentions are offsets in `text`;
 * `places` are its country mentions, in text order.
 *
 * `qualifyNationalBodies("Japan's Finance Ministry said… the Finance Ministry", [Finance Ministry ×2], [Japan 0-5])`
 *   → `[{ name: 'Finance Ministry (Japan)', kind: 'organisation', mentions: [both] }]`
 */
export function qualifyNationalBodies(text: string, actors: readonly ActorTag[], places: readonly Place[], options: { fallback?: (body: string) => string | undefined; titleFrom?: number } = {}): ActorTag[] {
  /** A mention of a body (`actor` absent: only told by the text, see below) and its country, once known. */
  interface Read { actor?: ActorTag; mention: { start: number; end: number }; body?: string; country?: string }
  const reads: Read[] = [];
  const noStateBodies = new Set<string>();
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      const read = actor.kind === 'organisation' ? readMention(text, mention.start, mention.end, places) : undefined;
      if (read?.asWritten) {
        // Named as written; its body's other mentions learn it is of no state we name (below: no fallback country).
        reads.push({ actor, mention });
        noStateBodies.add(read.body);
        continue;
      }
      if (read?.noState) noStateBodies.add(read.body);
      reads.push({ actor, mention, ...(read ? { body: read.body } : {}), ...(read?.country ? { country: read.country.name } : {}) });
    }
  }
  const bareHouse = actors.some((a) => a.name === 'House');
  if (!reads.some((r) => r.body !== undefined) && !bareHouse) return [...actors];
  // A country and a body the model did not mark ("JAPAN FINANCE MINISTRY SEES…": in a headline in capitals it
  // rarely does) still tell which country's body the article's bare mentions are; they name no actor themselves.
  const told: Read[] = [];
  for (const p of places) {
    if (!namesState(text, p)) continue;
    const after = /^(?:['’]s)?\s+((?:the\s+)?\S+(?:\s+\S+){0,3})/i.exec(text.slice(p.end, p.end + 60));
    if (!after) continue;
    const words = after[1]!.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const body = bodyName(words.slice(0, n).join(' ').replace(/[,.;:!?)"”’]+$/, ''));
      if (body === undefined) continue;
      if (n === 1 && Object.hasOwn(PARTY_SHORT_NAMES, fold(words[0]!)) && NO_PARTY_AFTER.test(` ${words.slice(1).join(' ')}`)) break;
      told.push({ mention: { start: p.start, end: p.end }, body, country: p.name });
      break;
    }
  }
  const titleFrom = options.titleFrom ?? Infinity;
  const readingOrder = (r: Read): number => (r.mention.start >= titleFrom ? r.mention.start - titleFrom - text.length : r.mention.start);
  const ordered = [...reads.filter((r) => r.body !== undefined), ...told].sort((a, b) => readingOrder(a) - readingOrder(b));
  // Countries the text names, fixed before any bare mention borrows one.
  const named = ordered.map((r) => r.country);
  // A story that names one US chamber as the United States' ("the US Senate") means the US ones by the others' bare
  // names too ("the House", "Congress"): the review found "US Senate passes new bankruptcy bill" filed under "House".
  const usChamberNamed = ordered.some((r, k) => US_CHAMBERS.has(r.body!) && named[k] === UNITED_STATES);
  // A British story quoting the US Senate still means the Commons by "the House".
  const otherHouses = actors.some((a) => /\bHouse of (?:Commons|Lords|Assembly|Keys)\b|\b(?:Commons|Lok Sabha|Knesset|Bundestag|Duma)\b/.test(a.name));
  for (const [i, r] of ordered.entries()) {
    if (r.country !== undefined) continue;
    const sameBody = (o: Read, k: number): boolean => o.body === r.body && named[k] !== undefined;
    const earlier = ordered.findLastIndex((o, k) => k < i && sameBody(o, k));
    const later = ordered.findIndex((o, k) => k > i && sameBody(o, k));
    r.country =
      (earlier >= 0 ? named[earlier] : undefined) ??
      (later >= 0 ? named[later] : undefined) ??
      (usChamberNamed && US_CHAMBERS.has(r.body!) ? UNITED_STATES : undefined) ??
      (noStateBodies.has(r.body!) ? undefined : options.fallback?.(r.body!));
  }

  // A bare "House" is the US House where the story's chambers are the United States' (named so, or by its dateline or
  // its only country: a WASHINGTON story's "Senate (United States)" beside a bare "House", 176 articles in one value
  // before tagging rules 39), and no other house is in it: not a state's legislature's ("Hawaii legislature").
  const houseOfUs =
    bareHouse &&
    !otherHouses &&
    (usChamberNamed ||
      (!STATE_LEGISLATURE.test(text) && (ordered.some((r) => US_CHAMBERS.has(r.body!) && r.country === UNITED_STATES) || options.fallback?.('House of Representatives') === UNITED_STATES)));
  const nameOf = (r: Read): string | undefined => (r.body === undefined ? undefined : r.country === undefined ? r.body : `${r.body} (${r.country})`);
  // An actor's mentions that name no body by themselves ("the Bank", "the Court", an acronym) go where its first
  // mention read as a body went: "Turkish Central Bank … the Bank" is one "Central Bank (Turkey)", not that and a
  // "Turkish Central Bank" of its "Bank" alone (a review found 30 such pairs in 3,140 articles).
  const bodyOfActor = new Map<ActorTag, string>();
  for (const r of reads) if (r.actor !== undefined && !bodyOfActor.has(r.actor) && nameOf(r) !== undefined) bodyOfActor.set(r.actor, nameOf(r)!);
  const byName = new Map<string, ActorTag>();
  for (const r of reads) {
    if (r.actor === undefined) continue;
    const name =
      nameOf(r) ?? bodyOfActor.get(r.actor) ?? (houseOfUs && r.actor.name === 'House' ? `House of Representatives (${UNITED_STATES})` : r.actor.name);
    const tag = byName.get(name);
    if (tag === undefined) byName.set(name, { name, kind: r.actor.kind, mentions: [r.mention] });
    // Two spans the model and a mending rule both gave ("Finance Ministry" inside "West German Finance Ministry") may
    // now be one actor's: one mention each.
    else if (!tag.mentions.some((m) => m.start === r.mention.start && m.end === r.mention.end)) tag.mentions.push(r.mention);
  }
  // An actor whose mentions all went elsewhere still names the article (a title-only actor has none in the body).
  for (const a of actors) if (a.mentions.length === 0 && !byName.has(a.name)) byName.set(a.name, { ...a, mentions: [] });
  const result = [...byName.values()];
  for (const a of result) a.mentions.sort((x, y) => x.start - y.start);
  return result.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** The US chambers' names, which a foreign-datelined story uses for them when it reports on Washington. */
/** A story about a legislature of a US state, whose "House" is the state's. */
const STATE_LEGISLATURE = /\b(?:[Ll]egislature|[Ss]tate (?:House|Senate|Assembly|[Ll]egislat)|General Assembly|[Ss]tatehouse)/;

const US_CHAMBERS: ReadonlySet<string> = new Set(['Congress', 'Senate', 'House of Representatives']);
const UNITED_STATES = 'United States';

/**
 * Countries whose legislature has, or in the corpora's years had, a chamber by that name in English-language news
 * (ISO codes): a bare "Senate" or "Congress" can only be theirs. Generous on purpose (Peru's Senate until 1992,
 * Venezuela's Congress until 1999, India's Congress party): a country wrongly listed only keeps a name bare.
 */
const CHAMBER_COUNTRIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Senate', new Set(['US', 'AU', 'IT', 'FR', 'BR', 'MX', 'CA', 'AR', 'CL', 'CO', 'PE', 'VE', 'PL', 'CZ', 'RO', 'PH', 'NG', 'IE', 'ES', 'BE', 'NL', 'PK', 'KE', 'TH', 'KH', 'HT', 'DO', 'BO', 'PY', 'UY', 'MY', 'JO', 'BI', 'RW', 'CM', 'CD', 'CG', 'GA', 'SN', 'MG', 'LR', 'JM', 'TT', 'BS', 'BB', 'BZ', 'ZW', 'SZ', 'LS', 'KZ', 'UZ', 'EG', 'GQ', 'MR', 'AG', 'LC', 'GD'])],
  ['Congress', new Set(['US', 'PH', 'BR', 'AR', 'CL', 'CO', 'PE', 'MX', 'GT', 'HN', 'PY', 'BO', 'EC', 'VE', 'DO', 'ES', 'IN', 'NP', 'ZA', 'FM'])],
]);

/**
 * The country a bare "Finance Ministry" of the article belongs to when the text does not say: the dateline's ("TOKYO,
 * March 3 - The Finance Ministry said…"), else the article's only country. None when it names several and has no
 * dateline: guessing would put one country's body under another's name. (The most salient country was tried: on the
 * bench corpus it made the Senate and Congress of Iran-contra stories Iran's.)
 *
 * A bare "Senate" or "Congress" is only ever the chamber of a country that has one (CHAMBER_COUNTRIES): the dateline's
 * or the only country's if it has one, unless the story is filed abroad and names the United States ("TOKYO …
 * legislation by Congress", "MANILA … the Senate" beside Washington: either could be meant); else the one country of
 * the article that has such a chamber, if only one does ("TOKYO … protectionist legislation by Congress", naming Japan
 * and the United States, is the US Congress; 51 bare "Congress" and 51 bare "Senate" before tagging rules 62).
 *
 * `fallbackCountry([{ code: 'JP', name: 'Japan', mentions: [{ dateline: true }] }])('Finance Ministry')` → `'Japan'`
 * `fallbackCountry([{ code: 'JP', …dateline }, { code: 'US', name: 'United States', … }])('Congress')` → `'United States'`
 */
export function fallbackCountry(countries: readonly { code: string; name: string; mentions: readonly { dateline?: true }[] }[]): (body: string) => string | undefined {
  const dateline = countries.find((c) => c.mentions.some((m) => m.dateline === true));
  const home = dateline ?? (countries.length === 1 ? countries[0]! : undefined);
  const reportsOnWashington = dateline !== undefined && dateline.code !== 'US' && countries.some((c) => c.code === 'US');
  return (body) => {
    const chambers = CHAMBER_COUNTRIES.get(body);
    if (chambers === undefined) return reportsOnWashington && US_CHAMBERS.has(body) ? undefined : home?.name;
    if (home !== undefined && chambers.has(home.code) && !reportsOnWashington) return home.name;
    const having = countries.filter((c) => chambers.has(c.code));
    return having.length === 1 ? having[0]!.name : undefined;
  };
}
