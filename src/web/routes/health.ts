import { Router } from 'express';
import type { SearchClient } from '../../meili/search-client.js';

/** `/healthz`: 200 when Meilisearch answers, 503 when not (the server itself is up either way). */
export function healthRoutes(client: SearchClient): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const meili = await client.isHealthy();
    res.status(meili ? 200 : 503).json({ status: meili ? 'ok' : 'degraded', meilisearch: meili ? 'available' : 'unavailable' });
  });
  return router;
}
