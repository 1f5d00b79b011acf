import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleBody } from '../../../indexer/chunk.js';
import { parseArticle } from '../../../indexer/parse/parse-article.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';
import { fold } from '../../../src/text/fold.js';
import { projectRoot } from '../../../src/project-root.js';

const expected = JSON.parse(readFileSync(resolve(projectRoot, 'test/indexer/tag/fixtures/sample-actors.json'), 'utf8')) as Record<string, string[]>;
const countries = JSON.parse(readFileSync(resolve(projectRoot, 'test/indexer/tag/countries/fixtures/sample-countries.json'), 'utf8')) as Record<string, string[]>;
const { tagger } = defaultTagger();

function tagSample(id: string) {
  const parsed = parseArticle({ origin: { file: id }, format: 'text', id, body: readFileSync(resolve(projectRoot, 'data/sample', `${id}.txt`), 'utf8') });
  if (!parsed.ok) throw new Error(parsed.reason);
  const a = parsed.article;
  return tagger({ title: a.title, body: articleBody(a.paragraphs), published: a.published ? new Date(a.published.epochSeconds * 1000) : undefined });
}

const ids = Object.keys(expected).filter((k) => !k.startsWith('_'));

describe('the whole tagger on the sample articles (the indexer path)', () => {
  test.each(ids)('when tagging %s, then every actor a careful reader names is found under its canonical name', (id) => {
    const names = tagSample(id).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(expected[id]!));
  });

  test.each(ids)('when tagging %s, then each person has one canonical name (no surname left apart)', (id) => {
    const people = tagSample(id).actors.filter((a) => a.kind === 'person').map((a) => fold(a.name));
    for (const name of people) {
      const surname = name.split(' ').at(-1)!;
      expect(people.filter((p) => p.split(' ').at(-1) === surname)).toEqual([name]);
    }
  });

  test('when tagging all five, then country F1 against a careful reader is at least 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const id of ids) {
      const gold = new Set(countries[id] ?? countries[`${id}.txt`] ?? []);
      const found = new Set(tagSample(id).countries.map((c) => c.code));
      for (const c of found) (gold.has(c) ? tp++ : fp++);
      for (const c of gold) if (!found.has(c)) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the shipped alias file on wire copy', () => {
  test('when a name of several words holds "and" or "on", then it is one actor, not the pieces the model splits it into', () => {
    const body =
      'Trade ministers meeting under the General Agreement on Tariffs and Trade (GATT) agreed on a new round, and Reuter bought a stake in Instinet. ' +
      'The Federal Savings and Loan Insurance Corporation said the House Ways and Means Committee would hear it.';
    const names = tagger({ title: '', body }).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['General Agreement on Tariffs and Trade', 'Reuters', 'Federal Savings and Loan Insurance Corporation', 'Ways and Means Committee']));
    for (const piece of ['Tariffs', 'General Agreement', 'GATT', 'Reuter', 'Federal Savings', 'Loan Insurance', 'Means Committee']) expect(names).not.toContain(piece);
  });
});

describe('the whole tagger on wire copy with a headline in capitals', () => {
  test('when the headline repeats the body\'s names in capitals, then every actor is spelled as the body spells it', () => {
    const actors = tagger({
      title: 'U.S. SENATE WANTS JAPAN SEMICONDUCTOR PACT ENFORCED',
      body: 'The Senate has unanimously called for President Reagan immediately to force Japan to live up to a pledge to stop dumping its microchips.\n\nThe vote was 93 to 0 to urge Reagan to impose penalties on Japanese products, Senator Lloyd Bentsen said.',
      published: new Date('1987-03-19T00:00:00Z'),
    }).actors.map((a) => a.name);
    // "Reagan" alone is the alias file's one person of that surname.
    expect(actors).toEqual(expect.arrayContaining(['Ronald Reagan', 'Lloyd Bentsen']));
    expect(actors.filter((name) => /^[^a-z]*[A-Z]{3}[^a-z]*$/.test(name) && name.length > 4)).toEqual([]);
  });

  test('when an earnings headline names its company by its ticker over a table, then the company is an actor in body case', () => {
    const actors = tagger({ title: 'JIM WALTER CORP <JWC> REGULAR DIVIDEND', body: 'Qtly div 70 cts vs 70 cts prior\n\nPay April one\n\nRecord March 10', published: new Date('1987-03-02T00:00:00Z') }).actors;
    expect(actors.map((a) => a.name)).toContain('Jim Walter');
  });

  test('when the headline is in ordinary case, then a name only the headline holds stays an actor', () => {
    const actors = tagger({ title: 'Senate wants chip pact enforced', body: 'The vote was 93 to 0, a spokesman said.', published: new Date('1987-03-19T00:00:00Z') }).actors;
    expect(actors.map((a) => a.name)).toContain('Senate');
  });
  test('when a story names the White House, then it is an actor, as the Kremlin and the Pentagon are', () => {
    const names = tagger({ title: '', body: 'The White House said on Monday that talks with the Kremlin would resume.' }).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['White House', 'Kremlin']));
  });
});
