import type { ActorKind } from './aliases.js';

// What canonicalActors (actors.ts) gathers per actor of an article, and how a gathered group is named.

export interface Group {
  kind: ActorKind;
  spellings: Map<string, number>;
  /** One-word spellings pass 2 joined to a longer name: they name the group only when nothing else does. */
  joined: Map<string, number>;
  /** Folded spellings (and canonical name), computed once: names are compared many times. */
  folded: Set<string>;
  mentions: { start: number; end: number }[];
  canonical?: string;
}

export interface Surface {
  name: string;
  kind: ActorKind;
  start: number;
  end: number;
  /** The name was written with "'s" ("Moody's"), which cleanName took off: the alias file may list it so. */
  possessive?: boolean;
}

/**
 * The name a group is filed under: its most frequent spelling, except that one-word mentions pass 2 joined to a longer
 * name never outvote it ("Baker Hughes" ×1, "Baker" ×2 → "Baker Hughes"), nor does a person's surname. News names a
 * person in full once and by surname after, so counting them filed "Treasury Secretary James Baker… Baker said… Baker
 * added" under "Baker" (and the same man under "James Baker" in an article that names him once): 2,548 articles of
 * the Reuters and Wikinews files had a surname where the full name stood in the article.
 * `{ 'James Baker': 1, 'Baker': 2 }` (person) → "James Baker"; `{ 'Goita': 3, 'Goïta': 1 }` → "Goita".
 */
export function canonicalSpelling(g: Group): string {
  const own = g.spellings.size > 0 ? g.spellings : g.joined;
  if (g.kind === 'person') {
    const full = new Map([...own].filter(([name]) => name.includes(' ')));
    if (full.size > 0) return mostFrequent(full);
  }
  return mostFrequent(own);
}

export function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of counts) {
    // Ties: the longer spelling (more complete), then the first seen.
    if (count > bestCount || (count === bestCount && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
