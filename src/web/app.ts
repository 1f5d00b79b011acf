import express, { type Express } from 'express';
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import type { SearchClient } from '../meili/search-client.js';
import { projectRoot } from '../project-root.js';
import { errorHandler, notFound } from './error-handler.js';
import { defaultWebLimits, type WebLimits } from '../config.js';
import { rateLimitPerClient } from './middleware/rate-limit.js';
import { requestLimits } from './middleware/request-limits.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { articleRoutes } from './routes/articles.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { entityRoutes } from './routes/entities.js';
import { exportRoutes } from './routes/exports.js';
import { createSearchService } from '../search/search-service.js';
import { noActorAliases, type ActorAliases } from '../search/actor-aliases.js';
import { openApiDocument } from './openapi.js';

export interface AppDeps {
  search: SearchClient;
  index: string;
  log: Logger;
  /** Rate limit, URL length, trust proxy; unset fields take `defaultWebLimits`. */
  limits?: Partial<WebLimits>;
  /** The alias file's other names of actors, for the actor finder; unset: facet values only. */
  aliases?: ActorAliases;
}

/** The web app, apart from `listen`, so tests drive it with supertest against a real Meilisearch. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('view engine', 'ejs');
  app.set('views', resolve(projectRoot, 'views'));
  app.set('query parser', 'simple');
  // No ETag on pages and API answers: hashing every 20–50 KB answer costs CPU on each search, and a search answer is
  // rarely fetched twice unchanged. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  const limits = { ...defaultWebLimits, ...deps.limits };
  app.set('trust proxy', limits.trustProxy);
  app.locals.publicUrl = limits.publicUrl;
  // Compile each template once (Express caches views only under NODE_ENV=production otherwise).
  app.set('view cache', true);
  app.use(requestLog(deps.log));
  // Security headers first, so every answer has them, the refusals of the limits below (405, 413, 414, 429) too.
  app.use(securityHeaders(limits.publicUrl));
  app.use(requestLimits(limits));
  app.use(rateLimitPerClient(limits.rateLimitPerMinute));
  app.use('/static', express.static(resolve(projectRoot, 'public'), { maxAge: '1h' }));
  // Browsers and feed readers ask for /favicon.ico whatever the page names: the icon, not a 404 in every console.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/favicon.svg'));
  app.use(healthRoutes(deps.search));
  const aliases = deps.aliases ?? noActorAliases;
  const service = createSearchService(deps.search, deps.index, aliases);
  app.use(searchRoutes(service, aliases));
  app.use(articleRoutes(service));
  app.use(entityRoutes(service, aliases));
  app.use(exportRoutes(service, aliases));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}
