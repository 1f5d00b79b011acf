import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readConll } from '../../../../indexer/tag/ner/conll.js';
import { decodeModel, encodeModel, loadModel } from '../../../../indexer/tag/ner/model-file.js';
import { createRecognizer } from '../../../../indexer/tag/ner/recognize.js';
import { trainModel } from '../../../../indexer/tag/ner/train.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/mini.conll', import.meta.url));

describe('training and the model file', () => {
  const docs = readConll(FIXTURE);
  const trained = trainModel(docs, { epochs: 5, folds: 1, seed: 1, minWeight: 0, countryList: false });

  it('learns the training data and survives an encode/decode round trip', () => {
    const model = { ...trained, meta: { test: true } };
    const decoded = decodeModel(encodeModel(model), 'in-memory');
    expect(decoded.meta).toEqual({ test: true });
    expect(decoded.linear.numFeatures).toBe(trained.linear.numFeatures);
    const recognize = createRecognizer(decoded);
    const text = 'Vladimir Putin spoke to Assimi Goita of Mali on Tuesday .';
    const found = recognize(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
    expect(found).toEqual(['PER:Vladimir Putin', 'PER:Assimi Goita', 'LOC:Mali']);
  });

  it('is deterministic', () => {
    const again = trainModel(docs, { epochs: 5, folds: 1, seed: 1, minWeight: 0, countryList: false });
    const meta = {};
    expect(encodeModel({ ...again, meta }).equals(encodeModel({ ...trained, meta }))).toBe(true);
  });

  it('names the file and the problem when a model cannot be used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
    expect(() => loadModel(join(dir, 'missing.bin.gz'))).toThrow(/missing\.bin\.gz: cannot read/);
    const notGzip = join(dir, 'plain.bin.gz');
    writeFileSync(notGzip, 'hello');
    expect(() => loadModel(notGzip)).toThrow(/plain\.bin\.gz: not a gzip file/);
    const wrongMagic = join(dir, 'magic.bin.gz');
    writeFileSync(wrongMagic, gzipSync(Buffer.from('XXXXXXXXXXXX')));
    expect(() => loadModel(wrongMagic)).toThrow(/magic\.bin\.gz: bad magic/);
    const truncated = join(dir, 'truncated.bin.gz');
    const full = encodeModel({ ...trained, meta: {} });
    writeFileSync(truncated, gzipSync(gunzipSync(full).subarray(0, 40)));
    expect(() => loadModel(truncated)).toThrow(/truncated\.bin\.gz: truncated/);
  });
});
