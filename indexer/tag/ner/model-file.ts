/**
 * The shipped model file: a gzipped binary container holding a JSON header (tag set, lexicon,
 * training metadata), the feature strings, and the sparse weights quantised to 16-bit integers.
 * Sparse int16 storage plus gzip keeps a model of a few hundred thousand features to a few MB.
 *
 * Layout (before gzip): "DNER" magic, u32 format version, then length-prefixed (u32) sections:
 * header JSON, feature hashes (int32), per-feature non-zero counts (u8),
 * tag indices (u8) and values (int16 little-endian, value = weight * header.scale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Lexicon, LexiconData } from './lexicon.js';
import { lexiconFromData, lexiconToData } from './lexicon.js';
import { LinearModel } from './perceptron.js';
import { TAGS } from './tags.js';

const MAGIC = 'DNER';
const FORMAT_VERSION = 1;

export interface NerModel {
  linear: LinearModel;
  lexicon: Lexicon;
  meta: Record<string, unknown>;
}

interface Header {
  tags: string[];
  scale: number;
  numFeatures: number;
  lexicon: LexiconData;
  meta: Record<string, unknown>;
}

function section(buf: Buffer): Buffer[] {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(buf.length);
  return [len, buf];
}

/** Serialises a model to the gzipped container. */
export function encodeModel(model: NerModel): Buffer {
  const { linear } = model;
  const T = linear.numTags;
  let maxAbs = 0;
  for (const v of linear.values) maxAbs = Math.max(maxAbs, Math.abs(v));
  // Largest scale (at most 1000) that keeps every weight inside int16.
  const scale = Math.min(1000, Math.floor(32767 / Math.max(maxAbs, 1e-9)));
  const names = linear.keys;
  const counts = Buffer.alloc(names.length);
  const tagIdx: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < names.length; r++) {
    let k = 0;
    for (let j = linear.rowStart[r]!; j < linear.rowStart[r + 1]!; j++) {
      const q = Math.round(linear.values[j]! * scale);
      if (q === 0) continue;
      tagIdx.push(linear.tags[j]!);
      values.push(q);
      k++;
    }
    if (k > 255) throw new Error(`feature row ${r} has ${k} weights; the format allows 255`);
    counts[r] = k;
  }
  const header: Header = { tags: [...TAGS], scale, numFeatures: names.length, lexicon: lexiconToData(model.lexicon), meta: model.meta };
  const magic = Buffer.alloc(8);
  magic.write(MAGIC, 0, 'latin1');
  magic.writeUInt32LE(FORMAT_VERSION, 4);
  const keyBytes = Buffer.alloc(names.length * 4);
  names.forEach((k, i) => keyBytes.writeInt32LE(k, i * 4));
  const vals = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => vals.writeInt16LE(v, i * 2));
  const raw = Buffer.concat([
    magic,
    ...section(Buffer.from(JSON.stringify(header), 'utf8')),
    ...section(keyBytes),
    ...section(counts),
    ...section(Buffer.from(tagIdx)),
    ...section(vals),
  ]);
  return gzipSync(raw, { level: 9 });
}

/** Parses the gzipped container; `source` names the file in error messages. */
export function decodeModel(gz: Buffer, source: string): NerModel {
  const fail = (problem: string): never => {
    throw new Error(`NER model ${source}: ${problem}`);
  };
  let raw: Buffer;
  try {
    raw = gunzipSync(gz);
  } catch (err) {
    return fail(`not a gzip file (${(err as Error).message})`);
  }
  if (raw.length < 8 || raw.toString('latin1', 0, 4) !== MAGIC) fail('bad magic; not a Dispatch NER model');
  const version = raw.readUInt32LE(4);
  if (version !== FORMAT_VERSION) fail(`format version ${version}, this code reads version ${FORMAT_VERSION}`);
  let pos = 8;
  const next = (what: string): Buffer => {
    if (pos + 4 > raw.length) fail(`truncated before the ${what} section`);
    const len = raw.readUInt32LE(pos);
    pos += 4;
    if (pos + len > raw.length) fail(`truncated ${what} section`);
    const b = raw.subarray(pos, pos + len);
    pos += len;
    return b;
  };
  let header: Header;
  try {
    header = JSON.parse(next('header').toString('utf8')) as Header;
  } catch (err) {
    return fail(`header is not valid JSON (${(err as Error).message})`);
  }
  if (JSON.stringify(header.tags) !== JSON.stringify(TAGS)) fail(`tag set ${JSON.stringify(header.tags)} differs from this code's ${JSON.stringify(TAGS)}`);
  if (!(header.scale > 0)) fail(`invalid weight scale ${header.scale}`);
  const keyBytes = next('feature hashes');
  if (keyBytes.length !== header.numFeatures * 4) fail(`header says ${header.numFeatures} features, file has ${keyBytes.length / 4}`);
  const names = new Int32Array(header.numFeatures);
  for (let r = 0; r < names.length; r++) names[r] = keyBytes.readInt32LE(r * 4);
  const counts = next('counts');
  const tagIdx = next('tag indices');
  const vals = next('values');
  if (counts.length !== names.length) fail('feature count section does not match feature names');
  if (vals.length !== tagIdx.length * 2) fail('value section does not match tag index section');
  const T = TAGS.length;
  const rowStart = new Int32Array(names.length + 1);
  const tags = new Uint8Array(tagIdx.length);
  const weights = new Float32Array(tagIdx.length);
  let k = 0;
  for (let r = 0; r < names.length; r++) {
    rowStart[r] = k;
    for (let j = 0; j < counts[r]!; j++, k++) {
      const t = tagIdx[k];
      if (t === undefined || t >= T) fail(`weight ${k} has tag index ${t}`);
      tags[k] = t!;
      weights[k] = vals.readInt16LE(k * 2) / header.scale;
    }
  }
  rowStart[names.length] = k;
  if (k !== tagIdx.length) fail(`counts cover ${k} weights, file has ${tagIdx.length}`);
  let linear: LinearModel;
  try {
    linear = new LinearModel(T, names, rowStart, tags, weights, header.scale);
  } catch (err) {
    return fail((err as Error).message);
  }
  return { linear, lexicon: lexiconFromData(header.lexicon), meta: header.meta ?? {} };
}

export function saveModel(path: string, model: NerModel): number {
  const buf = encodeModel(model);
  writeFileSync(path, buf);
  return buf.length;
}

export function loadModel(path: string): NerModel {
  let gz: Buffer;
  try {
    gz = readFileSync(path);
  } catch (err) {
    throw new Error(`NER model ${path}: cannot read (${(err as Error).message}); train it with "npx tsx indexer/tag/ner/train.ts"`);
  }
  return decodeModel(gz, path);
}
