/**
 * Throughput of recognize() on real text, for a number that is not dominated by JIT warm-up:
 *
 *   npx tsx indexer/tag/ner/bench-ner.ts FILE...   (plain text files, or JSONL with a "text" or "body" field)
 *
 * Prints MB of UTF-8 text per second of wall time (one thread), and RSS after the run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultModel, recognize } from './recognize.js';

function readTexts(file: string): string[] {
  const raw = readFileSync(file, 'utf8');
  if (!file.endsWith('.jsonl')) return [raw];
  const texts: string[] = [];
  raw.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`${file}:${n + 1}: not JSON (${(err as Error).message})`);
    }
    const text = typeof rec.text === 'string' ? rec.text : typeof rec.body === 'string' ? rec.body : '';
    if (text) texts.push(text);
  });
  return texts;
}

function main(): void {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: bench-ner.ts FILE...');
  const texts = files.flatMap(readTexts);
  loadDefaultModel();
  let bytes = 0;
  let mentions = 0;
  const t0 = process.hrtime.bigint();
  for (const t of texts) {
    bytes += Buffer.byteLength(t, 'utf8');
    mentions += recognize(t).length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssMB = process.memoryUsage().rss / 1e6;
  console.log(
    JSON.stringify({ texts: texts.length, bytes, mentions, seconds: Math.round(seconds * 1000) / 1000, mbPerSecond: Math.round((bytes / 1e6 / seconds) * 100) / 100, rssMB: Math.round(rssMB) }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
