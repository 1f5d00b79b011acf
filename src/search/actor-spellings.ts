import { actorKey } from '../meili/passage-document.js';
import type { ActorFacetValue } from './search-results.js';
import { memo } from '../text/memo.js';

/**
 * Every answer brings back mostly the same ~200 actor names: their keys are remembered. Computing them afresh made
 * toSearchResults 633 µs a search where 371 with this (`npm run bench:results`, 2026-11-24).
 */
const keyOf = memo(actorKey);

/**
 * One actor under several spellings across articles: each article files an actor under its own spelling, so "Hugo
 * Chávez" (18 articles) and "Hugo Chavez" (16), "Sinn Féin" and "Sinn Fein" were two facet values, and picking one
 * missed the other's articles (Meilisearch's filters ignore case, not accents). Values whose names fold alike (case
 * and accents, punctuation, initials: actorKey) are one facet value: the spelling of most articles (with accents on a tie), the
 * counts added (an article that writes both counts twice: rare, since one article files one actor under one name),
 * and its `spellings`, which a filter on it takes all of.
 *
 * `mergeSpellings([Hugo Chávez 18, Hugo Chavez 16, Evo Morales 9])`
 *   → `[{ value: 'Hugo Chávez', count: 34, spellings: ['Hugo Chávez', 'Hugo Chavez'] }, Evo Morales 9]`
 */
export function mergeSpellings(values: readonly ActorFacetValue[]): ActorFacetValue[] {
  const groups = new Map<string, ActorFacetValue[]>();
  for (const v of values) {
    const key = keyOf(v.value);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [v]);
    else group.push(v);
  }
  if (groups.size === values.length) return [...values];
  const merged = [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const [first] = [...group].sort((a, b) => b.count - a.count || nonAscii(b.value) - nonAscii(a.value));
    return { ...first!, count: group.reduce((n, v) => n + v.count, 0), spellings: group.map((v) => v.value) };
  });
  // Facets come most frequent first (sortFacetValuesBy count); a merged value may move up.
  return merged.sort((a, b) => b.count - a.count);
}

const nonAscii = (s: string): number => s.replace(/[\x00-\x7f]/g, '').length;

/** The names a facet value stands for: `spellingsOf({ value: 'A', spellings: ['A', 'a'] })` → `['A', 'a']`. */
export function spellingsOf(v: ActorFacetValue): string[] {
  return v.spellings ?? [v.value];
}

/** Whether the search selects this value under any of its spellings. */
export function isSelectedActor(selected: readonly string[], v: ActorFacetValue): boolean {
  return spellingsOf(v).some((s) => selected.includes(s));
}

/**
 * Selected actors as groups of spellings of one actor, in the order first selected: one chip each, and with
 * "together" one passage must name each group (any of its spellings).
 * `actorGroups(['Hugo Chávez', 'Evo Morales', 'Hugo Chavez'])` → `[['Hugo Chávez', 'Hugo Chavez'], ['Evo Morales']]`
 */
export function actorGroups(actors: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const a of actors) {
    const key = actorKey(a);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [a]);
    else group.push(a);
  }
  return [...groups.values()];
}
