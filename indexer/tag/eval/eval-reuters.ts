/**
 * `npm run eval:countries -- ARTICLES GOLD`: the whole tagger, as the indexer runs it, against Reuters-21578.
 *
 *   npm run eval:countries -- ../shared/corpus/reuters21578/reuters-part1.articles.jsonl \
 *                             ../shared/corpus/reuters21578/reuters-part1.gold.jsonl [--json] [--errors N]
 *
 * Each article goes through parseArticle and the default tagger (NER + countries + actors + dates), the dateline
 * leading the body as it does on the wire ("SALVADOR, Feb 26 - Showers continued…"). Reported:
 * - country tags: article-level micro precision, recall, F1 against PLACES mapped to ISO codes
 *   (countries/reuters-places.ts); articles with no gold place count (anything predicted there is a false positive);
 * - PEOPLE recall: a gold person (a surname such as `reagan`, `de-larosiere`) is found when an actor's folded name is
 *   it, ends with it or starts with it (family name first: `deng-xiaoping`);
 * - ORGS recall: a gold organisation (`imf`, `ico-coffee`) is found when an actor's folded name is one of its names
 *   (reuters-orgs.ts), and reported apart when that is a full name rather than an acronym ("EC", "ICO");
 * - throughput of the whole tagger (MB of text a second, one core) and peak RSS.
 * Gold files are read here only, to score; the indexer never reads them.
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../parse/parse-article.js';
import { articleBody } from '../../chunk.js';
import { mapReutersPlaces } from '../countries/reuters-places.js';
import { defaultTagger } from '../default-tagger.js';
import { fold } from '../../../src/text/fold.js';
import { reutersOrgNames } from './reuters-orgs.js';

interface Article { id: string; title?: string; date?: string; dateline?: string; body?: string }
interface Gold { id: string; places?: string[]; people?: string[]; orgs?: string[] }

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const errorsAt = args.indexOf('--errors');
const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) : 0;
const [articlesPath, goldPath] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--errors');
if (articlesPath === undefined || goldPath === undefined) {
  process.stderr.write('usage: npm run eval:countries -- ARTICLES.jsonl GOLD.jsonl [--json] [--errors N]\n');
  process.exit(2);
}
const readJsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
const articles = readJsonl<Article>(articlesPath);
const gold = new Map(readJsonl<Gold>(goldPath).map((g) => [g.id, g]));

const { tagger } = defaultTagger();
let chars = 0;
let seconds = 0;
let tp = 0, fp = 0, fn = 0, peopleFound = 0, peopleTotal = 0, peakRss = 0;
const fpBy = new Map<string, number>();
const fnBy = new Map<string, number>();
const missedPeople = new Map<string, number>();
let orgsTotal = 0, orgsFound = 0, orgsFoundByFullName = 0;
const missedOrgs = new Map<string, number>();
const orgsUnderAcronym = new Map<string, number>();
const unknownOrgs = new Set<string>();

for (const a of articles) {
  const body = [a.dateline, a.body].filter((s) => s !== undefined && s !== '').join(' ');
  const parsed = parseArticle({ origin: { file: articlesPath }, format: 'json', id: a.id, title: a.title ?? undefined, body, date: a.date ?? undefined });
  const g = gold.get(a.id);
  const goldPlaces = new Set(mapReutersPlaces(g?.places ?? []));
  const goldPeople = (g?.people ?? []).map((p) => fold(p.replace(/-/g, ' ')));
  let countries = new Set<string>();
  let actors: string[] = [];
  if (parsed.ok) {
    const text = articleBody(parsed.article.paragraphs);
    const started = performance.now();
    const tags = tagger({ title: parsed.article.title, body: text, published: parsed.article.published ? new Date(parsed.article.published.epochSeconds * 1000) : undefined });
    seconds += (performance.now() - started) / 1000;
    chars += text.length + parsed.article.title.length;
    countries = new Set(tags.countries.map((c) => c.code));
    actors = tags.actors.map((x) => fold(x.name));
  }
  for (const c of countries) {
    if (goldPlaces.has(c)) tp++;
    else {
      fp++;
      fpBy.set(c, (fpBy.get(c) ?? 0) + 1);
    }
  }
  for (const c of goldPlaces) {
    if (!countries.has(c)) {
      fn++;
      fnBy.set(c, (fnBy.get(c) ?? 0) + 1);
    }
  }
  for (const person of goldPeople) {
    peopleTotal++;
    if (actors.some((n) => n === person || n.endsWith(` ${person}`) || n.startsWith(`${person} `))) peopleFound++;
    else missedPeople.set(person, (missedPeople.get(person) ?? 0) + 1);
  }
  const actorSet = new Set(actors);
  for (const code of g?.orgs ?? []) {
    const names = reutersOrgNames(code);
    if (names === undefined) {
      unknownOrgs.add(code);
      continue;
    }
    orgsTotal++;
    if (names.full.some((n) => actorSet.has(fold(n)))) {
      orgsFound++;
      orgsFoundByFullName++;
    } else if (names.short.some((n) => actorSet.has(fold(n)))) {
      orgsFound++;
      orgsUnderAcronym.set(code, (orgsUnderAcronym.get(code) ?? 0) + 1);
    } else missedOrgs.set(code, (missedOrgs.get(code) ?? 0) + 1);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
if (unknownOrgs.size > 0) process.stderr.write(`ORGS codes without names in reuters-orgs.ts, not scored: ${[...unknownOrgs].join(', ')}\n`);

const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
const result = {
  articles: articles.length,
  countries: { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn },
  people: { recall: round(peopleFound / Math.max(1, peopleTotal)), found: peopleFound, total: peopleTotal },
  orgs: { recall: round(orgsFound / Math.max(1, orgsTotal)), recallByFullName: round(orgsFoundByFullName / Math.max(1, orgsTotal)), found: orgsFound, foundByFullName: orgsFoundByFullName, total: orgsTotal },
  throughputMBps: round(chars / 1e6 / seconds),
  peakRssMB: Math.round(peakRss / 1e6),
};
if (flags.has('--json')) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  process.stdout.write(
    `articles ${result.articles}\n` +
      `countries  P ${result.countries.precision}  R ${result.countries.recall}  F1 ${result.countries.f1}  (tp ${tp}, fp ${fp}, fn ${fn})\n` +
      `people     recall ${result.people.recall} (${peopleFound} of ${peopleTotal} gold PEOPLE found among the actors)\n` +
      `orgs       recall ${result.orgs.recall} (${orgsFound} of ${orgsTotal} gold ORGS found among the actors; under a full name ${result.orgs.recallByFullName}, ${orgsFoundByFullName})\n` +
      `tagger     ${result.throughputMBps} MB/s on one core (${(chars / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s), peak RSS ${result.peakRssMB} MB\n`,
  );
  if (showErrors > 0) {
    const top = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).slice(0, showErrors).map(([k, n]) => `${k}×${n}`).join(' ');
    process.stdout.write(`false positives: ${top(fpBy)}\nfalse negatives: ${top(fnBy)}\nmissed people: ${top(missedPeople)}\nmissed orgs: ${top(missedOrgs)}\norgs found only under an acronym: ${top(orgsUnderAcronym)}\n`);
  }
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
