/**
 * `npm run bench:tag-parts`: the tagger's parts timed apart over the bench corpus held in memory (parsing, named
 * entities, countries, and the whole of `tagText`), each the best of `PASSES` warm passes (default 3, after one
 * warm-up), and a fingerprint of each part's output: the first 16 hex digits of a SHA-256 over every result.
 *
 * The fingerprints are what a speed change must leave alone. At 947b23d (2026-11-25) they were: parse
 * 01da92b0a75d6762, recognise 3af54e56af823ade, countries 17ed659b20c181bf, tagText a0d17281a8349b3f; at tagging
 * rules 43, tagText 25f653f94b98b97b (the others unchanged); at db3c36f, parse bd045e2f64bed1e8 (the articles' ids:
 * Wikinews' `ID893` is hashed since ids with capitals are, and each article carries its earlier id; no tag changed);
 * at tagging rules 45 (monarchs under their titles), tagText 53c88a809dce63ed; at 38eb64d (2026-11-25: four Wikinews
 * articles dated by the date they open with, three template names out of their text; no tagging rule changed, and those
 * articles' new text gives them new content hashes), parse c1603eaac3f1cfa5, tagText 75ff84b1300788c2; at tagging rules
 * 71 (2026-11-26: countries named only by the way, not-actors, initials), countries 12807cf9d301bddd, tagText
 * 84dadbbd0d8d6f90 (parse and recognise unchanged); at tagging rules 72 (2026-11-26: bracketed companies, firms of
 * partners, "^M" out of the text, tagText joining wrapped lines), parse 76e5345502089062, tagText ee9ee03e4120b076.
 * A change that moves a tagging fingerprint has changed what the indexer writes, and belongs under a new tagging rules
 * version (docs/TAGGING.md).
 * Times on this VM swing ±15 % from minute to minute: compare two versions interleaved, not across sessions.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { parseArticle } from '../indexer/parse/parse-article.js';
import { recognize } from '../indexer/tag/ner/recognize.js';
import { tagCountries } from '../indexer/tag/countries/tag-countries.js';
import { defaultTagger } from '../indexer/tag/default-tagger.js';
import { tagText } from '../indexer/tag/tag-text.js';

const files = [
  '../shared/corpus/reuters21578/reuters-part1.articles.jsonl',
  '../shared/corpus/wikinews/wikinews_economy.jsonl',
  '../shared/corpus/wikinews/wikinews_politics_part1.jsonl',
].map((p) => resolve(projectRoot, p));
for (const f of files) if (!existsSync(f)) throw new Error(`${f}: no such file (the corpora live in ../shared/corpus)`);
const passes = Number(process.env.PASSES ?? 3);
if (!Number.isInteger(passes) || passes < 1) throw new Error(`PASSES: expected a whole number from 1, got ${process.env.PASSES}`);

interface Row { id?: string; title?: string; body?: string; text?: string; date?: string; url?: string }
const rows: (Row & { file: string })[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim() !== '') rows.push({ ...(JSON.parse(line) as Row), file });
}
const withText = rows.filter((r) => (r.body ?? r.text ?? '') !== '');
const { tagger } = defaultTagger();

const parts: Record<string, () => Iterable<unknown>> = {
  parse: function* () {
    for (const r of rows) yield parseArticle({ origin: { file: r.file }, format: 'json', body: r.body ?? r.text ?? '', title: r.title, date: r.date, id: r.id, url: r.url }, {});
  },
  recognise: function* () {
    for (const r of withText) yield recognize(r.title ? `${r.title}\n\n${r.body ?? r.text}` : (r.body ?? r.text)!);
  },
  countries: function* () {
    for (const r of withText) yield tagCountries({ text: (r.body ?? r.text)!, ...(r.title ? { title: r.title } : {}) });
  },
  tagText: function* () {
    let n = 0;
    for (const r of withText) yield tagText({ id: String(r.id ?? n++), text: (r.body ?? r.text)!, ...(r.title ? { title: r.title } : {}), ...(r.date ? { date: r.date } : {}) }, tagger);
  },
};

process.stdout.write(`${rows.length} records, ${withText.length} with text; best of ${passes} warm passes\n`);
for (const [name, run] of Object.entries(parts)) {
  let best = Infinity;
  let fingerprint = '';
  for (let pass = 0; pass <= passes; pass++) {
    const hash = createHash('sha256');
    const started = performance.now();
    for (const result of run()) hash.update(JSON.stringify(result));
    const seconds = (performance.now() - started) / 1000;
    fingerprint = hash.digest('hex').slice(0, 16);
    if (pass > 0) best = Math.min(best, seconds);
  }
  process.stdout.write(`${name.padEnd(10)} ${best.toFixed(2)} s  output ${fingerprint}\n`);
}
