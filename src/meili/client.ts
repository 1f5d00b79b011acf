import { Meilisearch } from 'meilisearch';
import { createKeepAliveClient } from './http-client.js';

export interface MeiliClient {
  client: Meilisearch;
  close(): void;
}

/** A meilisearch client over the keep-alive HTTP layer, with a per-request timeout. */
export function createMeiliClient(options: { host: string; apiKey: string | undefined; timeoutMs?: number }): MeiliClient {
  const http = createKeepAliveClient();
  const client = new Meilisearch({
    host: options.host,
    ...(options.apiKey !== undefined ? { apiKey: options.apiKey } : {}),
    httpClient: http.request,
    timeout: options.timeoutMs ?? 5000,
  });
  return { client, close: () => http.destroy() };
}
