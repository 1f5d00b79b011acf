import express, { type Express } from 'express';
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import type { SearchClient } from '../meili/search-client.js';
import { projectRoot } from '../project-root.js';
import { errorHandler, notFound } from './error-handler.js';
import { defaultWebLimits, type WebLimits } from '../config.js';
import type { IncomingMessage, RequestListener } from 'node:http';
import { createRateLimiter, proxyWarnings, rateLimitPerClient, type RateLimiter } from './middleware/rate-limit.js';
import { requestLimits } from './middleware/request-limits.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaderLists, securityHeaders } from './middleware/security-headers.js';
import { apiSearchEndpoint } from './api-search-endpoint.js';
import { requestOrigin, type RequestOrigin } from './client-address.js';
import { articleRoutes } from './routes/articles.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { entityRoutes } from './routes/entities.js';
import { exportRoutes } from './routes/exports.js';
import { createSearchService, type SearchService } from '../search/search-service.js';
import { noActorAliases, type ActorAliases } from '../search/actor-aliases.js';
import { apiIndex, openApiDocument } from './openapi.js';

export interface AppDeps {
  search: SearchClient;
  index: string;
  log: Logger;
  /** Rate limit, URL length, trust proxy; unset fields take `defaultWebLimits`. */
  limits?: Partial<WebLimits>;
  /** The alias file's other names of actors, for the actor finder; unset: facet values only. */
  aliases?: ActorAliases;
}

/** The web app as Node's HTTP server calls it: `(req, res)`. */
export type DispatchApp = RequestListener;

/**
 * The web app, apart from `listen`, so tests drive it with supertest against a real Meilisearch. Two doors, one set
 * of rules: /api/search has its own (api-search-endpoint.ts, for speed), everything else goes through Express. Both
 * share the request log, security headers, request limits, the rate-limit counter and the error answers.
 */
export function createApp(deps: AppDeps): DispatchApp {
  const limits = { ...defaultWebLimits, ...deps.limits };
  const origin = requestOrigin(limits.trustProxy);
  const limiter = createRateLimiter(limits.rateLimitPerMinute);
  const warnForwarded = proxyWarnings(limits.trustProxy, origin, limits.rateLimitPerMinute, deps.log);
  const aliases = deps.aliases ?? noActorAliases;
  const service = createSearchService(deps.search, deps.index, aliases);
  const securityHeaders = securityHeaderLists(limits.publicUrl);
  const app = expressApp(deps, limits, { origin, limiter, warnForwarded, service, aliases, securityHeaders });
  const apiSearch = apiSearchEndpoint({
    service,
    aliases,
    log: deps.log,
    maxUrlChars: limits.maxUrlChars,
    origin,
    limiter,
    securityHeaders,
    warnForwarded,
  });
  return (req, res) => {
    if (!apiSearch(req, res)) app(req, res);
  };
}

interface Shared {
  origin: RequestOrigin;
  limiter: RateLimiter;
  warnForwarded: (req: IncomingMessage) => void;
  service: SearchService;
  aliases: ActorAliases;
  securityHeaders: ReturnType<typeof securityHeaderLists>;
}

/** Every page and endpoint but /api/search. */
function expressApp(deps: AppDeps, limits: WebLimits, shared: Shared): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('view engine', 'ejs');
  app.set('views', resolve(projectRoot, 'views'));
  app.set('query parser', 'simple');
  // No ETag on pages and API answers: hashing every 20–50 KB answer costs CPU on each search, and a search answer is
  // rarely fetched twice unchanged. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.set('trust proxy', limits.trustProxy);
  app.locals.publicUrl = limits.publicUrl;
  // Compile each template once (Express caches views only under NODE_ENV=production otherwise).
  app.set('view cache', true);
  app.use(requestLog(deps.log));
  // Security headers first, so every answer has them, the refusals of the limits below (405, 413, 414, 429) too.
  app.use(securityHeaders(shared.securityHeaders, shared.origin.isSecure));
  app.use(requestLimits(limits));
  app.use(rateLimitPerClient(shared.limiter, shared.origin, shared.warnForwarded));
  app.use('/static', express.static(resolve(projectRoot, 'public'), { maxAge: '1h' }));
  // Browsers and feed readers ask for /favicon.ico whatever the page names: the icon, not a 404 in every console.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/favicon.svg'));
  app.use(healthRoutes(deps.search));
  const { service, aliases } = shared;
  app.use(searchRoutes(service, aliases));
  app.use(articleRoutes(service));
  app.use(entityRoutes(service, aliases));
  app.use(exportRoutes(service, aliases));
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.get('/api', (_req, res) => {
    res.json(apiIndex);
  });
  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}
