import { readFileSync } from 'node:fs';
import { fold } from '../../src/text/fold.js';
import { memo } from '../../src/text/memo.js';
import type { ActorKind } from '../../src/meili/passage-document.js';

// One kind of actor for the tagger, the index and the server.
export type { ActorKind };

export interface AliasEntry {
  canonical: string;
  kind: ActorKind;
  /** Names that mean this actor in any story. */
  aliases: string[];
  /** Names that mean this actor only in stories published inside a span of days (see parseAliasFile). */
  eras?: AliasEra[];
}

/** Names that mean an actor in stories published from `from` to `to` (ISO days, both included). */
export interface AliasEra {
  from: string;
  to: string;
  names: string[];
}

/** Canonical name by folded alias (the canonical name is its own alias). */
export interface AliasTable {
  entries: AliasEntry[];
  /** The actor a name means in any story (its canonical name or an alias). */
  lookup(name: string): AliasEntry | undefined;
  /**
   * The actor a name of several words means in a story published on `day` (an ISO day) by the table's eras: "George
   * Bush" is George H. W. Bush in 1987 and George W. Bush in 2005. A one-word name waits for personBySurname.
   */
  lookupOnDay(name: string, day: string): AliasEntry | undefined;
  /**
   * The person a bare surname (folded) means: on `day`, the one whose era lists it ("bush" in 2005 → George W. Bush);
   * else the one person of the table with this surname, if exactly one ("putin" → Vladimir Putin).
   */
  personBySurname(surname: string, day?: string): AliasEntry | undefined;
}

/**
 * The analyst-editable alias file (`data/aliases.txt`), one actor a line:
 *
 *     # comment
 *     Canonical Name | person|organisation | alias; alias; …
 *
 * `Economic Community of West African States | organisation | ECOWAS; CEDEAO` makes every mention of ECOWAS,
 * CEDEAO or the full name one facet value; the same table becomes Meilisearch synonyms, so a search for one finds
 * the others.
 *
 * A person's line may end with eras, `| FROM..TO: name; name`, names that mean this person only in stories published
 * from FROM to TO (ISO days): a name two people share ("George Bush"), or the bare surname, which the tagger reads so
 * only where the story names nobody of that surname in full. Era names are no search synonyms (they mean two people).
 *
 *     George W. Bush | person | George Walker Bush | 1999-06-12..2009-01-20: George Bush; Bush
 */
export function parseAliasFile(text: string, file = 'aliases'): AliasTable {
  const entries: AliasEntry[] = [];
  const lineOf = new Map<AliasEntry, number>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [canonical, kind, aliases, ...eras] = line.split('|').map((p) => p.trim());
    if (canonical === undefined || canonical === '' || kind === undefined) {
      throw new Error(`${file}:${i + 1}: expected "Canonical Name | person|organisation | alias; alias", got ${JSON.stringify(line)}`);
    }
    if (kind !== 'person' && kind !== 'organisation') {
      throw new Error(`${file}:${i + 1}: kind must be "person" or "organisation", got ${JSON.stringify(kind)}`);
    }
    if (eras.length > 0 && kind !== 'person') throw new Error(`${file}:${i + 1}: only a person has eras, and ${JSON.stringify(canonical)} is an organisation`);
    const entry: AliasEntry = { canonical, kind, aliases: names(aliases ?? '') };
    if (eras.length > 0) entry.eras = eras.map((field) => parseEra(field, `${file}:${i + 1}`));
    entries.push(entry);
    lineOf.set(entry, i + 1);
  });
  checkEras(entries, (entry) => `${file}:${lineOf.get(entry)}`);
  return aliasTable(entries);
}

const names = (list: string): string[] => list.split(';').map((a) => a.trim()).filter((a) => a !== '');

const ERA = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}):(.*)$/;

/** `parseEra('1999-06-12..2009-01-20: George Bush; Bush', 'aliases.txt:4')` → `{ from: '1999-06-12', to: '2009-01-20', names: ['George Bush', 'Bush'] }` */
function parseEra(field: string, where: string): AliasEra {
  const m = ERA.exec(field);
  if (m === null) throw new Error(`${where}: expected an era "YYYY-MM-DD..YYYY-MM-DD: name; name", got ${JSON.stringify(field)}`);
  const [, from, to, list] = m as unknown as [string, string, string, string];
  for (const day of [from, to]) {
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
      throw new Error(`${where}: ${JSON.stringify(day)} is no day`);
    }
  }
  if (from > to) throw new Error(`${where}: an era must end after it starts, got ${from}..${to}`);
  const eraNames = names(list);
  if (eraNames.length === 0) throw new Error(`${where}: the era ${from}..${to} names nobody`);
  return { from, to, names: eraNames };
}

/**
 * An era name may mean one person on any day, and none that another line gives for every day: otherwise the table
 * would not say whom it means.
 */
function checkEras(entries: readonly AliasEntry[], where: (entry: AliasEntry) => string): void {
  const always = new Map<string, AliasEntry>();
  for (const e of entries) for (const n of [e.canonical, ...e.aliases]) always.set(fold(n), e);
  const dated = new Map<string, { entry: AliasEntry; era: AliasEra }[]>();
  for (const entry of entries) {
    for (const era of entry.eras ?? []) {
      for (const name of era.names) {
        const key = fold(name);
        const other = always.get(key);
        if (other !== undefined) throw new Error(`${where(entry)}: the era name ${JSON.stringify(name)} is a name of ${JSON.stringify(other.canonical)} on every day (${where(other)})`);
        const spans = dated.get(key) ?? [];
        const clash = spans.find((s) => s.entry !== entry && s.era.from <= era.to && era.from <= s.era.to);
        if (clash !== undefined) {
          throw new Error(`${where(entry)}: ${JSON.stringify(name)} means ${JSON.stringify(clash.entry.canonical)} in ${clash.era.from}..${clash.era.to} already (${where(clash.entry)})`);
        }
        spans.push({ entry, era });
        dated.set(key, spans);
      }
    }
  }
}

/**
 * A looser key for organisation names, so that spellings an alias file cannot all list still meet:
 * `looseKey('Organisation of Petroleum Exporting Countries')` → `'organization petroleum exporting countries'`, the
 * same as for "Organization of the Petroleum Exporting Countries". Only names of three words or more get one:
 * short names are too easily confused.
 */
export function looseKey(name: string): string | undefined {
  return looseKeyOfFolded(fold(name));
}

const LOOSE_STOP_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'on', 'in']);
const ISATION = /isation\b/g;
const DEFENCE = /\bdefence\b/g;

/** looseKey of a name already folded (fold()). */
function looseKeyOfFolded(folded: string): string | undefined {
  const words = folded.replace(ISATION, 'ization').replace(DEFENCE, 'defense').split(' ').filter((w) => !LOOSE_STOP_WORDS.has(w));
  return words.length >= 3 ? words.join(' ') : undefined;
}

/**
 * Names whose look-up a table remembers before it starts afresh. The tagger asks about every mention, several times
 * (is it an alias, is it a place's, which actor): most names are asked about again, and most are in no table, which
 * cost two folds and the loose key each time.
 */
const LOOKUPS_REMEMBERED = 20_000;

export function aliasTable(entries: AliasEntry[]): AliasTable {
  const byKey = new Map<string, AliasEntry>();
  const byLooseKey = new Map<string, AliasEntry>();
  for (const entry of entries) {
    for (const name of [entry.canonical, ...entry.aliases]) {
      byKey.set(fold(name), entry);
      const loose = looseKey(name);
      if (loose !== undefined) byLooseKey.set(loose, entry);
    }
  }
  const surnames = new Map<string, AliasEntry | null>();
  for (const entry of entries) {
    if (entry.kind !== 'person') continue;
    // (A regnal number or a generation is no surname: "Benigno Aquino III" is an Aquino.)
    const words = fold(entry.canonical).split(' ');
    const surname = (words.length > 2 && /^(?:[ivx]+|jr|sr)$/.test(words.at(-1)!) ? words.at(-2) : words.at(-1))!;
    // (A person with eras is what the surname means in those only: outside them, nobody.)
    surnames.set(surname, entry.eras !== undefined || (surnames.has(surname) && surnames.get(surname) !== entry) ? null : entry);
  }
  const dated = new Map<string, { entry: AliasEntry; era: AliasEra }[]>();
  for (const entry of entries) {
    for (const era of entry.eras ?? []) for (const name of era.names) dated.set(fold(name), [...(dated.get(fold(name)) ?? []), { entry, era }]);
  }
  const onDay = (folded: string, day: string): AliasEntry | undefined => dated.get(folded)?.find(({ era }) => era.from <= day && day <= era.to)?.entry;
  const find = memo((name: string): AliasEntry | null => {
    const folded = fold(name);
    const exact = byKey.get(folded);
    if (exact !== undefined) return exact;
    const loose = looseKeyOfFolded(folded);
    return (loose === undefined ? undefined : byLooseKey.get(loose)) ?? null;
  }, LOOKUPS_REMEMBERED);
  return {
    entries,
    personBySurname: (surname, day) => (day === undefined ? undefined : onDay(fold(surname), day)) ?? surnames.get(fold(surname)) ?? undefined,
    lookup: (name) => find(name) ?? undefined,
    lookupOnDay: (name, day) => (name.includes(' ') ? onDay(fold(name), day) : undefined),
  };
}

/**
 * The ISO day a story was published, as the alias file's eras are written: `storyDay(new Date('2005-03-21T09:00Z'))` →
 * `'2005-03-21'`; none or an invalid date → undefined.
 */
export function storyDay(published: Date | undefined): string | undefined {
  return published === undefined || Number.isNaN(published.getTime()) ? undefined : published.toISOString().slice(0, 10);
}

export function loadAliasFile(path: string): AliasTable {
  return parseAliasFile(readFileSync(path, 'utf8'), path);
}

/** Alias names that are also everyday words: as search synonyms they would match the word ("fed up", "who"). */
const COMMON_WORDS: ReadonlySet<string> = new Set(['is', 'it', 'us', 'fed', 'who', 'aid', 'cap', 'sun', 'times', 'post', 'mail', 'state', 'house', 'army', 'union', 'bank', 'news', 'the']);

/**
 * Whether a name can be a search synonym. Meilisearch matches synonyms by their words, whatever their case: "IS"
 * is the word "is", "U.N." the words "u" and "n", "S&P" "s" and "p", and each would add thousands of articles to a
 * search for the actor ("ISIS" found 3,101 articles where 5 name it). Such names still tag actors (the alias table);
 * they only do not widen searches.
 *
 * `isSearchSynonym('IMF')` → `true`; `isSearchSynonym('IS')`, `isSearchSynonym('U.N.')`, `isSearchSynonym('Fed')` → `false`
 */
export function isSearchSynonym(name: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 0 || words.every((w) => w.length <= 2)) return false;
  return !(words.length === 1 && COMMON_WORDS.has(words[0]!));
}

/** Meilisearch synonyms: every name of an actor finds the others (those that can be synonyms: isSearchSynonym). */
export function aliasSynonyms(table: AliasTable): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const entry of table.entries) {
    const names = [entry.canonical, ...entry.aliases].filter(isSearchSynonym);
    if (names.length < 2) continue;
    for (const name of names) synonyms[name] = names.filter((n) => n !== name);
  }
  return synonyms;
}
