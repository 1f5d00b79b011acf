import { Router } from 'express';
import type { SearchClient } from '../../meili/search-client.js';
import { RETRY_AFTER_SECONDS } from '../app-error.js';

/**
 * `/healthz`: 200 when Meilisearch answers, 503 when not (the server itself is up either way). Never cached; a 503
 * says when to ask again, like every other 503 of the server.
 */
export function healthRoutes(client: SearchClient): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const meili = await client.isHealthy();
    res.setHeader('Cache-Control', 'no-store');
    if (!meili) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(meili ? 200 : 503).json({ status: meili ? 'ok' : 'degraded', meilisearch: meili ? 'available' : 'unavailable' });
  });
  return router;
}
