/**
 * Multi-class linear models over hashed features: the frozen model used at run time, and the
 * averaged perceptron that trains it. Averaging (Collins, 2002) keeps the mean of the weights
 * over all training steps, which generalises far better than the last weights; it is computed
 * with the usual trick of also accumulating `step * update` so no per-step copy is needed.
 */
import { FeatureTable } from './hashing.js';

/** Anything that can score a feature set against every tag. */
export interface Scorer {
  readonly numTags: number;
  /**
   * Adds the scores of `features[0..count)` for each tag to `out` (length numTags), in the scorer's own units: only
   * their order matters (a LinearModel adds whole numbers of 1/scale, so any order of adding gives the same sums).
   */
  add(features: Int32Array, count: number, out: Float64Array): void;
}

/** Low bits of a packed weight that hold its tag; the value OVERFLOW there marks a row stored out of line. */
const TAG_BITS = 5;
const TAG_MASK = (1 << TAG_BITS) - 1;
const OVERFLOW = TAG_MASK;
/** Weights a slot holds in line; a row with more is stored in `overflow`. */
const INLINE = 3;
const SLOT = 1 + INLINE;

/**
 * A frozen linear model: feature hash → sparse row of tag weights. Rows average about three non-zero tags out of
 * seventeen (57 % have two, 21 % three), so sparse rows make scoring several times cheaper than dense ones.
 *
 * Scoring a token probes ~20 features at random places of the model, and those probes, not arithmetic, are what
 * recognition costs (~230 ns each on the 2-core bench machine: memory, not cache). So the layout is for fewer and
 * smaller memory reads: weights are whole numbers (the model file's int16 values, `weight × scale`) packed with
 * their tag into one int32, `(value << 5) | tag`, and a slot of four int32 holds the hash and up to three packed
 * weights, so most features cost one cache line; longer rows point into `overflow`
 * (`slot = [hash, (start << 5) | 31, length, 0]`). Whole numbers also make every sum exact, so scores may be added in
 * any order, and partial sums cached (tagger.ts) give the very scores a fresh sum would.
 */
export class LinearModel implements Scorer {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly overflow: Int32Array;

  constructor(
    readonly numTags: number,
    /** Feature hashes in row order. */
    readonly keys: Int32Array,
    /** Row r's weights are entries rowStart[r] .. rowStart[r+1]-1 of `tags`/`values`. */
    readonly rowStart: Int32Array,
    readonly tags: Uint8Array,
    readonly values: Float32Array,
    /** Weights are whole multiples of 1/scale (the model file's quantisation; 1/precision for a trained model). */
    readonly scale: number,
  ) {
    if (rowStart.length !== keys.length + 1 || rowStart[keys.length] !== tags.length || tags.length !== values.length) {
      throw new Error(`linear model: sparse rows do not fit ${keys.length} features`);
    }
    if (numTags > OVERFLOW) throw new Error(`linear model: at most ${OVERFLOW} tags, got ${numTags}`);
    const packed = new Int32Array(values.length);
    for (let k = 0; k < values.length; k++) {
      const q = Math.round(values[k]! * scale);
      if (Math.abs(q - values[k]! * scale) > 1e-3 || Math.abs(q) >= 1 << (31 - TAG_BITS)) {
        throw new Error(`linear model: weight ${values[k]} is not a whole number of 1/${scale} within int26`);
      }
      packed[k] = (q << TAG_BITS) | tags[k]!;
    }
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * SLOT);
    let overflowLength = 0;
    for (let r = 0; r < keys.length; r++) if (rowStart[r + 1]! - rowStart[r]! > INLINE) overflowLength += rowStart[r + 1]! - rowStart[r]!;
    this.overflow = new Int32Array(overflowLength);
    let next = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      if (key === 0) throw new Error(`linear model: feature ${r} has the reserved hash 0`);
      let i = key & this.mask;
      while (this.slots[i * SLOT] !== 0) {
        if (this.slots[i * SLOT] === key) throw new Error(`linear model: feature hash ${key} appears twice`);
        i = (i + 1) & this.mask;
      }
      const at = i * SLOT;
      const length = rowStart[r + 1]! - rowStart[r]!;
      this.slots[at] = key;
      if (length <= INLINE) {
        // A packed weight is never 0 (its value is not), so 0 marks an unused place.
        for (let e = 0; e < length; e++) this.slots[at + 1 + e] = packed[rowStart[r]! + e]!;
      } else {
        this.slots[at + 1] = (next << TAG_BITS) | OVERFLOW;
        this.slots[at + 2] = length;
        this.overflow.set(packed.subarray(rowStart[r]!, rowStart[r + 1]!), next);
        next += length;
      }
    }
  }

  /** Builds the sparse form of dense `keys.length x numTags` weights, whole multiples of 1/scale. */
  static fromDense(numTags: number, keys: Int32Array, dense: Float32Array, scale: number): LinearModel {
    const rowStart = new Int32Array(keys.length + 1);
    const tags: number[] = [];
    const values: number[] = [];
    for (let r = 0; r < keys.length; r++) {
      rowStart[r] = tags.length;
      for (let t = 0; t < numTags; t++) {
        const v = dense[r * numTags + t]!;
        if (v !== 0) {
          tags.push(t);
          values.push(v);
        }
      }
    }
    rowStart[keys.length] = tags.length;
    return new LinearModel(numTags, keys, rowStart, Uint8Array.from(tags), Float32Array.from(values), scale);
  }

  get numFeatures(): number {
    return this.keys.length;
  }

  add(features: Int32Array, count: number, out: Float64Array): void {
    const { slots, overflow, mask } = this;
    for (let j = 0; j < count; j++) {
      const key = features[j]!;
      let i = key & mask;
      for (;;) {
        const at = i << 2; // i * SLOT
        const k = slots[at]!;
        if (k === key) {
          const a = slots[at + 1]!;
          if ((a & TAG_MASK) === OVERFLOW) {
            const start = a >> TAG_BITS;
            const end = start + slots[at + 2]!;
            for (let e = start; e < end; e++) {
              const v = overflow[e]!;
              out[v & TAG_MASK]! += v >> TAG_BITS;
            }
          } else {
            if (a !== 0) out[a & TAG_MASK]! += a >> TAG_BITS;
            const b = slots[at + 2]!;
            if (b !== 0) out[b & TAG_MASK]! += b >> TAG_BITS;
            const c = slots[at + 3]!;
            if (c !== 0) out[c & TAG_MASK]! += c >> TAG_BITS;
          }
          break;
        }
        if (k === 0) break;
        i = (i + 1) & mask;
      }
    }
  }
}

/** Averaged perceptron under training. */
export class AveragedPerceptron implements Scorer {
  readonly table = new FeatureTable(1 << 16);
  private w: Float32Array;
  private u: Float64Array;
  private step = 1;

  constructor(readonly numTags: number) {
    this.w = new Float32Array((1 << 16) * numTags);
    this.u = new Float64Array((1 << 16) * numTags);
  }

  get numFeatures(): number {
    return this.table.size;
  }

  add(features: Int32Array, count: number, out: Float64Array): void {
    const T = this.numTags;
    const w = this.w;
    for (let j = 0; j < count; j++) {
      const row = this.table.get(features[j]!);
      if (row < 0) continue;
      const base = row * T;
      for (let t = 0; t < T; t++) out[t]! += w[base + t]!;
    }
  }

  /** Call once per training instance, before any update for it. */
  tick(): void {
    this.step++;
  }

  /** Rewards `gold` and penalises `predicted` on every feature. */
  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    if (gold === predicted) return;
    const T = this.numTags;
    const c = this.step;
    for (let j = 0; j < count; j++) {
      const base = this.row(features[j]!) * T;
      this.w[base + gold]! += 1;
      this.u[base + gold]! += c;
      this.w[base + predicted]! -= 1;
      this.u[base + predicted]! -= c;
    }
  }

  private row(f: number): number {
    const r = this.table.intern(f);
    if ((r + 1) * this.numTags > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return r;
  }

  /**
   * The averaged weights, dropping weights below `minWeight` in magnitude (and features left
   * with none), rounded to `1/precision`: both shrink the shipped model with no measurable loss.
   */
  finish(minWeight: number, precision: number): LinearModel {
    const T = this.numTags;
    const c = this.step;
    const keys = this.table.keysByRow();
    const kept: number[] = [];
    const out: number[] = [];
    const row = new Float64Array(T);
    for (let r = 0; r < keys.length; r++) {
      let max = 0;
      for (let t = 0; t < T; t++) {
        const v = Math.round((this.w[r * T + t]! - this.u[r * T + t]! / c) * precision) / precision;
        row[t] = Math.abs(v) < minWeight ? 0 : v;
        max = Math.max(max, Math.abs(row[t]!));
      }
      if (max === 0) continue;
      kept.push(keys[r]!);
      for (let t = 0; t < T; t++) out.push(row[t]!);
    }
    return LinearModel.fromDense(T, Int32Array.from(kept), Float32Array.from(out), precision);
  }
}
