import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { parse as parseQueryString } from 'node:querystring';
import type { Logger } from '../logger.js';
import { withCanonicalActors, type ActorAliases } from '../search/actor-aliases.js';
import { parseApiOptions, toApiAnswer } from '../search/api-answer.js';
import { parseSearchParams } from '../search/parse-search-params.js';
import type { SearchService } from '../search/search-service.js';
import type { RequestOrigin } from './client-address.js';
import { errorHeaders, errorJson, logError, toAppError } from './error-handler.js';
import type { RateLimiter } from './middleware/rate-limit.js';
import { requestRefusal } from './middleware/request-limits.js';
import { beginRequestLog } from './middleware/request-log.js';
import type { HeaderList } from './middleware/security-headers.js';

/**
 * `GET /api/search`, answered ahead of Express: the endpoint that programs call in loops, and the one issue 6 holds
 * to within 2 ms of a direct Meilisearch search. Express's request and response machinery and its middleware chain
 * cost ~0.5 ms of the ~1 ms the server adds to a search (docs/BENCHMARKS.md, "the server's distance to the floor,
 * taken apart"); here the same steps run as plain calls, and the answer leaves in one `writeHead` and one `end`.
 *
 * Nothing is done differently from the Express door: the same request log (request-log.ts), security headers (one
 * list from helmet), request limits, rate-limit counter (shared with the Express door), parameter parsing, search
 * story and error answers (error-handler.ts). A request this door does not take whole (another path or method, a
 * refused target or body) goes to Express untouched, which answers it as before.
 *
 * `endpoint(<GET /api/search?q=oil>, res)` → `true`, and a JSON answer is on its way;
 * `endpoint(<GET /?q=oil>, res)` → `false` (for Express)
 */
export type ApiSearchEndpoint = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ApiSearchDeps {
  service: SearchService;
  aliases: ActorAliases;
  log: Logger;
  maxUrlChars: number;
  origin: RequestOrigin;
  limiter: RateLimiter;
  securityHeaders: { forRequest(secure: boolean): HeaderList };
  warnForwarded: (req: IncomingMessage) => void;
}

/**
 * Whether a path is /api/search as Express's router matches it: any case, with or without a trailing slash.
 * `isApiSearchPath('/API/search/')` → `true`; `isApiSearchPath('/api/searches')` → `false`
 */
export function isApiSearchPath(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return path === '/api/search' || path === '/api/search/';
}

// parseurl (Express's own, cached on the request) ships CommonJS without types.
const parseurl = createRequire(import.meta.url)('parseurl') as (req: IncomingMessage) => { pathname?: string | null; query?: string | null } | undefined;

/**
 * A request's path and query string, read as Express reads them (parseurl, which it caches on the request): an
 * absolute-form target (`GET http://host/api/search?q=oil`) and a `#fragment` come out as Express saw them.
 */
function targetOf(req: IncomingMessage): { pathname: string; query: string | null } {
  const parsed = parseurl(req);
  return { pathname: parsed?.pathname ?? '', query: typeof parsed?.query === 'string' ? parsed.query : null };
}

/** The API's answer to a search: parameters read and checked, the search run, the answer shaped (toApiAnswer). */
async function answerSearch(service: SearchService, aliases: ActorAliases, query: string | null): Promise<string> {
  // Express's "simple" query parser is this one.
  const { options, search } = parseApiOptions(query === null ? {} : parseQueryString(query));
  const state = withCanonicalActors(parseSearchParams(search), aliases);
  const results = await service.search(state, { matches: options.matches, actorKinds: options.facetLimit });
  return JSON.stringify(toApiAnswer(state, results, options.facetLimit));
}

export function apiSearchEndpoint(deps: ApiSearchDeps): ApiSearchEndpoint {
  const { service, aliases, log, origin, limiter } = deps;
  const limits = { maxUrlChars: deps.maxUrlChars };

  /** Headers as one flat list for writeHead: `[name, value, name, value…]`. */
  const send = (req: IncomingMessage, res: ServerResponse, status: number, headers: string[], body: string): void => {
    headers.push('Content-Type', 'application/json; charset=utf-8', 'Content-Length', String(Buffer.byteLength(body)));
    res.writeHead(status, headers);
    // HEAD: the headers a GET would have, no body (as Express answers it).
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const sendError = (req: IncomingMessage, res: ServerResponse, headers: string[], error: unknown): void => {
    const appError = toAppError(error);
    logError(log, req, targetOf(req).pathname, appError);
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    for (const [name, value] of errorHeaders(appError)) headers.push(name, value);
    send(req, res, appError.status, headers, errorJson(appError));
  };

  return (req, res) => {
    const target = targetOf(req);
    if (!isApiSearchPath(target.pathname) || requestRefusal(req, limits) !== undefined) return false;
    const headers: string[] = ['x-request-id', beginRequestLog(log, req, res)];
    for (const [name, value] of deps.securityHeaders.forRequest(origin.isSecure(req))) headers.push(name, value);
    deps.warnForwarded(req);
    const rate = limiter.take(origin.address(req));
    for (const [name, value] of rate.headers) headers.push(name, value);
    if (rate.refusal !== undefined) {
      sendError(req, res, headers, rate.refusal);
      return true;
    }
    answerSearch(service, aliases, target.query)
      .then(
        (body) => send(req, res, 200, headers, body),
        (error: unknown) => sendError(req, res, headers, error),
      )
      // Answering itself failed (nothing known does): the connection is cut, as Express's own last resort would,
      // rather than an unhandled rejection ending the process.
      .catch(() => req.socket.destroy());
    return true;
  };
}
