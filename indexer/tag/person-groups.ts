import { editDistance } from '../../src/text/edit-distance.js';
import type { ActorKind } from './aliases.js';
import type { Group } from './actor-group.js';

// How the people of one article resolve into each other: near spellings, middle initials (actors.ts).

/** A group of the same kind whose name is a near spelling of this one (same surname, given names close). */
export function similarKey(folded: string, kind: ActorKind, groups: Map<string, Group>): string | undefined {
  const words = folded.split(' ');
  const last = words.at(-1);
  for (const [key, g] of groups) {
    if (g.kind !== kind) continue;
    if (g.folded.has(folded)) return key;
    if (folded.length < 8) continue;
    for (const other of g.folded) {
      if (Math.abs(other.length - folded.length) > 2) continue;
      const otherWords = other.split(' ');
      if (otherWords.length !== words.length) continue;
      if (kind === 'person' && otherWords.at(-1) !== last) continue;
      if (editDistance(other, folded, 3) <= 2) return key;
    }
  }
  return undefined;
}

/**
 * A person named without the middle initials another person of the article has is that person: "George Bush" and
 * "George W. Bush" in one story (a black-box review found both values on one article). Only when exactly one such
 * person is there: beside "George H. W. Bush" and "George W. Bush", "George Bush" stays itself.
 */
export function mergeMiddleInitials(groups: Map<string, Group>): void {
  const bare = (name: string): string => {
    const words = name.split(' ');
    return words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ');
  };
  for (const [key, g] of groups) {
    if (g.kind !== 'person' || g.canonical !== undefined) continue;
    const plain = [...g.folded].filter((n) => n.split(' ').length === 2);
    if (plain.length === 0 || plain.length !== g.folded.size) continue;
    const fuller = [...groups].filter(([k, o]) => k !== key && o.kind === 'person' && [...o.folded].some((n) => n.split(' ').length > 2 && plain.includes(bare(n))));
    if (fuller.length !== 1) continue;
    const [, target] = fuller[0]!;
    target.mentions.push(...g.mentions);
    for (const [spelling, n] of [...g.spellings, ...g.joined]) target.joined.set(spelling, (target.joined.get(spelling) ?? 0) + n);
    groups.delete(key);
  }
}

