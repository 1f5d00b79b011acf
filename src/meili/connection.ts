import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedMeili, type EmbeddedEvent } from './embedded.js';

/** Where Meilisearch is and the key that administers it: the configured server, or the embedded engine. */
export interface MeiliEndpoint {
  url: string;
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
  const engine = await startEmbeddedMeili({ dataDir: config.dataDir, binary: config.meili.binary, onEvent });
  return { url: engine.url, masterKey: engine.masterKey, embedded: true, stop: () => engine.stop() };
}
