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
  /** Adds the scores of `features[0..count)` for each tag to `out` (length numTags). */
  add(features: Int32Array, count: number, out: Float64Array): void;
}

/**
 * A frozen linear model: feature hash → sparse row of tag weights. Rows average about three
 * non-zero tags out of seventeen, so sparse rows make scoring several times cheaper than dense
 * ones. For speed the look-up table is laid out for locality: one open-addressing array of
 * (hash, first entry, entry count, unused) quadruples, and one array of (tag, weight) pairs, so
 * scoring a feature touches about two cache lines.
 */
export class LinearModel implements Scorer {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** (tag, weight) pairs, row after row. */
  private readonly entries: Float32Array;

  constructor(
    readonly numTags: number,
    /** Feature hashes in row order. */
    readonly keys: Int32Array,
    /** Row r's weights are entries rowStart[r] .. rowStart[r+1]-1 of `tags`/`values`. */
    readonly rowStart: Int32Array,
    readonly tags: Uint8Array,
    readonly values: Float32Array,
  ) {
    if (rowStart.length !== keys.length + 1 || rowStart[keys.length] !== tags.length || tags.length !== values.length) {
      throw new Error(`linear model: sparse rows do not fit ${keys.length} features`);
    }
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 4);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      if (key === 0) throw new Error(`linear model: feature ${r} has the reserved hash 0`);
      let i = key & this.mask;
      while (this.slots[i * 4] !== 0) {
        if (this.slots[i * 4] === key) throw new Error(`linear model: feature hash ${key} appears twice`);
        i = (i + 1) & this.mask;
      }
      this.slots[i * 4] = key;
      this.slots[i * 4 + 1] = rowStart[r]! * 2;
      this.slots[i * 4 + 2] = (rowStart[r + 1]! - rowStart[r]!) * 2;
    }
    this.entries = new Float32Array(tags.length * 2);
    for (let k = 0; k < tags.length; k++) {
      this.entries[k * 2] = tags[k]!;
      this.entries[k * 2 + 1] = values[k]!;
    }
  }

  /** Builds the sparse form of dense `keys.length x numTags` weights. */
  static fromDense(numTags: number, keys: Int32Array, dense: Float32Array): LinearModel {
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
    return new LinearModel(numTags, keys, rowStart, Uint8Array.from(tags), Float32Array.from(values));
  }

  get numFeatures(): number {
    return this.keys.length;
  }

  add(features: Int32Array, count: number, out: Float64Array): void {
    const { slots, entries, mask } = this;
    for (let j = 0; j < count; j++) {
      const key = features[j]!;
      let i = key & mask;
      for (;;) {
        const k = slots[i << 2]!;
        if (k === key) {
          const start = slots[(i << 2) + 1]!;
          const end = start + slots[(i << 2) + 2]!;
          for (let e = start; e < end; e += 2) out[entries[e]! | 0]! += entries[e + 1]!;
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
    return LinearModel.fromDense(T, Int32Array.from(kept), Float32Array.from(out));
  }
}
