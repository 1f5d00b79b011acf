import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { ALIASES } from '../../indexer/tag/countries/aliases.js';
import { fold } from '../text/fold.js';

// world-countries ships its JSON behind a CommonJS entry: createRequire reads it under node, tsx and jest alike.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
/**
 * Names as English-language news writes them, where world-countries' common name is a newer official one that the
 * articles do not use: a reader of "Turkey" stories looked for Turkey, not Türkiye (the tagger's own names, in actor
 * values such as "Communist Party (Turkey)", say Turkey too).
 */
const NEWS_NAMES: Readonly<Record<string, string>> = { TR: 'Turkey', CZ: 'Czech Republic', TL: 'East Timor', SZ: 'Eswatini (Swaziland)' };
const names = new Map<string, string>(countries.map((c) => [c.cca2, NEWS_NAMES[c.cca2] ?? c.name.common]));

/** `countryName('NE')` → `'Niger'`; an unknown code is shown as itself. */
export function countryName(code: string): string {
  return names.get(code) ?? code;
}

/** Whether an upper-case code is an ISO 3166-1 alpha-2 code of a country: `isCountryCode('GB')` → true, `'UK'` → false. */
export function isCountryCode(code: string): boolean {
  return names.has(code);
}

/** Codes people write for a country whose ISO code is another: the UK's is GB, Greece's (in EU usage EL) GR. */
const MISTAKEN: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** A hint after "no country has the code …": `codeHint('UK')` → `' (the United Kingdom is GB)'`; otherwise `''`. */
export function codeHint(code: string): string {
  const meant = MISTAKEN[code];
  return meant === undefined ? '' : ` (${meant === 'GB' ? 'the United Kingdom' : countryName(meant)} is ${meant})`;
}

/**
 * Every name of a country a reader may type for it, folded: common, official, the news's, the alternatives, and the
 * tagger's own names and abbreviations (indexer/tag/countries/aliases.ts: "Britain", "Soviet Union", "USSR", "Burma"),
 * so that a name the facet counts under a country opens that country's page (a black-box review: "/countries/Britain"
 * was refused as no code).
 */
const byName = new Map<string, string>();
for (const c of countries) {
  for (const n of [c.name.common, c.name.official, NEWS_NAMES[c.cca2], ...c.altSpellings]) {
    if (n !== undefined && n.length > 2) byName.set(fold(n), c.cca2);
  }
}
for (const [surface, code, kind] of ALIASES) {
  if (code !== null && (kind === 'name' || kind === 'abbrev') && surface.length > 2 && !byName.has(fold(surface))) byName.set(fold(surface), code);
}
// ISO 3166 alpha-3 codes, as other tools and datasets write them ("SAU", "NER"): "/countries/SAU" was refused as no
// two-letter code, "/countries/sau" as no name (a black-box review).
for (const c of countries) if (!byName.has(fold(c.cca3))) byName.set(fold(c.cca3), c.cca2);

/**
 * The code of a country written by its name, for an address typed by hand: `countryCodeByName('Niger')` → `'NE'`,
 * `countryCodeByName('turkey')` → `'TR'`, `countryCodeByName('Cote d’Ivoire')` → `'CI'`, `countryCodeByName('SAU')` → `'SA'`;
 * not a country's name: undefined.
 */
export function countryCodeByName(name: string): string | undefined {
  return byName.get(fold(name));
}

/**
 * Countries whose common name holds the given one as a word, for a name that is no country's: `countriesNamedLike('Korea')`
 * → `[{ code: 'KP', name: 'North Korea' }, { code: 'KR', name: 'South Korea' }]` (at most 5, by name).
 */
export function countriesNamedLike(name: string): { code: string; name: string }[] {
  const words = fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  if (words.length === 0) return [];
  return [...names]
    .filter(([, common]) => {
      const own = new Set(fold(common).split(/[^\p{L}\p{N}]+/u));
      return words.every((w) => own.has(w));
    })
    .map(([code, common]) => ({ code, name: common }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, 5);
}
