/**
 * 32-bit hashing of feature values. Features are identified by a hash of their template and
 * values rather than by a concatenated string: the tagger computes ~50 features per token, and
 * building and hashing that many strings was most of the run time. Collisions between the
 * ~10^5 features the model keeps are rare enough (and harmless enough) to ignore.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Folds one 32-bit value into a running hash (MurmurHash3 round). */
export function mix(h: number, x: number): number {
  x = Math.imul(x, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h ^= x;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 finaliser; never returns 0 (0 marks an empty slot in FeatureTable). */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

export function feature1(template: number, a: number): number {
  return finish(mix(template, a));
}

export function feature2(template: number, a: number, b: number): number {
  return finish(mix(mix(template, a), b));
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(template, a), b), c));
}

/**
 * Open-addressing hash table from feature hash to row number, in two typed arrays (far more
 * compact and faster than a Map for 10^5..10^6 integer keys).
 */
export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Row of `key`, or -1. */
  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of `key`, assigning the next row number if new. */
  intern(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) break;
      i = (i + 1) & this.mask;
    }
    const row = this.size++;
    this.keys[i] = key;
    this.rows[i] = row;
    if (this.size * 2 > this.keys.length) this.grow();
    return row;
  }

  /** All keys in row order. */
  keysByRow(): Int32Array {
    const out = new Int32Array(this.size);
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) out[this.rows[i]!] = this.keys[i]!;
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j]!;
      if (key === 0) continue;
      let i = key & this.mask;
      while (this.keys[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.rows[i] = oldRows[j]!;
    }
  }
}
