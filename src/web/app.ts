import express, { type Express } from 'express';
import helmet from 'helmet';
import { resolve } from 'node:path';
import type { Logger } from '../logger.js';
import type { SearchClient } from '../meili/search-client.js';
import { projectRoot } from '../project-root.js';
import { errorHandler, notFound } from './error-handler.js';
import { articleRoutes } from './routes/articles.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';

export interface AppDeps {
  search: SearchClient;
  index: string;
  log: Logger;
}

/** The web app, apart from `listen`, so tests drive it with supertest against a real Meilisearch. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('view engine', 'ejs');
  app.set('views', resolve(projectRoot, 'views'));
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'] } },
    }),
  );
  app.use('/static', express.static(resolve(projectRoot, 'public'), { maxAge: '1h' }));
  app.use(healthRoutes(deps.search));
  app.use(searchRoutes(deps.search, deps.index));
  app.use(articleRoutes(deps.search));
  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}
