import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLoader } from '../indexer/load.js';
import { runIndex } from '../indexer/run-index.js';
import { loadAliasFile } from '../indexer/tag/aliases.js';
import { DEFAULT_ALIAS_FILE } from '../indexer/tag/default-tagger.js';
import { wordSettings } from '../indexer/word-settings.js';
import { taggingFingerprint } from '../indexer/tag/tagging-fingerprint.js';
import { createMeiliClient } from '../src/meili/client.js';
import { startEmbeddedMeili, type EmbeddedMeili } from '../src/meili/embedded.js';
import { projectRoot } from '../src/project-root.js';

/**
 * The benchmark corpus: the Reuters and Wikinews articles of `../shared/corpus/`, indexed by the project's own
 * indexer into an embedded engine under `.data/bench/` (git-ignored). Built once; later runs reuse it when the
 * marker file says the same files (by size and mtime) went in. A reused index gets the current settings and word
 * settings first (the indexer's own prepare: a no-op when they match, ~50 ms when not), so a benchmark always
 * measures the settings of the code it runs, not those of the run that built the index.
 */
export const BENCH_DATA_DIR = resolve(projectRoot, '.data/bench');
export const BENCH_INDEX = 'bench-passages';
const CORPUS = resolve(projectRoot, '../shared/corpus');
export const CORPUS_FILES = [
  resolve(CORPUS, 'reuters21578/reuters-part1.articles.jsonl'),
  resolve(CORPUS, 'wikinews/wikinews_economy.jsonl'),
  resolve(CORPUS, 'wikinews/wikinews_politics_part1.jsonl'),
];

export interface BenchCorpus {
  engine: EmbeddedMeili;
  index: string;
  documents: number;
  /** True when this run indexed the corpus (false: reused). */
  built: boolean;
}

/**
 * `{ files: [{ path, size, mtimeMs }], tagging }`: what an index was built from (the files, and the tagger's rules,
 * model and aliases), to know when it is stale.
 */
function fingerprint(): string {
  return JSON.stringify({
    files: CORPUS_FILES.map((path) => ({ path, size: statSync(path).size, mtimeMs: statSync(path).mtimeMs })),
    tagging: taggingFingerprint(DEFAULT_ALIAS_FILE),
  });
}

export async function openBenchCorpus(log: (line: string) => void = () => {}): Promise<BenchCorpus> {
  for (const file of CORPUS_FILES) {
    if (!existsSync(file)) throw new Error(`bench corpus: expected ${file} (the shared corpus next to the project)`);
  }
  const engine = await startEmbeddedMeili({ dataDir: BENCH_DATA_DIR });
  const marker = resolve(BENCH_DATA_DIR, 'corpus.json');
  const want = fingerprint();
  const count = await countDocuments(engine);
  if (count > 0 && existsSync(marker) && readFileSync(marker, 'utf8') === want) {
    await applyCurrentSettings(engine);
    return { engine, index: BENCH_INDEX, documents: count, built: false };
  }
  log(`indexing ${CORPUS_FILES.length} corpus files into ${BENCH_DATA_DIR} (once; later runs reuse it)…`);
  const started = performance.now();
  const summary = await runIndex({ endpoint: { url: engine.url, masterKey: engine.masterKey, embedded: true, stop: () => engine.stop() }, index: BENCH_INDEX, paths: CORPUS_FILES });
  log(`indexed ${summary?.articles ?? 0} articles, ${summary?.passages ?? 0} passages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  writeFileSync(marker, want);
  return { engine, index: BENCH_INDEX, documents: await countDocuments(engine), built: true };
}

async function applyCurrentSettings(engine: EmbeddedMeili): Promise<void> {
  const { client, close } = createMeiliClient({ host: engine.url, apiKey: engine.masterKey, timeoutMs: 30_000 });
  try {
    await createLoader(client, BENCH_INDEX).prepare(wordSettings(loadAliasFile(DEFAULT_ALIAS_FILE)));
  } finally {
    close();
  }
}

async function countDocuments(engine: EmbeddedMeili): Promise<number> {
  const { client, close } = createMeiliClient({ host: engine.url, apiKey: engine.masterKey, timeoutMs: 30_000 });
  try {
    return (await client.index(BENCH_INDEX).getStats()).numberOfDocuments;
  } catch {
    return 0;
  } finally {
    close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = await openBenchCorpus((line) => process.stderr.write(line + '\n'));
  process.stderr.write(`bench corpus: ${corpus.documents} passages in ${corpus.index} at ${corpus.engine.url}\n`);
  await corpus.engine.stop();
}
