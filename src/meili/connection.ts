import type { Config } from '../config.js';
import { startEmbeddedMeili } from './embedded.js';

/** Where Meilisearch is and the key that administers it: the configured server, or the embedded engine. */
export interface MeiliEndpoint {
  url: string;
  masterKey: string | undefined;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function connectMeili(config: Config): Promise<MeiliEndpoint> {
  if (config.meili.url !== undefined) {
    return { url: config.meili.url, masterKey: config.meili.masterKey, embedded: false, stop: async () => {} };
  }
  const engine = await startEmbeddedMeili({ dataDir: config.dataDir, binary: config.meili.binary });
  return { url: engine.url, masterKey: engine.masterKey, embedded: true, stop: () => engine.stop() };
}
