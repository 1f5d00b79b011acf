import { readFileSync } from 'node:fs';
import { fold } from '../../src/text/fold.js';
import { memo } from '../../src/text/memo.js';
import type { ActorKind } from '../../src/meili/passage-document.js';

// One kind of actor for the tagger, the index and the server.
export type { ActorKind };

export interface AliasEntry {
  canonical: string;
  kind: ActorKind;
  aliases: string[];
}

/** Canonical name by folded alias (the canonical name is its own alias). */
export interface AliasTable {
  entries: AliasEntry[];
  lookup(name: string): AliasEntry | undefined;
  /** The one person of the table with this surname (folded), if exactly one: "putin" → Vladimir Putin. */
  personBySurname(surname: string): AliasEntry | undefined;
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
 */
export function parseAliasFile(text: string, file = 'aliases'): AliasTable {
  const entries: AliasEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [canonical, kind, aliases, ...extra] = line.split('|').map((p) => p.trim());
    if (canonical === undefined || canonical === '' || kind === undefined || extra.length > 0) {
      throw new Error(`${file}:${i + 1}: expected "Canonical Name | person|organisation | alias; alias", got ${JSON.stringify(line)}`);
    }
    if (kind !== 'person' && kind !== 'organisation') {
      throw new Error(`${file}:${i + 1}: kind must be "person" or "organisation", got ${JSON.stringify(kind)}`);
    }
    entries.push({ canonical, kind, aliases: (aliases ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '') });
  });
  return aliasTable(entries);
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
    const surname = fold(entry.canonical).split(' ').at(-1)!;
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== entry ? null : entry);
  }
  const find = memo((name: string): AliasEntry | null => {
    const folded = fold(name);
    const exact = byKey.get(folded);
    if (exact !== undefined) return exact;
    const loose = looseKeyOfFolded(folded);
    return (loose === undefined ? undefined : byLooseKey.get(loose)) ?? null;
  }, LOOKUPS_REMEMBERED);
  return {
    entries,
    personBySurname: (surname) => surnames.get(fold(surname)) ?? undefined,
    lookup: (name) => find(name) ?? undefined,
  };
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
