import type { ActorKind } from '../meili/passage-document.js';

/** How many passages name an actor, and how many of them name it as a person (their article tagged it so). */
export interface KindCounts {
  named: number;
  asPerson: number;
}

export interface ActorKinds {
  /** The kind of each given actor value: from memory, else counted in one round trip for all the unknown ones. */
  kindsOf(values: readonly string[], deadline?: number): Promise<Map<string, ActorKind>>;
}

/**
 * Which actors are people, remembered by the server process. An `articlePeople` facet on every search cost ~5 of its
 * ~24 ms in Meilisearch (docs/BENCHMARKS.md), only to label the actor values shown; a kind rarely changes, so it is
 * counted once per value (`count`: passages naming it, and naming it as a person) and kept for `ttlMs`, after which a
 * re-indexed corpus shows. The rule is the majority over the whole index, as the tagger's own rule is within one
 * article: "Bank", which the statistical tagger reads as a person in a few articles, stays an organisation.
 *
 * `await createActorKinds(async () => new Map([['Putin', { named: 9, asPerson: 8 }]])).kindsOf(['Putin', 'Ecowas'])`
 *   → `Map { 'Putin' => 'person', 'Ecowas' => 'organisation' }` (a value nothing counts is an organisation)
 */
export function createActorKinds(
  count: (values: string[], deadline?: number) => Promise<Map<string, KindCounts>>,
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): ActorKinds {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 20_000;
  const now = options.now ?? Date.now;
  const known = new Map<string, { kind: ActorKind; until: number }>();

  return {
    async kindsOf(values, deadline) {
      const at = now();
      const kinds = new Map<string, ActorKind>();
      const unknown = new Set<string>();
      for (const value of values) {
        const entry = known.get(value);
        if (entry !== undefined && entry.until > at) kinds.set(value, entry.kind);
        else unknown.add(value);
      }
      if (unknown.size === 0) return kinds;
      const counts = await count([...unknown], deadline);
      // Bounded: a long-running server asked about ever new actors starts its memory afresh.
      if (known.size + unknown.size > maxEntries) known.clear();
      for (const value of unknown) {
        const c = counts.get(value);
        const kind: ActorKind = c !== undefined && c.asPerson > 0 && c.asPerson * 2 >= c.named ? 'person' : 'organisation';
        kinds.set(value, kind);
        known.set(value, { kind, until: at + ttlMs });
      }
      return kinds;
    },
  };
}
