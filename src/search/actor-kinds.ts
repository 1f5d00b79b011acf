import type { ActorKind } from '../meili/passage-document.js';

/** How many articles name an actor, and how many of them tagged it a person. */
export interface KindCounts {
  named: number;
  asPerson: number;
}

export interface ActorKinds {
  /**
   * The kind of each given actor value: from memory, else counted in one round trip for all the unknown ones. A value
   * no article names has none (the page had called a typed `actor=Blair` an organisation: a black-box review).
   */
  kindsOf(values: readonly string[], deadline?: number): Promise<Map<string, ActorKind>>;
}

/**
 * Which actors are people, remembered by the server process. An `articlePeople` facet on every search cost ~5 of its
 * ~24 ms in Meilisearch (docs/BENCHMARKS.md), only to label the actor values shown; a kind rarely changes, so it is
 * counted once per value (`count`: articles naming it, and tagging it a person) and kept for `ttlMs`, after which a
 * re-indexed corpus shows. The rule is the majority over the whole index, as the tagger's own rule is within one
 * article: "Bank", which the statistical tagger reads as a person in a few articles, stays an organisation. Values
 * being counted for one request are not counted again for another meanwhile.
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
  const known = new Map<string, { kind: ActorKind | undefined; until: number }>();
  const counting = new Map<string, Promise<ActorKind | undefined>>();

  const countNow = (values: string[], deadline: number | undefined): void => {
    const counted = count(values, deadline);
    for (const value of values) {
      const kind = counted.then((counts) => {
        const c = counts.get(value);
        const k: ActorKind | undefined = c === undefined || c.named === 0 ? undefined : c.asPerson > 0 && c.asPerson * 2 >= c.named ? 'person' : 'organisation';
        // Bounded: a long-running server asked about ever new actors starts its memory afresh.
        if (known.size >= maxEntries) known.clear();
        known.set(value, { kind: k, until: now() + ttlMs });
        return k;
      });
      counting.set(value, kind);
      // Settled either way, the value is no longer being counted (a failure is not remembered: the next ask counts).
      void kind.then(
        () => counting.delete(value),
        () => counting.delete(value),
      );
    }
  };

  return {
    async kindsOf(values, deadline) {
      const at = now();
      const kinds = new Map<string, ActorKind>();
      const waiting = new Set<string>();
      const unknown = new Set<string>();
      for (const value of values) {
        const entry = known.get(value);
        if (entry !== undefined && entry.until > at) {
          if (entry.kind !== undefined) kinds.set(value, entry.kind);
        } else if (counting.has(value)) waiting.add(value);
        else unknown.add(value);
      }
      if (unknown.size > 0) countNow([...unknown], deadline);
      const pending = [...waiting, ...unknown];
      const resolved = await Promise.all(pending.map((value) => counting.get(value)!));
      pending.forEach((value, i) => {
        const kind = resolved[i];
        if (kind !== undefined) kinds.set(value, kind);
      });
      return kinds;
    },
  };
}
