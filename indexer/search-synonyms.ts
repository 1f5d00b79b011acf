import { DEFAULT_PLURAL_FILE } from '../src/config.js';
import { aliasSynonyms, type AliasTable } from './tag/aliases.js';
import { loadPluralFile, withPluralSynonyms } from './plurals.js';

/**
 * Everything the index gets as Meilisearch synonyms, in one place for the indexer and the benchmarks that must give
 * Meilisearch the same settings: every name of an actor finds the others (aliasSynonyms), and a singular its plural
 * (plurals.ts). Throws a PluralFileError naming the file and line of a bad plural file.
 */
export function searchSynonyms(aliases: AliasTable, pluralFile: string = DEFAULT_PLURAL_FILE): Record<string, string[]> {
  return withPluralSynonyms(aliasSynonyms(aliases), loadPluralFile(pluralFile));
}
