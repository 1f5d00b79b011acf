import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagCountries } from '../../../../indexer/tag/countries/tag-countries.js';

// The sample articles are committed in data/sample; the expected sets were checked by hand.
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..', '..');
const expected = JSON.parse(readFileSync(join(here, 'fixtures', 'sample-countries.json'), 'utf8')) as Record<string, string[] | string>;
const files = Object.keys(expected).filter((k) => !k.startsWith('_'));

describe('sample articles (data/sample)', () => {
  test('micro F1 over the five samples is at least 0.90', () => {
    let tp = 0, fp = 0, fn = 0;
    for (const f of files) {
      const text = readFileSync(join(root, 'data', 'sample', f), 'utf8');
      const pred = new Set(tagCountries({ text }).map((t) => t.code));
      const gold = new Set(expected[f] as string[]);
      for (const c of pred) if (gold.has(c)) tp++; else fp++;
      for (const c of gold) if (!pred.has(c)) fn++;
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.9);
  });

  test.each(files)('%s: Niger is among the two most salient countries', (f) => {
    const text = readFileSync(join(root, 'data', 'sample', f), 'utf8');
    const top = tagCountries({ text }).slice(0, 2).map((t) => t.code);
    expect(top).toContain('NE');
  });

  test('001 finds the Central African Republic and Libya but no region', () => {
    const text = readFileSync(join(root, 'data', 'sample', '001_2a3ac2bca5c954bc.txt'), 'utf8');
    const got = tagCountries({ text }).map((t) => t.code);
    expect(got).toEqual(expect.arrayContaining(['CF', 'LY']));
    expect(got).not.toContain('NG');
  });
});
