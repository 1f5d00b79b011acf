import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapReutersPlace, mapReutersPlaces, REUTERS_PLACES } from '../../../../indexer/tag/countries/reuters-places.js';
import { tagCountries } from '../../../../indexer/tag/countries/tag-countries.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('Reuters PLACES mapping', () => {
  test('common and historical codes', () => {
    expect(mapReutersPlace('usa')).toBe('US');
    expect(mapReutersPlace('uk')).toBe('GB');
    expect(mapReutersPlace('west-germany')).toBe('DE');
    expect(mapReutersPlace('ussr')).toBe('RU');
    expect(mapReutersPlace('hong-kong')).toBe('HK');
    expect(mapReutersPlace('zaire')).toBe('CD');
    expect(mapReutersPlace('no-such-place')).toBeNull();
  });
  test('lists are mapped and de-duplicated', () => {
    expect(mapReutersPlaces(['west-germany', 'east-germany', 'usa', 'atlantis'])).toEqual(['DE', 'US']);
  });
  test('every mapped value is a two-letter upper-case code', () => {
    for (const v of Object.values(REUTERS_PLACES)) if (v !== null) expect(v).toMatch(/^[A-Z]{2}$/);
  });
  test('the tagger agrees with the mapping on a mini Reuters fixture', () => {
    const read = (f: string) => readFileSync(join(here, 'fixtures', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const arts = read('reuters-mini.jsonl') as { id: string; title: string; dateline: string; body: string }[];
    const gold = new Map((read('reuters-mini.gold.jsonl') as { id: string; places: string[] }[]).map((g) => [g.id, mapReutersPlaces(g.places).sort()]));
    for (const a of arts) {
      const got = tagCountries({ text: a.body, title: a.title, dateline: a.dateline }).map((t) => t.code).sort();
      expect([a.id, got]).toEqual([a.id, gold.get(a.id)]);
    }
  });
});
