/**
 * Evaluate the country tagger alone against Reuters-21578 PLACES, at a salience cut-off (`npm run eval:countries`,
 * eval-reuters.ts, scores the whole tagger as the indexer runs it).
 *
 *   npx tsx indexer/tag/eval/eval-country-tagger.ts ARTICLES GOLD [--errors N] [--min-salience S] [--ner]
 *   e.g. npx tsx indexer/tag/eval/eval-country-tagger.ts \
 *          /work/shared/corpus/reuters21578/reuters-part1.articles.jsonl \
 *          /work/shared/corpus/reuters21578/reuters-part1.gold.jsonl --errors 25
 *
 * Scoring: article-level micro precision/recall/F1 of the predicted country set (tags with
 * salience ≥ S, default DEFAULT_MIN_SALIENCE) against the gold PLACES mapped to ISO codes
 * (reuters-places.ts; non-country codes dropped). Every article counts, including those
 * whose gold places are empty: any country predicted there is a false positive.
 * Throughput is MB of text (title + dateline + body, UTF-16 length / 1e6) per second of
 * tagging on one core, measured after one warm-up pass.
 * `--errors N` prints the N most frequent false positives and false negatives by country,
 * with an example article id and the surfaces that caused each false positive.
 * `--ner` passes the statistical NER's mentions of each body (indexer/tag/ner/recognize.ts,
 * loaded dynamically so this file does not depend on it) as hints; throughput then includes NER.
 */

import { readFileSync } from 'node:fs';
import type { Mention } from '../mention.js';
import { mapReutersPlaces } from '../countries/reuters-places.js';
import { DEFAULT_MIN_SALIENCE, tagCountries, type CountryTag } from '../countries/tag-countries.js';

interface Article { id: string; title?: string; dateline?: string; body?: string }
interface Gold { id: string; places?: string[] }

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function parseArgs(argv: string[]): { articles: string; gold: string; errors: number; minSalience: number; ner: boolean } {
  const pos: string[] = [];
  let errors = 0;
  let ner = false;
  let minSalience = DEFAULT_MIN_SALIENCE;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') errors = Number(argv[++i] ?? 20);
    else if (a === '--min-salience') minSalience = Number(argv[++i] ?? 0);
    else if (a === '--ner') ner = true;
    else if (a) pos.push(a);
  }
  const [articles, gold] = pos;
  if (!articles || !gold) {
    console.error('usage: npx tsx indexer/tag/eval/eval-country-tagger.ts ARTICLES.jsonl GOLD.jsonl [--errors N] [--min-salience S]');
    process.exit(2);
  }
  return { articles, gold, errors, minSalience, ner };
}

async function loadNer(): Promise<(text: string) => Mention[]> {
  const spec = '../ner/recognize.js'; // non-literal: no compile-time dependency on the NER
  const mod = (await import(spec)) as { recognize: (text: string) => Mention[] };
  return mod.recognize;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const recognize = args.ner ? await loadNer() : null;
  const articles = readJsonl<Article>(args.articles);
  const gold = new Map(readJsonl<Gold>(args.gold).map((g) => [g.id, mapReutersPlaces(g.places ?? [])]));

  const inputs = articles.map((a) => ({ text: a.body ?? '', title: a.title ?? '', dateline: a.dateline ?? '' }));
  const chars = inputs.reduce((n, x) => n + x.text.length + x.title.length + x.dateline.length, 0);
  const run = (x: (typeof inputs)[number]): CountryTag[] =>
    tagCountries(recognize ? { ...x, mentions: recognize(x.text) } : x);
  for (const x of inputs.slice(0, 200)) run(x); // warm-up (gazetteer build, JIT, NER model load)
  const t0 = performance.now();
  const results: CountryTag[][] = inputs.map(run);
  const secs = (performance.now() - t0) / 1000;

  let tp = 0, fp = 0, fn = 0, exact = 0, emptyGold = 0, fpOnEmpty = 0;
  const fpBy = new Map<string, { n: number; ex: string; surfaces: Map<string, number> }>();
  const fnBy = new Map<string, { n: number; ex: string }>();
  articles.forEach((a, i) => {
    const tags = (results[i] ?? []).filter((t) => t.salience >= args.minSalience);
    const pred = new Set(tags.map((t) => t.code));
    const g = new Set(gold.get(a.id) ?? []);
    if (g.size === 0) emptyGold++;
    let ok = true;
    for (const c of pred) {
      if (g.has(c)) { tp++; continue; }
      fp++; ok = false;
      if (g.size === 0) fpOnEmpty++;
      const e = fpBy.get(c) ?? { n: 0, ex: a.id, surfaces: new Map<string, number>() };
      e.n++;
      const tag = tags.find((t) => t.code === c);
      for (const m of tag?.mentions ?? []) {
        const src = m.field === 'title' ? a.title ?? '' : m.field === 'dateline' ? a.dateline ?? '' : a.body ?? '';
        const s = src.slice(m.start, m.end);
        e.surfaces.set(s, (e.surfaces.get(s) ?? 0) + 1);
      }
      fpBy.set(c, e);
    }
    for (const c of g) {
      if (pred.has(c)) continue;
      fn++; ok = false;
      const e = fnBy.get(c) ?? { n: 0, ex: a.id };
      e.n++;
      fnBy.set(c, e);
    }
    if (ok) exact++;
  });
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const cmd = `npx tsx indexer/tag/eval/eval-country-tagger.ts ${process.argv.slice(2).join(' ')}`;
  console.log(`command: ${cmd}`);
  console.log('tests:   node --experimental-vm-modules node_modules/jest/bin/jest.js test/indexer/tag/countries');
  console.log(`articles: ${articles.length} (gold places empty: ${emptyGold}, counted; ${fpOnEmpty} false positives there)`);
  console.log(`min salience: ${args.minSalience}`);
  console.log(`micro P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}  (tp=${tp} fp=${fp} fn=${fn}; exact-set articles ${(exact / articles.length).toFixed(3)})`);
  console.log(`throughput: ${(chars / 1e6 / secs).toFixed(2)} MB/s (${(chars / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s, one core)`);
  // The same tags, read as "about" sets at a few salience cut-offs (Reuters PLACES mark what a
  // story is about, not every passing mention).
  for (const cut of [0, 0.34, 0.5]) {
    let ctp = 0, cfp = 0, cfn = 0;
    articles.forEach((a, i) => {
      const pred = new Set((results[i] ?? []).filter((t) => t.salience >= cut).map((t) => t.code));
      const g = new Set(gold.get(a.id) ?? []);
      for (const c of pred) if (g.has(c)) ctp++; else cfp++;
      for (const c of g) if (!pred.has(c)) cfn++;
    });
    const cp = ctp / Math.max(1, ctp + cfp);
    const cr = ctp / Math.max(1, ctp + cfn);
    console.log(`  at min salience ${cut.toFixed(2)}: P=${cp.toFixed(4)} R=${cr.toFixed(4)} F1=${(cp + cr > 0 ? (2 * cp * cr) / (cp + cr) : 0).toFixed(4)}`);
  }
  if (args.errors > 0) {
    console.log(`\ntop false positives (code count example-id surfaces):`);
    for (const [c, e] of [...fpBy].sort((x, y) => y[1].n - x[1].n).slice(0, args.errors)) {
      const surf = [...e.surfaces].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([s, n]) => `${s}×${n}`).join(', ');
      console.log(`  FP ${c} ${e.n} ${e.ex} ${surf}`);
    }
    console.log(`\ntop false negatives (code count example-id):`);
    for (const [c, e] of [...fnBy].sort((x, y) => y[1].n - x[1].n).slice(0, args.errors)) console.log(`  FN ${c} ${e.n} ${e.ex}`);
  }
}

await main();
