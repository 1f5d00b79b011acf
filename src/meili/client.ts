import { Meilisearch } from 'meilisearch';
import { createKeepAliveClient, type KeepAliveClient } from './http-client.js';

export interface MeiliClient {
  client: Meilisearch;
  /** The keep-alive HTTP layer under `client`, for callers that post to Meilisearch directly (search-client.ts). */
  http: KeepAliveClient;
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
  return { client, http, close: () => http.destroy() };
}
