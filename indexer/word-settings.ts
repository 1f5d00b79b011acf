import type { Settings } from 'meilisearch';
import { DEFAULT_EXACT_WORD_FILE, DEFAULT_PLURAL_FILE } from '../src/config.js';
import { indexSettings } from '../src/meili/index-settings.js';
import { loadExactWordFile } from './exact-words.js';
import { loadPluralFile, withPluralSynonyms } from './plurals.js';
import { aliasSynonyms, type AliasTable } from './tag/aliases.js';

/** The settings that say which words a search word matches, besides indexSettings. */
export type WordSettings = Required<Pick<Settings, 'synonyms' | 'typoTolerance'>>;

export interface WordFiles {
  /** Singular and plural pairs (default data/plurals.txt). */
  pluralFile?: string;
  /** Words searched without typos (default data/exact-words.txt). */
  exactWordFile?: string;
}

/**
 * What a search word matches, in one place for the indexer and for the benchmarks that must give Meilisearch the same
 * settings: every name of an actor finds the others (aliasSynonyms), a singular its plural (plurals.ts), and the
 * exact words take no typo (exact-words.ts). A bad file throws an error naming the file and the line.
 */
export function wordSettings(aliases: AliasTable, files: WordFiles = {}): WordSettings {
  const exactWords = loadExactWordFile(files.exactWordFile ?? DEFAULT_EXACT_WORD_FILE);
  return {
    synonyms: withPluralSynonyms(aliasSynonyms(aliases), loadPluralFile(files.pluralFile ?? DEFAULT_PLURAL_FILE), exactWords),
    typoTolerance: { ...indexSettings.typoTolerance, disableOnWords: exactWords },
  };
}
