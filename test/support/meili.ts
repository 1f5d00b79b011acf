import { resolve } from 'node:path';
import type { DispatchApp } from '../../src/web/app.js';
import { runIndex } from '../../indexer/run-index.js';
import { isSearchSynonym, loadAliasFile } from '../../indexer/tag/aliases.js';
import { DEFAULT_ALIAS_FILE } from '../../indexer/tag/default-tagger.js';
import { actorAliases } from '../../src/search/actor-aliases.js';
import { createLogger } from '../../src/logger.js';
import { createMeiliClient } from '../../src/meili/client.js';
import type { MeiliEndpoint } from '../../src/meili/connection.js';
import { createSearchClient, type SearchClient } from '../../src/meili/search-client.js';
import { ensureSearchKey } from '../../src/meili/search-key.js';
import { projectRoot } from '../../src/project-root.js';
import { createApp } from '../../src/web/app.js';

export { SAMPLE_DIR } from './paths.js';

/** The real Meilisearch the global setup started. */
export function testEndpoint(): MeiliEndpoint {
  const url = process.env.TEST_MEILI_URL;
  if (url === undefined) throw new Error('TEST_MEILI_URL is not set: run the tests through jest (global setup starts Meilisearch)');
  const key = process.env.TEST_MEILI_KEY;
  return { url, masterKey: key === '' ? undefined : key, embedded: false, stop: async () => {} };
}

let counter = 0;
/** A fresh index name per call, so test files never see each other's documents. */
export function uniqueIndex(prefix: string): string {
  counter++;
  return `test-${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export function adminClient() {
  const endpoint = testEndpoint();
  return createMeiliClient({ host: endpoint.url, apiKey: endpoint.masterKey, timeoutMs: 30_000 });
}

/** The web server's search-only key for `index` (npm run search-key's), made with the test engine's master key. */
export async function searchKeyFor(index: string): Promise<string> {
  const admin = adminClient();
  try {
    return await ensureSearchKey(admin.client, index);
  } finally {
    admin.close();
  }
}

export async function indexFiles(index: string, paths: string[]) {
  const summary = await runIndex({ endpoint: testEndpoint(), index, paths });
  if (summary === undefined) throw new Error('nothing indexed');
  return summary;
}

export interface TestApp {
  app: DispatchApp;
  search: SearchClient;
  searchKey: string | undefined;
  close(): void;
}

/** The web app as `npm start` builds it: a search-only key, the real engine. */
export async function testApp(index: string): Promise<TestApp> {
  const endpoint = testEndpoint();
  const admin = adminClient();
  const searchKey = endpoint.masterKey !== undefined ? await ensureSearchKey(admin.client, index) : undefined;
  admin.close();
  const search = createSearchClient({ host: endpoint.url, searchKey, index, timeoutMs: 5000 });
  const app = createApp({ search, index, log: createLogger('silent'), aliases: actorAliases(loadAliasFile(DEFAULT_ALIAS_FILE), isSearchSynonym) });
  return { app, search, searchKey, close: () => search.close() };
}
