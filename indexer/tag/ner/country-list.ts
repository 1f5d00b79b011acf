/**
 * A second, external gazetteer of country names, capitals (LOC) and demonyms (MISC) from the
 * `world-countries` package the project already depends on. CoNLL-2003 (1996 Reuters) never
 * mentions many countries that today's news is full of ("Niger", "Mali", "Burkina Faso"), and
 * without a list the tagger guesses from context alone, often PER for an unknown capitalised
 * word. It is read only at training time and stored in the model file, so the recogniser does
 * not need the package at run time. The model learns its own weights for these matches
 * (separate feature codes from the training-data gazetteer), so it can learn where they mislead.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { gazetteerKey } from './lexicon.js';
import { tokenize } from './tokenize.js';

const LOC = 1 << 2; // bit of 'LOC' in ENTITY_TYPES
const MISC = 1 << 3; // bit of 'MISC'

/** Folded entry → type mask, as for the training-data gazetteer. */
export function buildCountryList(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Country[];
  const list = new Map<string, number>();
  const add = (name: string | undefined, mask: number): void => {
    if (!name || name.length < 3) return;
    const tokens = tokenize(name).map((t) => t.text);
    if (tokens.length === 0 || tokens.length > 6) return;
    const key = gazetteerKey(tokens);
    list.set(key, (list.get(key) ?? 0) | mask);
  };
  for (const c of countries) {
    add(c.name.common, LOC);
    add(c.name.official, LOC);
    for (const alt of c.altSpellings) if (/^\p{Lu}\p{Ll}/u.test(alt)) add(alt, LOC);
    for (const cap of c.capital ?? []) add(cap, LOC);
    add(c.demonyms?.eng?.m, MISC);
    add(c.demonyms?.eng?.f, MISC);
  }
  return list;
}
