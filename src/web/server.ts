import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { runIndex } from '../../indexer/run-index.js';
import { loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { createMeiliClient } from '../meili/client.js';
import { connectMeili, type MeiliEndpoint } from '../meili/connection.js';
import { createSearchClient } from '../meili/search-client.js';
import { ensureSearchKey } from '../meili/search-key.js';
import { createApp } from './app.js';

/**
 * `npm start`: Meilisearch (embedded unless MEILI_URL), the sample corpus indexed on a first start with an empty
 * index, a search-only key for the web server, then listen. SIGINT/SIGTERM: stop taking connections, let
 * in-flight requests finish, then stop the embedded engine.
 */
export async function startServer(config: Config, log: Logger): Promise<{ server: Server; endpoint: MeiliEndpoint; close(): Promise<void> }> {
  const endpoint = await connectMeili(config);
  log.info({ meili: endpoint.url, embedded: endpoint.embedded }, 'Meilisearch ready');
  try {
    if (config.seedOnEmpty) {
      const summary = await runIndex({ endpoint, index: config.meili.index, paths: [config.sampleDir], log, onlyIfEmpty: true });
      if (summary !== undefined) log.info({ articles: summary.articles, passages: summary.passages, seconds: summary.seconds }, 'indexed the sample corpus');
    }
    const searchKey = await obtainSearchKey(endpoint, config.meili.index);
    const search = createSearchClient({ host: endpoint.url, searchKey, index: config.meili.index, timeoutMs: config.meili.timeoutMs });
    const app = createApp({ search, index: config.meili.index, log });
    const server = await new Promise<Server>((resolveListen, reject) => {
      const s = app.listen(config.port, config.host, () => resolveListen(s));
      s.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    log.info(`Dispatch is serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`);
    return {
      server,
      endpoint,
      async close() {
        await new Promise<void>((r) => server.close(() => r()));
        search.close();
        await endpoint.stop();
      },
    };
  } catch (error) {
    await endpoint.stop();
    throw error;
  }
}

/** The admin key is used here once, to get the search-only key; the web server keeps only the latter. */
async function obtainSearchKey(endpoint: MeiliEndpoint, index: string): Promise<string | undefined> {
  if (endpoint.masterKey === undefined) return undefined;
  const { client, close } = createMeiliClient({ host: endpoint.url, apiKey: endpoint.masterKey });
  try {
    return await ensureSearchKey(client, index);
  } finally {
    close();
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const running = await startServer(config, log);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`dispatch: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
