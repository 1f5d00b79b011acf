/**
 * The country gazetteer: every surface form that points at a country, compiled once into a
 * token trie.
 *
 * Why a trie of tokens: one left-to-right pass over the text finds the longest name at each
 * position ("Democratic Republic of the Congo" beats "Congo", "Niger Delta" beats "Niger",
 * "New Mexico" beats "Mexico") at the cost of one Map lookup per token, whatever the number
 * of names (≈ 2,000 here).
 *
 * Sources, by priority when two sources give the same key to different countries:
 *  1. aliases.ts (hand-written short forms, historical names, blockers) — always win;
 *  2. world-countries common and official names, and curated altSpellings;
 *  3. capitals (world-countries, independent states only, minus ambiguous ones) and cities.ts;
 *  4. US states, Canadian provinces, Australian states (cities.ts);
 *  5. world-countries demonyms (+ plural "-s" forms).
 * Ties inside one level go to the independent state, then to the larger area
 * ("Congolese" → CD, "American" → US rather than AS, "Indian" → IN rather than IO).
 *
 * Example: lookup of tokens ["Republic","of","the","Congo"] returns the entry with code CG;
 * ["Congo"] alone returns CD (alias).
 */

import { createRequire } from 'node:module';
import type { CaseRule, EntryKind, GazetteerEntry } from './gazetteer-types.js';
import { ALIASES, US_STATE_AP_ABBREVS } from './aliases.js';
import { AU_STATES, CA_PROVINCES, CITIES, US_STATES } from './cities.js';
import { tokenize } from './tokenize.js';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent: boolean | null;
  area: number;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entry: GazetteerEntry | null;
}

export interface Gazetteer {
  root: TrieNode;
  /** Display name per ISO code (world-countries common name, e.g. "United States"). */
  names: ReadonlyMap<string, string>;
  /** Number of distinct keys, for diagnostics. */
  size: number;
}

/** altSpellings that are common English words, person names or ambiguous; never used. */
const ALT_SPELLING_STOP = new Set(['island', 'mann', 'mannin', 'prathet', 'viti', 'dominique', 'reunion', 'timor',
  'thai', 'togolese', 'lao', 'portuguesa', 'mexicanos', 'sarnam', 'guiana', 'nijar', 'saudi']);

/** Capitals whose name is more often something else in English news. */
const CAPITAL_STOP = new Set(['victoria', 'kingston', 'georgetown', 'san jose', 'male', 'saint john\'s', 'kingstown',
  'basseterre', 'city of victoria', 'sucre', 'praia', 'yaren', 'port louis', 'washington d . c .']);

/** Extra capitals/renamings not in world-countries' capital list. */
const EXTRA_CAPITALS: readonly (readonly [string, string])[] = [
  ['Washington', 'US'], ['Peking', 'CN'], ['Kiev', 'UA'], ['Dacca', 'BD'], ['Berne', 'CH'], ['Sanaa', 'YE'],
  ['Ulaanbaatar', 'MN'], ['Delhi', 'IN'], ['Brasilia', 'BR'], ['Bogota', 'CO'], ['Asuncion', 'PY'],
  ['Yaounde', 'CM'], ['Lome', 'TG'], ['Hanoi', 'VN'], ['Ndjamena', 'TD'], ['Addis Abeba', 'ET'], ['Abuja', 'NG'],
  ['Lagos', 'NG'], ['Ankara', 'TR'], ['Nay Pyi Taw', 'MM'], ['Naypyitaw', 'MM'],
];

const KIND_CASE: Record<EntryKind, CaseRule> = {
  name: 'cap', abbrev: 'exact', demonym: 'cap', capital: 'cap', city: 'cap', subdivision: 'cap', stateAbbrev: 'exact',
  institution: 'cap', block: 'any',
};

interface Candidate {
  surface: string;
  code: string | null;
  kind: EntryKind;
  level: number;
  independent: boolean;
  area: number;
}

/** "Nigerien" → ["Nigerien", "Nigeriens"]; "Chinese", "French", "Swiss" have no "-s" plural. */
export function demonymForms(d: string): string[] {
  const out = [d];
  if (!/(ese|sh|ch|s|x|z|y)$/i.test(d)) out.push(d + 's');
  return out;
}

function loadWorldCountries(): WorldCountry[] {
  // world-countries ships JSON behind a CommonJS entry; createRequire works under tsx, node and jest ESM.
  const require = createRequire(import.meta.url);
  return require('world-countries/countries.json') as WorldCountry[];
}

function keyOf(surface: string): string {
  return tokenize(surface).map((t) => t.key).join(' ');
}

/** Build the trie from world-countries, aliases.ts and cities.ts (see module comment). */
export function buildGazetteer(): Gazetteer {
  const countries = loadWorldCountries();
  const info = new Map(countries.map((c) => [c.cca2, c]));
  const names = new Map<string, string>();
  for (const c of countries) names.set(c.cca2, c.name.common);
  names.set('US', 'United States');
  names.set('GB', 'United Kingdom');
  names.set('TR', 'Turkey');

  const best = new Map<string, Candidate>();
  const add = (surface: string, code: string | null, kind: EntryKind, level: number): void => {
    const s = surface.trim();
    if (!s) return;
    const key = keyOf(s);
    if (!key) return;
    const c = code ? info.get(code) : undefined;
    const cand: Candidate = { surface: s, code, kind, level, independent: c?.independent === true, area: c?.area ?? 0 };
    const prev = best.get(key);
    if (!prev || better(cand, prev)) best.set(key, cand);
  };

  // Level 1: hand-written aliases and blockers.
  for (const [surface, code, kind] of ALIASES) add(surface, code, kind, 1);

  // Level 2: names; level 5: demonyms; level 3: capitals.
  for (const c of countries) {
    add(c.name.common, c.cca2, 'name', 2);
    add(c.name.official, c.cca2, 'name', 2);
    for (const alt of c.altSpellings) {
      const folded = tokenize(alt).map((t) => t.text).join('');
      if (alt.length <= 3 || /^[A-Z.]+$/.test(alt)) continue; // ISO codes "NE", "US": only via aliases
      if (!/^[\x20-\x7e]+$/.test(tokenize(alt).map((t) => t.text).join(' '))) continue; // non-Latin scripts
      if (ALT_SPELLING_STOP.has(folded.toLowerCase())) continue;
      add(alt, c.cca2, 'name', 2);
    }
    if (c.independent) {
      for (const cap of c.capital) {
        if (CAPITAL_STOP.has(keyOf(cap))) continue;
        add(cap, c.cca2, 'capital', 3);
      }
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const g of new Set([dem.m, dem.f])) {
        for (const part of g.split(/,\s*|\s+or\s+/)) {
          if (part.trim().length < 3) continue; // Bouvet Island has an empty demonym
          for (const f of demonymForms(part.trim())) add(f, c.cca2, 'demonym', 5);
        }
      }
    }
  }
  for (const [cap, code] of EXTRA_CAPITALS) add(cap, code, 'capital', 3);
  for (const [code, list] of Object.entries(CITIES)) for (const city of list) add(city, code, 'city', 3);
  for (const s of US_STATES) add(s, 'US', 'subdivision', 4);
  for (const s of CA_PROVINCES) add(s, 'CA', 'subdivision', 4);
  for (const s of AU_STATES) add(s, 'AU', 'subdivision', 4);
  for (const s of US_STATE_AP_ABBREVS) add(s, 'US', 'stateAbbrev', 4);
  // Alias demonyms get their plural too ("Nigerien" alias → "Nigeriens").
  for (const [surface, code, kind] of ALIASES) {
    if (kind === 'demonym') for (const f of demonymForms(surface).slice(1)) add(f, code, 'demonym', 1);
  }

  const root: TrieNode = { next: null, entry: null };
  for (const cand of best.values()) {
    const toks = tokenize(cand.surface);
    let node = root;
    for (const t of toks) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(t.key);
      if (!child) { child = { next: null, entry: null }; node.next.set(t.key, child); }
      node = child;
    }
    node.entry = {
      surface: cand.surface,
      tokens: toks.map((t) => t.text),
      code: cand.code,
      kind: cand.kind,
      caseRule: KIND_CASE[cand.kind],
    };
  }
  return { root, names, size: best.size };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.level !== b.level) return a.level < b.level;
  if (a.independent !== b.independent) return a.independent;
  return a.area > b.area;
}

let cached: Gazetteer | null = null;

/** The gazetteer, built on first use (≈ 20 ms) and shared afterwards. */
export function getGazetteer(): Gazetteer {
  if (!cached) cached = buildGazetteer();
  return cached;
}
