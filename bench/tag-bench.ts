/**
 * `npm run bench:tag -- [FILES…]`: throughput and memory of the whole tagger (NER, countries, actors, dates: the
 * indexer's code path through tagText) on one core, over JSON Lines of news text read as a stream. Defaults to the
 * Reuters and Wikinews articles in ../shared/corpus. Prints MB/s (text, after a warm-up of 200 articles) and the
 * process's peak RSS with the model loaded.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../src/project-root.js';
import { defaultTagger } from '../indexer/tag/default-tagger.js';
import { tagText } from '../indexer/tag/tag-text.js';

const defaults = [
  '../shared/corpus/reuters21578/reuters-part1.articles.jsonl',
  '../shared/corpus/wikinews/wikinews_economy.jsonl',
  '../shared/corpus/wikinews/wikinews_politics_part1.jsonl',
].map((p) => resolve(projectRoot, p));
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaults;
for (const f of files) if (!existsSync(f)) throw new Error(`${f}: no such file (the corpora live in ../shared/corpus)`);

const { tagger } = defaultTagger();
let chars = 0;
let articles = 0;
let seconds = 0;
let warm = 0;
let peakRss = process.memoryUsage().rss;
const cpuStart = process.cpuUsage();
for (const file of files) {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id?: string; title?: string; body?: string; text?: string; date?: string | null };
    const text = record.body ?? record.text ?? '';
    if (text === '') continue;
    const input = { id: String(record.id ?? articles), text, ...(record.title ? { title: record.title } : {}), ...(record.date ? { date: record.date } : {}) };
    if (warm < 200) {
      tagText(input, tagger);
      warm++;
      continue;
    }
    const started = performance.now();
    tagText(input, tagger);
    seconds += (performance.now() - started) / 1000;
    chars += text.length + (record.title?.length ?? 0);
    articles++;
    if (articles % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
}
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const cpu = process.cpuUsage(cpuStart);
const result = {
  articles,
  megabytes: Math.round(chars / 1e4) / 100,
  seconds: Math.round(seconds * 100) / 100,
  mbPerSecond: Math.round((chars / 1e6 / seconds) * 100) / 100,
  peakRssMB: Math.round(peakRss / 1e6),
  cpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 10) / 10,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.stdout.write(`tagger: ${result.mbPerSecond} MB/s on one core over ${result.megabytes} MB (${articles} articles), peak RSS ${result.peakRssMB} MB\n`);
