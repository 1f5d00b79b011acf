import PQueue from 'p-queue';
import type { PassageDocument } from '../src/meili/passage-document.js';
import { articleBody, chunkParagraphs } from './chunk.js';
import { passageDocuments } from './documents.js';
import type { Loader } from './load.js';
import { parseArticle } from './parse/parse-article.js';
import { readRecords, walkFiles } from './read/read-files.js';
import { describeOrigin, type Skip } from './source-record.js';
import type { Tagger } from './tag/tag-article.js';

export interface IndexSummary {
  files: number;
  articles: number;
  unchanged: number;
  passages: number;
  skipped: Skip[];
  seconds: number;
}

export interface PipelineOptions {
  loader: Loader;
  tagger: Tagger;
  /** Passages a batch (one Meilisearch task). */
  batchSize?: number;
  /** Batches in flight at once: bounds memory (backpressure) while tagging overlaps uploads. */
  concurrency?: number;
  onSkip?: (skip: Skip) => void;
}

interface PreparedArticle {
  id: string;
  contentHash: string;
  documents: PassageDocument[];
}

/**
 * read → parse → tag → chunk → batch → load. Reading and tagging run in this loop; batches upload through a
 * p-queue of bounded concurrency, and the loop waits when the queue is full, so memory stays bounded however large
 * the input. One bad record is a skip with its file and line; it never stops the rest.
 */
export async function indexPaths(paths: readonly string[], options: PipelineOptions): Promise<IndexSummary> {
  const started = performance.now();
  const { loader, tagger } = options;
  const batchSize = options.batchSize ?? 1000;
  const concurrency = options.concurrency ?? 2;
  const queue = new PQueue({ concurrency });
  const summary: IndexSummary = { files: 0, articles: 0, unchanged: 0, passages: 0, skipped: [], seconds: 0 };
  const skip = (s: Skip): void => {
    summary.skipped.push(s);
    options.onSkip?.(s);
  };
  const seen = new Map<string, string>();
  let batch: PreparedArticle[] = [];
  let batchPassages = 0;
  let failure: unknown;

  const upload = async (articles: PreparedArticle[]): Promise<void> => {
    const indexed = await loader.indexedHashes(articles.map((a) => a.id));
    const fresh = articles.filter((a) => indexed.get(a.id) !== a.contentHash);
    const changed = fresh.filter((a) => indexed.has(a.id)).map((a) => a.id);
    summary.unchanged += articles.length - fresh.length;
    summary.articles += fresh.length;
    summary.passages += fresh.reduce((n, a) => n + a.documents.length, 0);
    await loader.replaceArticles(fresh.flatMap((a) => a.documents), changed);
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const articles = batch;
    batch = [];
    batchPassages = 0;
    await queue.onSizeLessThan(concurrency);
    queue.add(() => upload(articles)).catch((error: unknown) => {
      failure ??= error;
    });
  };

  for await (const entry of walkFiles(paths)) {
    if ('skip' in entry) {
      skip(entry.skip);
      continue;
    }
    summary.files++;
    for await (const item of readRecords(entry.file, entry.root)) {
      if (failure !== undefined) break;
      if ('skip' in item) {
        skip(item.skip);
        continue;
      }
      const where = describeOrigin(item.record.origin);
      try {
        const parsed = parseArticle(item.record);
        if (!parsed.ok) {
          skip({ origin: item.record.origin, reason: parsed.reason });
          continue;
        }
        const article = parsed.article;
        const first = seen.get(article.id);
        if (first !== undefined) {
          skip({ origin: item.record.origin, reason: `duplicate article id ${article.id} (first seen at ${first})` });
          continue;
        }
        seen.set(article.id, where);
        const body = articleBody(article.paragraphs);
        const published = article.published ? new Date(article.published.epochSeconds * 1000) : undefined;
        const tagging = tagger({ title: article.title, body, published });
        const documents = passageDocuments(article, tagging, chunkParagraphs(article.paragraphs), item.record.origin.file);
        batch.push({ id: article.id, contentHash: article.contentHash, documents });
        batchPassages += documents.length;
        if (batchPassages >= batchSize) await flush();
      } catch (error) {
        skip({ origin: item.record.origin, reason: `could not be processed: ${(error as Error).message}` });
      }
    }
  }
  await flush();
  await queue.onIdle();
  if (failure !== undefined) throw failure;
  await loader.waitForAll();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
