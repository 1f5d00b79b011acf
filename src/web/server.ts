import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { answerClientError } from './client-errors.js';
import { pathToFileURL } from 'node:url';
import { runIndex } from '../../indexer/run-index.js';
import { isSearchSynonym, loadAliasFile } from '../../indexer/tag/aliases.js';
import { actorAliases } from '../search/actor-aliases.js';
import { defaultWebLimits, loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { createMeiliClient } from '../meili/client.js';
import { connectMeili, forgetMasterKey, type MeiliEndpoint } from '../meili/connection.js';
import { createSearchClient } from '../meili/search-client.js';
import { assertSearchOnly, ensureSearchKey } from '../meili/search-key.js';
import { createApp } from './app.js';
import { maxHeaderBytes } from './middleware/request-limits.js';

/**
 * `npm start`: Meilisearch (embedded unless MEILI_URL), the sample corpus indexed on a first start with an empty
 * index, a search-only key for the web server, then listen. SIGINT/SIGTERM: stop taking connections, let
 * in-flight requests finish (at most SHUTDOWN_TIMEOUT_MS), then stop the embedded engine.
 */
export interface RunningServer {
  server: Server;
  endpoint: MeiliEndpoint;
  /** Graceful: no new connections, in-flight requests finish, then the search client and the engine stop. */
  close(): Promise<void>;
}

/** Slow-client limits of the HTTP server: a client that trickles its headers cannot hold a socket forever. */
export interface SlowClientLimits {
  /** All headers must have arrived by then (else 408 and the connection closed). */
  headersTimeoutMs: number;
  /** The whole request must have arrived by then. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export const defaultSlowClientLimits: SlowClientLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 };

/**
 * How often Node looks for connections over headersTimeout or requestTimeout. Node's default is 30 s, so a client
 * trickling header lines was cut only after headersTimeout plus up to 30 s (~33 s for 10 s); every second, it is cut
 * within a second of its limit. The check walks the open connections: once a second is nothing.
 */
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/**
 * The HTTP server of an app, with the limits that protect it from slow and oversized requests. `maxUrlChars` (the
 * app's MAX_URL_CHARS) sizes Node's header limit, so the longest address the app takes reaches it.
 */
export function createHttpServer(app: RequestListener, limits: Partial<SlowClientLimits & { maxUrlChars: number }> = {}): Server {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = { ...defaultSlowClientLimits, ...limits };
  const server = createServer(
    {
      maxHeaderSize: maxHeaderBytes(limits.maxUrlChars ?? defaultWebLimits.maxUrlChars),
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    app,
  );
  server.on('clientError', answerClientError);
  return server;
}

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  // Before the engine starts: a missing or broken alias file stops the server at once, naming the file (and line).
  const aliases = actorAliases(readAliasFile(config.aliasFile), isSearchSynonym);
  const endpoint = await connectMeili(config, log);
  log.info({ meili: endpoint.url, embedded: endpoint.embedded }, 'Meilisearch ready');
  try {
    if (config.seedOnEmpty) {
      const summary = await runIndex({ endpoint, index: config.meili.index, paths: [config.sampleDir], aliasFile: config.aliasFile, log, onlyIfEmpty: true });
      if (summary !== undefined) log.info({ articles: summary.articles, passages: summary.passages, seconds: summary.seconds }, 'indexed the sample corpus');
    }
    const searchKey = await obtainSearchKey(endpoint, config.meili);
    forgetMasterKey(endpoint, config);
    const search = createSearchClient({ host: endpoint.url, searchKey, index: config.meili.index, timeoutMs: config.meili.timeoutMs });
    const app = createApp({ search, index: config.meili.index, log, limits: config.web, aliases });
    const server = createHttpServer(app, { maxUrlChars: config.web.maxUrlChars });
    const drain = trackInFlight(server);
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolveListen();
      });
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    log.info({ port }, `Dispatch is serving http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`);
    let closing: Promise<void> | undefined;
    return {
      server,
      endpoint,
      close() {
        closing ??= (async () => {
          const { forced } = await drain(config.web.shutdownTimeoutMs);
          if (forced > 0) log.warn({ forced }, `closed ${forced} connection(s) still busy after ${config.web.shutdownTimeoutMs} ms`);
          search.close();
          await endpoint.stop();
        })();
        return closing;
      },
    };
  } catch (error) {
    await endpoint.stop();
    throw error;
  }
}

/**
 * Graceful close for an HTTP server: returns `drain(timeoutMs)`, which stops accepting connections, answers the
 * requests in flight with `Connection: close`, closes keep-alive connections as soon as they are idle, and resolves
 * when every connection is gone, cutting the ones still busy after `timeoutMs` (`forced` counts them).
 */
export function trackInFlight(server: Server): (timeoutMs: number) => Promise<{ forced: number }> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  // First among the request listeners: the app may answer at once (a 429, a 405), and that answer must say close too.
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (draining && !res.headersSent) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return (timeoutMs) =>
    new Promise((resolveDrain) => {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      let forced = 0;
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => {
        forced = inFlight.size;
        server.closeAllConnections();
      }, timeoutMs);
      server.close(() => {
        clearInterval(idle);
        clearTimeout(deadline);
        resolveDrain({ forced });
      });
      server.closeIdleConnections();
    });
}

/**
 * The web app's key. Given one (MEILI_SEARCH_KEY, production): checked to be search-only, then used; the process never
 * sees the master key. Otherwise the master key is used here once, to get the search-only key, and then forgotten
 * (`forgetMasterKey`). No key at all: a Meilisearch without a master key (development).
 */
async function obtainSearchKey(endpoint: MeiliEndpoint, meili: Config['meili']): Promise<string | undefined> {
  const given = meili.searchKey;
  const key = given ?? endpoint.masterKey;
  if (key === undefined) return undefined;
  const { client, http, close } = createMeiliClient({ host: endpoint.url, apiKey: key });
  try {
    if (given === undefined) return await ensureSearchKey(client, meili.index);
    await assertSearchOnly(http, endpoint.url, given, meili.index, meili.timeoutMs);
    return given;
  } finally {
    close();
  }
}

function readAliasFile(path: string): ReturnType<typeof loadAliasFile> {
  try {
    return loadAliasFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error; // a parse error already names file and line
    throw new Error(`ALIAS_FILE: cannot read ${path} (${code})`, { cause: error });
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
    // close() stops listening at once (synchronously); logging after it means whoever reads "shutting down" can
    // rely on new connections being refused.
    const closed = running.close();
    log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    closed.then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
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
