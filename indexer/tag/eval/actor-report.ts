/**
 * `npm run eval:actors -- [PATHS…] [--top N] [--save FILE] [--compare FILE] [--json]`: what the actor facet holds
 * over a corpus, as the indexer tags it (read → parse → the default tagger, the article's actors), and how it differs
 * from an earlier run. No gold annotation names every actor of the news corpora, so this is a measure of the facet's
 * shape, read beside `eval:countries` (PEOPLE recall) and `eval:ner`:
 * - articles, distinct values, article values (one per article and value);
 * - values in capitals (no lower-case letter, at least two letters: "UNCTAD", or a headline's "U.S. SENATE");
 * - bodies every country has (national-bodies.ts), bare ("Central Bank") and with their country ("Central Bank
 *   (Nigeria)");
 * - the commonest values.
 * `--save FILE` writes each article's actors (JSON Lines); `--compare FILE` reads such a file and lists the articles
 * whose actors differ and the values gone and come, most frequent first: how a tagging change was measured
 * (docs/TAGGING.md). Defaults to the Reuters and Wikinews files of the benches in ../shared/corpus.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { articleBody } from '../../chunk.js';
import { parseArticle } from '../../parse/parse-article.js';
import { readRecords, walkFiles } from '../../read/read-files.js';
import { projectRoot } from '../../../src/project-root.js';
import { defaultTagger } from '../default-tagger.js';
import { bodyName } from '../national-bodies.js';

const DEFAULT_INPUTS = [
  '../shared/corpus/reuters21578/reuters-part1.articles.jsonl',
  '../shared/corpus/wikinews/wikinews_economy.jsonl',
  '../shared/corpus/wikinews/wikinews_politics_part1.jsonl',
].map((p) => resolve(projectRoot, p));

interface Options { paths: string[]; top: number; save?: string; compare?: string; json: boolean }

function parseOptions(args: readonly string[]): Options {
  const options: Options = { paths: [], top: 40, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${arg}: expected a value after it`);
      return v;
    };
    if (arg === '--top') {
      options.top = Number(value());
      if (!Number.isInteger(options.top) || options.top < 0) throw new Error(`--top: expected a whole number, got ${args[i]}`);
    } else if (arg === '--save') options.save = value();
    else if (arg === '--compare') options.compare = value();
    else if (arg === '--json') options.json = true;
    else if (arg.startsWith('--')) throw new Error(`${arg}: unknown option; expected --top N, --save FILE, --compare FILE or --json`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) options.paths = DEFAULT_INPUTS;
  for (const p of [...options.paths, ...(options.compare ? [options.compare] : [])]) if (!existsSync(p)) throw new Error(`${p}: no such file or folder`);
  return options;
}

/** Each article's actors, by article id, as the indexer tags them. */
async function tagActors(paths: readonly string[]): Promise<Map<string, { title: string; actors: string[] }>> {
  const { tagger } = defaultTagger();
  const found = new Map<string, { title: string; actors: string[] }>();
  for await (const entry of walkFiles(paths)) {
    if ('skip' in entry) continue;
    for await (const item of readRecords(entry.file, entry.root)) {
      if ('skip' in item) continue;
      const parsed = parseArticle(item.record);
      if (!parsed.ok || found.has(parsed.article.id)) continue;
      const a = parsed.article;
      const tagging = tagger({ title: a.title, body: articleBody(a.paragraphs), published: a.published ? new Date(a.published.epochSeconds * 1000) : undefined });
      found.set(a.id, { title: a.title, actors: tagging.actors.map((t) => t.name) });
    }
  }
  return found;
}

const inCapitals = (v: string): boolean => !/\p{Ll}/u.test(v) && (v.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
/** "Central Bank (Nigeria)" → the body and its country; "Central Bank" → the body alone. */
const asBody = (v: string): { body: string; qualified: boolean } | undefined => {
  const m = /^(.*) \(([^()]+)\)$/.exec(v);
  const body = bodyName(m ? m[1]! : v);
  return body === undefined ? undefined : { body, qualified: m !== null };
};

function countValues(articles: Iterable<{ actors: string[] }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const v of a.actors) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

const sum = (entries: Iterable<[string, number]>): { values: number; articleValues: number } => {
  let values = 0;
  let articleValues = 0;
  for (const [, n] of entries) {
    values++;
    articleValues += n;
  }
  return { values, articleValues };
};
const mostFrequent = (counts: Map<string, number>, n: number): { value: string; articles: number }[] =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([value, articles]) => ({ value, articles }));

async function readSaved(file: string): Promise<Map<string, { title: string; actors: string[] }>> {
  const saved = new Map<string, { title: string; actors: string[] }>();
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const { id, title, actors } = JSON.parse(line) as { id: string; title: string; actors: string[] };
    saved.set(id, { title, actors });
  }
  return saved;
}

function compare(before: Map<string, { actors: string[] }>, after: Map<string, { actors: string[] }>, top: number) {
  const gone = new Map<string, number>();
  const came = new Map<string, number>();
  let changed = 0;
  let compared = 0;
  for (const [id, b] of before) {
    const a = after.get(id);
    if (a === undefined) continue;
    compared++;
    const had = new Set(b.actors);
    const has = new Set(a.actors);
    const lost = b.actors.filter((v) => !has.has(v));
    const gained = a.actors.filter((v) => !had.has(v));
    if (lost.length > 0 || gained.length > 0) changed++;
    for (const v of lost) gone.set(v, (gone.get(v) ?? 0) + 1);
    for (const v of gained) came.set(v, (came.get(v) ?? 0) + 1);
  }
  return { compared, changed, gone: { ...sum(gone), top: mostFrequent(gone, top) }, came: { ...sum(came), top: mostFrequent(came, top) } };
}

let options: Options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`eval:actors: ${(error as Error).message}\n`);
  process.exit(2);
}
const articles = await tagActors(options.paths);
const counts = countValues(articles.values());
const bodies = [...counts].filter(([v]) => asBody(v) !== undefined);
const report = {
  inputs: options.paths,
  articles: articles.size,
  ...sum(counts),
  inCapitals: sum([...counts].filter(([v]) => inCapitals(v))),
  bodiesBare: sum(bodies.filter(([v]) => !asBody(v)!.qualified)),
  bodiesWithCountry: sum(bodies.filter(([v]) => asBody(v)!.qualified)),
  top: mostFrequent(counts, options.top),
};
const comparison = options.compare ? { comparedWith: options.compare, ...compare(await readSaved(options.compare), articles, options.top) } : undefined;
if (options.save !== undefined) {
  const out = createWriteStream(options.save);
  for (const [id, a] of articles) out.write(`${JSON.stringify({ id, ...a })}\n`);
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
}

if (options.json) process.stdout.write(`${JSON.stringify({ ...report, ...comparison })}\n`);
else {
  const line = (label: string, s: { values: number; articleValues: number }) => `${label}: ${s.values} values, ${s.articleValues} article values`;
  const lines = [
    `${report.articles} articles: ${line('actors', report)}`,
    line('in capitals', report.inCapitals),
    line('bodies every country has, bare', report.bodiesBare),
    line('bodies every country has, with their country', report.bodiesWithCountry),
    `top ${options.top}: ${report.top.map((t) => `${t.value} ${t.articles}`).join('; ')}`,
  ];
  if (comparison !== undefined) {
    lines.push(
      `against ${comparison.comparedWith}: ${comparison.changed} of ${comparison.compared} articles with other actors; ${comparison.gone.articleValues} article values gone, ${comparison.came.articleValues} came`,
      `gone: ${comparison.gone.top.map((t) => `${t.value} ${t.articles}`).join('; ')}`,
      `came: ${comparison.came.top.map((t) => `${t.value} ${t.articles}`).join('; ')}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
