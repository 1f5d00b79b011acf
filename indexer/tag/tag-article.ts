import { storyDay, type ActorKind, type AliasTable } from './aliases.js';
import { canonicalActors } from './actors.js';
import { filingDay, tagDates, type DatePrecision } from './dates.js';
import type { Mention } from './mention.js';
import { withAliasMentions } from './alias-mentions.js';
import { withSurnameMentions } from './surname-mentions.js';
import { attachCompanySuffixes } from './company-suffixes.js';
import { joinAndNames } from './and-names.js';
import { joinFirmLists } from './firm-lists.js';
import { bracketedCompanies } from './bracketed-names.js';
import { joinOfNames } from './of-names.js';
import { extendOrganisations } from './org-heads.js';
import { completeInitials } from './person-initials.js';
import { isWholePlace } from './actor-names.js';
import { isShouted } from './shouted.js';
import { datelineHead, parseDatelinePlace } from './countries/dateline.js';
import { getGazetteer } from './countries/gazetteer.js';
import type { EntryKind } from './countries/gazetteer-types.js';
import { fallbackCountry, qualifyNationalBodies, type Place } from './national-bodies.js';
import { titleCompany } from './wire-title.js';

/** Offsets into the article body (`paragraphs.join('\n\n')`). */
export interface Span {
  start: number;
  end: number;
}

export interface ArticleTagging {
  countries: { code: string; name: string; salience: number; mentions: Span[] }[];
  actors: { name: string; kind: ActorKind; mentions: Span[] }[];
  dates: { value: string; precision: DatePrecision; text: string; mentions: Span[] }[];
  /** Raw recogniser spans in the body, for the tag CLI and evaluation. */
  mentions: Mention[];
}

export interface CountryFinder {
  (input: { text: string; title?: string; mentions?: Mention[]; published?: Date }): {
    code: string;
    name: string;
    salience: number;
    mentions: { start: number; end: number; field: 'text' | 'title' | 'dateline'; kind: EntryKind; dateline?: true }[];
  }[];
}

export interface TaggerParts {
  recognize: (text: string) => Mention[];
  findCountries: CountryFinder;
  aliases?: AliasTable;
  /** Whether a word is one of the language, mostly written in lower case (the NER model's lexicon knows). */
  isCommonWord?: (word: string) => boolean;
}

export type Tagger = (input: { title: string; body: string; published?: Date | undefined }) => ArticleTagging;

/**
 * The tagger: named entities once over title and body, then countries, canonical actors and dates from them.
 * Title mentions count (they raise salience) but carry no evidence offsets, which are all in the body.
 */
export function createTagger(parts: TaggerParts): Tagger {
  const aliases = parts.aliases;
  const firmListOptions = {
    isPlace: isWholePlace,
    ...(parts.isCommonWord !== undefined ? { isCommonWord: parts.isCommonWord } : {}),
    ...(aliases !== undefined ? { isKnownName: (word: string) => aliases.lookup(word) !== undefined || aliases.personBySurname(word) !== undefined } : {}),
  };
  return ({ title, body, published }) => {
    const titleLength = title === '' ? 0 : title.length + 2;
    // A dateline at the head of the body ("SALVADOR, Feb 26 - Showers…") says where and when the story was filed: a
    // place for the country tagger, which reads it as such, but no name and no date the story mentions. Names and
    // dates are read with it blanked out (offsets unchanged), so that the word after it opens the text as before.
    // Without a date, a head in capitals before a dash is a dateline only when it is a place ("OPEC - the cartel…" is
    // a name, and stays one).
    const head = datelineHead(body);
    const dateline = head !== null && (/\d/.test(head) || parseDatelinePlace(head, getGazetteer()) !== null) ? head : null;
    const read = dateline === null ? body : ' '.repeat(dateline.length) + body.slice(dateline.length);
    const text = title === '' ? read : `${title}\n\n${read}`;
    // The model's spans, mended where it is known to cut names short (each function says how), then the alias file's
    // names of more than one word wherever they stand.
    const mended = completeInitials(text, joinOfNames(text, joinAndNames(text, joinFirmLists(text, attachCompanySuffixes(text, extendOrganisations(text, bracketedCompanies(text, parts.recognize(text))), parts.isCommonWord), firmListOptions)), isWholePlace));
    // (Then the bare surnames it left untagged: of the article's full names, and of the alias file's eras.)
    const all = withSurnameMentions(text, withAliasMentions(text, mended, parts.aliases), { aliases: parts.aliases, day: storyDay(published), isCommonWord: parts.isCommonWord });
    const bodyMentions = all
      .filter((m) => m.start >= titleLength)
      .map((m) => ({ type: m.type, start: m.start - titleLength, end: m.end - titleLength }));
    const titleMentions = all.filter((m) => m.end <= title.length);

    const found = parts.findCountries({ text: body, ...(title !== '' ? { title } : {}), mentions: bodyMentions, ...(published !== undefined ? { published } : {}) });
    const countries = found.map((c) => ({
        code: c.code,
        name: c.name,
        salience: c.salience,
        mentions: c.mentions.filter((m) => m.field === 'text').map(({ start, end }) => ({ start, end })),
      }));

    // A span the country tagger claims ("Mali's President", "Burkina Faso") is a place, not an actor.
    const placeSpans = { text: [] as Span[], title: [] as Span[] };
    // Not an institution the gazetteer counts for its country ("Bank of England", "Bundesbank", "White House"): that is
    // a body, and an actor too, where the model reads one.
    for (const c of found) for (const m of c.mentions) if (m.field !== 'dateline' && m.kind !== 'institution') placeSpans[m.field].push(m);
    // Place spans cover a mention when every letter of it lies in one ("Mali-Russia" is two places, not an actor).
    const notPlace = (spans: Span[], source: string) => (m: Mention) => {
      // An actor of the alias file stays one even where it also names a country ("the Kremlin").
      if (parts.aliases?.lookup(source.slice(m.start, m.end).replace(/^the\s+/i, '')) !== undefined) return true;
      const overlapping = spans.filter((p) => p.start < m.end && m.start < p.end);
      // Most mentions have no place near them: one test of the whole mention, not one per letter.
      if (overlapping.length === 0) return /\p{L}/u.test(source.slice(m.start, m.end));
      const inside = (i: number): boolean => overlapping.some((p) => p.start <= i && i < p.end);
      for (let i = m.start; i < m.end; i++) if (!inside(i) && /\p{L}/u.test(source[i]!)) return true;
      return false;
    };
    const bodyActorMentions = bodyMentions.filter(notPlace(placeSpans.text, body));
    const shouted = isShouted(title);
    // The company a wire headline is about by its form ("JIM WALTER CORP <JWC> …"), as one mention in place of the
    // model's pieces of it: in capitals the model cuts names ("PEGASUS" of "PEGASUS GOLD INC").
    const company = shouted ? titleCompany(title) : undefined;
    const titleActorMentions = titleMentions
      .filter(notPlace(placeSpans.title, title))
      .filter((m) => company === undefined || m.end <= company.start || m.start >= company.end);
    if (company !== undefined) titleActorMentions.push({ type: 'ORG', start: company.start, end: company.end });

    // One pass over body and title together (title after the body, so offsets below body.length are body offsets):
    // title-only actors still belong to the article, resolved with the body's names.
    const shift = body.length + 2;
    const combined = `${body}\n\n${title}`;
    const resolved = canonicalActors(
      combined,
      [...bodyActorMentions, ...titleActorMentions.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }))],
      parts.aliases,
      {
        ...(parts.isCommonWord !== undefined ? { isCommonWord: parts.isCommonWord } : {}),
        ...(published !== undefined ? { published } : {}),
        ...(title !== '' ? { titleFrom: shift } : {}),
        ...(shouted ? { shoutedFrom: shift, ...(company !== undefined ? { titleCompany: { start: shift + company.start, end: shift + company.end } } : {}) } : {}),
      },
    );
    // "the Finance Ministry" of Japan's, of Brazil's: one value per country's body (national-bodies.ts), with the
    // places of body and title in the same coordinates as the actors' mentions.
    const places: Place[] = [];
    for (const c of found) {
      for (const m of c.mentions) {
        if (m.field === 'text') places.push({ start: m.start, end: m.end, code: c.code, name: c.name, kind: m.kind });
        else if (m.field === 'title') places.push({ start: m.start + shift, end: m.end + shift, code: c.code, name: c.name, kind: m.kind });
      }
    }
    places.sort((a, b) => a.start - b.start);
    const qualified = qualifyNationalBodies(combined, resolved, places, { fallback: fallbackCountry(found), titleFrom: shift });
    const actors = qualified.map((a) => ({ name: a.name, kind: a.kind, mentions: a.mentions.filter((m) => m.end <= body.length).map(({ start, end }) => ({ start, end })) }));

    const byValue = new Map<string, ArticleTagging['dates'][number]>();
    // Counted from the day the dateline gives, where it gives one: the wire's stamp is in GMT (filingDay).
    const filed = dateline !== null && published !== undefined ? filingDay(dateline, published) : undefined;
    for (const d of tagDates(read, filed ?? published)) {
      const entry = byValue.get(d.value) ?? { value: d.value, precision: d.precision, text: d.text, mentions: [] };
      entry.mentions.push({ start: d.start, end: d.end });
      byValue.set(d.value, entry);
    }
    return { countries, actors, dates: [...byValue.values()], mentions: bodyMentions };
  };
}
