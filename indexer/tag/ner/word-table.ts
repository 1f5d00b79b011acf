import { detached } from '../../../src/text/detached.js';

/**
 * The featurizer's cache of word facts, keyed by the token as written: an open-addressing table of 32-bit string
 * hashes in one typed array, beside the keys and values. Every token of every article is looked up here (3.5 million
 * look-ups over the bench corpus), most of them while the other taggers have pushed the table out of the CPU's
 * caches; a probe here reads one small typed array before it touches a key, where a Map walks its chained buckets.
 * Measured over the bench corpus's recognition (three interleaved pairs, 2026-11-25): 3–15 % faster than a Map.
 *
 * Bounded: when it holds `limit` words it starts empty again (names repeat within articles, not across the corpus,
 * so what the table keeps matters less than what a look-up costs).
 */
export class WordTable<V> {
  private readonly hashes: Int32Array;
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly mask: number;
  private count = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a word table holds a whole number of words from 1, got ${limit}`);
    let cap = 16;
    while (cap < limit * 2) cap *= 2;
    this.hashes = new Int32Array(cap);
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.values = new Array<V | undefined>(cap).fill(undefined);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored under `key`, or undefined. */
  get(key: string): V | undefined {
    const h = slotHash(key);
    const { hashes, keys, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = hashes[i]!;
      if (at === 0) return undefined;
      if (at === h && keys[i] === key) return this.values[i];
    }
  }

  /** Stores `value` under `key` (a key not in the table: callers look up first). */
  set(key: string, value: V): void {
    if (this.count >= this.limit) this.clear();
    const h = slotHash(key);
    const { hashes, mask } = this;
    let i = h & mask;
    while (hashes[i] !== 0) i = (i + 1) & mask;
    hashes[i] = h;
    // A copy: a token cut from an article would otherwise keep the article alive (src/text/detached.ts).
    this.keys[i] = detached(key);
    this.values[i] = value;
    this.count++;
  }

  clear(): void {
    this.hashes.fill(0);
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }
}

/** FNV-1a over UTF-16 code units, never 0 (0 marks a free slot). */
function slotHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // `| 0`: the seed alone (the empty string) is no int32, and the typed array would never give it back.
  h |= 0;
  return h === 0 ? 1 : h;
}
