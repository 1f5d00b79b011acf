import { Router } from 'express';
import type { SearchClient } from '../../meili/search-client.js';
import { RETRY_AFTER_SECONDS } from '../app-error.js';

/**
 * `/healthz`: 200 when the server can search, that is, when Meilisearch answers and an empty search with the server's
 * key on its index works (or the index does not exist yet: `search: "not indexed yet"`); else 503 `degraded`, saying
 * which part fails (the server itself is up either way). Never cached; a 503 says when to ask again, like every
 * other 503 of the server.
 *
 * A deleted key: 503 `{ "status": "degraded", "meilisearch": "available", "search": "failing: invalid_api_key (403)" }`
 */
export function healthRoutes(client: SearchClient): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const { meilisearch, searchFailure, notIndexedYet } = await client.health();
    // No index yet is a deployment that has not indexed, not a fault of this server: reporting it unhealthy would
    // have an orchestrator restart the server in a loop until the first indexing (searches say "not built yet").
    const ok = meilisearch && (searchFailure === null || notIndexedYet);
    res.setHeader('Cache-Control', 'no-store');
    if (!ok) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      meilisearch: meilisearch ? 'available' : 'unavailable',
      search: searchFailure === null ? 'ok' : notIndexedYet ? 'not indexed yet' : `failing: ${searchFailure}`,
    });
  });
  return router;
}
