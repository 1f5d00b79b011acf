import type { Settings } from 'meilisearch';
import { DEFAULT_EXACT_WORD_FILE, DEFAULT_WORD_FORM_FILE } from '../src/config.js';
import { indexSettings } from '../src/meili/index-settings.js';
import { loadExactWordFile } from './exact-words.js';
import { loadWordFormFile, withFormSynonyms } from './word-forms.js';
import { aliasSynonyms, type AliasTable } from './tag/aliases.js';

/** The settings that say which words a search word matches, besides indexSettings. */
export type WordSettings = Required<Pick<Settings, 'synonyms' | 'typoTolerance'>>;

export interface WordFiles {
  /** Pairs of forms of one word (default data/word-forms.txt). */
  wordFormFile?: string;
  /** Words searched without typos (default data/exact-words.txt). */
  exactWordFile?: string;
}

/**
 * What a search word matches, in one place for the indexer and for the benchmarks that must give Meilisearch the same
 * settings: every name of an actor finds the others (aliasSynonyms), the exact words take no typo (exact-words.ts),
 * and the forms of a word an exact word cut off from each other find each other again (word-forms.ts). A bad file throws an error naming the file and the line.
 */
export function wordSettings(aliases: AliasTable, files: WordFiles = {}): WordSettings {
  const exactWords = loadExactWordFile(files.exactWordFile ?? DEFAULT_EXACT_WORD_FILE);
  return {
    synonyms: withFormSynonyms(aliasSynonyms(aliases), loadWordFormFile(files.wordFormFile ?? DEFAULT_WORD_FORM_FILE), exactWords),
    typoTolerance: { ...indexSettings.typoTolerance, disableOnWords: exactWords },
  };
}
