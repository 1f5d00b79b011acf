import { DEFAULT_ALIAS_FILE } from '../../src/config.js';
import { loadAliasFile, type AliasTable } from './aliases.js';
import { tagCountries } from './countries/tag-countries.js';
import { isCommonWord } from './ner/lexicon.js';
import { loadDefaultModel, recognize } from './ner/recognize.js';
import { createTagger, type Tagger } from './tag-article.js';

export { DEFAULT_ALIAS_FILE };

/** The shipped tagger: the trained NER model, the country gazetteer and the alias file. */
export function defaultTagger(aliasFile: string = DEFAULT_ALIAS_FILE): { tagger: Tagger; aliases: AliasTable } {
  const aliases = loadAliasFile(aliasFile);
  const { lexicon } = loadDefaultModel();
  return { tagger: createTagger({ recognize, findCountries: tagCountries, aliases, isCommonWord: (word) => isCommonWord(lexicon, word) }), aliases };
}
