import type { Logger } from '../src/logger.js';
import { createMeiliClient } from '../src/meili/client.js';
import type { MeiliEndpoint } from '../src/meili/connection.js';
import { createLoader } from './load.js';
import { indexPaths, type IndexSummary } from './pipeline.js';
import { aliasSynonyms } from './tag/aliases.js';
import { defaultTagger } from './tag/default-tagger.js';
import { describeOrigin } from './source-record.js';

export interface RunIndexOptions {
  endpoint: MeiliEndpoint;
  index: string;
  paths: readonly string[];
  aliasFile?: string;
  log?: Logger;
  /** Only index when the index holds no documents yet (the server's first start). */
  onlyIfEmpty?: boolean;
}

/** Index files into Meilisearch with the admin key: settings and synonyms first, then the pipeline. */
export async function runIndex(options: RunIndexOptions): Promise<IndexSummary | undefined> {
  const { client, close } = createMeiliClient({ host: options.endpoint.url, apiKey: options.endpoint.masterKey, timeoutMs: 60_000 });
  try {
    const loader = createLoader(client, options.index);
    if (options.onlyIfEmpty && (await loader.countDocuments()) > 0) return undefined;
    const { tagger, aliases } = defaultTagger(options.aliasFile);
    await loader.prepare(aliasSynonyms(aliases));
    return await indexPaths(options.paths, {
      loader,
      tagger,
      onSkip: (s) => options.log?.warn({ where: describeOrigin(s.origin) }, `skipped ${describeOrigin(s.origin)}: ${s.reason}`),
    });
  } finally {
    close();
  }
}
