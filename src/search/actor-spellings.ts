import { actorKey, groupsByActorKey } from '../meili/passage-document.js';
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
 * counts added (an article's documents carry one spelling of each: indexer/documents.ts oneSpellingEach),
 * and its `spellings`, which a filter on it takes all of.
 *
 * `mergeSpellings([Hugo Chávez 18, Hugo Chavez 16, Evo Morales 9])`
 *   → `[{ value: 'Hugo Chávez', count: 34, spellings: ['Hugo Chávez', 'Hugo Chavez'] }, Evo Morales 9]`
 */
export function mergeSpellings(values: readonly ActorFacetValue[]): ActorFacetValue[] {
  const groups = groupsByActorKey(values, (v) => v.value, keyOf);
  if (groups.length === values.length) return [...values];
  const merged = groups.map((group) => {
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

/**
 * Whether `names` (a search's actors or excluded actors) name this value's actor, under any spelling, compared by
 * folded key as the filters are: `actor=ronald reagan` selects "Ronald Reagan" (its row had shown unselected, and
 * picking it added the same actor twice).
 *
 * `isSelectedActor(['ronald reagan'], { value: 'Ronald Reagan', … })` → `true`
 */
export function isSelectedActor(names: readonly string[], v: ActorFacetValue): boolean {
  if (names.length === 0) return false;
  const keys = spellingsOf(v).map(keyOf);
  return names.some((n) => keys.includes(keyOf(n)));
}

/** `names` without those that name this value's actor (by folded key): what removing or excluding it leaves. */
export function withoutActor(names: readonly string[], v: ActorFacetValue): string[] {
  const keys = spellingsOf(v).map(keyOf);
  return names.filter((n) => !keys.includes(keyOf(n)));
}

/**
 * The spelling articles use for an actor asked for in a group of spellings: the first of `written` (hits' actors) that
 * folds like the group, else the group's first. `indexedSpelling(['hugo chavez'], ['Evo Morales', 'Hugo Chávez'])` → `'Hugo Chávez'`
 */
export function indexedSpelling(group: readonly string[], written: readonly string[]): string {
  const keys = group.map(keyOf);
  return written.find((w) => keys.includes(keyOf(w))) ?? group[0]!;
}

/**
 * The selected actors (as spelling groups, actorGroups) that no facet value stands for: Meilisearch counts the 200
 * most frequent values only, and a selected actor beyond them vanished from the facet although "selected values are
 * always included" (a web review). `missingSelectedActors(['Robert Heller'], [Ronald Reagan…])` → `[['Robert Heller']]`
 */
export function missingSelectedActors(selected: readonly string[], values: readonly ActorFacetValue[]): string[][] {
  if (selected.length === 0) return [];
  return actorGroups(selected).filter((group) => !values.some((v) => isSelectedActor(group, v)));
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
