import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedMeili, type EmbeddedEvent } from './embedded.js';

/** Where Meilisearch is and the key that administers it: the configured server, or the embedded engine. */
export interface MeiliEndpoint {
  url: string;
  /** Undefined without one, and in the web server once it has its search key (`forgetMasterKey`). */
  masterKey: string | undefined;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `log` hears the embedded engine exit unasked and come back (it is started again on the same address). */
export async function connectMeili(config: Config, log?: Logger): Promise<MeiliEndpoint> {
  if (config.meili.url !== undefined) {
    return { url: config.meili.url, masterKey: config.meili.masterKey, embedded: false, stop: async () => {} };
  }
  const onEvent = (event: EmbeddedEvent): void => {
    if (event.type === 'exited') log?.error(event, 'the embedded Meilisearch exited; starting it again');
    else if (event.type === 'restarted') log?.warn(event, 'the embedded Meilisearch is running again');
    else log?.error(event, `the embedded Meilisearch did not start again (${event.error}); next try in ${event.retryInMs} ms`);
  };
  // Taken apart, so that the endpoint's stop does not keep the engine object, and its masterKey, alive.
  const { url, masterKey, stop } = await startEmbeddedMeili({ dataDir: config.dataDir, binary: config.meili.binary, onEvent });
  return { url, masterKey, embedded: true, stop };
}

/**
 * Drops every copy of the master key a process holds outside its own call stack: the endpoint's, the config's and
 * the environment's. The web server calls it once it has its search key, so nothing reachable from the running
 * server (a heap snapshot, a bug that logs the config, a child process inheriting the environment) holds the key
 * to everything. (The kernel's copy of the initial environment, /proc/<pid>/environ, readable by the same user
 * only, stays: giving the server MEILI_SEARCH_KEY instead avoids even that.)
 */
export function forgetMasterKey(endpoint: MeiliEndpoint, config: Config): void {
  endpoint.masterKey = undefined;
  config.meili.masterKey = undefined;
  delete process.env.MEILI_MASTER_KEY;
}
